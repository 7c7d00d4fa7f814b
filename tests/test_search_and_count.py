"""One keystroke of Klienti (issues 10 and 15): the first page and the capped
count together. A page shorter than the page size holds every match and is
its own count: no count statement is sent. A full page sends one, and the
result is what search_persons and count_persons give apart; every call is one
audit event and the chain stays intact (counted statements, not time)."""
from __future__ import annotations

import datetime as dt

from sqlalchemy import func, select

from app import audit
from app.people.records import PersonInput, create_person
from app.people.search import count_persons, search_and_count, search_persons
from models.audit import AuditEvent

from .statements import counted


def _counts(statements: list[str]) -> list[str]:
    return [q for q in statements if q.lstrip().startswith("SELECT count(")]


def _events(db) -> int:
    assert db.flush_audit(30)     # a server's search events are written behind the search
    with db.reading() as s:
        return s.scalar(select(func.count()).select_from(AuditEvent))


def _people(db, admin) -> None:
    for given in ("Jana", "Eva", "Marie", "Petra", "Anna"):
        create_person(db, admin, PersonInput(given_name=given, surname="Nováková",
                                             birth_date=dt.date(1980, 5, 1)))
    create_person(db, admin, PersonInput(given_name="Jan", surname="Dvořák"))


def test_a_short_page_is_its_own_count_and_sends_no_count_statement(db, admin):
    _people(db, admin)
    search_persons(db, admin, "x")        # today's anchor, if due, is written now
    before = _events(db)
    with counted(db) as statements:
        rows, total = search_and_count(db, admin, "dvo", cap=1000, limit=3)
    assert [r.surname for r in rows] == ["Dvořák"] and total == 1
    assert _counts(statements) == [], statements
    with counted(db) as statements:
        rows, total = search_and_count(db, admin, "zzz", cap=1000, limit=3)
    assert rows == [] and total == 0 and _counts(statements) == []
    assert _events(db) == before + 2      # each keystroke still one audit event
    with db.reading() as s:
        assert audit.check(s) == []


def test_a_full_page_sends_one_count_statement_and_counts_right(db, admin):
    _people(db, admin)
    search_persons(db, admin, "x")
    before = _events(db)
    for query, cap, expected in (("nov", 1000, 5), ("nov", 3, 4), ("nov", None, 5),
                                 ("nová 1980", 1000, 5), ("", None, 6), ("", 2, 3)):
        with counted(db) as statements:
            rows, total = search_and_count(db, admin, query, cap=cap, limit=3)
        assert len(_counts(statements)) == 1, (query, statements)
        assert total == expected, query
        assert total == count_persons(db, admin, query, cap=cap), query
        assert rows == search_persons(db, admin, query, limit=3), query
    assert _events(db) == before + 12     # six keystrokes and six searches to compare
    with db.reading() as s:
        assert audit.check(s) == []


def test_a_short_page_under_a_small_cap_says_more_than_the_cap(db, admin):
    _people(db, admin)
    with counted(db) as statements:
        rows, total = search_and_count(db, admin, "nov", cap=2, limit=50)
    assert len(rows) == 5 and total == 3 == count_persons(db, admin, "nov", cap=2)
    assert _counts(statements) == []
