"""Přehled's card of leases ending soon: how many of the renewal candidates
(renewals.renewal_candidates) end within the next days, how many of them need a
decision or wait for one, and the first few by end date and tenant.

Read for the card alone: a city has about a thousand candidates, and telling
every tenant's namesakes apart (to sort by the shown name) read some twenty
thousand persons. The shown name of a tenant is either the plain name or
"Given Surname (detail)" (app/people/disambiguate.py), so it lies between two
bounds known from the tenant's own row; namesakes are told apart only for the
candidates whose bounds can put them among the first few."""
from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from typing import Callable

from models.leases import Lease, RenewalDecision, RenewalProposal
from models.people import Person

from ..db import Database
from ..people.disambiguate import person_labels
from ..security import Actor, Permission
from .records import _base_select
from .renewals import RenewalCandidate, candidates_clause, with_proposals

_LAST = "\U0010ffff"        # sorts after any character of a detail


@dataclass(frozen=True)
class EndingLine:
    ends_on: dt.date
    tenant: str                 # as lists show it: namesakes told apart
    arrears_hal: int
    proposal: RenewalProposal


@dataclass(frozen=True)
class EndingLeases:
    count: int                  # candidates ending by ``until``
    needs_decision: int         # of them: arrears over the threshold
    pending: int                # of them: a proposal waiting for a decision
    first: list[EndingLine]     # the first by end date and tenant


def ending_leases(db: Database, actor: Actor, *, today: dt.date | None = None,
                  days: int = 60, shown: int = 7) -> EndingLeases:
    """The renewal candidates whose term ends within ``days`` of ``today``."""
    actor.require(Permission.VIEW_LEASES)
    today = today or dt.date.today()
    until = today + dt.timedelta(days=days)
    with db.reading() as s:
        rows = s.execute(_base_select().with_only_columns(
            Lease.id, Lease.ends_on, Lease.tenant_id, Person.title_before, Person.given_name,
            Person.surname, Person.title_after).where(
            candidates_clause(s, today), Lease.ends_on <= until)).all()
        cands = with_proposals(s, rows, today)
        first = first_lines(cands, shown, lambda ids: person_labels(s, ids, given_first=True))
    return EndingLeases(
        len(cands), sum(1 for c in cands if c.proposal == RenewalProposal.NEEDS_DECISION),
        sum(1 for c in cands if c.decision == RenewalDecision.PENDING), first)


def _tenant(r) -> str:
    """The tenant's name as the lease lists show it (records._rows)."""
    name = " ".join(p for p in (r.title_before, r.given_name, r.surname) if p)
    return f"{name}, {r.title_after}" if r.title_after else name


def first_lines(cands: list[RenewalCandidate], n: int,
                labels: Callable[[list[str]], dict[str, str]]) -> list[EndingLine]:
    """The first ``n`` by (end date, shown tenant), as a sort of every
    candidate with every namesake told apart would give; ``labels(tenant ids)``
    tells namesakes apart (person_labels) and is asked only for the few that
    can be among the first."""
    def bounds(c):
        plain, base = _tenant(c.lease), f"{c.lease.given_name} {c.lease.surname} ("
        return ((c.lease.ends_on, min(plain, base)),
                (c.lease.ends_on, max(plain, base + _LAST)))
    if n <= 0:
        return []
    limits = [bounds(c) for c in cands]
    if len(cands) > n:      # at least n candidates sort no later than the n-th upper bound
        cut = sorted(high for _, high in limits)[n - 1]
        cands = [c for c, (low, _) in zip(cands, limits) if low <= cut]
    told = labels([c.lease.tenant_id for c in cands])
    lines = [EndingLine(c.lease.ends_on, told.get(c.lease.tenant_id, _tenant(c.lease)),
                        c.arrears_hal, c.proposal) for c in cands]
    lines.sort(key=lambda x: (x.ends_on, x.tenant))
    return lines[:n]
