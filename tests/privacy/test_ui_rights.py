"""The data subject's rights on screen, used as the lead would: open a client,
see who worked with the record, hand out the čl. 15 package; in Nastavení →
Skartace see who is due and anonymise after confirming. A social worker and
the property department see none of it."""
from __future__ import annotations

import datetime as dt
import json
import zipfile

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QMessageBox
from sqlalchemy import select

from app.people.records import PersonInput, create_person
from app.security import Actor
from models.people import Person
from models.staff import Role

from ..ui_helpers import make_context, open_window, type_text
from ..ui_modal import when_modal
from .test_retention_run import SURNAME, _plant
from tests.settings_sections import open_section


def _tab(window, title):
    return open_section(window, title)


def _open_person(qtbot, window, text):
    page = window.show_area("persons")
    type_text(qtbot, page.search, text)
    qtbot.keyClick(page.search, Qt.Key_Return)
    assert page.detail.detail is not None
    return page


def _privacy_panel(page):
    from ui.privacy.person_panel import PersonPrivacyPanel
    return next((p for p in page.detail.panels if isinstance(p, PersonPrivacyPanel)), None)


def test_lead_sees_who_opened_the_record_and_exports_it(qtbot, db, admin, tmp_path):
    lead = Actor(admin.user_id, "Petr Horák", Role.LEAD)
    create_person(db, admin, PersonInput(given_name="Věra", surname="Šťastná",
                                         birth_date=dt.date(1975, 3, 4), phone="603 111 222"))
    window = open_window(qtbot, make_context(db, lead, tmp_path / "ui.ini"))
    page = _open_person(qtbot, window, "stastna")
    panel = _privacy_panel(page)
    assert panel.isVisible() and panel.export_button.isVisible() and panel.table.isVisible()
    rows = panel.model.rows
    assert rows and rows[0].action_label == "otevření" and rows[0].user_name == "Petr Horák"
    assert panel.model.index(0, 1).data() == "Petr Horák"
    target = tmp_path / "vera"
    panel.export_to(str(target))                     # what the file dialog would hand over
    z = zipfile.ZipFile(f"{target}.zip")
    data = json.loads(z.read("udaje.json"))
    assert data["tables"]["person"]["rows"][0]["surname"] == "Šťastná"
    assert data["tables"]["person_contact"]["rows"][0]["value"] == "603 111 222"
    assert "Uloženo" in panel.status.text()
    assert panel.model.rows[0].action_label == "export"      # the export is in the list


@pytest.mark.parametrize("role", [Role.SOCIAL_WORKER, Role.PROPERTY, Role.READONLY])
def test_other_roles_get_no_export_and_no_access_list(qtbot, db, admin, tmp_path, role):
    create_person(db, admin, PersonInput(given_name="Věra", surname="Šťastná"))
    actor = Actor(admin.user_id, "Někdo", role)
    window = open_window(qtbot, make_context(db, actor, tmp_path / "ui.ini"))
    page = _open_person(qtbot, window, "stastna")
    assert _privacy_panel(page) is None                   # other panels (guardians) may show
    assert _tab(window, "Ochrana údajů") is None


def test_retention_tab_lists_due_persons_and_anonymises_after_confirmation(qtbot, db, admin,
                                                                          tmp_path):
    pid, control = _plant(db, admin)
    window = open_window(qtbot, make_context(db, admin, tmp_path / "ui.ini"))
    tab = _tab(window, "Ochrana údajů")
    assert tab.case_years.value() == 10 and tab.contact_years.value() == 5
    assert [r.person_id for r in tab.model.rows] == [pid]
    assert tab.model.index(0, 0).data() == f"Xenie {SURNAME}"
    assert tab.model.index(0, 3).data() == "30. 6. 2024"
    # "No" changes nothing
    state = when_modal(lambda box: box.button(QMessageBox.No).click())
    qtbot.mouseClick(tab.anonymise_button, Qt.LeftButton)
    assert state["done"] and state["error"] is None
    with db.reading() as s:
        assert s.get(Person, pid).surname == SURNAME
    # a longer period: nobody is due any more; back to ten years
    tab.case_years.setValue(15)
    qtbot.mouseClick(tab.save_button, Qt.LeftButton)
    assert tab.model.rowCount() == 0 and not tab.anonymise_button.isEnabled()
    tab.case_years.setValue(10)
    qtbot.mouseClick(tab.save_button, Qt.LeftButton)
    assert tab.model.rowCount() == 1
    state = when_modal(lambda box: box.button(QMessageBox.Yes).click())
    qtbot.mouseClick(tab.anonymise_button, Qt.LeftButton)
    qtbot.waitUntil(lambda: "Anonymizováno osob: 1." in tab.status.text(), timeout=20000)
    assert tab.model.rowCount() == 0
    with db.reading() as s:
        assert s.get(Person, pid).surname == "Anonymizováno"
        assert s.get(Person, control).surname == "Kontrolní"
        assert s.scalars(select(Person).where(Person.surname == SURNAME)).first() is None


def test_lead_allows_special_data_for_a_partner_and_prints_the_record_of_processing(
        qtbot, db, admin, tmp_path):
    from pypdf import PdfReader
    from PySide6.QtWidgets import QInputDialog

    from app.privacy import partners
    from app.sync.identity import add_peer, contact_card
    from ..sync_helpers import installation
    partner, p_admin = installation(tmp_path / "p.sqlite", "Charita Trutnov")
    add_peer(db, admin, contact_card(partner, p_admin), kind="partner")
    partner.close()
    window = open_window(qtbot, make_context(db, admin, tmp_path / "ui.ini"))
    tab = _tab(window, "Ochrana údajů")
    assert tab.partner_model.index(0, 0).data() == "Charita Trutnov"
    assert tab.partner_model.index(0, 1).data() == "nepředávají se"
    qtbot.mouseClick(tab.allow_button, Qt.LeftButton)           # nothing selected yet
    assert "Vyberte" in tab.status.text()
    rect = tab.partner_table.visualRect(tab.partner_model.index(0, 0))
    qtbot.mouseClick(tab.partner_table.viewport(), Qt.LeftButton, pos=rect.center())

    def empty(dlg):                                             # OK without a legal basis
        assert isinstance(dlg, QInputDialog)
        dlg.accept()
    state = when_modal(empty)
    qtbot.mouseClick(tab.allow_button, Qt.LeftButton)
    assert state["done"] and "právní základ" in tab.status.text()
    assert tab.partner_model.index(0, 1).data() == "nepředávají se"

    def basis(dlg):
        dlg.setTextValue("čl. 9 odst. 2 písm. h GDPR, smlouva č. 7/2026")
        dlg.accept()
    state = when_modal(basis)
    qtbot.mouseClick(tab.allow_button, Qt.LeftButton)
    assert state["done"] and state["error"] is None
    assert tab.partner_model.index(0, 1).data() == "předávají se"
    assert tab.partner_model.index(0, 2).data() == "čl. 9 odst. 2 písm. h GDPR, smlouva č. 7/2026"
    peer_id = tab.partner_model.rows[0].peer_id
    assert partners.special_for_peer(db, admin, peer_id).allowed

    target = tmp_path / "cl30.pdf"
    tab.print_to(str(target))
    qtbot.waitUntil(lambda: tab.status.text() == f"Uloženo: {target}", timeout=30000)
    text = " ".join(" ".join(page.extract_text() for page in PdfReader(target).pages).split())
    assert "Záznam o činnostech zpracování" in text and "Charita Trutnov" in text
    assert "smlouva č. 7/2026" in text and "10 let" in text
    assert "Zdraví" in text and "majetkový odbor" in text
