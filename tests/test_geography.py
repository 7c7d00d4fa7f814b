"""Municipality and locality on contacts and cases (16.5): the ORP's lists
as settings (RÚIAN's municipalities while none are set), taken from the
client's address when the worker does not choose, refused when not on the
list; statistics per municipality and locality in the app and `kmb stats --by`."""
from __future__ import annotations

import datetime as dt
import json

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QMessageBox
from sqlalchemy import func, select

from app.addresses import geography
from app.addresses.completion import point_in
from app.cli.main import main
from app.errors import ValidationError
from app.intake.service import IntakeInput, save_intake
from app.stats import compute
from models.cases import Case, CaseStatus
from models.intake import ContactRecord, Outcome
from models.people import Address, Person
from ui.settings.geography_tab import GeographyTab

from .conftest import DEMO_TODAY
from .keys import TEST_PASSWORD
from .ruian_data import town_csv
from .ui_helpers import make_context, open_window, type_text

YEAR = (dt.date(2020, 1, 1), DEMO_TODAY + dt.timedelta(days=1))


def _client_with_linked_address(db) -> tuple[str, str]:
    """A person without an open case whose address has a kód ADM; (id, town part)."""
    with db.reading() as s:
        busy = select(Case.person_id).where(Case.status != CaseStatus.CLOSED)
        pid, code = s.execute(
            select(Person.id, Address.ruian_code)
            .join(Address, Address.id == Person.permanent_address_id)
            .where(Address.ruian_code.is_not(None), Person.id.not_in(busy))
            .order_by(Person.sort_key)).first()
        return pid, point_in(s, code).town_part


def _contact(db, contact_id):
    with db.reading() as s:
        c = s.get(ContactRecord, contact_id)
        return c.municipality, c.locality, c.case_id


def test_the_town_demo_has_its_orp_and_statistics_split_by_it(town_db, town_worker):
    geo = geography.geography(town_db, town_worker)
    assert "Trutnov" in geo.municipalities and "Hajnice" in geo.municipalities
    assert "Poříčí" in geo.locality_choices("Trutnov")
    assert "Ubytovna Kryblice" in geo.locality_choices("Trutnov")
    tables = {t.key: t for t in compute(town_db, town_worker, *YEAR)}
    towns = {r["municipality"]: r for r in tables["by_municipality"].rows}
    assert towns["Trutnov"]["contacts"] > towns["Úpice"]["contacts"] > 0
    with town_db.reading() as s:
        total = s.scalar(select(func.count()).select_from(ContactRecord))
    assert sum(r["contacts"] for r in towns.values()) == total
    places = {(r["municipality"], r["locality"]) for r in tables["by_locality"].rows}
    assert ("Trutnov", "Ubytovna Kryblice") in places and ("Trutnov", "Poříčí") in places


def test_an_intake_without_a_choice_takes_the_address(town_db, town_worker):
    pid, part = _client_with_linked_address(town_db)
    r = save_intake(town_db, town_worker, IntakeInput(
        person_id=pid, reason="Dotaz na sociální byt", outcome=Outcome.CASE_OPENED,
        case_worker_id=town_worker.user_id), today=DEMO_TODAY)
    town, locality, case_id = _contact(town_db, r.contact_id)
    assert (town, locality) == ("Trutnov", part)
    with town_db.reading() as s:
        case = s.get(Case, case_id)
        assert (case.municipality, case.locality) == ("Trutnov", part)


def test_a_chosen_excluded_locality_is_stored(town_db, town_worker):
    pid, _ = _client_with_linked_address(town_db)
    r = save_intake(town_db, town_worker, IntakeInput(
        person_id=pid, reason="Bydlí na ubytovně", municipality="Trutnov",
        locality="Ubytovna U Nádraží"), today=DEMO_TODAY)
    assert _contact(town_db, r.contact_id)[:2] == ("Trutnov", "Ubytovna U Nádraží")


@pytest.mark.parametrize("town, locality, field", [
    ("Praha", None, "municipality"),                  # not in the ORP
    ("Úpice", "Poříčí", "locality"),                  # a part of another municipality
    ("Trutnov", "Kdesi", "locality"),
])
def test_a_place_off_the_lists_is_refused_and_nothing_stored(town_db, town_worker, town,
                                                             locality, field):
    pid, _ = _client_with_linked_address(town_db)
    with town_db.reading() as s:
        before = s.scalar(select(func.count()).select_from(ContactRecord))
    with pytest.raises(ValidationError) as exc:
        save_intake(town_db, town_worker, IntakeInput(
            person_id=pid, reason="Dotaz", municipality=town, locality=locality),
            today=DEMO_TODAY)
    assert field in exc.value.errors and "Obce a lokality" in exc.value.errors[field]
    with town_db.reading() as s:
        assert s.scalar(select(func.count()).select_from(ContactRecord)) == before


def test_only_settings_change_the_lists(town_db, town_worker):
    from app.errors import PermissionDenied
    with pytest.raises(PermissionDenied):
        geography.save_geography(town_db, town_worker, ["Praha"], [])


def test_kmb_stats_by_municipality_and_locality(capsys, town_url, monkeypatch):
    monkeypatch.setenv("KMB_PASSWORD", "demo")
    args = ["stats", "--from", "1. 1. 2020", "--to", "31. 12. 2026", "--format", "json",
            "--db", town_url, "--user", "jana.dvorakova"]
    assert main(args + ["--by", "municipality"]) == 0
    tables = json.loads(capsys.readouterr().out)
    assert [t["key"] for t in tables] == ["by_municipality"]
    assert any(r["municipality"] == "Trutnov" and r["contacts"] > 0 for r in tables[0]["rows"])
    assert main(args + ["--by", "locality"]) == 0
    tables = json.loads(capsys.readouterr().out)
    assert [t["key"] for t in tables] == ["by_locality"]
    with pytest.raises(SystemExit) as exc:
        main(args + ["--by", "okres"])
    assert exc.value.code == 2 and "okres" in capsys.readouterr().err


def test_kmb_addresses_import_and_find(capsys, db, tmp_path, monkeypatch):
    monkeypatch.setenv("KMB_PASSWORD", TEST_PASSWORD)
    who = ["--db", db.url, "--user", "admin"]
    assert main(["addresses", "import", str(town_csv(tmp_path)), *who]) == 0
    out = capsys.readouterr().out
    assert "adresních míst" in out and "Trutnov" in out
    assert main(["addresses", "find", "hors", "512", "--format", "json", *who]) == 0
    found = json.loads(capsys.readouterr().out)
    assert found[0]["house_number"] == "512/12a" and found[0]["postcode"] == "541 01"
    bad = tmp_path / "bad.csv"
    bad.write_bytes("Kód;Obec\r\n1;Trutnov\r\n".encode("cp1250"))
    code = main(["addresses", "import", str(bad), *who])
    out, err = capsys.readouterr()
    assert code != 0 and err.count("\n") == 1 and "není výpis adresních míst" in err
    assert "Traceback" not in err


def test_the_intake_screen_offers_the_orp_and_its_localities(qtbot, town_db, town_worker,
                                                             tmp_path, monkeypatch):
    monkeypatch.setattr(QMessageBox, "question",
                        staticmethod(lambda *a, **k: QMessageBox.Discard))
    ctx = make_context(town_db, town_worker, tmp_path / "ui.ini")
    pid, _ = _client_with_linked_address(town_db)
    window = open_window(qtbot, ctx)
    form = window.show_area("intake").form
    form.person.use_existing(pid)
    type_text(qtbot, form.contact.reason, "Hledá bydlení pro rodinu")
    towns = [form.contact.municipality.itemText(i)
             for i in range(form.contact.municipality.count())]
    assert towns[0] == "— podle adresy klienta —" and "Úpice" in towns
    form.contact.municipality.setFocus()
    form.contact.municipality.setCurrentIndex(form.contact.municipality.findData("Úpice"))
    parts = [form.contact.locality.itemData(i) for i in range(form.contact.locality.count())]
    assert "Radeč" in parts and "Poříčí" not in parts     # Úpice's parts, not Trutnov's
    form.contact.locality.setCurrentIndex(form.contact.locality.findData("Radeč"))
    qtbot.keyClick(form.contact.reason, Qt.Key_S, Qt.ControlModifier)
    assert form.banner.isVisible(), form.problem.text()
    with town_db.reading() as s:
        c = s.scalars(select(ContactRecord).order_by(ContactRecord.created_at.desc())).first()
        assert (c.person_id, c.municipality, c.locality) == (pid, "Úpice", "Radeč")
    assert form.contact.municipality.currentData() is None       # reset for the next one


def test_the_settings_tab_imports_a_file_and_saves_the_lists(qtbot, db, admin, tmp_path):
    ctx = make_context(db, admin, tmp_path / "ui.ini")
    tab = GeographyTab(ctx)
    qtbot.addWidget(tab)
    tab.show()
    assert "není načten" in tab.loaded.text()
    op = tab.import_file(str(town_csv(tmp_path)))
    qtbot.waitUntil(lambda: "Načteno" in tab.status.text(), timeout=10000)
    assert op is not None and "Trutnov" in tab.loaded.text()
    assert tab.municipalities.toPlainText() == ""            # from RÚIAN until set
    assert "Trutnov" in tab.municipalities.placeholderText()
    for i, line in enumerate(["Trutnov", "Úpice", "  Úpice "]):     # one per line
        if i:
            qtbot.keyClick(tab.municipalities, Qt.Key_Return)
        type_text(qtbot, tab.municipalities, line)
    type_text(qtbot, tab.localities, "Ubytovna Kryblice")
    qtbot.mouseClick(tab.save_button, Qt.LeftButton)
    geo = geography.geography(db, admin)
    assert geo.municipalities == ["Trutnov", "Úpice"] and geo.localities == ["Ubytovna Kryblice"]
    assert "2 obcí" in tab.status.text()
    bad = tmp_path / "bad.csv"
    bad.write_bytes(b"x;y\r\n")
    tab.import_file(str(bad))
    qtbot.waitUntil(lambda: "není výpis" in tab.status.text(), timeout=10000)
