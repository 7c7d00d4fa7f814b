"""A list–detail page: a searchable, filterable list of records, and in the
same place the open record (a RecordEditor) with a way back to the list.
Used by Sociální šetření and Kontroly bytů. The list is read when first shown
and off the GUI thread (a city's assessments take seconds to read)."""
from __future__ import annotations

from typing import Any, Callable, Sequence

from PySide6.QtCore import QTimer
from PySide6.QtWidgets import (QComboBox, QHBoxLayout, QLabel, QLineEdit, QPushButton,
                               QStackedWidget, QVBoxLayout, QWidget)

from app.errors import KmbError

from ..context import UiContext
from .lazy import LazyLoad
from .record_editor import RecordEditor
from .table_model import ROW_ROLE, Col, RowsModel
from .tables import list_table


class ListDetailPage(QWidget):
    """A subclass builds its editor and filters, calls ``__init__`` with them and
    implements ``row_query()`` (on the GUI thread: reads the search and filters
    and returns a function that reads the rows, run off the GUI thread; it may
    raise KmbError), ``summary_text(rows)`` and ``create_record()`` (the new
    record's id, or None when the person cancelled or the service refused).
    ``editor`` may be a function that builds it: a record form has hundreds of
    widgets, built then when a record is first opened, not with the list."""

    # the change that refreshes the list
    TABLE = ""

    def __init__(self, ctx: UiContext, *, title: str, search_hint: str, columns: list[Col],
                 table_name: str, widths: Sequence[int],
                 editor: RecordEditor | Callable[[], RecordEditor],
                 filters: Sequence[QComboBox] = (), new_text: str = "",
                 can_create: bool = False, parent: QWidget | None = None):
        super().__init__(parent)
        self.ctx = ctx
        self.stack = QStackedWidget()
        self.list_view = QWidget()
        title_label = QLabel(title)
        title_label.setObjectName("pageTitle")
        self.search = QLineEdit()
        self.search.setPlaceholderText(search_hint)
        self.search.setClearButtonEnabled(True)
        self.new_button = QPushButton(new_text)
        self.new_button.setProperty("primary", True)
        self.new_button.clicked.connect(self.new_record)
        self.new_button.setVisible(can_create)
        self.open_button = QPushButton(self.tr("Otevřít"))
        self.open_button.clicked.connect(self.open_current)
        self.model = self.make_model(columns)
        self.table = list_table(self.model, table_name)
        for col, width in enumerate(widths):
            self.table.setColumnWidth(col, width)
        self.table.activated.connect(lambda idx: self.open_row(idx.row()))
        self.table.doubleClicked.connect(lambda idx: self.open_row(idx.row()))
        self.summary = QLabel()
        self.summary.setObjectName("muted")

        top = QHBoxLayout()
        top.addWidget(title_label)
        top.addSpacing(16)
        top.addWidget(self.search, 1)
        for combo in filters:
            top.addWidget(combo)
        top.addWidget(self.open_button)
        top.addWidget(self.new_button)
        lv = QVBoxLayout(self.list_view)
        lv.setContentsMargins(18, 14, 18, 10)
        lv.addLayout(top)
        lv.addWidget(self.table, 1)
        lv.addWidget(self.summary)

        self._editor: RecordEditor | None = None
        self._make_editor = editor if not isinstance(editor, QWidget) else (lambda: editor)
        self.stack.addWidget(self.list_view)
        if isinstance(editor, QWidget):
            self.editor                         # noqa: B018 – built already: add it now
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.stack)

        self._debounce = QTimer(self, singleShot=True, interval=200)
        self._debounce.timeout.connect(self.refresh)
        self.search.textChanged.connect(lambda _t: self._debounce.start())
        for combo in filters:
            combo.currentIndexChanged.connect(self.refresh)
        ctx.changes.watch(self, self._refresh_if_listed, self.TABLE)
        self.loader = LazyLoad(self.list_view, None, self.row_query, self._fill,
                               on_failed=self._failed)

    # -- what a subclass provides ----------------------------------------------------
    def make_model(self, columns: list[Col]) -> RowsModel:
        """The list's model (a subclass may show its rows a chunk at a time)."""
        return RowsModel(columns)

    def row_query(self) -> Callable[[], list[Any]]:  # pragma: no cover – subclasses
        raise NotImplementedError

    def summary_text(self, rows: list[Any]) -> str:  # pragma: no cover – subclasses
        raise NotImplementedError

    def create_record(self) -> str | None:  # pragma: no cover – subclasses
        raise NotImplementedError

    # -- the list --------------------------------------------------------------------
    def refresh(self) -> None:
        self._debounce.stop()
        self.loader.load()

    def _fill(self, rows: list[Any]) -> None:
        self.model.set_rows(rows)
        self.summary.setText(self.summary_text(rows))

    def _failed(self, exc: Exception) -> None:
        self.model.set_rows([])
        self.summary.setText(exc.message if isinstance(exc, KmbError)
                             else self.tr("Seznam se nepodařilo načíst."))

    def _refresh_if_listed(self) -> None:
        if self.stack.currentWidget() is self.list_view and self.loader.loaded:
            self.refresh()

    # -- the open record -------------------------------------------------------------
    @property
    def editor(self) -> RecordEditor:
        """The record editor, built the first time it is needed."""
        if self._editor is None:
            self._editor = self._make_editor()
            self._editor.back_requested.connect(self.show_list)
            self.stack.addWidget(self._editor)
        return self._editor

    def open_row(self, row: int) -> None:
        r = self.model.index(row, 0).data(ROW_ROLE)
        if r is not None:
            self.open_record(r.id)

    def open_current(self) -> None:
        self.open_row(self.table.currentIndex().row())

    def open_record(self, record_id: str) -> None:
        if self.editor.open(record_id):
            self.stack.setCurrentWidget(self.editor)

    def show_list(self) -> None:
        self.stack.setCurrentWidget(self.list_view)
        self.refresh()

    def new_record(self) -> None:
        new_id = self.create_record()
        if new_id is not None:
            self.open_record(new_id)

    def can_close(self) -> bool:
        return (self._editor is None or self.stack.currentWidget() is not self._editor
                or self._editor.can_leave())
