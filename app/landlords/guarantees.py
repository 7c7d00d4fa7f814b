"""Ručení (bydlení s ručením): the municipality answers to the landlord for a
private lease up to an amount for a term; claims it paid reduce what is left.
A guarantee is only for a lease the municipality guarantees, never more than
one at a time, and a claim never exceeds what is left."""
from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field

from sqlalchemy import func, select

from models.landlords import Guarantee, GuaranteeClaim, Guarantor, PrivateLease

from .. import audit, numbering
from ..errors import ValidationError
from ..formatting import format_money
from ..rows import get_live, live
from ..security import Actor, Permission
from ..i18n import _


def _money(hal: int) -> str:
    return format_money(hal, nbsp=False)


def claimed(s, guarantee_id: str) -> int:
    return int(s.scalar(select(func.coalesce(func.sum(GuaranteeClaim.amount_hal), 0)).where(
        GuaranteeClaim.guarantee_id == guarantee_id, live(GuaranteeClaim))) or 0)


def create_guarantee(db, actor: Actor, private_lease_id: str, amount_hal: int,
                     starts_on: dt.date, ends_on: dt.date, note: str | None = None) -> str:
    actor.require(Permission.EDIT_LANDLORDS)
    with db.transaction() as s:
        lease = get_live(s, PrivateLease, private_lease_id, _("Soukromý nájem"))
        errors = {}
        if lease.guarantor != Guarantor.MUNICIPALITY:
            errors["private_lease_id"] = (_("Ručení obce lze zapsat jen u nájmu, kde je "
                                          "ručitelem obec (KMB)."))
        if amount_hal is None or amount_hal <= 0:
            errors["amount_hal"] = _("Částka ručení musí být kladná.")
        if starts_on is None:
            errors["starts_on"] = _("Vyplňte začátek ručení.")
        if ends_on is None:
            errors["ends_on"] = _("Vyplňte konec ručení.")
        elif starts_on is not None and ends_on < starts_on:
            errors["ends_on"] = _("Konec ručení nemůže předcházet jeho začátku.")
        if starts_on is not None and starts_on < lease.starts_on:
            errors["starts_on"] = _("Ručení nemůže začít před začátkem nájmu.")
        if errors:
            raise ValidationError.from_errors(errors)
        for other in s.scalars(select(Guarantee).where(
                live(Guarantee), Guarantee.private_lease_id == lease.id)):
            if other.starts_on <= ends_on and starts_on <= other.ends_on:
                raise ValidationError(_("Nájem už má ručení {number} na toto období.").format(number=other.number),
                                      field="starts_on")
        number = numbering.issue(s, "guarantee", starts_on.year)
        row = Guarantee(number=number, private_lease_id=lease.id, amount_hal=amount_hal,
                        starts_on=starts_on, ends_on=ends_on,
                        note=(note or "").strip() or None)
        s.add(row)
        s.flush()
        audit.record(s, actor, "create", "guarantee", row.id, {"number": number})
        return row.id


def record_claim(db, actor: Actor, guarantee_id: str, amount_hal: int, paid_on: dt.date,
                 reason: str | None = None) -> str:
    """A sum the municipality paid the landlord under the guarantee."""
    actor.require(Permission.EDIT_LANDLORDS)
    with db.transaction() as s:
        g = get_live(s, Guarantee, guarantee_id, _("Ručení"))
        left = g.amount_hal - claimed(s, g.id)
        errors = {}
        if amount_hal is None or amount_hal <= 0:
            errors["amount_hal"] = _("Částka plnění musí být kladná.")
        elif amount_hal > left:
            errors["amount_hal"] = (_("Plnění převyšuje zbývající ručení: ručí se do {money}, "
                                      "zbývá {money2}.").format(money=_money(g.amount_hal), money2=_money(left)))
        if paid_on is None:
            errors["paid_on"] = _("Vyplňte datum plnění.")
        elif paid_on < g.starts_on:
            errors["paid_on"] = _("Plnění nemůže předcházet začátku ručení.")
        if not (reason or "").strip():
            errors["reason"] = _("Napište, za co se plní (např. dlužné nájemné za březen).")
        if errors:
            raise ValidationError.from_errors(errors)
        claim = GuaranteeClaim(guarantee_id=g.id, amount_hal=amount_hal, paid_on=paid_on,
                               reason=reason.strip())
        s.add(claim)
        s.flush()
        audit.record(s, actor, "claim", "guarantee", g.id, {"claim": claim.id})
        return claim.id


@dataclass(frozen=True)
class ClaimLine:
    id: str
    paid_on: dt.date
    amount_hal: int
    reason: str | None


@dataclass(frozen=True)
class GuaranteeLine:
    id: str
    number: str | None
    private_lease_id: str
    amount_hal: int
    starts_on: dt.date
    ends_on: dt.date
    note: str | None
    claims: list[ClaimLine] = field(default_factory=list)

    @property
    def claimed_hal(self) -> int:
        return sum(c.amount_hal for c in self.claims)

    @property
    def remaining_hal(self) -> int:
        return self.amount_hal - self.claimed_hal

    def running(self, on: dt.date) -> bool:
        return self.starts_on <= on <= self.ends_on


def guarantees_of(s, lease_ids: list[str]) -> dict[str, list[GuaranteeLine]]:
    """lease id → its guarantees with their claims (oldest first)."""
    if not lease_ids:
        return {}
    claims: dict[str, list[ClaimLine]] = {}
    rows = list(s.scalars(select(Guarantee).where(
        live(Guarantee), Guarantee.private_lease_id.in_(lease_ids))
        .order_by(Guarantee.starts_on, Guarantee.id)))
    for c in s.scalars(select(GuaranteeClaim).where(
            live(GuaranteeClaim), GuaranteeClaim.guarantee_id.in_([g.id for g in rows]))
            .order_by(GuaranteeClaim.paid_on, GuaranteeClaim.id)):
        claims.setdefault(c.guarantee_id, []).append(
            ClaimLine(c.id, c.paid_on, c.amount_hal, c.reason))
    out: dict[str, list[GuaranteeLine]] = {}
    for g in rows:
        out.setdefault(g.private_lease_id, []).append(GuaranteeLine(
            g.id, g.number, g.private_lease_id, g.amount_hal, g.starts_on, g.ends_on, g.note,
            claims.get(g.id, [])))
    return out
