// SPDX-License-Identifier: GPL-3.0-or-later
#include "exchange/XlsxWriterLibrary.h"

#include "util/Platform.h"

#include <QStringList>

// The build reads the soname out of the libxlsxwriter it finds, so the program asks for exactly the ABI its
// headers describe.
#ifndef NTM_XLSXWRITER_SONAME
#error "NTM_XLSXWRITER_SONAME must name libxlsxwriter's shared object, e.g. \"libxlsxwriter.so.4\""
#endif

namespace ntm::core {

namespace {

struct Loaded
{
    XlsxWriterLibrary::Functions functions;
    bool opened = false;
    QString loadError;   ///< Why the library itself could not be loaded.
    QStringList missing; ///< Functions the library that was loaded lacks.
};

template <typename Function> void resolve(void* handle, const char* name, Function& function, QStringList& missing)
{
    function = reinterpret_cast<Function>(Platform::symbol(handle, name));
    if (!function) {
        missing.append(QString::fromLatin1(name));
    }
}

Loaded load()
{
    Loaded loaded;
    // Opened with its own symbol scope (util/Platform.cpp): see the class comment for why.
    const Platform::Library library = Platform::openLibrary(NTM_XLSXWRITER_SONAME);
    void* handle = library.handle;
    if (!handle) {
        loaded.loadError = library.error;
        return loaded;
    }
    // Never closed: the table is handed out for the rest of the program's life.
    loaded.opened = true;
    XlsxWriterLibrary::Functions& f = loaded.functions;
    // One spelling of each name, so the symbol looked up cannot drift from the field it fills.
#define NTM_RESOLVE(name) resolve(handle, #name, f.name, loaded.missing)
    NTM_RESOLVE(workbook_new);
    NTM_RESOLVE(workbook_add_worksheet);
    NTM_RESOLVE(workbook_add_format);
    NTM_RESOLVE(workbook_close);
    NTM_RESOLVE(lxw_workbook_free);
    NTM_RESOLVE(format_set_bold);
    NTM_RESOLVE(format_set_bg_color);
    NTM_RESOLVE(format_set_pattern);
    NTM_RESOLVE(format_set_num_format);
    NTM_RESOLVE(worksheet_write_string);
    NTM_RESOLVE(worksheet_write_number);
    NTM_RESOLVE(worksheet_write_datetime);
    NTM_RESOLVE(worksheet_set_column);
    NTM_RESOLVE(worksheet_freeze_panes);
    NTM_RESOLVE(worksheet_autofilter);
    NTM_RESOLVE(lxw_strerror);
    NTM_RESOLVE(lxw_rowcol_to_cell);
#undef NTM_RESOLVE
    return loaded;
}

/// Debian and Ubuntu name a library's package after its soname (libxlsxwriter.so.4 is in libxlsxwriter4), which is
/// what a user has to install.
QString packageName()
{
    QString soname = QString::fromLatin1(NTM_XLSXWRITER_SONAME);
    return soname.replace(QStringLiteral(".so."), QString());
}

} // namespace

Result<const XlsxWriterLibrary::Functions*> XlsxWriterLibrary::library()
{
    static const Loaded loaded = load();
    // The message is made on each call, not stored, so it follows the language the user has chosen since.
    if (!loaded.opened) {
        return Error{QString(), tr("libxlsxwriter (package %1) is missing or cannot be loaded: Excel files cannot "
                                   "be written (%2).")
                                    .arg(packageName(), loaded.loadError)};
    }
    if (!loaded.missing.isEmpty()) {
        return Error{QString(), tr("libxlsxwriter (package %1) is too old or damaged: it lacks %2, so Excel files "
                                   "cannot be written. Version %3 or later is needed.")
                                    .arg(packageName(), loaded.missing.join(QStringLiteral(", ")),
                                         QString::fromLatin1(LXW_VERSION))};
    }
    return &loaded.functions;
}

} // namespace ntm::core
