// SPDX-License-Identifier: GPL-3.0-or-later
#include "shell/AboutDialog.h"

#include "ui_AboutDialog.h"

#include "db/Database.h"
#include "util/Dates.h"
#include "util/ProgramVersion.h"

#include <QClipboard>
#include <QFileInfo>
#include <QGuiApplication>
#include <QIcon>
#include <QPushButton>

namespace ntm::gui {

namespace {
/// Hà Tĩnh's variants have no known decision or date: a dash, not an empty cell.
QString orDash(const QString& text)
{
    return text.isEmpty() ? QStringLiteral("—") : text;
}
} // namespace

AboutDialog::AboutDialog(const core::Database* database, const QString& path, QWidget* parent)
    : QDialog(parent), m_ui(std::make_unique<Ui::AboutDialog>()), m_info(core::ProgramInfo::collect())
{
    m_ui->setupUi(this);
    if (database) {
        m_databaseName = QFileInfo(path).fileName();
        m_databaseSchema = database->schemaVersion();
    }
    m_ui->iconLabel->setPixmap(QIcon(QStringLiteral(":/icons/ntm-tracker.png")).pixmap(72, 72));
    m_ui->titleLabel->setText(QStringLiteral("<span style=\"font-size: 15pt; font-weight: 600;\">%1</span>")
                                  .arg(core::ProgramVersion::nameAndVersion().toHtmlEscaped()));
    m_ui->summaryLabel->setText(
        tr("Rotation of officials into communes and the progress of communes in the New Rural Development programme "
           "(nông thôn mới).\n\nDemo data: Hà Tĩnh's real districts and communes; histories other than the "
           "article's two stories are illustrative."));
    m_ui->detailsBrowser->setHtml(detailsHtml());
    // Qt 6.4 has no Vietnamese translation of its standard buttons (no qtbase_vi.qm): ours, as in other dialogs.
    m_ui->buttonBox->button(QDialogButtonBox::Close)->setText(tr("Close"));
    QPushButton* copy = m_ui->buttonBox->addButton(tr("&Copy details"), QDialogButtonBox::ActionRole);
    copy->setObjectName(QStringLiteral("copyDetailsButton"));
    connect(copy, &QPushButton::clicked, this, &AboutDialog::copyDetails);
}

AboutDialog::~AboutDialog() = default;

QList<std::pair<QString, QString>> AboutDialog::facts() const
{
    const QString database = m_databaseName.isEmpty()
                                 ? tr("none open")
                                 : tr("%1, schema version %2").arg(m_databaseName, QString::number(m_databaseSchema));
    return {
        {tr("Version"), m_info.version},
        {tr("Database"), database},
        {tr("Schema version of this program"), QString::number(m_info.schemaVersion)},
        {tr("Runs on"), tr("Qt %1, SQLite %2").arg(m_info.qtVersion, m_info.sqliteVersion)},
        {tr("Licence"), tr("GNU General Public License, version 3 or later")},
    };
}

QString AboutDialog::detailsHtml() const
{
    QString html = QStringLiteral("<table cellspacing=\"0\" cellpadding=\"3\">");
    for (const auto& [label, value] : facts()) {
        html += QStringLiteral("<tr><td style=\"color: #555555; padding-right: 12px;\">%1</td><td>%2</td></tr>")
                    .arg(label.toHtmlEscaped(), value.toHtmlEscaped());
    }
    html += QStringLiteral("</table><p style=\"margin-top: 10px;\"><b>%1</b></p>")
                .arg(tr("Criteria sets shipped with the program").toHtmlEscaped());
    html += QStringLiteral("<table cellspacing=\"0\" cellpadding=\"3\"><tr><th align=\"left\">%1</th>"
                           "<th align=\"left\">%2</th><th align=\"left\">%3</th><th align=\"left\">%4</th></tr>")
                .arg(tr("Code").toHtmlEscaped(), tr("Decision").toHtmlEscaped(), tr("In force from").toHtmlEscaped(),
                     tr("Name").toHtmlEscaped());
    for (const core::ShippedCriteriaSet& set : m_info.criteriaSets) {
        html += QStringLiteral("<tr><td>%1</td><td>%2</td><td>%3</td><td>%4</td></tr>")
                    .arg(set.code.toHtmlEscaped(), orDash(set.decision).toHtmlEscaped(),
                         orDash(core::dates::toDisplay(set.validFrom)), set.name.toHtmlEscaped());
    }
    return html + QStringLiteral("</table>");
}

QString AboutDialog::detailsText() const
{
    QStringList lines{core::ProgramVersion::nameAndVersion()};
    for (const auto& [label, value] : facts()) {
        lines.append(label + QStringLiteral(": ") + value);
    }
    lines.append(tr("Criteria sets shipped with the program") + QLatin1Char(':'));
    for (const core::ShippedCriteriaSet& set : m_info.criteriaSets) {
        lines.append(QStringLiteral("  %1 · %2 · %3 · %4")
                         .arg(set.code, orDash(set.decision), orDash(core::dates::toDisplay(set.validFrom)), set.name));
    }
    return lines.join(QLatin1Char('\n')) + QLatin1Char('\n');
}

void AboutDialog::copyDetails()
{
    QGuiApplication::clipboard()->setText(detailsText());
}

} // namespace ntm::gui
