"""Start-up cost of ``kmb`` (issue 10): a short command maps only the models it
reads, and signing in runs Argon2 once. These tests check that the shortcuts
change nothing a person or an auditor can see: the same output, the same
refusals, the same audit events."""
from __future__ import annotations

import datetime as dt
import json
import os
import subprocess
import sys
from pathlib import Path

import pytest
from sqlalchemy import select

from app.cli.main import main
from app.people.records import PersonInput, create_person
from models.audit import AuditEvent

from .keys import TEST_PASSWORD

ROOT = Path(__file__).resolve().parent.parent

# Runs ``kmb`` as a whole process (like a script) and reports on stderr which
# modules that process imported (models.* are the ones it mapped).
CHILD = """
import json, sys
from ui.launch import main
try:
    main(sys.argv[1:])
except SystemExit as exc:
    code = exc.code
else:
    code = 0
sys.stdout.flush()
sys.stderr.write("\\nMODULES " + json.dumps(sorted(sys.modules)) + "\\n")
sys.exit(code)
"""


def _kmb(tmp_path, *argv, password=TEST_PASSWORD):
    env = dict(os.environ, KMB_PASSWORD=password, KMB_DATA_DIR=str(tmp_path / "data"))
    p = subprocess.run([sys.executable, "-c", CHILD, *argv], cwd=ROOT, env=env,
                       capture_output=True, timeout=300)      # bytes: CSV keeps its CRLF
    err, _, modules = p.stderr.decode().rpartition("MODULES ")
    return p.returncode, p.stdout.decode(), err.strip(), json.loads(modules)


@pytest.fixture
def persons(db, admin):
    for given, surname, born in [("Čeněk", "Novák", dt.date(1980, 3, 4)),
                                 ("Šárka", "Nováková", dt.date(1991, 12, 30)),
                                 ("Ondřej", "Chalupa", dt.date(1975, 1, 1))]:
        create_person(db, admin, PersonInput(given_name=given, surname=surname,
                                             birth_date=born, street="Horní", house_number="5",
                                             city="Trutnov"))
    return db


@pytest.mark.parametrize("fmt", ["table", "json", "csv"])
def test_list_persons_process_maps_few_models_and_prints_the_same(persons, tmp_path, capsys,
                                                                 monkeypatch, fmt):
    argv = ["list", "persons", "--search", "novak", "--format", fmt, "--db", persons.url,
            "--user", "admin"]
    monkeypatch.setenv("KMB_PASSWORD", TEST_PASSWORD)
    assert main(argv) == 0                      # in this process every model is mapped
    expected = capsys.readouterr().out
    code, out, err, modules = _kmb(tmp_path, *argv)
    assert (code, err) == (0, "")
    assert out == expected
    assert "Čeněk" in out and "Šárka" in out and "Chalupa" not in out
    # the search reads persons and addresses: leases, cases, the fund … stay unmapped
    assert not {"models.leases", "models.cases", "models.fund", "models.allocation",
                "models.housing"} & set(modules)
    if persons.url.startswith("sqlite"):     # a file: the bare driver (app/cli/fast_persons.py)
        assert not {"sqlalchemy", "models.people"} & set(modules)
    else:
        assert "models.people" in modules


def test_list_persons_rows_are_the_search_rows(persons, admin):
    """``kmb list persons`` builds its rows straight from the query's columns
    (no PersonRow in between): the same fields and order as the search's
    rows, addresses joined the same way when a part is missing."""
    from app.cli.listing import list_persons
    from app.people.search import iter_persons
    for given, surname, street, number, city in [("Bez", "Adresy", None, None, None),
                                                 ("Jen", "Obec", None, None, "Úpice"),
                                                 ("Jen", "Ulice", "Dlouhá", None, None),
                                                 ("Jen", "Číslo", None, "12", "Trutnov")]:
        create_person(persons, admin, PersonInput(given_name=given, surname=surname,
                                                  street=street, house_number=number, city=city))
    expected = [{"id": p.id, "name": f"{p.given_name} {p.surname}", "surname": p.surname,
                 "given_name": p.given_name, "birth_date": p.birth_date, "address": p.address}
                for p in iter_persons(persons, admin, "")]
    rows, _ = list_persons(persons, admin, "")
    listed = list(rows)
    assert listed == expected and len(listed) == 7
    assert [list(r) for r in listed] == [list(r) for r in expected]     # key order: JSON's
    assert {r["address"] for r in listed} >= {"", "Úpice", "Dlouhá", "12, Trutnov"}


# What a person search does not need: the GUI, documents, spreadsheets,
# bundles, migrations, the server's driver and dialect, images, CLDR.
NOT_FOR_A_SEARCH = ("PySide6", "reportlab", "openpyxl", "pyrage", "alembic", "psycopg", "PIL",
                    "pypdfium2", "babel", "sqlite_utils", "sqlalchemy.dialects.postgresql",
                    "sqlalchemy.ext.asyncio", "app.auth", "app.demo", "app.imports",
                    "app.sync.bundle", "app.printing", "app.stats", "reports",
                    # the key slot's raw X25519 bytes need no PEM/SSH parsers
                    "cryptography.hazmat.primitives.serialization")

GC_CHILD = """
import gc, json, sys
from ui.launch import main
try:
    main(sys.argv[1:])
except SystemExit as exc:
    code = exc.code
sys.stdout.flush()
sys.stderr.write("\\nGC " + json.dumps([s["collections"] for s in gc.get_stats()]) + "\\n")
sys.exit(code)
"""


def test_list_persons_search_process_imports_only_what_it_needs(persons, tmp_path):
    code, out, err, modules = _kmb(tmp_path, "list", "persons", "--search", "novak", "--db",
                                   persons.url, "--user", "admin")
    assert (code, err) == (0, "") and "Čeněk" in out
    loaded = {m for m in modules if m.startswith(NOT_FOR_A_SEARCH)}
    if not persons.url.startswith("sqlite"):   # a server: its dialect and driver, and the
        loaded = {m for m in loaded           # password checked by the account services
                  if not m.startswith(("psycopg", "sqlalchemy.dialects.postgresql", "app.auth"))}
    assert not loaded
    # what it does need is there: the search ran in this process (a file: by the bare driver)
    needed = ({"sqlcipher3", "app.cli.fast_persons"} if persons.url.startswith("sqlite")
              else {"sqlalchemy.orm", "models.people", "app.people.search"})
    assert needed <= set(modules)


def test_list_persons_process_collects_nothing_during_its_start_up(persons, tmp_path):
    """The collector waits until the command has signed in (app/cli/startup.py):
    imports, mapping and sign-in allocate objects that live as long as the
    process, so the collections it would run meanwhile find nothing to free."""
    env = dict(os.environ, KMB_PASSWORD=TEST_PASSWORD, KMB_DATA_DIR=str(tmp_path / "data"))
    argv = ["list", "persons", "--search", "novak", "--db", persons.url, "--user", "admin"]
    p = subprocess.run([sys.executable, "-c", GC_CHILD, *argv], cwd=ROOT, env=env,
                       capture_output=True, text=True, timeout=300)
    assert p.returncode == 0, p.stderr
    gen0, gen1, gen2 = json.loads(p.stderr.rpartition("GC ")[2])
    # without the pause: some 160 young collections, 14 middle ones and a full one
    assert gen2 == 0 and gen1 <= 2 and gen0 < 40
    # the collector is back to normal afterwards
    code = ("import gc\nfrom app.cli import startup\nbefore = gc.get_threshold()\n"
            "startup.begin()\nhigh = gc.get_threshold()\nstartup.done()\n"
            "print(before == gc.get_threshold(), high[0] > before[0], startup.started())")
    out = subprocess.run([sys.executable, "-c", code], cwd=ROOT, capture_output=True, text=True,
                         check=True, timeout=300).stdout.split()
    assert out == ["True", "True", "False"]


def test_list_persons_process_audits_the_listing(persons, tmp_path):
    code, out, err, _ = _kmb(tmp_path, "list", "persons", "--format", "json", "--db", persons.url,
                             "--user", "admin")
    assert code == 0 and err == ""
    assert sorted(r["surname"] for r in json.loads(out)) == ["Chalupa", "Novák", "Nováková"]
    with persons.reading() as s:
        actions = list(s.scalars(select(AuditEvent.action).order_by(AuditEvent.at)))
    assert actions[-2:] == ["login", "list"]


def test_list_persons_process_refuses_a_wrong_password_as_before(persons, tmp_path):
    code, out, err, _ = _kmb(tmp_path, "list", "persons", "--db", persons.url, "--user", "admin",
                             password="spatne-heslo")
    assert code == 3 and out == ""
    assert err == "kmb: Nesprávné uživatelské jméno nebo heslo."


def test_mapping_on_demand_maps_everything_when_a_foreign_key_points_outside(tmp_path):
    """A module whose tables refer to unmapped ones (a lease → person, flat …)
    makes the first configuration map the whole schema: never a half-known one."""
    code = """
import sys
import models
models.map_on_demand()
import models.leases
from sqlalchemy.orm import configure_mappers
configure_mappers()
from models.base import Base
print(len(Base.metadata.tables), "models.allocation" in sys.modules)
"""
    out = subprocess.run([sys.executable, "-c", code], cwd=ROOT, capture_output=True, text=True,
                         check=True, timeout=300).stdout.split()
    full = subprocess.run([sys.executable, "-c", "import models; models.load_all(); from "
                           "models.base import Base; print(len(Base.metadata.tables))"],
                          cwd=ROOT, capture_output=True, text=True, check=True,
                          timeout=300).stdout.split()
    assert out == [full[0], "True"]


def test_synced_tables_are_complete_in_a_process_mapping_on_demand():
    code = """
import models
models.map_on_demand()
import models.people
from models.base import synced_tables
print(len(synced_tables()))
"""
    few = subprocess.run([sys.executable, "-c", code], cwd=ROOT, capture_output=True, text=True,
                         check=True, timeout=300).stdout.strip()
    from models.base import synced_tables
    assert int(few) == len(synced_tables())


@pytest.mark.sqlite_only("key slots belong to a database file")
def test_sign_in_runs_argon2_once_and_refuses_and_audits_as_before(db, admin, monkeypatch):
    """One Argon2 derivation serves both purposes: the user's own slot opens
    only with that user's password (AES-GCM tag over the wrapped private key,
    bound to the user name by its associated data), so a second check against
    user.password_hash would prove nothing more; it is not run. A wrong
    password costs the same derivation, is refused with the same line and
    exit code, and reaches the audit trail at the next sign-in."""
    import app.keyslots as keyslots
    import app.security as security
    from app.keyslots import SignInRefused
    from app.signin import WRONG, sign_in

    runs = []
    real = keyslots.hash_secret_raw
    monkeypatch.setattr(keyslots, "hash_secret_raw",
                        lambda *a, **kw: runs.append(kw["memory_cost"]) or real(*a, **kw))
    monkeypatch.setattr(security, "verify_password",
                        lambda *a: pytest.fail("the slot already proved the password"))
    path = str(db.path)
    slot_cost = keyslots.KeyFile.load(db.path).slot("admin")["kdf"]["m"]

    with pytest.raises(SignInRefused) as refused:
        sign_in(path, "admin", "spatne-heslo")
    assert refused.value.message == WRONG and refused.value.exit_code == 3
    assert runs == [slot_cost]                   # the slot's own cost, not a cheaper one

    runs.clear()
    other, actor = sign_in(path, "admin", TEST_PASSWORD)
    other.close()
    assert runs == [slot_cost] and actor.user_id == admin.user_id
    with db.reading() as s:
        events = list(s.execute(select(AuditEvent.action, AuditEvent.detail)
                                .order_by(AuditEvent.at)))
    failed = [json.loads(d) if isinstance(d, str) else d for a, d in events if a == "login_failed"]
    assert [e["username"] for e in failed] == ["admin"] and failed[0]["attempt"] == 1
    assert events[-1][0] == "login"


def _csv_peak(n: int) -> int:
    import tracemalloc

    from app.cli.output import emit

    class Pipe:                      # a stdout that keeps nothing
        def write(self, chunk: str) -> None:
            pass
    born = dt.date(1980, 1, 1)
    rows = (dict(id=f"019a{i:032d}", surname="Novák", given_name="Čeněk", birth_date=born,
                 address="Horní 5, Trutnov") for i in range(n))
    columns = [("surname", "Příjmení"), ("given_name", "Jméno"), ("birth_date", "Narozen(a)"),
               ("address", "Adresa"), ("id", "ID")]
    tracemalloc.start()
    try:
        emit(rows, columns, "csv", Pipe())
        return tracemalloc.get_traced_memory()[1]
    finally:
        tracemalloc.stop()


def test_csv_output_streams_like_json():
    """A city's CSV listing is written row by row, as JSON: it used to collect
    every row first (135 MB at its peak on 100k persons against JSON's 74 MB)."""
    small, large = _csv_peak(200), _csv_peak(20_000)
    assert large < small + 256 * 1024, (small, large)      # 20,000 rows: ~10 MB if kept
