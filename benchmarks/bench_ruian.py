"""RÚIAN address import and completion, on a generated ČÚZK zip of ≈100 000
address points (40 municipalities × 250 streets, ≈ 2 400 points each).

Prints, each next to a baseline measured in the same run:
- `import_addresses` of the zip (parse + checks + executemany in one
  transaction) vs. the bare parse of the same files (the floor: reading CSV);
- street completion and house-number lookup, median and p95 over 200 queries
  vs. a bare primary-key read;
- peak memory.

    python benchmarks/bench_ruian.py
"""
from __future__ import annotations

import random
import resource
import statistics
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from app.addresses import ruian_file  # noqa: E402
from app.addresses.completion import address_point, address_points, street_suggestions  # noqa: E402
from app.addresses.importer import import_addresses  # noqa: E402
from app.config import sqlite_url  # noqa: E402
from app.demo.ruian import Municipality, csv_bytes, file_name, points, zip_bytes  # noqa: E402
from app.installation import admin_actor  # noqa: E402
from app.signin import create_installation  # noqa: E402

SYLLABLES = ["Ho", "Ná", "Pra", "Lip", "Ře", "Čer", "Ji", "Dub", "Kře", "Vo", "Ža", "Sme",
             "Tu", "Bř", "Chl", "Ml", "Ko", "Šk", "Ra", "Zá"]


def zip_file(folder: Path) -> Path:
    rng = random.Random(1)
    files = {}
    for i in range(40):
        streets = {f"{rng.choice(SYLLABLES)}{rng.choice(SYLLABLES).lower()}ská {j}": "Střed"
                   for j in range(250)}
        m = Municipality(500000 + i, f"Obec {i}", "54101", ["Střed"], streets)
        files[file_name(m)] = csv_bytes(points(m, rng, per_street=(20, 20)))
    path = folder / "ruian.zip"
    path.write_bytes(zip_bytes(files))
    return path


def ms(samples: list[float]) -> str:
    s = sorted(samples)
    return f"median {statistics.median(s) * 1000:.2f} ms, p95 {s[int(len(s) * .95)] * 1000:.2f} ms"


def main() -> None:
    with tempfile.TemporaryDirectory() as tmp:
        folder = Path(tmp)
        path = zip_file(folder)
        t = time.perf_counter()
        n = sum(len(list(ruian_file.rows(name, data)))
                for name, data in ruian_file.sources(path))
        parse = time.perf_counter() - t
        db = create_installation(sqlite_url(folder / "b.sqlite"), "Měření", "admin",
                                 "heslo-pro-mereni", key=bytes(32), series="").db
        admin = admin_actor(db)
        t = time.perf_counter()
        result = import_addresses(db, admin, str(path))
        took = time.perf_counter() - t
        print(f"import of {result.addresses} points ({n} parsed): {took:.1f} s "
              f"(baseline, parsing alone: {parse:.1f} s)")
        rng = random.Random(2)
        streets, numbers, keys = [], [], []
        for _ in range(200):
            prefix = rng.choice(SYLLABLES)[:2]
            t = time.perf_counter()
            found = street_suggestions(db, admin, prefix)
            streets.append(time.perf_counter() - t)
            s = found[0]
            t = time.perf_counter()
            pts = address_points(db, admin, s.municipality_code, s.street)
            numbers.append(time.perf_counter() - t)
            t = time.perf_counter()
            address_point(db, admin, pts[0].code)
            keys.append(time.perf_counter() - t)
        print(f"street completion: {ms(streets)}")
        print(f"house numbers of a street: {ms(numbers)}")
        print(f"baseline, one point by kód ADM: {ms(keys)}")
        print(f"peak memory: {resource.getrusage(resource.RUSAGE_SELF).ru_maxrss // 1024} MiB")
        db.close()


if __name__ == "__main__":
    main()
