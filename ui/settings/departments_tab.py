"""Nastavení → Odbory: the office's departments, whose queues tasks go to and
workers belong to (settings administrators only). Add, rename, deactivate or
delete one (a refusal is shown at its row), and choose where flat defects
from inspections go. The rules are app/departments/manage.py."""
from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication
from PySide6.QtWidgets import (QAbstractItemView, QComboBox, QGroupBox, QHBoxLayout,
                               QHeaderView, QLabel, QLineEdit, QMessageBox, QPushButton,
                               QTableView, QVBoxLayout, QWidget)

from app.departments import listing, manage
from app.errors import KmbError, ValidationError
from app.security import Permission
from app.tasks_queues.routing import INSPECTOR     # defects to the one who inspected

from ..context import UiContext
from ..widgets.fields import FieldErrors
from ..widgets.table_model import Col, RowsModel

_C = "DepartmentsTab"
ACTIVE = QT_TRANSLATE_NOOP("DepartmentsTab", "aktivní")
INACTIVE = QT_TRANSLATE_NOOP("DepartmentsTab", "neaktivní (nové úkoly nepřijímá)")


def _tr(text: str) -> str:
    return QCoreApplication.translate("DepartmentsTab", text)


class DepartmentsTab(QWidget):
    watches = ("department", "task", "user", "setting")

    @classmethod
    def create(cls, ctx: UiContext) -> "DepartmentsTab | None":
        return cls(ctx) if ctx.actor.can(Permission.SETTINGS) else None

    def __init__(self, ctx: UiContext):
        super().__init__()
        self.ctx = ctx
        self.notes: dict[str, str] = {}          # department id → the last refusal
        self.model = RowsModel([
            Col(QT_TRANSLATE_NOOP("DepartmentsTab", "Odbor"), lambda r: r.name, context=_C),
            Col(QT_TRANSLATE_NOOP("DepartmentsTab", "Kód"), lambda r: r.code, context=_C),
            Col(QT_TRANSLATE_NOOP("DepartmentsTab", "Stav"), lambda r: _tr(ACTIVE if r.active else INACTIVE),
                context=_C),
            Col(QT_TRANSLATE_NOOP("DepartmentsTab", "Otevřené úkoly"), lambda r: r.open_tasks,
                align_right=True, context=_C),
            Col(QT_TRANSLATE_NOOP("DepartmentsTab", "Pracovníci"), lambda r: r.users,
                align_right=True, context=_C),
            Col(QT_TRANSLATE_NOOP("DepartmentsTab", "Upozornění"),
                lambda r: self.notes.get(r.id, ""), context=_C),
        ])
        self.table = QTableView()
        self.table.setObjectName("departments")
        self.table.setModel(self.model)
        self.table.setSelectionBehavior(QAbstractItemView.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SingleSelection)
        self.table.verticalHeader().hide()
        self.table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeToContents)
        self.table.horizontalHeader().setStretchLastSection(True)
        self.table.selectionModel().selectionChanged.connect(lambda *_a: self._selected_changed())

        self.errors = FieldErrors()
        self.new_name = QLineEdit()
        self.new_name.setObjectName("newDepartment")
        self.new_name.setPlaceholderText(self.tr("např. Bytové oddělení"))
        add = QPushButton(self.tr("Přidat odbor"))
        add.setObjectName("addDepartment")
        add.clicked.connect(self._add)
        self.new_name.returnPressed.connect(self._add)
        self.rename_to = QLineEdit()
        self.rename_to.setObjectName("renameDepartment")
        self.rename_button = QPushButton(self.tr("Přejmenovat"))
        self.rename_button.setObjectName("renameButton")
        self.rename_button.clicked.connect(self._rename)
        self.toggle_button = QPushButton(self.tr("Deaktivovat"))
        self.toggle_button.setObjectName("toggleDepartment")
        self.toggle_button.clicked.connect(self._toggle)
        self.delete_button = QPushButton(self.tr("Smazat"))
        self.delete_button.setObjectName("deleteDepartment")
        self.delete_button.clicked.connect(self._delete)
        self.message = QLabel()
        self.message.setObjectName("rowMessage")
        self.message.setProperty("error", True)
        self.message.setWordWrap(True)
        self.message.hide()

        add_row = QHBoxLayout()
        add_row.addWidget(QLabel(self.tr("Nový odbor:")))
        add_row.addWidget(self.new_name, 1)
        add_row.addWidget(add)
        edit_row = QHBoxLayout()
        edit_row.addWidget(QLabel(self.tr("Vybraný odbor – nový název:")))
        edit_row.addWidget(self.rename_to, 1)
        edit_row.addWidget(self.rename_button)
        edit_row.addWidget(self.toggle_button)
        edit_row.addWidget(self.delete_button)
        box = QGroupBox(self.tr("Odbory úřadu (komu lze předat úkol; do kterého odboru "
                                "pracovník patří)"))
        bl = QVBoxLayout(box)
        bl.addWidget(self.table)
        bl.addWidget(self.message)
        bl.addLayout(edit_row)
        bl.addWidget(self.errors.bind("rename", self.rename_to))
        bl.addLayout(add_row)
        bl.addWidget(self.errors.bind("name", self.new_name))

        self.defects = QComboBox()
        self.defects.setObjectName("defectQueue")
        save_defects = QPushButton(self.tr("Uložit"))
        save_defects.setObjectName("saveDefectQueue")
        save_defects.clicked.connect(self._save_defects)
        defect_row = QHBoxLayout()
        defect_row.addWidget(QLabel(self.tr("Závady z kontrol bytů dostane:")))
        defect_row.addWidget(self.defects, 1)
        defect_row.addWidget(save_defects)
        defect_box = QGroupBox(self.tr("Závady z kontrol bytů"))
        dl = QVBoxLayout(defect_box)
        dl.addLayout(defect_row)
        dl.addWidget(self.errors.bind("defect_queue", self.defects))

        lay = QVBoxLayout(self)
        lay.addWidget(box, 1)
        lay.addWidget(defect_box)
        ctx.changes.watch(self, self.refresh, *self.watches)
        self.refresh()

    # -- reading ----------------------------------------------------------------

    def refresh(self) -> None:
        selected = self._selected()
        rows = listing.list_departments(self.ctx.db, self.ctx.actor)
        self.model.set_rows(rows)
        if selected is not None:
            ids = [r.id for r in rows]
            if selected.id in ids:
                self.table.selectRow(ids.index(selected.id))
        current = manage.defect_queue(self.ctx.db, self.ctx.actor)
        self.defects.clear()
        for r in rows:
            if r.active or r.code == current:
                self.defects.addItem(r.name, r.code)
        self.defects.addItem(self.tr("pracovník, který kontrolu provedl"), INSPECTOR)
        self.defects.setCurrentIndex(max(self.defects.findData(current), 0))
        self._selected_changed()

    def _selected(self):
        rows = self.table.selectionModel().selectedRows()
        return self.model.row(rows[0].row()) if rows else None

    def _selected_changed(self) -> None:
        row = self._selected()
        for w in (self.rename_to, self.rename_button, self.toggle_button, self.delete_button):
            w.setEnabled(row is not None)
        if row is None:
            return
        if self.rename_to.property("for") != row.id:
            self.rename_to.setText(row.name)
            self.rename_to.setProperty("for", row.id)
        self.toggle_button.setText(self.tr("Deaktivovat") if row.active else self.tr("Aktivovat"))

    # -- changes ----------------------------------------------------------------

    def _run(self, work, row=None) -> bool:
        """Run a service; a refusal goes to its field, else to the row and under the table."""
        self.errors.clear()
        self.message.hide()
        if row is not None:
            self.notes.pop(row.id, None)
        try:
            work()
        except ValidationError as exc:
            if not self.errors.show(exc):
                self._refused(exc.message, row)
            return False
        except KmbError as exc:
            self._refused(exc.message, row)
            return False
        self.refresh()
        return True

    def _refused(self, message: str, row) -> None:
        if row is not None:
            self.notes[row.id] = message
            self.model.set_rows(self.model.rows)      # show the note in its row
            self.table.selectRow([r.id for r in self.model.rows].index(row.id))
        self.message.setText(message)
        self.message.show()

    def _add(self) -> None:
        if self._run(lambda: manage.add_department(self.ctx.db, self.ctx.actor,
                                                   self.new_name.text())):
            self.new_name.clear()

    def _need_row(self):
        row = self._selected()
        if row is None:
            QMessageBox.information(self, self.tr("Odbory"), self.tr("Vyberte odbor v seznamu."))
        return row

    def _rename(self) -> None:
        row = self._need_row()
        if row is None:
            return

        def work():
            try:
                manage.rename_department(self.ctx.db, self.ctx.actor, row.id,
                                         self.rename_to.text())
            except ValidationError as exc:    # the name field of this form is "rename"
                raise ValidationError(exc.message, field="rename") from None
        self._run(work, row)

    def _toggle(self) -> None:
        row = self._need_row()
        if row is not None:
            self._run(lambda: manage.set_department_active(
                self.ctx.db, self.ctx.actor, row.id, not row.active), row)

    def _delete(self) -> None:
        row = self._need_row()
        if row is None:
            return
        answer = QMessageBox.question(
            self, self.tr("Smazat odbor"),
            self.tr("Smazat odbor „{0}“? Smazat lze jen odbor bez úkolů a pracovníků.")
            .format(row.name))
        if answer == QMessageBox.Yes:
            self._run(lambda: manage.delete_department(self.ctx.db, self.ctx.actor, row.id), row)

    def _save_defects(self) -> None:
        self._run(lambda: manage.set_defect_queue(self.ctx.db, self.ctx.actor,
                                                  self.defects.currentData()))
