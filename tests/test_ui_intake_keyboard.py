"""The intake form used with the keyboard only (QTest.keyClick): arrowing
through Výsledek adds no referral row, an empty row never blocks saving and
its × is reached by Tab, Tab goes through every control in reading order and
stays in the form, and a name typed in either order fills the right fields
and finds the person already registered."""
from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import (QAbstractButton, QAbstractSpinBox, QComboBox, QLineEdit,
                               QMessageBox, QPlainTextEdit, QRadioButton, QWidget)
from sqlalchemy import select

from app.czech_text import fold
from app.formatting import format_date
from app.people.given_names import known_given
from models.intake import ContactRecord, Outcome, Referral
from models.people import Person

from .ui_helpers import make_context, open_window, type_text


@pytest.fixture
def ctx(town_db, town_worker, tmp_path, monkeypatch):
    monkeypatch.setattr(QMessageBox, "question", staticmethod(lambda *a, **k: QMessageBox.Discard))
    return make_context(town_db, town_worker, tmp_path / "ui.ini")


def focus_of(widget) -> QWidget | None:
    return widget.window().focusWidget()


def press(qtbot, window, key, mods=Qt.NoModifier) -> QWidget:
    """A key to whatever has the focus now; returns the new focus."""
    qtbot.keyClick(focus_of(window), key, mods)
    return focus_of(window)


def tab_to(qtbot, window, target, limit=80) -> None:
    for _ in range(limit):
        if focus_of(window) is target:
            return
        press(qtbot, window, Qt.Key_Tab)
    raise AssertionError(f"Tab never reached {target.objectName() or target}")


def known_person(db) -> dict:
    """A registered person with a birth date and a given name on the list."""
    with db.reading() as s:
        for p in s.scalars(select(Person).where(Person.birth_date.is_not(None),
                                                Person.merged_into_id.is_(None))
                           .order_by(Person.sort_key)):
            if known_given(p.given_name) and not known_given(p.surname) \
                    and " " not in p.given_name + p.surname:
                return dict(id=p.id, given=p.given_name, surname=p.surname, born=p.birth_date)
    raise AssertionError("no suitable person in the demo")


def test_arrowing_through_the_outcome_adds_no_row(qtbot, ctx):
    window = open_window(qtbot, ctx)
    form = window.show_area("intake").form
    out = form.outcome
    info = out.outcome_buttons[Outcome.INFORMATION]
    info.setFocus()
    # down to "předání na službu", on to "otevřít případ", and back up
    press(qtbot, window, Qt.Key_Down)
    assert out.outcome_buttons[Outcome.REFERRAL].isChecked()
    assert out.rows == []
    press(qtbot, window, Qt.Key_Down)
    press(qtbot, window, Qt.Key_Up)
    press(qtbot, window, Qt.Key_Up)
    assert info.isChecked() and out.rows == []
    # Space on "předání na službu" is a choice: one row, focus on its service
    press(qtbot, window, Qt.Key_Down)
    assert out.rows == []
    press(qtbot, window, Qt.Key_Space)
    assert len(out.rows) == 1
    assert focus_of(window) is out.rows[0].partner


def test_empty_referral_row_is_removable_by_tab_and_never_blocks(qtbot, ctx):
    target = known_person(ctx.db)
    window = open_window(qtbot, ctx)
    form = window.show_area("intake").form
    out = form.outcome
    type_text(qtbot, form.person.search, f"{fold(target['surname'])} {format_date(target['born'])}")
    press(qtbot, window, Qt.Key_Return)
    press(qtbot, window, Qt.Key_Return)
    assert form.person.mode == "existing"
    type_text(qtbot, form.contact.reason, "Dotaz na obecní byty")

    # Ctrl+P adds a row; from its "proč" Tab goes to × and Space removes it
    press(qtbot, window, Qt.Key_P, Qt.ControlModifier)
    row = out.rows[0]
    assert focus_of(window) is row.partner
    assert press(qtbot, window, Qt.Key_Tab) is row.reason
    assert press(qtbot, window, Qt.Key_Tab) is row.remove
    press(qtbot, window, Qt.Key_Space)
    assert out.rows == []
    assert form.isAncestorOf(focus_of(window))          # the keyboard stays in the form
    assert out.outcome_buttons[Outcome.INFORMATION].isChecked()

    # a second empty row, left there with "jen informace": the save ignores it
    press(qtbot, window, Qt.Key_P, Qt.ControlModifier)
    out.outcome_buttons[Outcome.INFORMATION].setFocus()
    press(qtbot, window, Qt.Key_Space)
    assert len(out.rows) == 1 and out.rows[0].is_empty()
    with ctx.db.reading() as s:
        referrals_before = len(s.scalars(select(Referral.id)).all())
    press(qtbot, window, Qt.Key_S, Qt.ControlModifier)
    assert form.banner.isVisible(), form.problem.text()
    with ctx.db.reading() as s:
        c = s.scalars(select(ContactRecord).order_by(ContactRecord.created_at.desc())).first()
        assert c.person_id == target["id"] and c.outcome == Outcome.INFORMATION
        assert len(s.scalars(select(Referral.id)).all()) == referrals_before


def test_referral_without_a_service_is_named_at_the_row(qtbot, ctx):
    target = known_person(ctx.db)
    window = open_window(qtbot, ctx)
    form = window.show_area("intake").form
    out = form.outcome
    type_text(qtbot, form.person.search, f"{fold(target['surname'])} {format_date(target['born'])}")
    press(qtbot, window, Qt.Key_Return)
    press(qtbot, window, Qt.Key_Return)
    type_text(qtbot, form.contact.reason, "Dluhy")
    out.outcome_buttons[Outcome.INFORMATION].setFocus()
    press(qtbot, window, Qt.Key_Down)
    press(qtbot, window, Qt.Key_Space)            # předání na službu, chosen
    assert len(out.rows) == 1
    with ctx.db.reading() as s:
        before = len(s.scalars(select(ContactRecord.id)).all())
    press(qtbot, window, Qt.Key_S, Qt.ControlModifier)
    assert "Vyberte službu" in out.rows[0].error.text()
    assert focus_of(window) is out.rows[0].partner
    with ctx.db.reading() as s:
        assert len(s.scalars(select(ContactRecord.id)).all()) == before


def _controls(form) -> list[QWidget]:
    """What a person can reach in the form: visible, enabled, takes Tab focus;
    of a radio group only the checked button (Tab enters a group there)."""
    out = []
    for w in form.findChildren(QWidget):
        if not (w.isVisibleTo(form) and w.isEnabled() and w.focusPolicy() & Qt.TabFocus):
            continue
        if w.focusProxy() is not None or isinstance(w.parent(), (QComboBox, QAbstractSpinBox)):
            continue
        if isinstance(w, QRadioButton) and not w.isChecked():
            continue
        if isinstance(w, (QLineEdit, QComboBox, QAbstractSpinBox, QPlainTextEdit,
                          QAbstractButton)) or w.objectName() == "intakeResults":
            out.append(w)
    return out


def _reading_key(form, w):
    content = form.scroll.widget()
    if not content.isAncestorOf(w):
        return (2, 0, w.mapTo(form, w.rect().topLeft()).x())    # the bar under the form
    pos = w.mapTo(content, w.rect().center())
    column = 0 if pos.x() < content.width() / 2 else 1
    top = w.mapTo(content, w.rect().topLeft())
    return (column, top.y() // 8, top.x())


def test_tab_goes_through_every_control_in_reading_order_and_stays_in_the_form(qtbot, ctx):
    window = open_window(qtbot, ctx)
    window.resize(1400, 1000)
    form = window.show_area("intake").form
    type_text(qtbot, form.person.search, "sarka reznickova")
    press(qtbot, window, Qt.Key_N, Qt.ControlModifier)         # the new-person fields
    out = form.outcome
    out.outcome_buttons[Outcome.REFERRAL].setFocus()
    press(qtbot, window, Qt.Key_Space)                          # one referral row
    qtbot.wait(50)
    form.person.search.setFocus()

    seen = [form.person.search]
    for _ in range(120):
        w = press(qtbot, window, Qt.Key_Tab)
        assert form.isAncestorOf(w), f"Tab left the form to {w}"
        if w is form.person.search:
            break
        seen.append(w)
    else:
        raise AssertionError("Tab never came back round to the search")

    expected = _controls(form)
    missing = [w.objectName() or type(w).__name__ for w in expected if w not in seen]
    assert not missing, f"not reachable by Tab: {missing}"
    keys = [_reading_key(form, w) for w in seen if w in expected]
    assert keys == sorted(keys), [(w.objectName() or type(w).__name__, _reading_key(form, w))
                                  for w in seen]
    row = out.rows[0]
    assert seen.index(row.partner) < seen.index(row.reason) < seen.index(row.remove) \
        < seen.index(out.note)
    assert len(expected) >= 25, [w.objectName() for w in expected]
    # and back: Shift+Tab from the search goes to "Uložit příjem", not to the sidebar
    assert press(qtbot, window, Qt.Key_Backtab, Qt.ShiftModifier) is form.save_button


@pytest.mark.parametrize("given_first", [True, False])
def test_name_in_either_order_fills_the_fields_and_finds_the_duplicate(qtbot, ctx, given_first):
    target = known_person(ctx.db)
    window = open_window(qtbot, ctx)
    form = window.show_area("intake").form
    words = [fold(target["given"]), fold(target["surname"])]
    type_text(qtbot, form.person.search, " ".join(words if given_first else words[::-1]))
    press(qtbot, window, Qt.Key_Return)
    press(qtbot, window, Qt.Key_N, Qt.ControlModifier)
    new = form.person.new_form
    assert new.given_name.text() == target["given"]            # with its diacritics
    assert fold(new.surname.text()) == fold(target["surname"])
    assert not new.order_box.isVisible()
    assert focus_of(window) is new.birth_date
    type_text(qtbot, new.birth_date, format_date(target["born"]))
    qtbot.waitUntil(form.person.dup_box.isVisible, timeout=3000)
    assert target["surname"] in form.person.dup_text.text()


def test_swapped_fields_still_find_the_duplicate_and_unsure_order_is_asked(qtbot, ctx):
    target = known_person(ctx.db)
    window = open_window(qtbot, ctx)
    form = window.show_area("intake").form
    new = form.person.new_form
    # a surname that is also a given name: the form asks, Space swaps
    type_text(qtbot, form.person.search, "jan marek")
    press(qtbot, window, Qt.Key_N, Qt.ControlModifier)
    assert new.order_box.isVisible()
    assert (new.given_name.text(), new.surname.text()) == ("Marek", "Jan")
    assert focus_of(window) is new.swap_button
    press(qtbot, window, Qt.Key_Space)
    assert (new.given_name.text(), new.surname.text()) == ("Jan", "Marek")
    assert not new.order_box.isVisible()
    # the worker typed the names into the wrong fields, without diacritics
    form.person.back_to_search()
    form.person.search.clear()
    press(qtbot, window, Qt.Key_N, Qt.ControlModifier)
    new.given_name.clear()
    new.surname.clear()
    type_text(qtbot, new.given_name, fold(target["surname"]))
    type_text(qtbot, new.surname, fold(target["given"]))
    type_text(qtbot, new.birth_date, format_date(target["born"]))
    qtbot.waitUntil(form.person.dup_box.isVisible, timeout=3000)
    assert target["surname"] in form.person.dup_text.text()


def test_lives_alone_in_her_form_and_not_once_children_are_listed(qtbot, ctx):
    from PySide6.QtWidgets import QDialogButtonBox

    from models.people import Relation
    from ui.intake.household_section import MemberDialog

    from .ui_modal import when_modal
    window = open_window(qtbot, ctx)
    form = window.show_area("intake").form
    type_text(qtbot, form.person.search, "sarka reznickova")
    press(qtbot, window, Qt.Key_N, Qt.ControlModifier)
    info = form.household.info
    assert "Žije sama" in info.text() and "sám" not in info.text()

    def fill_member(dlg):
        assert isinstance(dlg, MemberDialog)
        type_text(qtbot, dlg.given_name, "Ema")
        type_text(qtbot, dlg.birth_date, "3. 5. 2017")
        dlg.relation.setCurrentIndex(dlg.relation.findData(Relation.CHILD))
        qtbot.mouseClick(dlg.buttons.button(QDialogButtonBox.Ok), Qt.LeftButton)
    answered = when_modal(fill_member)
    press(qtbot, window, Qt.Key_M, Qt.ControlModifier)
    assert answered["done"] and answered["error"] is None
    assert form.household.model.rowCount() == 1
    assert "Žije" not in info.text() and "1" in info.text()
    # a man's name: "sám"
    form.discard()
    type_text(qtbot, form.person.search, "novak lubomir")
    press(qtbot, window, Qt.Key_N, Qt.ControlModifier)
    assert "Žije sám" in info.text()
