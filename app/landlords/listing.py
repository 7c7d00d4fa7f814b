"""``kmb list landlords`` and ``kmb list private-leases``: the register and
the private leases, as the other lists (table, CSV, JSON)."""
from __future__ import annotations

from ..db import Database
from ..labels import label
from ..leases.listing import _czk, _money
from ..security import Actor
from .private_leases import list_private_leases
from .register import list_landlords
from ..i18n import N_


def landlord_rows(db: Database, actor: Actor, text: str):
    rows = [dict(id=r.id, name=r.name, kind=r.kind, kind_label=label(r.kind), ico=r.ico,
                 phone=r.phone, email=r.email, bank_account=r.bank_account, active=r.active,
                 active_leases=r.active_leases, leases=r.leases)
            for r in list_landlords(db, actor, text)]
    return rows, [("name", N_("Pronajímatel")), ("kind", N_("Druh")), ("ico", N_("IČO")),
                  ("phone", N_("Telefon")), ("bank_account", N_("Účet")),
                  ("active_leases", N_("Platné nájmy")), ("id", "ID")]


def private_lease_rows(db: Database, actor: Actor, text: str):
    rows = [dict(id=r.id, landlord=r.landlord, landlord_id=r.landlord_id, tenant=r.tenant,
                 tenant_id=r.tenant_id, household=r.household, household_id=r.household_id,
                 kind=r.kind, kind_label=label(r.kind), address=r.address,
                 contract_ref=r.contract_ref, rent_czk=_czk(r.rent_hal),
                 deposit_czk=_czk(r.deposit_hal), starts_on=r.starts_on, ends_on=r.ends_on,
                 state=r.state, state_label=label(r.state), guarantor=r.guarantor,
                 guarantor_label=label(r.guarantor), guarantor_name=r.guarantor_name,
                 via_kmb=r.via_kmb, ended_on=r.ended_on)
            for r in list_private_leases(db, actor, text)]
    return rows, [("tenant", N_("Nájemce")), ("landlord", N_("Pronajímatel")), ("address", N_("Adresa")),
                  ("kind", N_("Druh")), ("starts_on", N_("Od")), ("ends_on", N_("Do")), ("state", N_("Stav")),
                  ("rent_czk", N_("Nájemné"), _money), ("guarantor", N_("Ručitel")), ("id", "ID")]
