"""Deciding, row by row, what a file adds: a new record, one that is already
there (found by its natural key — so a second import of the same file adds
nothing), or a problem named by its row number. The preview and the import
run the same code; only the import writes.

Natural keys: our own export's record codes first; a person by rodné číslo,
else name and birth date (the duplicate check of the intake), else name and
street; a building by street, number and town, a flat by building and
number; an application by number or applicant and filing date; a lease by
number or flat, tenant and start."""
from __future__ import annotations

import datetime as dt
import os
from contextlib import contextmanager
import time
from dataclasses import dataclass, field

import uuid6
from sqlalchemy import or_, select, text
from sqlalchemy.orm import Session

from models.allocation import Application, ApplicationState
from models.base import Base
from models.housing import Building, Flat, FlatCategory, FlatStatus
from models.leases import Lease, LeaseState
from models.people import (Address, ContactKind, Household, HouseholdMember, Person,
                           PersonContact, Relation)

from .. import audit, numbering
import re
import unicodedata

from ..czech_text import LIGATURES, _PRIMARY, _weights, fold, sort_key
from ..intake.duplicates import find_duplicates
from ..intake.service import household_name
from ..sync.capture import stamp_new_rows
from ..rows import live
from .fields import Kind
from .rows import Parsed
from ..i18n import _
from .seen import Seen
from reports.heap import settled_heap  # noqa: F401 – the import's heap left alone (service.py)

CHUNK = 2000               # rows looked up in one query and written in one bulk insert
NEW, EXISTING = "new", "existing"
_CACHE_MAX = 4096          # folded texts and sort keys of words kept (names repeat)


class RowRefused(Exception):
    """The row conflicts with what is stored or with an earlier row."""


_folded: dict[str, str] = {}
_word_keys: dict[str, tuple[str, str, str]] = {}


def _fold(text: str) -> str:
    """``fold`` remembered: a row's name is looked up several times (its own
    duplicate, the stored records, the search columns) and names repeat."""
    hit = _folded.get(text)
    if hit is None:
        if len(_folded) > _CACHE_MAX:
            _folded.clear()
        hit = _folded[text] = fold(text)
    return hit


def _k(*parts) -> tuple:
    return tuple(_fold(p) if isinstance(p, str) else p for p in parts)


def _name(surname: str | None, given: str | None, extra) -> tuple:
    """A person's name and ``extra`` (birth date or street) as a key: without
    diacritics and in either order (a list typed "Novák Jan" in one column and
    "Jan Novák" in the other is one person)."""
    a, b = _fold(surname or ""), _fold(given or "")
    if isinstance(extra, str):
        extra = _fold(extra)
    return (a, b, extra) if a <= b else (b, a, extra)


class _Table(dict):
    """A ``str.translate`` table filled on first use of each character."""
    def __init__(self, make):
        super().__init__()
        self._make = make

    def __missing__(self, code: int) -> str:
        value = self[code] = self._make(chr(code))
        return value


_CH_LOWER, _CH_UPPER = "\ue000", "\ue001"      # the letter CH as one character
_CH = re.compile("[cC][hH]")


def _weights_of(ch: str) -> tuple[int, int]:
    return _PRIMARY["ch"] if ch in (_CH_LOWER, _CH_UPPER) else _weights(ch)


_PRIMARY_T = _Table(lambda ch: chr(0x20 + _weights_of(ch)[0]))
_SECONDARY_T = _Table(lambda ch: chr(0x21 + _weights_of(ch)[1]))
_CASE_T = _Table(lambda ch: "\x22" if ch.isupper() or ch == _CH_UPPER else "\x21")


def _word_sort_key(word: str) -> tuple[str, str, str]:
    """``czech_text.sort_key`` of one word, its three levels, by translation
    tables instead of a loop over characters (names of a big file rarely
    repeat whole, their letters do). Equal to ``sort_key`` (tested); a word
    whose lower case changes its length takes ``sort_key`` itself."""
    text = unicodedata.normalize("NFC", word)
    if (_CH_LOWER in text or _CH_UPPER in text or len(text.lower()) != len(text)
            or text.translate(LIGATURES) != text):
        return tuple(sort_key(word).split("\x01"))
    if "h" in text or "H" in text:
        text = _CH.sub(lambda m: _CH_UPPER if m[0][0] == "C" else _CH_LOWER, text)
    lower = text.lower()
    return (lower.translate(_PRIMARY_T), lower.translate(_SECONDARY_T),
            text.translate(_CASE_T))


def _word_key(word: str) -> tuple[str, str, str]:
    hit = _word_keys.get(word)
    if hit is None:
        if len(_word_keys) > _CACHE_MAX:
            _word_keys.clear()
        hit = _word_keys[word] = _word_sort_key(word)
    return hit


def fast_person_sort_key(surname: str, given: str) -> str:
    """``person_sort_key`` from the keys of its words (a space is one
    separator on each level and CH never spans words), so a surname common
    in the file is collated once, not per row."""
    words = f"{surname} {given}".split()
    if not words:
        return ""
    keys = [_word_key(w) for w in words]
    return "\x01".join("\x21".join(k[level] for k in keys) for level in range(3))


_RANDOM = bytearray()       # random bytes taken from the OS in blocks, not per id
_RANDOM_BLOCK = 10 * 4096
_VARIANT = "89ab"


def fast_id() -> str:
    """``models.base.new_id`` (uuid6's UUID version 7, ids strictly increasing
    in this process: the same clock) without building a UUID object: an import
    takes four or five ids per row and uuid6 spends most of its time there.
    The random part comes from ``os.urandom`` in blocks (one system call per
    4,096 ids instead of one per id)."""
    global _RANDOM
    ms = time.time_ns() // 1_000_000
    last = uuid6._last_v7_timestamp
    if last is not None and ms <= last:
        ms = last + 1
    uuid6._last_v7_timestamp = ms
    if not _RANDOM:
        _RANDOM = bytearray(os.urandom(_RANDOM_BLOCK))
    r = _RANDOM[-10:].hex()       # 80 random bits: 12, 2 (after the variant's 10), 60
    del _RANDOM[-10:]
    t = f"{ms & 0xFFFF_FFFF_FFFF:012x}"
    return f"{t[:8]}-{t[8:]}-7{r[:3]}-{_VARIANT[int(r[3], 16) & 3]}{r[4:7]}-{r[7:19]}"


@dataclass
class Context:
    """Natural keys of what is stored and of what the file added.

    Persons are looked up a chunk at a time (``prepare``: one query for the
    chunk's rodné čísla, names and codes against the stored rows and the ones
    this import already wrote) and forgotten at the chunk's end; what the
    file's rows were (their lines, the preview's own new persons) goes to
    ``keys`` on disk. So memory does not grow with the file or the records.
    Households, buildings, flats, applications and leases (an office has
    thousands, not 100,000) are still read once."""
    session: Session
    actor: object
    kind: Kind
    sha256: str
    write: bool
    today: dt.date
    # the chunk's candidates (stored, written by this import, or new in this chunk)
    persons: set = field(default_factory=set)
    person_rc: dict = field(default_factory=dict)
    person_name_bd: dict = field(default_factory=dict)
    person_name_street: dict = field(default_factory=dict)
    person_rc_of: dict = field(default_factory=dict)
    households: dict = field(default_factory=dict)     # id → (folded name)
    household_key: dict = field(default_factory=dict)  # (name, head) → id
    members: set = field(default_factory=set)
    person_households: dict = field(default_factory=dict)   # person → [household]
    buildings: dict = field(default_factory=dict)
    flats: set = field(default_factory=set)
    flat_key: dict = field(default_factory=dict)
    applications: set = field(default_factory=set)
    application_key: dict = field(default_factory=dict)
    leases: set = field(default_factory=set)
    lease_key: dict = field(default_factory=dict)
    keys: Seen = field(default_factory=Seen)          # what earlier rows of the file were
    pending: list = field(default_factory=list)        # written since the last flush
    bulk: dict = field(default_factory=dict)           # model → rows to insert at the flush
    audits: list = field(default_factory=list)         # their audit events, written in one go

    def load(self) -> None:
        s = self.session
        if self.kind.key in ("households", "applications", "leases"):
            for hid, name, pid, rel in s.execute(
                    select(Household.id, Household.name, HouseholdMember.person_id,
                           HouseholdMember.relation)
                    .outerjoin(HouseholdMember, (HouseholdMember.household_id == Household.id)
                               & HouseholdMember.deleted_at.is_(None))
                    .where(live(Household))):
                self.households[hid] = fold(name)
                if pid:
                    self._remember_member(hid, pid)
                    if rel == Relation.HEAD:
                        self.household_key[(fold(name), pid)] = hid
        if self.kind.key in ("flats", "leases"):
            for bid, street, no, city in s.execute(
                    select(Building.id, Building.street, Building.house_number, Building.city)
                    .where(live(Building))):
                self.buildings.setdefault(_k(street or "", no or "", city or ""), bid)
            for fid, bid, number in s.execute(select(Flat.id, Flat.building_id, Flat.number)
                                              .where(live(Flat))):
                self.flats.add(fid)
                self.flat_key[(bid, fold(number))] = fid
        if self.kind.key == "applications":
            for aid, number, applicant, filed in s.execute(
                    select(Application.id, Application.number, Application.applicant_id,
                           Application.filed_on).where(live(Application))):
                self.applications.add(aid)
                if number:
                    self.application_key[("number", fold(number))] = (aid, applicant)
                self.application_key[(applicant, filed)] = aid
        if self.kind.key == "leases":
            for lid, number, flat, tenant, starts in s.execute(
                    select(Lease.id, Lease.number, Lease.flat_id, Lease.tenant_id,
                           Lease.starts_on).where(live(Lease))):
                self.leases.add(lid)
                if number:
                    self.lease_key[("number", fold(number))] = lid
                self.lease_key[(flat, tenant, starts)] = lid

    def prepare(self, rows: list[Parsed]) -> None:
        """The stored persons the chunk's rows can be, in one query: by rodné
        číslo, by record code, or by both folded name parts (either order,
        without diacritics: the candidates, ``_name`` decides)."""
        rcs, codes, names = set(), set(), set()
        for row in rows:
            if row.values.get("person_code"):
                codes.add(row.values["person_code"])
            d = row.person
            if d is not None:
                if d.birth_number:
                    rcs.add(d.birth_number)
                names.update((_fold(d.surname), _fold(d.given_name)))
        if rcs or codes or names:
            for pid, rc, sur, giv, bd, street in _candidates(self.session, rcs, codes, names):
                self._know(pid, rc, sur, giv, bd, street)

    def end_chunk(self) -> None:
        """Write the chunk, keep its keys on disk, forget its candidates."""
        self.flush()
        self.keys.save()
        for chunk_only in (self.persons, self.person_rc, self.person_name_bd,
                           self.person_name_street, self.person_rc_of):
            chunk_only.clear()

    def close(self) -> None:
        self.keys.close()

    def _remember_member(self, hid: str, pid: str) -> None:
        self.members.add((hid, pid))
        self.person_households.setdefault(pid, []).append(hid)

    def _remember_person(self, pid, rc, surname, given, bd, street, line: int) -> None:
        """A person new in this file. The import finds them in the database
        from the next chunk on; the preview writes nothing, so it keeps their
        keys (digests only) for the rest of the file."""
        self._know(pid, rc, surname, given, bd, street)
        if self.write:
            return
        self.keys.add(("id", pid), line, pid)
        if rc:
            self.keys.add(("rc", rc), line, pid)
            self.keys.add(("rc-of", pid), line, None, self.keys.digest(("rc-value", rc)))
        if bd:
            self.keys.add(("name-bd",) + _name(surname, given, bd), line, pid)
        else:
            self.keys.add(("name-street",) + _name(surname, given, street or ""), line, pid)

    def _earlier(self, key: tuple) -> str | None:
        """The preview's own new person of an earlier chunk under ``key``."""
        if self.write:
            return None
        hit = self.keys.get(key)
        return hit[1] if hit else None

    def has_person(self, pid: str) -> bool:
        return pid in self.persons or self._earlier(("id", pid)) is not None

    def rc_differs(self, pid: str, rc: str) -> bool:
        """Whether the person ``pid`` has a rodné číslo other than ``rc``."""
        stored = self.person_rc_of.get(pid)
        if stored is not None:
            return stored != rc
        hit = None if self.write else self.keys.get(("rc-of", pid))
        return bool(hit) and hit[2] != self.keys.digest(("rc-value", rc))

    def _know(self, pid, rc, surname, given, bd, street) -> None:
        self.persons.add(pid)
        if rc:
            self.person_rc.setdefault(rc, pid)
            self.person_rc_of[pid] = rc
        if bd:
            self.person_name_bd.setdefault(_name(surname, given, bd), pid)
        else:
            self.person_name_street.setdefault(_name(surname, given, street or ""), pid)

    # -- writing --------------------------------------------------------------

    def add(self, model, row: dict, entity: str, line: int) -> None:
        """A new row of the file, audited with the file's hash and the line."""
        if not self.write:
            return
        self.insert(model, row)
        self.audits.append((entity, row["id"], {"file_sha256": self.sha256, "line": line,
                                                "kind": self.kind.key}))

    def insert(self, model, row: dict) -> None:
        """Queue a new row for a bulk insert (thousands of rows: the ORM's unit
        of work per object would take minutes). The derived columns are set
        here, as app/people/derived.py sets them on a flush."""
        if model is Person:
            row["search_surname"] = _fold(row["surname"])
            row["search_given"] = _fold(row["given_name"])
            row["sort_key"] = fast_person_sort_key(row["surname"], row["given_name"])
        elif model is Building:
            row["sort_key"] = sort_key(f"{row.get('street') or ''} "
                                       f"{(row.get('house_number') or '').zfill(6)}")
        self.bulk.setdefault(model, []).append(row)
        self.pending.append(row)

    def flush(self) -> None:
        """Write out and forget the rows queued so far: memory stays flat. Tables
        in dependency order; stamped for the exchange like any write."""
        if not self.write or not self.pending:
            return
        self.session.flush()
        for table in Base.metadata.sorted_tables:
            model = next((m for m in self.bulk if m.__table__ is table), None)
            if model is None:
                continue
            rows = self.bulk.pop(model)
            stamp_new_rows(self.session, rows)
            if not _insert_on_sqlite(self.session, table, rows):
                self.session.execute(table.insert(), rows)
        audit.record_many(self.session, self.actor, "import", self.audits, make_id=fast_id)
        self.audits.clear()
        self.pending.clear()


_CANDIDATES = (
    'SELECT p.id, p.birth_number, p.surname, p.given_name, p.birth_date, a.street '
    'FROM person p LEFT OUTER JOIN address a ON a.id = p.permanent_address_id '
    'WHERE p.deleted_at IS NULL AND p.merged_into_id IS NULL AND ({})')


def _candidates(session: Session, rcs: set, codes: set, names: set):
    """Persons with one of the rodné čísla or codes, or both name parts among
    the folded names. On SQLite by the driver: SQLAlchemy's expanding IN
    spent more on thousands of parameters than the query itself."""
    if session.get_bind().dialect.name != "sqlite":
        wanted = [Person.birth_number.in_(rcs)] if rcs else []
        if codes:
            wanted.append(Person.id.in_(codes))
        if names:
            wanted.append(Person.search_surname.in_(names) & Person.search_given.in_(names))
        return session.execute(
            select(Person.id, Person.birth_number, Person.surname, Person.given_name,
                   Person.birth_date, Address.street)
            .outerjoin(Address, Address.id == Person.permanent_address_id)
            .where(live(Person), Person.merged_into_id.is_(None), or_(*wanted))).all()
    marks = lambda values: ", ".join("?" * len(values))          # noqa: E731
    where, params = [], []
    if rcs:
        where.append(f"p.birth_number IN ({marks(rcs)})")
        params += list(rcs)
    if codes:
        where.append(f"p.id IN ({marks(codes)})")
        params += list(codes)
    if names:
        where.append(f"(p.search_surname IN ({marks(names)}) "
                     f"AND p.search_given IN ({marks(names)}))")
        params += list(names) * 2
    rows = session.connection().exec_driver_sql(
        _CANDIDATES.format(" OR ".join(where)), tuple(params)).all()
    # dates as the ORM reads them (SQLite keeps ISO text)
    return [(pid, rc, sur, giv, dt.date.fromisoformat(bd) if isinstance(bd, str) else bd, st)
            for pid, rc, sur, giv, bd, st in rows]


def _insert_on_sqlite(session: Session, table, rows: list[dict]) -> bool:
    """Rows written by the driver's executemany with the columns' own bind
    processors: SQLAlchemy's per-row parameter handling took more time than
    SQLCipher's insert. SQLite only (PostgreSQL's driver batches the rows
    well through SQLAlchemy); False where a column has a default this does
    not reproduce, and the caller inserts the usual way."""
    bind = session.get_bind()
    if bind.dialect.name != "sqlite":
        return False
    dialect = bind.dialect
    given = set().union(*rows)
    columns, defaults = [], {}
    for col in table.columns:
        if col.key in given:
            columns.append(col)
        elif col.default is not None:
            if not col.default.is_scalar:
                return False
            columns.append(col)
            defaults[col.key] = col.default.arg
    keyed = [(col.key, defaults.get(col.key)) for col in columns]
    procs = [(i, p) for i, p in enumerate(col.type._cached_bind_processor(dialect)
                                          for col in columns) if p is not None]
    params = []
    last_in, last_out = {}, {}     # the rows' shared values (their time, a kind) once
    for row in rows:
        values = [row.get(k, d) for k, d in keyed]
        for i, proc in procs:
            value = values[i]
            if value is None:
                continue
            if value is last_in.get(i):
                values[i] = last_out[i]
            else:
                last_in[i], values[i] = value, proc(value)
                last_out[i] = values[i]
        params.append(tuple(values))
    names = ", ".join(f'"{c.name}"' for c in columns)
    marks = ", ".join("?" * len(columns))
    session.connection().exec_driver_sql(
        f'INSERT INTO "{table.name}" ({names}) VALUES ({marks})', params)
    return True


@contextmanager
def large_cache(session: Session, rows: int):
    """A big import on SQLite: room for the person indexes' pages in this
    transaction, so that they are not encrypted and spilled to the journal
    again and again (the connection's cache is 8 MB); the connection's own
    size is restored before it goes back to the pool."""
    if rows <= 2000 or session.get_bind().dialect.name != "sqlite":
        yield
        return
    before = int(session.execute(text("PRAGMA cache_size")).scalar())
    session.execute(text("PRAGMA cache_size = -65536"))
    try:
        yield
    finally:
        session.execute(text(f"PRAGMA cache_size = {before}"))


def once(ctx: Context, key: tuple, line: int, what: str) -> None:
    """A record the file names twice is a mistake in the file."""
    hit = ctx.keys.get_or_add(("once",) + key, line)
    if hit is not None and hit[0] != line:
        raise RowRefused(_("{what} už je na řádku {line}").format(what=what, line=hit[0]))


# -- persons ----------------------------------------------------------------------

def person(ctx: Context, row: Parsed, *, note: str | None = None) -> tuple[str, str]:
    """(id, NEW|EXISTING) of the row's person; a conflict with a stored record
    (same rodné číslo, other name or birth date) refuses the row."""
    code = row.values.get("person_code")
    if code and ctx.has_person(code):
        return code, EXISTING
    alias = ctx.keys.get(("alias", code)) if code else None
    if alias:
        return alias[1], EXISTING
    data = row.person
    if data is None:
        raise RowRefused(_("chybí jméno a příjmení"))
    # a code of another installation's export (or of an earlier row) is no
    # identity here: the same person typed by hand is found by rodné číslo,
    # then by name and birth date, as the intake's duplicate check finds them
    found = _stored_person(ctx, data)
    if found:
        if code:
            ctx.keys.add(("alias", code), row.line, found)  # the code on other sheets: this person
        return found, EXISTING
    pid = code or fast_id()
    obj = dict(id=pid, given_name=data.given_name, surname=data.surname,
                 birth_date=data.birth_date, birth_number=data.birth_number, sex=data.sex,
                 title_before=data.title_before, title_after=data.title_after,
                 citizenship=data.citizenship, note=note)
    if any((data.street, data.house_number, data.city, data.postcode)):
        addr = dict(id=fast_id(), street=data.street, house_number=data.house_number,
                       city=data.city, postcode=data.postcode)
        obj["permanent_address_id"] = addr["id"]
        if ctx.write:
            ctx.insert(Address, addr)
    ctx.add(Person, obj, "person", row.line)
    for kind, value in ((ContactKind.PHONE, data.phone), (ContactKind.EMAIL, data.email)):
        if value and ctx.write:
            ctx.insert(PersonContact, dict(id=fast_id(), person_id=pid, kind=kind, value=value))
    ctx._remember_person(pid, data.birth_number, data.surname, data.given_name,
                         data.birth_date, data.street, row.line)
    return pid, NEW


def _stored_person(ctx: Context, data) -> str | None:
    by_rc = (ctx.person_rc.get(data.birth_number) or ctx._earlier(("rc", data.birth_number))
             if data.birth_number else None)
    if data.birth_date:
        key = _name(data.surname, data.given_name, data.birth_date)
        by_name = ctx.person_name_bd.get(key) or ctx._earlier(("name-bd",) + key)
    else:
        key = _name(data.surname, data.given_name, data.street or "")
        by_name = ctx.person_name_street.get(key) or ctx._earlier(("name-street",) + key)
    if by_rc and by_name and by_rc != by_name:
        raise RowRefused(_("rodné číslo patří jiné osobě v evidenci než jméno a datum narození"))
    if by_rc and not by_name and data.birth_date:
        raise RowRefused(_("rodné číslo už má v evidenci jiná osoba ({who})")
                         .format(who=_describe(ctx, by_rc)))
    if by_name and data.birth_number and not by_rc:
        if ctx.rc_differs(by_name, data.birth_number):
            raise RowRefused(_("v evidenci je {who} se stejným jménem a datem narození, ale "
                               "jiným rodným číslem").format(who=_describe(ctx, by_name)))
    return by_rc or by_name


def _describe(ctx: Context, pid: str) -> str:
    """The stored person as the intake's duplicate check names them."""
    p = ctx.session.get(Person, pid)
    if p is None:
        return "osoba z tohoto souboru"
    from ..people.records import PersonInput
    hits = find_duplicates(ctx.session, PersonInput(given_name=p.given_name,
                                                    surname=p.surname,
                                                    birth_date=p.birth_date,
                                                    birth_number=p.birth_number))
    return hits[0].name if hits else f"{p.surname} {p.given_name}"


def import_person(ctx: Context, row: Parsed) -> str:
    if row.person is None:
        raise RowRefused(_("chybí jméno a příjmení"))
    d = row.person
    once(ctx, ("person", row.values["person_code"]) if row.values.get("person_code") else
         ("person",) + _name(d.surname, d.given_name, d.birth_date or d.street or ""),
         row.line, _("stejná osoba"))
    return person(ctx, row, note=row.values.get("note"))[1]


# -- households -------------------------------------------------------------------

def household(ctx: Context, row: Parsed, head_id: str, *, size: int = 1) -> str:
    code = row.values.get("household_code")
    if code and code in ctx.households:
        return code
    p = row.person
    name = row.values.get("household") or household_name(p.surname, size, p.given_name)
    hh_id = ctx.household_key.get((fold(name), head_id)) or next(
        iter(ctx.person_households.get(head_id, ())), None)
    if hh_id:
        return hh_id
    hh_id = code or fast_id()
    ctx.add(Household, dict(id=hh_id, name=name), "household", row.line)
    ctx.households[hh_id] = fold(name)
    ctx.household_key[(fold(name), head_id)] = hh_id
    member(ctx, row, hh_id, head_id, Relation.HEAD)
    return hh_id


def member(ctx: Context, row: Parsed, hh_id: str, person_id: str, relation: Relation) -> str:
    if (hh_id, person_id) in ctx.members:
        return EXISTING
    ctx.add(HouseholdMember, dict(id=fast_id(), household_id=hh_id, person_id=person_id,
                            relation=relation), "household_member", row.line)
    ctx._remember_member(hh_id, person_id)
    return NEW


def import_member(ctx: Context, row: Parsed) -> str:
    """One row = one member; rows of one household share its code or name."""
    pid, state = person(ctx, row, note=row.values.get("note"))
    relation = row.values.get("relation") or Relation.OTHER
    code = row.values.get("household_code")
    name = row.values.get("household") or household_name(row.person.surname, 2)
    group = code or fold(name)
    once(ctx, ("member", group, pid), row.line, _("stejný člen téže domácnosti"))
    hh_id = _member_household(ctx, group, code, fold(name), pid)
    if hh_id is None:
        hh_id = code or fast_id()
        ctx.add(Household, dict(id=hh_id, name=name), "household", row.line)
        ctx.households[hh_id] = fold(name)
        ctx.household_key[(fold(name), pid)] = hh_id
        state = NEW
    ctx.keys.add(("household", group), row.line, hh_id)
    return NEW if member(ctx, row, hh_id, pid, relation) == NEW else state


def _member_household(ctx: Context, group, code, name: str, pid: str) -> str | None:
    """The household this row belongs to: by its code, an earlier row of the
    group, or a stored household of that name the person is in already."""
    if code and code in ctx.households:
        return code
    earlier = ctx.keys.get(("household", group))
    if earlier:
        return earlier[1]
    return next((h for h in ctx.person_households.get(pid, ())
                 if ctx.households.get(h) == name), None)


# -- applications (the waiting list) -------------------------------------------------

def import_application(ctx: Context, row: Parsed) -> str:
    v = row.values
    pid, _new = person(ctx, row)
    once(ctx, ("application", pid), row.line, _("stejný žadatel"))
    code = v.get("application_code")
    if code and code in ctx.applications:
        return EXISTING
    number = v.get("application_number")
    found = ctx.application_key.get((pid, v["filed_on"]))
    if not found and number:
        # another installation's (or an old list's) number is no identity here:
        # the same number may be another applicant's application of this series
        aid, applicant = ctx.application_key.get(("number", fold(number)), (None, None))
        found = aid if applicant == pid else None
    if found:
        return EXISTING
    if v["filed_on"] > ctx.today:
        raise RowRefused(_("datum podání je v budoucnosti"))
    size = v.get("household_size") or 1
    if size < 1 or size > 30:
        raise RowRefused(_("počet osob {size} není možný").format(size=size))
    hh_id = household(ctx, row, pid, size=size)
    app_id = code or fast_id()
    # a number of this installation's series, never the file's: the file's may
    # be taken here or be another installation's series (app/numbering.py)
    local = numbering.issue(ctx.session, "application", v["filed_on"].year) if ctx.write \
        else None
    note = v.get("note")
    if number:
        note = original_number(number) + (f"\n{note}" if note else "")
    valid_until = v.get("valid_until")
    ctx.add(Application, dict(
        id=app_id, number=local, household_id=hh_id, applicant_id=pid,
        filed_on=v["filed_on"], requested_category=v.get("category") or FlatCategory.SOCIAL,
        state=v.get("state") or ApplicationState.ACTIVE, valid_until=valid_until,
        renewal_due_on=valid_until - dt.timedelta(days=30) if valid_until else None,
        household_size=size, children=v.get("children") or 0,
        household_income_hal=v.get("household_income"), note=note),
        "application", row.line)
    ctx.applications.add(app_id)
    ctx.application_key[(pid, v["filed_on"])] = app_id
    return NEW


def original_number(number: str) -> str:
    """The file's number kept on the application as its reference (the note
    is shown in the application's detail and printed nowhere else)."""
    return _("Původní číslo žádosti: {number}").format(number=number)


# -- flats ------------------------------------------------------------------------

def _building(ctx: Context, row: Parsed) -> tuple[str | None, dict]:
    from .values import split_address
    v = row.values
    parts = split_address(v["flat_address"]) if v.get("flat_address") else {}
    street = v.get("flat_street") or parts.get("street")
    number = v.get("flat_house_number") or parts.get("house_number") or ""
    city = v.get("flat_city") or parts.get("city") or ""
    postcode = v.get("flat_postcode") or parts.get("postcode")
    if not street:
        raise RowRefused(_("chybí adresa domu"))
    where = {"street": street, "house_number": number or None, "city": city or None,
             "postcode": postcode}
    return ctx.buildings.get(_k(street, number, city)), where


def flat(ctx: Context, row: Parsed, *, create: bool) -> tuple[str, str]:
    v = row.values
    code = v.get("flat_code")
    if code and code in ctx.flats:
        return code, EXISTING
    bid, where = _building(ctx, row)
    number = v.get("flat_number")
    if not number:
        raise RowRefused(_("chybí číslo bytu"))
    if bid and (bid, fold(str(number))) in ctx.flat_key:
        return ctx.flat_key[(bid, fold(str(number)))], EXISTING
    if not create:
        raise RowRefused(_("byt {number} v domě {street} {house} není v evidenci; importujte nejdřív "
                           "byty").format(number=number, street=where["street"],
                                          house=where["house_number"] or ""))
    if bid is None:
        bid = fast_id()
        ctx.add(Building, dict(id=bid, **where), "building", row.line)
        ctx.buildings[_k(where["street"], where["house_number"] or "", where["city"] or "")] = bid
    fid = code or fast_id()
    rooms = v.get("rooms") or _rooms(v.get("layout"))
    ctx.add(Flat, dict(id=fid, building_id=bid, number=str(number), floor=v.get("floor"),
                 rooms=rooms, layout=v.get("layout"), floor_area_m2=v.get("floor_area") or 0,
                 barrier_free=v.get("barrier_free") or False,
                 category=v.get("flat_category") or FlatCategory.STANDARD,
                 status=v.get("flat_status") or FlatStatus.OCCUPIED,
                 rent_hal=v.get("rent") or 0, services_hal=v.get("services") or 0,
                 note=v.get("note")), "flat", row.line)
    ctx.flats.add(fid)
    ctx.flat_key[(bid, fold(str(number)))] = fid
    return fid, NEW


def _rooms(layout: str | None) -> int:
    head = (layout or "").split("+")[0].strip()
    return int(head) if head.isdigit() and 0 < int(head) < 20 else 1


def import_flat(ctx: Context, row: Parsed) -> str:
    bid, where = _building(ctx, row)
    once(ctx, ("flat",) + _k(where["street"], where["house_number"] or "",
                             str(row.values.get("flat_number") or "")), row.line, _("stejný byt"))
    return flat(ctx, row, create=True)[1]


# -- leases -----------------------------------------------------------------------

def import_lease(ctx: Context, row: Parsed) -> str:
    v = row.values
    code = v.get("lease_code")
    if code and code in ctx.leases:
        return EXISTING
    number = v.get("lease_number")
    if number:
        once(ctx, ("lease", fold(number)), row.line, f"smlouva {number}")
        if ("number", fold(number)) in ctx.lease_key:
            return EXISTING
    fid, _new = flat(ctx, row, create=False)
    pid, _new = person(ctx, row)
    if (fid, pid, v["starts_on"]) in ctx.lease_key:
        return EXISTING
    ends = v.get("ends_on")
    if ends and ends < v["starts_on"]:
        raise RowRefused(_("smlouva končí dřív, než začíná"))
    state = v.get("lease_state") or (LeaseState.ENDED if v.get("ended_on") else
                                     LeaseState.ACTIVE)
    hh = v.get("household_code")
    hh = hh if hh in ctx.households else next(iter(ctx.person_households.get(pid, ())), None)
    lid = code or fast_id()
    ctx.add(Lease, dict(id=lid, number=number, flat_id=fid, household_id=hh, tenant_id=pid,
                  state=state, starts_on=v["starts_on"], ends_on=ends,
                  term_months=None if ends is None else 12,
                  rent_hal=v.get("lease_rent") or 0, deposit_hal=v.get("deposit") or 0,
                  signed_on=v.get("signed_on") or (None if state == LeaseState.DRAFT
                                                   else v["starts_on"]),
                  ended_on=v.get("ended_on"), note=v.get("note")), "lease", row.line)
    ctx.leases.add(lid)
    ctx.lease_key[(fid, pid, v["starts_on"])] = lid
    if number:
        ctx.lease_key[("number", fold(number))] = lid
    return NEW


HANDLERS = {"persons": import_person, "households": import_member,
            "applications": import_application, "flats": import_flat,
            "leases": import_lease}
