"""Import benchmark (issue 17.1): a 50,000-row persons list (cp1250 CSV, ``;``,
as Czech Excel saves it) into an empty encrypted installation.

Prints the goal, our figure, a baseline measured in the same run and the
machine load:
- the whole import (``run_import``: read, parse, validate, duplicate check,
  write persons, addresses and phones, one audit event per row, one
  transaction) vs the baseline of reading and splitting the same file with
  the csv module alone;
- the same for 5,000 rows (a tenth), to see the cost per row stay the same;
- memory, each size in a fresh process of its own: the peak of Python's
  allocations during ``run_import`` (tracemalloc; the import's own memory:
  the rows, the chunk's look-ups, the queued inserts) and the process's peak
  resident size (ru_maxrss; with the interpreter, SQLCipher's page cache and
  the libraries). Flat = the 10× larger file within 20 % (rows are streamed,
  looked up and written a chunk at a time; the file's own keys sit on disk);
- the preview (no writes) and a cancel half-way (nothing stored).
Goal: 50,000 rows under 20 s.

    python benchmarks/bench_import.py [--rows 50000] [--keep DIR]
"""
from __future__ import annotations

import argparse
import csv
import os
import sys
import tempfile
import time
import resource
import subprocess
import tracemalloc
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from app.config import sqlite_url  # noqa: E402
from app.errors import Cancelled  # noqa: E402
from app.imports import service  # noqa: E402
from app.installation import admin_actor  # noqa: E402
from app.signin import create_installation  # noqa: E402
from tests.import_data import big_persons_csv  # noqa: E402

BENCH_KEY = bytes(range(100, 132))


def load() -> str:
    one, five, _ = os.getloadavg()
    return f"load {one:.2f} / {five:.2f} on {os.cpu_count()} cores"


def fresh(folder: Path, name: str):
    db = create_installation(sqlite_url(folder / name / "kmb.sqlite"), "Měření importu",
                             "admin", "heslo-pro-mereni", key=BENCH_KEY, series="").db
    return db, admin_actor(db)


def baseline(path: Path) -> float:
    t = time.perf_counter()
    with open(path, encoding="cp1250", newline="") as f:
        rows = sum(1 for _ in csv.reader(f, delimiter=";"))
    assert rows > 1
    return time.perf_counter() - t


def timed_import(folder: Path, name: str, path: Path) -> tuple[float, float, int]:
    """(wall s, CPU s of this process, rows created); CPU shows the work when other
    processes stretch the wall time on a shared machine."""
    db, admin = fresh(folder, name)
    try:
        t, c = time.perf_counter(), time.process_time()
        result = service.run_import(db, admin, "persons", path)
        return time.perf_counter() - t, time.process_time() - c, result.created
    finally:
        db.close()


def peak_memory(folder: Path, name: str, path: Path) -> tuple[float, float]:
    """(peak Python allocation of the import, peak resident size of the whole
    process) in MB, measured in a fresh process (tracemalloc slows everything
    down, so it is not in the timed run; ru_maxrss never goes down)."""
    out = subprocess.run([sys.executable, __file__, "--memory-of", str(path),
                          "--keep", str(folder / name)],
                         capture_output=True, text=True, check=True).stdout.split()
    return float(out[-2]), float(out[-1])


def _memory_run(path: Path, folder: Path) -> None:
    db, admin = fresh(folder, "db")
    try:
        tracemalloc.start()
        service.run_import(db, admin, "persons", path)
        peak = tracemalloc.get_traced_memory()[1] / 1024 / 1024
        tracemalloc.stop()
    finally:
        db.close()
    rss = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    print(f"{peak:.2f} {rss:.1f}")


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--rows", type=int, default=50_000)
    parser.add_argument("--keep", metavar="DIR")
    parser.add_argument("--memory-of", metavar="FILE", help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.memory_of:
        _memory_run(Path(args.memory_of), Path(args.keep))
        return
    folder = Path(args.keep or tempfile.mkdtemp(prefix="kmb-bench-import-"))
    folder.mkdir(parents=True, exist_ok=True)
    small_rows = args.rows // 10
    big = big_persons_csv(folder / "osoby.csv", args.rows)
    small = big_persons_csv(folder / "osoby-male.csv", small_rows)
    print(f"KMB Desk import benchmark ({load()}), python {sys.version.split()[0]}")

    base = min(baseline(big) for _ in range(3))
    took, cpu, created = timed_import(folder, "small", small)
    print(f"import {small_rows} persons   wall {took:7.2f} s   CPU {cpu:6.2f} s "
          f"({cpu / small_rows * 1000:.2f} ms a row)   [{load()}]")
    took, cpu, created = timed_import(folder, "big", big)
    print(f"import {args.rows} persons  wall {took:7.2f} s   CPU {cpu:6.2f} s "
          f"({cpu / args.rows * 1000:.2f} ms a row)   baseline (csv read) {base:5.2f} s   "
          f"ratio (CPU) {cpu / base:5.1f}×   goal < 20 s: wall "
          f"{'ok' if took < 20 and created == args.rows else 'MISSED'}, CPU "
          f"{'ok' if cpu < 20 and created == args.rows else 'MISSED'}   [{load()}]")
    s_peak, s_rss = peak_memory(folder, "small-mem", small)
    peak, rss = peak_memory(folder, "big-mem", big)
    ratio = peak / s_peak if s_peak else float("inf")
    print(f"peak memory of the import (tracemalloc, fresh process) {small_rows} / {args.rows} "
          f"rows   {s_peak:6.1f} MB / {peak:6.1f} MB   ratio {ratio:4.2f} for 10× the rows   "
          f"goal flat (within 20 %) {'ok' if ratio <= 1.2 else 'MISSED'}")
    print(f"peak resident size of the process (ru_maxrss)          {small_rows} / {args.rows} "
          f"rows   {s_rss:6.1f} MB / {rss:6.1f} MB   ratio {rss / s_rss:4.2f}")

    db, admin = fresh(folder, "preview")
    try:
        t = time.perf_counter()
        preview = service.preview_import(db, admin, "persons", big)
        print(f"preview {args.rows} rows (nothing stored)  {time.perf_counter() - t:8.2f} s   "
              f"{preview.new} new, {len(preview.problems)} bad")
        seen = []
        t = time.perf_counter()
        try:
            service.run_import(db, admin, "persons", big,
                               progress=lambda _t, pct: seen.append(pct),
                               cancelled=lambda: bool(seen) and seen[-1] >= 50)
        except Cancelled:
            pass
        left = service.preview_import(db, admin, "persons", big).new
        print(f"cancel at 50 %                       {time.perf_counter() - t:8.2f} s   "
              f"{'nothing stored' if left == args.rows else 'ROWS LEFT BEHIND'}")
    finally:
        db.close()
    print(f"files and databases in {folder}")


if __name__ == "__main__":
    main()
