"""Bundle export and import hold a bounded batch of rows, not a table: the
Python memory they allocate at their peak is about the same for a bundle of
N large rows (like frozen contracts, ~16 kB each) and for one of 4N.

Measured with tracemalloc (allocations, not wall time: the result does not
depend on the machine's load). Before the change, both held every row of the
table (2,000 rows per fetch, 500 per applied batch), and 4N took about 3–4×
the memory of N.
"""
from __future__ import annotations

import gc
import random
import tracemalloc

from sqlalchemy import func, select

from app.czech_text import fold, person_sort_key
from app.installation import current
from app.sync.capture import stamp_new_rows
from app.sync.export import export_bundle
from app.sync.importer import import_bundle
from models.base import new_id
from models.people import Person

from .sync_helpers import installation, link

N = 300                 # rows of the smaller bundle; the larger one has 4N
NOTE_CHARS = 12_000     # a frozen lease contract is about 12 kB of JSON
WORDS = ("nájemce", "pronajímatel", "byt", "příslušenství", "úhrada", "záloha", "služby",
         "kauce", "výpověď", "Žďár", "Říčany", "Čáslav", "sjednává", "dobu", "určitou")


def _add_persons(db, count: int, rng: random.Random, note_chars: int = NOTE_CHARS) -> None:
    """``count`` persons with a long note each, written in one bulk insert (stamped
    as the application stamps a bulk insert)."""
    rows = []
    for _ in range(count):
        surname, given = rng.choice(("Nováková", "Dvořák", "Černá")), rng.choice(
            ("Jana", "Petr", "Zdeněk"))
        # words and numbers (compressed to about half: even the smaller bundle spans
        # several of the spool's 1 MiB frames, so both are measured past its fixed cost)
        note = " ".join(f"{rng.choice(WORDS)} {rng.getrandbits(40):x}"
                        for _ in range(note_chars // 18))[:note_chars]
        rows.append(dict(id=new_id(), given_name=given, surname=surname, note=note,
                         search_surname=fold(surname), search_given=fold(given),
                         sort_key=person_sort_key(surname, given), deleted_at=None))
    with db.transaction() as s:
        stamp_new_rows(s, rows)
        s.execute(Person.__table__.insert(), rows)


def _peak(work) -> int:
    """Bytes allocated by ``work`` at its peak, above what was allocated before."""
    gc.collect()
    tracemalloc.start()
    try:
        before = tracemalloc.get_traced_memory()[0]
        tracemalloc.reset_peak()
        work()
        return tracemalloc.get_traced_memory()[1] - before
    finally:
        tracemalloc.stop()


def _persons(db) -> int:
    with db.reading() as s:
        return s.scalar(select(func.count()).select_from(Person))


def test_bundle_memory_follows_a_batch_not_the_table(db, admin, tmp_path):
    office, oa = db, admin
    rng = random.Random(10)
    laptops = {name: installation(tmp_path / f"{name}.sqlite", f"Notebook {name}")
               for name in ("warm", "small", "big")}
    for laptop, la in laptops.values():
        link(office, oa, laptop, la)
    # a first round, not measured: caches of statements and modules fill once
    _add_persons(office, 5, rng)
    warm, wa = laptops["warm"]
    export_bundle(office, oa, current(warm).id, tmp_path / "warm.kmbx", full=True)
    import_bundle(warm, wa, tmp_path / "warm.kmbx")

    peaks = {}
    for name, persons in (("small", N), ("big", 4 * N)):
        _add_persons(office, persons - _persons(office), rng)
        laptop, la = laptops[name]
        bundle = tmp_path / f"{name}.kmbx"
        peaks[f"export {name}"] = _peak(lambda: export_bundle(
            office, oa, current(laptop).id, bundle, full=True))
        summary = []
        peaks[f"import {name}"] = _peak(lambda: summary.append(import_bundle(laptop, la,
                                                                             bundle)))
        assert summary[0].per_table["person"]["new"] == persons
        assert _persons(laptop) == persons

    notes = 4 * N * NOTE_CHARS          # bytes of the big bundle's notes alone (14 MB)
    for step in ("export", "import"):
        small, big = peaks[f"{step} small"], peaks[f"{step} big"]
        # holding the table would add the 3N more rows' notes (≥ 10 MB as Python text
        # with diacritics); a batch is at most ~1 MB of row lines in either
        assert big <= 1.3 * small + 0.5e6, (step, small, big)
        assert big - small < notes / 8, (step, small, big)
    for laptop, _la in laptops.values():
        laptop.close()


def test_an_import_holds_one_long_row_once(db, admin, tmp_path):
    """Rows of megabytes (a city's frozen rankings weigh 2.5 MB each) are applied
    one at a time and each is let go before the next line is read: the import's
    peak is a few times one such row, not the sum of the rows or the copies of
    two of them (its line, its gathered pieces, its parsed text, the previous row)."""
    office, oa = db, admin
    laptop, la = installation(tmp_path / "laptop.sqlite", "Notebook")
    link(office, oa, laptop, la)
    long_chars, long_rows = 1_500_000, 4
    _add_persons(office, long_rows, random.Random(11), note_chars=long_chars)
    _add_persons(office, 200, random.Random(12))      # ordinary rows around them
    export_bundle(office, oa, current(laptop).id, tmp_path / "long.kmbx", full=True)
    summary = []
    peak = _peak(lambda: summary.append(import_bundle(laptop, la, tmp_path / "long.kmbx")))
    assert summary[0].per_table["person"]["new"] == long_rows + 200
    # one note is 3 MB as Python text (two bytes a character: the diacritics), 1.6 MB
    # in its line and as much again given to SQLite. Measured: 3.6 times the text;
    # 10 times before (orjson's parse of a long line peaks at ~14 times the line)
    text_bytes = 2 * long_chars
    assert peak < 5 * text_bytes, peak / text_bytes
    laptop.close()


def test_a_row_written_in_pieces_is_the_line_written_whole():
    import gzip

    from app.sync.container import PartWriter
    text = '{"pořadí": [1, 2], "text": "řádek\\n \\"uvozovky\\" \\\\ \t konec"}' * 5000
    whole, pieces = PartWriter(), PartWriter()
    for writer in (whole, pieces):
        writer.table("allocation_decision", ["id", "ranking_snapshot_json", "note"])
    values = ["d-1", text, "poznámka"]
    whole.row("allocation_decision", values, '{"s":[1,"a"]}')
    pieces.row_in_pieces("allocation_decision", values, 1,
                         (text[i:i + 777] for i in range(0, len(text), 777)), '{"s":[1,"a"]}')
    out = []
    for writer in (whole, pieces):
        writer.close()
        _size, fh = writer.part("changes.ndjson.gz")
        out.append(gzip.decompress(fh.read()))
        writer.discard()
    assert out[0] == out[1] and out[0].count(b"\n") == 1


def test_frozen_rankings_travel_whole(town_db, tmp_path):
    """A council decision's ranking is read in pieces on export: the peer holds
    exactly the office's text."""
    from app.installation import admin_actor
    from models.allocation import AllocationDecision

    def rankings(db):
        with db.reading() as s:
            return sorted(s.execute(select(
                AllocationDecision.id, AllocationDecision.ranking_snapshot_json,
                AllocationDecision.rules_snapshot_json, AllocationDecision.note)).all())

    office, oa = town_db, admin_actor(town_db)
    sent = rankings(office)
    assert sent and all(r[1] for r in sent)
    laptop, la = installation(tmp_path / "laptop.sqlite", "Notebook")
    link(office, oa, laptop, la)
    export_bundle(office, oa, current(laptop).id, tmp_path / "b.kmbx", full=True)
    import_bundle(laptop, la, tmp_path / "b.kmbx")
    assert rankings(laptop) == sent
    laptop.close()


def test_an_import_bounds_the_page_cache_and_sets_it_back(db, admin, tmp_path, monkeypatch):
    """While a bundle is applied the SQLite page cache is held to IMPORT_CACHE_KB (a
    city's import would fill the connection's 32 MB); the connection gets its own back."""
    from sqlalchemy import text

    from app.sync import importer
    if db.engine.dialect.name != "sqlite":
        return
    laptop, la = installation(tmp_path / "laptop.sqlite", "Notebook")
    link(db, admin, laptop, la)
    _add_persons(db, 3, random.Random(13))
    export_bundle(db, admin, current(laptop).id, tmp_path / "b.kmbx", full=True)
    seen = []
    apply_chunk = importer._ApplyState.apply_chunk

    def watched(self, codec, batch, summary):
        seen.append(self.conn.exec_driver_sql("PRAGMA cache_size").scalar())
        return apply_chunk(self, codec, batch, summary)

    monkeypatch.setattr(importer._ApplyState, "apply_chunk", watched)
    with laptop.engine.connect() as conn:
        before = conn.execute(text("PRAGMA cache_size")).scalar()
    import_bundle(laptop, la, tmp_path / "b.kmbx")
    assert seen and set(seen) == {-importer.IMPORT_CACHE_KB} and before == -32768
    with laptop.engine.connect() as conn:
        assert conn.execute(text("PRAGMA cache_size")).scalar() == before
    laptop.close()


def test_a_long_line_is_parsed_as_orjson_parses_it():
    """Long lines are parsed by the standard library (orjson peaks at ~14 times the
    line): the same values, and whatever orjson refuses is refused."""
    import orjson
    import pytest

    from app.sync.container import LONG_LINE, _loads
    pad = "nájemné " * (LONG_LINE // 8)
    for head in (b'1, -2, 1.5, 1e-3, 123456789012345678901234567890, true, null, {"a": [1]}',
                 b'"\\ud83d\\ude00 \\" \\\\ \\n", "\xc5\xbd"'):
        line = b"[%s, %s]\n" % (head, orjson.dumps(pad))
        assert len(line) >= LONG_LINE
        assert _loads(line) == orjson.loads(line)
        assert _loads(bytearray(line)) == orjson.loads(line)
    for head in (b"NaN", b"Infinity", b"1e999", b'"\\ud800"', b'"\\udc00 x"', b'"a\xff"',
                 b'"\xed\xa0\x80"', b"1,"):
        line = b"[%s, %s]\n" % (head, orjson.dumps(pad))
        with pytest.raises(ValueError):
            orjson.loads(line)
        with pytest.raises(ValueError):
            _loads(line)
