"""Demo: the Housing Support Act's procedure on the cases whose client asked
for an entry, and frozen snapshots of the demo's signed documents.

Dates follow the Act: an application may come once the Act is in force, but
decisions and entries only from 1. 7. 2026, when its support measures apply.
Each procedure runs forward from the start of the § 16 inquiry as far as the
demo's "today" allows; the need record then says what the procedure reached
(entered with its validity, rejected, or still pending). Some opinions of the
Úřad práce are late, so the reminders show.

This step runs last and draws from its own random generator: the data of the
earlier steps stay exactly as they were."""
from __future__ import annotations

import datetime as dt
import json
import random
import uuid

from sqlalchemy import bindparam, select, update
from sqlalchemy.orm import Session

from models.cases import TaskSource
from models.intake import HousingNeedRecord, NeedState
from models.leases import Lease, Renewal, RenewalDecision
from models.people import Person
from models.procedure import DecisionOutcome, HousingProcedure, OpinionResult

from .. import settings
from ..cases.procedure import MEASURES_FROM
from ..formatting import format_date
from ..intake.eligibility import add_months
from ..legal import deadlines
from ..legal.parameters import default_table
from .context import DemoContext

SEED = 1752025


def _d(day: dt.date) -> str:
    return format_date(day)


def _weekday(day: dt.date) -> dt.date:
    return deadlines.next_working_day(day)


class _Builder:
    def __init__(self, ctx: DemoContext):
        self.ctx, self.today = ctx, ctx.today
        self.rng = random.Random(SEED)
        self.legal = default_table()
        self.procedures: list[dict] = []
        self.tasks: list[dict] = []
        self.needs: list[dict] = []            # need record updates
        self.serial = 0
        self.closed = False
        self.horizon = ctx.today
        self.mark = (0, 0)

    def new_id(self, day: dt.date) -> str:
        ms = int(dt.datetime(day.year, day.month, day.day, 9, tzinfo=dt.UTC).timestamp() * 1000)
        value = ((ms & ((1 << 48) - 1)) << 80 | 0x7 << 76 | self.rng.getrandbits(12) << 64
                 | 0b10 << 62 | self.rng.getrandbits(62))
        return str(uuid.UUID(int=value))

    def at(self, day: dt.date) -> dt.datetime:
        return dt.datetime(day.year, day.month, day.day, 8) + dt.timedelta(
            minutes=self.rng.randint(0, 6 * 60))

    def task(self, p: dict, title: str, due: dt.date, source: TaskSource, made: dt.date,
             detail: str, done_on: dt.date | None = None) -> None:
        if done_on is None and self.closed:
            done_on = self.horizon          # closing the case closed its reminders
        self.tasks.append(dict(
            id=self.new_id(made), title=title, detail=detail, case_id=p["case_id"],
            person_id=p["person_id"], household_id=p["household_id"], flat_id=None,
            owner_id=p["worker_id"], department=None, due_on=due,
            done_at=self.at(done_on) if done_on else None,
            done_by_id=p["worker_id"] if done_on else None, source=source,
            source_ref=p["id"], created_at=self.at(made)))

    def procedure(self, need, case: dict, wants_entry: bool) -> None:
        # a closed case's procedure went no further than the day the case closed
        rng, today = self.rng, min(self.today, case.get("closed_on") or self.today)
        start = need.assessment_started_on
        if start is None or start > today or today < MEASURES_FROM:
            return
        self.closed = case.get("closed_on") is not None
        self.horizon = today
        self.mark = (len(self.procedures), len(self.tasks))
        self.serial += 1
        p = dict(id=self.new_id(start), case_id=case["id"], person_id=need.person_id,
                 household_id=need.household_id, need_record_id=need.id,
                 worker_id=case["assigned_worker_id"], file_ref=case["number"],
                 application_on=start,
                 application_channel=rng.choice(["osobně", "osobně", "poštou",
                                                 "datovou schránkou"]),
                 inquiry_started_on=start, created_at=self.at(start))
        self.procedures.append(p)
        state = dict(state=NeedState.PENDING, registered_on=None, valid_until=None,
                     assessment_done_on=None)
        done = _weekday(start + dt.timedelta(days=rng.randint(3, 12)))
        if done > today:
            return self._need(need, state)
        p.update(inquiry_done_on=done, inquiry_findings=(
            "Domácnost bydlí bez nájemní smlouvy, hrozí jí ztráta bydlení." if wants_entry else
            "Příjem domácnosti převyšuje hranici pro zápis."))
        state["assessment_done_on"] = done
        asked = _weekday(done + dt.timedelta(days=rng.randint(1, 4)))
        if asked > today:
            return self._need(need, state)
        days = self.legal.int_on("procedure.opinion_days", asked)
        p.update(opinion_requested_on=asked, opinion_due_on=asked + dt.timedelta(days=days))
        # most opinions come within the period, some late
        got = _weekday(asked + dt.timedelta(days=rng.randint(10, 28) if rng.random() < 0.8
                                            else rng.randint(33, 60)))
        reminder = (f"Stanovisko Úřadu práce k řízení {p['file_ref']}: ověřit, zda došlo",
                    p["opinion_due_on"], TaskSource.PROCEDURE_OPINION, asked,
                    f"Žádost o závazné stanovisko (§ 18) odeslána {_d(asked)}.")
        if got > today:
            self.task(p, *reminder)
            return self._need(need, state)
        self.task(p, *reminder, done_on=got)
        p.update(opinion_received_on=got, opinion_ref=f"UPCR-{rng.randint(10000, 99999)}/"
                                                       f"{got.year}",
                 opinion_result=OpinionResult.MEETS if wants_entry
                 else OpinionResult.DOES_NOT_MEET)
        decided = _weekday(max(got + dt.timedelta(days=rng.randint(2, 8)), MEASURES_FROM))
        if decided > today:
            return self._need(need, state)
        outcome = DecisionOutcome.ENTERED if wants_entry else DecisionOutcome.REJECTED
        p.update(decision_on=decided, decision_ref=f"MUTR {1000 + self.serial}/{decided.year}",
                 decision_outcome=outcome, decision_reason=(
                     "Domácnost je v bytové nouzi, její příjem nepřesahuje hranici podle "
                     "zákona a Úřad práce vydal kladné závazné stanovisko." if wants_entry else
                     "Příjem domácnosti převyšuje hranici podle zákona; Úřad práce vydal "
                     "záporné závazné stanovisko."))
        delivered = decided + dt.timedelta(days=rng.randint(1, 6))
        if delivered > today:
            return self._need(need, state)
        appeal = deadlines.appeal_deadline(delivered,
                                           self.legal.int_on("procedure.appeal_days", delivered))
        p.update(delivered_on=delivered, appeal_until=appeal)
        final = appeal + dt.timedelta(days=1)
        final_task = (f"Vyznačit právní moc rozhodnutí č. j. {p['decision_ref']}", final,
                      TaskSource.PROCEDURE_FINAL, delivered,
                      f"Lhůta pro odvolání do {_d(appeal)}.")
        if final > today:
            self.task(p, *final_task)
            return self._need(need, state)
        self.task(p, *final_task, done_on=final)
        p.update(final_on=final)
        if not wants_entry:
            state["state"] = NeedState.REJECTED
            return self._need(need, state)
        entered = _weekday(final + dt.timedelta(days=rng.randint(0, 3)))
        if entered > today:
            return self._need(need, state)
        months = self.legal.int_on("housing.need_validity_months", entered)
        valid = add_months(entered, months)
        p.update(entry_on=entered, entry_ref=f"EP-{entered.year}-{self.serial:04d}",
                 entry_valid_until=valid)
        self.task(p, f"Zápis č. {p['entry_ref']} končí {_d(valid)}: prověřit trvání "
                     "potřeby", valid - dt.timedelta(days=30), TaskSource.PROCEDURE_EXPIRY,
                  entered, f"Platnost zápisu ({months} měsíců) končí {_d(valid)}.")
        state.update(state=NeedState.EXPIRED if valid < self.today else NeedState.REGISTERED,
                     registered_on=entered, valid_until=valid)
        self._need(need, state)

    def _need(self, need, state: dict) -> None:
        if self.closed and state["state"] == NeedState.PENDING:
            # the case closed before the procedure ended: the demo keeps only
            # procedures that ended while the case was open
            del self.procedures[self.mark[0]:], self.tasks[self.mark[1]:]
            return
        self.needs.append(dict(state, id=need.id))


def build_procedures(ctx: DemoContext) -> None:
    cases = (ctx.extra.get("intake") or {}).get("cases") or []
    if not cases:
        return
    b = _Builder(ctx)
    by_person: dict[str, dict] = {}
    for c in sorted(cases, key=lambda c: c["opened_on"]):
        by_person.setdefault(c["person_id"], c)
    with Session(bind=ctx.conn) as s:
        needs = s.scalars(select(HousingNeedRecord).order_by(HousingNeedRecord.id)).all()
        rows = [(n, by_person.get(n.person_id)) for n in needs]
        s.expunge_all()
    for need, case in rows:
        if case is None or not case.get("number"):
            continue
        # the intake demo decided who qualifies: registered (or since expired) ones
        # were eligible, pending ones with income over the limit were not
        wants = need.state in (NeedState.REGISTERED, NeedState.EXPIRED) or bool(
            need.income_eligible)
        b.procedure(need, case, wants)
    ctx.insert("housing_procedure", b.procedures)
    ctx.insert("task", b.tasks)
    table = HousingNeedRecord.__table__
    for n in b.needs:
        ctx.conn.execute(update(table).where(table.c.id == n["id"]).values(
            state=n["state"], registered_on=n["registered_on"],
            valid_until=n["valid_until"], assessment_done_on=n["assessment_done_on"],
            updated_at=table.c.updated_at))     # as inserted, not the clock's


def freeze_documents(ctx: DemoContext) -> None:
    """Issued decisions, signed contracts and decided renewals (amendment or
    notice) carry their frozen snapshot, as those the application makes do.
    The demo's last step: the documents then show the final data (the address
    step's postcodes, the guardians valid on the day of signing)."""
    from ..cases.procedure_documents import _data as decision_data
    from ..cases.procedure_documents import _snapshot as decision_snapshot
    from ..cases.procedure_documents import default_template
    from ..leases import config as lease_config
    from ..leases.documents import (_contract_from, _renewal_from, _renewal_snapshot,
                                    _snapshot as contract_snapshot, _sources)
    proc_table, lease_table = HousingProcedure.__table__, Lease.__table__
    with Session(bind=ctx.conn) as s, settings.snapshot(s):
        template = default_template("decision")
        decided = s.scalars(select(HousingProcedure).where(
            HousingProcedure.decision_on.is_not(None))).all()
        # held for the block, so each decision finds its applicant in the
        # session instead of one query each (a round trip each on PostgreSQL)
        held = s.scalars(select(Person).where(Person.id.in_(
            select(HousingProcedure.person_id).where(
                HousingProcedure.decision_on.is_not(None))))).all()
        # household members as on the demo's day, not the clock's (deterministic)
        frozen = [(p.id, decision_snapshot(decision_data(s, p, "decision", template,
                                                         today=ctx.today)))
                  for p in decided]
        # contracts and renewals (as contract_snapshots and renewal_snapshots
        # make them) from one set of reads for all their leases, not one each
        signed = s.scalars(select(Lease).where(Lease.signed_on.is_not(None),
                                               Lease.contract_snapshot_json.is_(None))).all()
        decided = s.scalars(select(Renewal).where(
            Renewal.decision != RenewalDecision.PENDING,
            Renewal.document_snapshot_json.is_(None))).all()
        leases = {x.id: x for x in s.scalars(select(Lease).where(Lease.id.in_(
            select(Renewal.lease_id).where(Renewal.decision != RenewalDecision.PENDING,
                                           Renewal.document_snapshot_json.is_(None)))))}
        leases.update((x.id, x) for x in signed)
        src = _sources(s, list(leases.values()), on=ctx.today)
        wording = lease_config.contract_template(s)
        contracts = [(x.id, json.dumps(contract_snapshot(_contract_from(src, x, wording)),
                                       ensure_ascii=False, sort_keys=True)) for x in signed]
        renewals = [(r.id, _renewal_snapshot(_renewal_from(src, r, leases[r.lease_id])))
                    for r in decided]
        del held
        s.expunge_all()
    # one statement per table (executemany: pipelined on PostgreSQL)
    for table, column, rows in ((Renewal.__table__, "document_snapshot_json", renewals),
                                (proc_table, "decision_snapshot_json", frozen),
                                (lease_table, "contract_snapshot_json", contracts)):
        if rows:
            ctx.conn.execute(update(table).where(table.c.id == bindparam("row_id"))
                             # updated_at as inserted, not the clock's (deterministic)
                             .values({column: bindparam("snap"), "updated_at": table.c.updated_at}),
                             [{"row_id": rid, "snap": snap} for rid, snap in rows])
