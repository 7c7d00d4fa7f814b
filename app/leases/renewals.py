"""Renewals of fixed-term leases (Chomutov: one-year leases renewed
automatically when the tenant has no rent debt).

A lease (platná or prodloužená) whose term ends within the renewal window
(default 60 days) gets a proposal on the check date:
- AUTOMATIC when its arrears on the check date are at most the town's
  threshold (default 0 Kč): the renewal is approved at once, the term is
  extended by the lease's term and the amendment (dodatek) is numbered;
- NEEDS_DECISION otherwise: it waits for a person's decision, with the arrears
  shown, and a task goes to the KMB lead.
The arrears on a date are the balance of the latest month not after that date.
Every proposal and decision stays in the history (models.leases.Renewal).
"""
from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from models.cases import Task, TaskSource
from models.leases import Lease, LeaseState, Renewal, RenewalDecision, RenewalProposal
from models.people import Household, Person

from .. import audit
from ..czech_names import by_sex
from ..errors import ValidationError
from ..formatting import format_date, format_money
from ..rows import get_live, live
from ..security import Actor, Permission
from ..tasks import add_task, complete_task
from . import config
from .common import lead_user_id, term_end
from .records import ACTIVE_STATES, LeaseRow, _base_select, _rows, latest_arrears
from ..i18n import _


def proposal_for(arrears_hal: int, threshold_hal: int) -> RenewalProposal:
    """The town's rule: renew automatically when arrears ≤ threshold."""
    return RenewalProposal.AUTOMATIC if arrears_hal <= threshold_hal \
        else RenewalProposal.NEEDS_DECISION


def arrears_on(session: Session, lease_id: str, day: dt.date) -> int:
    return latest_arrears(session, [lease_id], on=day).get(lease_id, (0, None))[0]


@dataclass(frozen=True)
class RenewalCandidate:
    lease: LeaseRow
    arrears_hal: int            # on the check date (today when not proposed yet)
    threshold_hal: int
    proposal: RenewalProposal   # the proposal made, or what the rule gives today
    renewal_id: str | None      # the proposal already made for this term end
    decision: RenewalDecision | None


def _open_renewal(session: Session, lease_id: str, ends_on) -> Renewal | None:
    return session.scalars(select(Renewal).where(
        Renewal.lease_id == lease_id, Renewal.previous_ends_on == ends_on,
        live(Renewal)).order_by(Renewal.check_on.desc())).first()


def _open_renewals(session: Session, rows) -> dict:
    """The latest proposal per (lease, term end), for many leases in one query
    (plain rows with the fields a RenewalCandidate needs)."""
    found: dict = {}
    ids = [r.id for r in rows]
    for i in range(0, len(ids), 500):
        for ren in session.execute(select(
                Renewal.id, Renewal.lease_id, Renewal.previous_ends_on, Renewal.arrears_hal,
                Renewal.threshold_hal, Renewal.proposal, Renewal.decision).where(
                Renewal.lease_id.in_(ids[i:i + 500]), live(Renewal))
                .order_by(Renewal.check_on)):
            found[(ren.lease_id, ren.previous_ends_on)] = ren    # later check dates win
    return found


def renewal_candidates(db, actor: Actor, *, today: dt.date | None = None) -> list[RenewalCandidate]:
    """Leases whose term ends within the window, plus any still waiting for a
    decision, with the proposal the rule gives on ``today``."""
    actor.require(Permission.VIEW_LEASES)
    today = today or dt.date.today()
    with db.reading() as s:
        rows = _rows(s, _base_select().where(candidates_clause(s, today)))
        out = with_proposals(s, rows, today)
    out.sort(key=lambda c: (c.lease.ends_on, c.lease.tenant))
    return out


def candidates_clause(session: Session, today: dt.date):
    """The leases renewal_candidates lists: active ones whose term ends within
    the window, and any still waiting for a decision."""
    horizon = today + dt.timedelta(days=config.lease_settings(session).renewal_window_days)
    pending = select(Renewal.lease_id).where(
        Renewal.decision == RenewalDecision.PENDING, live(Renewal))
    return Lease.state.in_(ACTIVE_STATES) & (
        ((Lease.ends_on >= today) & (Lease.ends_on <= horizon)) | Lease.id.in_(pending))


def with_proposals(session: Session, rows, today: dt.date) -> list[RenewalCandidate]:
    """Each row (``id`` and ``ends_on``) with its proposal: the one made for
    this term end, or what the rule gives on ``today``."""
    cfg = config.lease_settings(session)
    arrears = latest_arrears(session, [r.id for r in rows], on=today)
    opened = _open_renewals(session, rows)
    out = []
    for r in rows:
        existing = opened.get((r.id, r.ends_on))
        if existing is not None:      # what was found on its check date
            out.append(RenewalCandidate(r, existing.arrears_hal, existing.threshold_hal,
                                        existing.proposal, existing.id, existing.decision))
            continue
        bal = arrears.get(r.id, (0, None))[0]
        out.append(RenewalCandidate(r, bal, cfg.renewal_threshold_hal,
                                    proposal_for(bal, cfg.renewal_threshold_hal), None, None))
    return out


@dataclass(frozen=True)
class ProposeResult:
    automatic: int
    needs_decision: int
    already: int
    renewal_ids: list[str]


def _approve(session: Session, actor: Actor, renewal: Renewal, lease: Lease, today: dt.date,
             note: str | None) -> None:
    months = lease.term_months or config.lease_settings(session).term_months
    start = (renewal.previous_ends_on or lease.ends_on or today) + dt.timedelta(days=1)
    done = session.scalar(select(func.count()).where(
        Renewal.lease_id == lease.id, Renewal.decision == RenewalDecision.APPROVED,
        live(Renewal)))
    renewal.decision = RenewalDecision.APPROVED
    renewal.decided_on = today
    renewal.decided_by_id = actor.user_id
    renewal.new_ends_on = term_end(start, months)
    renewal.amendment_number = f"{lease.number or 'NS'}/D{done + 1}"
    renewal.note = note
    lease.ends_on = renewal.new_ends_on
    lease.state = LeaseState.RENEWED


def propose_renewals(db, actor: Actor, *, today: dt.date | None = None,
                     lease_ids: list[str] | None = None) -> ProposeResult:
    """Make the proposal for every lease ending within the window that has
    none for its current term end (idempotent)."""
    actor.require(Permission.EDIT_LEASES)
    today = today or dt.date.today()
    auto = needs = already = 0
    made = []
    with db.transaction() as s:
        cfg = config.lease_settings(s)
        horizon = today + dt.timedelta(days=cfg.renewal_window_days)
        stmt = select(Lease).where(live(Lease), Lease.state.in_(ACTIVE_STATES),
                                   Lease.ends_on >= today, Lease.ends_on <= horizon)
        if lease_ids is not None:
            stmt = stmt.where(Lease.id.in_(lease_ids))
        leases = list(s.scalars(stmt.order_by(Lease.ends_on)))
        arrears = latest_arrears(s, [x.id for x in leases], on=today)
        lead = lead_user_id(s)
        for lease in leases:
            if _open_renewal(s, lease.id, lease.ends_on) is not None:
                already += 1
                continue
            bal = arrears.get(lease.id, (0, None))[0]
            proposal = proposal_for(bal, cfg.renewal_threshold_hal)
            renewal = Renewal(lease_id=lease.id, check_on=today, arrears_hal=bal,
                              threshold_hal=cfg.renewal_threshold_hal, proposal=proposal,
                              decision=RenewalDecision.PENDING,
                              previous_ends_on=lease.ends_on)
            s.add(renewal)
            s.flush()
            made.append(renewal.id)
            if proposal == RenewalProposal.AUTOMATIC:
                # czech-on-purpose: stored in the record, read by colleagues: Czech
                _approve(s, actor, renewal, lease, today,
                         f"Automaticky: dluh {format_money(bal, nbsp=False)} nepřevyšuje práh "
                         f"{format_money(cfg.renewal_threshold_hal, nbsp=False)}.")
                from .documents import freeze_renewal
                freeze_renewal(s, renewal)
                auto += 1
            else:
                needs += 1
                tenant = s.get(Person, lease.tenant_id)
                hh = s.get(Household, lease.household_id) if lease.household_id else None
                # czech-on-purpose: a task's title and detail are stored and shared by the office: Czech
                tenant_word = by_sex(tenant.sex.value if tenant.sex else None,
                                     "Nájemce", "Nájemkyně", "Nájemce")
                # czech-on-purpose: a task's title and detail are stored and shared by the office: Czech
                add_task(s, actor,
                         f"Rozhodnout o prodloužení smlouvy {lease.number} – dluh "
                         f"{format_money(bal, nbsp=False)}",
                         owner_id=lead, due_on=min(lease.ends_on, today + dt.timedelta(days=14)),
                         person_id=lease.tenant_id, household_id=lease.household_id,
                         flat_id=lease.flat_id, source=TaskSource.RENEWAL, source_ref=renewal.id,
                         detail=(f"{tenant_word} {tenant.full_name}"
                                 f"{' (' + hh.name + ')' if hh else ''}; smlouva končí "
                                 f"{format_date(lease.ends_on)}. Dluh ke dni kontroly "
                                 f"{format_date(today)}: {format_money(bal, nbsp=False)}, práh "
                                 f"{format_money(cfg.renewal_threshold_hal, nbsp=False)}."))
            audit.record(s, actor, "propose", "renewal", renewal.id,
                         {"proposal": proposal.value})
    return ProposeResult(auto, needs, already, made)


def decide_renewal(db, actor: Actor, renewal_id: str, approve: bool, note: str | None = None,
                   *, today: dt.date | None = None) -> None:
    """A person's decision on a proposal that needed one."""
    actor.require(Permission.EDIT_LEASES)
    today = today or dt.date.today()
    note = (note or "").strip() or None
    with db.transaction() as s:
        renewal = get_live(s, Renewal, renewal_id, _("Návrh prodloužení"))
        if renewal.decision != RenewalDecision.PENDING:
            raise ValidationError(_("O tomto prodloužení už bylo rozhodnuto."))
        lease = s.get(Lease, renewal.lease_id)
        if lease.state not in ACTIVE_STATES:
            raise ValidationError(_("Smlouva už neplatí; prodloužit ji nelze."))
        if approve:
            _approve(s, actor, renewal, lease, today, note)
        else:
            if not note:
                raise ValidationError(_("Uveďte důvod, proč se smlouva neprodlužuje."), field="note")
            renewal.decision = RenewalDecision.REJECTED
            renewal.decided_on = today
            renewal.decided_by_id = actor.user_id
            renewal.note = note
        from .documents import freeze_renewal      # ReportLab only when a decision is made
        freeze_renewal(s, renewal)      # the amendment / notice as issued today
        for task in s.scalars(select(Task).where(
                Task.source == TaskSource.RENEWAL, Task.source_ref == renewal.id,
                Task.done_at.is_(None), live(Task))):
            complete_task(s, actor, task.id)
        audit.record(s, actor, "decide", "renewal", renewal.id,
                     {"decision": renewal.decision.value})


@dataclass(frozen=True)
class RenewalHistoryRow:
    id: str
    lease_id: str
    lease_number: str | None
    tenant: str
    flat: str
    check_on: dt.date
    arrears_hal: int
    threshold_hal: int
    proposal: RenewalProposal
    decision: RenewalDecision
    decided_on: dt.date | None
    previous_ends_on: dt.date | None
    new_ends_on: dt.date | None
    amendment_number: str | None
    note: str | None


def renewal_history(db, actor: Actor, *, limit: int = 500) -> list[RenewalHistoryRow]:
    actor.require(Permission.VIEW_LEASES)
    with db.reading() as s:
        leases = {r.id: r for r in _rows(s, _base_select().where(Lease.id.in_(
            select(Renewal.lease_id).where(live(Renewal)))))}
        out = []
        for r in s.scalars(select(Renewal).where(live(Renewal))
                           .order_by(Renewal.check_on.desc(), Renewal.id.desc()).limit(limit)):
            lease = leases.get(r.lease_id)
            if lease is None:
                continue
            out.append(RenewalHistoryRow(r.id, r.lease_id, lease.number, lease.tenant,
                                         lease.flat, r.check_on, r.arrears_hal, r.threshold_hal,
                                         r.proposal, r.decision, r.decided_on,
                                         r.previous_ends_on, r.new_ends_on, r.amendment_number,
                                         r.note))
        return out
