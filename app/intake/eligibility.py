"""The Housing Support Act check (zákon č. 175/2025 Sb., §13–27): is the
household's income below the limit (a multiple of its životní minimum), and
does the person have the required link to the district? Also the floor area
per person of the current dwelling (overcrowding).

The amounts, the factor and the district rule are settings (they change by
regulation; an amendment of the district rule is pending)."""
from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field
from decimal import Decimal, InvalidOperation

from sqlalchemy.orm import Session

from models.intake import DistrictLink
from models.people import Relation

from .. import settings
from ..db import Database
from ..errors import ValidationError
from ..formatting import format_money
from ..security import Actor, Permission
from . import SUBSISTENCE_DEFAULTS

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


def _decimal(value, fallback: str) -> Decimal:
    try:
        return Decimal(str(value))
    except (InvalidOperation, TypeError):
        return Decimal(fallback)


def rules(session: Session) -> Rules:
    v = settings.get_many(session, "intake.")
    amounts = dict(SUBSISTENCE_DEFAULTS)
    amounts.update({k: int(x) for k, x in (v.get("intake.subsistence_minimum_hal") or {}).items()
                    if k in amounts})
    links = set()
    for value in v.get("intake.district_link_accepted") or []:
        try:
            links.add(DistrictLink(value))
        except ValueError:
            continue
    return Rules(
        subsistence_hal=amounts,
        income_factor=_decimal(v.get("intake.income_limit_factor"), "1.6"),
        accepted_links=frozenset(links),
        link_years=int(v.get("intake.district_link_years") or 2),
        validity_months=int(v.get("intake.need_validity_months") or 12),
        overcrowded_below_m2=_decimal(v.get("intake.overcrowded_below_m2"), "9.5"),
        referral_follow_up_days=int(v.get("intake.referral_follow_up_days") or 7),
    )


def load_rules(db: Database, actor: Actor) -> Rules:
    actor.require(Permission.VIEW_PERSONS)
    with db.reading() as s:
        return rules(s)


def save_rules(db: Database, actor: Actor, new: Rules) -> None:
    """Store the rules (Nastavení → Příjem a zákon); checks every value."""
    actor.require(Permission.SETTINGS)
    errors: dict[str, str] = {}
    for key in SUBSISTENCE_KEYS:
        amount = new.subsistence_hal.get(key)
        if amount is None or amount <= 0 or amount > 10_000_000:
            errors[f"subsistence.{key}"] = "Zadejte částku v Kč (kladné číslo)."
    if not (Decimal("0.5") <= new.income_factor <= Decimal("5")):
        errors["income_factor"] = "Násobek životního minima bývá mezi 0,5 a 5 (zákon: 1,6)."
    if not new.accepted_links:
        errors["accepted_links"] = "Zaškrtněte alespoň jednu vazbu na obvod."
    if DistrictLink.NONE in new.accepted_links:
        errors["accepted_links"] = "„Bez vazby na obvod“ nemůže zakládat nárok."
    if not 0 <= new.link_years <= 10:
        errors["link_years"] = "Počet let je mezi 0 a 10."
    if not 1 <= new.validity_months <= 120:
        errors["validity_months"] = "Platnost zápisu je 1 až 120 měsíců."
    if not (Decimal("1") <= new.overcrowded_below_m2 <= Decimal("50")):
        errors["overcrowded_below_m2"] = "Hranice přelidnění je 1 až 50 m² na osobu."
    if not 1 <= new.referral_follow_up_days <= 90:
        errors["referral_follow_up_days"] = "Ověření předání plánujte za 1 až 90 dní."
    if errors:
        raise ValidationError.from_errors(errors)
    with db.transaction() as s:
        settings.put(s, actor, "intake.subsistence_minimum_hal",
                     {k: int(new.subsistence_hal[k]) for k in SUBSISTENCE_KEYS})
        settings.put(s, actor, "intake.income_limit_factor", str(new.income_factor))
        settings.put(s, actor, "intake.district_link_accepted",
                     sorted(link.value for link in new.accepted_links))
        settings.put(s, actor, "intake.district_link_years", int(new.link_years))
        settings.put(s, actor, "intake.need_validity_months", int(new.validity_months))
        settings.put(s, actor, "intake.overcrowded_below_m2", str(new.overcrowded_below_m2))
        settings.put(s, actor, "intake.referral_follow_up_days", int(new.referral_follow_up_days))


# -- životní minimum of a household ---------------------------------------------

def age_on(born: dt.date | None, day: dt.date) -> int | None:
    if born is None:
        return None
    return day.year - born.year - ((day.month, day.day) < (born.month, born.day))


def _bracket(age: int | None, relation: Relation | None) -> str | None:
    """The child bracket of a dependent child, or None for an adult."""
    if age is None:
        return None
    if age < 6:
        return "child_under_6"
    if age < 15:
        return "child_6_15"
    if age < 26 and relation in CHILD_RELATIONS:
        return "child_15_26"
    return None


def subsistence_minimum(r: Rules, members: list[tuple[dt.date | None, Relation | None]],
                        on: dt.date) -> int:
    """The household's životní minimum (haléře per month) from its members'
    birth dates and relations: a person living alone counts as "jednotlivec",
    otherwise the first adult, further adults and dependent children by age."""
    if not members:
        return 0
    if len(members) == 1:
        born, relation = members[0]
        bracket = _bracket(age_on(born, on), relation)
        return r.subsistence_hal[bracket] if bracket else r.subsistence_hal["single"]
    total, first_done = 0, False
    for born, relation in sorted(members, key=lambda m: (m[1] != Relation.HEAD,
                                                          m[0] or dt.date.min)):
        bracket = _bracket(age_on(born, on), relation)
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
                f"Příjem domácnosti {format_money(household_income_hal, nbsp=False)} není nižší "
                f"než {factor}× životní minimum ({format_money(limit, nbsp=False)}).")
    if district_link is None:
        district_ok = None
    else:
        district_ok = district_link in r.accepted_links
        if not district_ok:
            reasons.append("Osoba nemá vazbu na obvod, kterou zákon vyžaduje "
                           f"(trvalý pobyt nebo {r.link_years} roky zde žije, pracuje či studuje).")
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
