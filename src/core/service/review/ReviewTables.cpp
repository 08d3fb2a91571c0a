// SPDX-License-Identifier: GPL-3.0-or-later
#include "service/review/ReviewTables.h"

#include "service/IllustrativeData.h"
#include "service/RotationImpact.h"
#include "service/recognition/RecognitionText.h"
#include "service/review/TenureComparison.h"

#include <algorithm>
#include <cmath>

namespace ntm::core {

namespace {
using Type = TableColumn::Type;

TableColumn column(const QString& title, Type type, int width = 12)
{
    return {title, type, width};
}

QVariant dateOrEmpty(const QDate& d)
{
    return d.isValid() ? QVariant(d) : QVariant();
}

double percent(double share)
{
    return ReviewTables::rounded(share * 100.0, 1);
}
} // namespace

double ReviewTables::rounded(double value, int decimals)
{
    const double scale = std::pow(10.0, decimals);
    return std::round(value * scale) / scale;
}

QString ReviewTables::rotationEffectNote()
{
    return tr("Illustrative data: the demo's generator makes progress stronger and assessments denser while a rotated "
              "official leads a commune, so this comparison shows what the generator put in, not a finding.");
}

QString ReviewTables::groupLabel(const TenureGroup& group)
{
    if (group.side == TenureGroup::Side::Rotated) {
        return group.onlyWithCriteriaLeft ? tr("Led by a rotated official, criteria left at the start")
                                          : tr("Led by a rotated official");
    }
    return group.onlyWithCriteriaLeft ? tr("Without one, same periods, criteria left at the start")
                                      : tr("Without one, same periods");
}

TableData ReviewTables::table(const ProvincialReview& review, ReviewTable which)
{
    switch (which) {
    case ReviewTable::Summary:
        return summary(review);
    case ReviewTable::Recognitions:
        return recognitions(review);
    case ReviewTable::Averages:
        return averages(review);
    case ReviewTable::Bands:
        return bands(review);
    case ReviewTable::Missed:
        return missed(review);
    case ReviewTable::Rotations:
        return rotations(review);
    case ReviewTable::Comparison:
        return comparison(review);
    }
    return {};
}

QList<TableData> ReviewTables::all(const ProvincialReview& review)
{
    QList<TableData> out;
    for (ReviewTable t : {ReviewTable::Summary, ReviewTable::Recognitions, ReviewTable::Averages, ReviewTable::Bands,
                          ReviewTable::Missed, ReviewTable::Rotations, ReviewTable::Comparison}) {
        out.append(table(review, t));
    }
    return out;
}

TableData ReviewTables::summary(const ProvincialReview& review)
{
    TableData t;
    t.title = tr("Summary");
    t.columns = {column(tr("Figure"), Type::Text, 36), column(tr("Value"), Type::Text, 24)};
    t.rows = {{tr("As of"), review.asOf},
              {tr("Province"), review.provinceName},
              {tr("District"), review.districtName.isEmpty() ? tr("All districts") : review.districtName},
              {tr("Communes (xã)"), review.communes},
              {tr("Recognised NTM"), review.recognised},
              {tr("Of them recognised under an earlier criteria set"), review.recognisedUnderEarlierSet},
              {tr("Meeting every criterion of the set in force"), review.meetAll},
              {tr("Average criteria met"), rounded(review.averageMet, 2)},
              {tr("Rotations started by the date"), static_cast<int>(review.rotations.size())},
              {tr("Data"), review.illustrative ? IllustrativeData::notice() : tr("as recorded")}};
    t.note = RecognitionText::recognisedVersusMeetAll(review.recognised, review.recognisedUnderEarlierSet,
                                                      review.meetAll, review.criteriaInForce);
    if (review.illustrative) {
        t.note = (t.note.isEmpty() ? QString() : t.note + QLatin1Char(' ')) + IllustrativeData::notice();
    }
    return t;
}

TableData ReviewTables::recognitions(const ProvincialReview& review)
{
    TableData t;
    t.title = tr("Recognised per year");
    t.columns = {column(tr("Year"), Type::Integer, 8),
                 column(tr("Up to"), Type::Date),
                 column(tr("Held at the start"), Type::Integer, 12),
                 column(tr("Recognised in the year (+)"), Type::Integer, 14),
                 column(tr("Kept through a merger (+)"), Type::Integer, 14),
                 column(tr("Ended by a merger (−)"), Type::Integer, 14),
                 column(tr("Withdrawn (−)"), Type::Integer, 12),
                 column(tr("Moved in or out (±)"), Type::Integer, 12),
                 column(tr("Recognised, cumulative"), Type::Integer, 14),
                 column(tr("Communes (xã)"), Type::Integer),
                 column(tr("Nâng cao held"), Type::Integer),
                 column(tr("Kiểu mẫu held"), Type::Integer),
                 column(tr("Hiện đại held"), Type::Integer)};
    for (const RecognitionYear& y : review.recognitions) {
        t.rows.append({y.year, y.periodEnd, y.start, y.recognised, y.kept, y.endedByMerger, y.withdrawn, y.moved,
                       y.cumulative, y.communes, y.nangCao, y.kieuMau, y.hienDai});
    }
    t.note = tr("Held at the start + recognised + kept − ended − withdrawn ± moved = cumulative. A merger ends the "
                "merged communes' recognitions; the new commune keeps NTM when its reform's rule says so "
                "(3372/BNN-VPĐP: when every merged commune held it). Tiers are counted each on its own.");
    return t;
}

TableData ReviewTables::averages(const ProvincialReview& review)
{
    TableData t;
    t.title = tr("Average criteria met");
    t.columns = {column(tr("Date"), Type::Date)};
    QList<QDate> dates;
    for (const AverageSeries& s : review.averages) {
        t.columns.append(column(s.name, Type::Number, 14));
        for (const AveragePoint& p : s.points) {
            if (!dates.contains(p.date)) {
                dates.append(p.date);
            }
        }
    }
    t.columns.append(column(tr("Criteria in force"), Type::Number, 12));
    std::sort(dates.begin(), dates.end());
    for (const QDate& d : dates) {
        QVariantList row{d};
        QVariant inForce;
        for (const AverageSeries& s : review.averages) {
            QVariant cell;
            for (const AveragePoint& p : s.points) {
                if (p.date == d) {
                    cell = rounded(p.averageMet, 2);
                    inForce = rounded(p.averageTotal, 2); // the last series is the whole province
                }
            }
            row.append(cell);
        }
        row.append(inForce);
        t.rows.append(row);
    }
    return t;
}

TableData ReviewTables::bands(const ProvincialReview& review)
{
    TableData t;
    t.title = tr("Communes by criteria met");
    t.columns = {column(tr("Criteria met"), Type::Text, 26), column(tr("Communes"), Type::Integer),
                 column(tr("Share (%)"), Type::Number)};
    for (const BandCount& b : review.bands) {
        t.rows.append({MetBands::labelFor(b.band, review.criteriaInForce), b.communes, percent(b.share)});
    }
    return t;
}

TableData ReviewTables::missed(const ProvincialReview& review)
{
    TableData t;
    t.title = tr("Criteria most missed");
    t.columns = {column(tr("Set"), Type::Text, 14),
                 column(tr("No."), Type::Integer, 6),
                 column(tr("Criterion"), Type::Text, 36),
                 column(tr("Communes not meeting it"), Type::Integer, 14),
                 column(tr("Basically met"), Type::Integer),
                 column(tr("Not met"), Type::Integer),
                 column(tr("Not assessed"), Type::Integer),
                 column(tr("Communes under the set"), Type::Integer, 14),
                 column(tr("Share not meeting (%)"), Type::Number, 14)};
    for (const MissedCriterion& m : review.missed) {
        const double share = m.communesUnderSet > 0 ? static_cast<double>(m.missing) / m.communesUnderSet : 0.0;
        t.rows.append({m.setCode, m.number, m.name, m.missing, m.basicallyMet, m.notMet, m.notAssessed,
                       m.communesUnderSet, percent(share)});
    }
    return t;
}

TableData ReviewTables::rotations(const ProvincialReview& review)
{
    TableData t;
    t.title = tr("Rotation impact");
    t.columns = {column(tr("Official"), Type::Text, 24),    column(tr("Commune"), Type::Text, 18),
                 column(tr("District"), Type::Text, 14),    column(tr("Position"), Type::Text, 24),
                 column(tr("Start"), Type::Date),           column(tr("End"), Type::Date),
                 column(tr("Met at start"), Type::Integer), column(tr("Criteria at start"), Type::Integer),
                 column(tr("Met at end"), Type::Integer),   column(tr("Criteria at end"), Type::Integer),
                 column(tr("Gained"), Type::Integer, 8),    column(tr("Years in post"), Type::Number, 10),
                 column(tr("Recognised on"), Type::Date),   column(tr("Months to recognition"), Type::Integer, 12)};
    for (const RotationImpactRow& r : review.rotations) {
        t.rows.append({r.officialName, r.communeName, r.districtName, r.rotation.toPosition, r.rotation.startDate,
                       dateOrEmpty(r.end), r.metAtStart, r.totalAtStart, r.metAtEnd, r.totalAtEnd,
                       r.setChanged ? QVariant() : QVariant(r.gained),
                       rounded(TenureComparison::years(r.rotation.startDate, r.measuredAt), 2),
                       dateOrEmpty(r.recognisedOn),
                       r.monthsToRecognition ? QVariant(*r.monthsToRecognition) : QVariant()});
    }
    return t;
}

TableData ReviewTables::comparison(const ProvincialReview& review)
{
    TableData t;
    t.title = tr("Tenure comparison");
    t.columns = {column(tr("Group of communes"), Type::Text, 44),       column(tr("Periods"), Type::Integer, 10),
                 column(tr("Distinct communes"), Type::Integer),        column(tr("Commune-years"), Type::Number),
                 column(tr("Criteria gained"), Type::Integer),          column(tr("Gained per year"), Type::Number),
                 column(tr("Left out: set changed"), Type::Integer, 14)};
    for (const TenureGroup& g : review.comparison) {
        t.rows.append(
            {groupLabel(g), g.periods, g.communes, rounded(g.years, 2), g.gained, rounded(g.perYear(), 2), g.leftOut});
    }
    if (review.illustrative) {
        t.note = rotationEffectNote();
    }
    return t;
}

} // namespace ntm::core
