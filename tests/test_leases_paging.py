"""The Smlouvy list a page at a time (issue 10, "filled quickly"): the pages
read by keyset in SQL, one after another, give exactly the rows of the full
read (``list_leases``), in its order, and the counts under the list are the
full read's, for every search text and state filter, on the town demo and on
generated leases (ties, missing numbers, titles, capitals with diacritics)."""
from __future__ import annotations

import datetime as dt
import random

from app.leases.paging import LeaseCounts, LeaseQuery, first_page, lease_counts, lease_page
from app.leases.records import list_leases
from models.leases import ArrearsBalance, Lease, LeaseState
from models.people import Person

from .conftest import DEMO_TODAY
from .lease_data import add_flat, add_household

STATE_FILTERS = ([dict(current_only=True), dict(), dict(ending_within_days=60)]
                 + [dict(state=s) for s in LeaseState])


def paged(db, actor, query: LeaseQuery, limit: int) -> list:
    rows, after = [], None
    while True:
        page = lease_page(db, actor, query, after, limit)
        assert len(page.rows) <= limit
        rows += page.rows
        if page.after is None:
            return rows
        assert len(page.rows) == limit        # only a full page has a next one
        after = page.after


def full(db, actor, query: LeaseQuery) -> list:
    return list_leases(db, actor, query.text, state=query.state,
                       current_only=query.current_only,
                       ending_within_days=query.ending_within_days, today=query.today)


def assert_same(db, actor, texts, limit: int) -> int:
    compared = 0
    for filters in STATE_FILTERS:
        for text in texts:
            q = LeaseQuery(text, today=DEMO_TODAY, **filters)
            expected = full(db, actor, q)
            assert paged(db, actor, q, limit) == expected, (filters, text)
            assert lease_counts(db, actor, q) == LeaseCounts(
                len(expected), sum(1 for r in expected if r.arrears_hal)), (filters, text)
            compared += len(expected)
    return compared


def test_pages_equal_the_full_read_on_the_town_demo(town_db, town_worker):
    every = list_leases(town_db, town_worker, today=DEMO_TODAY)
    assert len(every) > 50
    r = every[len(every) // 2]
    surname = r.tenant.split()[-1]
    texts = ["", surname, surname.upper(), surname.lower()[:4], r.number,
             r.flat.split(",")[0], "byt c. 1", "Byt č. 1", "%", "_", "nic-takoveho"]
    assert assert_same(town_db, town_worker, texts, limit=17) > 0


SURNAMES = ["Šťastný", "ŠŤASTNÁ", "Novák", "Nováková", "Čermák", "Dvořák", "Ťoupalík", "Řehoř",
            "Chalupa", "Hrubý", "Ďurovič", "Ľubošová", "Müller"]
# not only Czech letters: the statement folds as Python's fold does
BEYOND = ["Nguyễn", "Đặng", "Wójcik", "Kovács", "Öztürk", "Łukasiewicz"]
GIVEN = ["Jan", "Žofie", "Ema", "Jiří", "Ámos", "Ondřej", "Ida"]
STREETS = ["Horská", "Úvoz", "Čechova", "Nábřeží Ústí", "Školní", "Bahnhofstraße"]


def _generated(db, seed: int = 19) -> None:
    """Leases with ties on the start, shared numbers, missing numbers,
    households or titles, debts and settled debts."""
    rng = random.Random(seed)
    start = dt.date(2025, 1, 1)
    for i in range(60):
        flat = add_flat(db, number=str(rng.randint(1, 12)), street=rng.choice(STREETS),
                        house=str(rng.randint(1, 30)))
        people = [(rng.choice(GIVEN), rng.choice(SURNAMES))]
        if i < len(BEYOND):     # surely among them: letters beyond Czech
            people = [(people[0][0], BEYOND[i])]
        hh, (pid,) = add_household(db, rng.choice(["Šťastní", "Novákovi", "ČERMÁKOVI", ""]),
                                   people)
        with db.transaction() as s:
            p = s.get(Person, pid)
            if i % 5 == 0:
                p.title_before = "Ing."
            if i % 7 == 0:
                p.title_after = "Ph.D."
            lease = Lease(number=None if i % 11 == 0 else f"S-{rng.randint(1, 15):03d}",
                          flat_id=flat, household_id=None if i % 6 == 0 else hh, tenant_id=pid,
                          state=rng.choice(list(LeaseState)),
                          starts_on=start + dt.timedelta(days=30 * rng.randint(0, 5)),
                          ends_on=rng.choice([None, DEMO_TODAY + dt.timedelta(
                              days=rng.randint(-20, 90))]),
                          rent_hal=rng.randint(1, 9) * 100_000)
            s.add(lease)
            s.flush()
            for m in range(rng.randint(0, 3)):
                s.add(ArrearsBalance(lease_id=lease.id, month=dt.date(2026, 1 + m, 1),
                                     balance_hal=rng.choice([0, 0, 150_000, 20_000])))


def test_pages_equal_the_full_read_on_generated_leases(db, admin):
    _generated(db)
    texts = ["", "stastn", "ŠŤASTN", "šťastný", "novak", "Ing. Jan", "ph.d.", "s-00",
             "uvoz", "ÚVOZ 1", "nabrezi usti", "ľubo", "muller", "cermakovi", "byt c. 3",
             "%", "_", "nguyen", "NGUYỄN", "đặng", "wojcik", "kovacs", "ozturk", "łukas",
             "strasse"]
    assert assert_same(db, admin, texts, limit=4) > 0


def test_first_page_brings_the_page_and_the_counts(town_db, town_worker):
    q = LeaseQuery(current_only=True, today=DEMO_TODAY)
    page, counts = first_page(town_db, town_worker, q)
    expected = full(town_db, town_worker, q)
    assert page.rows == expected[:len(page.rows)] and page.rows
    assert counts.total == len(expected)
    # a short list is its own count
    q = LeaseQuery(expected[0].number, today=DEMO_TODAY)
    page, counts = first_page(town_db, town_worker, q)
    assert page.after is None and counts == lease_counts(town_db, town_worker, q)
