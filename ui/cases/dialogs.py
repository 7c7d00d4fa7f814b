"""Small dialogs of case work: change the status, hand the case over, write
a note, add a task; and the question whether a referred client arrived."""
from __future__ import annotations

import datetime as dt

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QComboBox, QLineEdit, QMessageBox, QPlainTextEdit, QWidget

from app.cases import service, tasks
from app.departments.listing import list_departments
from app.errors import KmbError
from models.cases import CaseStatus, TaskSource

from ..context import UiContext
from ..labels import tl
from ..widgets.dialogs import FormDialog
from ..widgets.fields import DateField


class _Dialog(FormDialog):
    """The kit's form dialog with an OK button of our text."""

    def __init__(self, ctx: UiContext, title: str, ok: str, parent=None):
        super().__init__(title, parent=parent, ok_text=ok, width=440)
        self.ctx = ctx


def _workers_combo(ctx: UiContext, current: str | None) -> QComboBox:
    combo = QComboBox()
    for w in service.list_workers(ctx.db, ctx.actor):
        combo.addItem(w.name, w.id)
    combo.setCurrentIndex(max(combo.findData(current or ctx.actor.user_id), 0))
    return combo


class StatusDialog(_Dialog):
    def __init__(self, ctx: UiContext, case_id: str, current: CaseStatus, parent=None, *,
                 version: int | None = None):
        super().__init__(ctx, self.tr("Změnit stav případu"), self.tr("Změnit stav"), parent)
        self.case_id = case_id
        self.expected_version = version
        self.status = QComboBox()
        for st in CaseStatus:
            if st != current:
                self.status.addItem(tl(st), st)
        self.note = QPlainTextEdit()
        self.note.setFixedHeight(70)
        self.note.setTabChangesFocus(True)
        self.add("status", self.tr("Nový stav"), self.status)
        self.add("note", self.tr("Poznámka"), self.note)

    def submit(self) -> None:
        service.change_status(self.ctx.db, self.ctx.actor, self.case_id,
                              self.status.currentData(), self.note.toPlainText(),
                              expected_version=self.expected_version)


class AssignDialog(_Dialog):
    def __init__(self, ctx: UiContext, case_id: str, current: str | None, parent=None, *,
                 version: int | None = None):
        super().__init__(ctx, self.tr("Předat případ"), self.tr("Předat"), parent)
        self.case_id = case_id
        self.expected_version = version
        self.worker = self.add("worker_id", self.tr("Pracovník"),
                                   _workers_combo(ctx, current))

    def submit(self) -> None:
        service.assign(self.ctx.db, self.ctx.actor, self.case_id, self.worker.currentData(),
                       expected_version=self.expected_version)


class NoteDialog(_Dialog):
    def __init__(self, ctx: UiContext, case_id: str, parent=None):
        super().__init__(ctx, self.tr("Poznámka k případu"), self.tr("Uložit"), parent)
        self.case_id = case_id
        self.text = QPlainTextEdit()
        self.text.setTabChangesFocus(True)
        self.text.setMinimumHeight(120)
        self.add("text", self.tr("Text"), self.text)

    def submit(self) -> None:
        service.add_note(self.ctx.db, self.ctx.actor, self.case_id, self.text.toPlainText())


# A department's inbox in the "Kdo" list (everyone of the department sees the task).
_DEPT = "department"


class TaskDialog(_Dialog):
    def __init__(self, ctx: UiContext, case_id: str, owner: str | None, parent=None):
        super().__init__(ctx, self.tr("Nový úkol"), self.tr("Přidat úkol"), parent)
        self.case_id = case_id
        self.title = QLineEdit()
        self.owner = _workers_combo(ctx, owner)
        self.owner.insertSeparator(self.owner.count())
        # the office's active departments (an inactive one takes no new tasks)
        for d in list_departments(ctx.db, ctx.actor, active_only=True):
            self.owner.addItem(self.tr("schránka odboru: {0}").format(d.name), (_DEPT, d.code))
        self.due = DateField()
        self.due.set_value(dt.date.today() + dt.timedelta(days=7))
        self.detail = QPlainTextEdit()
        self.detail.setTabChangesFocus(True)
        self.detail.setFixedHeight(60)
        self.add("title", self.tr("Co udělat"), self.title)
        self.add("owner_id", self.tr("Kdo"), self.owner)
        self.add("due_on", self.tr("Termín"), self.due)
        self.add("detail", self.tr("Podrobnosti"), self.detail)

    def submit(self) -> None:
        who = self.owner.currentData()
        dept = who[1] if isinstance(who, tuple) and who[0] == _DEPT else None
        tasks.add_case_task(self.ctx.db, self.ctx.actor, self.case_id, self.title.text(),
                            owner_id=None if dept else who, department=dept,
                            due_on=self.due.value("due_on"), detail=self.detail.toPlainText())


ARRIVED, NOT_ARRIVED, UNKNOWN = "arrived", "not_arrived", "unknown"


def ask_arrived(parent: QWidget, partner_text: str) -> str | None:
    """Did the referred client reach the service? None = cancelled."""
    box = QMessageBox(parent)
    box.setWindowTitle(QCoreApplication.translate("CaseDialogs", "Ověření předání"))
    box.setText(partner_text)
    # the task's title usually asks it already ("Ověřit, zda … dorazila"): ask once
    if "dorazil" not in partner_text.casefold():
        box.setInformativeText(QCoreApplication.translate("CaseDialogs",
                                                          "Dorazil klient ke službě?"))
    yes = box.addButton(QCoreApplication.translate("CaseDialogs", "Dorazil(a)"),
                        QMessageBox.YesRole)
    no = box.addButton(QCoreApplication.translate("CaseDialogs", "Nedorazil(a)"),
                       QMessageBox.NoRole)
    unknown = box.addButton(QCoreApplication.translate("CaseDialogs", "Nevím, jen splnit"),
                            QMessageBox.ActionRole)
    box.addButton(QCoreApplication.translate("CaseDialogs", "Zrušit"), QMessageBox.RejectRole)
    box.exec()
    clicked = box.clickedButton()
    return {yes: ARRIVED, no: NOT_ARRIVED, unknown: UNKNOWN}.get(clicked)


def complete_task(ctx: UiContext, parent: QWidget, row) -> bool:
    """Mark a task done; for a referral's follow-up ask first whether the
    client arrived. True when something was stored."""
    arrived = None
    if row.source == TaskSource.REFERRAL:
        answer = ask_arrived(parent, row.title)
        if answer is None:
            return False
        arrived = {ARRIVED: True, NOT_ARRIVED: False}.get(answer)
    try:
        tasks.complete(ctx.db, ctx.actor, row.id, referral_arrived=arrived)
    except KmbError as exc:
        QMessageBox.warning(parent, QCoreApplication.translate("CaseDialogs", "Nepodařilo se"),
                            exc.message)
        return False
    return True
