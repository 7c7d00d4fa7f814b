"""Shared state of a demo build: a seeded random generator, deterministic ids,
the reference date and a fast bulk insert that stamps rows for sync."""
from __future__ import annotations

import datetime as dt
import random
import uuid
from dataclasses import dataclass, field
from typing import Callable

from sqlalchemy import Connection
from sqlalchemy.orm import Session

from models.base import Base

from .. import numbering
from ..sync.stamps import initial_meta


@dataclass
class DemoPerson:
    id: str
    given_name: str
    surname: str
    sex: str
    birth_date: dt.date
    household_id: str | None = None
    relation: str | None = None
    address_id: str | None = None


@dataclass
class DemoContext:
    conn: Connection
    rng: random.Random
    size: str
    today: dt.date
    origin: str
    hlc: int
    place: dict
    progress: Callable[[str, int], None] = lambda step, percent: None
    users: dict[str, str] = field(default_factory=dict)          # username -> id
    workers: list[str] = field(default_factory=list)             # social workers' ids
    persons: list[DemoPerson] = field(default_factory=list)
    households: list[dict] = field(default_factory=list)         # rows as inserted
    flats: list[dict] = field(default_factory=list)
    buildings: list[dict] = field(default_factory=list)
    extra: dict = field(default_factory=dict)                    # for later steps
    _clock_ms: int = 0

    def __post_init__(self) -> None:
        # ids made without a date sort as if created a little over a year ago
        start = dt.datetime(self.today.year, self.today.month, self.today.day, tzinfo=dt.UTC)
        self._clock_ms = int(start.timestamp() * 1000) - 400 * 86_400_000

    def new_id(self, when: dt.datetime | dt.date | None = None) -> str:
        """A uuid7-shaped id from the seeded generator (deterministic)."""
        if when is None:
            self._clock_ms += 1
            ms = self._clock_ms
        else:
            if isinstance(when, dt.date) and not isinstance(when, dt.datetime):
                when = dt.datetime(when.year, when.month, when.day, 9)
            ms = int(when.replace(tzinfo=dt.UTC).timestamp() * 1000)
        rand_a = self.rng.getrandbits(12)
        rand_b = self.rng.getrandbits(62)
        value = (ms & ((1 << 48) - 1)) << 80 | 0x7 << 76 | rand_a << 64 | 0b10 << 62 | rand_b
        return str(uuid.UUID(int=value))

    def stamp_time(self, day: dt.date | None = None) -> dt.datetime:
        day = day or self.today
        return dt.datetime(day.year, day.month, day.day, 8) + dt.timedelta(
            minutes=self.rng.randint(0, 8 * 60))

    def insert(self, table: str, rows: list[dict]) -> None:
        """Bulk insert with sync stamps (the change capture's job for ORM writes)."""
        if not rows:
            return
        meta = initial_meta(self.hlc, self.origin)
        for r in rows:
            r.setdefault("created_at", self.stamp_time())
            r.setdefault("updated_at", r["created_at"])
            r.setdefault("deleted_at", None)
            r["sync_meta"] = meta
            r["sync_seq"] = self.hlc
        tbl = Base.metadata.tables[table]
        # every row must carry every column for executemany: fill defaults
        for col in tbl.columns:
            default = col.default.arg if col.default is not None and not callable(
                col.default.arg) else None
            for r in rows:
                r.setdefault(col.name, default)
        self.conn.execute(tbl.insert(), rows)

    def numberer(self, kind: str) -> Callable[[int], str]:
        """Numbers of ``kind`` ("case", "lease", …) by year, in the order asked:
        the app's pattern and this installation's series (app/numbering.py)."""
        with Session(bind=self.conn) as s:
            pattern, tag = numbering.pattern_of(s, kind), numbering.series_tag(s, kind)
        seq: dict[int, int] = {}

        def next_number(year: int) -> str:
            seq[year] = seq.get(year, 0) + 1
            return numbering.format_number(pattern, year, seq[year], tag)
        return next_number

    def date_between(self, start: dt.date, end: dt.date) -> dt.date:
        span = (end - start).days
        return start + dt.timedelta(days=self.rng.randint(0, max(span, 0)))
