// SPDX-License-Identifier: GPL-3.0-or-later
#include "shell/IllustrativeBadge.h"

#include "service/IllustrativeData.h"

namespace ntm::gui {

IllustrativeBadge::IllustrativeBadge(QWidget* parent) : QLabel(parent)
{
    setObjectName(QStringLiteral("illustrativeBadge"));
    setStyleSheet(QStringLiteral("QLabel { color: #7a4a00; background: #fff1cc; padding: 1px 6px; }"));
    hide();
}

void IllustrativeBadge::update(core::Database* db)
{
    const auto present = db ? core::IllustrativeData::present(*db) : core::Result<bool>(false);
    const bool shown = present.ok() && present.value();
    setText(shown ? tr("Illustrative data") : QString());
    setToolTip(shown ? core::IllustrativeData::notice() : QString());
    setVisible(shown);
}

} // namespace ntm::gui
