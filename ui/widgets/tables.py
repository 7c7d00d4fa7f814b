"""The one way a list is shown as a table: whole-row selection, alternating
rows, no grid, left-aligned headers, compact rows."""
from __future__ import annotations

from PySide6.QtCore import QAbstractItemModel, Qt
from PySide6.QtWidgets import QAbstractItemView, QHeaderView, QTableView


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
