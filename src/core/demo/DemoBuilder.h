// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "util/Result.h"

#include <QCoreApplication>
#include <QDate>

#include <functional>

namespace ntm::core {

class Database;

/// Builds the Hà Tĩnh demo database (`ntm-cli demo FILE`, and the app's first run): the real districts and
/// communes with their history, the criteria sets, the article's two stories, and generated, deterministic
/// histories for the other communes, calibrated on the published provincial figures and marked illustrative.
/// Everything is written in one transaction, with progress reporting and cancel.
class DemoBuilder final
{
    Q_DECLARE_TR_FUNCTIONS(ntm::core::DemoBuilder)

public:
    /// Called with (done, total, what); return false to cancel (the database is then left as it was).
    using Progress = std::function<bool(int done, int total, const QString& what)>;

    /// Last date of generated data; fixed so that the demo is the same whatever the day it is built.
    static const QDate kHorizon;

    explicit DemoBuilder(Database& db) : m_db(db) {}

    Status build(const Progress& progress = {});

private:
    Database& m_db;
};

} // namespace ntm::core
