// SPDX-License-Identifier: GPL-3.0-or-later
#include "CliSupport.h"

#include "util/Dates.h"

namespace ntm::cli {

using namespace ntm::core;

int userError(QTextStream& err, const QString& message)
{
    err << "ntm-cli: " << message << Qt::endl;
    return kUserError;
}

std::unique_ptr<Database> openExisting(const QString& path, QTextStream& err)
{
    Database::Options options;
    options.create = false;
    auto db = Database::open(path, options);
    if (!db) {
        err << "ntm-cli: " << db.error().message << Qt::endl;
        return nullptr;
    }
    return std::move(db).value();
}

bool parseDate(const CliArgs& a, const QString& option, QDate* out, QTextStream& err)
{
    const QString text = a.value(option);
    *out = dates::fromIso(text);
    if (!out->isValid()) {
        err << "ntm-cli: --" << option << " \"" << text << "\" is not a date (use YYYY-MM-DD)" << Qt::endl;
        return false;
    }
    return true;
}

std::string utf8(const QString& s)
{
    return s.toStdString();
}

ojson dateOrNull(const QDate& d)
{
    return d.isValid() ? ojson(utf8(dates::toIso(d))) : ojson(nullptr);
}

} // namespace ntm::cli
