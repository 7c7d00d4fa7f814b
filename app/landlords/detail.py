"""One landlord as the Pronajímatelé screen shows it: the card, the private
leases with their guarantees and claims, and the crisis-fund payments made to
the landlord. Fund payments tell which household got money from the fund, so
they are read only for roles that see the fund."""
from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field

from sqlalchemy import select

from models.fund import FundPayment, FundRequest
from models.landlords import Landlord, LandlordKind, PrivateLease
from models.people import Person

from ..rows import get_live, live
from ..security import Actor, Permission
from .guarantees import GuaranteeLine, guarantees_of
from .private_leases import PrivateLeaseRow, rows_for
from ..i18n import _


@dataclass(frozen=True)
class FundPaymentLine:
    id: str
    paid_on: dt.date
    amount_hal: int
    request_number: str | None
    person: str
    note: str | None


@dataclass(frozen=True)
class LandlordDetail:
    id: str
    row_version: int
    kind: LandlordKind
    name: str
    ico: str | None
    contact_person: str | None
    phone: str | None
    email: str | None
    address: str | None
    bank_account: str | None
    active: bool
    note: str | None
    leases: list[PrivateLeaseRow] = field(default_factory=list)
    guarantees: dict[str, list[GuaranteeLine]] = field(default_factory=dict)
    # None: the reader's role does not see the fund
    fund_payments: list[FundPaymentLine] | None = None

    @property
    def guaranteed_hal(self) -> int:
        return sum(g.amount_hal for gs in self.guarantees.values() for g in gs)

    @property
    def claimed_hal(self) -> int:
        return sum(g.claimed_hal for gs in self.guarantees.values() for g in gs)


def _fund_payments(s, landlord_id: str) -> list[FundPaymentLine]:
    stmt = (select(FundPayment, FundRequest.number, Person)
            .join(FundRequest, FundRequest.id == FundPayment.request_id)
            .join(Person, Person.id == FundRequest.person_id)
            .where(live(FundPayment), FundPayment.landlord_id == landlord_id)
            .order_by(FundPayment.paid_on.desc(), FundPayment.id))
    return [FundPaymentLine(p.id, p.paid_on, p.amount_hal, number, person.full_name, p.note)
            for p, number, person in s.execute(stmt)]


def landlord_detail(db, actor: Actor, landlord_id: str) -> LandlordDetail:
    actor.require(Permission.VIEW_LANDLORDS)
    with db.reading() as s:
        r = get_live(s, Landlord, landlord_id, _("Pronajímatel"))
        leases = rows_for(s, PrivateLease.landlord_id == r.id)
        return LandlordDetail(
            r.id, r.row_version, r.kind, r.name, r.ico, r.contact_person, r.phone, r.email,
            r.address, r.bank_account, r.active, r.note, leases,
            guarantees_of(s, [lease.id for lease in leases]),
            _fund_payments(s, r.id) if actor.can(Permission.VIEW_FUND) else None)
