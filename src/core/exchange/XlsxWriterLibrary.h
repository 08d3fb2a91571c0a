// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "util/Result.h"

#include <QCoreApplication>

// For the types only: the functions are called through XlsxWriterLibrary::Functions, never directly.
#include <xlsxwriter.h>

namespace ntm::core {

/// libxlsxwriter, loaded at run time for XlsxWriter, which calls it only through the function table this class
/// hands out. Loading it ourselves, with its own symbol scope, is what lets it live in one process with QuaZip:
/// both export zipOpen() and friends (libxlsxwriter through the system libminizip, QuaZip from its own modified
/// copy), and when libxlsxwriter is linked normally its calls bind to QuaZip's incompatible ones and
/// workbook_close() crashes.
class XlsxWriterLibrary final
{
    Q_DECLARE_TR_FUNCTIONS(ntm::core::XlsxWriterLibrary)

public:
    /// The libxlsxwriter functions XlsxWriter uses, named as in the C API so calls read like its documentation.
    struct Functions
    {
        decltype(&::workbook_new) workbook_new = nullptr;
        decltype(&::workbook_add_worksheet) workbook_add_worksheet = nullptr;
        decltype(&::workbook_add_format) workbook_add_format = nullptr;
        decltype(&::workbook_close) workbook_close = nullptr;
        decltype(&::lxw_workbook_free) lxw_workbook_free = nullptr;
        decltype(&::format_set_bold) format_set_bold = nullptr;
        decltype(&::format_set_bg_color) format_set_bg_color = nullptr;
        decltype(&::format_set_pattern) format_set_pattern = nullptr;
        decltype(&::format_set_num_format) format_set_num_format = nullptr;
        decltype(&::worksheet_write_string) worksheet_write_string = nullptr;
        decltype(&::worksheet_write_number) worksheet_write_number = nullptr;
        decltype(&::worksheet_write_datetime) worksheet_write_datetime = nullptr;
        decltype(&::worksheet_set_column) worksheet_set_column = nullptr;
        decltype(&::worksheet_freeze_panes) worksheet_freeze_panes = nullptr;
        decltype(&::worksheet_autofilter) worksheet_autofilter = nullptr;
        decltype(&::lxw_strerror) lxw_strerror = nullptr;
        decltype(&::lxw_rowcol_to_cell) lxw_rowcol_to_cell = nullptr;
    };

    /// The functions, or an error for the user naming what is missing. The library is loaded on the first call
    /// (safely from any thread) and stays loaded until the program ends.
    static Result<const Functions*> library();
};

} // namespace ntm::core
