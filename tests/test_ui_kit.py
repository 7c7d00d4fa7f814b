"""The widget kit (ui/widgets/) and the area registry (ui/areas.py): Czech
money and date fields, the form dialog every area uses, going to a record of
another area, settings tabs and dashboard cards contributed through the
registry, and the record editor's way back."""
from __future__ import annotations

import datetime as dt

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLineEdit, QMessageBox, QWidget

from app.cases.service import list_cases
from app.errors import KmbError, ValidationError
from app.inspections.records import list_inspections
from app.security import actor_from_user, find_user
from models.assessments import RecordState
from ui.areas import DASHBOARD_CARDS, OPENERS, SETTINGS_GROUPS, SETTINGS_TABS
from ui.widgets.dialogs import FormDialog
from ui.widgets.fields import DateField, MoneyField
from ui.widgets.nav import open_record

from .ui_helpers import make_context, open_window, type_text
from tests.settings_sections import section_titles


def _actor(db, who):
    with db.reading() as s:
        return actor_from_user(find_user(s, who))


# -- fields -------------------------------------------------------------------------

def test_money_is_typed_the_czech_way_and_kept_in_halere(qtbot):
    field = MoneyField()
    qtbot.addWidget(field)
    type_text(qtbot, field, "12 345,50")
    assert field.value("amount") == 1_234_550
    field.set_value(1_234_550)
    assert field.text() == "12 345,50 Kč" and field.value("amount") == 1_234_550
    field.clear()
    assert field.value("amount") == 0                      # a required amount: empty is 0
    assert MoneyField(optional=True).value("amount") is None   # an optional one: no amount
    field.setText("dvanáct korun")
    with pytest.raises(ValidationError) as refused:
        field.value("amount")
    assert refused.value.field == "amount" and refused.value.message


def test_dates_are_typed_d_m_yyyy(qtbot):
    field = DateField()
    qtbot.addWidget(field)
    type_text(qtbot, field, "1. 12. 2026")
    assert field.value("on") == dt.date(2026, 12, 1)
    field.set_value(dt.date(2026, 3, 7))
    assert field.text() == "7. 3. 2026"
    field.setText("31. 2. 2026")
    with pytest.raises(ValidationError):
        field.value("on")
    field.clear()
    assert field.value("on") is None


# -- the form dialog ------------------------------------------------------------------

class _Dialog(FormDialog):
    def __init__(self, outcome):
        super().__init__("Zkouška", "Úvodní text.")
        self.outcome = outcome
        self.name = self.add("name", "Jméno *", QLineEdit())
        self.stored = []

    def submit(self):
        if isinstance(self.outcome, Exception):
            raise self.outcome
        self.stored.append(self.name.text())


@pytest.mark.parametrize("outcome, at_field, below", [
    (ValidationError("Vyplňte jméno.", field="name"), "Vyplňte jméno.", ""),
    (ValidationError("Něco jiného chybí.", field="other"), "", "Něco jiného chybí."),
    (KmbError("Záznam mezitím někdo smazal."), "", "Záznam mezitím někdo smazal."),
])
def test_a_refusal_keeps_the_dialog_open_and_says_why(qtbot, outcome, at_field, below):
    dlg = _Dialog(outcome)
    qtbot.addWidget(dlg)
    dlg.show()
    qtbot.mouseClick(dlg.ok_button, Qt.LeftButton)
    assert dlg.isVisible() and dlg.result() == 0
    assert dlg.errors.message("name") == at_field
    assert dlg.general_error.isVisible() == bool(below)
    assert dlg.general_error.text() == below
    assert dlg.intro.text() == "Úvodní text." and dlg.intro.isVisible()


def test_a_valid_form_is_submitted_and_closes(qtbot):
    dlg = _Dialog(None)
    qtbot.addWidget(dlg)
    dlg.show()
    type_text(qtbot, dlg.name, "Řehoř")
    qtbot.mouseClick(dlg.ok_button, Qt.LeftButton)
    assert dlg.stored == ["Řehoř"] and not dlg.isVisible() and dlg.result() == 1


# -- the registry -------------------------------------------------------------------

@pytest.fixture
def worker_ctx(town_db, town_worker, tmp_path, monkeypatch):
    monkeypatch.setattr(QMessageBox, "question",
                        staticmethod(lambda *a, **k: QMessageBox.Discard))
    return make_context(town_db, town_worker, tmp_path / "ui.ini")


def test_a_case_opens_in_cases_from_anywhere_in_the_window(qtbot, worker_ctx):
    ctx = worker_ctx
    case = list_cases(ctx.db, ctx.actor, open_only=True)[-1]
    window = open_window(qtbot, ctx)
    somewhere = window.show_area("persons")
    assert open_record(somewhere, "case", case.id)
    assert window.stack.currentWidget() is window.pages["cases"]
    assert window.pages["cases"].detail.detail.id == case.id


def test_nothing_opens_without_a_window_a_known_kind_or_the_permission(qtbot, town_db,
                                                                       tmp_path):
    loose = QWidget()
    qtbot.addWidget(loose)
    assert not open_record(loose, "case", "x")              # no main window
    assert set(OPENERS) == {"case"}
    property_dept = make_context(town_db, _actor(town_db, "tomas.krejci"), tmp_path / "p.ini")
    window = open_window(qtbot, property_dept)
    before = window.stack.currentWidget()
    assert not window.open_record("lease-of-the-moon", "x")  # no such record kind
    assert not open_record(before, "case", "x")              # may not see Případy
    assert window.stack.currentWidget() is before and "cases" not in window.pages


def test_settings_tabs_and_dashboard_cards_come_from_the_registry(qtbot, town_db, tmp_path):
    lead = make_context(town_db, _actor(town_db, "petr.horak"), tmp_path / "l.ini")
    window = open_window(qtbot, lead)
    grouped = [t for _, titles in SETTINGS_GROUPS for t in titles]
    assert section_titles(window) == grouped          # every section, in its group's order
    assert sorted(grouped) == sorted(t for t, _ in SETTINGS_TABS)
    assert "Smlouvy" in [t for t, _ in SETTINGS_TABS]       # contributed by the leases area
    cards = window.show_area("dashboard").cards
    assert len(cards) == len([f for f in DASHBOARD_CARDS if f(lead) is not None]) >= 5
    assert {type(c).__module__ for c in cards} == {"ui.cases.cards", "ui.leases.cards"}


# -- the record editor --------------------------------------------------------------

def test_escape_in_an_inspection_goes_back_to_the_list(qtbot, town_db, tmp_path):
    ctx = make_context(town_db, _actor(town_db, "tomas.krejci"), tmp_path / "p.ini")
    closed = next(r for r in list_inspections(ctx.db, ctx.actor, state=RecordState.CLOSED))
    window = open_window(qtbot, ctx)
    page = window.show_area("inspections")
    qtbot.waitUntil(page.loader.ready, timeout=30000)   # read off the GUI thread
    page.open_record(closed.id)
    assert page.stack.currentWidget() is page.editor and page.editor.banner.isVisible()
    qtbot.keyClick(page.editor, Qt.Key_Escape)
    assert page.stack.currentWidget() is page.list_view
