"""Beside the rules form: the rule set in plain Czech as it is being edited,
and a live what-if — a short while after each change the draft is compared
with the current rules on every vacant flat, off the UI thread."""
from __future__ import annotations

from typing import Callable

from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import QLabel, QScrollArea, QTabWidget, QVBoxLayout, QWidget

from app.allocation import whatif
from app.allocation.rules import Rules

from ..context import UiContext
from ..ops import read_op
from ..widgets.table_model import RowsModel
from ..widgets.tables import list_table
from .whatif_view import FLAT_COLUMNS


class RulesPreview(QTabWidget):
    def __init__(self, ctx: UiContext, draft: Callable[[], Rules | None],
                 parent: QWidget | None = None):
        super().__init__(parent)
        self.ctx = ctx
        self.draft = draft
        self.result: whatif.WhatIf | None = None
        self.overview = QLabel()
        self.overview.setObjectName("rulesFormOverview")
        self.overview.setWordWrap(True)
        self.overview.setTextFormat(Qt.RichText)
        self.overview.setAlignment(Qt.AlignTop | Qt.AlignLeft)
        scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        scroll.setWidget(self.overview)
        self.summary = QLabel()
        self.summary.setWordWrap(True)
        self.summary.setMinimumHeight(72)          # the whole sentence, even when narrow
        self.summary.setAlignment(Qt.AlignTop | Qt.AlignLeft)
        # narrow beside the form: how many move, who would be first, which flat
        self.flat_model = RowsModel([FLAT_COLUMNS[5], FLAT_COLUMNS[3], FLAT_COLUMNS[0]])
        self.flats = list_table(self.flat_model, "rulesPreviewFlats", fit_contents=True,
                                row_height=24)
        page = QWidget()
        v = QVBoxLayout(page)
        v.setContentsMargins(0, 4, 0, 0)
        v.addWidget(self.summary)
        v.addWidget(self.flats, 1)
        self.addTab(scroll, self.tr("Přehled"))
        self.addTab(page, self.tr("Co kdyby"))
        self._timer = QTimer(self, singleShot=True, interval=900)
        self._timer.timeout.connect(self._run)
        self.currentChanged.connect(lambda _i: self.refresh())

    def set_overview(self, html_text: str) -> None:
        self.overview.setText(html_text)

    def refresh(self) -> None:
        """Compare again soon (only while the what-if page is shown)."""
        if self.currentIndex() == 1:
            self._timer.start()

    def _run(self) -> None:
        rules = self.draft()
        if rules is None:
            self.summary.setText(self.tr("Návrh obsahuje chyby; porovnání počká na opravu."))
            return
        self.summary.setText(self.tr("Porovnávám s platnými pravidly…"))
        db, actor = self.ctx.db, self.ctx.actor
        read_op(self, lambda: whatif.compare(db, actor, rules), self._done, key="rulesPreview")

    def _done(self, result: whatif.WhatIf | None) -> None:
        if result is None:
            return
        self.result = result
        changed = sum(1 for f in result.flats if f.changed)
        other_first = sum(1 for f in result.flats if f.top_before != f.top_after)
        moved = sum(f.changed for f in result.flats)
        self.summary.setText(self.tr(
            "Proti platným pravidlům ({0}): pořadí se mění u {1} z {2} volných bytů "
            "(posunů celkem {3}), jiná domácnost by byla první u {4}.").format(
            result.current_name, changed, len(result.flats), moved, other_first))
        self.flat_model.set_rows(result.flats)
