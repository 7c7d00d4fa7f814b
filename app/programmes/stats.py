"""Statistics per programme for a period: supported households and persons
(through the cases in the programme), cases opened and housed, leases and
fund budgets in the programme, and retention of housing of the programme's
households. One section of ``app.stats`` (the Statistiky screen, ``kmb
stats``, ``kmb stats --by programme``) and the indicator workbook."""
from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field

from sqlalchemy import and_, or_, select
from sqlalchemy.orm import Session

from models.cases import Case, CaseStatus
from models.fund import FundBudget
from models.leases import Lease
from models.people import HouseholdMember
from models.programmes import Programme, ProgrammeTag

from ..formatting import format_date
from ..i18n import N_, _
from ..leases.retention import HORIZONS, _cells, _households
from ..rows import live
from ..stats import StatsTable
from .register import funder_label


@dataclass
class Figures:
    """One programme's figures for a period."""
    programme: str
    code: str
    funder: str
    cases: int = 0                 # cases in the programme open at some time in the period
    new_cases: int = 0             # of them opened in the period
    housed_cases: int = 0          # of them housed (zabydlen) or closed after housing
    households: int = 0            # supported households
    persons: int = 0               # supported persons (clients and their households' members)
    leases: int = 0                # leases in the programme running in the period
    budget_hal: int = 0            # fund budgets in the programme for the period's years
    household_keys: set[str] = field(default_factory=set)


def _overlap(start, end, d_from: dt.date, d_to: dt.date):
    """``_overlaps`` in SQL."""
    return and_(or_(start.is_(None), start <= d_to), or_(end.is_(None), end >= d_from))


def figures(session: Session, d_from: dt.date, d_to: dt.date) -> list[Figures]:
    """Only the tagged records of the period and the members of their households
    are read (a city has 100,000 household members), as plain columns."""
    programmes = {p.id: Figures(p.name, p.code, funder_label(p.funder))
                  for p in session.scalars(select(Programme).where(live(Programme))
                                           .order_by(Programme.name))}
    cases = session.execute(
        select(ProgrammeTag.programme_id, Case.opened_on, Case.status, Case.household_id,
               Case.person_id)
        .join(Case, Case.id == ProgrammeTag.case_id)
        .where(live(ProgrammeTag), live(Case),
               _overlap(Case.opened_on, Case.closed_on, d_from, d_to))).all()
    members: dict[str, set[str]] = {}
    households = sorted({c.household_id for c in cases if c.household_id})
    for i in range(0, len(households), 500):        # bound parameters per statement
        for hh, person in session.execute(
                select(HouseholdMember.household_id, HouseholdMember.person_id)
                .where(live(HouseholdMember),
                       HouseholdMember.household_id.in_(households[i:i + 500]),
                       _overlap(HouseholdMember.since, HouseholdMember.until, d_from, d_to))):
            members.setdefault(hh, set()).add(person)
    persons: dict[str, set[str]] = {pid: set() for pid in programmes}
    housed = (CaseStatus.HOUSED,)
    for pid, opened_on, status, household_id, person_id in cases:
        f = programmes.get(pid)
        if f is None:
            continue
        f.cases += 1
        f.new_cases += d_from <= opened_on <= d_to
        f.housed_cases += status in housed
        f.household_keys.add(household_id or f"person:{person_id}")
        persons[pid].add(person_id)
        persons[pid] |= members.get(household_id, set())
    for pid, household_id, tenant_id in session.execute(
            select(ProgrammeTag.programme_id, Lease.household_id, Lease.tenant_id)
            .join(Lease, Lease.id == ProgrammeTag.lease_id)
            .where(live(ProgrammeTag), live(Lease),
                   _overlap(Lease.starts_on, Lease.ended_on, d_from, d_to))):
        f = programmes.get(pid)
        if f is not None:
            f.leases += 1
            f.household_keys.add(household_id or f"person:{tenant_id}")
    for pid, year, amount in session.execute(
            select(ProgrammeTag.programme_id, FundBudget.year, FundBudget.amount_hal)
            .join(FundBudget, FundBudget.id == ProgrammeTag.fund_budget_id)
            .where(live(ProgrammeTag), live(FundBudget))):
        f = programmes.get(pid)
        if f is not None and d_from.year <= year <= d_to.year:
            f.budget_hal += amount or 0
    for pid, f in programmes.items():
        f.households = len(f.household_keys)
        f.persons = len(persons[pid])
    return list(programmes.values())


def _period(d_from: dt.date, d_to: dt.date) -> str:
    return (f"{d_from.day}. {d_from.month}. {d_from.year} – "
            f"{d_to.day}. {d_to.month}. {d_to.year}")


# headers in the person's language, translated when the table is built
COLUMNS = [("programme", N_("Program / projekt")), ("code", N_("Kód")),
           ("funder", N_("Poskytovatel")), ("households", N_("Podpořené domácnosti")),
           ("persons", N_("Podpořené osoby")), ("cases", N_("Případy v období")),
           ("new_cases", N_("z toho nové")), ("housed_cases", N_("z toho zabydlené")),
           ("leases", N_("Nájemní smlouvy")), ("budget_czk", N_("Rozpočet fondu (Kč)"))]


def programme_table(session: Session, d_from: dt.date, d_to: dt.date) -> StatsTable:
    rows = [{"programme": f.programme, "code": f.code, "funder": f.funder,
             "households": f.households, "persons": f.persons, "cases": f.cases,
             "new_cases": f.new_cases, "housed_cases": f.housed_cases, "leases": f.leases,
             "budget_czk": round(f.budget_hal / 100)} for f in figures(session, d_from, d_to)]
    return StatsTable("programmes", _("Programy a projekty: podpoření klienti ({period})")
                      .format(period=_period(d_from, d_to)), [(k, _(h)) for k, h in COLUMNS], rows)


def retention_table(session: Session, as_of: dt.date) -> StatsTable:
    """Retention of housing (as in the lease statistics: households housed through
    the KMB) of the households in each programme."""
    housed = {h.key: h for h in _households(session, as_of)}
    keys: dict[str, set[str]] = {}
    for pid, case_hh, case_person, lease_hh, lease_tenant in session.execute(
            select(ProgrammeTag.programme_id, Case.household_id, Case.person_id,
                   Lease.household_id, Lease.tenant_id)
            .outerjoin(Case, Case.id == ProgrammeTag.case_id)
            .outerjoin(Lease, Lease.id == ProgrammeTag.lease_id)
            .where(live(ProgrammeTag))):
        for hh, person in ((case_hh, case_person), (lease_hh, lease_tenant)):
            if hh or person:
                keys.setdefault(pid, set()).add(hh or f"person:{person}")
    columns = [("programme", _("Program / projekt")), ("households", _("Zabydlené domácnosti"))]
    for m in HORIZONS:
        columns += [(f"eligible_{m}m", _("Sledováno {m} měs.").format(m=m)),
                    (f"housed_{m}m", _("Bydlí po {m} měs.").format(m=m)),
                    (f"share_{m}m", _("Podíl po {m} měs. (%)").format(m=m))]
    rows = []
    for p in session.scalars(select(Programme).where(live(Programme)).order_by(Programme.name)):
        group = [housed[k] for k in keys.get(p.id, ()) if k in housed]
        row = {"programme": p.name, "households": len(group)}
        for m, cell in _cells(group, as_of).items():
            row.update({f"eligible_{m}m": cell.eligible, f"housed_{m}m": cell.housed,
                        f"share_{m}m": round(100 * cell.share, 1) if cell.eligible else None})
        rows.append(row)
    return StatsTable("retention_by_programme",
                      _("Udržení bydlení podle programu (stav k {date})")
                      .format(date=format_date(as_of)), columns, rows)


def section(session: Session, date_from: dt.date, date_to: dt.date) -> list[StatsTable]:
    return [programme_table(session, date_from, date_to), retention_table(session, date_to)]
