"""Demo private landlords and bydlení s ručením.

Eight landlords (five private persons, three companies; made-up names, IČO
and account numbers with valid check digits) let flats to KMB client
households that have no municipal lease: leases and subleases over the last
two years, most guaranteed by the town (ručení) with a few claims paid, one
with another guarantor, one without, two ended and one being arranged. The
crisis-fund deposits and arrears of those households were paid to their
landlord. Runs last with its own random generator: earlier steps stay as they
were."""
from __future__ import annotations

import datetime as dt
import random
import uuid

from sqlalchemy import select, update

from models.fund import FundPayment, FundPurpose, FundRequest
from models.landlords import Guarantor, LandlordKind, PrivateLeaseKind, PrivateLeaseState

from ..leases.common import add_months
from .context import DemoContext
from .leases import _kmb_households
from .names import MALE_GIVEN, SURNAMES

SEED = 20261602
COMPANIES = [("Krkonošská bytová s.r.o.", "Ing. Radek Vávra"),
             ("Bytové družstvo Pod Hradem", "Marie Tůmová"),
             ("Úpa Reality a.s.", "Mgr. Ondřej Šebesta")]
BANKS = ["0800", "0100", "0300", "2010", "0600", "5500"]
NUMBER_WEIGHTS = (6, 3, 7, 9, 10, 5, 8, 4, 2, 1)
CLAIM_REASONS = ["Dlužné nájemné za {0}, nájemce nezaplatil ani po upomínce.",
                 "Neuhrazené zálohy na služby za {0}.",
                 "Náhrada škody na vybavení bytu zjištěná při kontrole."]
MONTHS = ["leden", "únor", "březen", "duben", "květen", "červen", "červenec", "srpen",
          "září", "říjen", "listopad", "prosinec"]


def _ico(rng: random.Random) -> str:
    while True:
        base = f"{rng.randint(1, 9)}{rng.randint(0, 999999):06d}"
        rest = sum(int(d) * w for d, w in zip(base, range(8, 1, -1))) % 11
        return base + str({0: 1, 1: 0}.get(rest, 11 - rest) % 10)


def _account(rng: random.Random) -> str:
    """A made-up account number that passes the ČNB check."""
    while True:
        first = f"{rng.randint(1, 9)}{rng.randint(0, 10**8 - 1):08d}"
        rest = sum(int(d) * w for d, w in zip(first, NUMBER_WEIGHTS)) % 11
        last = (11 - rest) % 11
        if last < 10:
            prefix = rng.choice(["", "", "19-", "35-"])
            return f"{prefix}{first}{last}/{rng.choice(BANKS)}"


class _Builder:
    def __init__(self, ctx: DemoContext):
        self.ctx, self.today = ctx, ctx.today
        self.rng = random.Random(SEED)

    def new_id(self, day: dt.date) -> str:
        ms = int(dt.datetime(day.year, day.month, day.day, 10, tzinfo=dt.UTC).timestamp() * 1000)
        value = ((ms & ((1 << 48) - 1)) << 80 | 0x7 << 76 | self.rng.getrandbits(12) << 64
                 | 0b10 << 62 | self.rng.getrandbits(62))
        return str(uuid.UUID(int=value))

    def at(self, day: dt.date) -> dict:
        when = dt.datetime(day.year, day.month, day.day, 9) + dt.timedelta(
            minutes=self.rng.randint(0, 6 * 60))
        return dict(created_at=when, updated_at=when)

    def landlords(self) -> list[dict]:
        rng, since = self.rng, self.today - dt.timedelta(days=800)
        streets, city = self.ctx.place["streets"], self.ctx.place["city"]
        rows = []
        for i in range(5):
            surname = rng.choice(SURNAMES)[0]
            name = f"{rng.choice(MALE_GIVEN)} {surname}"
            rows.append(dict(kind=LandlordKind.PERSON, name=name, ico=None, contact_person=None,
                             phone=f"+420 6{rng.randint(0, 99):02d} {rng.randint(100, 999)} "
                                   f"{rng.randint(100, 999)}",
                             email=None if i % 2 else f"{surname.lower()}.pronajem@example.cz",
                             note="Pronajímá byt po rodičích." if i == 0 else None))
        for name, contact in COMPANIES:
            rows.append(dict(kind=LandlordKind.COMPANY, name=name, ico=_ico(rng),
                             contact_person=contact,
                             phone=f"+420 499 {rng.randint(100, 999)} {rng.randint(100, 999)}",
                             email=f"najem@{name.split()[0].lower()}.example.cz", note=None))
        for r in rows:
            r.update(id=self.new_id(since), bank_account=_account(rng), active=True,
                     address=f"{rng.choice(streets)} {rng.randint(1, 600)}, {city}",
                     **self.at(since))
        rows[4]["active"] = False            # no longer lets to KMB clients
        rows[4]["note"] = "Byt prodal, s KMB už nespolupracuje."
        return rows

    def tenants(self, funded: dict) -> list[tuple[dict, str]]:
        """KMB client households without a municipal lease, those the fund paid
        for first: (household, head id)."""
        with_lease = {lease.get("household_id") for lease in self.ctx.extra.get("leases", [])}
        heads = [(h, head) for h, head, _age in _kmb_households(self.ctx)
                 if h["id"] not in with_lease]
        self.rng.shuffle(heads)
        heads.sort(key=lambda hh: hh[0]["id"] not in funded)
        return heads[:14]


def build_landlords(ctx: DemoContext) -> None:
    b = _Builder(ctx)
    rng, today = b.rng, ctx.today
    landlords = b.landlords()
    active = [lr for lr in landlords if lr["active"]]
    streets, city = ctx.place["streets"], ctx.place["city"]
    leases, guarantees, claims = [], [], []
    paid_to: dict[str, str] = {}              # household id → landlord id
    funded = _funded(ctx)
    for i, (hh, head) in enumerate(b.tenants(funded)):
        landlord = active[i % len(active)] if i != 13 else landlords[4]
        starts = today - dt.timedelta(days=rng.randint(20, 700))
        if hh["id"] in funded:              # the fund paid the deposit or arrears
            paid_on, purpose = funded[hh["id"]]
            starts = paid_on + dt.timedelta(days=3) if purpose != FundPurpose.RENT_ARREARS \
                else paid_on - dt.timedelta(days=rng.randint(120, 300))
        rent = rng.randint(55, 120) * 10_000
        state = (PrivateLeaseState.ENDED if i in (11, 13) else
                 PrivateLeaseState.PREPARED if i == 12 and hh["id"] not in funded
                 else PrivateLeaseState.ACTIVE)
        if state == PrivateLeaseState.PREPARED:
            starts = today + dt.timedelta(days=rng.randint(5, 20))
        guarantor = (Guarantor.OTHER if i == 9 else Guarantor.NONE if i == 10
                     else Guarantor.MUNICIPALITY)
        ends = add_months(starts, 12) - dt.timedelta(days=1)
        while ends < today and state == PrivateLeaseState.ACTIVE:
            ends = add_months(ends, 12)          # renewed by the landlord each year
        ended = (min(today - dt.timedelta(days=3), starts + dt.timedelta(days=rng.randint(120, 300)))
                 if state == PrivateLeaseState.ENDED else None)
        lease_id = b.new_id(min(starts, today))
        leases.append(dict(
            id=lease_id, landlord_id=landlord["id"], household_id=hh["id"], tenant_id=head,
            kind=PrivateLeaseKind.SUBLEASE if i % 5 == 3 else PrivateLeaseKind.LEASE,
            address=f"{rng.choice(streets)} {rng.randint(1, 600)}, byt č. {rng.randint(1, 12)}, "
                    f"{city}",
            contract_ref=f"{rng.randint(1, 40)}/{starts.year}" if landlord["kind"] ==
            LandlordKind.COMPANY else None,
            rent_hal=rent, deposit_hal=rent * rng.choice([1, 2, 2, 3]), starts_on=starts,
            ends_on=ends, state=state, guarantor=guarantor,
            guarantor_name="rodiče nájemce (písemné prohlášení)" if guarantor == Guarantor.OTHER
            else None, via_kmb=True, ended_on=ended,
            end_note="Domácnost se přestěhovala do obecního bytu." if i == 11
            else "Pronajímatel byt prodal; domácnost hledá nové bydlení s KMB." if i == 13
            else None,
            worker_id=rng.choice(ctx.workers) if ctx.workers else None,
            note="Bydlení s ručením obce podle dohody s pronajímatelem."
            if guarantor == Guarantor.MUNICIPALITY else None, **b.at(min(starts, today))))
        paid_to[hh["id"]] = landlord["id"]
        if guarantor != Guarantor.MUNICIPALITY or state == PrivateLeaseState.PREPARED:
            continue
        g_id = b.new_id(starts)
        amount = rent * 6
        guarantees.append(dict(id=g_id, number=None, private_lease_id=lease_id,
                               amount_hal=amount, starts_on=starts,
                               ends_on=add_months(starts, 24) - dt.timedelta(days=1),
                               note="Ručení do výše šesti měsíčních nájmů.", **b.at(starts)))
        if i % 3 == 0 and starts < today - dt.timedelta(days=120):
            for k in range(1 + i % 2):
                paid = starts + dt.timedelta(days=rng.randint(90, 110) + 35 * k)
                month = add_months(paid, -1)
                claims.append(dict(id=b.new_id(paid), guarantee_id=g_id, paid_on=paid,
                                   amount_hal=min(rent, amount),
                                   reason=CLAIM_REASONS[k % 2].format(
                                       f"{MONTHS[month.month - 1]} {month.year}"),
                                   **b.at(paid)))
    next_number = ctx.numberer("guarantee")
    for g in sorted(guarantees, key=lambda g: (g["starts_on"], g["id"])):
        g["number"] = next_number(g["starts_on"].year)
    ctx.insert("landlord", landlords)
    ctx.insert("private_lease", leases)
    ctx.insert("guarantee", guarantees)
    ctx.insert("guarantee_claim", claims)
    _pay_landlords(ctx, paid_to, {lr["id"]: lr["name"] for lr in landlords})


LANDLORD_PURPOSES = (FundPurpose.DEPOSIT, FundPurpose.RENT_ARREARS, FundPurpose.FIRST_RENT)
JUSTIFICATIONS = {
    FundPurpose.DEPOSIT: "Domácnost našla byt u soukromého pronajímatele (bydlení s ručením), "
                         "jistotu nemá z čeho složit.",
    FundPurpose.FIRST_RENT: "První nájem u soukromého pronajímatele před výplatou dávek.",
    FundPurpose.RENT_ARREARS: "Dluh na nájmu u soukromého pronajímatele po ztrátě zaměstnání; "
                              "hrozí výpověď. Domácnost má nový příjem a zvládne splátky.",
}


def _funded(ctx: DemoContext) -> dict[str, tuple[dt.date, FundPurpose]]:
    """Households whose fund request for a deposit, first rent or arrears was
    paid: household id → (first payment, purpose)."""
    out: dict[str, tuple[dt.date, FundPurpose]] = {}
    for household_id, paid_on, purpose in ctx.conn.execute(
            select(FundRequest.household_id, FundPayment.paid_on, FundRequest.purpose)
            .join(FundRequest, FundRequest.id == FundPayment.request_id)
            .where(FundRequest.purpose.in_(LANDLORD_PURPOSES))
            .order_by(FundPayment.paid_on)):
        out.setdefault(household_id, (paid_on, purpose))
    return out


def _pay_landlords(ctx: DemoContext, paid_to: dict[str, str], names: dict[str, str]) -> None:
    """The fund's deposits and arrears of these households went to their landlord."""
    rows = ctx.conn.execute(
        select(FundPayment.id, FundRequest.id, FundRequest.household_id, FundRequest.purpose)
        .join(FundRequest, FundRequest.id == FundPayment.request_id)
        .where(FundRequest.household_id.in_(list(paid_to)),
               FundRequest.purpose.in_(LANDLORD_PURPOSES))).all()
    for payment_id, request_id, household_id, purpose in rows:
        landlord_id = paid_to[household_id]
        ctx.conn.execute(update(FundPayment).where(FundPayment.id == payment_id).values(
            landlord_id=landlord_id, recipient=names[landlord_id],
            updated_at=FundPayment.updated_at))      # not the clock's (deterministic)
        ctx.conn.execute(update(FundRequest).where(FundRequest.id == request_id).values(
            justification=JUSTIFICATIONS[purpose], updated_at=FundRequest.updated_at))
