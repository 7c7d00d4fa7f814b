"""Statistiky: the tables of app.stats for a period (every area's sections),
one at a time as a table and a bar chart, exported to CSV or Excel."""
from __future__ import annotations

import datetime as dt
from pathlib import Path

from PySide6.QtCore import QT_TRANSLATE_NOOP, Qt
from PySide6.QtWidgets import (QComboBox, QFileDialog, QHBoxLayout, QHeaderView, QLabel,
                               QListWidget, QListWidgetItem, QPushButton, QScrollArea, QSplitter,
                               QVBoxLayout, QWidget)

from app.errors import Cancelled, KmbError, ValidationError
from app.files import write_atomic
from app.stats import StatsTable, compute, to_csv, to_xlsx

from ..labels import shown_date
from ..context import UiContext
from ..widgets.tables import list_table
from ..ops import read_op, write_op
from ..widgets.bar_chart import BarChart
from ..widgets.fields import DateField
from ..widgets.sections import error_label, mark
from ..widgets.table_model import Col, RowsModel

PRESETS = [
    (QT_TRANSLATE_NOOP("StatsPage", "Letos"), "year"),
    (QT_TRANSLATE_NOOP("StatsPage", "Loni"), "last_year"),
    (QT_TRANSLATE_NOOP("StatsPage", "Tento měsíc"), "month"),
    (QT_TRANSLATE_NOOP("StatsPage", "Minulý měsíc"), "last_month"),
    (QT_TRANSLATE_NOOP("StatsPage", "Posledních 12 měsíců"), "12m"),
    (QT_TRANSLATE_NOOP("StatsPage", "Vlastní období"), None),
]


def preset_period(key: str, today: dt.date) -> tuple[dt.date, dt.date]:
    if key == "year":
        return dt.date(today.year, 1, 1), dt.date(today.year, 12, 31)
    if key == "last_year":
        return dt.date(today.year - 1, 1, 1), dt.date(today.year - 1, 12, 31)
    first = today.replace(day=1)
    if key == "month":
        nxt = (first + dt.timedelta(days=32)).replace(day=1)
        return first, nxt - dt.timedelta(days=1)
    if key == "last_month":
        end = first - dt.timedelta(days=1)
        return end.replace(day=1), end
    return today - dt.timedelta(days=364), today


def _numeric(table: StatsTable) -> list[str]:
    fields = [c[0] for c in table.columns if c[0] not in ("key", "label")]
    return [f for f in fields if table.rows and all(
        isinstance(r.get(f), (int, float)) and not isinstance(r.get(f), bool)
        for r in table.rows)]


class StatsPage(QWidget):
    def __init__(self, ctx: UiContext, parent: QWidget | None = None):
        super().__init__(parent)
        self.ctx = ctx
        self.tables: list[StatsTable] = []
        self.loading = False
        self.exported: Path | None = None
        title = QLabel(self.tr("Statistiky"))
        title.setObjectName("pageTitle")
        self.preset = QComboBox()
        self.preset.setObjectName("statsPreset")
        for text, key in PRESETS:
            self.preset.addItem(self.tr(text), key)
        self.date_from = DateField()
        self.date_from.setObjectName("statsFrom")
        self.date_to = DateField()
        self.date_to.setObjectName("statsTo")
        self.error = error_label()
        self.show_button = QPushButton(self.tr("Zobrazit"))
        self.show_button.setProperty("primary", True)
        self.show_button.clicked.connect(self.refresh)
        self.export_button = QPushButton(self.tr("Exportovat…"))
        self.export_button.setToolTip(self.tr("Uložit všechny tabulky do CSV nebo Excelu"))
        self.export_button.clicked.connect(self.export)
        top = QHBoxLayout()
        top.addWidget(title)
        top.addSpacing(16)
        top.addWidget(QLabel(self.tr("Období")))
        top.addWidget(self.preset)
        top.addWidget(self.date_from)
        top.addWidget(QLabel("–"))
        top.addWidget(self.date_to)
        top.addWidget(self.show_button)
        top.addStretch(1)
        top.addWidget(self.export_button)

        self.list = QListWidget()
        self.list.setObjectName("statsTables")
        self.list.setMaximumWidth(320)
        self.list.setWordWrap(True)
        self.list.setHorizontalScrollBarPolicy(Qt.ScrollBarAlwaysOff)
        self.list.setStyleSheet("QListWidget::item { padding: 5px 4px; }")
        self.list.currentRowChanged.connect(self._show_table)
        self.table_title = QLabel()
        self.table_title.setObjectName("sectionTitle")
        self.model = RowsModel([])
        self.table = list_table(self.model, "statsTable", row_height=24)
        self.chart_title = QLabel()
        self.chart_title.setObjectName("muted")
        self.chart = BarChart(value_format=lambda v: f"{v:,.0f}".replace(",", " "))
        self.chart.setObjectName("statsChart")
        chart_scroll = QScrollArea()
        chart_scroll.setWidget(self.chart)
        chart_scroll.setWidgetResizable(True)
        chart_scroll.setMinimumHeight(200)
        right = QWidget()
        rv = QVBoxLayout(right)
        rv.setContentsMargins(8, 0, 0, 0)
        rv.addWidget(self.table_title)
        rv.addWidget(self.table, 3)
        rv.addWidget(self.chart_title)
        rv.addWidget(chart_scroll, 2)
        self.splitter = QSplitter(Qt.Horizontal)
        self.splitter.addWidget(self.list)
        self.splitter.addWidget(right)
        self.splitter.setSizes([260, 820])
        layout = QVBoxLayout(self)
        layout.setContentsMargins(18, 14, 18, 10)
        layout.addLayout(top)
        layout.addWidget(self.error)
        layout.addWidget(self.splitter, 1)
        self.status = QLabel()
        self.status.setObjectName("muted")
        layout.addWidget(self.status)

        self.preset.currentIndexChanged.connect(self._preset)
        for f in (self.date_from, self.date_to):
            f.textEdited.connect(lambda _: self.preset.setCurrentIndex(self.preset.count() - 1))
            f.returnPressed.connect(self.refresh)
        self._preset()

    def _preset(self) -> None:
        key = self.preset.currentData()
        if key is None:
            return
        d_from, d_to = preset_period(key, dt.date.today())
        self.date_from.set_value(d_from)
        self.date_to.set_value(d_to)
        self.refresh()

    def period(self) -> tuple[dt.date, dt.date]:
        d_from = self.date_from.value("date_from")
        d_to = self.date_to.value("date_to")
        if d_from is None or d_to is None:
            raise ValidationError(self.tr("Zadejte začátek i konec období."), field="date_from")
        if d_from > d_to:
            raise ValidationError(self.tr("Začátek období je po jeho konci."), field="date_from")
        return d_from, d_to

    def refresh(self) -> None:
        """Compute the tables of the period off the GUI thread (every area's sections)."""
        mark(self.date_from, self.error, None)
        mark(self.date_to, None, None)
        try:
            d_from, d_to = self.period()
        except ValidationError as exc:
            widget = self.date_to if exc.field == "date_to" else self.date_from
            mark(widget, self.error, exc.message)
            return
        db, actor = self.ctx.db, self.ctx.actor
        self.loading = True
        self.status.setText(self.tr("Počítám statistiky…"))
        read_op(self, lambda: compute(db, actor, d_from, d_to), self._fill, key="stats",
                failed=self._failed, show_errors=False)

    def _failed(self, exc: Exception) -> None:
        self.loading = False
        self.status.setText("")
        self.error.setText(exc.message if isinstance(exc, KmbError) else str(exc))
        self.error.show()

    def _fill(self, tables: list[StatsTable]) -> None:
        self.loading = False
        self.status.setText("")
        self.tables = tables
        current = self.list.currentRow()
        self.list.blockSignals(True)
        self.list.clear()
        for t in self.tables:
            self.list.addItem(QListWidgetItem(t.title))
        self.list.blockSignals(False)
        self.list.setCurrentRow(current if 0 <= current < len(self.tables) else 0)
        self._show_table(self.list.currentRow())

    def ready(self) -> bool:
        """The tables of the period are shown (tests wait for this)."""
        return not self.loading

    def _show_table(self, index: int) -> None:
        if not 0 <= index < len(self.tables):
            self.model.set_rows([])
            self.chart.set_data([])
            return
        t = self.tables[index]
        shown = [c for c in t.columns if c[0] != "key"] or t.columns
        self.model.columns = [Col(header, (lambda r, f=f: r.get(f)),
                                  align_right=f in _numeric(t), context="StatsColumns")
                              for f, header in shown]
        self.model.set_rows(t.rows)
        header = self.table.horizontalHeader()
        header.setStretchLastSection(False)
        header.setSectionResizeMode(QHeaderView.ResizeToContents)
        header.setMinimumSectionSize(90)
        if self.model.columnCount():
            header.setSectionResizeMode(0, QHeaderView.Stretch)
        self.table_title.setText(t.title)
        numeric = _numeric(t)
        label_field = "label" if any(c[0] == "label" for c in t.columns) else t.columns[0][0]
        if numeric:
            field = numeric[0]
            head = next(h for f, h in t.columns if f == field)
            self.chart_title.setText(self.tr("Graf: {0}").format(head))
            self.chart.set_data([(str(r.get(label_field) or ""), r.get(field) or 0)
                                 for r in t.rows])
        else:
            self.chart_title.setText("")
            self.chart.set_data([])

    def export(self) -> None:
        try:
            d_from, d_to = self.period()
        except ValidationError as exc:
            mark(self.date_from, self.error, exc.message)
            return
        suggested = f"statistiky-{d_from.isoformat()}-{d_to.isoformat()}.xlsx"
        path, chosen = QFileDialog.getSaveFileName(
            self, self.tr("Exportovat statistiky"), str(Path.home() / suggested),
            self.tr("Sešit Excel (*.xlsx);;CSV pro Excel (*.csv)"))
        if not path:
            return
        self.export_to(Path(path), d_from, d_to)

    def export_to(self, path: Path, d_from: dt.date, d_to: dt.date):
        """Compute, write and save off the GUI thread, with progress; *Zrušit*
        works until the file is written (then nothing is saved). Returns the op."""
        if path.suffix.lower() not in (".csv", ".xlsx"):
            path = path.with_suffix(".xlsx")
        db, actor = self.ctx.db, self.ctx.actor
        # texts translated here: the work runs in a worker thread, away from the widgets
        computing, preparing, saving = (self.tr("Počítám statistiky…"),
                                        self.tr("Připravuji soubor…"), self.tr("Ukládám…"))
        stopped = self.tr("Export byl zrušen; nic se neuložilo.")

        def work(progress, cancelled) -> Path:
            progress(computing, 5)
            tables = compute(db, actor, d_from, d_to)
            if cancelled():
                raise Cancelled(stopped)
            progress(preparing, 60)
            data = (to_csv(tables).encode("utf-8") if path.suffix.lower() == ".csv"
                    else to_xlsx(tables))
            if cancelled():
                raise Cancelled(stopped)
            progress(saving, 95)
            write_atomic(path, data)        # the "commit": after this the file is there
            return path

        self.exported = None
        return write_op(self, self.tr("Exportuji statistiky…"), work,
                        lambda saved: self._exported(saved, d_from, d_to), cancellable=True,
                        cancelled=lambda: self.status.setText(
                            self.tr("Export zrušen; nic se neuložilo.")))

    def _exported(self, path: Path, d_from: dt.date, d_to: dt.date) -> None:
        self.exported = path
        self.status.setText(self.tr("Uloženo: {0} (období {1} – {2})").format(
            path, shown_date(d_from), shown_date(d_to)))
