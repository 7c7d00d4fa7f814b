"""The one way a list is shown as a table: whole-row selection, alternating
rows, no grid, left-aligned headers, compact rows."""
from __future__ import annotations

from PySide6.QtCore import QAbstractItemModel, Qt
from PySide6.QtWidgets import QAbstractItemView, QHeaderView, QTableView

from .table_model import RowsModel


def list_table(model: QAbstractItemModel, name: str = "", *, fit_contents: bool = False,
               row_height: int = 26) -> QTableView:
    """A read-only table view over ``model``. ``fit_contents`` sizes columns to
    their contents (short lists); otherwise the person resizes them."""
    view = QTableView()
    if name:
        view.setObjectName(name)
    view.setModel(model)
    view.setSelectionBehavior(QAbstractItemView.SelectRows)
    view.setSelectionMode(QAbstractItemView.SingleSelection)
    view.setEditTriggers(QAbstractItemView.NoEditTriggers)
    view.setAlternatingRowColors(True)
    view.setShowGrid(False)
    view.setWordWrap(False)
    view.verticalHeader().hide()
    view.verticalHeader().setDefaultSectionSize(row_height)
    header = view.horizontalHeader()
    header.setDefaultAlignment(Qt.AlignLeft | Qt.AlignVCenter)
    if fit_contents:
        header.setResizeContentsPrecision(100)   # measure the first rows only
        header.setSectionResizeMode(QHeaderView.ResizeToContents)
    else:
        header.setSectionResizeMode(QHeaderView.Interactive)
    header.setStretchLastSection(True)
    return view


def table(model: RowsModel, name: str) -> QTableView:
    return list_table(model, name)


def fit_columns(view: QTableView, widths: list[int], stretch: int | None = None) -> None:
    """Column widths; ``stretch`` takes the remaining space (instead of the last)."""
    for i, w in enumerate(widths):
        view.setColumnWidth(i, w)
    if stretch is not None:
        header = view.horizontalHeader()
        header.setStretchLastSection(False)
        header.setSectionResizeMode(stretch, QHeaderView.Stretch)


def selected_row(view: QTableView):
    index = view.selectionModel().currentIndex() if view.selectionModel() else None
    if index is None or not index.isValid():
        return None
    return view.model().row(index.row())
