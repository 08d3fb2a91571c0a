// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "service/review/ProvincialReview.h"
#include "shell/View.h"

#include <QHash>

#include <memory>

namespace Ui {
class ReviewView;
}

namespace ntm::gui {

class BarLineChart;
class FigurePanel;
class HorizontalBarChart;
class MultiLineChart;

/// The provincial review as of the shared date, for the province or one district: communes recognised per
/// year, average criteria met over time per district, communes by band of criteria met, the criteria most
/// communes still miss, and rotation impact with the tenure comparison. Each figure has its chart and its
/// table with Copy; every table goes to one workbook with "Export all tables to Excel".
class ReviewView final : public View
{
    Q_OBJECT

public:
    explicit ReviewView(QWidget* parent = nullptr);
    ~ReviewView() override;

    QString title() const override;
    void setDatabase(core::Database* db) override;
    void setAsOf(const QDate& date) override;
    void refresh() override;
    std::optional<core::TableData> exportTable() const override;
    QString reportDistrictId() const override { return districtId(); }
    QByteArray saveViewState() const override;
    void restoreViewState(const QByteArray& state) override;

    /// Narrows the review to a district (empty: the whole province) when it can be chosen on the date.
    void setDistrict(const QString& districtId);
    QString districtId() const;
    const core::ProvincialReview& review() const { return m_review; }
    /// Asks for a file and writes every table of the review to it (.xlsx).
    void exportWorkbook();

    FigurePanel* recognitionsPanel() const { return m_recognitions; }
    FigurePanel* averagesPanel() const { return m_averages; }
    FigurePanel* bandsPanel() const { return m_bands; }
    FigurePanel* missedPanel() const { return m_missed; }
    FigurePanel* comparisonPanel() const { return m_comparison; }
    FigurePanel* rotationsPanel() const { return m_rotations; }
    BarLineChart* recognitionsChart() const { return m_recognitionsChart; }
    MultiLineChart* averagesChart() const { return m_averagesChart; }
    HorizontalBarChart* bandsChart() const { return m_bandsChart; }
    HorizontalBarChart* missedChart() const { return m_missedChart; }
    HorizontalBarChart* comparisonChart() const { return m_comparisonChart; }

protected:
    void showEvent(QShowEvent* event) override;

private:
    void fillDistricts();
    void show(const core::ProvincialReview& review);
    void showCharts(const core::ProvincialReview& review);
    void showSummary(const core::ProvincialReview& review);
    void updateNote();
    FigurePanel* currentPanel() const;

    std::unique_ptr<Ui::ReviewView> m_ui;
    BarLineChart* m_recognitionsChart;
    MultiLineChart* m_averagesChart;
    HorizontalBarChart* m_bandsChart;
    HorizontalBarChart* m_missedChart;
    HorizontalBarChart* m_comparisonChart;
    FigurePanel* m_recognitions;
    FigurePanel* m_averages;
    FigurePanel* m_bands;
    FigurePanel* m_missed;
    FigurePanel* m_comparison;
    FigurePanel* m_rotations;
    core::Database* m_db = nullptr;
    QDate m_asOf;
    bool m_stale = true;          ///< The figures wait for the view to be shown (they take a moment to compute).
    bool m_districtsStale = true; ///< The district list waits likewise.
    core::ProvincialReview m_review;
    QString m_folder;                   ///< Where the last workbook went (the next export proposes it).
    QHash<QString, QDate> m_formerEnds; ///< Districts gone before the date, listed as former: their last day.
};

} // namespace ntm::gui
