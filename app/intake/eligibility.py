"""The Housing Support Act check (zákon č. 175/2025 Sb., §13–27): is the
household's income below the limit (a multiple of its životní minimum), and
does the person have the required link to the district? Also the floor area
per person of the current dwelling (overcrowding).

The amounts of životní minimum, the income factor and the validity of an
entry are dated legal parameters (app.legal): a check takes the values valid
on the day of the assessment. The district rule is a plain setting (an
amendment is pending)."""
from __future__ import annotations

import dataclasses
import datetime as dt
from dataclasses import dataclass, field
from decimal import Decimal, InvalidOperation

from sqlalchemy.orm import Session

from models.intake import DistrictLink
from models.people import Relation

from .. import settings
from ..legal import parameters as legal
from ..db import Database
from ..errors import ValidationError
from ..formatting import format_money
from ..security import Actor, Permission
from . import SUBSISTENCE_DEFAULTS
from ..i18n import _

SUBSISTENCE_KEYS = tuple(SUBSISTENCE_DEFAULTS)
CHILD_RELATIONS = {Relation.CHILD, Relation.GRANDCHILD}


@dataclass(frozen=True)
class Rules:
    subsistence_hal: dict[str, int]
    income_factor: Decimal
    accepted_links: frozenset[DistrictLink]
    link_years: int
    validity_months: int
    overcrowded_below_m2: Decimal
    referral_follow_up_days: int
    dependent_max_age: int = 26     # nezaopatřené dítě: study etc. at most until this age
    on: dt.date | None = None       # the day the dated legal values are taken from


def _decimal(value, fallback: str) -> Decimal:
    try:
        return Decimal(str(value))
    except (InvalidOperation, TypeError):
        return Decimal(fallback)


def dated(r: Rules, table: legal.Table, on: dt.date) -> Rules:
    """The rules with the legal figures valid on ``on`` (životní minimum, the
    income factor, the validity of an entry, the age limit of a dependent child)."""
    return dataclasses.replace(
        r, subsistence_hal=table.subsistence_on(on),
        income_factor=table.value_on("housing.income_factor", on),
        validity_months=table.int_on("housing.need_validity_months", on),
        dependent_max_age=table.int_on("child.dependent_max_age", on), on=on)


def rules(session: Session, on: dt.date | None = None) -> Rules:
    """The office's rules with the legal figures valid on ``on`` (default today)."""
    v = settings.get_many(session, "intake.")
    amounts = dict(SUBSISTENCE_DEFAULTS)
    links = set()
    for value in v.get("intake.district_link_accepted") or []:
        try:
            links.add(DistrictLink(value))
        except ValueError:
            continue
    base = Rules(
        subsistence_hal=amounts,
        income_factor=Decimal("1.6"),
        accepted_links=frozenset(links),
        link_years=int(v.get("intake.district_link_years") or 2),
        validity_months=12,
        overcrowded_below_m2=_decimal(v.get("intake.overcrowded_below_m2"), "9.5"),
        referral_follow_up_days=int(v.get("intake.referral_follow_up_days") or 7),
    )
    return dated(base, legal.table(session), on or dt.date.today())


def load_rules(db: Database, actor: Actor, on: dt.date | None = None) -> Rules:
    actor.require(Permission.VIEW_PERSONS)
    with db.reading() as s:
        return rules(s, on)


def save_rules(db: Database, actor: Actor, new: Rules) -> None:
    """Store the office's own rules (Nastavení → Zákon o podpoře bydlení): the
    district-link rule, overcrowding and follow-up. The dated legal figures
    (amounts, factor, validity) are changed in Nastavení → Zákon."""
    actor.require(Permission.SETTINGS)
    errors: dict[str, str] = {}
    if not new.accepted_links:
        errors["accepted_links"] = _("Zaškrtněte alespoň jednu vazbu na obvod.")
    if DistrictLink.NONE in new.accepted_links:
        errors["accepted_links"] = _("„Bez vazby na obvod“ nemůže zakládat nárok.")
    if not 0 <= new.link_years <= 10:
        errors["link_years"] = _("Počet let je mezi 0 a 10.")
    if not (Decimal("1") <= new.overcrowded_below_m2 <= Decimal("50")):
        errors["overcrowded_below_m2"] = _("Hranice přelidnění je 1 až 50 m² na osobu.")
    if not 1 <= new.referral_follow_up_days <= 90:
        errors["referral_follow_up_days"] = _("Ověření předání plánujte za 1 až 90 dní.")
    if errors:
        raise ValidationError.from_errors(errors)
    with db.transaction() as s:
        settings.put(s, actor, "intake.district_link_accepted",
                     sorted(link.value for link in new.accepted_links))
        settings.put(s, actor, "intake.district_link_years", int(new.link_years))
        settings.put(s, actor, "intake.overcrowded_below_m2", str(new.overcrowded_below_m2))
        settings.put(s, actor, "intake.referral_follow_up_days", int(new.referral_follow_up_days))


# -- životní minimum of a household ---------------------------------------------

def age_on(born: dt.date | None, day: dt.date) -> int | None:
    if born is None:
        return None
    return day.year - born.year - ((day.month, day.day) < (born.month, born.day))


# What a person aged 15 or more does, for "nezaopatřené dítě" (§ 3 zákona
# č. 110/2006 Sb. with § 11 zákona č. 117/1995 Sb.): studying (soustavná příprava
# na budoucí povolání) or unable to study or work for illness or disability
# keeps a young person dependent; working (or nothing of that) does not.
STUDIES, CANNOT_WORK, WORKS = "studies", "cannot_work", "works"
DEPENDENT_STATUSES = {STUDIES, CANNOT_WORK}


def is_dependent_child(age: int | None, relation: Relation | None, status: str | None = None,
                       max_age: int = 26) -> bool:
    """Nezaopatřené dítě: always until the end of compulsory schooling (15),
    then until ``max_age`` only while studying or unable to for health. A
    stated status decides; with none stated a child of the household counts
    as studying (the worker records work when it is so)."""
    if age is None:
        return False
    if age < 15:
        return True
    if age >= max_age:
        return False
    if status is not None:
        return status in DEPENDENT_STATUSES
    return relation in CHILD_RELATIONS


def _bracket(age: int | None, relation: Relation | None, status: str | None = None,
             max_age: int = 26) -> str | None:
    """The child bracket of a dependent child, or None for anyone else."""
    if not is_dependent_child(age, relation, status, max_age):
        return None
    if age < 6:
        return "child_under_6"
    if age < 15:
        return "child_6_15"
    return "child_15_26"


def _member(m: tuple) -> tuple[dt.date | None, Relation | None, str | None]:
    return (m[0], m[1], m[2] if len(m) > 2 else None)


def subsistence_minimum(r: Rules, members: list[tuple], on: dt.date) -> int:
    """The household's životní minimum (haléře per month) from its members'
    (birth date, relation[, status]): a person living alone counts as
    "jednotlivec", otherwise the first adult, further persons who are not
    dependent children, and dependent children by age. The amounts are those
    in ``r`` (take ``rules(session, on)`` for the ones valid on the day)."""
    if not members:
        return 0
    people = [_member(m) for m in members]
    if len(people) == 1:
        born, relation, status = people[0]
        bracket = _bracket(age_on(born, on), relation, status, r.dependent_max_age)
        return r.subsistence_hal[bracket] if bracket else r.subsistence_hal["single"]
    total, first_done = 0, False
    for born, relation, status in sorted(people, key=lambda m: (m[1] != Relation.HEAD,
                                                                 m[0] or dt.date.min)):
        bracket = _bracket(age_on(born, on), relation, status, r.dependent_max_age)
        if bracket:
            total += r.subsistence_hal[bracket]
        elif not first_done:
            total += r.subsistence_hal["first_adult"]
            first_done = True
        else:
            total += r.subsistence_hal["other_adult"]
    return total


# -- the check --------------------------------------------------------------------

@dataclass(frozen=True)
class Eligibility:
    subsistence_minimum_hal: int | None
    income_limit_hal: int | None
    household_income_hal: int | None
    income_factor: Decimal
    income_ok: bool | None          # None = not known (no income entered)
    district_ok: bool | None        # None = link not stated
    reasons: list[str] = field(default_factory=list)

    @property
    def eligible(self) -> bool | None:
        if self.income_ok is False or self.district_ok is False:
            return False
        if self.income_ok is None or self.district_ok is None:
            return None
        return True


def income_limit(r: Rules, subsistence_hal: int) -> int:
    return int((Decimal(subsistence_hal) * r.income_factor).to_integral_value())


def check(r: Rules, *, household_income_hal: int | None, subsistence_minimum_hal: int | None,
          district_link: DistrictLink | None) -> Eligibility:
    reasons: list[str] = []
    limit = income_limit(r, subsistence_minimum_hal) if subsistence_minimum_hal else None
    factor = f"{r.income_factor}".replace(".", ",")
    if household_income_hal is None or limit is None:
        income_ok = None
    else:
        income_ok = household_income_hal < limit
        if not income_ok:
            reasons.append(
                _("Příjem domácnosti {income} není nižší než {factor}× životní minimum "
                  "({limit}).").format(income=format_money(household_income_hal, nbsp=False),
                                       factor=factor, limit=format_money(limit, nbsp=False)))
    if district_link is None:
        district_ok = None
    else:
        district_ok = district_link in r.accepted_links
        if not district_ok:
            reasons.append(_("Osoba nemá vazbu na obvod, kterou zákon vyžaduje (trvalý pobyt nebo "
                             "{link_years} roky zde žije, pracuje či studuje).").format(link_years=r.link_years))
    return Eligibility(subsistence_minimum_hal, limit, household_income_hal, r.income_factor,
                       income_ok, district_ok, reasons)


def add_months(day: dt.date, months: int) -> dt.date:
    month0 = day.month - 1 + months
    year, month = day.year + month0 // 12, month0 % 12 + 1
    for d in (day.day, 30, 29, 28):
        try:
            return dt.date(year, month, d)
        except ValueError:
            continue
    raise ValueError(day)


# -- floor area per person ----------------------------------------------------------

@dataclass(frozen=True)
class Density:
    area_per_person_m2: Decimal | None
    overcrowded: bool | None


def density(r: Rules, area_m2: Decimal | None, persons: int | None) -> Density:
    if area_m2 is None or not persons:
        return Density(None, None)
    per = (Decimal(area_m2) / persons).quantize(Decimal("0.1"))
    return Density(per, Decimal(area_m2) / persons < r.overcrowded_below_m2)
