"""Demo: programmes and funding. A Housing First project, the KMB's OPZ+
project and an IROP project that bought social flats; open cases tagged with
the projects (Housing First: roofless and houseless clients, some of whom
applied for a flat), housed leases and this year's crisis-fund budget in the
OPZ+ project, and one vacant social flat bought with IROP money: until the
end of its sustainability period (31. 12. 2031) it goes only to households in
ETHOS 1–7 or in the Housing First project, so its ranking leaves the other
applicants out with that reason.

Runs after the other steps with its own random generator and ids."""
from __future__ import annotations

import datetime as dt
import random
import uuid

from sqlalchemy import select

from models.allocation import Application, ApplicationState, Offer, OfferResponse
from models.cases import Case, CaseStatus
from models.fund import FundBudget
from models.housing import Flat, FlatCategory, FlatStatus
from models.leases import Lease
from models.programmes import Funder

from .context import DemoContext

SEED = 16032026
SUSTAINABILITY_UNTIL = dt.date(2031, 12, 31)


class _Ids:
    def __init__(self, ctx: DemoContext):
        self.rng = random.Random(SEED)
        self.today = ctx.today

    def new(self, day: dt.date) -> str:
        ms = int(dt.datetime(day.year, day.month, day.day, 9, tzinfo=dt.UTC).timestamp() * 1000)
        value = ((ms & ((1 << 48) - 1)) << 80 | 0x7 << 76 | self.rng.getrandbits(12) << 64
                 | 0b10 << 62 | self.rng.getrandbits(62))
        return str(uuid.UUID(int=value))


def build_programmes(ctx: DemoContext) -> None:
    ids = _Ids(ctx)
    rng, today, conn = ids.rng, ctx.today, ctx.conn
    town = ctx.place["city"]
    year = today.year
    hf = dict(id=ids.new(dt.date(year - 1, 3, 1)), code="CZ.03.02.02/00/22_005/0000417",
              name=f"Housing First {town}", funder=Funder.HOUSING_FIRST,
              starts_on=dt.date(year - 1, 4, 1), ends_on=dt.date(year + 1, 12, 31),
              indicators="Počet podpořených osob\nPočet podpořených domácností\n"
                         "Počet domácností, které udržely bydlení 12 měsíců",
              note="Byty se zajištěnou podporou pro domácnosti bez střechy a bez bytu.")
    opz = dict(id=ids.new(dt.date(year - 2, 1, 10)), code="CZ.03.02.01/00/22_016/0000128",
               name=f"Kontaktní místo pro bydlení {town} (OPZ+)", funder=Funder.OPZ_PLUS,
               starts_on=dt.date(year - 2, 1, 1), ends_on=dt.date(year + 1, 6, 30),
               indicators="Celkový počet účastníků\nPočet podpořených domácností\n"
                          "Počet osob, kterým bylo zajištěno bydlení",
               note="Mzdy pracovníků KMB a krizový fond.")
    irop = dict(id=ids.new(dt.date(year - 3, 5, 1)), code="CZ.06.02.56/00/22_003/0000093",
                name=f"Sociální byty {town} (IROP)", funder=Funder.IROP,
                starts_on=dt.date(year - 3, 6, 1), ends_on=dt.date(year - 1, 11, 30),
                indicators="Počet pořízených sociálních bytů\nKapacita sociálních bytů (osoby)",
                note="Nákup a rekonstrukce bytů; udržitelnost 5 let od ukončení projektu.")
    ctx.insert("programme", [hf, opz, irop])

    cases = conn.execute(select(Case.id, Case.person_id, Case.household_id, Case.opened_on,
                                Case.status).where(Case.deleted_at.is_(None))
                         .order_by(Case.id)).all()
    open_cases = [c for c in cases if c.status != CaseStatus.CLOSED]
    applications = conn.execute(
        select(Application.household_id, Application.applicant_id, Application.ethos_category)
        .where(Application.state == ApplicationState.ACTIVE,
               Application.requested_category == FlatCategory.SOCIAL,
               Application.deleted_at.is_(None)).order_by(Application.id)).all()
    applying = {}
    for a in applications:
        applying[a.household_id] = a.ethos_category
        if a.applicant_id:
            applying[a.applicant_id] = a.ethos_category
    tags = []

    def tag(programme: dict, on: dt.date, **record) -> None:
        tags.append(dict(id=ids.new(on), programme_id=programme["id"], tagged_on=on, **record))

    # Housing First: a dozen open cases; clients who applied for a social flat while
    # living in worse than ETHOS 7 first, so the IROP flat's rule shows both ways
    applicants = [c for c in open_cases if (c.household_id in applying or c.person_id in applying)]
    others = [c for c in open_cases if c not in applicants]
    chosen = applicants[:6] + rng.sample(others, min(6, len(others)))
    for c in chosen:
        tag(hf, max(c.opened_on, hf["starts_on"]), case_id=c.id)
    # OPZ+: most cases of the project's period
    for c in cases:
        if c.opened_on >= opz["starts_on"] and rng.random() < 0.6:
            tag(opz, c.opened_on, case_id=c.id)
    leases = conn.execute(select(Lease.id, Lease.starts_on).where(
        Lease.via_kmb.is_(True), Lease.deleted_at.is_(None)).order_by(Lease.id)).all()
    for lease in leases:
        if lease.starts_on >= opz["starts_on"] and rng.random() < 0.5:
            tag(opz, lease.starts_on, lease_id=lease.id)
    for lease in leases[:4]:
        tag(hf, max(lease.starts_on, hf["starts_on"]), lease_id=lease.id)
    budget = conn.execute(select(FundBudget.id).where(
        FundBudget.year == year, FundBudget.deleted_at.is_(None))).first()
    if budget is not None:
        tag(opz, dt.date(year, 1, 15), fund_budget_id=budget.id)
    ctx.insert("programme_tag", tags)

    # the IROP flat: a vacant social flat nobody has been offered yet
    offered = set(conn.scalars(select(Offer.flat_id).where(
        Offer.response.in_([OfferResponse.PENDING, OfferResponse.ACCEPTED]))))
    vacant = [f for f in conn.scalars(select(Flat.id).where(
        Flat.category == FlatCategory.SOCIAL, Flat.status == FlatStatus.VACANT,
        Flat.deleted_at.is_(None)).order_by(Flat.id)) if f not in offered]
    occupied = list(conn.scalars(select(Flat.id).where(
        Flat.category == FlatCategory.SOCIAL, Flat.status == FlatStatus.OCCUPIED,
        Flat.deleted_at.is_(None)).order_by(Flat.id)))
    funded = vacant[:1] + occupied[:3]
    ctx.insert("flat_funding", [dict(
        id=ids.new(dt.date(year - 2, 9, 1)), flat_id=flat_id, source="IROP",
        programme_id=irop["id"], sustainability_until=SUSTAINABILITY_UNTIL,
        target_ethos="1,2,3,4,5,6,7", target_programme_id=hf["id"], target_income_hal=None,
        note="Podmínky výzvy IROP: cílová skupina osob v bytové nouzi.") for flat_id in funded])
    ctx.extra["programmes"] = dict(housing_first=hf["id"], opz=opz["id"], irop=irop["id"],
                                   irop_flats=funded)
