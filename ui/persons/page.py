"""Klienti: search box, lazily loaded list, detail beside it."""
from __future__ import annotations

from PySide6.QtCore import QItemSelectionModel, Qt, QTimer
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QSplitter,
    QVBoxLayout,
    QWidget,
)

from app.changes import Changes
from app.people.search import search_and_count, search_persons

from ..context import UiContext
from ..widgets.tables import list_table
from .detail import PersonDetailView
from .form import PersonDialog
from .list_model import COL_ADDRESS, COL_BORN, PersonListModel


COUNT_CAP = 1000


class PersonsPage(QWidget):
    def __init__(self, ctx: UiContext, parent: QWidget | None = None):
        super().__init__(parent)
        self.ctx = ctx
        title = QLabel(self.tr("Klienti"))
        title.setObjectName("pageTitle")
        self.search = QLineEdit()
        self.search.setObjectName("personSearch")
        self.search.setPlaceholderText(
            self.tr("Hledat jméno, datum narození (3. 1. 1985) nebo rodné číslo…"))
        self.search.setClearButtonEnabled(True)
        self.count_label = QLabel()
        self.count_label.setObjectName("muted")
        self.new_button = QPushButton(self.tr("Nová osoba"))
        self.new_button.setProperty("primary", True)
        self.new_button.clicked.connect(self.new_person)

        self.model = PersonListModel(
            lambda text, after, limit: search_persons(ctx.db, ctx.actor, text,
                                                      after=after, limit=limit))
        self.table = list_table(self.model, "personTable")
        self.table.setColumnWidth(0, 220)
        self.table.setColumnWidth(COL_BORN, 100)
        self.table.setColumnWidth(COL_ADDRESS, 300)
        self.table.selectionModel().currentRowChanged.connect(self._row_changed)
        self.table.activated.connect(lambda idx: self.detail.setFocus())

        self.detail = PersonDetailView(ctx)
        self.detail.edit_requested.connect(self.edit_person)

        top = QHBoxLayout()
        top.addWidget(title)
        top.addSpacing(16)
        top.addWidget(self.search, 1)
        top.addWidget(self.new_button)
        left = QWidget()
        lv = QVBoxLayout(left)
        lv.setContentsMargins(0, 0, 0, 0)
        lv.addWidget(self.table, 1)
        lv.addWidget(self.count_label)
        self.splitter = QSplitter(Qt.Horizontal)
        self.splitter.setObjectName("personsSplitter")
        self.splitter.addWidget(left)
        self.splitter.addWidget(self.detail)
        self.splitter.setStretchFactor(0, 3)
        self.splitter.setStretchFactor(1, 2)
        self.splitter.setSizes([700, 420])
        layout = QVBoxLayout(self)
        layout.setContentsMargins(18, 14, 18, 10)
        layout.addLayout(top)
        layout.addWidget(self.splitter, 1)

        # Search as you type, but not on every keystroke.
        self._debounce = QTimer(self, singleShot=True, interval=180)
        self._debounce.timeout.connect(self.refresh)
        self.search.textChanged.connect(lambda _: self._debounce.start())
        self.search.returnPressed.connect(self._open_first)
        QShortcut(QKeySequence("Ctrl+F"), self, activated=self.search.setFocus)
        ctx.changes.changed.connect(self._on_changes)
        self.refresh()

    def refresh(self) -> None:
        self._debounce.stop()
        text = self.search.text()
        # the first page and the count together: a short page is its own count;
        # typing must not count every match of "n" on a city: stop at the cap
        rows, total = search_and_count(self.ctx.db, self.ctx.actor, text,
                                       cap=COUNT_CAP if text else None,
                                       limit=self.model.page_size)
        self.model.set_query(text, rows)
        if not text:
            self.count_label.setText(self.tr("Celkem osob: {0}").format(total))
            return
        self.count_label.setText(
            self.tr("Nalezeno osob: více než {0}").format(COUNT_CAP) if total > COUNT_CAP
            else self.tr("Nalezeno osob: {0}").format(total))

    def _open_first(self) -> None:
        if self._debounce.isActive():
            self.refresh()
        if self.model.rowCount():
            self.select_row(0)
            self.table.setFocus()

    def select_row(self, row: int) -> None:
        idx = self.model.index(row, 0)
        self.table.selectionModel().setCurrentIndex(
            idx, QItemSelectionModel.ClearAndSelect | QItemSelectionModel.Rows)

    def _row_changed(self, current, _previous) -> None:
        pid = self.model.row_id(current.row())
        if pid:
            self.detail.show_person(pid)
        else:
            self.detail.show_empty()

    def new_person(self) -> None:
        dlg = PersonDialog(self.ctx, parent=self)
        if dlg.exec():
            self.search.setText(dlg.form.surname.text())
            self.refresh()

    def edit_person(self, detail) -> None:
        if detail is None:
            return
        dlg = PersonDialog(self.ctx, detail, parent=self)
        if dlg.exec():
            self.detail.show_person(detail.id)

    def _on_changes(self, changes: Changes) -> None:
        if changes.touches("person", "household", "household_member"):
            current = self.detail.detail.id if self.detail.detail else None
            self.refresh()
            if current:
                self.detail.show_person(current)

    def save_state(self, settings) -> None:
        settings.setValue("persons/splitter", self.splitter.saveState())
        settings.setValue("persons/header", self.table.horizontalHeader().saveState())

    def restore_state(self, settings) -> None:
        if settings.value("persons/splitter") is not None:
            self.splitter.restoreState(settings.value("persons/splitter"))
        if settings.value("persons/header") is not None:
            self.table.horizontalHeader().restoreState(settings.value("persons/header"))
