"""A list model that shows its rows a chunk at a time and tells namesakes
apart only in the chunks shown.

A city office has thousands of cases whose clients' names repeat ~20×: telling
every listed name apart at once reads tens of thousands of persons. The list
is read (off the GUI thread, see ``LazyLoad``) with its first chunk told apart;
the view asks for the next chunk as the person scrolls to it (Qt's
``fetchMore``), the rows appear at once and ``tell_apart(rows)`` runs in the
background for them, after which their names are replaced.

    self.model = ChunkedRowsModel(COLUMNS, lambda rows: tell_cases_apart(db, actor, rows),
                                  owner=self)
"""
from __future__ import annotations

from typing import Any, Callable, Sequence

from PySide6.QtCore import QModelIndex
from PySide6.QtWidgets import QWidget

from ..ops import read_op
from .table_model import Col, RowsModel

TellApart = Callable[[list], list]


class ChunkedRowsModel(RowsModel):
    def __init__(self, columns: Sequence[Col], tell_apart: TellApart, owner: QWidget,
                 chunk: int = 100, parent=None):
        super().__init__(columns, parent)
        self.all: list = []           # every row read; ``rows`` are those shown
        self._tell_apart = tell_apart
        self._owner = owner
        self._chunk = chunk
        self._generation = 0          # a new read makes older labelling moot
        self._pending = 0

    def set_rows(self, rows: list) -> None:
        """The rows of a read whose first chunk is already told apart."""
        self._generation += 1
        self.all = list(rows)
        super().set_rows(self.all[:self._chunk])

    def ready(self) -> bool:
        """No chunk waits for its names to be told apart (tests wait for this)."""
        return self._pending == 0

    def canFetchMore(self, parent=QModelIndex()) -> bool:  # noqa: N802 – Qt's name
        return not parent.isValid() and len(self.rows) < len(self.all)

    def fetchMore(self, parent=QModelIndex()) -> None:  # noqa: N802 – Qt's name
        start = len(self.rows)
        more = self.all[start:start + self._chunk]
        if parent.isValid() or not more:
            return
        self.beginInsertRows(QModelIndex(), start, start + len(more) - 1)
        self.rows.extend(more)
        self.endInsertRows()
        self._label(start, more)

    def show_up_to(self, index: int) -> None:
        """Fetch the chunks up to row ``index`` (a row to select further down)."""
        while index >= len(self.rows) and self.canFetchMore():
            self.fetchMore()

    def _label(self, start: int, rows: list) -> None:
        generation, tell = self._generation, self._tell_apart
        self._pending += 1
        read_op(self._owner, lambda: tell(rows),
                lambda told: self._labelled(generation, start, told),
                key=f"chunk-{id(self)}-{generation}-{start}",
                failed=lambda _exc: self._labelled(generation, start, None),
                show_errors=False)

    def _labelled(self, generation: int, start: int, told: list[Any] | None) -> None:
        self._pending -= 1
        if told is None or generation != self._generation:
            return                    # failed (signed out …) or a newer read: plain names stay
        end = start + len(told)
        self.rows[start:end] = told
        self.all[start:end] = told
        self.dataChanged.emit(self.index(start, 0), self.index(end - 1, self.columnCount() - 1))
