"""``kmb list leases``: tenant, flat, dates, state and amounts."""
from __future__ import annotations

from ..db import Database
from ..formatting import format_money
from ..labels import label
from ..security import Actor
from .records import list_leases
from ..i18n import N_


def _czk(hal: int | None) -> float | None:
    return None if hal is None else hal / 100


def _money(v) -> str:
    return "" if v is None else format_money(round(v * 100), nbsp=False)


def list_leases_rows(db: Database, actor: Actor, text: str):
    rows = [dict(id=r.id, number=r.number, state=r.state, state_label=label(r.state),
                 tenant=r.tenant, tenant_id=r.tenant_id, household=r.household,
                 household_id=r.household_id, flat=r.flat, flat_id=r.flat_id,
                 category=r.category, starts_on=r.starts_on, ends_on=r.ends_on,
                 ended_on=r.ended_on, end_reason=r.end_reason, moved_in_on=r.moved_in_on,
                 rent_czk=_czk(r.rent_hal), services_czk=_czk(r.services_hal),
                 deposit_czk=_czk(r.deposit_hal), arrears_czk=_czk(r.arrears_hal),
                 arrears_month=r.arrears_month, via_kmb=r.via_kmb)
            for r in list_leases(db, actor, text)]
    return rows, [("number", N_("Číslo")), ("tenant", N_("Nájemce")), ("flat", N_("Byt")),
                  ("starts_on", N_("Od")), ("ends_on", N_("Do")), ("state", N_("Stav")),
                  ("rent_czk", N_("Nájemné"), _money), ("services_czk", N_("Zálohy"), _money),
                  ("deposit_czk", N_("Jistota"), _money), ("arrears_czk", N_("Dluh"), _money),
                  ("id", "ID")]
