// SPDX-License-Identifier: GPL-3.0-or-later
#include "timeline/TimelineExport.h"

#include "exchange/PartFile.h"
#include "timeline/TimelinePainter.h"
#include "util/Dates.h"

#include <QPainter>
#include <QPdfWriter>

#include <algorithm>
#include <cmath>

namespace ntm::gui {

using namespace ntm::core;

QString TimelineExport::titleOf(const CriterionTimeline& t)
{
    const QString place = t.districtName.isEmpty() ? t.title : tr("%1, %2").arg(t.title, t.districtName);
    return tr("%1 – criteria over time, as of %2").arg(place, dates::toDisplay(t.asOf));
}

QImage TimelineExport::image(const CriterionTimeline& t, double pixelsPerYear, int fontPixelSize, qreal scale)
{
    const QFont font = TimelinePainter::baseFont(fontPixelSize);
    // A timeline zoomed in to months over many years would make an image of hundreds of megabytes: the width is
    // capped, first by drawing at fewer pixels, then by narrowing the years.
    const TimelineLayout wanted(t, font, pixelsPerYear, titleOf(t));
    const double fixed = wanted.labelWidth() + TimelineLayout::kRightPad;
    if (wanted.size().width() > kMaxImageWidth) {
        pixelsPerYear *= (kMaxImageWidth - fixed) / (wanted.size().width() - fixed);
    }
    const TimelineLayout layout(t, font, pixelsPerYear, titleOf(t));
    scale = std::clamp(kMaxImageWidth / layout.size().width(), 1.0, static_cast<double>(scale));
    const QSize size(static_cast<int>(std::ceil(layout.size().width())),
                     static_cast<int>(std::ceil(layout.size().height())));
    QImage img(size * scale, QImage::Format_ARGB32_Premultiplied);
    img.setDevicePixelRatio(scale);
    img.fill(Qt::white);
    QPainter p(&img);
    TimelinePainter(layout).paint(p, QRectF(QPointF(0, 0), layout.size()));
    return img;
}

Status TimelineExport::writePng(const QString& path, const CriterionTimeline& t, double pixelsPerYear,
                                int fontPixelSize)
{
    PartFile part(path);
    if (Status s = part.checkFolder(); !s) {
        return s;
    }
    if (!image(t, pixelsPerYear, fontPixelSize).save(part.partPath(), "PNG")) {
        return part.failure(tr("the image could not be written (is the disk full or the folder read-only?)."));
    }
    return part.commit();
}

Status TimelineExport::writePdf(const QString& path, const CriterionTimeline& t, int fontPixelSize)
{
    PartFile part(path);
    if (Status s = part.checkFolder(); !s) {
        return s;
    }
    {
        QPdfWriter writer(part.partPath());
        writer.setPageSize(QPageSize(QPageSize::A4));
        writer.setPageOrientation(QPageLayout::Landscape);
        writer.setPageMargins(QMarginsF(10, 10, 10, 10), QPageLayout::Millimeter);
        writer.setResolution(300);
        writer.setTitle(titleOf(t));
        writer.setCreator(QStringLiteral("NTM Tracker"));
        QPainter p;
        if (!p.begin(&writer)) {
            return part.failure(tr("the PDF could not be started (is the folder read-only?)."));
        }
        TimelinePainter::render(p, QRectF(0, 0, writer.width(), writer.height()), t, titleOf(t), fontPixelSize);
        if (!p.end()) {
            return part.failure(tr("the PDF could not be finished (is the disk full?)."));
        }
    }
    return part.commit();
}

} // namespace ntm::gui
