"""The next number from one query that returns the highest only (issue 17):
``issue`` no longer reads the whole series into Python on every call, yet it
still counts only this series and year, tombstones and received records
included."""
from __future__ import annotations

import datetime as dt

from sqlalchemy import event, select

from app import numbering
from app.cases.service import open_case
from models.base import utcnow
from models.cases import Case
from models.numbering import IssuedNumber

from .lease_data import add_household

DAY = dt.date(2026, 3, 2)


def _cases(db, person, numbers, deleted=()):
    with db.transaction() as s:
        for number in numbers:
            s.add(Case(number=number, person_id=person, opened_on=DAY,
                       deleted_at=utcnow() if number in deleted else None))


def test_only_this_series_and_year_count_by_value_not_by_text(db, admin):
    hh, people = add_household(db)
    _cases(db, people[0], [
        "KMB-2026/0009", "KMB-2026/0010",          # ours
        "KMB-2026/0012",                           # ours, deleted: still counts
        "KMB-2026/N1-9999", "KMB-2026/N1-0040",    # a laptop's series
        "KMB-2025/0500", "kmb-2026/0900",          # another year; another text (case)
        "KMB-2026/00x7", "KMB-2026/", "KMB-2026/0011 (oprava)", "KMB-2026/5000a",
        None,
    ], deleted={"KMB-2026/0012"})
    with db.reading() as s:
        assert numbering.highest(s, Case.number, "KMB-{year}/{n:04d}", 2026) == 12
        assert numbering.highest(s, Case.number, "KMB-{year}/{n:04d}", 2026, "N1") == 9999
        assert numbering.highest(s, Case.number, "KMB-{year}/{n:04d}", 2024) == 0
    with db.transaction() as s:
        assert open_case(s, admin, people[0], worker_id=None, opened_on=DAY).number \
            == "KMB-2026/0013"


def test_past_the_padding_and_with_text_after_the_number(db, admin):
    hh, people = add_household(db)
    # 10000 is longer than the padded 9999: the value decides, not the text's order;
    # a pattern changed from {n} to {n:04d} mid-year: "13" is higher than "0012"
    _cases(db, people[0], ["KMB-2026/9999", "KMB-2026/10000", "KMB-2026/0998",
                           "SZ/13/2026", "SZ/0012/2026", "SZ/0099/2025", "SZ/N1-0400/2026"])
    with db.reading() as s:
        assert numbering.highest(s, Case.number, "KMB-{year}/{n:04d}", 2026) == 10000
        assert numbering.highest(s, Case.number, "SZ/{n:04d}/{year}", 2026) == 13
        assert numbering.highest(s, Case.number, "SZ/{n}/{year}", 2025) == 99
        assert numbering.highest(s, Case.number, "SZ/{n:04d}/{year}", 2026, "N1") == 400
        assert numbering.highest(s, Case.number, "{n}/{year}", 2026) == 0


def test_issuing_reads_one_row_however_long_the_series(db, admin):
    hh, people = add_household(db)
    _cases(db, people[0], [f"KMB-2026/{n:04d}" for n in range(1, 1501)])
    with db.transaction() as s:
        s.add_all(IssuedNumber(kind="case", number=f"KMB-2026/{n:04d}") for n in range(1, 1501))
    fetched = []

    def count(conn, cursor, statement, parameters, context, executemany):
        if "issued_number" in statement or "FROM \"case\"" in statement \
                or "FROM case" in statement:
            fetched.append(statement)
    with db.transaction() as s:
        engine = s.get_bind()
        event.listen(engine, "after_cursor_execute", count)
        try:
            number = numbering.issue(s, "case", 2026)
        finally:
            event.remove(engine, "after_cursor_execute", count)
    assert number == "KMB-2026/1501"
    selects = [q for q in fetched if q.lstrip().upper().startswith("SELECT")]
    assert len(selects) == 2 and all("LIMIT" in q.upper() for q in selects), selects
    with db.reading() as s:
        assert s.scalar(select(IssuedNumber.number).where(
            IssuedNumber.number == "KMB-2026/1501")) == number
