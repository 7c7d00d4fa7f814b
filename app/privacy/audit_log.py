"""Reading the audit trail: the viewer (Nastavení → Audit), ``kmb audit``,
and on a person's detail who opened, printed or exported the record.
Verifying the chain is itself audited."""
from __future__ import annotations

import datetime as dt
import json
from dataclasses import dataclass

from sqlalchemy import or_, select

from models.audit import AuditEvent

from .. import audit
from ..db import Database
from ..security import Actor, Permission
from ..i18n import N_, _

ACTION_LABELS = {
    "create": N_("založení"), "update": N_("změna"), "delete": N_("smazání"),
    "open": N_("otevření"), "print": N_("tisk"), "export": N_("export"), "search": N_("hledání"),
    "merge": N_("sloučení"), "login": N_("přihlášení"),
    "login_failed": N_("neúspěšné přihlášení"), "import": N_("načtení balíčku"),
    "verify": N_("ověření auditu"), "resolve": N_("vyřešení konfliktu"),
    "password": N_("změna hesla"), "close": N_("uzavření"), "demo": N_("ukázková data"),
    "decide": N_("rozhodnutí"), "refuse": N_("odmítnutí"), "purge": N_("trvalé odstranění"),
    "end": N_("ukončení"), "db_copy": N_("přesun databáze"), "withdraw": N_("zpětvzetí"),
    "status": N_("změna stavu"), "state": N_("změna stavu"), "sign": N_("podpis"),
    "revoke": N_("odvolání"), "restore": N_("obnova"), "repay": N_("splátka"),
    "renew": N_("prodloužení"), "rekey": N_("výměna klíče databáze"), "propose": N_("návrh"),
    "plan": N_("splátkový kalendář"), "pay": N_("výplata"),
    "password_recovery": N_("obnova zapomenutého hesla"), "offer": N_("nabídka"),
    "list": N_("výpis"), "deactivate": N_("deaktivace"),
    "consent_given": N_("souhlas klienta dán"),
    "consent_withdrawn": N_("souhlas klienta odvolán"), "complete": N_("dokončení"),
    "backup": N_("záloha"), "assign": N_("přidělení"), "arrears": N_("načtení dluhů"),
    "archive": N_("archivace"), "anonymise": N_("anonymizace"), "amend": N_("dodatek"),
    "adopt": N_("převzetí"), "accept": N_("přijetí"),
}


def action_label(action: str) -> str:
    """The audit event kind in the person's language (the code when unknown)."""
    return _(ACTION_LABELS[action]) if action in ACTION_LABELS else action


# What a data subject is told about: who looked at the record or took it out.
ACCESS_ACTIONS = ("open", "print", "export", "search", "merge", "update", "create")


@dataclass(frozen=True)
class EventRow:
    seq: int
    at: dt.datetime
    user_name: str | None
    action: str
    action_label: str
    entity: str
    entity_id: str | None
    detail: str


def _row(ev: AuditEvent) -> EventRow:
    detail = ""
    if ev.detail:
        data = json.loads(ev.detail)
        detail = ", ".join(f"{k}: {', '.join(map(str, v)) if isinstance(v, list) else v}"
                           for k, v in data.items())
    return EventRow(ev.seq, ev.at, ev.user_name, ev.action,
                    action_label(ev.action), ev.entity, ev.entity_id, detail)


def query_events(session, *, entity_id: str | None = None, user: str | None = None,
                 action: str | None = None, date_from: dt.date | None = None,
                 date_to: dt.date | None = None, limit: int | None = 5000) -> list[EventRow]:
    stmt = select(AuditEvent).order_by(AuditEvent.seq.desc())
    if entity_id:      # the record itself, or an event that names it in its detail
        stmt = stmt.where(or_(AuditEvent.entity_id == entity_id,
                              AuditEvent.detail.contains(entity_id)))
    if user:
        like = f"%{user}%"
        stmt = stmt.where(or_(AuditEvent.user_id == user, AuditEvent.user_name.ilike(like)))
    if action:
        stmt = stmt.where(AuditEvent.action == action)
    if date_from:
        stmt = stmt.where(AuditEvent.at >= dt.datetime.combine(date_from, dt.time()))
    if date_to:
        stmt = stmt.where(AuditEvent.at < dt.datetime.combine(date_to + dt.timedelta(days=1),
                                                              dt.time()))
    if limit:
        stmt = stmt.limit(limit)
    return [_row(ev) for ev in session.scalars(stmt)]


def events_about(session, record_ids: set[str]) -> list[EventRow]:
    """Every event about any of these records (newest first)."""
    found = []
    ids = sorted(record_ids)
    for i in range(0, len(ids), 500):
        found += session.scalars(select(AuditEvent).where(
            AuditEvent.entity_id.in_(ids[i:i + 500])))
    return [_row(ev) for ev in sorted(found, key=lambda e: -e.seq)]


# how long reading the trail waits for this workstation's queued search events
# (app/audit_behind.py; they normally take milliseconds); then it shows what is in
FLUSH_WAIT = 5.0


def list_events(db: Database, actor: Actor, *, person_id: str | None = None,
                user: str | None = None, action: str | None = None,
                date_from: dt.date | None = None, date_to: dt.date | None = None,
                limit: int | None = 5000) -> list[EventRow]:
    actor.require(Permission.VIEW_AUDIT)
    db.flush_audit(FLUSH_WAIT)        # this workstation's own searches are in the list
    with db.reading() as s:
        return query_events(s, entity_id=person_id, user=user, action=action,
                            date_from=date_from, date_to=date_to, limit=limit)


def person_access(db: Database, actor: Actor, person_id: str) -> list[EventRow]:
    """Who opened, printed, exported or changed this person's record (newest first)."""
    actor.require(Permission.VIEW_PERSONS)
    actor.require(Permission.VIEW_CASES)
    with db.reading() as s:
        return [r for r in query_events(s, entity_id=person_id, limit=500)
                if r.action in ACCESS_ACTIONS]


def verify(db: Database, actor: Actor) -> list[audit.Problem]:
    """Check the whole trail (every column, gaps, the end, signed anchors)."""
    actor.require(Permission.VIEW_AUDIT)
    db.flush_audit(FLUSH_WAIT)
    with db.reading() as s:
        problems = audit.check(s)
    with db.transaction() as s:
        audit.record(s, actor, "verify", "audit_event", None,
                     {"problems": len(problems)})
    return problems


# czech-on-purpose: the audit export workbook is the office's record (Czech, as the audit trail)
EXPORT_COLUMNS = [("seq", "Č."), ("at", "Kdy"), ("user_name", "Kdo"), ("action_label", "Akce"),
                  ("entity", "Záznam"), ("entity_id", "ID"), ("detail", "Podrobnosti")]


def export_events(db: Database, actor: Actor, fmt: str, **filters) -> bytes:
    """The filtered events as XLSX or CSV for Czech Excel (the export is audited)."""
    from .. import tabular
    rows = list_events(db, actor, limit=None, **filters)
    dicts = [r.__dict__ for r in rows]
    if fmt == "xlsx":
        # czech-on-purpose: the audit export workbook is the office's record (Czech, as the audit trail)
        data = tabular.xlsx_bytes([tabular.Sheet("Auditní záznam", EXPORT_COLUMNS, dicts)])
    else:
        data = tabular.csv_text([[c[1] for c in EXPORT_COLUMNS]]
                                + [[d[c[0]] for c in EXPORT_COLUMNS] for d in dicts]
                                ).encode("utf-8")
    with db.transaction() as s:
        audit.record(s, actor, "export", "audit_event", None,
                     {"format": fmt, "rows": len(rows)})
    return data
