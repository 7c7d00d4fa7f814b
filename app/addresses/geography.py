"""Where clients live, for statistics: the municipalities of the ORP (an
office setting, or the municipalities of the imported RÚIAN file while the
setting is empty) and localities — the town parts of a municipality (from
RÚIAN) and the office's own list (excluded localities, lodging houses).

Contacts and cases store the names as text, so statistics and bundles need
no reference table; an intake without a choice takes the client's address."""
from __future__ import annotations

from dataclasses import dataclass, field

from sqlalchemy import select
from sqlalchemy.orm import Session

from models.addresses import RuianAddress
from models.people import Person

from .. import settings
from ..czech_text import sort_key
from ..db import Database
from ..errors import ValidationError
from ..security import Actor, Permission
from .completion import point_in
from ..i18n import _

MUNICIPALITIES = "geo.municipalities"
LOCALITIES = "geo.localities"
settings.register_defaults({MUNICIPALITIES: [], LOCALITIES: []})


@dataclass(frozen=True)
class Geography:
    municipalities: list[str]                 # the ORP's, in Czech order
    localities: list[str]                     # the office's own (excluded localities …)
    town_parts: dict[str, list[str]] = field(default_factory=dict)   # from RÚIAN
    from_ruian: bool = False                  # municipalities read from RÚIAN

    def locality_choices(self, municipality: str | None) -> list[str]:
        parts = self.town_parts.get(municipality or "", [])
        return parts + [x for x in self.localities if x not in parts]


def _clean(values) -> list[str]:
    seen: dict[str, str] = {}
    for v in values or []:
        text = " ".join(str(v).split())[:100]
        if text:
            seen.setdefault(text.casefold(), text)
    return sorted(seen.values(), key=sort_key)


def read(session: Session) -> Geography:
    parts: dict[str, set[str]] = {}
    for m, part in session.execute(select(RuianAddress.municipality, RuianAddress.town_part)
                                   .distinct()):
        parts.setdefault(m, set()).add(part)
    town_parts = {m: sorted(p, key=sort_key) for m, p in parts.items()}
    chosen = _clean(settings.get(session, MUNICIPALITIES))
    return Geography(chosen or sorted(town_parts, key=sort_key),
                     _clean(settings.get(session, LOCALITIES)), town_parts,
                     from_ruian=not chosen and bool(town_parts))


def geography(db: Database, actor: Actor) -> Geography:
    """The lists a form offers (office configuration, no personal data)."""
    with db.reading() as s:
        return read(s)


def save_geography(db: Database, actor: Actor, municipalities: list[str],
                   localities: list[str]) -> Geography:
    actor.require(Permission.SETTINGS)
    with db.transaction() as s:
        settings.put(s, actor, MUNICIPALITIES, _clean(municipalities))
        settings.put(s, actor, LOCALITIES, _clean(localities))
        return read(s)


def check_place(geo: Geography, municipality: str | None, locality: str | None
                ) -> dict[str, str]:
    """Errors of a chosen place (field → Czech message); a place must come
    from the lists, so that statistics do not split one town into spellings."""
    errors = {}
    if municipality and geo.municipalities and municipality not in geo.municipalities:
        errors["municipality"] = (_("Obec „{municipality}“ není v seznamu obcí ORP (Nastavení → "
                                    "Obce a lokality).").format(municipality=municipality))
    if locality and locality not in geo.locality_choices(municipality):
        errors["locality"] = (_("Lokalita „{locality}“ není mezi částmi obce ani v seznamu lokalit "
                                "(Nastavení → Obce a lokality).").format(locality=locality))
    return errors


def person_place(session: Session, geo: Geography, person: Person | None
                 ) -> tuple[str | None, str | None]:
    """The place of a person's permanent address: the RÚIAN point when it has
    a kód ADM, else the typed town if it is one of the ORP's municipalities."""
    addr = person.permanent_address if person is not None else None
    if addr is None:
        return None, None
    point = point_in(session, addr.ruian_code)
    if point is not None:
        town, part = point.municipality, point.town_part
    else:
        town, part = addr.city, addr.city_part
    if not town or (geo.municipalities and town not in geo.municipalities):
        return None, None
    return town, part if part in geo.locality_choices(town) else None
