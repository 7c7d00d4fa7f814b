"""Subject access (čl. 15 GDPR): everything the office holds about one person,
as a package the person can read (XLSX with Czech labels) and a machine can
read (JSON), with the audit events saying who opened, printed or exported it.

Which rows belong to the person is found by walking the foreign keys of the
schema, not by a hand-kept list, so a table added later cannot be forgotten:
rows that refer to the person, the rows that hang under those (a case's
status changes, an assessment's debts, a lease's arrears) and attachments
owned by any of them. Data of other people that only sits beside the
person's (the whole ranking frozen in a council decision) is left out:
čl. 15 odst. 4 protects their rights."""
# czech-on-purpose: the subject access package (čl. 15 GDPR) is a Czech document
from __future__ import annotations

import base64
import datetime as dt
import decimal
import enum
import io
import json
import zipfile
from dataclasses import dataclass, field

from sqlalchemy import Table, select

from models.base import SYNC_BOOKKEEPING, Base
from models.people import Person

from .. import audit
from ..db import Database
from ..errors import NotFound
from ..security import Actor, Permission
from .audit_log import EventRow, events_about
from .labels import column_label, table_label
from .visibility import shown
from ..i18n import _, czech

# Tables never followed from a person's row: shared reference data and people
# or flats of their own (a household's other members are not the subject).
NOT_FOLLOWED = frozenset({"person", "address", "household", "user", "flat", "building",
                          "partner_organisation", "rule_set", "checklist_template", "meter"})
# Rows two levels below the person whose own rows are followed once more: the
# claims paid under a guarantee of the person's private lease.
DEEPER = frozenset({"guarantee"})
# Columns holding other people's data beside the person's: not handed out.
OTHERS_DATA = {("allocation_decision", "ranking_snapshot_json"),
               ("allocation_decision", "rules_snapshot_json")}
# Derived for search and ordering (the name again, folded): not shown.
DERIVED = frozenset({"search_surname", "search_given", "sort_key"})
WITHHELD = "(obsahuje údaje dalších osob – nevydává se, čl. 15 odst. 4 GDPR)"


@dataclass
class Package:
    person_id: str
    person_name: str
    made_at: dt.datetime
    tables: dict[str, list[dict]] = field(default_factory=dict)   # table → rows
    attachments: list[tuple[str, str, bytes]] = field(default_factory=list)  # id, name, data
    events: list[EventRow] = field(default_factory=list)
    summary: object = None           # reports.subject_access.SubjectSummary

    @property
    def row_count(self) -> int:
        return sum(len(rows) for rows in self.tables.values())


def referring(target: str) -> list[tuple[Table, str]]:
    """(table, column) of every foreign key in the schema that points at ``target``."""
    return [(t, fk.parent.name) for t in Base.metadata.sorted_tables
            for fk in t.foreign_keys if fk.column.table.name == target]


def _plain(value):
    if isinstance(value, enum.Enum):
        return value.value
    if isinstance(value, (dt.date, dt.datetime)):
        return value.isoformat()
    if isinstance(value, decimal.Decimal):
        return str(value)
    return value


def _rows(session, table: Table, column: str, ids: set[str]) -> list[dict]:
    if not ids:
        return []
    cols = [c for c in table.columns if c.name not in SYNC_BOOKKEEPING
            and not (table.name == "attachment" and c.name == "data")]
    found = []
    for chunk in _chunks(sorted(ids)):
        found += [dict(r._mapping) for r in session.execute(
            select(*cols).where(table.c[column].in_(chunk)))]
    return found


def _chunks(items: list, size: int = 500):
    for i in range(0, len(items), size):
        yield items[i:i + size]


def collect(session, person_id: str) -> dict[str, dict[str, dict]]:
    """table → {row id → row} of everything that refers to the person (see module doc)."""
    found: dict[str, dict[str, dict]] = {}

    def add(table: Table, rows: list[dict]) -> set[str]:
        bucket = found.setdefault(table.name, {})
        new = {r["id"] for r in rows if r["id"] not in bucket}
        bucket.update({r["id"]: r for r in rows})
        return new

    person_table = Base.metadata.tables["person"]
    add(person_table, _rows(session, person_table, "id", {person_id}))
    me = found["person"][person_id]
    address = Base.metadata.tables["address"]
    add(address, _rows(session, address, "id", {a for a in (me["permanent_address_id"],
                                                            me["contact_address_id"]) if a}))
    first: dict[str, set[str]] = {}
    for table, column in referring("person"):
        new = add(table, _rows(session, table, column, {person_id}))
        first.setdefault(table.name, set()).update(new)
    # one level below: rows that hang under the person's own rows
    second: dict[str, set[str]] = {}
    for parent, ids in first.items():
        if parent in NOT_FOLLOWED or not ids:
            continue
        for table, column in referring(parent):
            new = add(table, _rows(session, table, column, ids))
            second.setdefault(table.name, set()).update(new)
    for parent in DEEPER:
        for table, column in referring(parent):
            add(table, _rows(session, table, column, second.get(parent, set())))
    return found


def build_package(db: Database, actor: Actor, person_id: str) -> Package:
    """Everything about the person (audited as an export of the record)."""
    actor.require(Permission.SUBJECT_ACCESS)
    actor.require(Permission.VIEW_PERSONS)
    with db.reading() as s:
        person = s.get(Person, person_id)
        if person is None:
            raise NotFound(_("Osoba neexistuje."))
        found = collect(s, person_id)
        owned = {rid for rows in found.values() for rid in rows}
        attachments = Base.metadata.tables["attachment"]
        att_rows = _rows(s, attachments, "owner_id", owned)
        files = [(r["id"], r["filename"], s.scalar(select(attachments.c.data).where(
            attachments.c.id == r["id"])) or b"") for r in att_rows]
        if att_rows:
            found.setdefault("attachment", {}).update({r["id"]: r for r in att_rows})
        ids = {rid for rows in found.values() for rid in rows}
        events = events_about(s, ids)
        pkg = Package(person_id, person.full_name, dt.datetime.now().replace(microsecond=0),
                      attachments=files, events=events)
    with czech():       # a Czech document: the hidden-value mark in Czech, whatever the UI
        for table, rows in found.items():
            if rows:
                pkg.tables[table] = [_shape(actor, table, row) for row in rows.values()]
        with db.reading() as s:
            pkg.summary = _summary(s, pkg)
    with db.transaction() as s:
        audit.record(s, actor, "export", "person", person_id,
                     {"what": "subject_access", "rows": pkg.row_count,
                      "tables": sorted(pkg.tables)})
    return pkg


def _shape(actor: Actor, table: str, row: dict) -> dict:
    out = {}
    for name, value in row.items():
        if name in DERIVED:
            continue
        if (table, name) in OTHERS_DATA and value:
            value = WITHHELD
        out[name] = _plain(shown(actor, table, name, value))
    return out


SHOWN_EVENTS = 40


def _summary(s, pkg: Package):
    """The readable cover: identity, what is kept, why, for whom, how long, who looked."""
    from reports.subject_access import SubjectSummary

    from .. import settings
    from ..czech_text import sort_key
    from ..formatting import format_date, format_datetime
    from ..office import office_info
    from . import retention
    from .audit_log import ACTION_LABELS
    from .processing import KIND_LABELS, PURPOSES
    from models.sync import Peer
    me = pkg.tables["person"][0] if pkg.tables.get("person") else {}
    addresses = {a["id"]: a for a in pkg.tables.get("address", [])}
    home = addresses.get(me.get("permanent_address_id")) or {}

    def day(iso):
        return format_date(dt.date.fromisoformat(iso)) if iso else ""
    identity = (("Jméno a příjmení", pkg.person_name),
                ("Datum narození", day(me.get("birth_date"))),
                ("Rodné číslo", me.get("birth_number") or ""),
                ("Trvalé bydliště", ", ".join(str(home[k]) for k in (
                    "street", "house_number", "postcode", "city") if home.get(k))))
    peers = s.scalars(select(Peer).where(Peer.revoked_at.is_(None)).order_by(Peer.name))
    return SubjectSummary(
        office=office_info(s), person_name=pkg.person_name,
        made_on=format_date(pkg.made_at.date()), identity=identity,
        records=tuple((table_label(t), len(rows)) for t, rows in sorted(
            pkg.tables.items(), key=lambda kv: sort_key(table_label(kv[0])))),
        purposes=PURPOSES,
        recipients=tuple(f"{p.name} ({KIND_LABELS.get(p.kind, p.kind)})" for p in peers),
        retention=(f"po uzavření případu {settings.get(s, retention.CASE_YEARS)} let, "
                   f"jen kontakty bez případu {settings.get(s, retention.CONTACT_YEARS)} let; "
                   "potom se údaje anonymizují",),
        access=tuple((format_datetime(e.at), e.user_name or "", ACTION_LABELS.get(
            e.action, e.action), table_label(e.entity)) for e in pkg.events[:SHOWN_EVENTS]),
        access_total=len(pkg.events))


# -- the package on disk -----------------------------------------------------------

def package_json(pkg: Package) -> bytes:
    data = {
        "format": "kmb-subject-access/1",
        "person_id": pkg.person_id,
        "person": pkg.person_name,
        "made_at": pkg.made_at.isoformat(),
        "tables": {name: {"label": table_label(name), "rows": rows}
                   for name, rows in sorted(pkg.tables.items())},
        "access": [{"at": e.at.isoformat(), "user": e.user_name, "action": e.action,
                    "record": e.entity, "record_id": e.entity_id, "detail": e.detail}
                   for e in pkg.events],
        "attachments": [{"id": i, "filename": n, "base64": base64.b64encode(d).decode()}
                        for i, n, d in pkg.attachments],
    }
    return json.dumps(data, ensure_ascii=False, indent=2, default=str).encode("utf-8")


def package_xlsx(pkg: Package) -> bytes:
    from openpyxl.cell.cell import ILLEGAL_CHARACTERS_RE

    from .. import tabular

    def cell(value):           # control characters cannot be stored in a sheet
        return ILLEGAL_CHARACTERS_RE.sub("", value) if isinstance(value, str) else value
    sheets = []
    for name, rows in sorted(pkg.tables.items(), key=lambda kv: kv[0] != "person"):
        cols = [c for c in (rows[0].keys() if rows else []) if c != "id"] + ["id"]
        sheets.append(tabular.Sheet(table_label(name), [(c, column_label(c)) for c in cols],
                                    [{k: cell(v) for k, v in r.items()} for r in rows],
                                    heading=f"{table_label(name)} – {pkg.person_name}"))
    sheets.append(tabular.Sheet(
        "Kdo s údaji pracoval",
        [("at", "Kdy"), ("user_name", "Kdo"), ("action_label", "Akce"),
         ("entity", "Záznam"), ("entity_id", "ID záznamu")],
        [dict(e.__dict__, entity=table_label(e.entity)) for e in pkg.events]))
    return tabular.xlsx_bytes(sheets)


README = """Výpis osobních údajů podle čl. 15 GDPR

Osoba: {name}
Vytvořeno: {made}

souhrn.pdf   – shrnutí: jaké záznamy vedeme, proč, komu je předáváme, jak dlouho,
               kdo s nimi pracoval a jaká máte práva
udaje.xlsx   – čitelný přehled: jeden list na každý druh záznamu, poslední list říká,
               kdo s údaji pracoval (otevřel, tiskl, exportoval, měnil)
udaje.json   – tytéž údaje ve strojově čitelné podobě (čl. 20 GDPR)
prilohy/     – soubory uložené u záznamů (fotografie)

Údaje dalších osob (např. celé pořadí žadatelů v rozhodnutí rady) se nevydávají.
Soubor obsahuje osobní údaje: předávejte ho jen dotčené osobě a nenechávejte kopie.
"""


def package_zip(pkg: Package) -> bytes:
    buf = io.BytesIO()
    with czech(), zipfile.ZipFile(buf, "w", zipfile.ZIP_DEFLATED) as z:
        z.writestr("PRECTETE.txt", README.format(
            name=pkg.person_name, made=f"{pkg.made_at.day}. {pkg.made_at.month}. "
                                       f"{pkg.made_at.year}"))
        if pkg.summary is not None:
            from reports.subject_access import render
            z.writestr("souhrn.pdf", render(pkg.summary))
        z.writestr("udaje.xlsx", package_xlsx(pkg))
        z.writestr("udaje.json", package_json(pkg))
        for att_id, filename, data in pkg.attachments:
            z.writestr(f"prilohy/{att_id}-{filename}", data)
    return buf.getvalue()


def export_person(db: Database, actor: Actor, person_id: str, out_path) -> Package:
    """``kmb person export`` and the button on the person detail: a ZIP file."""
    from ..files import write_atomic
    pkg = build_package(db, actor, person_id)
    write_atomic(out_path, package_zip(pkg))
    return pkg
