"""``kmb list persons`` on a file through the bare driver (app/cli/fast_persons.py):
the same output, writes, audit events, refusals and exit codes as the usual
path (signin.sign_in + people.search.iter_persons), without SQLAlchemy."""
from __future__ import annotations

import hashlib
import json
import os
import shutil
import subprocess
import sys

import pytest
from sqlalchemy import select

from app.cli import fast_persons
from app.cli.main import main
from models.audit import AuditEvent

from .keys import TEST_PASSWORD, raw_connect
from .test_cli_startup import ROOT, _kmb, persons  # noqa: F401  (the fixture)

pytestmark = pytest.mark.sqlite_only("the bare-driver path is for a database file")


def _usual(monkeypatch, capsys, argv, password=TEST_PASSWORD):
    """The usual path, in this process (every model mapped)."""
    monkeypatch.setattr(fast_persons, "run", lambda args: None)
    monkeypatch.setenv("KMB_PASSWORD", password)
    try:
        code = main(argv)
    except SystemExit as exc:
        code = exc.code
    out, err = capsys.readouterr()
    monkeypatch.undo()
    return code, out, err.strip()


def _state(path) -> dict:
    con = raw_connect(path)
    try:
        user = con.execute('SELECT row_version, last_login_at, updated_at, sync_seq, sync_meta '
                           'FROM "user" WHERE username = ?', ("admin",)).fetchone()
        hlc = con.execute("SELECT hlc FROM installation").fetchone()[0]
        events = con.execute("SELECT action, entity, entity_id, user_id, user_name, detail "
                             "FROM audit_event ORDER BY seq").fetchall()
    finally:
        con.close()
    return dict(user=user, hlc=hlc, events=events)


def _delta(before: dict, after: dict) -> dict:
    b, a = before["user"], after["user"]
    return dict(version=a[0] - b[0], login_moved=a[1] != b[1], updated_moved=a[2] != b[2],
                sync_same=a[3:] == b[3:], clock_ticked=after["hlc"] > before["hlc"],
                events=after["events"][len(before["events"]):])


def test_person_sql_is_the_compiled_search():
    """The statements are people.search's, compiled for SQLite (regenerate
    persons_sql.py from this test's output when the search changes)."""
    from app.people.search import _bound_page
    from models.dialects import sqlite_dialect
    dialect = sqlite_dialect()      # the engines' SQLite dialect: it renders INDEXED BY
    for names, (sql, order) in fast_persons.PERSON_SQL.items():
        assert "INDEXED BY ix_address_line" in sql
        compiled = _bound_page((), names, False, False).compile(dialect=dialect)
        assert (sql, order) == (str(compiled), tuple(compiled.positiontup)), \
            f"    {names}: ({str(compiled)!r},\n        {tuple(compiled.positiontup)!r}),"


def test_constants_are_the_usual_paths():
    from app import audit, db
    from app.security import ROLE_PERMISSIONS, ROLES_SETTING, Permission
    from app.signin import WRONG
    from models.settings import setting_id
    assert fast_persons.WRONG == WRONG
    assert fast_persons.SEARCH_PAGE_CACHE_KIB == db.SEARCH_PAGE_CACHE_KIB
    assert fast_persons.STREAM_PAGE_CACHE_KIB == db.STREAM_PAGE_CACHE_KIB
    assert fast_persons.ROLES_SETTING_ID == setting_id(ROLES_SETTING)
    assert fast_persons.DEFAULT_VIEWERS == {r.value for r, p in ROLE_PERMISSIONS.items()
                                            if Permission.VIEW_PERSONS in p}
    assert fast_persons._head_revision() == db.head_revision()
    assert fast_persons._HEAD_AND_LAST == audit._SQLITE_HEAD_AND_LAST
    assert fast_persons._MOVE_HEAD == audit._SQLITE_MOVE_HEAD
    assert fast_persons._INSERT_EVENT == audit._sqlite_insert()
    assert fast_persons._EVENT_COLUMNS == audit._EVENT_COLUMNS


@pytest.mark.parametrize("search", ["novak", "", "nov cen"])
@pytest.mark.parametrize("fmt", ["table", "csv", "json"])
def test_the_same_bytes_writes_and_audit_events_as_the_usual_path(persons, tmp_path, monkeypatch,
                                                                   capsys, fmt, search):
    argv = ["list", "persons", "--format", fmt, "--db", persons.url, "--user", "admin"]
    argv += ["--search", search] if search else []
    _usual(monkeypatch, capsys, argv)          # the day's audit anchor, as in an office
    before = _state(persons.path)
    code, out, err = _usual(monkeypatch, capsys, argv)
    assert (code, err) == (0, "")
    usual = _delta(before, middle := _state(persons.path))
    code, fast_out, fast_err, modules = _kmb(tmp_path, *argv)
    assert (code, fast_err) == (0, "")
    assert not {"sqlalchemy", "models", "app.db", "app.signin", "app.audit"} & set(modules)
    fast = _delta(middle, _state(persons.path))
    assert hashlib.sha256(fast_out.encode()).digest() == hashlib.sha256(out.encode()).digest()
    assert "Čeněk" in out or search == "nov cen"
    # the same writes: version +1, login time and updated_at, the clock; no sync stamp
    assert fast["version"] == usual["version"] == 1
    assert fast["login_moved"] and fast["updated_moved"] and fast["sync_same"]
    assert usual["sync_same"] and usual["clock_ticked"] and fast["clock_ticked"]
    assert [e[:2] for e in fast["events"]] == [e[:2] for e in usual["events"]] == [
        ("login", "user"), ("search" if search else "list", "person")]
    assert fast["events"] == usual["events"]     # ids, names and details too
    from app.audit import check
    with persons.reading() as s:
        assert check(s) == []                     # the chain verifies, head included


def _files(path) -> dict:
    return {p.name: p.read_bytes() for p in path.parent.iterdir()
            if p.name.startswith(path.name) and not p.name.endswith(("-wal", "-shm"))}


def test_a_wrong_password_is_refused_and_audited_as_before(persons, tmp_path, monkeypatch, capsys):
    argv = ["list", "persons", "--search", "novak", "--db", persons.url, "--user", "admin"]
    _usual(monkeypatch, capsys, argv)
    code, out, err, modules = _kmb(tmp_path, *argv, password="spatne-heslo")
    assert (code, out, err) == (3, "", "kmb: Nesprávné uživatelské jméno nebo heslo.")
    assert "sqlalchemy" not in modules
    keys = json.loads(persons.path.with_name(persons.path.name + ".keys").read_text())
    assert keys["failures"]["count"] == 1
    # the next sign-in writes the failure to the audit trail (the usual path: it is pending)
    code, out, err, _ = _kmb(tmp_path, *argv)
    assert (code, err) == (0, "")
    with persons.reading() as s:
        actions = list(s.scalars(select(AuditEvent.action).order_by(AuditEvent.seq)))
    assert actions[-3:] == ["login_failed", "login", "search"]


@pytest.mark.parametrize("case", ["no such user", "blocked", "wrong key", "missing file",
                                  "no password", "no user"])
def test_refusals_say_what_the_usual_path_says(persons, tmp_path, monkeypatch, capsys, case):
    argv = ["list", "persons", "--search", "novak", "--db", persons.url, "--user", "admin"]
    _usual(monkeypatch, capsys, argv)
    copy = tmp_path / "kopie"
    copy.mkdir()
    db_path = copy / "office.sqlite"
    con = raw_connect(persons.path)
    con.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    con.close()
    shutil.copy(persons.path, db_path)
    shutil.copy(f"{persons.path}.keys", f"{db_path}.keys")
    env_password = TEST_PASSWORD
    argv = ["list", "persons", "--search", "novak", "--db", str(db_path), "--user", "admin"]
    if case == "no such user":
        argv[-1] = "nikdo"
    elif case == "blocked":                 # a slot left behind for a blocked account
        con = raw_connect(db_path)
        con.execute('UPDATE "user" SET active = 0 WHERE username = ?', ("admin",))
        con.commit()
        con.close()
    elif case == "wrong key":               # the key file of another database
        other = tmp_path / "jiny"
        other.mkdir()
        from app.signin import create_installation
        create_installation(str(other / "o.sqlite"), "Jiný", "admin", TEST_PASSWORD).db.close()
        shutil.copy(other / "o.sqlite.keys", f"{db_path}.keys")
    elif case == "missing file":
        argv[argv.index("--db") + 1] = str(copy / "neni.sqlite")
    elif case == "no password":
        env_password = None
    elif case == "no user":
        argv = argv[:-2]
    saved = _files(db_path)
    shutil.copytree(copy, tmp_path / "pro-obvyklou")
    usual_argv = [a.replace(str(copy), str(tmp_path / "pro-obvyklou")) for a in argv]
    env = {} if env_password is None else {"KMB_PASSWORD": env_password}
    code, out, err, modules = _kmb_env(tmp_path, argv, env)
    u_code, u_out, u_err = _usual_env(monkeypatch, capsys, usual_argv, env_password)
    assert (code, out) == (u_code, u_out) and code in (1, 3)
    assert err == u_err.replace(str(tmp_path / "pro-obvyklou"), str(copy)), (err, u_err)
    assert "Traceback" not in err and len(err.splitlines()) == 1
    if case in ("blocked",):                # audited as the usual path does
        con = raw_connect(db_path)
        last = con.execute("SELECT action, detail FROM audit_event ORDER BY seq DESC").fetchone()
        con.close()
        assert last[0] == "login_failed" and json.loads(last[1])["inactive"] is True
    if case in ("wrong key", "missing file", "no password", "no user"):
        assert _files(db_path) == saved           # nothing written


def _kmb_env(tmp_path, argv, env):
    from .test_cli_startup import CHILD
    full = {k: v for k, v in os.environ.items() if k != "KMB_PASSWORD"}
    full.update(env, KMB_DATA_DIR=str(tmp_path / "data"))
    p = subprocess.run([sys.executable, "-c", CHILD, *argv], cwd=ROOT, env=full,
                       capture_output=True, timeout=300, stdin=subprocess.DEVNULL)
    err, _, modules = p.stderr.decode().rpartition("MODULES ")
    return p.returncode, p.stdout.decode(), err.strip(), json.loads(modules)


def _usual_env(monkeypatch, capsys, argv, password):
    monkeypatch.setattr(fast_persons, "run", lambda args: None)
    if password is None:
        monkeypatch.delenv("KMB_PASSWORD", raising=False)
    else:
        monkeypatch.setenv("KMB_PASSWORD", password)
    try:
        code = main(argv)
    except SystemExit as exc:
        code = exc.code
    out, err = capsys.readouterr()
    monkeypatch.undo()
    return code, out, err.strip()


def test_a_role_without_the_permission_is_refused_as_before(persons, admin, tmp_path, monkeypatch,
                                                             capsys):
    """The office took VIEW_PERSONS from its administrators' role table."""
    from app.security import ROLE_PERMISSIONS, ROLES_SETTING, Permission
    from app.settings import put
    argv = ["list", "persons", "--search", "novak", "--db", persons.url, "--user", "admin"]
    table = {r.value: sorted(p.value for p in perms if p != Permission.VIEW_PERSONS)
             for r, perms in ROLE_PERMISSIONS.items()}
    with persons.transaction() as s:
        put(s, admin, ROLES_SETTING, table)
    _usual(monkeypatch, capsys, argv)
    expected = _usual(monkeypatch, capsys, argv)
    code, out, err, modules = _kmb(tmp_path, *argv)
    assert (code, out, err) == expected and code == 1 and "nemá oprávnění" in err
    assert "login" == _state(persons.path)["events"][-1][0]     # signed in, nothing listed


def test_the_days_first_event_continues_on_the_usual_path(persons, monkeypatch, capsys):
    """No head or no anchor for today: the general audit write (the usual
    path) takes over after the password was proved, with one Argon2 run."""
    import app.keyslots as keyslots
    argv = ["list", "persons", "--search", "novak", "--db", persons.url, "--user", "admin"]
    _usual(monkeypatch, capsys, argv)
    expected = _usual(monkeypatch, capsys, argv)
    before = _state(persons.path)
    runs = []
    real = keyslots.hash_secret_raw
    monkeypatch.setattr(keyslots, "hash_secret_raw", lambda *a, **kw: runs.append(1) or real(*a, **kw))
    monkeypatch.setattr(fast_persons, "_append_event", lambda *a: False)
    monkeypatch.setenv("KMB_PASSWORD", TEST_PASSWORD)
    assert main(argv) == 0
    out, err = capsys.readouterr()
    assert (0, out, err.strip()) == expected and len(runs) == 1
    assert [e[0] for e in _delta(before, _state(persons.path))["events"]] == ["login", "search"]
    from app.audit import check
    with persons.reading() as s:
        assert check(s) == []


def test_a_listing_past_midnight_is_audited_by_the_general_write(persons, monkeypatch, capsys):
    """Signed in before midnight, listed after it: today's anchor is due, so
    the listing's event takes the general write; still one event, a sound chain."""
    argv = ["list", "persons", "--search", "novak", "--db", persons.url, "--user", "admin"]
    _usual(monkeypatch, capsys, argv)
    expected = _usual(monkeypatch, capsys, argv)
    before = _state(persons.path)
    real, calls = fast_persons._append_event, []

    def append(con, user, action, *rest):
        calls.append(action)
        return action == "login" and real(con, user, action, *rest)
    monkeypatch.setattr(fast_persons, "_append_event", append)
    monkeypatch.setenv("KMB_PASSWORD", TEST_PASSWORD)
    assert main(argv) == 0
    out, err = capsys.readouterr()
    assert (0, out, err.strip()) == expected and calls == ["login", "search"]
    events = _delta(before, _state(persons.path))["events"]
    assert [e[0] for e in events] == ["login", "search"]
    assert json.loads(events[1][5]) == {"export": True, "query": "novak"}
    from app.audit import check
    with persons.reading() as s:
        assert check(s) == []


def test_a_locked_database_is_told_as_before(persons, monkeypatch, capsys):
    """A driver error on the bare connection ends as the usual path's line
    and exit code (main.run_command's database branch)."""
    import sqlcipher3
    argv = ["list", "persons", "--search", "novak", "--db", persons.url, "--user", "admin"]
    _usual(monkeypatch, capsys, argv)

    def locked(con, name):
        raise sqlcipher3.OperationalError("database is locked")
    monkeypatch.setattr(fast_persons, "_sign_in", locked)
    monkeypatch.setenv("KMB_PASSWORD", TEST_PASSWORD)
    assert main(argv) == 3
    out, err = capsys.readouterr()
    assert out == "" and err.startswith("kmb: Databáze ") and "zamčená jiným programem" in err


def test_event_ids_are_new_ids():
    """Time-ordered UUIDs of version 7, as models.base.new_id makes them."""
    import uuid

    from models.base import new_id
    before = new_id()
    ours = [fast_persons._new_id() for _ in range(50)]
    for text in ours:
        parsed = uuid.UUID(text)
        assert str(parsed) == text and parsed.version == 7
        assert parsed.variant == uuid.RFC_4122
    assert ours == sorted(ours) and len(set(ours)) == 50
    assert before[:13] <= ours[0][:13]        # the same millisecond clock in front


def test_the_help_loads_neither_sqlalchemy_nor_the_models(tmp_path):
    code = ("import sys\nfrom ui.launch import main\ntry:\n    main(['--help'])\n"
            "except SystemExit:\n    pass\n"
            "print(sorted({'sqlalchemy', 'models', 'app.db'} & set(sys.modules)), file=sys.stderr)")
    p = subprocess.run([sys.executable, "-c", code], cwd=ROOT, capture_output=True, text=True,
                       timeout=300)
    assert "list" in p.stdout and p.stderr.strip().splitlines()[-1] == "[]"
