// SPDX-License-Identifier: GPL-3.0-or-later
// ntm_edit_worker DB NAME EDITS SEED: one of the processes of the concurrency test (tests/cli/ConcurrencyTest.cpp).
// Makes EDITS edits of random officials of DB as a user would: read the record, think a moment, save it with the
// row version it read. Prints "ok=N conflicts=N errors=N"; every other failure (such as "database is locked") is an
// error, printed to stderr, and makes the exit code 1.
#include "db/Database.h"
#include "service/OfficialService.h"
#include "store/OfficialStore.h"

#include <QCoreApplication>
#include <QRandomGenerator>
#include <QTextStream>
#include <QThread>

using namespace ntm::core;

int main(int argc, char* argv[])
{
    QCoreApplication app(argc, argv);
    const QStringList args = QCoreApplication::arguments();
    if (args.size() != 5) {
        QTextStream(stderr) << "usage: ntm_edit_worker DB NAME EDITS SEED\n";
        return 2;
    }
    Database::Options existing;
    existing.create = false;
    auto db = Database::open(args.at(1), existing);
    if (!db) {
        QTextStream(stderr) << db.error().message << '\n';
        return 1;
    }
    const QString name = args.at(2);
    const int edits = args.at(3).toInt();
    QRandomGenerator random(args.at(4).toUInt());
    OfficialStore store(*db.value());
    OfficialService service(*db.value());
    const auto all = store.all();
    if (!all || all.value().isEmpty()) {
        QTextStream(stderr) << "no officials to edit\n";
        return 1;
    }
    int ok = 0;
    int conflicts = 0;
    int errors = 0;
    QTextStream err(stderr);
    for (int i = 0; i < edits; ++i) {
        const QString id =
            all.value().at(static_cast<int>(random.bounded(static_cast<quint32>(all.value().size())))).id;
        const auto read = store.get(id);
        if (!read || !read.value()) {
            ++errors;
            err << "read: " << (read ? QStringLiteral("gone") : read.error().message) << '\n';
            continue;
        }
        Official o = *read.value();
        o.note = name + QLatin1Char(' ') + QString::number(i);
        if (random.bounded(4) == 0) {
            QThread::usleep(random.bounded(2000)); // the user reads the form before saving
        }
        const Status saved = service.update(o);
        if (saved) {
            ++ok;
        } else if (saved.error().kind == ErrorKind::Conflict) {
            ++conflicts;
        } else {
            ++errors;
            err << "save: " << saved.error().message << '\n';
        }
    }
    QTextStream(stdout) << "ok=" << ok << " conflicts=" << conflicts << " errors=" << errors << '\n';
    return errors == 0 ? 0 : 1;
}
