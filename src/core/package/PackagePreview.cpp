// SPDX-License-Identifier: GPL-3.0-or-later
#include "package/PackagePreview.h"

#include "package/ExchangeState.h"
#include "package/PackagePlanner.h"

#include <algorithm>
#include <climits>

namespace ntm::core {

Result<PackagePreview> PackagePreview::compute(Database& db, const Package& package, const ConflictPolicies& policies,
                                               const Progress& progress)
{
    const auto state = ExchangeState::load(db);
    if (!state) {
        return state.error();
    }
    const int total = static_cast<int>(std::min<qint64>(package.recordCount(), INT_MAX));
    const auto step = [&](qint64 done) {
        return !progress || progress(static_cast<int>(std::min<qint64>(done, total)), total);
    };
    auto plan = PackagePlanner(db, package, state.value()).plan(policies, step);
    if (!plan) {
        return plan.error();
    }
    PackagePreview preview;
    preview.m_summary = plan.value().summary;
    preview.m_errors = plan.value().errors.list();
    preview.m_errorCount = plan.value().errors.total();
    if (progress) {
        progress(total, total);
    }
    return preview;
}

Error PackagePreview::firstError() const
{
    if (m_errors.isEmpty()) {
        return Error{};
    }
    Error e = m_errors.constFirst();
    if (m_errorCount > 1) {
        e.message += QLatin1Char(' ') + tr("(and %n more problem(s))", nullptr, m_errorCount - 1);
    }
    return e;
}

} // namespace ntm::core
