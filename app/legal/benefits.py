"""Benefits as they are now: from 1. 10. 2025 the dávka státní sociální pomoci
(zákon č. 151/2025 Sb.) replaced příspěvek na živobytí, příspěvek na bydlení,
doplatek na bydlení and přídavek na dítě. Records from before keep their old
labels; forms offer the new benefit and mark the old ones with their end."""
from __future__ import annotations

import datetime as dt

from models.assessments import IncomeKind

DSSP_FROM = dt.date(2025, 10, 1)
# czech-on-purpose: a Czech law citation
DSSP_SOURCE = "zákon č. 151/2025 Sb., o dávce státní sociální pomoci"
REPLACED_BY_DSSP = (IncomeKind.SUBSISTENCE, IncomeKind.HOUSING_ALLOWANCE,
                    IncomeKind.HOUSING_SUPPLEMENT, IncomeKind.CHILD_ALLOWANCE)


def current_kind(kind: IncomeKind, on: dt.date) -> IncomeKind:
    """The kind a benefit paid on ``on`` is recorded as (old benefits → DSSP)."""
    return IncomeKind.STATE_SOCIAL_AID if on >= DSSP_FROM and kind in REPLACED_BY_DSSP \
        else kind


def offered_kinds(on: dt.date) -> list[tuple[IncomeKind, bool]]:
    """(kind, still paid on ``on``) in the order a form offers them: benefits
    no longer paid come last (an older record may still hold them)."""
    kinds = [k for k in IncomeKind if k != IncomeKind.STATE_SOCIAL_AID]
    if on < DSSP_FROM:
        return [(k, True) for k in kinds] + [(IncomeKind.STATE_SOCIAL_AID, False)]
    current = [k for k in kinds if k not in REPLACED_BY_DSSP]
    first = [IncomeKind.STATE_SOCIAL_AID] + [k for k in current if k != IncomeKind.OTHER]
    return [(k, True) for k in first] + [(IncomeKind.OTHER, True)] + \
        [(k, False) for k in REPLACED_BY_DSSP]
