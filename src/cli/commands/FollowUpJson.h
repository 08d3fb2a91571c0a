// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "CliSupport.h"
#include "service/followup/FollowUpData.h"

#include <QTextStream>

namespace ntm::cli {

/// Adds `ntm-cli commune --json`'s working_groups, village_progress and actions (issue 20; README's JSON contract)
/// for the date of the dashboard.
void addFollowUpJson(ojson& out, const core::FollowUpData& data, const QDate& asOf);
/// The same for people: the groups at work, the villages and the actions' counts.
void printFollowUp(const core::FollowUpData& data, const QDate& asOf, QTextStream& out);

} // namespace ntm::cli
