"""Finding persons: by name (ignoring case and diacritics), birth date,
year of birth or rodné číslo, ordered by Czech collation, page by page.

Names match by prefix on indexed folded columns, so "novak" finds "Novák" and
"Nováková", "sťastny" finds "Šťastný"; pages are read with a keyset (the last
row's sort key and id), so page 500 costs as little as page 1. A name search
orders its matches from covering indexes and reads the table only for the page
shown; the count of matches can be capped (the list shows "more than 1000").
"""
from __future__ import annotations

import datetime as dt
import functools
from dataclasses import dataclass
from typing import Iterator

from sqlalchemy import Integer, and_, bindparam, func, literal_column, not_, or_, select, \
    union, union_all
from sqlalchemy.orm import Session

from models.people import Address, Person

from .. import audit
from ..rows import live
from ..security import Permission
# the query's tokens: no SQLAlchemy there (the fast ``kmb list persons``, app/cli/fast_persons.py)
from .search_text import _HIGH, _driver_first, _tokens, _values  # noqa: F401

# A page fills a tall screen (about 40 rows) and the next one is read when the
# list scrolls to it: each row of a page costs a random, decrypted table read,
# so a keystroke that read 200 rows cost four times as much for rows unseen.
PAGE_SIZE = 50


@dataclass(frozen=True)
class PersonRow:
    id: str
    surname: str
    given_name: str
    birth_date: dt.date | None
    address: str
    sort_key: str

    @property
    def name(self) -> str:
        return f"{self.surname} {self.given_name}"


def _range(column, low, high):
    return and_(column >= low, column < high)


def _prefix(column, token: str):
    return _range(column, token, token + _HIGH)


def _cond(kind: str, low, high):
    """The condition of a non-name token; its bounds are values or bind parameters."""
    if kind == "rc":
        return _range(Person.birth_number, low, high)
    if kind == "date":
        return Person.birth_date == low
    return Person.birth_date.between(low, high)


def _parse(text: str) -> tuple[list, list[str]]:
    """Conditions of the non-name tokens, and the folded name tokens."""
    conds, names = _tokens(text)
    return [_cond(*c) for c in conds], names


def _name(token: str):
    return _name_range(token, token + _HIGH)


def _name_range(low, high):
    return or_(_range(Person.search_surname, low, high), _range(Person.search_given, low, high))


def _live() -> list:
    return [live(Person), Person.merged_into_id.is_(None)]


def _after(after: tuple[str, str]):
    # Written so that the index on (sort_key, id) seeks straight to the key:
    # an OR of the two cases would make SQLite scan the index from its start.
    key, pid = after
    return and_(Person.sort_key >= key, or_(Person.sort_key > key, Person.id > pid))


def _columns():
    return (Person.id, Person.surname, Person.given_name, Person.birth_date, Person.sort_key,
            Address.street, Address.house_number, Address.city)


def _page_statement(text: str, after: tuple[str, str] | None, limit: int | None,
                    server: bool = False):
    """The statement of one page, its values in it (PostgreSQL's name search,
    tests, plans); see ``_bound_page`` for the others."""
    conds, names = _parse(text)
    if not (server and limit is not None and names):
        stmt, values = _plain_page(text, after, limit)
        return stmt.params(values)
    where = [*_live(), *conds]
    if after is not None:
        where.append(_after(after))
    driver = max(names, key=len)           # the most selective token leads
    rest = list(names)
    rest.remove(driver)
    keys = _server_keys(driver, [*where, *(_name(t) for t in rest)], limit,
                        narrowed=bool(rest or conds))
    return (select(*_columns())
            .join(keys, keys.c.id == Person.id)
            .outerjoin(Address, Address.id == Person.permanent_address_id)
            .order_by(keys.c.sort_key, keys.c.id))


# Every keystroke used to build its statement anew, which cost more than
# running it; a statement is now built once per shape of the query (kinds of
# tokens, paged or not) with bind parameters, and run with the query's values.
def _plain_page(text: str, after: tuple[str, str] | None, limit: int | None):
    """The page's statement of the query's shape and its parameter values."""
    conds, names = _tokens(text)
    values = _values(conds, names)
    if after is not None:
        values["after_key"], values["after_id"] = after
    if limit is not None:
        values["limit"] = limit
    stmt = _bound_page(tuple(c[0] for c in conds), len(names), after is not None,
                       limit is not None)
    return stmt, values


def _bound_where(kinds: tuple[str, ...]) -> list:
    return [*_live(), *(_cond(kind, bindparam(f"c{i}"), bindparam(f"c{i}_end"))
                        for i, kind in enumerate(kinds))]


def _bound_names(count: int) -> list[tuple]:
    return [(bindparam(f"n{i}"), bindparam(f"n{i}_end")) for i in range(count)]


@functools.lru_cache(maxsize=128)
def _bound_page(kinds: tuple[str, ...], names: int, paged: bool, limited: bool):
    """A page's statement for its shape.

    Without a name, the page (or the whole list) walks the covering list index
    in order. A name search is a union of two prefix ranges, one on the surname
    and one on the given name, each on its covering index: the page's keys are
    chosen from the indexes alone, and its rows are then read from the list
    index by (sort_key, id) (migration 0020): the page's rows lie side by side
    there, where each was a random, decrypted table row before."""
    where = _bound_where(kinds)
    if paged:
        where.append(_after((bindparam("after_key"), bindparam("after_id"))))
    limit = bindparam("limit", type_=Integer) if limited else None
    if not names:
        # sort_key is never NULL: ordered as the list index is, with no sorter
        # (SQLCipher's sorter stays in memory: 23 MB for the whole city)
        return _with_address(select(*_columns()).where(*where)
                             .order_by(Person.sort_key, Person.id).limit(limit))
    keys = (_keys_union(_bound_names(names), where).order_by("sort_key", "id").limit(limit)
            .subquery())
    return _with_address(select(*_columns())
                         .join(keys, and_(keys.c.sort_key == Person.sort_key,
                                          keys.c.id == Person.id))
                         .order_by(keys.c.sort_key, keys.c.id))


def _with_address(stmt):
    """``stmt`` with the row's address, read from its covering index on SQLite
    (whose planner would take the primary key's index and the wide row)."""
    return (stmt.outerjoin(Address, Address.id == Person.permanent_address_id)
            .with_hint(Address, "INDEXED BY ix_address_line", dialect_name="sqlite"))


@functools.lru_cache(maxsize=128)
def _bound_count(kinds: tuple[str, ...], names: int, capped: bool):
    """The count's statement for its shape: on the name indexes alone, like a page."""
    where = _bound_where(kinds)
    inner = _keys_union(_bound_names(names), where) if names else select(Person.id).where(*where)
    if capped:
        inner = inner.limit(bindparam("limit", type_=Integer))
    return select(func.count()).select_from(inner.subquery())


def _name_keys(names: list[str], where: list):
    """(sort_key, id) of every match (see ``_keys_union``), the values in it."""
    return _keys_union([(t, t + _HIGH) for t in _driver_first(names)], where)


def _keys_union(ranges: list[tuple], where: list):
    """(sort_key, id) of every match, as two prefix ranges of the most
    selective token (the first range), one on each name index. Both name
    columns are in each index (migration 0019), so the other tokens are checked
    there too and the table is not read. The given-name branch leaves out the
    surname branch's matches: the two are disjoint and need no UNION, whose
    de-duplication stored every match (a capped count now stops at the cap, a
    page keeps the top of each branch; half the cost and less)."""
    (low, high), rest = ranges[0], ranges[1:]
    where = [*where, *(_name_range(*r) for r in rest)]
    surname = _range(Person.search_surname, low, high)
    return union_all(
        select(Person.sort_key, Person.id).where(surname, *where),
        select(Person.sort_key, Person.id).where(
            _range(Person.search_given, low, high), not_(surname), *where))


# PostgreSQL: the first one or two folded letters, in sort-key order (migration
# 0019_pg_search_order): a prefix's matches are read in the order shown.
_SERVER_LEAD = 2


def _lead(column, token: str):
    """The condition that puts ``token``'s matches of ``column`` on a
    (left(column, n), sort_key, id) index: equal first letters, then the prefix."""
    n = min(len(token), _SERVER_LEAD)
    # n written out: the index's expression must match in a prepared (generic) plan too
    cond = func.left(column, literal_column(str(n))) == token[:n]
    return cond if len(token) <= n else and_(cond, _prefix(column, token))


def _server_keys(driver: str, where: list, limit: int, narrowed: bool):
    """One page's (sort_key, id) on PostgreSQL. Each branch walks its index in
    the order shown and stops at ``limit`` (a short prefix such as "kr" has
    thousands of matches: sorting them all cost more than the rest of the
    search); the union of two short lists is then cut to the page. The top
    ``limit`` of the union are among the top ``limit`` of each branch.
    With a second word or a date (``narrowed``) the matches are few: a walk in
    order would pass over the whole group of the first letters, so the
    branch reads the driver's prefix range and sorts that instead."""
    cond = _prefix if narrowed else _lead
    branches = [select(Person.sort_key, Person.id).where(cond(col, driver), *where)
                .order_by(Person.sort_key, Person.id).limit(limit)
                for col in (Person.search_surname, Person.search_given)]
    return union(*branches).order_by("sort_key", "id").limit(limit).subquery()


# PostgreSQL: the first page of a name search compiled once per shape (how
# many words, how many leading letters) to SQL text with named parameters.
# Building and compiling the statement cost more of this side's processor
# than the rest of a keystroke's work; the server prepares the text after a
# few uses (psycopg's prepare threshold).
_SERVER_SQL: dict[tuple, tuple[str, dict]] = {}


def _server_page(conn, text: str, limit: int) -> list[PersonRow]:
    """The first page on PostgreSQL, as ``_page_statement(..., server=True)``
    reads it (the same statement, its values as parameters)."""
    conds, names = _parse(text)
    if conds or not names:        # a date, a number or no name: built each time
        result = conn.execute(_page_statement(text, None, limit, server=True))
        return [_person_row(r) for r in result.all()]
    driver = max(names, key=len)
    rest = list(names)
    rest.remove(driver)
    lead = 0 if rest else min(len(driver), _SERVER_LEAD)   # 0: a prefix range, sorted
    shape = (len(rest), lead, len(driver) > lead, limit)
    if shape not in _SERVER_SQL:
        compiled = _server_shape(*shape).compile(dialect=conn.dialect)
        _SERVER_SQL[shape] = str(compiled), dict(compiled.params)
    sql, params = _SERVER_SQL[shape]
    params = {**params, "d": driver, "d_hi": driver + _HIGH, "d_lead": driver[:lead]}
    for i, token in enumerate(rest):
        params[f"r{i}"], params[f"r{i}_hi"] = token, token + _HIGH
    return [_person_row(r) for r in conn.exec_driver_sql(sql, params).all()]


def _server_shape(rest: int, lead: int, prefix: bool, limit: int):
    """``_page_statement``'s server statement for a shape, with bind parameters
    d (the leading word), d_hi, d_lead and r0, r0_hi, … (the other words)."""
    def span(column, name: str):
        return and_(column >= bindparam(name), column < bindparam(f"{name}_hi"))

    def lead_cond(column):
        if not lead:
            return span(column, "d")
        cond = func.left(column, literal_column(str(lead))) == bindparam("d_lead")
        return and_(cond, span(column, "d")) if prefix else cond

    others = [or_(span(Person.search_surname, f"r{i}"), span(Person.search_given, f"r{i}"))
              for i in range(rest)]
    branches = [select(Person.sort_key, Person.id).where(lead_cond(col), *_live(), *others)
                .order_by(Person.sort_key, Person.id).limit(limit)
                for col in (Person.search_surname, Person.search_given)]
    keys = union(*branches).order_by("sort_key", "id").limit(limit).subquery()
    return (select(*_columns())
            .join(keys, keys.c.id == Person.id)
            .outerjoin(Address, Address.id == Person.permanent_address_id)
            .order_by(keys.c.sort_key, keys.c.id))


def _is_server(session: Session) -> bool:
    return session.get_bind().dialect.name == "postgresql"


def _person_row(r, birth_date: dt.date | None = None) -> PersonRow:
    # unpacked in the order of _columns(): a Row's attributes cost 20 µs a row
    pid, surname, given_name, born, sort_key, street, house_number, city = r
    birth_date = birth_date or born
    street = f"{street} {house_number}" if street and house_number else street or house_number
    address = f"{street}, {city}" if street and city else street or city or ""
    return PersonRow(pid, surname, given_name, birth_date, address, sort_key)


def search(session: Session, text: str = "", *, after: tuple[str, str] | None = None,
           limit: int | None = PAGE_SIZE) -> list[PersonRow]:
    """One page of persons matching ``text``, after the keyset ``after``."""
    # Core execution: plain rows, none of the ORM's per-row bookkeeping
    conn = session.connection()
    if _is_server(session):
        stmt = _page_statement(text, after, limit, server=True)
        return [_person_row(r) for r in conn.execute(stmt)]
    stmt, values = _plain_page(text, after, limit)
    return [_sqlite_row(r) for r in _driver_execute(conn, stmt, values).all()]


# SQLite: a page's or a count's statement compiled once to the driver's text
# and run with the keystroke's values as they are: SQLAlchemy's work per
# execution of a cached statement (parameters, result processing) cost about
# half as much as SQLite's reading of the page.
_DRIVER_SQL: dict = {}


def _driver_execute(conn, stmt, values: dict):
    if conn.dialect.name != "sqlite":        # PostgreSQL: prepared by psycopg instead
        return conn.execute(stmt, values)
    found = _DRIVER_SQL.get(stmt)
    if found is None:
        compiled = stmt.compile(dialect=conn.dialect)
        found = _DRIVER_SQL[stmt] = (str(compiled), tuple(compiled.positiontup),
                                     dict(compiled.params))
    sql, names, defaults = found
    params = tuple(_driver_value(values[n] if n in values else defaults[n]) for n in names)
    return conn.exec_driver_sql(sql, params)


def _driver_value(value):
    # dates as SQLAlchemy stores them on SQLite (ISO text)
    return value.isoformat() if isinstance(value, dt.date) else value


def _sqlite_row(r) -> PersonRow:
    # the driver's row: the birth date as SQLite keeps it, ISO text (psycopg,
    # when the benchmark runs this shape on a server, already gives a date)
    born = r[3]
    return _person_row(r, dt.date.fromisoformat(born) if isinstance(born, str) else born)


def count(session: Session, text: str = "", cap: int | None = None) -> int:
    """How many persons match; with ``cap``, counting stops at cap + 1 (so a
    result above ``cap`` means "more than cap"): a keystroke costs no full count."""
    if cap is not None and _is_server(session):
        conds, names = _parse(text)
        if names:
            return session.scalar(select(func.count()).select_from(
                _server_capped(conds, names, cap)))
    conds, names = _tokens(text)
    values = _values(conds, names)
    if cap is not None:
        values["limit"] = cap + 1
    stmt = _bound_count(tuple(c[0] for c in conds), len(names), cap is not None)
    return _driver_execute(session.connection(), stmt, values).scalar()


def _server_capped(conds: list, names: list[str], cap: int):
    """PostgreSQL: up to cap + 1 matching ids, each name branch stopping at
    cap + 1 on its index (an OR of the two prefixes would first collect every
    match in a bitmap and then visit the table). If either branch reaches
    cap + 1 the union does too; otherwise both are complete and so is the union."""
    driver = max(names, key=len)
    rest = list(names)
    rest.remove(driver)
    where = [*_live(), *conds, *(_name(t) for t in rest)]
    branches = [select(Person.id).where(_prefix(col, driver), *where).limit(cap + 1)
                for col in (Person.search_surname, Person.search_given)]
    return union(*branches).limit(cap + 1).subquery()


def search_persons(db, actor, text: str = "", *, after: tuple[str, str] | None = None,
                   limit: int = PAGE_SIZE) -> list[PersonRow]:
    actor.require(Permission.VIEW_PERSONS)
    if after is None and db.server:
        return _search_server(db, actor, text, limit)
    with db.reading() as s:
        rows = search(s, text, after=after, limit=limit)
    if after is None:          # one event per query, not per page
        _audit_search(db, actor, text, rows)
    return rows


def search_and_count(db, actor, text: str = "", *, cap: int | None = None,
                     limit: int = PAGE_SIZE) -> tuple[list[PersonRow], int]:
    """One keystroke of Klienti: the first page (audited as ``search_persons``)
    and how many match (as ``count_persons``). A page shorter than ``limit``
    holds every match: it is its own count, and no count statement is sent.
    On SQLite the page and the count are read in one read transaction."""
    actor.require(Permission.VIEW_PERSONS)
    if db.server:
        rows = _search_server(db, actor, text, limit)
        total = len(rows) if len(rows) < limit else _count_persons(db, text, cap)
    else:
        with db.reading() as s:
            rows = search(s, text, limit=limit)
            total = len(rows) if len(rows) < limit else count(s, text, cap)
        _audit_search(db, actor, text, rows)
    return rows, total if cap is None else min(total, cap + 1)


def _search_server(db, actor, text: str, limit: int) -> list[PersonRow]:
    """PostgreSQL: the page in one statement that commits as it runs (no
    BEGIN, no COMMIT round trips); its event goes to the chain behind it
    (app/audit_behind.py): a search does not wait for the chain's head, which
    another workstation's save may hold while the server's disk is slow."""
    with db.statements() as conn:
        rows = _server_page(conn, text, limit)
    db.events_behind.put(actor, "search", "person", None, _search_detail(text, rows))
    return rows


def _search_detail(text: str, rows: list[PersonRow]) -> dict:
    return {"query": (text or "")[:60], "first_page": len(rows)}


def _audit_search(db, actor, text: str, rows: list[PersonRow]) -> None:
    """SQLite: the search's event in a write transaction of its own, taken
    after the read (the write lock only for the event)."""
    audit.record_read(None, db, actor, "search", "person", None, _search_detail(text, rows))


def iter_persons(db, actor, text: str = "", make=None) -> Iterator:
    """Every match, in order, streamed from one read (``kmb list persons``);
    the listing is audited as one event, like a search. ``make`` builds each
    row from the columns of ``_columns()`` (default a PersonRow; the listing
    builds its output row at once: the PersonRow in between cost a fifth)."""
    actor.require(Permission.VIEW_PERSONS)
    with db.transaction() as s:
        audit.record(s, actor, "list" if not text else "search", "person", None,
                     {"query": (text or "")[:60], "export": True})
    with db.reading() as s:
        result = s.connection().execution_options(yield_per=2000).execute(
            _page_statement(text, None, None))
        yield from map(make or _person_row, result)


def count_persons(db, actor, text: str = "", cap: int | None = None) -> int:
    actor.require(Permission.VIEW_PERSONS)
    return _count_persons(db, text, cap)


def _count_persons(db, text: str, cap: int | None) -> int:
    if db.server and cap is not None:
        conds, names = _parse(text)
        if names:              # as count() on a server, one autocommit statement (no BEGIN)
            with db.statements() as conn:
                return conn.scalar(select(func.count()).select_from(
                    _server_capped(conds, names, cap)))
    with db.reading() as s:
        return count(s, text, cap)
