"""Short name prefixes on both backends: the page of a search is exactly the
first matches in Czech order (the server reads them from its prefix indexes
and stops at the page; SQLite sorts them), and the capped count says "more"
exactly when there are more. Checked against the matches worked out here,
and on PostgreSQL also against the statement SQLite runs."""
from __future__ import annotations

import datetime as dt

from sqlalchemy import func, select

from app.czech_text import fold
from app.people.records import PersonInput, create_person
from app.people.search import _page_statement, _parse, count, count_persons, search, \
    search_persons
from models.people import Person

# surnames and given names whose folded first letters collide in every way
# Czech allows: Kr/Kř, C/Č/Ch, S/Š, Z/Ž, case and accents
SURNAMES = ["Kratochvíl", "Křížová", "Krejčí", "Kraus", "Král", "Kříž", "Kubát", "Cibulka",
            "Čermák", "Chalupa", "Chudoba", "Cihlář", "Svoboda", "Šimek", "Šťastný", "Sýkora",
            "Zeman", "Žáková", "Jansa", "Janků"]
GIVENS = ["Kristýna", "Kryštof", "Karel", "Jan", "Jana", "Cyril", "Čeněk", "Simona",
          "Šárka", "Zdeněk", "Žofie", "Chrudoš"]
QUERIES = ["k", "kr", "K", "kř", "kri", "c", "č", "ch", "s", "š", "z", "ž", "ja", "jan",
           "kr ja", "ch k", "s kr", "zz", "krejci karel"]


def _people(db, admin) -> None:
    n = 0
    for i, surname in enumerate(SURNAMES):
        for j in range(3):
            given = GIVENS[(i + 5 * j) % len(GIVENS)]
            create_person(db, admin, PersonInput(given_name=given, surname=surname,
                                                 birth_date=dt.date(1960 + n % 40, 1, 1)))
            n += 1
    # the deleted and the merged are never found
    with db.transaction() as s:
        ids = list(s.scalars(select(Person.id).order_by(Person.id).limit(4)))
        s.get(Person, ids[0]).deleted_at = func.now()
        s.get(Person, ids[1]).merged_into_id = ids[2]


def _expected(db, query: str) -> list[str]:
    """The matches of ``query`` worked out in Python: every token is the start
    of the folded surname or given name; Czech order (sort key, then id)."""
    _, tokens = _parse(query)
    with db.reading() as s:
        rows = s.execute(select(Person.id, Person.surname, Person.given_name, Person.sort_key)
                         .where(Person.deleted_at.is_(None),
                                Person.merged_into_id.is_(None))).all()
    hits = [r for r in rows if all(fold(r.surname).startswith(t) or fold(r.given_name)
                                   .startswith(t) for t in tokens)]
    return [r.id for r in sorted(hits, key=lambda r: (r.sort_key, r.id))]


def _walk(db, admin, query: str, size: int) -> list[str]:
    seen, after = [], None
    while True:
        page = search_persons(db, admin, query, after=after, limit=size)
        seen += [r.id for r in page]
        if len(page) < size:
            return seen
        after = (page[-1].sort_key, page[-1].id)


def test_short_prefixes_give_the_first_matches_in_czech_order_page_by_page(db, admin):
    _people(db, admin)
    for query in QUERIES:
        expected = _expected(db, query)
        for size in (1, 4, 200):
            assert _walk(db, admin, query, size) == expected, (query, size)
    assert _expected(db, "kr") and _expected(db, "zz") == []
    # "kr" finds Kříž (folded "kriz") and Kristýna; "kř" the same letters
    kr = {r.name for r in search_persons(db, admin, "kr")}
    assert any(n.startswith("Kříž") for n in kr) and any("Kristýna" in n for n in kr)
    assert {r.id for r in search_persons(db, admin, "kř")} == set(_expected(db, "kr"))


def test_the_statement_of_each_backend_gives_the_same_page(db, admin):
    """On PostgreSQL the server statement against SQLite's shape on the same
    rows; on SQLite both calls run SQLite's shape (the check is then trivial)."""
    _people(db, admin)
    with db.reading() as s:
        server = s.get_bind().dialect.name == "postgresql"
        for query in QUERIES:
            for after in (None, ("", ""), ("\x2c", "")):
                for limit in (1, 3, 200):
                    rows = [tuple(r) for r in s.execute(
                        _page_statement(query, after, limit, server=server))]
                    plain = [tuple(r) for r in s.execute(
                        _page_statement(query, after, limit, server=False))]
                    assert rows == plain, (query, after, limit)
            assert [r.id for r in search(s, query)] == _expected(db, query)


def test_the_plain_shape_reads_birth_dates_on_either_driver(db, admin, monkeypatch):
    """``benchmarks/bench_postgres.py`` runs SQLite's statement on the server
    to compare shapes: psycopg's rows carry dates, SQLite's ISO text; both
    become the same PersonRow."""
    import app.people.search as people_search
    _people(db, admin)
    with db.reading() as s:
        native = search(s, "kr")
        monkeypatch.setattr(people_search, "_is_server", lambda _s: False)
        plain = search(s, "kr")
    assert plain == native and native
    assert all(isinstance(r.birth_date, dt.date) for r in plain)


def test_the_capped_count_stops_at_the_cap_and_is_exact_below_it(db, admin):
    _people(db, admin)
    for query in QUERIES:
        total = len(_expected(db, query))
        assert count_persons(db, admin, query) == total, query
        for cap in (0, 1, 2, 5, total - 1, total, total + 1):
            if cap < 0:
                continue
            got = count_persons(db, admin, query, cap=cap)
            assert got == min(total, cap + 1), (query, cap, total, got)
    with db.reading() as s:       # a birth year and a name: the name's branches plus a filter
        assert count(s, "kr 1961", cap=100) == len(
            [r for r in s.execute(select(Person.id).where(
                Person.birth_date == dt.date(1961, 1, 1),
                Person.deleted_at.is_(None), Person.merged_into_id.is_(None),
                (func.substr(Person.search_surname, 1, 2) == "kr")
                | (func.substr(Person.search_given, 1, 2) == "kr")))])
