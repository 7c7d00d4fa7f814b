"""Co kdyby: the current rules against the edited draft, before the council
adopts it — per vacant flat who would be first and how many move; for the
selected flat every household's place today and under the draft; and how
the shares of the proposed allocations change."""
from __future__ import annotations

from typing import Callable

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, Qt
from PySide6.QtGui import QColor
from PySide6.QtWidgets import (QHBoxLayout, QLabel, QPushButton,
                               QSplitter, QTableView, QTabWidget, QVBoxLayout, QWidget)

from app.allocation import whatif
from app.allocation.engine import fmt_num
from app.allocation.rules import Rules
from app.czech_text import points_change
from models.housing import FlatCategory
from ui.labels import tl as label

from ..context import UiContext
from ..ops import BackgroundOp
from ..widgets.column_fit import SURNAME_FIRST_TAILS, ColumnFitter
from ..widgets.table_model import Col, RowsModel, WholeOnHoverModel
from ..widgets.tables import list_table

_T = "WhatIfView"
# a household cut keeps its "(nar. 1979)", else its start: "Horváth Š…", not "Horvá…těpán"
HOUSEHOLD_TAILS = SURNAME_FIRST_TAILS + [(r"$", None, 0)]


def _place(rank: int | None) -> str:
    return f"{rank}." if rank else QCoreApplication.translate("WhatIfView", "vyřazena")


def _change(m: whatif.Move) -> str:
    if m.rank_before is None and m.rank_after is None:
        return ""
    if m.rank_before is None:
        return QCoreApplication.translate("WhatIfView", "nově v pořadí")
    if m.rank_after is None:
        return QCoreApplication.translate("WhatIfView", "nově vyřazena")
    c = m.change
    return "=" if c == 0 else (f"↑ {c}" if c > 0 else f"↓ {-c}")


def _pct(v: float) -> str:
    return f"{v:.0f} %"


FLAT_COLUMNS = [
    Col(QT_TRANSLATE_NOOP("WhatIfView", "Byt"), lambda f: f.flat_short, context=_T),
    Col(QT_TRANSLATE_NOOP("WhatIfView", "Kategorie"),
        lambda f: label(FlatCategory(f.flat.category)), context=_T),
    Col(QT_TRANSLATE_NOOP("WhatIfView", "První\ndnes"), lambda f: f.top_before or "—",
        context=_T),
    Col(QT_TRANSLATE_NOOP("WhatIfView", "První podle\nnávrhu"), lambda f: f.top_after or "—",
        context=_T),
    Col(QT_TRANSLATE_NOOP("WhatIfView", "V pořadí\ndnes / návrh"),
        lambda f: f"{f.eligible_before} / {f.eligible_after}", True, _T),
    Col(QT_TRANSLATE_NOOP("WhatIfView", "Změn\npořadí"), lambda f: f.changed, True, _T),
]
MOVE_COLUMNS = [
    Col(QT_TRANSLATE_NOOP("WhatIfView", "Domácnost"), lambda m: m.household, context=_T),
    Col(QT_TRANSLATE_NOOP("WhatIfView", "Dnes"), lambda m: _place(m.rank_before), True, _T),
    Col(QT_TRANSLATE_NOOP("WhatIfView", "Podle\nnávrhu"), lambda m: _place(m.rank_after), True,
        _T),
    Col(QT_TRANSLATE_NOOP("WhatIfView", "Změna"), _change, context=_T),
    Col(QT_TRANSLATE_NOOP("WhatIfView", "Body\ndnes"), lambda m: fmt_num(m.total_before)
        if m.total_before is not None else "", True, _T),
    Col(QT_TRANSLATE_NOOP("WhatIfView", "Body podle\nnávrhu"), lambda m: fmt_num(m.total_after)
        if m.total_after is not None else "", True, _T),
    Col(QT_TRANSLATE_NOOP("WhatIfView", "Proč\nvyřazena"),
        lambda m: m.reason_after or m.reason_before, context=_T),
]
SHARE_COLUMNS = [
    Col(QT_TRANSLATE_NOOP("WhatIfView", "Skupina"), lambda s: s.label, context=_T),
    Col(QT_TRANSLATE_NOOP("WhatIfView", "Dnes"), lambda s: f"{s.before} ({_pct(s.before_pct)})",
        True, _T),
    Col(QT_TRANSLATE_NOOP("WhatIfView", "Podle návrhu"),
        lambda s: f"{s.after} ({_pct(s.after_pct)})", True, _T),
    Col(QT_TRANSLATE_NOOP("WhatIfView", "Rozdíl"),
        lambda s: points_change(s.after_pct - s.before_pct), True, _T),
]


def flat_model(columns: list[Col]) -> WholeOnHoverModel:
    """What-if rows per flat; the flat named whole (with its town) on hover."""
    byt = next(i for i, c in enumerate(columns) if c is FLAT_COLUMNS[0])
    return WholeOnHoverModel(columns, whole={byt: lambda f: f.flat_label})


class _MoveModel(WholeOnHoverModel):
    def data(self, index, role=Qt.DisplayRole):
        if index.isValid() and role == Qt.ForegroundRole and index.column() == 3:
            m = self.rows[index.row()]
            if m.rank_after is None or (m.change is not None and m.change < 0):
                return QColor("#b3261e")
            if m.rank_before is None or (m.change or 0) > 0:
                return QColor("#2e7d32")
        return super().data(index, role)


def _table(model, name: str) -> QTableView:
    return list_table(model, name, fit_contents=True, row_height=24)

class WhatIfView(QWidget):
    def __init__(self, ctx: UiContext, draft: Callable[[], Rules | None],
                 parent: QWidget | None = None):
        super().__init__(parent)
        self.ctx = ctx
        self.draft = draft
        self.result: whatif.WhatIf | None = None
        self.op: BackgroundOp | None = None
        self.intro = QLabel(self.tr(
            "Porovná pořadí na všech volných bytech podle platných pravidel a podle "
            "upravovaného návrhu (i neuloženého). Nic se neukládá."))
        self.intro.setWordWrap(True)
        self.intro.setObjectName("muted")
        self.run_button = QPushButton(self.tr("Porovnat s platnými pravidly"))
        self.run_button.setProperty("primary", True)
        self.run_button.clicked.connect(self.run)
        self.summary = QLabel()
        self.summary.setWordWrap(True)
        self.flat_model = flat_model(FLAT_COLUMNS)
        self.flats = _table(self.flat_model, "whatifFlats")
        # the flat always whole (street, house, flat number); the households share
        # the rest, a cut one whole on hover
        self.flat_fitter = ColumnFitter(self.flats, elastic=[2, 3], tails={
            2: HOUSEHOLD_TAILS, 3: HOUSEHOLD_TAILS})
        self.move_model = _MoveModel(MOVE_COLUMNS)
        self.moves = _table(self.move_model, "whatifMoves")
        self.move_fitter = ColumnFitter(self.moves, elastic=[0, 6], least=160,
                                        tails={0: HOUSEHOLD_TAILS})
        self.share_model = RowsModel(SHARE_COLUMNS)
        self.shares = _table(self.share_model, "whatifShares")
        self.moves_title = QLabel(self.tr("Vyberte byt"))
        self.moves_title.setObjectName("sectionTitle")
        shares_title = QLabel(self.tr(
            "Kdyby každý volný byt dostala první domácnost v jeho pořadí, která ještě žádný "
            "byt nedostala: komu by byty připadly podle žádané kategorie a podle bytové "
            "nouze – dnes a podle návrhu."))
        shares_title.setObjectName("sectionTitle")
        shares_title.setWordWrap(True)
        head = QHBoxLayout()
        head.addWidget(self.intro, 1)
        head.addWidget(self.run_button)
        flats_page = QSplitter(Qt.Vertical)
        mw = QWidget()
        mv = QVBoxLayout(mw)
        mv.setContentsMargins(0, 4, 0, 0)
        mv.addWidget(self.moves_title)
        mv.addWidget(self.moves, 1)
        flats_page.addWidget(self.flats)
        flats_page.addWidget(mw)
        shares_page = QWidget()
        sv = QVBoxLayout(shares_page)
        sv.addWidget(shares_title)
        sv.addWidget(self.shares, 1)
        self.pages = QTabWidget()
        self.pages.addTab(flats_page, self.tr("Volné byty a posuny v pořadí"))
        self.pages.addTab(shares_page, self.tr("Podíly přidělení"))
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 6, 0, 0)
        layout.addLayout(head)
        layout.addWidget(self.summary)
        layout.addWidget(self.pages, 1)
        self.flats.selectionModel().currentRowChanged.connect(
            lambda cur, _prev: self._show_flat(cur.row()))

    def run(self) -> None:
        rules = self.draft()
        if rules is None:
            self.summary.setText(self.tr("Návrh obsahuje chyby; opravte ho v Úpravách."))
            return
        db, actor = self.ctx.db, self.ctx.actor

        def work(progress, cancelled):
            return whatif.compare(db, actor, rules, progress=progress, cancelled=cancelled)
        self.run_button.setEnabled(False)
        self.op = BackgroundOp(self, self.tr("Porovnávám pravidla…"), work, cancellable=True)
        self.op.succeeded.connect(self._done)
        self.op.failed.connect(lambda _exc: self.run_button.setEnabled(True))
        self.op.cancelled.connect(lambda: self.run_button.setEnabled(True))
        self.op.start()

    def _done(self, result: whatif.WhatIf | None) -> None:
        self.run_button.setEnabled(True)
        if result is None:
            return
        self.result = result
        changed = sum(1 for f in result.flats if f.changed)
        other_first = sum(1 for f in result.flats if f.top_before != f.top_after)
        self.summary.setText(self.tr(
            "Platná: <b>{0}</b> · návrh: <b>{1}</b>. Volných bytů {2}; pořadí se mění u {3}, "
            "jiná domácnost by byla první u {4}.").format(
            result.current_name, result.draft_name, len(result.flats), changed, other_first))
        self.flat_model.set_rows(result.flats)
        self.share_model.set_rows(result.shares)
        if result.flats:
            self.flats.selectRow(0)
            self._show_flat(0)

    def _show_flat(self, row: int) -> None:
        fc = self.flat_model.row(row)
        if fc is None:
            return
        self.moves_title.setText(self.tr("{0}, byt č. {1}: kdo se posune").format(
            fc.flat.address, fc.flat.number))
        self.move_model.set_rows(fc.moves)
