"""Bundle benchmark on the `city` demo (≈100k persons; ``--demo town`` for a quick run).

Exports the whole city office to a fresh installation and imports it there;
prints bundle size, export and import times, each next to a baseline measured
in the same run: the same rows written by a raw sqlite3 ``executemany`` into an
empty database of the same schema (targets: import ≤ 3× the raw insert; export
+ encryption of 10k households < 5 s). Peak memory is printed too: a bundle is
built and decrypted in memory (never in plaintext on disk), bounded by the
setting sync.max_bundle_mb.

    python benchmarks/bench_sync.py [--demo city|town] [--db PATH]
"""
from __future__ import annotations

import argparse
import resource
import shutil
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from app.config import sqlite_url  # noqa: E402
from app.db import connect_raw, open_database  # noqa: E402

BENCH_KEY = bytes(range(100, 132))   # benchmark databases are encrypted like real ones


def _connect(path):
    return connect_raw(Path(path), BENCH_KEY)
from app.demo import build_demo  # noqa: E402
from app.installation import admin_actor, current, initialise  # noqa: E402
from app.sync.codec import codecs  # noqa: E402
from app.sync.export import export_bundle  # noqa: E402
from app.sync.identity import add_peer, contact_card  # noqa: E402
from app.sync.importer import import_bundle  # noqa: E402


def raw_copy(src: Path, empty: Path) -> tuple[float, float, int]:
    """The baseline: the same rows, plain executemany, one transaction."""
    s = _connect(src)
    d = _connect(empty)
    d.execute("PRAGMA foreign_keys=OFF")
    with d:     # the target's own login account would clash (user names are unique)
        d.execute('DELETE FROM "user"')
    rows_total = 0
    data = {}
    for name in codecs():
        data[name] = s.execute(f'SELECT * FROM "{name}"').fetchall()
        rows_total += len(data[name])
    t0, c0 = time.perf_counter(), time.process_time()
    with d:
        for name, rows in data.items():
            if rows:
                marks = ",".join("?" * len(rows[0]))
                d.executemany(f'INSERT INTO "{name}" VALUES ({marks})', rows)
    elapsed, cpu = time.perf_counter() - t0, time.process_time() - c0
    s.close()
    d.close()
    return elapsed, cpu, rows_total


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--demo", choices=["city", "town"], default="city")
    parser.add_argument("--db", default=None)
    parser.add_argument("--key", default=None,
                        help="the database key in hex, for a demo built by another benchmark "
                             "(bench_speed.py: bytes(range(32)).hex())")
    parser.add_argument("--repeat", type=int, default=3,
                        help="imports and raw copies measured (the best of each is quoted: "
                             "on a loaded machine single runs vary 2×)")
    args = parser.parse_args()
    if args.key:                    # the module's connections use BENCH_KEY
        global BENCH_KEY
        BENCH_KEY = bytes.fromhex(args.key)
    city = Path(args.db or f"/tmp/kmb-bench-{args.demo}.sqlite")
    if not city.exists():
        build_demo(city, args.demo, key=BENCH_KEY).close()
    work = Path(tempfile.mkdtemp(prefix="kmb-bench-sync-"))
    try:
        office = open_database(sqlite_url(city), key=BENCH_KEY)
        oa = admin_actor(office)
        fresh = open_database(sqlite_url(work / "fresh.sqlite"), create=True, key=BENCH_KEY)
        initialise(fresh, "Nová instalace", series="N1")   # a second installation: its own series
        fa = admin_actor(fresh)
        src, dst = _connect(work / "fresh.sqlite"), _connect(
            work / "empty-schema.sqlite")
        src.backup(dst)      # a consistent copy (the schema may still sit in the WAL)
        src.close()
        dst.close()
        add_peer(office, oa, contact_card(fresh, fa))
        add_peer(fresh, fa, contact_card(office, oa))
        con = _connect(city)
        households = con.execute("SELECT count(*) FROM household").fetchone()[0]
        con.close()

        t0 = time.perf_counter()
        summary = export_bundle(office, oa, current(fresh).id, work / "city.kmbx", full=True)
        t_export = time.perf_counter() - t0
        fresh.close()
        imports, raws = [], []
        for i in range(max(1, args.repeat)):
            # the same fresh installation each time (a copy), the same empty schema
            for suffix in ("", "-wal", ".keys"):
                if Path(f"{work / 'fresh.sqlite'}{suffix}").exists():
                    shutil.copy(f"{work / 'fresh.sqlite'}{suffix}",
                                f"{work / f'run{i}.sqlite'}{suffix}")
            shutil.copy(work / "empty-schema.sqlite", work / f"empty{i}.sqlite")
            fresh = open_database(sqlite_url(work / f"run{i}.sqlite"), key=BENCH_KEY)
            t0, c0 = time.perf_counter(), time.process_time()
            result = import_bundle(fresh, fa, work / "city.kmbx")
            imports.append((time.perf_counter() - t0, time.process_time() - c0))
            fresh.close()
            peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024  # before baseline
            t_raw, c_raw, rows = raw_copy(city, work / f"empty{i}.sqlite")
            raws.append((t_raw, c_raw))
        t_import, c_import = min(w for w, _ in imports), min(c for _, c in imports)
        t_raw, c_raw = min(w for w, _ in raws), min(c for _, c in raws)

        print(f"rows: {summary.rows} (raw copy {rows}), households: {households}, "
              f"bundle: {summary.size / 1e6:.1f} MB")
        print(f"export + sign + encrypt   {t_export:7.2f} s   "
              f"per 10k households {t_export * 10_000 / households:5.2f} s (target < 5 s)")
        print(f"import (verify + merge)   {t_import:7.2f} s   raw executemany {t_raw:6.2f} s   "
              f"ratio {t_import / t_raw:5.2f}× (target ≤ 3×; best of {len(imports)})")
        print(f"  CPU time                {c_import:7.2f} s   raw executemany {c_raw:6.2f} s   "
              f"ratio {c_import / c_raw:5.2f}× (steadier than wall time on a loaded machine)")
        print(f"  first import of the process {imports[0][0]:5.2f} s wall, {imports[0][1]:5.2f} s CPU "
              f"(reads the migration scripts once: a one-command CLI run pays this)")
        print(f"imported: new {result.new}, changed {result.changed}, conflicts {result.conflicts}")
        print(f"peak memory (RSS) during export and import {peak:7.1f} MB "
              f"(bundle {summary.size / 1e6:.1f} MB, held in memory, never on disk)")
        office.close()
    finally:
        shutil.rmtree(work, ignore_errors=True)


if __name__ == "__main__":
    main()
