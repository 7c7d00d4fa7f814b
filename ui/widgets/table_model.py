"""A small read-only table model over a list of plain rows (dataclasses or
dicts), for the shorter lists (flats, partners, tasks …). Long lists (persons)
use their own lazily paged model."""
from __future__ import annotations

from dataclasses import dataclass
from typing import Any, Callable, Sequence

from PySide6.QtCore import QAbstractTableModel, QCoreApplication, QModelIndex, Qt

ROW_ROLE = Qt.UserRole + 1


@dataclass(frozen=True)
class Col:
    header: str                        # Czech source text (translated at display time)
    value: Callable[[Any], Any]        # row -> display text
    align_right: bool = False
    context: str = "columns"


class RowsModel(QAbstractTableModel):
    def __init__(self, columns: Sequence[Col], parent=None):
        super().__init__(parent)
        self.columns = list(columns)
        self.rows: list = []

    def set_rows(self, rows: list) -> None:
        self.beginResetModel()
        self.rows = list(rows)
        self.endResetModel()

    def row(self, index: int):
        return self.rows[index] if 0 <= index < len(self.rows) else None

    def rowCount(self, parent=QModelIndex()) -> int:
        return 0 if parent.isValid() else len(self.rows)

    def columnCount(self, parent=QModelIndex()) -> int:
        return 0 if parent.isValid() else len(self.columns)

    def headerData(self, section, orientation, role=Qt.DisplayRole):
        if orientation == Qt.Horizontal and role == Qt.DisplayRole:
            col = self.columns[section]
            return QCoreApplication.translate(col.context, col.header)
        return None

    def data(self, index: QModelIndex, role=Qt.DisplayRole):
        if not index.isValid():
            return None
        row = self.rows[index.row()]
        col = self.columns[index.column()]
        if role == Qt.DisplayRole:
            value = col.value(row)
            return "" if value is None else str(value)
        if role == Qt.TextAlignmentRole and col.align_right:
            return int(Qt.AlignRight | Qt.AlignVCenter)
        if role == ROW_ROLE:
            return row
        return None


class WholeOnHoverModel(RowsModel):
    """Rows whose cells a ColumnFitter may elide: each is read whole on hover
    (``whole``: a longer form for a column, e.g. the address with its town)."""

    def __init__(self, columns: Sequence[Col], whole: dict[int, Callable[[Any], str]] | None = None,
                 parent=None):
        super().__init__(columns, parent)
        self.whole = whole or {}

    def data(self, index: QModelIndex, role=Qt.DisplayRole):
        if role == Qt.ToolTipRole and index.isValid():
            longer = self.whole.get(index.column())
            if longer is not None:
                return longer(self.rows[index.row()])
            return super().data(index, Qt.DisplayRole) or None
        return super().data(index, role)
