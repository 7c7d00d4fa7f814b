"""A flat's funding: the grant it was bought or rebuilt with (IROP, ITI …),
the end of the sustainability period and the target group the flat must go
to until then. The allocation engine enforces the target group
(``eligibility``); this module records it."""
from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from sqlalchemy import select

from models.base import utcnow
from models.housing import Building, Flat
from models.programmes import FlatFunding, Programme

from .. import audit
from ..db import Database
from ..errors import ValidationError
from ..rows import get_live, live
from ..security import Actor, Permission
from .eligibility import funding_of, parse_ethos, target_group
from ..i18n import _


@dataclass(frozen=True)
class FundingInput:
    source: str
    programme_id: str | None = None
    sustainability_until: dt.date | None = None
    target_ethos: str | None = None            # "1-7" or "1, 2, 3"
    target_programme_id: str | None = None
    target_income_hal: int | None = None
    note: str | None = None


@dataclass(frozen=True)
class FundedFlat:
    flat_id: str
    title: str                     # "Nádražní 12, Trutnov, byt č. 3"
    source: str
    programme: str | None          # the project it was paid from
    sustainability_until: dt.date | None
    rule: str                      # the target group in words
    binding: bool                  # the period lasts today
    funding: FundingInput
    row_version: int


def _clean(text: str | None) -> str | None:
    text = (text or "").strip()
    return text or None


def _check(s, data: FundingInput) -> dict[str, str]:
    errors = {}
    if not _clean(data.source):
        errors["source"] = _("Uveďte zdroj financování (např. IROP).")
    elif len(data.source.strip()) > 60:
        errors["source"] = _("Zdroj financování může mít nejvýše 60 znaků.")
    try:
        parse_ethos(data.target_ethos)
    except ValueError:
        errors["target_ethos"] = (_("Kategorie ETHOS zapište čísly 1 až 13, oddělené čárkou, "
                                  "rozsah pomlčkou (např. 1-7, 11)."))
    if data.target_income_hal is not None and data.target_income_hal <= 0:
        errors["target_income_hal"] = _("Hranice příjmu musí být kladná částka.")
    for field in ("programme_id", "target_programme_id"):
        pid = getattr(data, field)
        if pid and (s.get(Programme, pid) is None or s.get(Programme, pid).deleted_at):
            errors[field] = _("Vybraný program už v evidenci není.")
    if not errors and data.sustainability_until and not (
            data.target_ethos or data.target_programme_id or data.target_income_hal):
        errors["target_ethos"] = (_("Po dobu udržitelnosti je byt určen cílové skupině: uveďte "
                                  "kategorie ETHOS, program nebo hranici příjmu."))
    return errors


def set_flat_funding(db: Database, actor: Actor, flat_id: str, data: FundingInput) -> str:
    """Record or change the flat's funding (one live record a flat)."""
    actor.require(Permission.EDIT_FLATS)
    with db.transaction() as s:
        flat = get_live(s, Flat, flat_id, _("Byt"))
        errors = _check(s, data)
        if errors:
            raise ValidationError.from_errors(errors)
        row = funding_of(s, flat.id)
        created = row is None
        if created:
            row = FlatFunding(flat_id=flat.id)
            s.add(row)
        row.source, row.programme_id = data.source.strip(), data.programme_id or None
        row.sustainability_until = data.sustainability_until
        ethos = parse_ethos(data.target_ethos)
        row.target_ethos = ",".join(map(str, sorted(ethos))) or None
        row.target_programme_id = data.target_programme_id or None
        row.target_income_hal, row.note = data.target_income_hal, _clean(data.note)
        s.flush()
        audit.record(s, actor, "create" if created else "update", "flat_funding", row.id,
                     {"flat_id": flat.id, "source": row.source,
                      "until": row.sustainability_until.isoformat()
                      if row.sustainability_until else None})
        return row.id


def clear_flat_funding(db: Database, actor: Actor, flat_id: str) -> None:
    actor.require(Permission.EDIT_FLATS)
    with db.transaction() as s:
        row = funding_of(s, flat_id)
        if row is None:
            raise ValidationError(_("Byt nemá zapsané financování."))
        row.deleted_at = utcnow()
        audit.record(s, actor, "delete", "flat_funding", row.id, {"flat_id": flat_id})


def funded_flats(db: Database, actor: Actor, *, today: dt.date | None = None) -> list[FundedFlat]:
    """Flats with a funding record, with their target group in words."""
    actor.require(Permission.VIEW_FLATS)
    today = today or dt.date.today()
    from .eligibility import target_for
    out = []
    with db.reading() as s:
        for row, flat, b in s.execute(
                select(FlatFunding, Flat, Building).join(Flat, Flat.id == FlatFunding.flat_id)
                .join(Building, Building.id == Flat.building_id)
                .where(live(FlatFunding), live(Flat))):
            programme = s.get(Programme, row.programme_id) if row.programme_id else None
            far = dt.date.max if row.sustainability_until is None else row.sustainability_until
            group = target_group(target_for(s, flat.id, min(today, far)))
            out.append(FundedFlat(
                flat.id, _("{address}, byt č. {number}").format(
                    address=b.address_line(), number=flat.number), row.source,
                programme.name if programme else None, row.sustainability_until,
                group.describe() if group else f"byt z dotace {row.source}",
                row.sustainability_until is None or today <= row.sustainability_until,
                FundingInput(row.source, row.programme_id, row.sustainability_until,
                             row.target_ethos, row.target_programme_id, row.target_income_hal,
                             row.note), row.row_version))
    return sorted(out, key=lambda f: f.title)


def flat_choices(db: Database, actor: Actor) -> list[tuple[str, str]]:
    """(id, "address, byt č. N") of every flat, for the funding dialog."""
    actor.require(Permission.EDIT_FLATS)
    with db.reading() as s:
        rows = [(f.id, _("{address}, byt č. {number}").format(
            address=b.address_line(), number=f.number)) for f, b in s.execute(
            select(Flat, Building).join(Building, Building.id == Flat.building_id)
            .where(live(Flat)))]
    return sorted(rows, key=lambda r: r[1])
