"""Demo build benchmark and fingerprint (issue 15: freezing documents).

Builds a demo office (``town``, ``city`` or a ``city`` sample of N persons) at a
fixed reference date and prints its CPU time (user+sys of this process: SQLite
runs in it) and wall time, the time of each step, and two fingerprints to
compare builds of different code:

* frozen documents: a SHA-256 of every frozen snapshot (decisions, contracts,
  renewals) by id, per kind and overall;
* domain dump: a SHA-256 of every domain table's rows (``kmb db copy``'s
  table plan), per table and overall, without what differs by build whatever
  the code: the installation's own rows (id, keys, audit chain), sync stamps
  and password salts, and ``updated_at`` (the clock's where a step updates).

    python benchmarks/bench_demo_build.py town
    python benchmarks/bench_demo_build.py city --persons 3000 --json out.json
    python benchmarks/bench_demo_build.py city --profile city.prof
"""
from __future__ import annotations

import argparse
import cProfile
import datetime as dt
import hashlib
import json
import os
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from sqlalchemy import select  # noqa: E402

from app import db_copy  # noqa: E402
from models.base import Base  # noqa: E402
from app.demo import build_demo  # noqa: E402

KEY = bytes(range(32))
TODAY = dt.date(2026, 11, 27)          # the tests' DEMO_TODAY
AUDIT_TABLES = {"audit_event", "audit_anchor", "audit_secret", "installation", "sync_peer",
                "sync_state", "key_slot"}
BY_BUILD = {"sync_meta", "sync_seq", "password_hash", "updated_at"}
FROZEN = (("renewal", "document_snapshot_json"), ("housing_procedure", "decision_snapshot_json"),
          ("lease", "contract_snapshot_json"))


def cpu() -> float:
    t = os.times()
    return t.user + t.system


def frozen_digests(conn) -> dict[str, str]:
    out, overall = {}, hashlib.sha256()
    for table, column in FROZEN:
        t = Base.metadata.tables[table]
        h, n = hashlib.sha256(), 0
        for rid, snap in conn.execute(select(t.c.id, t.c[column])
                                      .where(t.c[column].is_not(None)).order_by(t.c.id)):
            line = f"{rid}\t{snap}\n".encode()
            h.update(line)
            overall.update(line)
            n += 1
        out[table] = f"{n} {h.hexdigest()}"
    out["all"] = overall.hexdigest()
    return out


def domain_digests(conn) -> dict[str, str]:
    out, overall = {}, hashlib.sha256()
    for t in db_copy.copy_plan(conn):
        if t.name in AUDIT_TABLES:
            continue
        h, n = hashlib.sha256(), 0
        cols = [c for c in db_copy._readable(t) if c.name not in BY_BUILD]
        for row in conn.execute(select(*cols).order_by(*t.primary_key.columns)):
            line = (repr(tuple(row)) + "\n").encode()
            h.update(line)
            n += 1
        out[t.name] = f"{n} {h.hexdigest()}"
        overall.update(f"{t.name} {out[t.name]}\n".encode())
    out["all"] = overall.hexdigest()
    return out


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("size", choices=("town", "city"))
    ap.add_argument("--persons", type=int, help="a city sample of this many persons")
    ap.add_argument("--profile", help="write a cProfile of the build here")
    ap.add_argument("--json", help="write the fingerprints here")
    args = ap.parse_args()
    steps: list[tuple[str, float, float]] = []

    def progress(step: str, percent: int) -> None:
        steps.append((step, cpu(), time.perf_counter()))

    with tempfile.TemporaryDirectory() as tmp:
        path = Path(tmp) / "demo.sqlite"
        prof = cProfile.Profile() if args.profile else None
        c0, w0 = cpu(), time.perf_counter()
        if prof:
            prof.enable()
        db = build_demo(path, args.size, today=TODAY, key=KEY, persons=args.persons,
                        progress=progress)
        if prof:
            prof.disable()
            prof.dump_stats(args.profile)
        c1, w1 = cpu(), time.perf_counter()
        print(f"build {args.size}{f' ({args.persons} persons)' if args.persons else ''}: "
              f"CPU {c1 - c0:.1f} s, wall {w1 - w0:.1f} s")
        for (name, c, w), (_, c2, w2) in zip(steps, steps[1:]):
            print(f"  {name:28} CPU {c2 - c:6.2f} s  wall {w2 - w:6.2f} s")
        with db.engine.connect() as conn:
            result = {"frozen": frozen_digests(conn), "domain": domain_digests(conn)}
        db.close()
    print("frozen documents:", json.dumps(result["frozen"], indent=1))
    print("domain dump digest:", result["domain"]["all"])
    if args.json:
        Path(args.json).write_text(json.dumps(result, indent=1, sort_keys=True))


if __name__ == "__main__":
    main()
