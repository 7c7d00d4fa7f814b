"""Foundation benchmark on the `city` demo (≈100k persons).

Prints, each next to a baseline measured in the same run:
- opening the main window (to the first page of Klienti shown)
  vs. a raw sqlite3 connect + first-page query;
- person search latency, median and p95 over 100 queries
  vs. the same prefix queries against an SQLite FTS5 index of the names;
- the first page of the Klienti list model vs. the bare SQL of that page;
- the process's peak memory with the city database open.

    python benchmarks/bench_foundation.py [--db PATH]   (builds the city demo if missing)
"""
from __future__ import annotations

import argparse
import os
import random
import resource
import statistics
import sys
import tempfile
import time
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from app.config import sqlite_url  # noqa: E402
from app.czech_text import fold  # noqa: E402
from app.db import connect_raw, open_database  # noqa: E402

BENCH_KEY = bytes(range(100, 132))   # benchmark databases are encrypted like real ones


def _connect(path):
    return connect_raw(Path(path), BENCH_KEY)
from app.demo import build_demo  # noqa: E402
from app.installation import current  # noqa: E402
from app.people.search import search_persons  # noqa: E402
from app.security import actor_from_user, find_user  # noqa: E402


def ms(seconds: float) -> str:
    return f"{seconds * 1000:8.2f} ms"


def row(name: str, ours: float, base: float, note: str = "") -> None:
    ratio = ours / base if base else float("inf")
    print(f"{name:<38} {ms(ours)}   baseline {ms(base)}   ratio {ratio:6.2f}×  {note}")


def percentile(values: list[float], p: float) -> float:
    ordered = sorted(values)
    k = max(0, min(len(ordered) - 1, round(p / 100 * (len(ordered) - 1))))
    return ordered[k]


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--db", default="/tmp/kmb-bench-city.sqlite")
    parser.add_argument("--key", default=None,
                        help="the database key in hex, for a demo built by another benchmark "
                             "(bench_speed.py: bytes(range(32)).hex())")
    parser.add_argument("--queries", type=int, default=100)
    args = parser.parse_args()
    if args.key:                    # the module's connections use BENCH_KEY
        global BENCH_KEY
        BENCH_KEY = bytes.fromhex(args.key)
    path = Path(args.db)
    if not path.exists():
        t = time.perf_counter()
        build_demo(path, "city", key=BENCH_KEY).close()
        print(f"built city demo in {time.perf_counter() - t:.1f} s")

    # --- main window ----------------------------------------------------------
    from PySide6.QtCore import QSettings
    from PySide6.QtWidgets import QApplication

    from ui.app import make_application
    from ui.context import UiContext
    from ui.main_window import MainWindow

    app = make_application(lang="cs")
    t0 = time.perf_counter()
    db = open_database(sqlite_url(path), key=BENCH_KEY)
    with db.reading() as s:
        actor = actor_from_user(find_user(s, "jana.dvorakova"))
    ini = Path(tempfile.mkdtemp()) / "ui.ini"      # a first start: no remembered area
    ctx = UiContext(db=db, actor=actor, installation=current(db),
                    settings=QSettings(str(ini), QSettings.IniFormat))
    window = MainWindow(ctx)
    window.show()
    t_shown = time.perf_counter() - t0           # the window is on screen
    while window.areas[window.sidebar.currentRow()].key not in window.pages:
        app.processEvents()                      # its first page fills in right after
    app.processEvents()
    t_window = time.perf_counter() - t0
    first_area = window.areas[window.sidebar.currentRow()].key
    t0 = time.perf_counter()
    page = window.show_area("persons")
    app.processEvents()
    t_persons = time.perf_counter() - t0
    loaded = page.model.rowCount()

    t0 = time.perf_counter()
    con = _connect(path)
    con.execute("SELECT id, surname, given_name, birth_date FROM person "
                "WHERE deleted_at IS NULL ORDER BY sort_key, id LIMIT 200").fetchall()
    t_window_base = time.perf_counter() - t0
    row("open main window (frame shown)", t_shown, t_window_base, "(target < 1.5 s)")
    row(f"... with its first page ({first_area})", t_window, t_window_base, "(target < 1.5 s)")
    row("switch to Klienti", t_persons, t_window_base, f"rows loaded: {loaded} of 100k")

    # --- search -----------------------------------------------------------------
    rng = random.Random(7)
    names = con.execute("SELECT surname, given_name FROM person ORDER BY random() LIMIT 400"
                        ).fetchall()
    queries = []
    for surname, given in names[: args.queries]:
        q = fold(surname)[: rng.randint(3, 6)]
        if rng.random() < 0.3:
            q += " " + fold(given)[:3]
        queries.append(q)

    con.execute("CREATE VIRTUAL TABLE temp.fts USING fts5(surname, given, "
                "tokenize='unicode61 remove_diacritics 2')")
    con.execute("INSERT INTO temp.fts(rowid, surname, given) "
                "SELECT rowid, surname, given_name FROM person")
    ours, base = [], []
    for q in queries:
        t0 = time.perf_counter()
        search_persons(db, actor, q, limit=200)
        ours.append(time.perf_counter() - t0)
        match = " ".join(f'"{tok}"*' for tok in q.split())
        t0 = time.perf_counter()
        con.execute("SELECT p.id, p.surname, p.given_name, p.birth_date FROM temp.fts "
                    "JOIN person p ON p.rowid = fts.rowid WHERE fts MATCH ? "
                    "ORDER BY p.sort_key LIMIT 200", (match,)).fetchall()
        base.append(time.perf_counter() - t0)
    row("search median", statistics.median(ours), statistics.median(base))
    row("search p95", percentile(ours, 95), percentile(base, 95), "(target < 30 ms)")

    # --- first page of the list model ----------------------------------------------
    t0 = time.perf_counter()
    page.model.set_query("")
    t_page = time.perf_counter() - t0
    t0 = time.perf_counter()
    con.execute("SELECT p.id, p.surname, p.given_name, p.birth_date, a.street, a.city "
                "FROM person p LEFT JOIN address a ON a.id = p.permanent_address_id "
                "WHERE p.deleted_at IS NULL AND p.merged_into_id IS NULL "
                "ORDER BY p.sort_key, p.id LIMIT 200").fetchall()
    t_page_base = time.perf_counter() - t0
    row("Klienti first page (200 rows)", t_page, t_page_base)

    peak_mb = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    print(f"{'peak memory (RSS)':<38} {peak_mb:8.1f} MB   (target < 400 MB)")
    window.close()
    db.close()
    con.close()
    QApplication.quit()


if __name__ == "__main__":
    main()
