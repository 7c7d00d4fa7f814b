"""Migration 0020: person lists read from covering indexes (issue 10).

A list or search page and ``kmb list persons`` take their rows, in order, from
ix_person_list and each row's address from ix_address_line: no sorter (which
SQLCipher keeps in memory) and no random, decrypted table row read. The plans
are asserted so that a later change cannot lose them silently; the rows are
the same as the table's, in the same order."""
from __future__ import annotations

import datetime as dt

import pytest
from sqlalchemy import inspect, text

from app.people.merge import merge_persons
from app.people.records import PersonInput, create_person
from app.people.search import _page_statement, iter_persons, search_persons
from models.people import Person

_LIST = ["sort_key", "id", "surname", "given_name", "birth_date", "permanent_address_id",
         "deleted_at", "merged_into_id"]


def _plan(db, stmt) -> str:
    with db.reading() as s:
        sql = stmt.compile(s.bind, compile_kwargs={"literal_binds": True})
        return " | ".join(r[3] for r in s.execute(text(f"EXPLAIN QUERY PLAN {sql}")))


@pytest.mark.sqlite_only("checks SQLite's query plan (EXPLAIN QUERY PLAN)")
def test_the_whole_listing_walks_the_list_index_with_no_sorter(db):
    plan = _plan(db, _page_statement("", None, None))
    assert "SCAN person USING COVERING INDEX ix_person_list" in plan, plan
    assert "SEARCH address USING COVERING INDEX ix_address_line (id=?)" in plan, plan
    assert "TEMP B-TREE" not in plan, plan                       # no sorter


@pytest.mark.sqlite_only("checks SQLite's query plan (EXPLAIN QUERY PLAN)")
def test_a_page_without_a_name_seeks_on_the_list_index(db):
    plan = _plan(db, _page_statement("", ("m", "0"), 50))
    assert "SEARCH person USING COVERING INDEX ix_person_list (sort_key>?)" in plan, plan
    assert "COVERING INDEX ix_address_line" in plan, plan
    assert "TEMP B-TREE" not in plan, plan


@pytest.mark.sqlite_only("checks SQLite's query plan (EXPLAIN QUERY PLAN)")
@pytest.mark.parametrize("query", ["novak", "nov jan", "novak 1985"])
def test_a_name_search_page_reads_its_rows_from_the_list_index(db, query):
    for after in (None, ("m", "0")):
        plan = _plan(db, _page_statement(query, after, 50))
        assert "SEARCH person USING COVERING INDEX ix_person_list (sort_key=? AND id=?)" in plan, plan
        assert "sqlite_autoindex_person_1" not in plan, plan        # no table row read
        assert "COVERING INDEX ix_address_line" in plan, plan
        assert "sqlite_autoindex_address_1" not in plan, plan


def _index_columns(db, table: str, name: str) -> list[str]:
    with db.reading() as s:
        found = [ix for ix in inspect(s.connection()).get_indexes(table) if ix["name"] == name]
    assert found, f"{name} missing on {table}"
    return found[0]["column_names"]


def test_the_covering_indexes_hold_only_what_a_list_row_shows(db):
    # same encrypted file as the table; never the rodné číslo, a note or
    # special-category data (health …): only the columns a list row shows
    assert _index_columns(db, "person", "ix_person_list") == _LIST
    assert _index_columns(db, "address", "ix_address_line") == [
        "id", "street", "house_number", "city"]
    with db.reading() as s:
        names = {ix["name"] for ix in inspect(s.connection()).get_indexes("person")}
    assert "ix_person_sort_key" not in names          # replaced: its prefix is (sort_key, id)


def _add(db, actor, given, surname, **kw):
    return create_person(db, actor, PersonInput(given_name=given, surname=surname, **kw))


def test_listing_and_pages_are_the_tables_rows_in_czech_order(db, admin):
    # addresses shared, missing and partial; deleted and merged persons left out
    home = dict(street="Dělnická", house_number="1910", city="Ostrava")
    ids = [_add(db, admin, "Jan", "Novák", birth_date=dt.date(1985, 1, 3), **home),
           _add(db, admin, "Jana", "Nováková", **home),
           _add(db, admin, "Petr", "Chalupa", city="Opava"),
           _add(db, admin, "Eva", "Hrubá"),
           _add(db, admin, "Šárka", "Čermáková", street="Nádražní", house_number="5",
                city="Brno"),
           _add(db, admin, "Jan", "Novák", birth_date=dt.date(1990, 6, 1), **home)]
    gone = _add(db, admin, "Adam", "Smazaný")
    with db.transaction() as s:               # a tombstone, as a synchronised delete leaves
        s.get(Person, gone).deleted_at = dt.datetime(2026, 1, 5)
    merge_persons(db, admin, ids[0], _add(db, admin, "Jan", "Novák", **home))
    with db.reading() as s:
        expected = [tuple(r) for r in s.execute(text(
            "SELECT p.id, p.surname, p.given_name, a.street, a.city FROM person p "
            "LEFT JOIN address a ON a.id = p.permanent_address_id "
            "WHERE p.deleted_at IS NULL AND p.merged_into_id IS NULL "
            "ORDER BY p.sort_key, p.id"))]
    assert [r[1] for r in expected][:3] == ["Čermáková", "Hrubá", "Chalupa"]   # CH after H
    listed = list(iter_persons(db, admin))
    assert [(p.id, p.surname, p.given_name) for p in listed] == [e[:3] for e in expected]
    assert [p.address for p in listed][:3] == ["Nádražní 5, Brno", "", "Opava"]
    paged, after = [], None
    while page := search_persons(db, admin, "", after=after, limit=2):
        paged += page
        after = (page[-1].sort_key, page[-1].id)
    assert paged == listed
    found = search_persons(db, admin, "nov")
    assert [p.id for p in found] == [e[0] for e in expected if e[1].startswith("Nov")]
    assert {p.address for p in found} == {"Dělnická 1910, Ostrava"}
