"""Done when (issue 15): two workstations on one database. A and B open the
same person; A saves; B's list and detail refresh by themselves (NOTIFY on
PostgreSQL, the data_version watch on SQLite); B saves its stale form and gets
the concurrent-save question with both values; the stored result is B's choice."""
from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialogButtonBox, QLabel

from app.people.detail import person_detail
from app.people.records import PersonInput, create_person
from ui.persons.form import PersonDialog
from ui.persons.page import PersonsPage
from ui.widgets.concurrent import ConcurrentEditDialog

from . import backends
from .test_concurrency import second_client
from .ui_helpers import make_context, type_text
from .ui_modal import when_modal


def _page(qtbot, ctx) -> PersonsPage:
    page = PersonsPage(ctx)
    qtbot.addWidget(page)
    page.show()
    type_text(qtbot, page.search, "Nováková")
    qtbot.waitUntil(lambda: page.model.rowCount() == 1, timeout=5000)
    page.select_row(0)
    qtbot.waitUntil(lambda: page.detail.detail is not None, timeout=3000)
    return page


def _edit(qtbot, page: PersonsPage) -> PersonDialog:
    dlg = PersonDialog(page.ctx, page.detail.detail, parent=page)
    qtbot.addWidget(dlg)
    dlg.show()
    return dlg


def _retype(qtbot, widget, text: str) -> None:
    widget.clear()
    type_text(qtbot, widget, text)


def _save(qtbot, dlg: PersonDialog) -> None:
    qtbot.mouseClick(dlg.findChild(QDialogButtonBox).button(QDialogButtonBox.Save),
                     Qt.LeftButton)


@pytest.mark.parametrize("choice", ["mine", "theirs"])
def test_two_workstations_edit_one_person(qtbot, db, admin, tmp_path, choice):
    pid = create_person(db, admin, PersonInput(given_name="Jana", surname="Nováková",
                                               phone="+420 603 111 222"))
    other = second_client(db)
    try:
        ctx_a = make_context(db, admin, tmp_path / "a.ini")
        ctx_b = make_context(other, admin, tmp_path / "b.ini")
        page_a, page_b = _page(qtbot, ctx_a), _page(qtbot, ctx_b)
        form_a, form_b = _edit(qtbot, page_a), _edit(qtbot, page_b)   # both open it

        # A changes the phone and the note and saves
        _retype(qtbot, form_a.form.phone, "+420 777 000 111")
        type_text(qtbot, form_a.form.note, "volala A")
        _save(qtbot, form_a)
        assert form_a.result() == PersonDialog.Accepted

        # B's screen refreshes by itself: its detail shows A's phone
        qtbot.waitUntil(lambda: page_b.detail.detail.phone == "+420 777 000 111",
                        timeout=10000)
        assert "+420 777 000 111" in page_b.detail.info.text()

        # B, still on the form it opened before, changes the surname and saves
        _retype(qtbot, form_b.form.surname, "Nováková-Malá")
        seen: dict = {}

        def answer(dialog):
            assert isinstance(dialog, ConcurrentEditDialog)
            rows = {dialog.table.item(r, 0).text(): (dialog.table.item(r, 1).text(),
                                                     dialog.table.item(r, 2).text())
                    for r in range(dialog.table.rowCount())}
            seen.update(rows)
            seen["intro"] = dialog.findChild(QLabel, "concurrentIntro").text()
            qtbot.mouseClick(dialog.keep_button if choice == "mine" else dialog.theirs_button,
                             Qt.LeftButton)

        state = when_modal(answer)
        _save(qtbot, form_b)
        qtbot.waitUntil(lambda: state["done"], timeout=5000)
        assert state["error"] is None, state["error"]
        # both values, field by field, in Czech
        assert seen["Telefon"] == ("+420 603 111 222", "+420 777 000 111")
        assert seen["Příjmení"] == ("Nováková-Malá", "Nováková")
        assert seen["Poznámka"] == ("(prázdné)", "volala A")
        assert "mezitím uložil(a) Správce" in seen["intro"]

        stored = person_detail(db, admin, pid)
        if choice == "mine":          # saved again on the new version: B's form wins
            assert form_b.result() == PersonDialog.Accepted
            assert (stored.surname, stored.phone, stored.note) == (
                "Nováková-Malá", "+420 603 111 222", None)
            assert stored.row_version == 3
        else:                         # B took theirs: the form shows what A stored
            assert form_b.isVisible()
            assert (stored.surname, stored.phone, stored.note) == (
                "Nováková", "+420 777 000 111", "volala A")
            assert form_b.form.phone.text() == "+420 777 000 111"
            assert form_b.form.surname.text() == "Nováková"
            assert "uložená verze" in form_b.general_error.text()
            # B saves on top of what it now sees: no question, the new version
            _retype(qtbot, form_b.form.surname, "Malá")
            _save(qtbot, form_b)
            assert form_b.result() == PersonDialog.Accepted
            stored = person_detail(db, admin, pid)
            assert (stored.surname, stored.note) == ("Malá", "volala A")
    finally:
        other.close()


@pytest.mark.parametrize("choice", ["mine", "theirs"])
def test_a_stale_form_dialog_asks_too(qtbot, db, admin, tmp_path, choice):
    """The widget kit's FormDialog (here: handing a case over) asks the same question."""
    import datetime as dt

    from app.cases.service import case_detail, open_case, update_summary
    from ui.cases.dialogs import AssignDialog

    from .lease_data import add_household
    _hh, people = add_household(db)
    with db.transaction() as s:
        case_id = open_case(s, admin, people[0], worker_id=None, opened_on=dt.date(2026, 3, 2)).id
    ctx = make_context(db, admin, tmp_path / "a.ini")
    loaded = case_detail(db, admin, case_id)
    dlg = AssignDialog(ctx, case_id, None, version=loaded.row_version)
    qtbot.addWidget(dlg)
    dlg.show()
    other = second_client(db)           # meanwhile, at another desk
    try:
        update_summary(other, admin, case_id, "Shrnutí od kolegyně")
    finally:
        other.close()
    seen: dict = {}

    def answer(dialog):
        seen["rows"] = [tuple(dialog.table.item(r, c).text() for c in range(3))
                        for r in range(dialog.table.rowCount())]
        seen["intro"] = dialog.findChild(QLabel, "concurrentIntro").text()
        qtbot.mouseClick(dialog.keep_button if choice == "mine" else dialog.theirs_button,
                         Qt.LeftButton)

    state = when_modal(answer)
    qtbot.mouseClick(dlg.ok_button, Qt.LeftButton)
    qtbot.waitUntil(lambda: state["done"], timeout=5000)
    assert state["error"] is None, state["error"]
    assert seen["rows"] == [("Pracovník", admin.name, "(prázdné)")]
    assert "Případ KMB-2026/0001 mezitím uložil(a)" in seen["intro"]
    d = case_detail(db, admin, case_id)
    assert d.summary == "Shrnutí od kolegyně"
    if choice == "mine":
        assert dlg.result() == AssignDialog.Accepted and d.row.worker_id == admin.user_id
    else:
        assert dlg.result() == AssignDialog.Rejected and d.row.worker_id is None


@pytest.mark.skipif(not backends.on_postgres(), reason="NOTIFY/LISTEN needs PostgreSQL")
def test_another_workstations_write_reaches_the_open_list_by_itself(qtbot, db, admin, tmp_path):
    """No timer, no activation: the notification alone refreshes the list."""
    from ui.persons.page import PersonsPage
    ctx = make_context(db, admin, tmp_path / "o.ini")
    ctx.changes._timer.stop()
    page = PersonsPage(ctx)
    qtbot.addWidget(page)
    assert "Celkem osob: 0" in page.count_label.text()
    assert db._listener.listening.wait(10)
    other = second_client(db)              # another workstation
    try:
        create_person(other, admin, PersonInput(given_name="Eva", surname="Doležalová"))
    finally:
        other.close()
    qtbot.waitUntil(lambda: "Celkem osob: 1" in page.count_label.text(), timeout=10000)
