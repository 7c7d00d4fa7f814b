"""Nastavení → Odbory a zástupy: which department each worker's task queue is,
and who covers for an absent colleague from when to when (the lead and the
administrator; the rule itself is app/privacy/cover.py)."""
from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication
from PySide6.QtWidgets import (QAbstractItemView, QComboBox, QFormLayout, QGroupBox, QHBoxLayout,
                               QHeaderView, QLabel, QLineEdit, QMessageBox, QPushButton,
                               QTableView, QVBoxLayout, QWidget)

from app.departments.listing import list_departments
from app.errors import KmbError, ValidationError
from app.formatting import format_date
from app.security import Permission
from app.tasks_queues import departments, deputies

from ..context import UiContext
from ..widgets.fields import DateField, FieldErrors
from ..widgets.table_model import Col, RowsModel

_C = "CoverTab"

STAFF_COLUMNS = [
    Col(QT_TRANSLATE_NOOP("CoverTab", "Pracovník"), lambda r: r.name, context=_C),
    Col(QT_TRANSLATE_NOOP("CoverTab", "Role"), lambda r: r.role_label, context=_C),
    Col(QT_TRANSLATE_NOOP("CoverTab", "Odbor"), lambda r: r.department_name + (
        "" if r.set_explicitly else QCoreApplication.translate("CoverTab", " (podle role)")), context=_C),
]
DEPUTY_COLUMNS = [
    Col(QT_TRANSLATE_NOOP("CoverTab", "Nepřítomný"), lambda r: r.user_name, context=_C),
    Col(QT_TRANSLATE_NOOP("CoverTab", "Zastupuje"), lambda r: r.deputy_name, context=_C),
    Col(QT_TRANSLATE_NOOP("CoverTab", "Od"), lambda r: format_date(r.valid_from), context=_C),
    Col(QT_TRANSLATE_NOOP("CoverTab", "Do"), lambda r: format_date(r.valid_to), context=_C),
    Col(QT_TRANSLATE_NOOP("CoverTab", "Poznámka"), lambda r: r.note or "", context=_C),
]


def _table(model: RowsModel, name: str) -> QTableView:
    t = QTableView()
    t.setObjectName(name)
    t.setModel(model)
    t.setSelectionBehavior(QAbstractItemView.SelectRows)
    t.setSelectionMode(QAbstractItemView.SingleSelection)
    t.verticalHeader().hide()
    t.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeToContents)
    t.horizontalHeader().setStretchLastSection(True)
    return t


class CoverTab(QWidget):
    @classmethod
    def create(cls, ctx: UiContext) -> "CoverTab | None":
        return cls(ctx) if ctx.actor.can(Permission.MANAGE_USERS) else None

    def __init__(self, ctx: UiContext):
        super().__init__()
        self.ctx = ctx
        self.staff = RowsModel(STAFF_COLUMNS)
        self.staff_table = _table(self.staff, "staffDepartments")
        self.department = QComboBox()
        self.department.setObjectName("department")
        save_dept = QPushButton(self.tr("Zařadit do odboru"))
        save_dept.setObjectName("saveDepartment")
        save_dept.clicked.connect(self._save_department)
        dept_row = QHBoxLayout()
        dept_row.addWidget(QLabel(self.tr("Vybraný pracovník patří do:")))
        dept_row.addWidget(self.department)
        dept_row.addWidget(save_dept)
        dept_row.addStretch(1)
        staff_box = QGroupBox(self.tr("Odbory pracovníků (komu chodí úkoly odboru)"))
        sl = QVBoxLayout(staff_box)
        sl.addWidget(self.staff_table)
        sl.addLayout(dept_row)

        self.cover = RowsModel(DEPUTY_COLUMNS)
        self.cover_table = _table(self.cover, "deputies")
        self.absent, self.deputy = QComboBox(), QComboBox()
        self.absent.setObjectName("absent")
        self.deputy.setObjectName("deputy")
        self.valid_from, self.valid_to = DateField(), DateField()
        self.valid_from.setObjectName("validFrom")
        self.valid_to.setObjectName("validTo")
        self.note = QLineEdit()
        self.note.setObjectName("deputyNote")
        self.note.setPlaceholderText(self.tr("např. dovolená, nemoc"))
        self.errors = FieldErrors()
        form = QFormLayout()
        for key, label, widget in (("user_id", self.tr("Nepřítomný pracovník"), self.absent),
                                   ("deputy_id", self.tr("Zastupuje ho"), self.deputy),
                                   ("valid_from", self.tr("Od"), self.valid_from),
                                   ("valid_to", self.tr("Do (včetně)"), self.valid_to),
                                   ("note", self.tr("Poznámka"), self.note)):
            box = QVBoxLayout()
            box.addWidget(widget)
            box.addWidget(self.errors.bind(key, widget))
            form.addRow(label, box)
        add = QPushButton(self.tr("Přidat zástup"))
        add.setObjectName("addDeputy")
        add.clicked.connect(self._add)
        end = QPushButton(self.tr("Ukončit vybraný zástup"))
        end.setObjectName("endDeputy")
        end.clicked.connect(self._end)
        buttons = QHBoxLayout()
        buttons.addWidget(add)
        buttons.addWidget(end)
        buttons.addStretch(1)
        cover_box = QGroupBox(self.tr("Zástupy (zástupce vidí úkoly a případy kolegy jen "
                                      "v zadaném období)"))
        cl = QVBoxLayout(cover_box)
        cl.addWidget(self.cover_table)
        cl.addLayout(form)
        cl.addLayout(buttons)
        lay = QVBoxLayout(self)
        lay.addWidget(staff_box)
        lay.addWidget(cover_box)
        self.refresh()

    def refresh(self) -> None:
        # a worker joins only an active department (Nastavení → Odbory keeps the list)
        current = self.department.currentData()
        self.department.clear()
        for d in list_departments(self.ctx.db, self.ctx.actor, active_only=True):
            self.department.addItem(d.name, d.code)
        self.department.setCurrentIndex(max(self.department.findData(current), 0))
        rows = departments.staff_departments(self.ctx.db, self.ctx.actor)
        self.staff.set_rows(rows)
        for combo in (self.absent, self.deputy):
            current = combo.currentData()
            combo.clear()
            combo.addItem("", None)
            for r in rows:
                combo.addItem(r.name, r.user_id)
            combo.setCurrentIndex(max(combo.findData(current), 0))
        self.cover.set_rows(deputies.list_deputies(self.ctx.db, self.ctx.actor))

    def _selected(self, table: QTableView, model: RowsModel):
        rows = table.selectionModel().selectedRows()
        return model.row(rows[0].row()) if rows else None

    def _save_department(self) -> None:
        row = self._selected(self.staff_table, self.staff)
        if row is None:
            QMessageBox.information(self, self.tr("Odbory"), self.tr("Vyberte pracovníka."))
            return
        try:
            departments.set_department(self.ctx.db, self.ctx.actor, row.user_id,
                                       self.department.currentData())
        except KmbError as exc:
            QMessageBox.warning(self, self.tr("Nepodařilo se"), exc.message)
            return
        self.refresh()

    def _add(self) -> None:
        self.errors.clear()
        try:
            deputies.add_deputy(self.ctx.db, self.ctx.actor, self.absent.currentData(),
                                self.deputy.currentData(),
                                self.valid_from.value("valid_from"),
                                self.valid_to.value("valid_to"), note=self.note.text())
        except ValidationError as exc:
            if not self.errors.show(exc):
                QMessageBox.warning(self, self.tr("Nepodařilo se"), exc.message)
            return
        except KmbError as exc:
            QMessageBox.warning(self, self.tr("Nepodařilo se"), exc.message)
            return
        for w in (self.valid_from, self.valid_to, self.note):
            w.clear()
        self.refresh()

    def _end(self) -> None:
        row = self._selected(self.cover_table, self.cover)
        if row is None:
            QMessageBox.information(self, self.tr("Zástupy"), self.tr("Vyberte zástup."))
            return
        try:
            deputies.end_deputy(self.ctx.db, self.ctx.actor, row.id)
        except KmbError as exc:
            QMessageBox.warning(self, self.tr("Nepodařilo se"), exc.message)
            return
        self.refresh()
