"""What SQLCipher costs: the same database encrypted and as plaintext, side by
side in one run (goal: ≤ 1.3× for search p95 and for a bundle import).

    python benchmarks/bench_sqlcipher.py [--size town|city] [--queries 200]

The plaintext twin is made by ``sqlcipher_export`` from the encrypted file, so
both hold the same rows, and both are opened through the same engine set-up
(pragmas, WAL); only the key differs.
"""
from __future__ import annotations

import argparse
import random
import statistics
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from app.config import sqlite_url  # noqa: E402
from app.czech_text import fold  # noqa: E402
from app.db import Database, connect_raw, make_engine, open_database  # noqa: E402
from app.demo import build_demo  # noqa: E402
from app.installation import admin_actor, current, initialise  # noqa: E402
from app.people.search import search_persons  # noqa: E402
from app.sync.export import export_bundle  # noqa: E402
from app.sync.identity import add_peer, contact_card  # noqa: E402
from app.sync.importer import import_bundle  # noqa: E402

BENCH_KEY = bytes(range(100, 132))


def plaintext_twin(src: Path, target: Path) -> None:
    con = connect_raw(src, BENCH_KEY)
    con.execute(f"ATTACH DATABASE '{target}' AS plain KEY ''")
    con.execute("SELECT sqlcipher_export('plain')")
    con.execute("DETACH DATABASE plain")
    con.close()


def opened(path: Path, key: bytes | None) -> Database:
    url = sqlite_url(path)
    return Database(url, make_engine(url, key), key)


def p95(values: list[float]) -> float:
    return sorted(values)[max(0, int(round(0.95 * len(values))) - 1)]


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--size", choices=["town", "city"], default="town")
    parser.add_argument("--queries", type=int, default=200)
    args = parser.parse_args()
    work = Path(tempfile.mkdtemp(prefix="kmb-bench-cipher-"))
    enc_path, plain_path = work / "office.sqlite", work / "office-plain.sqlite"
    t0 = time.perf_counter()
    build_demo(enc_path, args.size, key=BENCH_KEY).close()
    print(f"demo ({args.size}) built in {time.perf_counter() - t0:.1f} s")
    plaintext_twin(enc_path, plain_path)

    # --- search p95 -----------------------------------------------------------------
    enc, plain = opened(enc_path, BENCH_KEY), opened(plain_path, None)
    actor = admin_actor(enc)
    con = connect_raw(enc_path, BENCH_KEY)
    names = con.execute("SELECT surname, given_name FROM person ORDER BY random() LIMIT ?",
                        (args.queries,)).fetchall()
    con.close()
    rng = random.Random(7)
    queries = [fold(s)[: rng.randint(3, 6)] + (" " + fold(g)[:3] if rng.random() < 0.3 else "")
               for s, g in names]
    times = {"enc": [], "plain": []}
    for q in queries:                                 # interleaved: same cache conditions
        for name, db in (("enc", enc), ("plain", plain)):
            t = time.perf_counter()
            search_persons(db, actor, q, limit=200)
            times[name].append(time.perf_counter() - t)
    enc.close()
    plain.close()
    e95, b95 = p95(times["enc"]), p95(times["plain"])
    print(f"search p95     encrypted {e95 * 1000:7.2f} ms   plaintext {b95 * 1000:7.2f} ms   "
          f"ratio {e95 / b95:5.2f}×   (median {statistics.median(times['enc']) * 1000:.2f} / "
          f"{statistics.median(times['plain']) * 1000:.2f} ms; goal ≤ 1.3×)")

    # --- bundle import ----------------------------------------------------------------
    office = open_database(sqlite_url(enc_path), key=BENCH_KEY)
    oa = admin_actor(office)
    fresh_path = work / "fresh.sqlite"
    fresh = open_database(sqlite_url(fresh_path), create=True, key=BENCH_KEY)
    initialise(fresh, "Nová instalace")
    fa = admin_actor(fresh)
    add_peer(office, oa, contact_card(fresh, fa))
    add_peer(fresh, fa, contact_card(office, oa))
    summary = export_bundle(office, oa, current(fresh).id, work / "all.kmbx", full=True)
    office.close()
    fresh.close()
    fresh_plain = work / "fresh-plain.sqlite"
    plaintext_twin(fresh_path, fresh_plain)
    result = {}
    for name, path, key in (("plain", fresh_plain, None), ("enc", fresh_path, BENCH_KEY)):
        db = opened(path, key)
        t = time.perf_counter()
        import_bundle(db, admin_actor(db), work / "all.kmbx")
        result[name] = time.perf_counter() - t
        db.close()
    print(f"bundle import  encrypted {result['enc']:7.2f} s    plaintext {result['plain']:7.2f} s    "
          f"ratio {result['enc'] / result['plain']:5.2f}×   ({summary.rows} rows; goal ≤ 1.3×)")
    print(f"files: {work}")


if __name__ == "__main__":
    main()
