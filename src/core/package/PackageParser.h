// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "package/Package.h"
#include "package/PlaceErrors.h"

#include <QCryptographicHash>
#include <QSet>

#include <nlohmann/json.hpp>

#include <functional>
#include <map>
#include <optional>
#include <string>

namespace ntm::core {

/// The streaming part of PackageReader: parses the JSON text once, hands each record to the codecs as soon
/// as it is complete and then drops it, so memory holds the checked records but never the whole JSON tree.
/// It also computes the content's SHA-256 as it goes (docs/exchange-format.md, "Checksum").
class PackageParser final
{
    Q_DECLARE_TR_FUNCTIONS(ntm::core::PackageParser)

public:
    /// Called after each record with the count so far; false cancels.
    using RecordHook = std::function<bool(qint64 done)>;

    /// The parser's outcome besides the records: where the JSON was broken, if it was.
    struct SyntaxError
    {
        std::size_t byte = 0; ///< 1-based offset of the character where parsing failed.
        QString reason;       ///< What went wrong, in words (JsonSyntax), without the parser's codes or position.
    };

    /// Deepest nesting accepted; a package needs 5 levels (criteria set > criteria > indicators > targets).
    static constexpr int kMaxDepth = 32;

    PackageParser(Package& out, PlaceErrors& errors, RecordHook hook);

    /// Parses [begin, end). False when the text is not JSON (see syntaxError()) or parsing was cancelled.
    bool parse(const char* begin, const char* end);

    bool cancelled() const { return m_cancelled; }
    /// The text nests values deeper than kMaxDepth.
    bool tooDeep() const { return m_tooDeep; }
    const std::optional<SyntaxError>& syntaxError() const { return m_syntax; }
    bool rootIsObject() const { return m_rootIsObject; }
    /// The manifest object, or null when the file has none.
    const nlohmann::json& manifest() const { return m_manifest; }
    /// SHA-256 (hex) of the canonical content text.
    QString contentSha256() const { return m_sha256; }

private:
    friend class PackageSax;

    void memberKey(const std::string& key);
    void memberListStart();
    void memberListEnd();
    void memberValue(const nlohmann::json& value);
    bool element(const nlohmann::json& value);
    void restartCollecting();
    void startMember(const std::string& key);
    void readRecord(const nlohmann::json& value);
    void feed(const std::string& text);
    QString place() const;

    Package& m_out;
    PlaceErrors& m_errors;
    RecordHook m_hook;
    nlohmann::json m_manifest;
    std::optional<SyntaxError> m_syntax;
    bool m_cancelled = false;
    bool m_tooDeep = false;
    bool m_rootIsObject = false;
    bool m_collect = false; ///< Second pass: members came out of order, so each is kept and hashed at the end.
    bool m_sorted = true;
    std::string m_key;     ///< Current member of the top-level object.
    std::string m_lastKey; ///< Last content member seen (to tell whether members come in sorted order).
    bool m_inContent = false;
    bool m_inArray = false;
    int m_index = 0;
    bool m_anyMember = false;
    std::optional<PackageKind> m_kind;
    QSet<QString> m_seen;
    std::map<std::string, std::string> m_members; ///< Used in the second pass only.
    QCryptographicHash m_hash{QCryptographicHash::Sha256};
    QString m_sha256;
    qint64 m_records = 0;
};

} // namespace ntm::core
