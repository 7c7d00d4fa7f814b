"""Demo leases and crisis fund.

Every occupied flat gets a lease. About seventy of the KMB client households
were housed through the KMB over the last three years (via_kmb, one-year
leases renewed each year); some of them have since moved out, so retention
has true figures. The other occupied flats are let to ordinary tenants:
generated households in the same style as the KMB clients (they are not KMB
clients and are not added to ``ctx.persons``; ``ctx.extra["tenant_households"]``
lists them). Some leases end within 60 days, some have rent arrears (with
the eviction-prevention task for the social worker), and the crisis fund has
a year of requests in every state with its budget.
"""
from __future__ import annotations

import datetime as dt
import json

from sqlalchemy.orm import Session

from models.cases import TaskSource
from models.fund import FundDecisionOutcome, FundPurpose, FundRequestState
from models.housing import FlatCategory, FlatStatus
from models.leases import (ArrearsSource, EndReason, LeaseState, RenewalDecision,
                           RenewalProposal, ServiceKind)
from models.people import Relation, Sex
from models.settings import setting_id

from ..czech_text import fold, person_sort_key
from ..formatting import format_money
from ..leases import config
from ..leases.common import add_months, month_start, responsible_worker, term_end
from ..leases.documents import SIGNING_PLACE
from ..leases.records import split_services
from .context import DemoContext
from .people import _birth_number, _household_name, _household_people

ALERT_HAL = 200_000          # the default alert threshold (config.ARREARS_ALERT)
KMB_SHARE = {FlatCategory.SOCIAL: 1.0, FlatCategory.SPECIAL_PURPOSE: 0.35,
             FlatCategory.SENIORS: 0.08, FlatCategory.STANDARD: 0.07,
             FlatCategory.KEY_PROFESSIONS: 0.0}
END_REASONS = [(EndReason.MOVED_OUT, 35), (EndReason.NOTICE, 28), (EndReason.AGREEMENT, 20),
               (EndReason.DEATH, 5), (EndReason.TRANSFER, 12)]


def _ico(base: str) -> str:
    """A made-up IČO with a valid check digit."""
    total = sum(int(d) * w for d, w in zip(base, range(8, 1, -1)))
    rest = total % 11
    check = 1 if rest == 0 else 0 if rest == 1 else 11 - rest
    return base + str(check % 10)


class _Builder:
    def __init__(self, ctx: DemoContext):
        self.ctx = ctx
        self.rng = ctx.rng
        self.today = ctx.today
        self.buildings = {b["id"]: b for b in ctx.buildings}
        self.leases: list[dict] = []
        self.services: list[dict] = []
        self.renewals: list[dict] = []
        self.balances: list[dict] = []
        self.persons: list[dict] = []
        self.households: list[dict] = []
        self.members: list[dict] = []
        self.addresses: list[dict] = []
        self.contacts: list[dict] = []
        self.tenant_households: list[str] = []
        self.renewed_times: dict[str, int] = {}
        self.pending: list[dict] = []        # renewals waiting for a decision
        self.lead = ctx.users.get("petr.horak")

    # -- people ----------------------------------------------------------------
    def tenant_household(self, flat: dict, since: dt.date) -> tuple[str, str]:
        """A generated tenant household living in ``flat``: (household id, tenant id)."""
        ctx, rng = self.ctx, self.rng
        b = self.buildings[flat["building_id"]]
        addr_id = ctx.new_id()
        self.addresses.append(dict(id=addr_id, street=b["street"], house_number=b["house_number"],
                                   city=b["city"], postcode=b["postcode"]))
        people = _household_people(ctx)
        if flat["category"] == FlatCategory.SENIORS:
            people = people[:1]
        head = people[0][0]
        hh_id = ctx.new_id()
        self.households.append(dict(id=hh_id, name=_household_name(head, len(people)),
                                    address_id=addr_id))
        self.tenant_households.append(hh_id)
        for p, relation in people:
            female = p.sex == "F"
            self.persons.append(dict(
                id=p.id, given_name=p.given_name, surname=p.surname, birth_date=p.birth_date,
                birth_number=_birth_number(ctx, p.birth_date, female),
                sex=Sex.FEMALE if female else Sex.MALE, citizenship="ČR",
                permanent_address_id=addr_id, search_surname=fold(p.surname),
                search_given=fold(p.given_name),
                sort_key=person_sort_key(p.surname, p.given_name)))
            self.members.append(dict(id=ctx.new_id(), household_id=hh_id, person_id=p.id,
                                     relation=relation, since=since, until=None))
            if relation == Relation.HEAD and rng.random() < 0.6:
                self.contacts.append(dict(
                    id=ctx.new_id(), person_id=p.id, kind="phone",
                    value=f"+420 {rng.choice([603, 604, 731, 737, 776, 605])} "
                          f"{rng.randint(100, 999)} {rng.randint(100, 999)}"))
        return hh_id, head.id

    # -- leases ----------------------------------------------------------------
    def lease(self, flat: dict, household_id: str, tenant_id: str, start: dt.date, *,
              term: int | None, via_kmb: bool, ended: tuple[dt.date, EndReason] | None = None,
              note: str | None = None) -> dict:
        rng = self.rng
        signed = start - dt.timedelta(days=rng.randint(3, 20))
        lease_id = self.ctx.new_id(signed)
        ends_on, state = None, LeaseState.ACTIVE
        renewals = []
        if term:
            ends_on = term_end(start, term)
            horizon = ended[0] if ended else self.today
            while ends_on < horizon:          # renewed at every term end until now
                renewals.append(ends_on)
                ends_on = term_end(ends_on + dt.timedelta(days=1), term)
            if renewals:
                state = LeaseState.RENEWED
        if ended:
            state = LeaseState.ENDED
        rent = flat["rent_hal"]
        row = dict(id=lease_id, number=None, flat_id=flat["id"], household_id=household_id,
                   tenant_id=tenant_id, offer_id=None, state=state, starts_on=start,
                   ends_on=ends_on, term_months=term, rent_hal=rent,
                   deposit_hal=rent * rng.choice([2, 2, 3]) if via_kmb or start.year > 2012
                   else rent, signed_on=signed,
                   moved_in_on=start + dt.timedelta(days=rng.choice([0, 0, 1, 2, 5])),
                   ended_on=ended[0] if ended else None,
                   end_reason=ended[1] if ended else None,
                   end_note=None, via_kmb=via_kmb, note=note,
                   created_at=dt.datetime(signed.year, signed.month, signed.day, 10))
        self.leases.append(row)
        self.renewed_times[lease_id] = len(renewals)
        b = self.buildings[flat["building_id"]]
        for line in split_services(flat["services_hal"], b["has_lift"]):
            self.services.append(dict(id=self.ctx.new_id(), lease_id=lease_id, kind=line.kind,
                                      advance_hal=line.advance_hal))
        history_from = add_months(self.today, -36)   # the records kept in the app
        for k, prev_end in enumerate(renewals, start=1):
            if prev_end < history_from:
                continue
            check = prev_end - dt.timedelta(days=rng.randint(45, 60))
            debt = rng.random() < 0.12
            arrears = rng.randint(2, 12) * 50_000 if debt else 0
            self.renewals.append(dict(
                id=self.ctx.new_id(check), lease_id=lease_id, check_on=check,
                arrears_hal=arrears, threshold_hal=0,
                proposal=RenewalProposal.NEEDS_DECISION if debt else RenewalProposal.AUTOMATIC,
                decision=RenewalDecision.APPROVED,
                decided_on=check + dt.timedelta(days=rng.randint(3, 20)) if debt else check,
                decided_by_id=self.lead,
                previous_ends_on=prev_end,
                new_ends_on=term_end(prev_end + dt.timedelta(days=1), term),
                amendment_number=f"@{lease_id}/D{k}",
                note=("Dluh uhrazen splátkovým kalendářem; prodlouženo rozhodnutím vedoucí KMB."
                      if debt else "Automaticky: bez dluhu na nájemném.")))
        return row

    def number_leases(self) -> None:
        next_number = self.ctx.numberer("lease")
        for row in sorted(self.leases, key=lambda r: (r["signed_on"], r["id"])):
            row["number"] = next_number(row["signed_on"].year)
        numbers = {r["id"]: r["number"] for r in self.leases}
        for r in self.renewals:
            lease_id, k = r["amendment_number"][1:].rsplit("/D", 1)
            r["amendment_number"] = f"{numbers[lease_id]}/D{k}"


def _kmb_households(ctx: DemoContext) -> list[tuple[dict, str, int]]:
    """KMB client households with their head: (household, head id, head age)."""
    heads = {}
    for p in ctx.persons:
        if p.relation == Relation.HEAD.value and p.household_id not in heads:
            age = ctx.today.year - p.birth_date.year
            heads[p.household_id] = (p.id, age)
    return [(h, *heads[h["id"]]) for h in ctx.households if h["id"] in heads]


def build_leases(ctx: DemoContext) -> None:
    rng, today = ctx.rng, ctx.today
    bld = _Builder(ctx)
    occupied = [f for f in ctx.flats if f["status"] == FlatStatus.OCCUPIED]
    vacant = [f for f in ctx.flats if f["status"] == FlatStatus.VACANT]
    kmb = _kmb_households(ctx)
    rng.shuffle(kmb)
    seniors = [k for k in kmb if k[2] >= 65]
    others = [k for k in kmb if k[2] < 65]
    window_start = add_months(month_start(today), -36)
    kmb_flats = [f for f in occupied if rng.random() < KMB_SHARE[f["category"]]]
    kmb_flats.sort(key=lambda f: f["id"])
    spare = [f for f in occupied if f not in kmb_flats and f["category"] == FlatCategory.STANDARD]
    rng.shuffle(spare)
    taken = {f["id"] for f in kmb_flats}
    relet = []              # flats whose KMB lease ended: let again afterwards
    kmb_end_vacant = [f for f in vacant
                      if f["category"] != FlatCategory.KEY_PROFESSIONS][:8]
    for flat in kmb_flats + kmb_end_vacant:
        pool = seniors if flat["category"] == FlatCategory.SENIORS and seniors else others
        if not pool:
            break
        hh, head, _ = pool.pop()
        start = month_start(ctx.date_between(window_start, today - dt.timedelta(days=20)))
        months_housed = (today.year - start.year) * 12 + today.month - start.month
        ends = None
        if flat in kmb_end_vacant:
            ends = today - dt.timedelta(days=rng.randint(15, 150))
            if ends <= start + dt.timedelta(days=45):
                ends = None
        elif months_housed > 4 and rng.random() < 0.16:
            ends = start + dt.timedelta(days=rng.randint(60, max(61, months_housed * 30 - 40)))
        if ends is None and flat in kmb_end_vacant:
            continue
        reason = rng.choices([r for r, _ in END_REASONS], weights=[w for _, w in END_REASONS])[0] \
            if ends else None
        if reason == EndReason.TRANSFER and not spare:
            reason = EndReason.MOVED_OUT
        bld.lease(flat, hh["id"], head, start, term=12, via_kmb=True,
                  ended=(ends, reason) if ends else None)
        if ends and reason == EndReason.TRANSFER:
            new_flat = spare.pop()
            taken.add(new_flat["id"])
            bld.lease(new_flat, hh["id"], head, ends + dt.timedelta(days=1), term=12,
                      via_kmb=True, note="Přestěhování do většího bytu.")
        if ends and flat["status"] == FlatStatus.OCCUPIED:
            relet.append((flat, ends))
    # every other occupied flat: an ordinary tenant household
    relet_ids = {f["id"] for f, _ in relet}
    for flat, ended in relet:
        start = month_start(add_months(ended, 1))
        if start > today:
            start = ended + dt.timedelta(days=1)
        hh, tenant = bld.tenant_household(flat, start)
        bld.lease(flat, hh, tenant, start, term=12, via_kmb=False)
    for flat in occupied:
        if flat["id"] in taken or flat["id"] in relet_ids:
            continue
        since = ctx.date_between(dt.date(1998, 1, 1), today - dt.timedelta(days=40))
        start = month_start(since)
        fixed = flat["category"] != FlatCategory.STANDARD or start.year >= 2014 \
            or rng.random() < 0.3
        term = (24 if flat["category"] == FlatCategory.KEY_PROFESSIONS else 12) if fixed else None
        hh, tenant = bld.tenant_household(flat, start)
        bld.lease(flat, hh, tenant, start, term=term, via_kmb=False)
    ctx.extra["tenant_households"] = bld.tenant_households

    bld.number_leases()
    _arrears(ctx, bld)
    _current_renewals(ctx, bld)
    _settings(ctx)
    ctx.insert("address", bld.addresses)
    ctx.insert("person", bld.persons)
    ctx.insert("household", bld.households)
    ctx.insert("household_member", bld.members)
    ctx.insert("person_contact", bld.contacts)
    ctx.insert("lease", bld.leases)
    ctx.insert("lease_service", bld.services)
    ctx.insert("renewal", bld.renewals)
    ctx.insert("arrears_balance", bld.balances)
    _tasks(ctx, bld)
    ctx.extra["leases"] = bld.leases


def _arrears(ctx: DemoContext, bld: _Builder) -> None:
    """Balances of the last closed month for every lease in force, and a few
    months of history for the households in debt; more debtors among the
    leases that end soon so that some renewals need a decision."""
    rng, today = ctx.rng, ctx.today
    last = month_start(month_start(today) - dt.timedelta(days=1))
    months = [month_start(add_months(last, -k)) for k in range(5, -1, -1)]
    soon = today + dt.timedelta(days=60)
    for lease in bld.leases:
        if lease["state"] == LeaseState.ENDED or lease["starts_on"] > last:
            continue
        ending = lease["ends_on"] is not None and today <= lease["ends_on"] <= soon
        debtor = rng.random() < (0.3 if ending else 0.07)
        debt = 0
        for month in months:
            if month < month_start(lease["starts_on"]):
                continue
            if debtor:
                step = rng.choice([0, 1, 1, 2]) * lease["rent_hal"] // 2
                debt = max(0, debt + step - (rng.random() < 0.25) * lease["rent_hal"])
                debt = debt // 100 * 100 + (rng.randint(0, 99) * 100 if debt else 0)
            elif month != last:
                continue
            bld.balances.append(dict(
                id=ctx.new_id(month + dt.timedelta(days=40)), lease_id=lease["id"], month=month,
                balance_hal=debt, source=ArrearsSource.IMPORT,
                source_file=f"saldo-{month.year}-{month.month:02d}.csv"))


def _current_renewals(ctx: DemoContext, bld: _Builder) -> None:
    """The renewal check has run for the leases ending within 25 days: those
    without debt were renewed automatically, the debtors' proposals wait for a
    decision. Leases ending later wait for the next check."""
    today, rng = ctx.today, ctx.rng
    latest: dict[str, tuple[dt.date, int]] = {}
    for b in bld.balances:
        if b["lease_id"] not in latest or b["month"] > latest[b["lease_id"]][0]:
            latest[b["lease_id"]] = (b["month"], b["balance_hal"])
    for lease in bld.leases:
        ends = lease["ends_on"]
        if lease["state"] == LeaseState.ENDED or not ends \
                or not today <= ends <= today + dt.timedelta(days=30):
            continue
        debt = latest.get(lease["id"], (None, 0))[1]
        check = min(ends - dt.timedelta(days=60) + dt.timedelta(days=rng.randint(0, 5)),
                    today - dt.timedelta(days=2))
        row = dict(id=ctx.new_id(check), lease_id=lease["id"], check_on=check, arrears_hal=debt,
                   threshold_hal=0, previous_ends_on=ends)
        if debt > 0:
            row.update(proposal=RenewalProposal.NEEDS_DECISION, decision=RenewalDecision.PENDING)
            bld.pending.append(row)
        elif ends <= today + dt.timedelta(days=25):
            k = bld.renewed_times[lease["id"]] + 1
            new_end = term_end(ends + dt.timedelta(days=1), lease["term_months"])
            row.update(proposal=RenewalProposal.AUTOMATIC, decision=RenewalDecision.APPROVED,
                       decided_on=check, decided_by_id=bld.lead, new_ends_on=new_end,
                       amendment_number=f"{lease['number']}/D{k}",
                       note="Automaticky: bez dluhu na nájemném.")
            lease["ends_on"], lease["state"] = new_end, LeaseState.RENEWED
        else:
            continue
        bld.renewals.append(row)


def _tasks(ctx: DemoContext, bld: _Builder) -> None:
    """The eviction-prevention task of every lease whose latest balance is
    above the alert threshold (for the household's worker, as the services
    do), and the KMB lead's task for every renewal waiting for a decision."""
    today = ctx.today
    latest: dict[str, dict] = {}
    for b in bld.balances:
        if b["lease_id"] not in latest or b["month"] > latest[b["lease_id"]]["month"]:
            latest[b["lease_id"]] = b
    leases = {r["id"]: r for r in bld.leases}
    names = {h["id"]: h["name"] for h in ctx.households + bld.households}
    tasks = []
    with Session(bind=ctx.conn) as s:
        for lease_id, b in sorted(latest.items()):
            lease = leases[lease_id]
            if b["balance_hal"] > ALERT_HAL:
                owner, case_id = responsible_worker(s, lease["household_id"], lease["tenant_id"])
                tasks.append(dict(
                    id=ctx.new_id(),
                    title=f"Dluh na nájemném {format_money(b['balance_hal'], nbsp=False)} – "
                          f"{names[lease['household_id']]}",
                    detail=f"Smlouva {lease['number']}. Prevence ztráty bydlení: kontaktujte "
                           "domácnost a domluvte splátky.",
                    case_id=case_id, person_id=lease["tenant_id"],
                    household_id=lease["household_id"], flat_id=lease["flat_id"],
                    owner_id=owner, due_on=today + dt.timedelta(days=7),
                    source=TaskSource.ARREARS, source_ref=b["id"]))
    for r in bld.pending:
        lease = leases[r["lease_id"]]
        tasks.append(dict(
            id=ctx.new_id(), title=f"Rozhodnout o prodloužení smlouvy {lease['number']} "
            f"– dluh {format_money(r['arrears_hal'], nbsp=False)}",
            person_id=lease["tenant_id"], household_id=lease["household_id"],
            flat_id=lease["flat_id"], owner_id=bld.lead,
            due_on=min(r["previous_ends_on"], today + dt.timedelta(days=14)),
            source=TaskSource.RENEWAL, source_ref=r["id"]))
    ctx.insert("task", tasks)


def _settings(ctx: DemoContext) -> None:
    town = ctx.place["city"]
    values = {SIGNING_PLACE: "V Trutnově" if town == "Trutnov" else f"{town},",
              config.LANDLORD_ID: _ico("0027" + str(ctx.rng.randint(100, 999))),
              config.LANDLORD_NAME: f"Město {town}" if town == "Trutnov"
              else "Statutární město (ukázka)",
              config.LANDLORD_REPRESENTATIVE: "Tomáš Krejčí, vedoucí majetkového odboru"}
    ctx.insert("setting", [dict(id=setting_id(k), key=k,
                                value_json=json.dumps(v, ensure_ascii=False, sort_keys=True))
                           for k, v in values.items()])


# -- crisis fund --------------------------------------------------------------------

PURPOSE_AMOUNTS = {FundPurpose.DEPOSIT: (8_000, 18_000), FundPurpose.RENT_ARREARS: (4_000, 25_000),
                   FundPurpose.FIRST_RENT: (4_000, 9_000), FundPurpose.FURNISHING: (3_000, 12_000),
                   FundPurpose.OTHER: (2_000, 6_000)}
JUSTIFICATIONS = {
    FundPurpose.DEPOSIT: "Domácnost získala nabídku obecního bytu, jistotu nemá z čeho složit.",
    FundPurpose.RENT_ARREARS: "Dluh vznikl po ztrátě zaměstnání; hrozí výpověď z nájmu. "
                              "Domácnost má nový příjem a zvládne splátky.",
    FundPurpose.FIRST_RENT: "První nájem před výplatou dávek; domácnost se stěhuje z ubytovny.",
    FundPurpose.FURNISHING: "Byt je bez základního vybavení (postele, lednice).",
    FundPurpose.OTHER: "Úhrada vratné kauce za energie u nového dodavatele.",
}
APPROVE_REASONS = ["Podmínky fondu splněny, domácnost spolupracuje se sociální pracovnicí.",
                   "Schváleno; zabrání ztrátě bydlení, splátky odpovídají příjmu.",
                   "Schváleno v nižší výši podle doložených nákladů."]
REJECT_REASONS = ["Domácnost nesplácí předchozí půjčku z fondu.",
                  "Požadavek lze řešit dávkou mimořádné okamžité pomoci.",
                  "Nedoloženy příjmy domácnosti potřebné k posouzení splátek."]
# (target state, how many) – a year of requests in every state
FUND_PLAN = [(FundRequestState.FILED, 4), (FundRequestState.REJECTED, 4),
             (FundRequestState.APPROVED, 3), (FundRequestState.PAID, 3),
             (FundRequestState.REPAYING, 9), (FundRequestState.CLOSED, 6)]


def build_fund(ctx: DemoContext) -> None:
    rng, today = ctx.rng, ctx.today
    lead = ctx.users.get("petr.horak")
    budgets = [dict(id=ctx.new_id(dt.date(y, 1, 5)), year=y,
                    amount_hal=(450_000 if y < today.year else 500_000) * 100,
                    note="Usnesení rady města o rozpočtu krizového fondu.")
               for y in (today.year - 1, today.year)]
    heads = _kmb_households(ctx)
    rng.shuffle(heads)
    requests, decisions, payments, plans, repayments = [], [], [], [], []
    plan = [state for state, n in FUND_PLAN for _ in range(n)]
    for i, state in enumerate(plan):
        hh, head, _ = heads[i % len(heads)]
        recent = state in (FundRequestState.FILED, FundRequestState.APPROVED)
        if recent:
            filed = today - dt.timedelta(days=rng.randint(2, 25))
        elif state == FundRequestState.CLOSED:
            filed = today - dt.timedelta(days=rng.randint(200, 360))
        else:
            filed = today - dt.timedelta(days=rng.randint(60, 300))
        purpose = rng.choice([FundPurpose.DEPOSIT, FundPurpose.DEPOSIT,
                              FundPurpose.RENT_ARREARS, FundPurpose.RENT_ARREARS,
                              FundPurpose.FIRST_RENT, FundPurpose.OTHER]
                             if state in (FundRequestState.REPAYING, FundRequestState.CLOSED)
                             else list(FundPurpose))
        lo, hi = PURPOSE_AMOUNTS[purpose]
        amount = rng.randint(lo // 100, hi // 100) * 100 * 100
        rid = ctx.new_id(filed)
        requests.append(dict(id=rid, number=None, household_id=hh["id"], person_id=head,
                             case_id=None, filed_on=filed, purpose=purpose, amount_hal=amount,
                             justification=JUSTIFICATIONS[purpose], state=state,
                             worker_id=rng.choice(ctx.workers) if ctx.workers else None))
        if state == FundRequestState.FILED:
            continue
        decided = filed + dt.timedelta(days=rng.randint(3, 12))
        if state == FundRequestState.REJECTED:
            decisions.append(dict(id=ctx.new_id(decided), request_id=rid,
                                  outcome=FundDecisionOutcome.REJECTED, approved_hal=0,
                                  decided_on=decided, decided_by_id=lead,
                                  reason=rng.choice(REJECT_REASONS), budget_override=False))
            continue
        approved = amount if rng.random() < 0.75 else amount * 8 // 10 // 10_000 * 10_000
        decisions.append(dict(id=ctx.new_id(decided), request_id=rid,
                              outcome=FundDecisionOutcome.APPROVED, approved_hal=approved,
                              decided_on=decided, decided_by_id=lead,
                              reason=APPROVE_REASONS[0] if approved == amount
                              else APPROVE_REASONS[2], budget_override=False))
        if state == FundRequestState.APPROVED:
            continue
        paid_on = decided + dt.timedelta(days=rng.randint(2, 10))
        payments.append(dict(id=ctx.new_id(paid_on), request_id=rid, paid_on=paid_on,
                             amount_hal=approved,
                             recipient="Správa bytů města" if purpose in (
                                 FundPurpose.DEPOSIT, FundPurpose.RENT_ARREARS)
                             else "žadatel", note=None))
        repayable = purpose != FundPurpose.FURNISHING
        if state == FundRequestState.PAID or not repayable:
            continue
        parts = rng.choice([2, 3, 4]) if state == FundRequestState.CLOSED \
            else rng.choice([6, 10, 12])
        installment = max(50_000, -(-approved // parts // 10_000) * 10_000)
        first_due = month_start(add_months(paid_on, 1)) + dt.timedelta(days=14)
        plans.append(dict(id=ctx.new_id(paid_on), request_id=rid, total_hal=approved,
                          installment_hal=installment, first_due_on=first_due,
                          note="Splátky vždy k 15. dni měsíce."))
        repaid, due = 0, first_due
        while repaid < approved and (due <= today or state == FundRequestState.CLOSED):
            amount_now = min(installment, approved - repaid)
            if state == FundRequestState.REPAYING and repaid + amount_now >= approved:
                break
            repayments.append(dict(id=ctx.new_id(due), request_id=rid, paid_on=min(due, today),
                                   amount_hal=amount_now, note=None))
            repaid += amount_now
            due = add_months(due, 1)
        if state == FundRequestState.CLOSED and repaid < approved:  # pragma: no cover
            requests[-1]["state"] = FundRequestState.REPAYING
    next_number = ctx.numberer("fund")
    for r in sorted(requests, key=lambda r: (r["filed_on"], r["id"])):
        r["number"] = next_number(r["filed_on"].year)
    ctx.insert("fund_budget", budgets)
    ctx.insert("fund_request", requests)
    ctx.insert("fund_decision", decisions)
    ctx.insert("fund_payment", payments)
    ctx.insert("repayment_plan", plans)
    ctx.insert("fund_repayment", repayments)


__all__ = ["build_leases", "build_fund", "ServiceKind"]
