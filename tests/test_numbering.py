"""One numbering service (cases, applications, leases, fund requests) with a
series per installation, and the shared domain helpers (live rows,
get-or-NotFound, current household members)."""
from __future__ import annotations

import datetime as dt
import tempfile
import threading
from collections import Counter

import pytest
from sqlalchemy import select

from app import numbering
from app.allocation.applications import ApplicationInput, create_application
from app.cases.service import open_case
from app.errors import Conflict, NotFound, PermissionDenied, ValidationError
from app.fund.service import RequestInput, file_request, set_budget
from app.installation import admin_actor, current
from app.leases.records import LeaseInput, create_lease
from app.people.households import current_members
from app.rows import get_live, is_live, live, live_select
from app.sync.export import export_bundle
from app.sync.importer import import_bundle
from models.allocation import Application
from models.base import utcnow
from models.cases import Case
from models.fund import FundPurpose, FundRequest
from models.housing import FlatCategory
from models.leases import Lease
from models.numbering import IssuedNumber
from models.people import Household, HouseholdMember, Person, Relation
from models.staff import Role

from .lease_data import add_flat, add_household, add_user
from .sync_helpers import installation, link

DAY = dt.date(2026, 3, 2)
TODAY = dt.date(2026, 11, 27)
MODELS = {"case": Case, "application": Application, "lease": Lease, "fund": FundRequest}


# -- formatting and counting ---------------------------------------------------------------

def test_the_series_tag_goes_before_the_running_number():
    assert numbering.format_number("KMB-{year}/{n:04d}", 2026, 12, "") == "KMB-2026/0012"
    assert numbering.format_number("KMB-{year}/{n:04d}", 2026, 3, "N1") == "KMB-2026/N1-0003"
    assert numbering.format_number("Z-{year}/{n:04d}", 2026, 7, "K7MA") == "Z-2026/K7MA-0007"
    # a pattern that places {series} itself gets the bare tag there (the lease settings' way)
    assert numbering.format_number("NS/{year}/{series}{n:04d}", 2026, 42, "T") == "NS/2026/T0042"
    # literal braces survive the insertion
    assert numbering.format_number("{{A}}/{year}/{n}", 2026, 5, "N") == "{A}/2026/N-5"


def test_auto_tags_are_short_readable_and_stable():
    tags = {numbering.auto_tag(f"{i:012x}") for i in range(0, 2**40, 2**40 // 5000)}
    assert len(tags) > 4900                       # different origins, different tags
    for tag in list(tags)[:200]:
        assert len(tag) == 4 and tag[0].isalpha() and numbering.check_tag(tag) == tag
        assert not set(tag) & set("0O1I8B5S2Z")   # nothing to misread on paper
    assert numbering.auto_tag("3f9a1c2b7d4e") == numbering.auto_tag("3f9a1c2b7d4e")


@pytest.mark.parametrize("bad", ["1N", "N-1", "ABCDEFGHI", "{n}", "Ř1"])
def test_a_bad_series_tag_is_refused_in_czech(bad):
    with pytest.raises(ValidationError, match="krátký kód"):
        numbering.check_tag(bad)


def test_office_and_laptop_numbers_never_match_each_others_series(db, admin):
    with db.transaction() as s:
        s.add_all([IssuedNumber(kind="case", number=n) for n in
                   ("KMB-2026/0005", "KMB-2026/N1-0009", "KMB-2026/N10-0002", "KMB-2025/0044")])
    with db.reading() as s:
        assert numbering.peek(s, "case", 2026) == "KMB-2026/0006"   # the office (tag "")
    numbering.set_series(db, admin, "n1")
    with db.reading() as s:
        assert numbering.peek(s, "case", 2026) == "KMB-2026/N1-0010"
        assert numbering.peek(s, "case", 2027) == "KMB-2027/N1-0001"


def test_existing_numbers_stay_and_the_series_goes_on_after_the_highest(db, admin):
    """Applications used to be numbered count + 1: with a gap (or a number
    received from elsewhere) that gave a number twice. Now it is highest + 1,
    tombstones included."""
    hh, people = add_household(db)
    with db.transaction() as s:
        for number, deleted in (("Z-2026/0001", None), ("Z-2026/0003", utcnow())):
            s.add(Application(number=number, household_id=hh, applicant_id=people[0],
                              filed_on=DAY, requested_category=FlatCategory.SOCIAL,
                              deleted_at=deleted))
    new = create_application(db, admin, _application(hh), today=TODAY)
    with db.reading() as s:
        assert s.get(Application, new).number == "Z-2026/0004"
        assert sorted(s.scalars(select(Application.number))) == [
            "Z-2026/0001", "Z-2026/0003", "Z-2026/0004"]


def test_the_pattern_is_the_towns_setting(db, admin):
    from app import settings
    with db.transaction() as s:
        settings.put(s, admin, "numbering.case_pattern", "SZ/KMB/{n:05d}/{year}")
    hh, people = add_household(db)
    with db.transaction() as s:
        assert open_case(s, admin, people[0], worker_id=None, opened_on=DAY).number \
            == "SZ/KMB/00001/2026"
        assert open_case(s, admin, people[0], worker_id=None, opened_on=DAY).number \
            == "SZ/KMB/00002/2026"


@pytest.mark.parametrize("pattern,message", [
    ("KMB-{year}", "právě jednou"), ("KMB-{rok}/{n}", "Neznámý"), ("KMB-{year/{n}", "závork"),
    ("", "Vyplňte")])
def test_a_bad_pattern_is_refused(pattern, message):
    with pytest.raises(ValidationError, match=message):
        numbering.validate_pattern(pattern)


def test_choosing_the_series_needs_the_settings_right_and_is_audited(db, admin):
    worker = add_user(db, "jana", "Jana Dvořáková", Role.SOCIAL_WORKER)
    with pytest.raises(PermissionDenied):
        numbering.set_series(db, worker, "X")
    assert numbering.set_series(db, admin, " t2 ") == "T2"
    assert current(db).series == "T2"
    from models.audit import AuditEvent
    with db.reading() as s:
        details = s.scalars(select(AuditEvent.detail).where(
            AuditEvent.entity == "installation", AuditEvent.action == "update")).all()
    assert any("T2" in (d or "") for d in details)


def test_a_number_taken_meanwhile_by_another_save_fails_cleanly(db, admin, monkeypatch):
    """The registry's key is the backstop: a save that computed a number another
    workstation took in the meantime is refused whole, nothing half-saved."""
    hh, people = add_household(db)
    with db.transaction() as s:
        taken = open_case(s, admin, people[0], worker_id=None, opened_on=DAY).number
    monkeypatch.setattr(numbering, "peek", lambda session, kind, year: taken)  # a stale read
    with pytest.raises(Conflict, match="Uložte prosím znovu"):
        with db.transaction() as s:
            open_case(s, admin, people[0], worker_id=None, opened_on=DAY)
    with db.reading() as s:
        assert s.scalars(select(Case.number)).all() == [taken]


def test_concurrent_saves_on_one_database_never_share_a_number(db):
    """Four threads, each with its own connection, number 5 records each."""
    from app.db import open_database
    url, got, errors = db.url, [], []

    def worker():
        own = open_database(url, key=db.key)      # the same encrypted file
        try:
            for _ in range(5):
                for _attempt in range(20):
                    try:
                        with own.transaction() as s:
                            got.append(numbering.issue(s, "case", 2026))
                        break
                    except Conflict:
                        continue
                    except Exception as exc:       # e.g. "database is locked": retried too
                        if "locked" not in str(exc):
                            errors.append(exc)
                            return
        finally:
            own.close()

    threads = [threading.Thread(target=worker) for _ in range(4)]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    assert not errors
    assert len(got) == 20 and len(set(got)) == 20
    with db.reading() as s:
        assert sorted(s.scalars(select(IssuedNumber.number))) == sorted(got)


def test_cli_init_and_series(tmp_path, capsys, monkeypatch):
    from app.cli.main import main as kmb
    monkeypatch.setenv("KMB_PASSWORD", "heslo-spravce")     # every command signs in

    def cli(argv):
        return kmb(argv + ["--user", "admin"])
    db = str(tmp_path / "laptop.sqlite")
    assert cli(["init", "--name", "Notebook", "--series", "n1", "--db", db]) == 0
    assert "řada čísel „N1“" in capsys.readouterr().out
    assert cli(["series", "--db", db]) == 0
    assert capsys.readouterr().out.strip() == "Řada čísel této instalace: N1"
    assert cli(["series", "", "--db", db]) == 0
    assert "bez řady" in capsys.readouterr().out
    code = cli(["series", "9X", "--db", db])
    out, err = capsys.readouterr()
    assert code != 0 and out == "" and len(err.strip().splitlines()) == 1 and "krátký kód" in err
    assert cli(["init", "--name", "Kancelář", "--db", str(tmp_path / "x.sqlite")]) == 0
    assert "čísla bez řady" in capsys.readouterr().out          # the office: plain numbers


# -- two installations exchanging bundles ----------------------------------------------------

def _application(hh: str) -> ApplicationInput:
    return ApplicationInput(household_id=hh, filed_on=DAY, requested_category=FlatCategory.SOCIAL,
                            household_size=2, children=0, ethos_category=9,
                            income_per_person_hal=700_000)


def _lease(flat: str, hh: str, tenant: str) -> LeaseInput:
    return LeaseInput(flat_id=flat, household_id=hh, tenant_id=tenant,
                      starts_on=dt.date(2027, 1, 1), term_months=12, rent_hal=500_000,
                      deposit_hal=1_000_000, services=[])


def _number_everything(db, actor, flats, hh, person, rounds: int = 3) -> None:
    """Cases, applications, leases and fund requests, ``rounds`` of each."""
    for i in range(rounds):
        with db.transaction() as s:
            open_case(s, actor, person, worker_id=None, opened_on=DAY)
        create_application(db, actor, _application(hh), today=TODAY)
        create_lease(db, actor, _lease(flats.pop(), hh, person), today=TODAY)
        file_request(db, actor, RequestInput(
            person_id=person, household_id=hh, purpose=FundPurpose.DEPOSIT, amount_hal=100_000,
            justification="Jistota k obecnímu bytu.", filed_on=DAY), today=TODAY)


def _numbers(db) -> dict[str, list[str]]:
    with db.reading() as s:
        return {kind: sorted(s.scalars(select(model.number))) for kind, model in MODELS.items()}


def _exchange(a, a_actor, b, b_actor, path) -> None:
    export_bundle(a, a_actor, current(b).id, path)
    import_bundle(b, b_actor, path)


@pytest.fixture
def office_and_laptop(tmp_path, monkeypatch):
    """Two fresh installations (each with its own series), linked,
    the laptop holding the office's flats, household and fund budget."""
    own_tmp = tmp_path / "tmp"                    # bundle work files away from a shared /tmp
    own_tmp.mkdir()
    monkeypatch.setattr(tempfile, "tempdir", str(own_tmp))
    office, oa = installation(tmp_path / "office.sqlite", "Kancelář")
    laptop, la = installation(tmp_path / "laptop.sqlite", "Notebook")
    link(office, oa, laptop, la)
    flats = [add_flat(office, number=str(i)) for i in range(12)]
    hh, people = add_household(office)
    set_budget(office, oa, 2026, 10_000_000)
    _exchange(office, oa, laptop, la, tmp_path / "first.kmbx")
    yield dict(office=office, oa=oa, laptop=laptop, la=la, flats=flats, hh=hh,
               person=people[0], tmp=tmp_path)
    office.close()
    laptop.close()


def test_two_installations_never_give_the_same_number(office_and_laptop):
    o = office_and_laptop
    office, oa, laptop, la, tmp = o["office"], o["oa"], o["laptop"], o["la"], o["tmp"]
    assert current(office).series and current(laptop).series
    assert current(office).series != current(laptop).series
    office_flats, laptop_flats = o["flats"][:6], o["flats"][6:]
    _number_everything(office, oa, office_flats, o["hh"], o["person"])
    _number_everything(laptop, la, laptop_flats, o["hh"], o["person"])
    _exchange(laptop, la, office, oa, tmp / "up.kmbx")
    _exchange(office, oa, laptop, la, tmp / "down.kmbx")
    # and once more after each has seen the other's numbers
    _number_everything(office, oa, office_flats, o["hh"], o["person"])
    _number_everything(laptop, la, laptop_flats, o["hh"], o["person"])
    _exchange(laptop, la, office, oa, tmp / "up2.kmbx")
    _exchange(office, oa, laptop, la, tmp / "down2.kmbx")
    at_office, at_laptop = _numbers(office), _numbers(laptop)
    assert at_office == at_laptop                          # both hold every record
    for kind, numbers in at_office.items():
        assert len(numbers) == 12, kind                    # 6 from each installation
        dupes = [n for n, c in Counter(numbers).items() if c > 1]
        assert not dupes, f"{kind}: {dupes}"
    tag = current(laptop).series
    assert sum(f"/{tag}-" in n for n in at_office["case"]) == 6
    assert "KMB-2026/" + tag + "-0006" in at_office["case"]


def test_without_separate_series_the_same_numbers_would_clash(office_and_laptop):
    """The control: two installations in the same series (the old behaviour)
    do give the same numbers, so the test above can tell."""
    o = office_and_laptop
    office, oa, laptop, la, tmp = o["office"], o["oa"], o["laptop"], o["la"], o["tmp"]
    numbering.set_series(office, oa, "")
    numbering.set_series(laptop, la, "")
    _number_everything(office, oa, o["flats"][:6], o["hh"], o["person"], rounds=1)
    _number_everything(laptop, la, o["flats"][6:], o["hh"], o["person"], rounds=1)
    _exchange(laptop, la, office, oa, tmp / "up.kmbx")
    for kind, numbers in _numbers(office).items():
        assert len(set(numbers)) == 1 and len(numbers) == 2, kind


def test_a_paired_installations_series_cannot_be_chosen_later(office_and_laptop):
    """Pairing refused one series for two installations; choosing the peer's
    series afterwards is refused too, also after the peer changed its series
    (its signed bundle says so), and a revoked peer no longer blocks it."""
    from app.sync.identity import revoke_peer
    o = office_and_laptop
    office, oa, laptop, la, tmp = o["office"], o["oa"], o["laptop"], o["la"], o["tmp"]
    office_tag = current(office).series
    with pytest.raises(ValidationError) as refused:
        numbering.set_series(laptop, la, office_tag)
    assert "Spárovaná instalace „Kancelář“" in refused.value.message
    assert f"„{office_tag}“" in refused.value.message
    assert current(laptop).series != office_tag
    # the office moves to another series; its next bundle tells the laptop
    numbering.set_series(office, oa, "K7")
    _exchange(office, oa, laptop, la, tmp / "series.kmbx")
    with pytest.raises(ValidationError):
        numbering.set_series(laptop, la, "K7")
    assert numbering.set_series(laptop, la, office_tag) == office_tag   # free again
    # and the office learns the laptop's new series from the laptop's next bundle
    _exchange(laptop, la, office, oa, tmp / "series-up.kmbx")
    with pytest.raises(ValidationError):
        numbering.set_series(office, oa, office_tag)
    revoke_peer(office, oa, current(laptop).id)
    assert numbering.set_series(office, oa, office_tag) == office_tag


def test_the_demo_numbers_follow_the_series(town_path):
    from app.config import sqlite_url
    from app.db import open_database
    from .keys import TEST_KEY
    db = open_database(sqlite_url(town_path), key=TEST_KEY)
    try:
        with db.reading() as s:
            assert current(db).series == ""
            for kind, model in MODELS.items():
                numbers = [n for n in s.scalars(select(model.number)) if n]
                assert numbers and len(set(numbers)) == len(numbers), kind
                pattern = numbering.pattern_of(s, kind)
                years = [y for y in range(1980, 2031)
                         if numbering.format_number(pattern, y, 1) in numbers]
                assert years, kind                     # each year's series starts at 1
                for n in numbers:                      # and every number is in the office series
                    assert any(numbering._regex(pattern, y, "")[0].match(n)
                               for y in range(1980, 2031)), n
                assert numbering.peek(s, kind, years[-1]) not in numbers
    finally:
        db.close()


# -- live rows, get-or-NotFound, household members -----------------------------------------

def test_live_rows_and_get_live(db, admin):
    hh, people = add_household(db, people=(("Řehoř", "Šťastný"), ("Žofie", "Šťastná"),
                                            ("Ota", "Šťastný")))
    with db.transaction() as s:
        s.get(Person, people[2]).deleted_at = utcnow()
    with db.reading() as s:
        assert {p.id for p in s.scalars(live_select(Person))} == set(people[:2])
        assert s.scalar(select(Person.id).where(Person.id == people[2], live(Person))) is None
        both = select(HouseholdMember).join(Person).where(live(HouseholdMember, Person))
        assert len(s.scalars(both).all()) == 2
        assert get_live(s, Person, people[0], "Osoba").id == people[0]
        assert is_live(s.get(Person, people[0])) and not is_live(s.get(Person, people[2]))
        with pytest.raises(NotFound, match="^Osoba neexistuje.$"):
            get_live(s, Person, people[2], "Osoba")
        with pytest.raises(NotFound, match="^Osoba neexistuje.$"):
            get_live(s, Person, "no-such-id", "Osoba")
        with pytest.raises(NotFound, match="^Pravidla neexistují.$"):
            get_live(s, Household, None, message="Pravidla neexistují.")
    with pytest.raises(TypeError):
        live()


def test_current_members_are_todays_live_members_head_first(db, admin):
    hh, people = add_household(db, people=(("Řehoř", "Šťastný"), ("Žofie", "Šťastná"),
                                            ("Ota", "Šťastný"), ("Eva", "Šťastná"),
                                            ("Max", "Šťastný")))
    today = dt.date.today()
    with db.transaction() as s:
        head, partner, gone, left, merged = (s.get(Person, p) for p in people)
        for m in s.scalars(select(HouseholdMember).where(HouseholdMember.household_id == hh)):
            if m.person_id == gone.id:
                m.deleted_at = utcnow()                              # removed from the household
            if m.person_id == left.id:
                m.until = today - dt.timedelta(days=1)              # moved out yesterday
        merged.merged_into_id = partner.id                           # a duplicate record
        s.add(HouseholdMember(household_id=hh, person_id=people[1], relation=Relation.CHILD,
                              deleted_at=utcnow()))
        # the partner is older than the head: the head still comes first
        partner.birth_date = dt.date(1950, 1, 1)
    with db.reading() as s:
        members = current_members(s, hh)
        assert [p.id for _, p in members] == [people[0], people[1]]
        assert members[0][0].relation == Relation.HEAD
        assert [p.id for _, p in current_members(s, hh, on=today - dt.timedelta(days=5))] \
            == [people[0], people[1], people[3]]
        assert current_members(s, None) == []


# -- pairing needs two series -----------------------------------------------------------------

@pytest.mark.parametrize("office_tag,laptop_tag", [("", ""), ("N1", "N1")])
def test_two_installations_of_one_series_cannot_pair(tmp_path, office_tag, laptop_tag):
    from app.sync.identity import add_peer, contact_card, list_peers
    office, oa = installation(tmp_path / "office.sqlite", "Kancelář", series=office_tag)
    laptop, la = installation(tmp_path / "laptop.sqlite", "Notebook", series=laptop_tag)
    try:
        with pytest.raises(ValidationError) as refused:
            add_peer(office, oa, contact_card(laptop, la))
        text = refused.value.message
        assert "stejnou řadu čísel" in text and "kmb series" in text
        assert ("bez řady" in text) if not office_tag else ("„N1“" in text)
        with pytest.raises(ValidationError):        # from the other side too
            add_peer(laptop, la, contact_card(office, oa))
        assert list_peers(office, oa) == [] and list_peers(laptop, la) == []
        # the way out the message names: the laptop takes its own series, a new card
        numbering.set_series(laptop, la, "N2")
        add_peer(office, oa, contact_card(laptop, la))
        add_peer(laptop, la, contact_card(office, oa))
        assert len(list_peers(office, oa)) == 1 and len(list_peers(laptop, la)) == 1
    finally:
        office.close()
        laptop.close()


def test_a_new_office_numbers_without_a_tag(tmp_path):
    """The decision for the first installation: no tag unless one is chosen."""
    from app.config import sqlite_url
    from app.signin import create_installation
    from .keys import TEST_KEY, TEST_PASSWORD
    new = create_installation(sqlite_url(tmp_path / "office.sqlite"), "Kancelář", "admin",
                              TEST_PASSWORD, key=TEST_KEY)
    try:
        assert current(new.db).series == ""
        with new.db.transaction() as s:
            assert numbering.issue(s, "case", 2026) == "KMB-2026/0001"
    finally:
        new.db.close()


def test_cli_init_asks_for_the_series_on_a_terminal(tmp_path, capsys, monkeypatch):
    import sys
    from app.cli.main import main as kmb
    monkeypatch.setenv("KMB_PASSWORD", "heslo-spravce")
    monkeypatch.setattr(sys, "stdin", type("Tty", (), {"isatty": lambda self: True})())
    asked = []
    monkeypatch.setattr("builtins.input", lambda prompt: asked.append(prompt) or "n1")
    db = str(tmp_path / "laptop.sqlite")
    assert kmb(["init", "--name", "Notebook", "--db", db, "--user", "admin"]) == 0
    out = capsys.readouterr().out
    assert asked == ["Řada čísel (Enter = bez řady): "] and "kancelář" in out
    assert "řada čísel „N1“" in out


def test_first_start_screen_asks_for_the_series(qtbot, tmp_path, monkeypatch):
    from PySide6.QtWidgets import QDialogButtonBox, QLabel
    from ui import app as ui_app
    from ui.login import FirstPasswordDialog, RecoveryKeyDialog
    from .ui_helpers import type_text
    path = tmp_path / "notebook" / "kmb.sqlite"
    seen = {}

    def first_exec(dialog):
        hints = [label.text() for label in dialog.findChildren(QLabel)]
        assert any(h.startswith("Kancelář (první instalace) čísluje") for h in hints)
        assert dialog.series.text() == ""                  # the office: empty by default
        type_text(qtbot, dialog.password, "správce-heslo")
        type_text(qtbot, dialog.again, "správce-heslo")
        type_text(qtbot, dialog.series, "9x")             # must start with a letter
        dialog.save()
        seen["bad"] = dialog.errors.message("series")
        seen["file_after_bad"] = path.exists()
        dialog.series.clear()
        type_text(qtbot, dialog.series, "n1")
        dialog.save()
        return dialog.result()

    def recovery_exec(dialog):
        dialog.buttons.button(QDialogButtonBox.Ok).setEnabled(True)
        return 1
    monkeypatch.setattr(FirstPasswordDialog, "exec", first_exec)
    monkeypatch.setattr(RecoveryKeyDialog, "exec", recovery_exec)
    ui_app.make_application(lang="cs")
    ctx = ui_app.sign_in(str(path), None)
    try:
        assert "krátký kód" in seen["bad"] and not seen["file_after_bad"]
        assert current(ctx.db).series == "N1"
    finally:
        ctx.db.close()
