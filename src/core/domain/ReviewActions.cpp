// SPDX-License-Identifier: GPL-3.0-or-later
#include "domain/ReviewActions.h"

namespace ntm::core {

ActionState ReviewAction::stateOn(const QDate& d) const
{
    if (decidedOn.isValid() && decidedOn > d) {
        return ActionState::NotYetDecided;
    }
    if (outcome && closedOn.isValid() && closedOn <= d) {
        return *outcome == ActionOutcome::Done ? ActionState::Done : ActionState::NotDone;
    }
    return dueOn < d ? ActionState::Overdue : ActionState::Open;
}

} // namespace ntm::core
