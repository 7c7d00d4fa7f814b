"""Per-column clock stamps kept in each synchronised row (``sync_meta``).

A stamp is ``(hlc, origin)``: a hybrid-logical-clock value (milliseconds
<< 16 | counter) and the short tag of the installation that wrote the value.
Stamps are totally ordered as tuples; the higher one wins a merge.

The JSON form is compact because every row carries it:

    {"s": [hlc, origin],            # stamp of every column not listed in "c"
     "c": {"col": [hlc, origin]},   # columns written later than "s"
     "v": {origin: hlc}}            # what this row's state has seen per origin

``v`` (a version vector of the row) tells a concurrent edit from a stale one:
an incoming column value is already known when ``v[origin] >= hlc``.
"""
from __future__ import annotations

import json
import time

import orjson
from dataclasses import dataclass, field

Stamp = tuple[int, str]


def physical_now() -> int:
    return int(time.time() * 1000) << 16


def next_hlc(last: int, now: int | None = None) -> int:
    """The clock value after ``last``: wall time when it is ahead, else last + 1."""
    now = physical_now() if now is None else now
    return max(now, last + 1)


def format_stamp(stamp: Stamp) -> str:
    return f"{stamp[0]:016x}@{stamp[1]}"


def hlc_to_unix_ms(hlc: int) -> int:
    return hlc >> 16


@dataclass
class RowMeta:
    base: Stamp
    columns: dict[str, Stamp] = field(default_factory=dict)
    seen: dict[str, int] = field(default_factory=dict)

    @classmethod
    def new(cls, stamp: Stamp) -> "RowMeta":
        return cls(stamp, {}, {stamp[1]: stamp[0]})

    @classmethod
    def loads(cls, text: str | None) -> "RowMeta | None":
        if not text:
            return None
        d = json.loads(text)
        return cls(tuple(d["s"]), {k: tuple(v) for k, v in d.get("c", {}).items()},
                   dict(d.get("v", {})))

    def dumps(self) -> str:
        d: dict = {"s": list(self.base), "v": self.seen}
        if self.columns:
            d["c"] = {k: list(v) for k, v in self.columns.items()}
        return dumps_meta(d)

    def stamp(self, column: str) -> Stamp:
        return self.columns.get(column, self.base)

    def set(self, column: str, stamp: Stamp) -> None:
        if stamp == self.base:
            self.columns.pop(column, None)
        else:
            self.columns[column] = stamp
        self.see(stamp)

    def see(self, stamp: Stamp) -> None:
        if self.seen.get(stamp[1], -1) < stamp[0]:
            self.seen[stamp[1]] = stamp[0]

    def knows(self, stamp: Stamp) -> bool:
        # a zero stamp is "never written" (a stub's): every state knows it
        return stamp[0] == 0 or self.seen.get(stamp[1], -1) >= stamp[0]

    def merge_seen(self, other: dict[str, int]) -> None:
        for origin, hlc in other.items():
            if self.seen.get(origin, -1) < hlc:
                self.seen[origin] = hlc

    def compact(self, columns: list[str]) -> None:
        """Make the most common stamp the base so that few columns are listed."""
        if not self.columns:
            return
        counts: dict[Stamp, int] = {}
        for c in columns:
            s = self.stamp(c)
            counts[s] = counts.get(s, 0) + 1
        best = max(counts, key=lambda s: (counts[s], s))
        stamps = {c: self.stamp(c) for c in columns}
        self.base = best
        self.columns = {c: s for c, s in stamps.items() if s != best}

    def max_stamp(self) -> Stamp:
        return max([self.base, *self.columns.values()])


def dumps_meta(d: dict) -> str:
    """Canonical compact JSON of a meta dict (sorted keys: the same bytes everywhere)."""
    return orjson.dumps(d, option=orjson.OPT_SORT_KEYS).decode()


def initial_meta(hlc: int, origin: str) -> str:
    """Meta of a row created at once (bulk inserts, demo data)."""
    return RowMeta.new((hlc, origin)).dumps()
