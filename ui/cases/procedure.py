"""The Housing Support Act's procedure on the case detail: the step list
(žádost → šetření → stanovisko Úřadu práce → rozhodnutí → doručení → právní
moc → zápis → změny), a dialog per step built from the step's fields, the
printouts and the hand-over to the records system (spisová služba)."""
from __future__ import annotations

import datetime as dt

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, Qt, Signal
from PySide6.QtGui import QColor
from PySide6.QtWidgets import (QAbstractItemView, QComboBox, QFileDialog, QHBoxLayout,
                               QHeaderView, QLabel, QLineEdit, QMenu, QPlainTextEdit,
                               QPushButton, QTableView, QToolButton, QVBoxLayout, QWidget)

from app.cases import procedure as proc
from app.cases.procedure_documents import (KINDS, export_for_records, kind_title,
                                           print_procedure_document)
from app.errors import KmbError
from app.i18n import _
from app.security import Permission

from ..labels import shown_date
from ..context import UiContext
from ..ops import write_op
from ..widgets.dialogs import FormDialog
from ..widgets.fields import DateField
from ..widgets.pdf_preview import preview_in_background
from ..widgets.table_model import Col, RowsModel

_T = "Procedure"
STATES = {
    proc.DONE: QT_TRANSLATE_NOOP("Procedure", "hotovo"),
    proc.OPEN: QT_TRANSLATE_NOOP("Procedure", "k vyřízení"),
    proc.LATE: QT_TRANSLATE_NOOP("Procedure", "po termínu"),
    proc.WAITING: QT_TRANSLATE_NOOP("Procedure", "čeká na předchozí krok"),
    proc.NOT_NEEDED: QT_TRANSLATE_NOOP("Procedure", "není potřeba"),
}
COLORS = {proc.LATE: "#b3261e", proc.DONE: "#2e7d4f", proc.WAITING: "#7a8691",
          proc.NOT_NEEDED: "#7a8691"}
# the detail pane is narrow: what was recorded goes under the step's name
COLUMNS = [
    Col(QT_TRANSLATE_NOOP("Procedure", "Krok"),
        lambda r: f"{r.title} ({r.paragraph})\n{r.summary}", context=_T),
    Col(QT_TRANSLATE_NOOP("Procedure", "Stav"),
        lambda r: QCoreApplication.translate("Procedure", STATES[r.state]), context=_T),
]
STATE_COLUMN = 1


class _StepsModel(RowsModel):
    """Late steps in red, finished ones in green, the rest muted."""

    def data(self, index, role=Qt.DisplayRole):
        if role == Qt.ForegroundRole and index.isValid() and index.column() == STATE_COLUMN:
            color = COLORS.get(self.rows[index.row()].state)
            return QColor(color) if color else None
        return super().data(index, role)


class StartDialog(FormDialog):
    """The application for an entry (§ 13–14) opens the procedure."""

    def __init__(self, ctx: UiContext, case_id: str, case_number: str, parent=None):
        super().__init__(self.tr("Žádost o zápis (§ 13–14)"),
                         self.tr("Žádost o zápis do evidence zahájí řízení podle zákona "
                                 "č. 175/2025 Sb., o podpoře bydlení."), parent,
                         ok_text=self.tr("Zahájit řízení"))
        self.ctx, self.case_id = ctx, case_id
        self.day = self.add("application_on", self.tr("Žádost podána dne"), DateField())
        self.day.set_value(dt.date.today())
        self.channel = self.add("channel", self.tr("Jak byla podána"), QComboBox())
        for c in proc.CHANNELS:
            self.channel.addItem(c, c)
        self.file_ref = self.add("file_ref", self.tr("Spisová značka"), QLineEdit())
        self.file_ref.setPlaceholderText(case_number)

    def submit(self) -> None:
        self.procedure_id = proc.start_procedure(
            self.ctx.db, self.ctx.actor, self.case_id,
            application_on=self.day.value("application_on") or _missing("application_on"),
            channel=self.channel.currentData(), file_ref=self.file_ref.text())


def _missing(name: str):
    from app.errors import ValidationError
    raise ValidationError(QCoreApplication.translate("Procedure", "Zadejte datum."), field=name)


class StepDialog(FormDialog):
    """One step's fields (from app.cases.procedure.STEPS), filled with what is
    recorded; Uložit stores all of them or nothing."""

    def __init__(self, ctx: UiContext, view: proc.ProcedureView, step: proc.StepSpec,
                 parent=None):
        super().__init__(f"{_(step.title)} ({step.paragraph})", parent=parent, width=480)
        self.ctx, self.view, self.step = ctx, view, step
        self.widgets: dict[str, QWidget] = {}
        for f in step.fields:
            current = view.values.get(f.name) if step.key != "change" else None
            if f.kind == "date":
                w = DateField()
                w.set_value(current)
            elif f.kind == "choice":
                w = QComboBox()
                if not f.required:
                    w.addItem("—", None)
                else:
                    w.addItem(self.tr("— vyberte —"), None)
                for value, text in f.choices:
                    w.addItem(text, value)
                w.setCurrentIndex(max(w.findData(current), 0))
            elif f.kind == "long":
                w = QPlainTextEdit(str(current or ""))
                w.setTabChangesFocus(True)
                w.setFixedHeight(90)
            else:
                w = QLineEdit(str(current or ""))
            self.widgets[f.name] = self.add(f.name, _(f.label), w)

    def values(self) -> dict:
        out = {}
        for name, w in self.widgets.items():
            if isinstance(w, DateField):
                out[name] = w.text()           # the service parses and reports at the field
            elif isinstance(w, QComboBox):
                out[name] = w.currentData()
            elif isinstance(w, QPlainTextEdit):
                out[name] = w.toPlainText()
            else:
                out[name] = w.text()
        return out

    def submit(self) -> None:
        proc.record_step(self.ctx.db, self.ctx.actor, self.view.id, self.step.key,
                         self.values())


class ProcedureSection(QWidget):
    changed = Signal()

    def __init__(self, ctx: UiContext, parent: QWidget | None = None):
        super().__init__(parent)
        self.ctx = ctx
        self.case_id: str | None = None
        self.case_number = ""
        self.view: proc.ProcedureView | None = None
        v = QVBoxLayout(self)
        v.setContentsMargins(0, 0, 0, 0)
        v.setSpacing(4)
        row = QHBoxLayout()
        title = QLabel(self.tr("Řízení o zápisu (zákon o podpoře bydlení)"))
        title.setObjectName("sectionTitle")
        row.addWidget(title, 1)
        v.addLayout(row)
        row = QHBoxLayout()
        self.start_button = QPushButton(self.tr("Žádost o zápis…"))
        self.start_button.clicked.connect(self.start)
        self.step_button = QPushButton(self.tr("Zapsat krok…"))
        self.step_button.clicked.connect(self.record_selected)
        self.print_button = QToolButton()
        self.print_button.setText(self.tr("Tisk"))
        self.print_button.setPopupMode(QToolButton.InstantPopup)
        self.export_button = QToolButton()
        self.export_button.setText(self.tr("Do spisové služby"))
        self.export_button.setPopupMode(QToolButton.InstantPopup)
        print_menu, export_menu = QMenu(self), QMenu(self)
        self.print_actions, self.export_actions = {}, {}
        for kind in KINDS.values():
            a = print_menu.addAction(kind_title(kind.key))
            a.triggered.connect(lambda _=False, k=kind.key: self.print_document(k))
            self.print_actions[kind.key] = a
            e = export_menu.addAction(kind_title(kind.key) + "…")
            e.triggered.connect(lambda _=False, k=kind.key: self.export_document(k))
            self.export_actions[kind.key] = e
        self.print_button.setMenu(print_menu)
        self.export_button.setMenu(export_menu)
        for w in (self.start_button, self.step_button, self.print_button, self.export_button):
            row.addWidget(w)
        row.addStretch(1)
        v.addLayout(row)
        self.empty = QLabel(self.tr("Klient zatím nepodal žádost o zápis do evidence."))
        self.empty.setObjectName("muted")
        v.addWidget(self.empty)
        self.model = _StepsModel(COLUMNS)
        self.table = QTableView()
        self.table.setObjectName("procedureSteps")
        self.table.setModel(self.model)
        self.table.setSelectionBehavior(QAbstractItemView.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.NoEditTriggers)
        self.table.verticalHeader().hide()
        self.table.setShowGrid(False)
        self.table.setWordWrap(True)
        self.table.setHorizontalScrollBarPolicy(Qt.ScrollBarAlwaysOff)
        self.table.setVerticalScrollBarPolicy(Qt.ScrollBarAlwaysOff)
        h = self.table.horizontalHeader()
        h.setDefaultAlignment(Qt.AlignLeft | Qt.AlignVCenter)
        h.setSectionResizeMode(0, QHeaderView.Stretch)
        h.setSectionResizeMode(STATE_COLUMN, QHeaderView.ResizeToContents)
        self.table.doubleClicked.connect(lambda _i: self.record_selected())
        v.addWidget(self.table)
        self.changes = QLabel()
        self.changes.setWordWrap(True)
        self.changes.setObjectName("muted")
        v.addWidget(self.changes)
        self.message = QLabel()
        self.message.setProperty("error", True)
        self.message.setWordWrap(True)
        self.message.hide()
        v.addWidget(self.message)
        self.can_edit = ctx.actor.can(Permission.EDIT_CASES)
        self.can_print = ctx.actor.can(Permission.PRINT)

    # -- showing ---------------------------------------------------------------------
    def show_case(self, case_id: str, case_number: str) -> None:
        self.case_id, self.case_number = case_id, case_number
        self.message.hide()
        try:
            self.view = proc.procedure_for_case(self.ctx.db, self.ctx.actor, case_id)
        except KmbError as exc:
            self.view = None
            self._say(exc.message)
        has = self.view is not None
        self.start_button.setVisible(not has and self.can_edit)
        self.step_button.setVisible(has and self.can_edit)
        self.print_button.setVisible(has and self.can_print)
        self.export_button.setVisible(has and self.can_print)
        self.empty.setVisible(not has)
        self.table.setVisible(has)
        self.model.set_rows(self.view.steps if has else [])
        if has:
            issued = self.view.decision_issued
            self.print_actions["decision"].setEnabled(issued)
            self.export_actions["decision"].setEnabled(issued)
            self._fit_height()
            current = next((i for i, s in enumerate(self.view.steps)
                            if s.state in (proc.LATE, proc.OPEN)), 0)
            self.table.selectRow(current)
        changes = self.view.changes if has else []
        self.changes.setText(self.tr("Změny během zápisu (§ 24): ") + "; ".join(
            f"{shown_date(c.changed_on)} {c.description}" for c in changes) if changes else "")
        self.changes.setVisible(bool(changes))

    def _fit_height(self) -> None:
        self.table.resizeRowsToContents()
        rows = sum(self.table.rowHeight(i) for i in range(self.model.rowCount()))
        self.table.setFixedHeight(self.table.horizontalHeader().sizeHint().height() + 4 + rows)

    def resizeEvent(self, event) -> None:
        super().resizeEvent(event)
        if self.view is not None:
            self._fit_height()      # wrapped lines change with the width

    def selected_step(self) -> proc.StepView | None:
        return self.model.row(self.table.currentIndex().row())

    # -- actions ---------------------------------------------------------------------
    def start(self) -> None:
        if self.case_id and StartDialog(self.ctx, self.case_id, self.case_number,
                                        parent=self).exec():
            self.changed.emit()

    def record_selected(self) -> None:
        step = self.selected_step()
        if self.view is None or step is None or not self.can_edit:
            return
        if step.state in (proc.WAITING, proc.NOT_NEEDED):
            self._say(self.tr("Krok „{0}“ zatím nelze zapsat: {1}.")
                      .format(step.title, step.summary))
            return
        if StepDialog(self.ctx, self.view, proc.STEP_BY_KEY[step.key], parent=self).exec():
            self.changed.emit()

    def print_document(self, kind: str) -> None:
        if self.view is None:
            return
        pid = self.view.id
        preview_in_background(self, kind_title(kind),
                              lambda: print_procedure_document(self.ctx.db, self.ctx.actor,
                                                               pid, kind))

    def export_document(self, kind: str) -> None:
        if self.view is None:
            return
        pid = self.view.id
        path, _ = QFileDialog.getSaveFileName(
            self, self.tr("Do spisové služby"), f"{KINDS[kind].file_prefix}-spis.zip",
            self.tr("Archiv ZIP (*.zip)"))
        if not path:
            return
        db, actor = self.ctx.db, self.ctx.actor
        write_op(self, self.tr("Připravuji dokument pro spisovou službu…"),
                 lambda _p, _c: export_for_records(db, actor, pid, kind, path),
                 lambda out: self._exported(out))

    def _exported(self, out) -> None:
        self._say(self.tr("Uloženo pro spisovou službu: {0}").format(out), error=False)

    def _say(self, text: str, error: bool = True) -> None:
        self.message.setProperty("error", error)
        self.message.style().unpolish(self.message)
        self.message.style().polish(self.message)
        self.message.setText(text)
        self.message.show()
