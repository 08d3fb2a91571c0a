// SPDX-License-Identifier: GPL-3.0-or-later
#include "generate/NationalGenerator.h"

#include "criteria/CriteriaSetLoader.h"
#include "db/BulkWriter.h"
#include "db/Database.h"
#include "db/DeferredIndexes.h"
#include "db/Sql.h"
#include "generate/NationalWriter.h"
#include "generate/PeopleGenerator.h"
#include "generate/ProgressSimulator.h"
#include "generate/ReviewLogs.h"
#include "store/CriteriaStore.h"

#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>

namespace ntm::core::generate {

namespace {
/// Removes "FILE.part" and SQLite's side files unless the generation finished.
class PartFiles final
{
public:
    explicit PartFiles(QString part) : m_part(std::move(part)) { remove(); }
    ~PartFiles()
    {
        if (!m_kept) {
            remove();
        }
    }
    PartFiles(const PartFiles&) = delete;
    PartFiles& operator=(const PartFiles&) = delete;
    void keep() { m_kept = true; }

private:
    void remove() const
    {
        for (const QString& suffix :
             {QString(), QStringLiteral("-wal"), QStringLiteral("-shm"), QStringLiteral("-journal")}) {
            QFile::remove(m_part + suffix);
        }
    }
    QString m_part;
    bool m_kept = false;
};

Error cancelled()
{
    return Error{QString(), NationalGenerator::tr("Cancelled; nothing was written.")};
}

using Report = std::function<bool(qint64 done, const QString& what)>;

Status writeHistories(NationalWriter& writer, const NationalUnits& units, const CriteriaTimeline& timeline,
                      const GenerateOptions& options, demo::DemoRandom& rng, const Report& report)
{
    const ProgressSimulator simulator(options, timeline);
    // What a merged commune inherits from each part: the statuses its history ended with.
    QList<CommuneHistory> endings(units.oldCount());
    for (int i = 0; i < units.communes().size(); ++i) {
        const GenCommune& c = units.communes().at(i);
        if (c.kind != CommuneKind::Xa) {
            continue; // the programme judges communes (xã) only
        }
        QList<const CommuneHistory*> parts;
        for (int p : c.parts) {
            if (units.communes().at(p).kind == CommuneKind::Xa) {
                parts.append(&endings.at(p));
            }
        }
        const CommuneHistory h = simulator.simulate(c, parts, rng);
        if (Status s = writer.writeHistory(c, h, reviewMeetings(c, h, timeline, options, rng)); !s) {
            return s;
        }
        if (i < units.oldCount()) {
            endings[i].last = h.last;
        }
        if (i % 64 == 0 && !report(writer.rows(), NationalGenerator::tr("Writing the communes' assessments"))) {
            return cancelled();
        }
    }
    return {};
}

Status writePeople(NationalWriter& writer, const NationalUnits& units, const GenerateOptions& options,
                   demo::DemoRandom& rng, const Report& report)
{
    PeopleGenerator people(options, units, rng);
    int officials = 0;
    Status failed;
    const bool finished = people.generate([&](const Official& o, const QList<Rotation>& rotations) {
        failed = writer.writePeople(o, rotations);
        if (!failed) {
            return false;
        }
        return ++officials % 512 != 0 ||
               report(writer.rows(), NationalGenerator::tr("Writing officials and rotations"));
    });
    if (!failed) {
        return failed;
    }
    return finished ? Status() : Status(cancelled());
}
} // namespace

qint64 NationalGenerator::expectedRows() const
{
    return qint64(m_options.communes) * 160 + m_options.officials() + m_options.rotations();
}

Result<GenerateOutcome> NationalGenerator::generate(const QString& path, const Progress& progress)
{
    if (Status s = m_options.check(); !s) {
        return s.error();
    }
    const QFileInfo info(path);
    if (info.exists() && info.size() > 0) {
        return Error{QStringLiteral("file"), tr("%1 already exists; the national database is generated only into a "
                                                "new file.")
                                                 .arg(path)};
    }
    if (!QFileInfo(info.absolutePath()).isDir()) {
        return Error{QStringLiteral("file"), tr("The folder %1 does not exist.").arg(info.absolutePath())};
    }
    QElapsedTimer timer;
    timer.start();
    PartFiles part(info.absoluteFilePath() + QStringLiteral(".part"));
    GenerateOutcome out;
    {
        auto db = Database::open(info.absoluteFilePath() + QStringLiteral(".part"));
        if (!db) {
            return db.error();
        }
        db.value()->backend().tuneForBulkLoad(Backend::BulkLoad::NewDatabase);
        qint64 rows = 0;
        if (Status s = build(*db.value(), progress, &rows); !s) {
            return s.error();
        }
        db.value()->backend().tuneForBulkLoad(Backend::BulkLoad::Normal);
        auto counted = outcome(*db.value());
        if (!counted) {
            return counted.error();
        }
        out = counted.value();
        out.rows = rows;
    }
    QFile::remove(path); // an empty file the user made for us
    if (!QFile::rename(info.absoluteFilePath() + QStringLiteral(".part"), path)) {
        return Error{QStringLiteral("file"), tr("The finished database could not be renamed to %1.").arg(path)};
    }
    part.keep();
    out.milliseconds = timer.elapsed();
    return out;
}

Status NationalGenerator::storeCriteriaSets(Database& db)
{
    const QDir dir(QStringLiteral(":/criteria"));
    CriteriaStore store(db);
    for (const QString& f : dir.entryList({QStringLiteral("*.json")}, QDir::Files, QDir::Name)) {
        auto set = CriteriaSetLoader::loadFile(dir.filePath(f));
        if (!set) {
            return set.error();
        }
        CriteriaStore::assignIds(set.value());
        if (Status s = store.insertSet(set.value()); !s) {
            return s;
        }
    }
    // The same database from the same options, whatever the day: the import time is the data's horizon.
    return sql::run(db.sql(), QStringLiteral("UPDATE criteria_set SET imported_at = ?"), {m_options.stamp()},
                    tr("Saving the criteria sets"));
}

Status NationalGenerator::build(Database& db, const Progress& progress, qint64* rows)
{
    Transaction tx(db);
    if (!tx.started()) {
        return tx.started();
    }
    const qint64 expected = expectedRows();
    auto report = [&](qint64 done, const QString& what) { return !progress || progress(done, expected, what); };
    if (!report(0, tr("Storing the criteria sets"))) {
        return cancelled();
    }
    if (Status s = storeCriteriaSets(db); !s) {
        return s;
    }
    const auto sets = CriteriaStore(db).sets();
    if (!sets) {
        return sets.error();
    }
    const CriteriaTimeline timeline(sets.value());
    demo::DemoRandom rng(m_options.seed);
    const NationalUnits units = NationalUnits::plan(m_options, rng);
    BulkWriter bulk(db);
    NationalWriter writer(bulk, m_options, timeline);
    if (Status s = writer.prepared(); !s) {
        return s;
    }
    // The big tables' secondary indexes are built once at the end, from sorted rows.
    DeferredIndexes indexes;
    for (const QString& table : {QStringLiteral("assessment"), QStringLiteral("rotation"), QStringLiteral("official"),
                                 QStringLiteral("review_meeting")}) {
        if (Status s = indexes.drop(db, table); !s) {
            return s;
        }
    }
    if (Status s = writer.writeUnits(units); !s) {
        return s;
    }
    if (Status s = writeHistories(writer, units, timeline, m_options, rng, report); !s) {
        return s;
    }
    if (Status s = writePeople(writer, units, m_options, rng, report); !s) {
        return s;
    }
    const QString description = QStringLiteral("Synthetic national database (illustrative): %1 communes, %2 districts, "
                                               "%3–%4, seed %5")
                                    .arg(m_options.communes)
                                    .arg(m_options.districts)
                                    .arg(m_options.fromYear)
                                    .arg(m_options.toYear)
                                    .arg(m_options.seed);
    const QString summary = QStringLiteral("{\"action\":\"generate\",\"communes\":%1,\"districts\":%2,\"seed\":%3}")
                                .arg(m_options.communes)
                                .arg(m_options.districts)
                                .arg(m_options.seed);
    if (Status s = writer.writeClosing(description, summary); !s) {
        return s;
    }
    if (!report(writer.rows(), tr("Indexing"))) {
        return cancelled();
    }
    if (Status s = indexes.restore(db); !s) {
        return s;
    }
    if (!report(writer.rows(), tr("Saving"))) {
        return cancelled();
    }
    *rows = writer.rows();
    return tx.commit();
}

Result<GenerateOutcome> NationalGenerator::outcome(Database& db)
{
    GenerateOutcome o;
    const QString reform = GenerateOptions::reformDate().toString(Qt::ISODate);
    const QString before = GenerateOptions::reformDate().addDays(-1).toString(Qt::ISODate);
    const QString existing =
        QStringLiteral("SELECT count(*) FROM commune WHERE (valid_from IS NULL OR valid_from <= ?) "
                       "AND (valid_to IS NULL OR valid_to >= ?)");
    const QList<std::pair<qint64*, std::pair<QString, QVariantList>>> queries{
        {&o.communesBefore, {existing, {before, before}}},
        {&o.communesAfter, {existing, {reform, reform}}},
        {&o.lineageLinks, {QStringLiteral("SELECT count(*) FROM commune_lineage"), {}}},
        {&o.assessments, {QStringLiteral("SELECT count(*) FROM assessment"), {}}},
        {&o.recognitions, {QStringLiteral("SELECT count(*) FROM recognition"), {}}},
        {&o.officials, {QStringLiteral("SELECT count(*) FROM official"), {}}},
        {&o.rotations, {QStringLiteral("SELECT count(*) FROM rotation"), {}}},
        {&o.reviewMeetings, {QStringLiteral("SELECT count(*) FROM review_meeting"), {}}}};
    for (const auto& [target, query] : queries) {
        const auto v = sql::scalar(db.sql(), query.first, query.second);
        if (!v) {
            return v.error();
        }
        *target = v.value().toLongLong();
    }
    return o;
}

} // namespace ntm::core::generate
