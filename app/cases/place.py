"""A case's place (municipality of the ORP and locality) changed after the
intake: the client moved, or the intake guessed from an old address. The
statistics per municipality and locality read the case as stored, so they
follow at once; the change is audited (which fields, not the values)."""
from __future__ import annotations

from dataclasses import dataclass

from .. import audit, concurrency
from ..addresses import geography
from ..db import Database
from ..errors import ValidationError
from ..security import Actor, Permission
from ..i18n import N_, _
from .service import get_case


@dataclass(frozen=True)
class CasePlace:
    case_id: str
    municipality: str | None
    locality: str | None
    municipalities: list[str]
    locality_choices: dict[str, list[str]]      # municipality ("" none) → localities
    row_version: int = 0


def _text(value: str | None) -> str | None:
    return " ".join((value or "").split())[:100] or None


def case_place(db: Database, actor: Actor, case_id: str) -> CasePlace:
    """The case's place and what it may be changed to."""
    actor.require(Permission.VIEW_CASES)
    with db.reading() as s:
        case = get_case(s, case_id)
        geo = geography.read(s)
        choices = {m: geo.locality_choices(m) for m in ["", *geo.municipalities]}
        return CasePlace(case.id, case.municipality, case.locality, list(geo.municipalities),
                         choices, case.row_version)


def set_place(db: Database, actor: Actor, case_id: str, municipality: str | None,
              locality: str | None, *, expected_version: int | None = None) -> bool:
    """Store the case's place (None: not known); False when nothing changed."""
    actor.require(Permission.EDIT_CASES)
    town, part = _text(municipality), _text(locality)
    if part and not town:
        raise ValidationError(_("Vyberte nejdřív obec, ke které lokalita patří."),
                              field="municipality")
    with db.transaction() as s:
        case = get_case(s, case_id)
        concurrency.check(s, case, expected_version, record=_("Případ {number}").format(number=case.number),
                          mine={"municipality": town, "locality": part},
                          theirs=lambda: {"municipality": case.municipality,
                                          "locality": case.locality},
                          labels={"municipality": N_("Obec"), "locality": N_("Lokalita")})
        errors = geography.check_place(geography.read(s), town, part)
        if errors:
            raise ValidationError.from_errors(errors)
        old = (case.municipality, case.locality)
        if old == (town, part):
            return False
        case.municipality, case.locality = town, part
        # the audit names the changed fields, never their values (where a
        # client lives is personal data)
        audit.record(s, actor, "update", "case", case.id,
                     {"fields": [f for f, a, b in (("municipality", old[0], town),
                                                   ("locality", old[1], part)) if a != b]})
        return True
