"""The occupancy and quota panel of the Byty page: each category's flats,
share of the stock against the town's target, and how many are occupied,
vacant or under repair."""
from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, Qt
from PySide6.QtGui import QColor
from PySide6.QtWidgets import QHeaderView, QLabel, QTableView, QVBoxLayout, QWidget

from app.housing.stock import StockRow, stock_overview
from ui.labels import tl as label

from ..context import UiContext
from ..ops import read_op
from ..widgets.table_model import Col, RowsModel

_T = "QuotaPanel"


def pct(value: float | None) -> str:
    if value is None:
        return "—"
    return f"{value:.1f} %".replace(".", ",")


def _difference(r: StockRow) -> str:
    if r.difference is None:
        return QCoreApplication.translate("QuotaPanel", "cíl nenastaven")
    if r.difference == 0:
        return QCoreApplication.translate("QuotaPanel", "splněno")
    if r.difference > 0:
        return QCoreApplication.translate("QuotaPanel", "o {0} víc").format(r.difference)
    return QCoreApplication.translate("QuotaPanel", "chybí {0}").format(-r.difference)


COLUMNS = [
    Col(QT_TRANSLATE_NOOP("QuotaPanel", "Kategorie"), lambda r: label(r.category), context=_T),
    Col(QT_TRANSLATE_NOOP("QuotaPanel", "Bytů"), lambda r: r.flats, True, _T),
    Col(QT_TRANSLATE_NOOP("QuotaPanel", "Podíl fondu"), lambda r: pct(r.share_pct), True, _T),
    Col(QT_TRANSLATE_NOOP("QuotaPanel", "Cílový podíl"), lambda r: pct(r.target_pct), True, _T),
    Col(QT_TRANSLATE_NOOP("QuotaPanel", "Cíl (bytů)"),
        lambda r: "—" if r.target_flats is None else r.target_flats, True, _T),
    Col(QT_TRANSLATE_NOOP("QuotaPanel", "Proti cíli"), _difference, context=_T),
    Col(QT_TRANSLATE_NOOP("QuotaPanel", "Obsazeno"), lambda r: r.occupied, True, _T),
    Col(QT_TRANSLATE_NOOP("QuotaPanel", "Volné"), lambda r: r.vacant, True, _T),
    Col(QT_TRANSLATE_NOOP("QuotaPanel", "V opravě"), lambda r: r.repair, True, _T),
    Col(QT_TRANSLATE_NOOP("QuotaPanel", "Přiděleno za 12 měsíců"), lambda r: r.allocated_12m,
        True, _T),
]


class _Model(RowsModel):
    def data(self, index, role=Qt.DisplayRole):
        if role == Qt.ForegroundRole and index.isValid() and index.column() == 5:
            r = self.rows[index.row()]
            if r.difference is not None and r.difference < 0:
                return QColor("#b3261e")
        return super().data(index, role)


class QuotaPanel(QWidget):
    def __init__(self, ctx: UiContext, parent: QWidget | None = None):
        super().__init__(parent)
        self.ctx = ctx
        self.title = QLabel(self.tr("Obsazenost a kvóty bytového fondu"))
        self.title.setObjectName("sectionTitle")
        self.note = QLabel()
        self.note.setObjectName("muted")
        self.note.setWordWrap(True)
        self.model = _Model(COLUMNS)
        self.table = QTableView()
        self.table.setObjectName("quotaTable")
        self.table.setModel(self.model)
        self.table.verticalHeader().hide()
        self.table.setShowGrid(False)
        self.table.setSelectionMode(QTableView.NoSelection)
        self.table.setFocusPolicy(Qt.NoFocus)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeToContents)
        header.setStretchLastSection(True)
        self.table.verticalHeader().setDefaultSectionSize(24)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 6, 0, 0)
        layout.addWidget(self.title)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.note)
        self.refresh()

    def refresh(self) -> None:
        """Count the stock off the GUI thread (every flat of a city)."""
        db, actor = self.ctx.db, self.ctx.actor
        self.loading = True
        read_op(self, lambda: stock_overview(db, actor), self._fill, key="quotas",
                failed=lambda _exc: setattr(self, "loading", False))

    def ready(self) -> bool:
        return not self.loading

    def _fill(self, o) -> None:
        self.loading = False
        self.overview = o
        self.model.set_rows(o.rows)
        self.table.setFixedHeight(self.table.horizontalHeader().sizeHint().height()
                                  + 24 * len(o.rows) + 4)
        text = self.tr("Celkem {0} bytů: obsazeno {1}, volných {2}, v opravě {3}.").format(
            o.total, o.occupied, o.vacant, o.repair)
        if not o.targets_sum:
            text += " " + self.tr("Cílové podíly kategorií nastavíte v Nastavení → "
                                  "Pravidla přidělování → Kvóty.")
        self.note.setText(text)
