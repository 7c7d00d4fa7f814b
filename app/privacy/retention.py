"""Retention periods and anonymisation (GDPR čl. 5 odst. 1 písm. e, čl. 17).

A person is due when nothing is open (no open case, running lease, live
application or unfinished fund request) and the last activity is older than
the period: closed cases → ``privacy.retention.case_years``, contacts only
(no case ever) → ``privacy.retention.contact_years``. The defaults follow a
typical municipal spisový a skartační plán (social work files S/10 from
closing, one-off contacts 5 years); the office sets its own plan's numbers.

Anonymising keeps what statistics need (year of birth, sex, citizenship,
ETHOS category, dates, amounts, states) and wipes every free-text column of
every row that refers to the person (found by the same foreign-key walk as
the subject access export, so a new table is covered), contacts,
attachments, addresses, and the person's lines inside frozen council
rankings. It is written as ordinary edits, so the next bundle carries it to
peers; ``PRAGMA secure_delete`` zeroes the freed space and the WAL is
checkpointed, so the old text is not left in the file. On a PostgreSQL
server VACUUM removes the old row versions from the tables.

Private landlords (bydlení s ručením): a landlord who is a natural person is a
data subject of their own. Their card is anonymised ``privacy.retention.
landlord_years`` after the last lease, guarantee, claim or fund payment with
them ended (nothing may be running); of a company only the contact person
(name, phone, e-mail, note) is, the company's name, IČO, seat and account are
not personal data. The private leases themselves belong to the tenant's file
and go with the tenant: a running private lease keeps its household from being
due, its end and its guarantee's end count as the tenant's activity.

Not covered: a household keeps its name while one of its members is not
anonymised, and a person with no records of their own (a household member
only) is never due on their own.

What legitimately stays: the audit trail (its chain is keyed over every
column, and it records only ids and field names – but a search event keeps the
text typed into the search box) and documents already handed out on paper."""
from __future__ import annotations

import datetime as dt
import json
from dataclasses import dataclass

from sqlalchemy import Enum, String, func, or_, select, text, update

from models.allocation import Application, ApplicationState
from models.base import SYNC_BOOKKEEPING, Base, utcnow
from models.cases import Case, CaseStatus, Note
from models.fund import FundPayment, FundRequest, FundRequestState
from models.intake import ContactRecord
from models.landlords import (Guarantee, GuaranteeClaim, Landlord, LandlordKind,
                              PrivateLease, PrivateLeaseState)
from models.leases import Lease, LeaseState
from models.people import Address, HouseholdMember, Household, Person
from models.sync import SyncConflict

from .. import audit, settings
from ..db import Database
from ..errors import ValidationError
from ..rows import live
from ..security import Actor, Permission
from .subject_access import collect
from .visibility import SPECIAL_COLUMNS
from ..i18n import N_, _

# czech-on-purpose: the anonymised values stored in place of names
ANON_NAME = "Anonymizováno"
# czech-on-purpose: the anonymised values stored in place of names
ANON_HOUSEHOLD = "Anonymizovaná domácnost"
CASE_YEARS = "privacy.retention.case_years"
CONTACT_YEARS = "privacy.retention.contact_years"
LANDLORD_YEARS = "privacy.retention.landlord_years"
SOURCE = N_("vzor spisového a skartačního plánu obce: spisy sociální práce S/10 od uzavření, "
             "evidence jednorázových kontaktů 5 let, smlouvy a platby s pronajímateli S/10 od "
             "skončení – ověřte podle plánu svého úřadu")


def source_text() -> str:
    """Where the default periods come from, in the person's language."""
    return _(SOURCE)

settings.register_defaults({CASE_YEARS: 10, CONTACT_YEARS: 5, LANDLORD_YEARS: 10})

# Text columns that are codes or numbers, not words about the person: kept.
KEEP_TEXT = frozenset({"id", "number", "owner_table", "owner_id", "mime_type", "sha256",
                       "citizenship", "resolution", "room", "item", "unit", "serial",
                       "supply_point", "source_ref", "amendment_number", "resolution_number",
                       "body", "search_surname", "search_given", "sort_key",
                       "rules_snapshot_json"})     # the council's rules: no one's data
KEEP_BY_TABLE = {"possible_duplicate": {"reason"}}
# Frozen documents about several people: only the person's own strings are replaced.
SHARED_SNAPSHOTS = {("allocation_decision", "ranking_snapshot_json")}


@dataclass(frozen=True)
class Periods:
    case_years: int
    contact_years: int
    landlord_years: int = 10


@dataclass(frozen=True)
class Due:
    person_id: str
    name: str
    rule: str                      # "uzavřený případ" / "jen kontakty" / a landlord's
    last_activity: dt.date
    due_on: dt.date
    kind: str = "person"           # "person" or "landlord" (person_id is then its id)

    def as_row(self) -> dict:
        return dict(self.__dict__)


def periods(db: Database, actor: Actor) -> Periods:
    actor.require(Permission.RETENTION)
    with db.reading() as s:
        return Periods(int(settings.get(s, CASE_YEARS)), int(settings.get(s, CONTACT_YEARS)),
                       int(settings.get(s, LANDLORD_YEARS)))


def set_periods(db: Database, actor: Actor, case_years: int, contact_years: int,
                landlord_years: int | None = None) -> None:
    actor.require(Permission.RETENTION)
    actor.require(Permission.SETTINGS)
    given = [case_years, contact_years] + ([landlord_years] if landlord_years is not None
                                           else [])     # None: unchanged
    for value in given:
        if not isinstance(value, int) or not 1 <= value <= 100:
            raise ValidationError(_("Skartační lhůta musí být celý počet let od 1 do 100."))
    with db.transaction() as s:
        settings.put(s, actor, CASE_YEARS, case_years)
        settings.put(s, actor, CONTACT_YEARS, contact_years)
        if landlord_years is not None:
            settings.put(s, actor, LANDLORD_YEARS, landlord_years)


def _years_before(day: dt.date, years: int) -> dt.date:
    try:
        return day.replace(year=day.year - years)
    except ValueError:             # 29 February
        return day.replace(year=day.year - years, day=28)


def _years_after(day: dt.date, years: int) -> dt.date:
    try:
        return day.replace(year=day.year + years)
    except ValueError:             # 29 February
        return day.replace(year=day.year + years, day=28)


def _max_by_person(s, column, person_col) -> dict[str, dt.date]:
    rows = s.execute(select(person_col, func.max(column)).where(
        person_col.is_not(None)).group_by(person_col))
    return {pid: (v if isinstance(v, dt.date) and not isinstance(v, dt.datetime)
                  else (v.date() if isinstance(v, dt.datetime)
                        else dt.date.fromisoformat(str(v)[:10])))
            for pid, v in rows if v is not None}


def _open_persons(s) -> set[str]:
    """Persons with something still running: never due."""
    open_ = set(s.scalars(select(Case.person_id).where(
        Case.deleted_at.is_(None), Case.status != CaseStatus.CLOSED)))
    open_ |= set(s.scalars(select(Lease.tenant_id).where(
        Lease.deleted_at.is_(None), Lease.state.in_([LeaseState.ACTIVE, LeaseState.RENEWED]))))
    open_ |= set(s.scalars(select(Application.applicant_id).where(
        Application.deleted_at.is_(None), Application.state == ApplicationState.ACTIVE)))
    open_ |= set(s.scalars(select(FundRequest.person_id).where(
        FundRequest.deleted_at.is_(None),
        FundRequest.state.not_in([FundRequestState.CLOSED, FundRequestState.REJECTED]))))
    # a member of a household with a running lease lives in a municipal flat
    open_ |= set(s.scalars(select(HouseholdMember.person_id).join(
        Lease, Lease.household_id == HouseholdMember.household_id).where(
        HouseholdMember.deleted_at.is_(None), Lease.deleted_at.is_(None),
        Lease.state.in_([LeaseState.ACTIVE, LeaseState.RENEWED]))))
    # a private lease (bydlení s ručením) that has not ended houses its tenant and household
    running = (PrivateLease.deleted_at.is_(None),
               PrivateLease.state != PrivateLeaseState.ENDED)
    open_ |= set(s.scalars(select(PrivateLease.tenant_id).where(*running)))
    open_ |= set(s.scalars(select(HouseholdMember.person_id).join(
        PrivateLease, PrivateLease.household_id == HouseholdMember.household_id).where(
        HouseholdMember.deleted_at.is_(None), *running)))
    return open_


def _private_housing_activity(s) -> list[dict[str, dt.date]]:
    """A tenant's private leases and the guarantees for them: their start and end."""
    guarantees = select(PrivateLease.tenant_id.label("pid"),
                        Guarantee.ends_on.label("day")).join(
        Guarantee, Guarantee.private_lease_id == PrivateLease.id).subquery()
    return [_max_by_person(s, PrivateLease.ended_on, PrivateLease.tenant_id),
            _max_by_person(s, PrivateLease.starts_on, PrivateLease.tenant_id),
            _max_by_person(s, guarantees.c.day, guarantees.c.pid)]


def due_list(s, today: dt.date) -> list[Due]:
    case_years, contact_years = int(settings.get(s, CASE_YEARS)), int(settings.get(s,
                                                                                  CONTACT_YEARS))
    activity: dict[str, dt.date] = {}
    for found in (_max_by_person(s, Case.closed_on, Case.person_id),
                  _max_by_person(s, Case.opened_on, Case.person_id),
                  _max_by_person(s, ContactRecord.occurred_at, ContactRecord.person_id),
                  _max_by_person(s, Note.written_at, Note.person_id),
                  _max_by_person(s, Lease.ended_on, Lease.tenant_id),
                  _max_by_person(s, Application.filed_on, Application.applicant_id),
                  _max_by_person(s, FundRequest.filed_on, FundRequest.person_id),
                  *_private_housing_activity(s)):
        for pid, day in found.items():
            activity[pid] = max(day, activity.get(pid, day))
    with_case = set(s.scalars(select(Case.person_id).where(Case.deleted_at.is_(None))))
    blocked = _open_persons(s)
    candidates = {}
    for pid, last in activity.items():
        years, rule = ((case_years, _("uzavřený případ")) if pid in with_case
                       else (contact_years, _("jen kontakty")))
        if pid not in blocked and last <= _years_before(today, years):
            candidates[pid] = (last, years, rule)
    due = []
    ids = sorted(candidates)
    for i in range(0, len(ids), 500):
        for p in s.scalars(select(Person).where(Person.id.in_(ids[i:i + 500]),
                                                Person.deleted_at.is_(None),
                                                Person.merged_into_id.is_(None),
                                                Person.surname != ANON_NAME)):
            last, years, rule = candidates[p.id]
            due.append(Due(p.id, p.full_name, rule, last, _years_after(last, years)))
    due += landlords_due(s, today, int(settings.get(s, LANDLORD_YEARS)))
    return sorted(due, key=lambda d: (d.due_on, d.name))


# -- landlords ------------------------------------------------------------------------

LANDLORD_PERSON_RULE = N_("pronajímatel – fyzická osoba")
LANDLORD_CONTACT_RULE = N_("kontaktní osoba pronajímatele (firma)")
# what a company landlord's card holds about its contact person
CONTACT_COLUMNS = ("contact_person", "phone", "email", "note")


def _as_day(value) -> dt.date:
    if isinstance(value, dt.datetime):
        return value.date()
    return value if isinstance(value, dt.date) else dt.date.fromisoformat(str(value)[:10])


def _landlord_activity(s, today: dt.date) -> tuple[dict[str, dt.date], set[str]]:
    """landlord id → last day something ran with them; and the landlords with
    something still running (a lease not ended, a guarantee not over)."""
    last: dict[str, dt.date] = {}
    running: set[str] = set()

    def seen(lid, day) -> None:
        if day is not None:
            day = _as_day(day)
            last[lid] = max(day, last.get(lid, day))
    for lid, state, starts, ends, ended in s.execute(select(
            PrivateLease.landlord_id, PrivateLease.state, PrivateLease.starts_on,
            PrivateLease.ends_on, PrivateLease.ended_on).where(live(PrivateLease))):
        if state != PrivateLeaseState.ENDED:
            running.add(lid)
        seen(lid, ended or ends or starts)
    for lid, ends in s.execute(select(PrivateLease.landlord_id, Guarantee.ends_on).join(
            Guarantee, Guarantee.private_lease_id == PrivateLease.id).where(live(Guarantee))):
        if ends >= today:
            running.add(lid)
        seen(lid, ends)
    for lid, paid in s.execute(select(PrivateLease.landlord_id, GuaranteeClaim.paid_on)
                               .join(Guarantee, Guarantee.private_lease_id == PrivateLease.id)
                               .join(GuaranteeClaim, GuaranteeClaim.guarantee_id == Guarantee.id)
                               .where(live(GuaranteeClaim))):
        seen(lid, paid)
    for lid, paid in s.execute(select(FundPayment.landlord_id, FundPayment.paid_on).where(
            FundPayment.landlord_id.is_not(None), live(FundPayment))):
        seen(lid, paid)
    return last, running


def _has_personal_data(landlord: Landlord) -> bool:
    if landlord.kind == LandlordKind.PERSON:
        return landlord.name != ANON_NAME
    return any(getattr(landlord, c) for c in CONTACT_COLUMNS)


def landlords_due(s, today: dt.date, years: int) -> list[Due]:
    """Landlords (natural persons) and company contact persons past the period."""
    last, running = _landlord_activity(s, today)
    due = []
    for landlord in s.scalars(select(Landlord).where(live(Landlord))):
        if landlord.id in running or not _has_personal_data(landlord):
            continue
        # never used: the period runs from the registration
        day = last.get(landlord.id) or _as_day(landlord.created_at)
        if day > _years_before(today, years):
            continue
        rule = (LANDLORD_PERSON_RULE if landlord.kind == LandlordKind.PERSON
                else LANDLORD_CONTACT_RULE)
        name = (landlord.name if landlord.kind == LandlordKind.PERSON
                else f"{landlord.contact_person or '—'} ({landlord.name})")
        due.append(Due(landlord.id, name, _(rule), day, _years_after(day, years), "landlord"))
    return due


def _anonymise_landlord(s, landlord_id: str) -> None:
    """A natural person's card is wiped but for its kind; a company keeps its
    name, IČO, seat and account and loses its contact person."""
    landlord = s.get(Landlord, landlord_id)
    for column in CONTACT_COLUMNS:
        setattr(landlord, column, None)
    if landlord.kind == LandlordKind.PERSON:
        landlord.name = ANON_NAME
        landlord.ico = landlord.address = landlord.bank_account = None
        landlord.active = False
        # the payee's name written on fund payments to them
        for payment in s.scalars(select(FundPayment).where(
                FundPayment.landlord_id == landlord_id, FundPayment.recipient.is_not(None))):
            payment.recipient = ANON_NAME
    s.execute(update(SyncConflict).where(SyncConflict.row_id == landlord_id)
              .values(kept_json=None, lost_json=None))


def due_persons(db: Database, actor: Actor, today: dt.date | None = None) -> list[Due]:
    """Who the retention periods make due for anonymisation (nothing changes)."""
    actor.require(Permission.RETENTION)
    with db.reading() as s:
        return due_list(s, today or dt.date.today())


# -- anonymising ------------------------------------------------------------------

def _blank(column):
    return None if column.nullable else ""


def _wipe_row(s, table, row: dict, pid: str) -> None:
    keep = KEEP_TEXT | KEEP_BY_TABLE.get(table.name, set())
    values = {}
    for c in table.columns:
        if c.name in keep or c.name in SYNC_BOOKKEEPING or c.foreign_keys:
            continue
        if isinstance(c.type, String) and not isinstance(c.type, Enum):
            if (table.name, c.name) in SHARED_SNAPSHOTS:
                continue
            if row.get(c.name) not in (None, ""):
                values[c.name] = _blank(c)
    if table.name == "task" and "title" in values:
        # czech-on-purpose: the anonymised values stored in place of names
        values["title"] = "Úkol (anonymizováno)"
    if table.name in ("person_contact", "attachment", "note") and row.get("deleted_at") is None:
        values["deleted_at"] = utcnow()
    if values:
        _orm_update(s, table.name, row["id"], values)


def _orm_update(s, table_name: str, row_id: str, values: dict) -> None:
    """Through the ORM, so the change capture stamps it and bundles carry it."""
    cls = next(m.class_ for m in Base.registry.mappers
               if m.class_.__tablename__ == table_name)
    obj = s.get(cls, row_id)
    for key, value in values.items():
        setattr(obj, key, value)


def _scrub(value, needles: list[str]):
    if isinstance(value, str):
        return ANON_NAME if any(n and n in value for n in needles) else value
    if isinstance(value, list):
        return [_scrub(v, needles) for v in value]
    if isinstance(value, dict):
        return {k: _scrub(v, needles) for k, v in value.items()}
    return value


def _scrub_snapshots(s, needles: list[str]) -> None:
    """The person's strings inside frozen council rankings (other applicants stay)."""
    from models.allocation import AllocationDecision
    for d in s.scalars(select(AllocationDecision).where(
            AllocationDecision.ranking_snapshot_json.is_not(None))):
        raw = d.ranking_snapshot_json
        if not any(n in raw or json.dumps(n)[1:-1] in raw for n in needles if n):
            continue
        d.ranking_snapshot_json = json.dumps(_scrub(json.loads(raw), needles),
                                             ensure_ascii=False, sort_keys=True)


def _anonymise_person(s, pid: str) -> None:
    person = s.get(Person, pid)
    needles = [person.full_name, f"{person.given_name} {person.surname}",
               f"{person.surname} {person.given_name}", person.birth_number or ""]
    found = collect(s, pid)
    tables = Base.metadata.tables
    owned = {rid for rows in found.values() for rid in rows}
    for name, rows in found.items():
        for row in rows.values():
            if name == "address" or row["id"] == pid:
                continue                   # below, once the rows are wiped
            if name == "person":           # a duplicate merged into this person
                _wipe_person(s.get(Person, row["id"]))
                continue
            other = row.get("person_id")
            if other is not None and other != pid:
                continue                   # another person's row under a shared case
            _wipe_row(s, tables[name], row, pid)
    att = tables["attachment"]
    for row in s.execute(select(att.c.id, att.c.owner_id, att.c.deleted_at).where(
            att.c.owner_id.in_(sorted(owned)))).mappings():
        _orm_update(s, "attachment", row["id"], {"data": b"", "filename": "", "caption": None,
                                                 "deleted_at": row["deleted_at"] or utcnow()})
    for address_id in (person.permanent_address_id, person.contact_address_id):
        if address_id and not _address_shared(s, address_id, pid):
            _orm_update(s, "address", address_id, {c: None for c in (
                "street", "house_number", "city", "city_part", "postcode", "ruian_code")})
    _anonymise_households(s, pid)
    _wipe_person(person)
    _scrub_snapshots(s, [n for n in needles if n.strip()])
    # conflicts keep old values of the person's columns: drop the values
    s.execute(update(SyncConflict).where(SyncConflict.row_id.in_(sorted(owned)))
              .values(kept_json=None, lost_json=None))


def _wipe_person(person: Person) -> None:
    person.title_before = person.title_after = person.birth_number = person.note = None
    person.given_name, person.surname = "", ANON_NAME
    person.permanent_address_id = person.contact_address_id = None
    if person.birth_date:
        person.birth_date = dt.date(person.birth_date.year, 1, 1)   # the year stays


def _address_shared(s, address_id: str, pid: str) -> bool:
    others = s.scalar(select(func.count()).select_from(Person).where(
        Person.id != pid, (Person.permanent_address_id == address_id)
        | (Person.contact_address_id == address_id)))
    households = s.scalar(select(func.count()).select_from(Household).where(
        Household.address_id == address_id))
    return bool(others or households)


def _anonymise_households(s, pid: str) -> None:
    """A household goes with its last member who is not anonymised yet."""
    for hid in s.scalars(select(HouseholdMember.household_id).where(
            HouseholdMember.person_id == pid)):
        others = s.scalars(select(Person).join(
            HouseholdMember, HouseholdMember.person_id == Person.id).where(
            HouseholdMember.household_id == hid, Person.id != pid,
            HouseholdMember.deleted_at.is_(None))).all()
        if any(p.surname != ANON_NAME for p in others):
            continue
        hh = s.get(Household, hid)
        hh.name, hh.note = ANON_HOUSEHOLD, None
        if hh.address_id:
            addr = s.get(Address, hh.address_id)
            addr.street = addr.house_number = addr.city_part = addr.ruian_code = None


def purge_deleted_drafts(s) -> int:
    """Deleted drafts keep no special-category text (a tombstone must still travel)."""
    count = 0
    for name, columns in SPECIAL_COLUMNS.items():
        table = Base.metadata.tables[name]
        cols = [c for c in columns if c in table.c and table.c[c].nullable
                and isinstance(table.c[c].type, String)]
        if not cols:
            continue
        for row_id in s.scalars(select(table.c.id).where(
                table.c.deleted_at.is_not(None),
                or_(*[table.c[c].is_not(None) for c in cols]))):
            _orm_update(s, name, row_id, {c: None for c in cols})
            count += 1
    return count


def purge_conflict_values(s) -> int:
    """Old values kept by synchronisation conflicts: a resolved conflict needs them
    no more, and an open one about an anonymised person must not keep the person."""
    count = 0
    for c in s.scalars(select(SyncConflict).where(
            or_(SyncConflict.kept_json.is_not(None), SyncConflict.lost_json.is_not(None)))):
        if c.resolved_at is None and not _about_anonymised(s, c.table_name, c.row_id):
            continue
        c.kept_json = c.lost_json = None
        count += 1
    return count


def _about_anonymised(s, table_name: str, row_id: str) -> bool:
    table = Base.metadata.tables.get(table_name)
    if table is None:
        return False
    if table_name == "person":
        pid = row_id
    elif "person_id" in table.c:
        pid = s.scalar(select(table.c.person_id).where(table.c.id == row_id))
    else:
        return False
    return pid is not None and s.scalar(select(Person.surname).where(Person.id == pid)) \
        == ANON_NAME


def anonymise(db: Database, actor: Actor, person_ids: list[str],
              today: dt.date | None = None) -> int:
    """Anonymise the given persons (only those still due) in one transaction."""
    actor.require(Permission.RETENTION)
    done, sqlite = 0, db.engine.dialect.name == "sqlite"
    with db.transaction() as s:
        if sqlite:     # freed cells are zeroed: the old text does not linger in the file
            s.execute(text("PRAGMA secure_delete = ON"))
        due = {d.person_id: d.kind for d in due_list(s, today or dt.date.today())}
        for pid in person_ids:
            if pid not in due:
                raise ValidationError(_("Osoba není po skartační lhůtě (nebo už je "
                                      "anonymizovaná); nic se nezměnilo."))
            if due[pid] == "landlord":
                _anonymise_landlord(s, pid)
                audit.record(s, actor, "anonymise", "landlord", pid, {"rule": "retention"})
            else:
                _anonymise_person(s, pid)
                audit.record(s, actor, "anonymise", "person", pid, {"rule": "retention"})
            done += 1
        purged = purge_deleted_drafts(s)
        if purged:
            audit.record(s, actor, "purge", "assessment", None, {"rows": purged})
        purged = purge_conflict_values(s)
        if purged:
            audit.record(s, actor, "purge", "sync_conflict", None, {"rows": purged})
    if sqlite:
        compact(db)
    elif db.server:
        vacuum_server(db)
    return done


def vacuum_server(db: Database) -> None:
    """PostgreSQL keeps the old versions of an updated row in the table until
    VACUUM removes them: run it now, so that no row version still holds the
    erased text (the server's WAL and dumps are the office's backups to rotate)."""
    names = ", ".join(f'"{t.name}"' for t in Base.metadata.sorted_tables)
    with db.engine.connect().execution_options(isolation_level="AUTOCOMMIT") as conn:
        conn.exec_driver_sql(f"VACUUM {names}")     # not in a transaction: VACUUM needs that


def compact(db: Database) -> None:
    """Rebuild the file (VACUUM) and empty the WAL, so no free page or old frame
    keeps text from before: earlier edits, made without secure_delete, may have
    left copies in free space that the anonymisation itself never touched."""
    raw = db.engine.raw_connection()      # outside any BEGIN: VACUUM needs that
    try:
        raw.driver_connection.execute("VACUUM")
        raw.driver_connection.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    finally:
        raw.close()
