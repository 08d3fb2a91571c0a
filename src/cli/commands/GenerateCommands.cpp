// SPDX-License-Identifier: GPL-3.0-or-later
// ntm-cli generate: the synthetic national database (docs/performance.md).
#include "CliCommands.h"
#include "CliSupport.h"
#include "commands/Commands.h"

#include "db/DatabaseLocation.h"
#include "generate/NationalGenerator.h"
#include "util/Platform.h"

#include <cstdio>
#include <limits>

namespace ntm::cli {

using namespace ntm::core;
using namespace ntm::core::generate;

namespace {
bool readNumber(const CliArgs& a, const char* option, qint64 lo, qint64 hi, qint64* out, QTextStream& err)
{
    const QString name = QString::fromLatin1(option);
    if (!a.has(name)) {
        return true;
    }
    bool ok = false;
    const qint64 v = a.value(name).toLongLong(&ok);
    if (!ok || v < lo || v > hi) {
        err << "ntm-cli: --" << name << " \"" << a.value(name) << "\" is not a whole number from " << lo << " to " << hi
            << Qt::endl;
        return false;
    }
    *out = v;
    return true;
}

bool readOptions(const CliArgs& a, GenerateOptions* o, QTextStream& err)
{
    qint64 communes = o->communes, districts = o->districts, from = o->fromYear, to = o->toYear;
    qint64 seed = static_cast<qint64>(o->seed);
    if (!readNumber(a, "communes", 1, 100000, &communes, err) ||
        !readNumber(a, "districts", 1, 5000, &districts, err) || !readNumber(a, "from", 2010, 2030, &from, err) ||
        !readNumber(a, "to", 2010, 2030, &to, err) ||
        !readNumber(a, "seed", 0, std::numeric_limits<qint64>::max(), &seed, err)) {
        return false;
    }
    o->communes = static_cast<int>(communes);
    o->districts = static_cast<int>(districts);
    o->fromYear = static_cast<int>(from);
    o->toYear = static_cast<int>(to);
    o->seed = static_cast<quint64>(seed);
    return true;
}

int runGenerate(const CliArgs& a, QTextStream& out, QTextStream& err)
{
    GenerateOptions options;
    if (!readOptions(a, &options, err)) {
        return kUserError;
    }
    const QString path = a.positional().at(0);
    if (DatabaseLocation::isServerUri(path)) {
        return userError(err, QStringLiteral("generate writes a new file; to put the national database on a server, "
                                             "generate a file, then: ntm-cli copy FILE %1")
                                  .arg(path));
    }
    const bool terminal = Platform::stderrIsTerminal();
    int shown = -1;
    const InterruptGuard guard;
    const auto outcome =
        NationalGenerator(options).generate(path, [&](qint64 rows, qint64 expected, const QString& what) {
            const int percent = static_cast<int>(std::min<qint64>(99, rows * 100 / std::max<qint64>(1, expected)));
            if (terminal ? percent != shown : percent >= shown + 10 || shown < 0) {
                shown = terminal ? percent : percent - percent % 10;
                err << (terminal ? "\r" : "") << "generate: " << percent << "% " << what << " (" << rows << " rows)"
                    << (terminal ? "\x1b[K" : "\n") << Qt::flush;
            }
            return !interrupted();
        });
    if (terminal) {
        err << "\r\x1b[K" << Qt::flush;
    }
    if (!outcome) {
        return userError(err, outcome.error().message);
    }
    const GenerateOutcome& o = outcome.value();
    const double seconds = std::max<qint64>(1, o.milliseconds) / 1000.0;
    out << "Created " << path << " in " << QString::number(seconds, 'f', 1) << " s: " << o.rows << " rows ("
        << qint64(o.rows / seconds) << " rows per second)" << Qt::endl;
    out << "  communes: " << o.communesBefore << " on 30/06/2025, " << o.communesAfter << " from 01/07/2025 ("
        << o.lineageLinks << " merge links)" << Qt::endl;
    out << "  assessments: " << o.assessments << ", recognitions: " << o.recognitions
        << ", review meetings: " << o.reviewMeetings << Qt::endl;
    out << "  officials: " << o.officials << ", rotations: " << o.rotations << Qt::endl;
    return kOk;
}
} // namespace

QList<Command> generateCommands()
{
    return {{"generate",
             {QStringLiteral("communes"), QStringLiteral("districts"), QStringLiteral("from"), QStringLiteral("to"),
              QStringLiteral("seed")},
             {},
             1,
             runGenerate}};
}

} // namespace ntm::cli
