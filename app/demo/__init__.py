"""Deterministic demo offices: ``town`` (≈ Trutnov) and ``city`` (≈ 100k
persons, for benchmarks). Each area adds its step to STEPS; a step gets the
shared DemoContext and writes through its bulk insert (rows stamped for
sync, as if made on the demo installation)."""
from __future__ import annotations

import datetime as dt
import random
from pathlib import Path
from typing import Callable

import sqlite3

from sqlalchemy import select, text
from sqlalchemy.orm import Session

from models.staff import User
from models.sync import Installation

from .. import audit, installation
from ..changes import Changes
from ..config import sqlite_url
from ..db import Database, open_database
from ..errors import KmbError
from ..keyslots import KeyFile, add_demo_slots, new_key
from ..security import actor_from_user, hash_password
from ..sync.capture import tick
from .addresses import build_addresses
from .assessments import build_assessments
from .consents import build_consents
from .context import DemoContext
from .departments import build_departments
from .allocation import build_allocation
from .housing import build_housing
from .landlords import build_landlords
from .imports import write_sample as write_import_sample
from .leases import build_fund, build_leases
from .intake import build_intake
from .names import CITY, TOWN
from .people import DEMO_PASSWORD, build_persons, build_staff
from .procedure import build_procedures, freeze_documents
from .programmes import build_programmes
from .guardians import build_guardians
from .guarantee_guardians import build_guarantee_guardians
from .queues import build_queues
from .settings import build_settings
from ..i18n import _

SIZES = {"town": 300, "city": 100_000}
SEED = 20260101
INSTALLATION_NAME = {"town": "MěÚ Trutnov – KMB (ukázka)", "city": "Statutární město (ukázka)"}

Step = Callable[[DemoContext], None]
# Later areas append their steps here (contacts, cases, assessments, …).
STEPS: list[tuple[str, Step]] = [
    ("nastavení", build_settings),
    ("pracovníci", build_staff),
    ("byty", build_housing),
    ("osoby", lambda ctx: build_persons(ctx, ctx.extra.get("persons") or SIZES[ctx.size])),
    ("příjem a případy", build_intake),
    ("žádosti o byt", build_allocation),
    ("šetření a kontroly", build_assessments),
    ("smlouvy", build_leases),
    ("krizový fond", build_fund),
    # last, with its own random generator: the steps above stay as they were
    ("řízení o zápisu", build_procedures),
    ("souhlasy klientů", build_consents),
    ("pronajímatelé", build_landlords),        # its own random generator too
    ("programy a dotace", build_programmes),       # own generator too
    ("úkoly odborů a zástupy", build_queues),
    ("odbory úřadu", build_departments),
    ("opatrovníci", build_guardians),
    ("opatrovník u ručení", build_guarantee_guardians),
    ("adresy a obce", build_addresses),
    # after every step that changes what a document shows (addresses, guardians)
    ("vydané dokumenty", freeze_documents),
]


def build_demo(path: Path, size: str = "town", *, today: dt.date | None = None,
               seed: int = SEED, progress: Callable[[str, int], None] | None = None,
               key: bytes | None = None, persons: int | None = None) -> Database:
    """Build a demo office into a new SQLite file at ``path`` (replaced if it
    exists). Encrypted like any office, marked as a demo in its key file; every
    demo account (the administrator ``admin`` too) has the password ``demo``.
    ``key`` is for tests and benchmarks (a fixed key); otherwise a random one.
    ``persons`` shrinks a size to a sample of that many persons (a city-shaped
    office small enough for a test); the other volumes stay the size's."""
    if size not in SIZES:
        raise KmbError(_("Neznámá velikost ukázky „{size}“ (town nebo city).").format(size=size))
    path = Path(path)
    if path.is_symlink():
        raise KmbError(_("{path} je odkaz na jiný soubor, ne ukázková databáze; nepřepisuji ho.")
            .format(path=path))
    if path.exists():
        _check_replaceable(path)
        for suffix in ("", "-wal", "-shm", ".keys"):
            Path(f"{path}{suffix}").unlink(missing_ok=True)
    key = key or new_key()
    db = open_database(sqlite_url(path), create=True, key=key)
    usernames = _fill(db, size, today=today, seed=seed, progress=progress, persons=persons)
    add_demo_slots(path, key, usernames, DEMO_PASSWORD)
    write_import_sample(path.parent, today or dt.date.today())   # a list to try the import
    if progress:
        progress("hotovo", 100)
    return db


def build_demo_on_server(url: str, size: str = "town", *, today: dt.date | None = None,
                         seed: int = SEED,
                         progress: Callable[[str, int], None] | None = None,
                         persons: int | None = None) -> Database:
    """The same demo office in an empty PostgreSQL database (the test suite's
    server template, measurements). Sign-in uses the users' password hashes
    (password ``demo``); there is no key file on a server. ``persons`` as in
    ``build_demo``."""
    if size not in SIZES:
        raise KmbError(_("Neznámá velikost ukázky „{size}“ (town nebo city).").format(size=size))
    db = open_database(url, create=True)
    try:
        _fill(db, size, today=today, seed=seed, progress=progress, persons=persons)
        # the administrator too, as in the file demo (its key slot there): a
        # server signs in by the password hash, and initialise() sets none
        with db.transaction() as s:
            admin = s.get(User, installation.get(s).admin_user_id)
        with db.transaction() as s:     # a server checks hashes: the admin's too (no key slot)
            admin = s.get(User, s.scalars(select(Installation)).one().admin_user_id)
            admin.password_hash = hash_password(DEMO_PASSWORD)
    except BaseException:
        db.close()
        raise
    if progress:
        progress("hotovo", 100)
    return db


def _fill(db: Database, size: str, *, today: dt.date | None, seed: int,
          progress: Callable[[str, int], None] | None,
          persons: int | None = None) -> list[str]:
    """Every demo step in one transaction; the active users' names."""
    installation.initialise(db, INSTALLATION_NAME[size], series="")   # the office
    report = progress or (lambda step, percent: None)
    with db.engine.begin() as conn:
        if conn.dialect.name == "sqlite":
            conn.execute(text("PRAGMA defer_foreign_keys=ON"))
        else:
            conn.execute(text("SET CONSTRAINTS ALL DEFERRED"))
        with Session(bind=conn) as s:
            hlc, origin = tick(s)
        ctx = DemoContext(conn=conn, rng=random.Random(seed), size=size,
                          today=today or dt.date.today(), origin=origin, hlc=hlc,
                          place=CITY if size == "city" else TOWN, progress=report,
                          extra={"persons": persons} if persons else {})
        for i, (name, step) in enumerate(STEPS):
            report(name, int(100 * i / len(STEPS)))
            step(ctx)
    db.publish(Changes.all())       # bulk writes into every area
    with db.transaction() as s:
        inst = s.scalars(select(Installation)).one()
        admin = actor_from_user(s.get(User, inst.admin_user_id))
        audit.record(s, admin, "demo", "installation", inst.id, {"size": size, "seed": seed})
        return list(s.scalars(select(User.username).where(User.active.is_(True))))


def _check_replaceable(path: Path) -> None:
    """Refuse to overwrite a file that is not a demo database."""
    if is_demo_file(path):
        return
    try:                              # a plaintext demo of release 0.1
        con = sqlite3.connect(f"file:{path}?mode=ro", uri=True)
        try:
            name = con.execute("SELECT name FROM installation").fetchone()
        finally:
            con.close()
    except sqlite3.DatabaseError:
        name = None
    if not name or name[0] not in INSTALLATION_NAME.values():
        raise KmbError(_("Soubor {path} existuje a není ukázková databáze; nepřepisuji ho.")
            .format(path=path))


def is_demo_file(path: Path) -> bool:
    """Marked as a demo, and the demo password really opens it (a key file
    cannot be forged without the database key)."""
    try:
        keys = KeyFile.load(path)
    except KmbError:
        return False
    return keys.demo and keys.unwrap("admin", DEMO_PASSWORD) is not None
