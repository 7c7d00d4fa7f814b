"""Dialogs moved onto the kit's FormDialog (issue 10, item 4), used as a person
would: a refusal is shown at its field and the dialog stays open with what was
typed; nothing is stored until the service accepts it."""
from __future__ import annotations

from PySide6.QtCore import Qt
from sqlalchemy import select

from app.auth import NewUser, authenticate, create_user
from app.errors import KmbError
from models.allocation import Application, ApplicationState
from models.audit import AuditEvent
from models.staff import Role
from ui.allocation.page import CloseDialog
from ui.settings.users_tab import PasswordDialog, UsersTab

from .ui_helpers import make_context, open_window, type_text


def fake_exec(qtbot, fill):
    """exec() in the test: show the dialog, let ``fill`` use it, return its result."""
    def exec_(self):
        qtbot.addWidget(self)
        self.show()
        fill(self)
        return self.result()
    return exec_


def test_exclude_an_application_asks_for_the_reason_in_the_dialog(qtbot, town_db, tmp_path,
                                                                   monkeypatch):
    from app.security import actor_from_user, find_user
    with town_db.reading() as s:
        lead = actor_from_user(find_user(s, "petr.horak"))
    ctx = make_context(town_db, lead, tmp_path / "ui.ini")
    window = open_window(qtbot, ctx)
    page = window.show_area("applications")
    qtbot.waitUntil(page.loader.ready, timeout=30_000)
    row = next(i for i in range(page.model.rowCount())
               if page.model.row(i).state == ApplicationState.ACTIVE)
    app_id = page.model.row(row).id
    page.select_row(row)
    qtbot.waitUntil(lambda: page.detail.detail is not None and page.detail.detail.id == app_id,
                    timeout=15_000)
    with town_db.reading() as s:
        note_before = s.get(Application, app_id).note
    seen = {}

    def fill(dlg):
        dlg.kind.setCurrentIndex(dlg.kind.findData(ApplicationState.EXCLUDED))
        qtbot.mouseClick(dlg.ok_button, Qt.LeftButton)       # no reason yet
        seen["open"] = dlg.isVisible()
        seen["error"] = dlg.errors.message("note")
        with town_db.reading() as s:
            seen["state"] = s.get(Application, app_id).state
        type_text(qtbot, dlg.reason, "Neposkytla součinnost ani po výzvě.")
        qtbot.mouseClick(dlg.ok_button, Qt.LeftButton)
    monkeypatch.setattr(CloseDialog, "exec", fake_exec(qtbot, fill))
    qtbot.mouseClick(page.detail.withdraw_button, Qt.LeftButton)

    assert seen["open"] and "důvod" in seen["error"]
    assert seen["state"] == ApplicationState.ACTIVE                # nothing half-saved
    with town_db.reading() as s:
        app = s.get(Application, app_id)
        assert app.state == ApplicationState.EXCLUDED
        assert app.note.endswith("Neposkytla součinnost ani po výzvě.")
        assert (note_before or "") in app.note
        assert s.scalars(select(AuditEvent).where(AuditEvent.entity_id == app_id,
                                                  AuditEvent.action == "state")).first()
    assert page.detail.message.text().startswith("Žádost: ")


    def shown_state():          # the list is re-read: excluded, or gone from its filter
        rows = [page.model.row(i) for i in range(page.model.rowCount())]
        return next((r.state for r in rows if r.id == app_id), None)
    qtbot.waitUntil(lambda: shown_state() in (None, ApplicationState.EXCLUDED), timeout=15_000)


def test_set_a_password_refuses_a_mismatch_then_signs_in(qtbot, db, admin, tmp_path,
                                                         monkeypatch):
    create_user(db, admin, NewUser("eva.nova", "Eva Nová", Role.SOCIAL_WORKER,
                                   "první-heslo", "první-heslo"))
    tab = UsersTab(make_context(db, admin, tmp_path / "ui.ini"))
    qtbot.addWidget(tab)
    tab.show()
    row = next(r for r in range(tab.model.rowCount())
               if tab.model.row(r).full_name == "Eva Nová")
    tab.table.setCurrentIndex(tab.model.index(row, 0))
    seen = {}

    def fill(dlg):
        assert dlg.windowTitle() == "Heslo – Eva Nová"
        type_text(qtbot, dlg.password, "nové-heslo-evy")
        type_text(qtbot, dlg.again, "nove-heslo-evy")
        qtbot.mouseClick(dlg.ok_button, Qt.LeftButton)
        seen["open"] = dlg.isVisible()
        seen["error"] = dlg.errors.message("password_again")
        try:
            authenticate(db, "eva.nova", "nové-heslo-evy")
            seen["changed"] = True
        except KmbError:
            seen["changed"] = False
        dlg.again.clear()
        type_text(qtbot, dlg.again, "nové-heslo-evy")
        qtbot.mouseClick(dlg.ok_button, Qt.LeftButton)
        seen["closed"] = not dlg.isVisible()
    monkeypatch.setattr(PasswordDialog, "exec", fake_exec(qtbot, fill))
    qtbot.mouseClick(tab.password_button, Qt.LeftButton)

    assert seen["open"] and "neshodují" in seen["error"] and not seen["changed"]
    assert seen["closed"]
    assert authenticate(db, "eva.nova", "nové-heslo-evy").name == "Eva Nová"
