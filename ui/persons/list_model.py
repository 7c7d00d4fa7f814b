"""Klienti list model: holds one page of rows at a time and fetches the next
page only when the view scrolls to it (canFetchMore / fetchMore), so opening
the list on 100k persons reads 200 rows. It knows nothing of SQL: it gets a
page function from app/ (keyset paging) and plain row objects back."""
from __future__ import annotations

from typing import Callable

from PySide6.QtCore import (
    QT_TRANSLATE_NOOP,
    QAbstractTableModel,
    QCoreApplication,
    QModelIndex,
    Qt,
)

from app.formatting import format_date
from app.people.search import PAGE_SIZE, PersonRow

FetchPage = Callable[[str, tuple[str, str] | None, int], list[PersonRow]]

COL_NAME, COL_BORN, COL_ADDRESS = range(3)
ID_ROLE = Qt.UserRole + 1


class PersonListModel(QAbstractTableModel):
    HEADERS = (
        QT_TRANSLATE_NOOP("PersonListModel", "Příjmení a jméno"),
        QT_TRANSLATE_NOOP("PersonListModel", "Narozen(a)"),
        QT_TRANSLATE_NOOP("PersonListModel", "Trvalé bydliště"),
    )

    def __init__(self, fetch_page: FetchPage, page_size: int = PAGE_SIZE, parent=None):
        super().__init__(parent)
        self._fetch = fetch_page
        self._page = page_size
        self._rows: list[PersonRow] = []
        self._query = ""
        self._exhausted = True
        self.pages_loaded = 0

    # -- query ---------------------------------------------------------------
    def set_query(self, text: str, first_page: list[PersonRow] | None = None) -> None:
        """Show ``text``'s matches; ``first_page``: its first page, already read
        (with the count, app.people.search.search_and_count)."""
        self.beginResetModel()
        self._query = text
        self._rows = []
        self._exhausted = False
        self.pages_loaded = 0
        self.endResetModel()
        if first_page is None:
            self.fetchMore(QModelIndex())
        else:
            self._add_page(first_page)

    @property
    def page_size(self) -> int:
        return self._page

    def row_id(self, row: int) -> str | None:
        return self._rows[row].id if 0 <= row < len(self._rows) else None

    # -- lazy loading --------------------------------------------------------
    def canFetchMore(self, parent=QModelIndex()) -> bool:
        return not parent.isValid() and not self._exhausted

    def fetchMore(self, parent=QModelIndex()) -> None:
        if parent.isValid() or self._exhausted:
            return
        after = (self._rows[-1].sort_key, self._rows[-1].id) if self._rows else None
        self._add_page(self._fetch(self._query, after, self._page))

    def _add_page(self, page: list[PersonRow]) -> None:
        self.pages_loaded += 1
        if len(page) < self._page:
            self._exhausted = True
        if page:
            first = len(self._rows)
            self.beginInsertRows(QModelIndex(), first, first + len(page) - 1)
            self._rows.extend(page)
            self.endInsertRows()

    # -- model ---------------------------------------------------------------
    def rowCount(self, parent=QModelIndex()) -> int:
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent=QModelIndex()) -> int:
        return 0 if parent.isValid() else len(self.HEADERS)

    def headerData(self, section, orientation, role=Qt.DisplayRole):
        if orientation == Qt.Horizontal and role == Qt.DisplayRole:
            return QCoreApplication.translate("PersonListModel", self.HEADERS[section])
        return None

    def data(self, index: QModelIndex, role=Qt.DisplayRole):
        if not index.isValid():
            return None
        row = self._rows[index.row()]
        if role == Qt.DisplayRole:
            if index.column() == COL_NAME:
                return row.name
            if index.column() == COL_BORN:
                return format_date(row.birth_date)
            return row.address
        if role == ID_ROLE:
            return row.id
        return None
