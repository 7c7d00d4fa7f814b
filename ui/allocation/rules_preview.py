"""Beside the rules form: the rule set in plain Czech as it is being edited,
and a live what-if — a short while after each change the draft is compared
with the current rules on every vacant flat, off the UI thread."""
from __future__ import annotations

from typing import Callable

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, Qt, QTimer
from PySide6.QtWidgets import QLabel, QScrollArea, QTabWidget, QVBoxLayout, QWidget

from app.allocation import whatif
from app.allocation.rules import Rules

from ..context import UiContext
from ..ops import read_op
from ..widgets.table_model import Col, WholeOnHoverModel
from ..widgets.tables import list_table

_T = "RulesPreview"


def _line(f: whatif.FlatComparison) -> str:
    first = f.top_after or "—"
    return QCoreApplication.translate("RulesPreview", "{0}\nzměn: {1} · první: {2}").format(
        f.flat_short, f.changed, first)


def _whole(f: whatif.FlatComparison) -> str:
    return QCoreApplication.translate(
        "RulesPreview", "{0}\nPrvní dnes: {1}\nPrvní podle návrhu: {2}\nZměn pořadí: {3}").format(
        f.flat_label, f.top_before or "—", f.top_after or "—", f.changed)


PREVIEW_COLUMN = Col(QT_TRANSLATE_NOOP("RulesPreview", "Volný byt"), _line, context=_T)


class WholeLabel(QLabel):
    """A wrapped label as tall as its text needs at its width (a tab page
    does not pass height-for-width on)."""

    def resizeEvent(self, event) -> None:  # noqa: N802 – Qt's name
        super().resizeEvent(event)
        self._fit()

    def setText(self, text: str) -> None:  # noqa: N802 – Qt's name
        super().setText(text)
        self._fit()

    def _fit(self) -> None:
        self.setMinimumHeight(max(self.heightForWidth(self.width()), 0))


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
        self.summary = WholeLabel()                # the whole sentence, even when narrow
        self.summary.setWordWrap(True)
        self.summary.setAlignment(Qt.AlignTop | Qt.AlignLeft)
        # narrow beside the form: one flat a row, on two lines (which flat; who
        # would be first and how many move), never scrolling sideways
        self.flat_model = WholeOnHoverModel([PREVIEW_COLUMN], whole={0: _whole})
        line = self.fontMetrics().lineSpacing()
        self.flats = list_table(self.flat_model, "rulesPreviewFlats", row_height=2 * line + 8)
        self.flats.setHorizontalScrollBarPolicy(Qt.ScrollBarAlwaysOff)
        self.flats.setTextElideMode(Qt.ElideRight)
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
