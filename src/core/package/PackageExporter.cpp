// SPDX-License-Identifier: GPL-3.0-or-later
#include "package/PackageExporter.h"

#include "db/Database.h"
#include "db/OwnerOnly.h"
#include "exchange/PartFile.h"
#include "package/CriteriaSetCodec.h"
#include "package/KindTable.h"
#include "package/RecordCodec.h"
#include "store/CriteriaStore.h"
#include "util/ProgramVersion.h"

#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QTemporaryFile>

#include <algorithm>

namespace ntm::core {

namespace {
using json = nlohmann::json;

/// Writes the content members to a side file while hashing their canonical text (the same text without the
/// line breaks added for people who open the file).
class ContentWriter
{
public:
    explicit ContentWriter(QIODevice& out) : m_out(out) {}

    void beginMember(const char* key)
    {
        const std::string head = (m_members++ > 0 ? "," : "") + json(key).dump() + ":[";
        hash(m_members == 1 ? "{" + head : head);
        put((m_members > 1 ? ",\n" : "") + json(key).dump() + ":[");
        m_records = 0;
    }
    void record(const json& r)
    {
        const std::string text = r.dump();
        const char* separator = m_records++ > 0 ? "," : "";
        hash(separator + text);
        put(separator + std::string("\n") + text);
    }
    void endMember()
    {
        hash("]");
        put("]");
    }
    bool flush()
    {
        const bool ok = m_out.write(m_buffer) == m_buffer.size();
        m_buffer.clear();
        return ok && m_ok;
    }
    QString sha256()
    {
        hash(m_members > 0 ? "}" : "{}");
        return QString::fromLatin1(m_hash.result().toHex());
    }

private:
    void hash(const std::string& text) { m_hash.addData(QByteArrayView(text.data(), qsizetype(text.size()))); }
    void put(const std::string& text)
    {
        m_buffer.append(text.data(), qsizetype(text.size()));
        if (m_buffer.size() > (1 << 20)) {
            m_ok = flush();
        }
    }

    QIODevice& m_out;
    QByteArray m_buffer;
    QCryptographicHash m_hash{QCryptographicHash::Sha256};
    int m_members = 0;
    qint64 m_records = 0;
    bool m_ok = true;
};

/// The kinds in the order of their keys: the order of the file and of the checksum.
QList<const KindSpec*> sortedKinds()
{
    QList<const KindSpec*> out;
    for (const KindSpec& s : PackageSchema::kinds()) {
        out.append(&s);
    }
    std::sort(out.begin(), out.end(),
              [](const KindSpec* a, const KindSpec* b) { return std::strcmp(a->key, b->key) < 0; });
    return out;
}

Status copyInto(QFile& from, QFile& to)
{
    from.seek(0);
    while (!from.atEnd()) {
        const QByteArray chunk = from.read(1 << 20);
        if (chunk.isEmpty() || to.write(chunk) != chunk.size()) {
            return Error{QString(), to.errorString()};
        }
    }
    return {};
}

/// One export: the records of each kind through the scope's filter into the content writer, with progress.
class ExportRun
{
public:
    ExportRun(Database& db, const PackageScope& scope, const PackageExporter::Progress& progress, ContentWriter& writer)
        : m_db(db), m_scope(scope), m_progress(progress), m_writer(writer)
    {
    }

    /// Reads what there is to go through (for the progress), the criteria sets included.
    Status prepare()
    {
        for (const KindSpec& s : PackageSchema::kinds()) {
            const auto n = s.special ? Result<qint64>(0) : KindTable::count(m_db, s);
            if (!n) {
                return n.error();
            }
            m_total += n.value();
        }
        auto sets = CriteriaStore(m_db).sets();
        if (!sets) {
            return sets.error();
        }
        m_sets = std::move(sets).value();
        m_total += m_sets.size();
        return {};
    }

    /// Writes every kind in the order of their keys; counts what was written in `counts`.
    Status writeAll(QMap<QString, qint64>& counts)
    {
        for (const KindSpec* s : sortedKinds()) {
            m_writer.beginMember(s->key);
            const auto written = s->special ? writeSets() : writeKind(*s);
            if (!written) {
                return written.error();
            }
            if (m_cancelled) {
                return Error{QString(), PackageExporter::tr("The export was cancelled; no file was written.")};
            }
            m_writer.endMember();
            counts.insert(QString::fromLatin1(s->key), written.value());
        }
        return {};
    }

private:
    bool step()
    {
        if (m_progress && ++m_done % 500 == 0 &&
            !m_progress(int(std::min<qint64>(m_done, INT_MAX)), int(std::min<qint64>(m_total, INT_MAX)))) {
            m_cancelled = true;
        }
        return !m_cancelled;
    }
    Result<qint64> writeSets()
    {
        qint64 written = 0;
        for (const CriteriaSet& set : std::as_const(m_sets)) {
            m_writer.record(CriteriaSetCodec::toJson(set));
            ++written;
            if (!step()) {
                break;
            }
        }
        return written;
    }
    Result<qint64> writeKind(const KindSpec& spec)
    {
        qint64 written = 0;
        const auto read =
            KindTable::forEach(m_db, spec, [&](const QVariantList& values, const QList<QVariantList>& children) {
                if (m_scope.includes(spec.kind, values)) {
                    m_writer.record(RecordCodec::toJson(spec, values, children));
                    ++written;
                }
                return step();
            });
        if (!read) {
            return read.error();
        }
        return written;
    }

    Database& m_db;
    const PackageScope& m_scope;
    const PackageExporter::Progress& m_progress;
    ContentWriter& m_writer;
    QList<CriteriaSet> m_sets;
    qint64 m_total = 0;
    qint64 m_done = 0;
    bool m_cancelled = false;
};

/// NAME.part: the manifest first (so that people and readers see it at once), then the content.
Status writeFinal(PartFile& part, QFile& content, const PackageManifest& manifest)
{
    QFile out(part.partPath());
    if (!OwnerOnly::openNew(out)) {
        return part.failure(out.errorString());
    }
    const QByteArray head = QByteArray::fromStdString("{\"manifest\":" + manifest.toJson().dump(1) + ",\n");
    if (out.write(head) != head.size()) {
        return part.failure(out.errorString());
    }
    if (Status s = copyInto(content, out); !s) {
        return part.failure(s.error().message);
    }
    if (out.write("\n}\n") != 3 || !out.flush()) {
        return part.failure(out.errorString());
    }
    out.close();
    return part.commit();
}
} // namespace

Result<PackageManifest> PackageExporter::write(const QString& path, const PackageScope& scope, const Progress& progress)
{
    PartFile part(path);
    if (Status s = part.checkFolder(); !s) {
        return s.error();
    }
    QTemporaryFile content(QFileInfo(path).absolutePath() + QStringLiteral("/.ntm-package-XXXXXX"));
    if (!content.open()) {
        return part.failure(content.errorString());
    }
    // One read transaction: every record comes from the same state of the database, the state as of created_at.
    std::optional<Transaction> tx;
    if (!m_db.inTransaction()) {
        tx.emplace(m_db);
    }
    PackageManifest manifest;
    manifest.created = QDateTime::currentDateTimeUtc();
    ContentWriter writer(content);
    ExportRun run(m_db, scope, progress, writer);
    if (Status s = run.prepare(); !s) {
        return s.error();
    }
    if (Status s = run.writeAll(manifest.counts); !s) {
        return s.error();
    }
    if (!writer.flush()) {
        return part.failure(content.errorString());
    }
    if (tx) {
        (void)tx->commit();
    }
    manifest.format = QString::fromLatin1(PackageSchema::kFormat);
    manifest.formatVersion = PackageSchema::kFormatVersion;
    manifest.producerProgram = ProgramVersion::name();
    manifest.producerVersion = ProgramVersion::text();
    manifest.producerSchemaVersion = m_db.schemaVersion();
    manifest.createdAt = manifest.created.toString(Qt::ISODateWithMs);
    manifest.scopeKind = scope.kindKey();
    manifest.scopeName = scope.name();
    manifest.scopeId = scope.id();
    manifest.sha256 = writer.sha256();
    if (Status s = writeFinal(part, content, manifest); !s) {
        return s.error();
    }
    return manifest;
}

} // namespace ntm::core
