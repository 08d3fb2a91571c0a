// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "reports/ReportSection.h"

#include <QDate>
#include <QString>
#include <QStringList>

#include <memory>
#include <vector>

namespace ntm::gui {

class ReportBuilder;

/// What the title block and every page's footer say: which report, of what, where, and as of when.
struct ReportHeader
{
    QString kind;              ///< "Báo cáo tiến độ xây dựng nông thôn mới"
    QString title;             ///< "Xã Đức Yên", "Huyện Đức Thọ", "Tỉnh Hà Tĩnh"
    QStringList place;         ///< Where it lies, largest first: "Tỉnh Hà Tĩnh", "Huyện Đức Thọ"
    QDate asOf;                ///< The date the data is as of.
    QDate printedOn;           ///< The day the report was made.
    bool illustrative = false; ///< The database holds illustrative rows: every page says so.
};

/// A printable report: the header and its sections in order. Built by CommuneReport or AreaReport from core's
/// data, drawn by ReportRenderer onto a PDF writer or a printer.
class Report final
{
public:
    ReportHeader header;

    void add(std::unique_ptr<ReportSection> section);
    const std::vector<std::unique_ptr<ReportSection>>& sections() const { return m_sections; }
    /// Every section written in order.
    void write(ReportBuilder& out) const;
    /// The footer's left side: the title and the date of the data.
    QString footerText() const;
    /// A file name for the report without folder: "bao-cao-xa-duc-yen-2019-12-31.pdf".
    QString suggestedFileName() const;

private:
    std::vector<std::unique_ptr<ReportSection>> m_sections;
};

} // namespace ntm::gui
