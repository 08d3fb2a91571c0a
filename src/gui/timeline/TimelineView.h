// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "shell/View.h"
#include "timeline/TimelineLayout.h"

#include <memory>

namespace Ui {
class TimelineView;
}

class QAction;

namespace ntm::gui {

class CommuneChooser;
class TimelineChart;

/// The criterion progress timeline of one commune as of the shared date: a row per criterion coloured by its
/// status over time, the rotated officials' terms as bands, recognition, set changes and the as-of date marked.
/// Zoom by year, tooltips with each assessment, a click opens it; export to PNG and PDF.
class TimelineView final : public View
{
    Q_OBJECT

public:
    explicit TimelineView(QWidget* parent = nullptr);
    ~TimelineView() override;

    QString title() const override;
    void setDatabase(core::Database* db) override;
    void setAsOf(const QDate& date) override;
    void refresh() override;
    void focusSearch() override;
    QByteArray saveViewState() const override;
    void restoreViewState(const QByteArray& state) override;

    /// Shows this commune's timeline.
    void showCommune(const QString& communeId);
    /// Makes this commune the one shown next time the view is seen (unknown ids are ignored).
    void setCommune(const QString& communeId);
    QString reportCommuneId() const override { return m_communeId; }
    QString communeId() const { return m_communeId; }
    TimelineChart* chart() const { return m_chart; }
    /// Asks for a file and writes the timeline as PNG or PDF; false when cancelled or refused.
    bool exportTimeline(bool pdf);

Q_SIGNALS:
    /// The user chose a commune to look at (the window remembers it and carries it to the dashboard).
    void communeChosen(const QString& communeId);

private:
    void fillCommunes();
    void openSpan(const TimelineSpanRef& ref);
    void showHeader();
    void syncZoomControls();
    QString legend() const;

    std::unique_ptr<Ui::TimelineView> m_ui;
    TimelineChart* m_chart;
    CommuneChooser* m_chooser;
    bool m_communesFilled = false;
    core::Database* m_db = nullptr;
    QDate m_asOf;
    QString m_communeId;
    QString m_folder; ///< Where the last export went (the next one proposes it).
};

} // namespace ntm::gui
