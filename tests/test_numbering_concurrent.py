"""Numbers stay unique when workstations save at once: several threads on two
database clients (two engines, as two workstations) save records together —
no duplicate number, no lost save (a number taken meanwhile is read again)."""
from __future__ import annotations

import datetime as dt
import threading

from sqlalchemy import func, select

from app import audit, numbering
from app.cases.service import open_case
from models.cases import Case
from models.numbering import IssuedNumber

from .lease_data import add_household
from .test_concurrency import second_client

DAY = dt.date(2026, 3, 2)
THREADS_PER_CLIENT = 3
SAVES = 4


def _run(clients, work) -> list[Exception]:
    errors: list[Exception] = []
    start = threading.Barrier(len(clients) * THREADS_PER_CLIENT)

    def worker(db, n):
        start.wait()
        try:
            for i in range(SAVES):
                work(db, n, i)
        except Exception as exc:  # noqa: BLE001 – reported by the test
            errors.append(exc)

    threads = [threading.Thread(target=worker, args=(db, k * THREADS_PER_CLIENT + j))
               for k, db in enumerate(clients) for j in range(THREADS_PER_CLIENT)]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    return errors


def test_cases_saved_at_once_on_two_clients_get_distinct_numbers(db, admin):
    _hh, people = add_household(db)
    other = second_client(db)
    saved: list[str] = []
    lock = threading.Lock()

    def save_case(client, n, i):
        with client.transaction() as s:       # the service's whole save, audited
            case = open_case(s, admin, people[n % 2], worker_id=None, opened_on=DAY)
        with lock:
            saved.append(case.number)

    try:
        errors = _run([db, other], save_case)
    finally:
        other.close()
    total = 2 * THREADS_PER_CLIENT * SAVES
    assert not errors, errors
    assert len(saved) == total and len(set(saved)) == total          # no duplicate
    with db.reading() as s:                                           # no lost save
        assert s.scalar(select(func.count()).select_from(Case)) == total
        assert sorted(s.scalars(select(Case.number))) == sorted(saved)
    assert sorted(saved) == [f"KMB-2026/{n:04d}" for n in range(1, total + 1)]


def test_every_kind_of_number_is_unique_under_concurrent_saves(db, admin):
    other = second_client(db)
    got: list[tuple[str, str]] = []
    lock = threading.Lock()

    def issue_all(client, n, i):
        for kind in ("application", "lease", "fund"):
            with client.transaction() as s:
                number = numbering.issue(s, kind, 2026)
                audit.record(s, admin, "create", kind, None)
            with lock:
                got.append((kind, number))

    try:
        errors = _run([db, other], issue_all)
    finally:
        other.close()
    assert not errors, errors
    assert len(got) == len(set(got)) == 3 * 2 * THREADS_PER_CLIENT * SAVES
    with db.reading() as s:
        stored = set(s.execute(select(IssuedNumber.kind, IssuedNumber.number)).all())
    assert stored == set(got)
