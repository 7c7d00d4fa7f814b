"""Byty: the housing stock with filters by category, status and address, the
occupancy and quota panel, and — on opening a flat — its detail with the
ranked applicants, offers and the council decision."""
from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP, Qt
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QComboBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QSplitter,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from app.changes import Changes
from app.formatting import format_area, format_money
from app.housing.flats import list_flats
from app.security import Permission
from models.housing import FlatCategory, FlatStatus
from ui.labels import floor_text
from ui.labels import tl as label

from ..context import UiContext
from ..widgets.table_model import Col, RowsModel
from ..widgets.lazy import LazyLoad
from ..widgets.tables import fit_columns, list_table
from .edit import BuildingDialog, FlatDialog
from .quotas import QuotaPanel

_T = "FlatsPage"
COLUMNS = [
    Col(QT_TRANSLATE_NOOP("FlatsPage", "Adresa"), lambda f: f.address, context=_T),
    Col(QT_TRANSLATE_NOOP("FlatsPage", "Byt"), lambda f: f.number, context=_T),
    Col(QT_TRANSLATE_NOOP("FlatsPage", "Dispozice"), lambda f: f.layout, context=_T),
    Col(QT_TRANSLATE_NOOP("FlatsPage", "Plocha"), lambda f: f"{format_area(f.floor_area_m2)} m²",
        align_right=True, context=_T),
    Col(QT_TRANSLATE_NOOP("FlatsPage", "Podlaží"), lambda f: floor_text(f.floor), context=_T),
    Col(QT_TRANSLATE_NOOP("FlatsPage", "Kategorie"), lambda f: label(f.category), context=_T),
    Col(QT_TRANSLATE_NOOP("FlatsPage", "Stav"), lambda f: label(f.status), context=_T),
    Col(QT_TRANSLATE_NOOP("FlatsPage", "Nájem"), lambda f: format_money(f.rent_hal), align_right=True,
        context=_T),
    Col(QT_TRANSLATE_NOOP("FlatsPage", "Bezbariérový"), lambda f: "ano" if f.barrier_free else "",
        context=_T),
]


class FlatsPage(QWidget):
    def __init__(self, ctx: UiContext, parent: QWidget | None = None):
        super().__init__(parent)
        self.ctx = ctx
        title = QLabel(self.tr("Byty"))
        title.setObjectName("pageTitle")
        self.search = QLineEdit()
        self.search.setPlaceholderText(self.tr("Hledat ulici, číslo domu, dispozici…"))
        self.search.setClearButtonEnabled(True)
        self.category = QComboBox()
        self.category.addItem(self.tr("Všechny kategorie"), None)
        for c in FlatCategory:
            self.category.addItem(label(c), c)
        self.status = QComboBox()
        self.status.addItem(self.tr("Všechny stavy"), None)
        for s in FlatStatus:
            self.status.addItem(label(s), s)
        self.open_button = QPushButton(self.tr("Otevřít byt"))
        self.open_button.setProperty("primary", True)
        self.open_button.clicked.connect(self.open_current)
        self.new_flat_button = QPushButton(self.tr("Nový byt…"))
        self.new_flat_button.clicked.connect(self.new_flat)
        self.new_building_button = QPushButton(self.tr("Nový dům…"))
        self.new_building_button.clicked.connect(self.new_building)
        can_edit = ctx.actor.can(Permission.EDIT_FLATS)
        self.new_flat_button.setVisible(can_edit)
        self.new_building_button.setVisible(can_edit)
        self.summary = QLabel()
        self.summary.setObjectName("muted")
        self.model = RowsModel(COLUMNS)
        self.table = list_table(self.model, "flatTable")
        # fixed widths: fitting to contents would measure every cell of thousands of flats
        fit_columns(self.table, [300, 60, 85, 80, 70, 140, 90, 95])
        self.table.activated.connect(lambda idx: self.open_row(idx.row()))
        self.table.doubleClicked.connect(lambda idx: self.open_row(idx.row()))

        self.quotas = QuotaPanel(ctx)
        top = QHBoxLayout()
        top.addWidget(title)
        top.addSpacing(16)
        top.addWidget(self.search, 1)
        top.addWidget(self.category)
        top.addWidget(self.status)
        top.addWidget(self.new_building_button)
        top.addWidget(self.new_flat_button)
        listing = QWidget()
        lv = QVBoxLayout(listing)
        lv.setContentsMargins(0, 0, 0, 0)
        lv.addWidget(self.table, 1)
        bottom = QHBoxLayout()
        bottom.addWidget(self.summary, 1)
        bottom.addWidget(self.open_button)
        lv.addLayout(bottom)
        self.splitter = QSplitter(Qt.Vertical)
        self.splitter.addWidget(listing)
        self.splitter.addWidget(self.quotas)
        self.splitter.setStretchFactor(0, 3)
        self.splitter.setStretchFactor(1, 1)
        list_page = QWidget()
        layout = QVBoxLayout(list_page)
        layout.setContentsMargins(18, 14, 18, 10)
        layout.addLayout(top)
        layout.addWidget(self.splitter, 1)

        self._detail = None               # a flat's detail is built when first opened
        self._settings = None             # ... and restores the saved layout then
        self.stack = QStackedWidget()
        self.stack.addWidget(list_page)
        outer = QVBoxLayout(self)
        outer.setContentsMargins(0, 0, 0, 0)
        outer.addWidget(self.stack)

        self.search.textChanged.connect(self.refresh)
        self.category.currentIndexChanged.connect(self.refresh)
        self.status.currentIndexChanged.connect(self.refresh)
        ctx.changes.changed.connect(self._on_changes)
        # the list is read when shown and after changes, off the GUI thread
        self.summary.setText(self.tr("Načítám byty…"))
        self.loader = LazyLoad(self, ctx.changes, self._query, self._fill, "flat", "building")

    def refresh(self) -> None:
        self.loader.load()

    def _query(self):
        db, actor, text = self.ctx.db, self.ctx.actor, self.search.text()
        category, status = self.category.currentData(), self.status.currentData()
        return lambda: list_flats(db, actor, text, category=category, status=status)

    def _fill(self, rows) -> None:
        self.model.set_rows(rows)
        vacant = sum(1 for r in rows if r.status == FlatStatus.VACANT)
        self.summary.setText(self.tr("Bytů: {0} · volných: {1}").format(len(rows), vacant))

    def _on_changes(self, changes: Changes) -> None:
        if changes.touches("flat", "building", "setting", "allocation_decision"):
            self.quotas.refresh()

    # -- navigation ------------------------------------------------------------------------
    @property
    def detail(self):
        """A flat's detail (the ranking panel, offers, history: many widgets and
        imports), built the first time a flat is opened, not with the list."""
        if self._detail is None:
            from .detail import FlatDetailView
            self._detail = FlatDetailView(self.ctx)
            self._detail.back_requested.connect(self.show_list)
            QShortcut(QKeySequence("Escape"), self._detail, activated=self.show_list)
            if self._settings is not None:
                self._detail.restore_state(self._settings)
            self.stack.addWidget(self._detail)
        return self._detail

    def open_row(self, row: int) -> None:
        flat = self.model.row(row)
        if flat is not None:
            self.open_flat(flat.id)

    def open_current(self) -> None:
        index = self.table.currentIndex()
        if index.isValid():
            self.open_row(index.row())

    def open_flat(self, flat_id: str) -> FlatDetailView:
        self.detail.show_flat(flat_id)
        self.stack.setCurrentWidget(self.detail)
        return self.detail

    def show_list(self) -> None:
        self.stack.setCurrentIndex(0)
        self.table.setFocus()

    # -- editing ---------------------------------------------------------------------------
    def new_flat(self) -> None:
        dlg = FlatDialog(self.ctx, parent=self)
        if dlg.exec() and dlg.flat_id:
            self.open_flat(dlg.flat_id)

    def new_building(self) -> None:
        BuildingDialog(self.ctx, parent=self).exec()

    def save_state(self, settings) -> None:
        settings.setValue("flats/splitter", self.splitter.saveState())
        if self._detail is not None:
            self._detail.save_state(settings)

    def restore_state(self, settings) -> None:
        if settings.value("flats/splitter") is not None:
            self.splitter.restoreState(settings.value("flats/splitter"))
        self._settings = settings
