"""The ranked applicants of a vacant flat: the order, each one's points
criterion by criterion (the individual adjustment apart, with its written
justification), and everyone left out with the reason."""
from __future__ import annotations

import html

from PySide6.QtCore import (
    QT_TRANSLATE_NOOP,
    QCoreApplication,
    QItemSelectionModel,
    Qt,
    Signal,
)
from PySide6.QtGui import QColor
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QSplitter,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from app.allocation.engine import fmt_num

from app.allocation.ranking import FlatRanking, RankedEntry, split_excluded
from app.formatting import format_date

from ..labels import shown_date
from ..widgets.column_fit import SURNAME_FIRST_TAILS, ColumnFitter, cell_need
from ..widgets.table_model import Col, RowsModel
from ..widgets.tables import list_table

_T = "RankingPanel"


def _note(e: RankedEntry) -> str:
    parts = []
    if e.active_lease:
        # one municipal flat per household: shown before anything else
        # (no emoji: the bundled font has no glyph for it, it showed as a box)
        parts.append(QCoreApplication.translate("RankingPanel", "už má obecní byt"))
    if e.reviews:
        parts.append("⚠ " + QCoreApplication.translate("RankingPanel", "k posouzení"))
    if e.tie_note:
        parts.append(QCoreApplication.translate("RankingPanel", "shoda bodů"))
    return ", ".join(parts)


RANK_COLUMNS = [
    Col(QT_TRANSLATE_NOOP("RankingPanel", "Poř."), lambda e: f"{e.rank}.", True, _T),
    Col(QT_TRANSLATE_NOOP("RankingPanel", "Domácnost"), lambda e: e.shown or e.household,
        context=_T),
    Col(QT_TRANSLATE_NOOP("RankingPanel", "Osob"), lambda e: e.household_size, True, _T),
    Col(QT_TRANSLATE_NOOP("RankingPanel", "Žádost"), lambda e: e.number, context=_T),
    Col(QT_TRANSLATE_NOOP("RankingPanel", "Podána"), lambda e: format_date(e.filed_on), True, _T),
    Col(QT_TRANSLATE_NOOP("RankingPanel", "Body"), lambda e: fmt_num(e.total), True, _T),
    Col(QT_TRANSLATE_NOOP("RankingPanel", "Indiv."),
        lambda e: fmt_num(e.individual.points) if e.individual else "", True, _T),
    Col(QT_TRANSLATE_NOOP("RankingPanel", "Poznámka"), _note, context=_T),
]
NOTE_COLUMN = len(RANK_COLUMNS) - 1
LINE_COLUMNS = [
    Col(QT_TRANSLATE_NOOP("RankingPanel", "Kritérium"), lambda ln: ln.label, context=_T),
    Col(QT_TRANSLATE_NOOP("RankingPanel", "Proč"), lambda ln: ln.detail, context=_T),
    Col(QT_TRANSLATE_NOOP("RankingPanel", "Body"), lambda ln: fmt_num(ln.points), True, _T),
]
EXCLUDED_COLUMNS = [
    Col(QT_TRANSLATE_NOOP("RankingPanel", "Domácnost"), lambda x: x.shown or x.household,
        context=_T),
    Col(QT_TRANSLATE_NOOP("RankingPanel", "Žádost"), lambda x: x.number, context=_T),
    Col(QT_TRANSLATE_NOOP("RankingPanel", "Důvod vyřazení"),
        lambda x: "; ".join(r.text for r in x.reasons), context=_T),
]


class _RankModel(RowsModel):
    def data(self, index, role=Qt.DisplayRole):
        if index.isValid() and role == Qt.ForegroundRole and self.rows[index.row()].reviews:
            return QColor("#9a5b00")
        if index.isValid() and role == Qt.ToolTipRole:
            e = self.rows[index.row()]
            tips = [QCoreApplication.translate("RankingPanel", "K individuálnímu posouzení: {0}").format(r)
                    for r in e.reviews]
            if e.tie_note:
                tips.append(e.tie_note)
            if e.active_lease:          # the whole note, also where the column is narrow
                tips.insert(0, QCoreApplication.translate("RankingPanel", "už má obecní byt") +
                            f": {e.active_lease}")
            if index.column() == NOTE_COLUMN and _note(e):   # the column's whole text first
                tips.insert(0, _note(e))
            if index.column() == 1:                         # the household's whole name
                tips.insert(0, e.shown or e.household)
            return "\n".join(tips) or None
        return super().data(index, role)


class _ExcludedModel(RowsModel):
    def data(self, index, role=Qt.DisplayRole):
        if index.isValid() and role == Qt.ToolTipRole:
            return "\n".join(r.text for r in self.rows[index.row()].reasons)
        return super().data(index, role)


def _table(model, name: str) -> QTableView:
    return list_table(model, name, fit_contents=True, row_height=25)

class RankingPanel(QWidget):
    offer_requested = Signal(object)      # RankedEntry

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.ranking: FlatRanking | None = None
        self.can_offer = False
        self.rank_model = _RankModel(RANK_COLUMNS)
        self.ranked = _table(self.rank_model, "rankedTable")
        # the short columns whole; Domácnost and Poznámka share the room left, each
        # elided (whole on hover): sized to its contents a long household name
        # ("Čermákovi (žádost Z-2026/0012)") cut Poznámka's header. A household's
        # "(nar. 1995)" that tells namesakes apart stays in view: Domácnost keeps
        # room for a common surname with it before Poznámka gets the rest.
        household_room = max(self.ranked.horizontalHeader().sectionSizeHint(1),
                             cell_need(self.ranked, "Novákovi (nar. 1995)"))
        self.rank_fitter = ColumnFitter(
            self.ranked, elastic=[1, NOTE_COLUMN], tails={1: SURNAME_FIRST_TAILS},
            least=household_room)
        self.ranked.setTextElideMode(Qt.ElideRight)
        self.rules_label = QLabel()
        self.rules_label.setObjectName("muted")
        self.rules_label.setWordWrap(True)
        self.offer_button = QPushButton(self.tr("Nabídnout byt vybrané domácnosti…"))
        self.offer_button.setProperty("primary", True)
        self.offer_button.clicked.connect(self._offer)

        self.breakdown_title = QLabel()
        self.breakdown_title.setObjectName("sectionTitle")
        self.breakdown_title.setWordWrap(True)
        self.line_model = RowsModel(LINE_COLUMNS)
        self.lines = _table(self.line_model, "breakdownTable")
        self.lines.setSelectionMode(QAbstractItemView.NoSelection)
        self.lines.setWordWrap(True)
        # each row as tall as its wrapped "Proč" at the column's width of the moment
        # (sized once when shown, a long reason was cut after three lines)
        self.lines.verticalHeader().setSectionResizeMode(QHeaderView.ResizeToContents)
        lh = self.lines.horizontalHeader()
        lh.setSectionResizeMode(0, QHeaderView.Interactive)
        lh.setSectionResizeMode(1, QHeaderView.Stretch)
        lh.setStretchLastSection(False)
        self.lines.setColumnWidth(0, 170)
        self.individual = QLabel()
        self.individual.setWordWrap(True)
        self.individual.setTextFormat(Qt.RichText)
        self.individual.setObjectName("individualBox")

        self.excluded_title = QLabel()
        self.excluded_title.setObjectName("sectionTitle")
        self.show_other = QCheckBox(self.tr("zobrazit i žádosti o byt jiné kategorie"))
        self.show_other.toggled.connect(self._fill_excluded)
        self.excluded_model = _ExcludedModel(EXCLUDED_COLUMNS)
        self.excluded = _table(self.excluded_model, "excludedTable")

        left = QWidget()
        lv = QVBoxLayout(left)
        lv.setContentsMargins(0, 0, 0, 0)
        lv.addWidget(self.rules_label)
        lv.addWidget(self.ranked, 1)
        row = QHBoxLayout()
        row.addStretch(1)
        row.addWidget(self.offer_button)
        lv.addLayout(row)
        right = QWidget()
        rv = QVBoxLayout(right)
        rv.setContentsMargins(8, 0, 0, 0)
        rv.addWidget(self.breakdown_title)
        rv.addWidget(self.lines, 1)
        rv.addWidget(self.individual)
        top = QSplitter(Qt.Horizontal)
        top.addWidget(left)
        top.addWidget(right)
        top.setStretchFactor(0, 1)
        top.setStretchFactor(1, 1)
        top.setSizes([660, 420])          # the ranking wide enough for its Poznámka
        bottom = QWidget()
        bv = QVBoxLayout(bottom)
        bv.setContentsMargins(0, 6, 0, 0)
        head = QHBoxLayout()
        head.addWidget(self.excluded_title)
        head.addStretch(1)
        head.addWidget(self.show_other)
        bv.addLayout(head)
        bv.addWidget(self.excluded, 1)
        self.splitter = QSplitter(Qt.Vertical)
        self.splitter.addWidget(top)
        self.splitter.addWidget(bottom)
        self.splitter.setStretchFactor(0, 3)
        self.splitter.setStretchFactor(1, 1)
        self.splitter.setSizes([430, 170])
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 6, 0, 0)
        layout.addWidget(self.splitter)
        self.ranked.selectionModel().currentRowChanged.connect(
            lambda cur, _prev: self.show_entry(self.rank_model.row(cur.row())))

    def set_ranking(self, ranking: FlatRanking, *, can_offer: bool) -> None:
        current = self.selected()
        self.ranking = ranking
        self.can_offer = can_offer
        r = ranking.rules
        self.rules_label.setText(self.tr(
            "Pořadí podle pravidel „{0}“, verze {1}, ke dni {2}. Žádostí v pořadí: {3}.").format(
            r.name, r.version, shown_date(ranking.computed_on), len(ranking.ranked))
            + (f"\n{ranking.flat.target_text}." if ranking.flat.target_text else ""))
        self.rank_model.set_rows(ranking.ranked)
        self._fill_excluded()
        keep = next((i for i, e in enumerate(ranking.ranked)
                     if current and e.application_id == current.application_id), 0)
        if ranking.ranked:
            self.select_row(keep)
        else:
            self.show_entry(None)
        self.offer_button.setEnabled(can_offer and bool(ranking.ranked))

    def _fill_excluded(self) -> None:
        if self.ranking is None:
            return
        substantive, other = split_excluded(self.ranking)
        rows = substantive + (other if self.show_other.isChecked() else [])
        self.excluded_model.set_rows(rows)
        self.excluded_title.setText(self.tr("Vyřazené žádosti ({0}) a žádosti o jinou "
                                            "kategorii ({1})").format(len(substantive),
                                                                     len(other)))

    def select_row(self, row: int) -> None:
        self.ranked.selectionModel().setCurrentIndex(
            self.rank_model.index(row, 0),
            QItemSelectionModel.ClearAndSelect | QItemSelectionModel.Rows)

    def selected(self) -> RankedEntry | None:
        idx = self.ranked.currentIndex()
        return self.rank_model.row(idx.row()) if idx.isValid() else None

    def show_entry(self, e: RankedEntry | None) -> None:
        if e is None:
            self.breakdown_title.setText(self.tr("Rozpis bodů"))
            self.line_model.set_rows([])
            self.individual.setText(self.tr("Žádná platná žádost tento byt podle pravidel "
                                            "nesplňuje.") if self.ranking else "")
            return
        self.breakdown_title.setText(self.tr("{0}. {1} – celkem {2} bodů").format(
            e.rank, e.shown or e.household, fmt_num(e.total)))
        self.line_model.set_rows(list(e.lines))
        esc = html.escape
        parts = []
        if e.individual:
            ind = e.individual
            text = self.tr("Individuální posouzení: <b>{0} bodů</b>").format(fmt_num(ind.points))
            if ind.requested != ind.points:
                text += " " + esc(self.tr("(navrženo {0}; {1})").format(
                    fmt_num(ind.requested), ind.note))
            text += "<br/>" + esc(self.tr("Odůvodnění: {0}").format(ind.justification or "—"))
            parts.append(f"<div style='background:#eef2f5;padding:6px'>{text}</div>")
        # tr() outside the f-strings: lupdate does not look inside them
        review, tie = self.tr("K individuálnímu posouzení"), self.tr("Shoda bodů")
        for r in e.reviews:
            parts.append(f"<p style='color:#9a5b00'>⚠ {esc(review)}: {esc(r)}</p>")
        if e.tie_note:
            parts.append(f"<p style='color:#5f6f7c'>{esc(tie)}: {esc(e.tie_note)}</p>")
        self.individual.setText("".join(parts))

    def _offer(self) -> None:
        e = self.selected()
        if e is not None:
            self.offer_requested.emit(e)

    def save_state(self, settings) -> None:
        settings.setValue("flats/rankingSplitter", self.splitter.saveState())

    def restore_state(self, settings) -> None:
        if settings.value("flats/rankingSplitter") is not None:
            self.splitter.restoreState(settings.value("flats/rankingSplitter"))
