"""Person search at scale: keyset pages of a name search, the capped count, and
query plans that seek instead of scanning (the plan, not a stopwatch)."""
from __future__ import annotations

import pytest

from sqlalchemy import text

from app.people.records import PersonInput, create_person
from app.people.search import _after, count_persons, search_persons
from models.people import Person


def _person(db, actor, given, surname):
    return create_person(db, actor, PersonInput(given_name=given, surname=surname))


def _walk(db, actor, query, size):
    seen, after = [], None
    while True:
        page = search_persons(db, actor, query, after=after, limit=size)
        seen.extend(page)
        if len(page) < size:
            return seen
        after = (page[-1].sort_key, page[-1].id)


def test_name_search_pages_cover_every_match_once_in_czech_order(db, admin):
    # "jan" matches surnames (Janda, Janáček) and given names (Jan, Jana) alike;
    # Jan Janda matches on both and must still come once
    for i in range(6):
        _person(db, admin, "Jan", "Janda")
        _person(db, admin, "Jana", "Čermáková")
        _person(db, admin, "Petr", "Janáček")
        _person(db, admin, "Petr", "Novák")           # no match
    seen = _walk(db, admin, "jan", 4)
    assert len(seen) == len({r.id for r in seen}) == 18
    assert [r.sort_key for r in seen] == sorted(r.sort_key for r in seen)
    assert {r.surname for r in seen} == {"Janda", "Čermáková", "Janáček"}
    assert [r.surname for r in seen][:6] == ["Čermáková"] * 6     # Č before J
    # two tokens: both must match, in either column, with or without diacritics
    assert {r.name for r in _walk(db, admin, "janacek petr", 4)} == {"Janáček Petr"}
    assert {r.name for r in _walk(db, admin, "PETR jánáč", 4)} == {"Janáček Petr"}


def test_count_can_stop_at_a_cap(db, admin):
    for i in range(7):
        _person(db, admin, "Eva", "Nováková")
    assert count_persons(db, admin, "nov") == 7
    assert count_persons(db, admin, "nov", cap=5) == 6          # "more than 5"
    assert count_persons(db, admin, "nov", cap=10) == 7
    assert count_persons(db, admin, "xyz", cap=5) == 0


def _plan(db, stmt) -> str:
    with db.reading() as s:
        sql = stmt.compile(s.bind, compile_kwargs={"literal_binds": True})
        return " | ".join(r[3] for r in s.execute(text(f"EXPLAIN QUERY PLAN {sql}")))


@pytest.mark.sqlite_only("checks SQLite's query plan (EXPLAIN QUERY PLAN)")
def test_a_later_page_seeks_to_its_key_instead_of_scanning_from_the_start(db, admin):
    from sqlalchemy import select
    stmt = (select(Person.id).where(Person.deleted_at.is_(None), _after(("m", "0")))
            .order_by(Person.sort_key, Person.id).limit(200))
    plan = _plan(db, stmt)
    assert "COVERING INDEX ix_person_list (sort_key>?)" in plan, plan


@pytest.mark.sqlite_only("checks SQLite's query plan (EXPLAIN QUERY PLAN)")
def test_name_search_orders_from_covering_indexes(db, admin):
    from app.people.search import _page_statement
    plan = _plan(db, _page_statement("novak", ("a", "0"), 200))
    assert "COVERING INDEX ix_person_search_surname" in plan, plan
    assert "COVERING INDEX ix_person_search_given" in plan, plan


@pytest.mark.sqlite_only("checks SQLite's query plan (EXPLAIN QUERY PLAN)")
def test_two_names_and_the_capped_count_stay_on_the_name_indexes(db, admin):
    # "čer mic": the other token is checked on the index too (migration 0019);
    # before, every "čer…" match cost a decrypted table page
    from sqlalchemy import func, select
    from app.people.search import _live, _name_keys, _page_statement
    keys = _plan(db, _name_keys(["cer", "mic"], _live()))
    assert "COVERING INDEX ix_person_search_surname" in keys, keys
    assert "COVERING INDEX ix_person_search_given" in keys, keys
    assert "sqlite_autoindex_person_1" not in keys, keys          # no table read
    counted = _plan(db, select(func.count()).select_from(
        _name_keys(["nov"], _live()).limit(1001).subquery()))
    assert "sqlite_autoindex_person_1" not in counted, counted
    page = _plan(db, _page_statement("cer mic", None, 50))
    # the two name indexes, then the page's rows and addresses (migration 0020)
    assert page.count("COVERING INDEX") == 4, page
    assert "sqlite_autoindex" not in page, page


def test_two_names_and_their_count_agree_with_the_page(db, admin):
    for given, surname in (("Michal", "Černý"), ("Michaela", "Čermáková"),
                           ("Černín", "Michálek"), ("Michal", "Novák"), ("Jan", "Černý")):
        _person(db, admin, given, surname)
    names = {r.name for r in _walk(db, admin, "čer mic", 2)}
    assert names == {"Černý Michal", "Čermáková Michaela", "Michálek Černín"}
    assert count_persons(db, admin, "cer mic") == 3
    assert count_persons(db, admin, "cer mic", cap=2) == 3            # "more than 2"
