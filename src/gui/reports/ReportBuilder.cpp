// SPDX-License-Identifier: GPL-3.0-or-later
#include "reports/ReportBuilder.h"

namespace ntm::gui {

namespace {
QString esc(const QString& s)
{
    return s.toHtmlEscaped();
}

QString alignAttribute(ReportColumn::Align align)
{
    switch (align) {
    case ReportColumn::Align::Right:
        return QStringLiteral(" align=\"right\"");
    case ReportColumn::Align::Center:
        return QStringLiteral(" align=\"center\"");
    case ReportColumn::Align::Left:
        break;
    }
    return QString();
}

QString cell(const ReportCell& c, const ReportColumn& column)
{
    QString attributes = alignAttribute(column.align);
    if (c.background.isValid()) {
        attributes += QStringLiteral(" bgcolor=\"%1\"").arg(c.background.name());
    }
    const QString text = c.text.isEmpty() ? QStringLiteral("&nbsp;") : esc(c.text);
    return QStringLiteral("<td%1>%2</td>").arg(attributes, c.bold ? QStringLiteral("<b>%1</b>").arg(text) : text);
}
} // namespace

void ReportBuilder::kind(const QString& text)
{
    m_html += QStringLiteral("<p class=\"kind\">%1</p>\n").arg(esc(text));
}

void ReportBuilder::title(const QString& text)
{
    m_html += QStringLiteral("<h1>%1</h1>\n").arg(esc(text));
}

void ReportBuilder::subtitle(const QString& text)
{
    m_html += QStringLiteral("<p class=\"subtitle\">%1</p>\n").arg(esc(text));
}

void ReportBuilder::heading(const QString& text)
{
    m_html += QStringLiteral("<h2>%1</h2>\n").arg(esc(text));
}

void ReportBuilder::paragraph(const QString& text)
{
    m_html += QStringLiteral("<p>%1</p>\n").arg(esc(text));
}

void ReportBuilder::note(const QString& text)
{
    m_html += QStringLiteral("<p class=\"note\">%1</p>\n").arg(esc(text));
}

void ReportBuilder::facts(const QList<QPair<QString, QString>>& rows)
{
    m_html += QStringLiteral("<table class=\"facts\" width=\"100%\" cellspacing=\"0\" cellpadding=\"1\">\n");
    for (const auto& [label, value] : rows) {
        m_html += QStringLiteral("<tr><td class=\"label\" width=\"24%\">%1</td><td>%2</td></tr>\n")
                      .arg(esc(label), esc(value));
    }
    m_html += QStringLiteral("</table>\n");
}

void ReportBuilder::table(const ReportTable& table)
{
    if (table.rows.isEmpty()) {
        if (!table.emptyText.isEmpty()) {
            paragraph(table.emptyText);
        }
        return;
    }
    // <thead> makes QTextDocument repeat the header row on every page the table runs onto.
    m_html += QStringLiteral("<table class=\"data\" width=\"%1%\" border=\"0.5\" cellspacing=\"0\" cellpadding=\"3\">"
                             "\n<thead><tr>")
                  .arg(table.widthPercent);
    for (const ReportColumn& c : table.columns) {
        const QString width = c.widthPercent > 0 ? QStringLiteral(" width=\"%1%\"").arg(c.widthPercent) : QString();
        m_html += QStringLiteral("<th%1%2>%3</th>").arg(width, alignAttribute(c.align), esc(c.header));
    }
    m_html += QStringLiteral("</tr></thead>\n");
    for (const QList<ReportCell>& row : table.rows) {
        m_html += QStringLiteral("<tr>");
        for (int i = 0; i < table.columns.size(); ++i) {
            m_html += cell(row.value(i), table.columns.at(i));
        }
        m_html += QStringLiteral("</tr>\n");
    }
    m_html += QStringLiteral("</table>\n");
}

void ReportBuilder::chart(std::shared_ptr<const ReportChart> chart, double widthMm, double heightMm)
{
    m_html += QStringLiteral("<p align=\"center\"><img src=\"%1%2\"></p>\n").arg(chartScheme()).arg(m_charts.size());
    m_charts.append({std::move(chart), QSizeF(widthMm, heightMm)});
}

QString ReportBuilder::html() const
{
    return QStringLiteral("<html><body>\n") + m_html + QStringLiteral("</body></html>\n");
}

} // namespace ntm::gui
