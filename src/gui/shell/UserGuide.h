// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDialog>

namespace ntm::gui {

/// The user guide, shipped inside the program (resources/docs/user-guide-*.md) so it works offline.
class UserGuide final : public QDialog
{
    Q_OBJECT

public:
    /// `language`: "vi" or "en".
    UserGuide(const QString& language, QWidget* parent = nullptr);
};

} // namespace ntm::gui
