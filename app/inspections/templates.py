"""Checklist templates of a flat inspection: rooms and the items checked in
each. The office edits them on the settings tab "Kontroly bytů"; a new
inspection copies the template's items, so a later change of the template
never changes a protocol already written.

Built-in templates have ids derived from their key, so two installations that
create them independently end up with one row each after an exchange.
"""
# czech-on-purpose: the built-in checklists: the office's own Czech data, printed in Czech protocols
from __future__ import annotations

import json
import uuid
from dataclasses import dataclass, field

from sqlalchemy import select
from sqlalchemy.orm import Session

from models.inspections import ChecklistTemplate, InspectionKind

from .. import audit
from ..czech_text import sort_key
from ..db import Database
from ..errors import ValidationError
from ..rows import get_live, live
from ..security import Actor, Permission
from ..i18n import _

_NAMESPACE = uuid.UUID("3a0c7f1e-5b9d-4f0e-8e61-2d7b4c9a1f35")
ROOM_PER_BEDROOM = "Pokoj"      # expanded to "Pokoj 1", "Pokoj 2" … by the flat's rooms

_ENTRY = ("Vstupní dveře a předsíň", ["vstupní dveře, zámek a kování", "zvonek a domovní telefon",
                                      "podlaha", "stěny a strop", "vypínače a zásuvky"])
_KITCHEN = ("Kuchyň", ["kuchyňská linka", "sporák / varná deska a trouba", "digestoř",
                       "dřez a vodovodní baterie", "podlaha", "stěny a strop",
                       "okna a parapety", "radiátor"])
_ROOM = (ROOM_PER_BEDROOM, ["podlaha", "stěny a strop", "okna a parapety", "dveře",
                            "radiátor", "vypínače a zásuvky"])
_BATH = ("Koupelna", ["vana / sprchový kout", "umyvadlo a baterie", "obklady a dlažba",
                      "ventilátor", "ohřívač vody"])
_WC = ("WC", ["záchodová mísa a splachování", "podlaha a obklady"])
_CELLAR = ("Sklep / komora", ["dveře a zámek", "stav prostoru"])
_WHOLE = ("Celý byt", ["vlhkost a plísně", "výskyt škůdců (štěnice, švábi)",
                       "kouřový hlásič", "čistota a vyklizení"])


def _items(*rooms) -> list[dict]:
    return [{"room": room, "item": item} for room, items in rooms for item in items]


@dataclass(frozen=True)
class BuiltIn:
    key: str
    name: str
    kind: InspectionKind | None
    items: list[dict]

    @property
    def id(self) -> str:
        return str(uuid.uuid5(_NAMESPACE, self.key))


BUILT_IN = [
    BuiltIn("handover", "Předání a převzetí bytu", None,
            _items(_ENTRY, _KITCHEN, _ROOM, _BATH, _WC, _CELLAR, _WHOLE)),
    BuiltIn("periodic", "Pravidelná kontrola bytu", InspectionKind.PERIODIC,
            _items(("Vstupní dveře a předsíň", ["vstupní dveře a zámek", "podlaha a stěny"]),
                   ("Kuchyň", ["kuchyňská linka a spotřebiče", "dřez a baterie",
                               "stěny a strop"]),
                   (ROOM_PER_BEDROOM, ["podlaha", "stěny a strop", "okna"]),
                   ("Koupelna a WC", ["vana / sprcha a umyvadlo", "záchod", "ventilátor"]),
                   _WHOLE)),
    BuiltIn("extraordinary", "Mimořádná kontrola bytu", InspectionKind.EXTRAORDINARY,
            _items(("Celý byt", ["výskyt škůdců (štěnice, švábi)", "vlhkost a plísně",
                                 "hygiena a úklid", "poškození bytu a vybavení",
                                 "rozvody vody, plynu a elektřiny"]))),
]


@dataclass
class TemplateItem:
    room: str
    item: str


@dataclass
class TemplateData:
    id: str | None = None
    name: str = ""
    kind: InspectionKind | None = None
    items: list[TemplateItem] = field(default_factory=list)
    active: bool = True


def _load_items(row: ChecklistTemplate) -> list[TemplateItem]:
    try:
        raw = json.loads(row.items_json or "[]")
    except ValueError:
        raw = []
    return [TemplateItem(str(i.get("room", "")), str(i.get("item", ""))) for i in raw
            if isinstance(i, dict)]


def _data(row: ChecklistTemplate) -> TemplateData:
    return TemplateData(row.id, row.name, row.kind, _load_items(row), row.active)


def ensure_built_in(session: Session, actor: Actor | None) -> None:
    """Create the built-in templates that are missing (inside a transaction)."""
    for b in BUILT_IN:
        if session.get(ChecklistTemplate, b.id) is None:
            session.add(ChecklistTemplate(id=b.id, name=b.name, kind=b.kind,
                                          items_json=json.dumps(b.items, ensure_ascii=False)))
            session.flush()
            audit.record(session, actor, "create", "checklist_template", b.id)


def built_in_rows() -> list[dict]:
    """The built-in templates as plain rows (for the demo's bulk insert)."""
    return [dict(id=b.id, name=b.name, kind=b.kind, active=True,
                 items_json=json.dumps(b.items, ensure_ascii=False)) for b in BUILT_IN]


def list_templates(db: Database, actor: Actor, *, include_inactive: bool = False
                   ) -> list[TemplateData]:
    actor.require(Permission.VIEW_FLATS)
    with db.reading() as s:
        rows = s.scalars(select(ChecklistTemplate).where(
            live(ChecklistTemplate))).all()
        out = [_data(r) for r in rows if include_inactive or r.active]
    if not out:   # a fresh installation: offer the built-in ones (created on first use)
        out = [TemplateData(b.id, b.name, b.kind, [TemplateItem(**i) for i in b.items])
               for b in BUILT_IN]
    order = {None: 0, InspectionKind.MOVE_IN: 1, InspectionKind.MOVE_OUT: 2,
             InspectionKind.PERIODIC: 3, InspectionKind.EXTRAORDINARY: 4}
    out.sort(key=lambda t: (order[t.kind], sort_key(t.name)))
    return out


def template_for(session: Session, kind: InspectionKind,
                 template_id: str | None = None) -> ChecklistTemplate | None:
    """The chosen template, else the active one for this kind, else a general one."""
    if template_id:
        row = get_live(session, ChecklistTemplate, template_id, _("Šablona kontroly"))
        return row
    rows = session.scalars(select(ChecklistTemplate).where(
        live(ChecklistTemplate), ChecklistTemplate.active.is_(True))
        .order_by(ChecklistTemplate.id)).all()
    return (next((r for r in rows if r.kind == kind), None)
            or next((r for r in rows if r.kind is None), None))


def items_for_flat(row: ChecklistTemplate | None, rooms: int) -> list[TemplateItem]:
    """The template's items with "Pokoj" written out for each room of the flat."""
    return expand_rooms(_load_items(row) if row is not None else [], rooms)


def expand_rooms(items: list[TemplateItem], rooms: int) -> list[TemplateItem]:
    out: list[TemplateItem] = []
    rooms = max(1, rooms or 1)
    i = 0
    while i < len(items):
        if items[i].room == ROOM_PER_BEDROOM and rooms > 1:
            j = i
            while j < len(items) and items[j].room == ROOM_PER_BEDROOM:
                j += 1
            for n in range(1, rooms + 1):
                out.extend(TemplateItem(f"{ROOM_PER_BEDROOM} {n}", it.item) for it in items[i:j])
            i = j
        else:
            out.append(items[i])
            i += 1
    return out


# -- editing -------------------------------------------------------------------
def items_to_text(items: list[TemplateItem]) -> str:
    """One line per item: "Kuchyň: dřez a baterie"."""
    return "\n".join(f"{i.room}: {i.item}" for i in items)


def parse_items_text(text: str) -> list[TemplateItem]:
    """Lines "Místnost: položka"; a line without a colon continues the last room."""
    items: list[TemplateItem] = []
    room = None
    for n, raw in enumerate((text or "").splitlines(), start=1):
        line = " ".join(raw.split())
        if not line:
            continue
        if ":" in line:
            room_part, item = (p.strip() for p in line.split(":", 1))
            room = room_part or room
        else:
            item = line
        if not room:
            raise ValidationError(
                _("Řádek {n}: napište místnost a položku oddělené dvojtečkou, např. „Kuchyň: dřez "
                  "a baterie“.").format(n=n), field="items")
        if not item:
            raise ValidationError(_("Řádek {n}: chybí položka za dvojtečkou.")
                .format(n=n), field="items")
        if len(room) > 200 or len(item) > 200:
            raise ValidationError(_("Řádek {n} je příliš dlouhý.").format(n=n), field="items")
        items.append(TemplateItem(room, item))
    return items


def items_from_rows(rows: list[tuple[str, str]]) -> list[TemplateItem]:
    """The checklist table's rows (room, item); an empty room continues the
    room above, a wholly empty row is skipped. Errors name the row in Czech
    (field "items.<row index>" for the table to show it)."""
    items: list[TemplateItem] = []
    errors: dict[str, str] = {}
    room = None
    for n, (room_text, item_text) in enumerate(rows):
        r, i = " ".join((room_text or "").split()), " ".join((item_text or "").split())
        if not r and not i:
            continue
        room = r or room
        if not room:
            errors[f"items.{n}"] = _("Řádek {v1}: vyplňte místnost.").format(v1=n + 1)
        elif not i:
            errors[f"items.{n}"] = _("Řádek {v1}: vyplňte kontrolovanou položku.").format(v1=n + 1)
        elif len(room) > 200 or len(i) > 200:
            errors[f"items.{n}"] = _("Řádek {v1} je příliš dlouhý.").format(v1=n + 1)
        else:
            items.append(TemplateItem(room, i))
    if errors:
        first = next(iter(errors.values()))
        raise ValidationError(first, field="items", errors={"items": first, **errors})
    return items


def save_template(db: Database, actor: Actor, data: TemplateData) -> str:
    actor.require(Permission.SETTINGS)
    name = " ".join((data.name or "").split())
    errors = {}
    if not name:
        errors["name"] = _("Vyplňte název šablony.")
    if not data.items:
        errors["items"] = _("Šablona musí mít aspoň jednu položku.")
    if errors:
        raise ValidationError.from_errors(errors)
    items_json = json.dumps([{"room": i.room, "item": i.item} for i in data.items],
                            ensure_ascii=False)
    with db.transaction() as s:
        ensure_built_in(s, actor)
        if data.id:
            row = get_live(s, ChecklistTemplate, data.id, _("Šablona kontroly"))
            row.name, row.kind, row.items_json, row.active = name, data.kind, items_json, \
                data.active
            changed = audit.changed_fields(row)
            if changed:
                audit.record(s, actor, "update", "checklist_template", row.id,
                             {"fields": changed})
            return row.id
        row = ChecklistTemplate(name=name, kind=data.kind, items_json=items_json,
                                active=data.active)
        s.add(row)
        s.flush()
        audit.record(s, actor, "create", "checklist_template", row.id)
        return row.id


def remove_template(db: Database, actor: Actor, template_id: str) -> None:
    """Take a template out of use (protocols made from it keep their items)."""
    actor.require(Permission.SETTINGS)
    with db.transaction() as s:
        ensure_built_in(s, actor)
        row = get_live(s, ChecklistTemplate, template_id, _("Šablona kontroly"))
        row.active = False
        audit.record(s, actor, "deactivate", "checklist_template", row.id)
