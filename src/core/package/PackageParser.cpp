// SPDX-License-Identifier: GPL-3.0-or-later
#include "package/PackageParser.h"

#include "package/CriteriaSetCodec.h"
#include "package/RecordCodec.h"
#include "util/JsonSyntax.h"

namespace ntm::core {

namespace {
using json = nlohmann::json;

QString reasonOf(const std::string& what)
{
    // nlohmann writes "[json.exception.parse_error.101] parse error at line 3, column 4: <reason>": users get the
    // reason in words, without the code (the reader adds the line and column).
    return JsonSyntax::reason(what);
}
} // namespace

/// nlohmann's SAX events turned into the parser's: the members of the top-level object, and each element of a
/// member's list as a small JSON tree built here (as nlohmann's own DOM parser does) and handed over when it
/// is complete. No tree of the whole file is ever built.
class PackageSax
{
public:
    explicit PackageSax(PackageParser& parser) : m_parser(parser) {}

    bool null() { return scalar(json(nullptr)); }
    bool boolean(bool v) { return scalar(json(v)); }
    bool number_integer(json::number_integer_t v) { return scalar(json(v)); }
    bool number_unsigned(json::number_unsigned_t v) { return scalar(json(v)); }
    bool number_float(json::number_float_t v, const json::string_t&) { return scalar(json(v)); }
    bool string(json::string_t& v) { return scalar(json(std::move(v))); }
    bool binary(json::binary_t&) { return true; } // JSON text has none
    bool start_object(std::size_t) { return open(json::value_t::object); }
    bool start_array(std::size_t) { return open(json::value_t::array); }
    bool key(json::string_t& k)
    {
        if (m_depth == 1 && m_stack.empty()) {
            m_parser.memberKey(k);
        } else {
            m_key = std::move(k);
        }
        return true;
    }
    bool end_object() { return close(); }
    bool end_array() { return close(); }
    bool parse_error(std::size_t position, const std::string&, const nlohmann::detail::exception& e)
    {
        m_parser.m_syntax = PackageParser::SyntaxError{position, reasonOf(e.what())};
        return false;
    }

private:
    /// A value inside a tree being built, or one complete on its own.
    bool scalar(json&& v)
    {
        if (!m_stack.empty()) {
            add(std::move(v));
            return true;
        }
        return complete(v);
    }
    bool open(json::value_t type)
    {
        if (++m_depth > PackageParser::kMaxDepth) {
            m_parser.m_tooDeep = true; // the trees are dumped and freed recursively: keep them shallow
            return false;
        }
        if (m_depth == 1) {
            m_root = type == json::value_t::object;
            m_parser.m_rootIsObject = m_root;
            return true;
        }
        if (!m_root) {
            return true; // not a package: the reader says so once the text is known to be JSON
        }
        if (m_stack.empty() && m_depth == 2 && type == json::value_t::array && m_parser.m_inContent) {
            m_parser.memberListStart();
            return true;
        }
        if (m_stack.empty()) {
            m_tree = json(type);
            m_stack.push_back(&m_tree);
        } else {
            m_stack.push_back(add(json(type)));
        }
        return true;
    }
    bool close()
    {
        --m_depth;
        if (m_stack.empty()) {
            if (m_depth == 1 && m_root && m_parser.m_inArray) {
                m_parser.memberListEnd();
            }
            return true;
        }
        m_stack.pop_back();
        return m_stack.empty() ? complete(m_tree) : true;
    }
    json* add(json&& v)
    {
        json& top = *m_stack.back();
        if (top.is_object()) {
            json& slot = top[m_key];
            slot = std::move(v);
            return &slot;
        }
        top.push_back(std::move(v));
        return &top.back();
    }
    /// A value complete at the top of its own tree: an element of a member's list, or a whole member.
    bool complete(json& v)
    {
        if (!m_root || m_depth == 0) {
            return true;
        }
        if (m_depth == 2 && m_parser.m_inArray) {
            return m_parser.element(v);
        }
        m_parser.memberValue(v);
        return true;
    }

    PackageParser& m_parser;
    int m_depth = 0;
    bool m_root = false;
    json m_tree;
    std::vector<json*> m_stack;
    std::string m_key;
};

PackageParser::PackageParser(Package& out, PlaceErrors& errors, RecordHook hook)
    : m_out(out), m_errors(errors), m_hook(std::move(hook))
{
}

bool PackageParser::parse(const char* begin, const char* end)
{
    auto run = [&] {
        PackageSax sax(*this);
        try {
            json::sax_parse(begin, end, &sax, json::input_format_t::json, true, false);
        } catch (const json::exception& e) {
            m_syntax = SyntaxError{0, reasonOf(e.what())};
        }
        return !m_cancelled && !m_syntax && !m_tooDeep;
    };
    if (!run()) {
        return false;
    }
    if (!m_sorted) {
        // The members were not in sorted order, so the streamed hash is of no use: read the text again,
        // keeping only each member's canonical text, and hash them in order.
        restartCollecting();
        if (!run()) {
            return false;
        }
        std::string canonical = "{";
        for (const auto& [key, text] : m_members) {
            canonical += (canonical.size() > 1 ? "," : "") + json(key).dump() + ':' + text;
        }
        m_hash.addData(QByteArrayView(canonical.data(), static_cast<qsizetype>(canonical.size())));
        m_hash.addData(QByteArrayView("}"));
    } else {
        feed(m_anyMember ? "}" : "{}");
    }
    m_sha256 = QString::fromLatin1(m_hash.result().toHex());
    return true;
}

void PackageParser::restartCollecting()
{
    m_collect = true;
    m_rootIsObject = false;
    m_key.clear();
    m_inContent = false;
    m_inArray = false;
    m_index = 0;
    m_anyMember = false;
    m_kind.reset();
    m_members.clear();
    m_hash.reset();
}

void PackageParser::memberKey(const std::string& key)
{
    m_key = key;
    m_inContent = m_key != "manifest";
    m_inArray = false;
    if (m_inContent) {
        startMember(m_key);
    } else if (!m_manifest.is_null() && !m_collect) {
        m_errors.add(QStringLiteral("manifest"), tr("appears twice"));
    }
}

void PackageParser::memberListStart()
{
    m_inArray = true;
    m_index = 0;
    feed("[");
}

void PackageParser::memberListEnd()
{
    feed("]");
    m_inArray = false;
}

void PackageParser::memberValue(const json& value)
{
    // A complete member that is not a list of records: the manifest, or a mistake.
    if (!m_inContent) {
        m_manifest = value;
        return;
    }
    feed(value.dump());
    if (!m_collect) {
        m_errors.add(QString::fromStdString(m_key), tr("must be a list"));
    }
}

void PackageParser::startMember(const std::string& key)
{
    const QString name = QString::fromStdString(key);
    m_kind = PackageSchema::kindOf(name);
    if (m_collect) {
        m_members[key].clear();
        return;
    }
    if (!m_kind) {
        m_errors.add(name.left(60),
                     tr("is not part of an exchange package of format version %1").arg(PackageSchema::kFormatVersion));
    } else if (m_seen.contains(name)) {
        m_errors.add(name, tr("appears twice"));
    }
    m_seen.insert(name);
    if (m_sorted && !m_lastKey.empty() && key <= m_lastKey) {
        m_sorted = false;
    }
    m_lastKey = key;
    if (m_sorted) {
        feed((m_anyMember ? "," : "{") + json(key).dump() + ':');
        m_anyMember = true;
    }
}

bool PackageParser::element(const json& value)
{
    feed((m_index > 0 ? "," : "") + value.dump());
    if (!m_collect) {
        readRecord(value);
    }
    ++m_index;
    return !m_cancelled;
}

void PackageParser::readRecord(const json& value)
{
    if (!m_kind) {
        return;
    }
    if (*m_kind == PackageKind::CriteriaSets) {
        if (auto set = CriteriaSetCodec::fromJson(value, place(), m_errors)) {
            m_out.criteriaSets.append(std::move(*set));
        }
    } else {
        PackageRecord record;
        record.index = m_index;
        if (RecordCodec::readRecord(PackageSchema::spec(*m_kind), value, place(), record, m_errors)) {
            m_out.of(*m_kind).append(std::move(record));
        }
    }
    ++m_records;
    if (m_hook && !m_hook(m_records)) {
        m_cancelled = true;
    }
}

void PackageParser::feed(const std::string& text)
{
    if (m_collect) {
        m_members[m_key] += text;
    } else if (m_sorted) {
        m_hash.addData(QByteArrayView(text.data(), static_cast<qsizetype>(text.size())));
    }
}

QString PackageParser::place() const
{
    return QString::fromStdString(m_key) + QLatin1Char('[') + QString::number(m_index) + QLatin1Char(']');
}

} // namespace ntm::core
