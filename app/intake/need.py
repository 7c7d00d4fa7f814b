"""Finishing the §16 housing-situation assessment after the intake: the
worker enters what the inquiry found and either enters the person as
"potřebný" (§13–27, valid for the period of §23 from the settings) or records
that the conditions are not met."""
from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from sqlalchemy import select

from models.intake import DistrictLink, HousingNeedRecord, NeedState

from .. import audit
from ..db import Database
from ..errors import Conflict, ValidationError
from ..rows import get_live, live
from ..security import Actor, Permission
from . import eligibility
from ..i18n import _


@dataclass(frozen=True)
class NeedRow:
    id: str
    person_id: str
    state: NeedState
    assessment_started_on: dt.date | None
    household_income_hal: int | None
    subsistence_minimum_hal: int | None
    district_link: DistrictLink | None
    special_vulnerability: bool
    registered_on: dt.date | None
    valid_until: dt.date | None


def effective_state(r: HousingNeedRecord, today: dt.date) -> NeedState:
    """A registration past its validity (§23) counts as expired."""
    if r.state == NeedState.REGISTERED and r.valid_until and r.valid_until < today:
        return NeedState.EXPIRED
    return r.state


def latest_need(db: Database, actor: Actor, person_id: str,
                today: dt.date | None = None) -> NeedRow | None:
    actor.require(Permission.VIEW_CASES)
    today = today or dt.date.today()
    with db.reading() as s:
        r = s.scalars(select(HousingNeedRecord).where(
            HousingNeedRecord.person_id == person_id, live(HousingNeedRecord))
            .order_by(HousingNeedRecord.created_at.desc())).first()
        if r is None:
            return None
        return NeedRow(r.id, r.person_id, effective_state(r, today), r.assessment_started_on,
                       r.household_income_hal, r.subsistence_minimum_hal, r.district_link,
                       r.special_vulnerability, r.registered_on, r.valid_until)


def finish_assessment(db: Database, actor: Actor, record_id: str, *,
                      household_income_hal: int | None, subsistence_minimum_hal: int | None,
                      district_link: DistrictLink | None, special_vulnerability: bool,
                      register: bool, note: str | None = None,
                      today: dt.date | None = None) -> NeedState:
    """Close a pending §16 assessment: registered (if the conditions are met)
    or not meeting the conditions. Returns the new state."""
    actor.require(Permission.EDIT_CASES)
    today = today or dt.date.today()
    errors: dict[str, str] = {}
    if household_income_hal is None:
        errors["need.household_income"] = _("Zadejte příjem domácnosti.")
    elif household_income_hal < 0:
        errors["need.household_income"] = _("Příjem nemůže být záporný.")
    if not subsistence_minimum_hal or subsistence_minimum_hal <= 0:
        errors["need.subsistence_minimum"] = _("Zadejte životní minimum domácnosti.")
    if district_link is None:
        errors["need.district_link"] = _("Vyberte vazbu na obvod.")
    if errors:
        raise ValidationError.from_errors(errors)
    with db.transaction() as s:
        r = get_live(s, HousingNeedRecord, record_id, _("Záznam o šetření"))
        if r.state != NeedState.PENDING:
            raise Conflict(_("Šetření už je uzavřené."))
        rules = eligibility.rules(s, today)
        result = eligibility.check(rules, household_income_hal=household_income_hal,
                                   subsistence_minimum_hal=subsistence_minimum_hal,
                                   district_link=district_link)
        if register and result.eligible is not True:
            raise ValidationError(" ".join(result.reasons) or _("Podmínky zápisu nejsou splněny."),
                                  field="need.register")
        r.household_income_hal = household_income_hal
        r.subsistence_minimum_hal = subsistence_minimum_hal
        r.income_limit_factor = rules.income_factor
        r.income_eligible = result.income_ok
        r.district_link = district_link
        r.special_vulnerability = special_vulnerability
        r.assessment_done_on = today
        r.worker_id = r.worker_id or actor.user_id
        if note and note.strip():
            r.note = "\n".join(p for p in (r.note, note.strip()) if p)
        if register:
            r.state = NeedState.REGISTERED
            r.registered_on = today
            r.valid_until = eligibility.add_months(today, rules.validity_months)
        else:
            r.state = NeedState.REJECTED
        audit.record(s, actor, "update", "housing_need_record", r.id, {"state": r.state.value})
        return r.state
