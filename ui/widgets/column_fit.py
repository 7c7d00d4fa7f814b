"""Columns sized to what they show, so that a list beside a detail never
scrolls sideways.

Short columns (numbers, dates, money, a state) are always as wide as their
header and their longest text among the rows shown, so they are read whole.
The ``elastic`` columns (a name, an address) share the room left: each as wide
as it needs when there is room enough, otherwise in proportion to its need;
the last of them stretches to the edge. A text too long for its column elides
before its tail (KeepTailDelegate), so that a name's "(nar. 1983)" and an
address's "2451, byt č. 10" stay in view; the model's tooltip gives it whole. Sizes follow the view's width and the
rows read (a new read, a next chunk)."""
from __future__ import annotations

import re

from PySide6.QtCore import QEvent, QObject, Qt
from PySide6.QtWidgets import (QApplication, QHeaderView, QStyle, QStyledItemDelegate,
                               QStyleOptionViewItem, QTableView)

PAD = 4                 # beyond Qt's own cell margins: a gap between two columns


def cell_need(view: QTableView, text: str) -> int:
    """The width a cell needs to show ``text`` whole, as Qt draws it."""
    return view.fontMetrics().horizontalAdvance(text) + _margin(view)


def column_need(view: QTableView, col: int) -> int:
    """Header and every row shown, whole."""
    model, header = view.model(), view.horizontalHeader()
    texts = {model.index(r, col).data() or "" for r in range(model.rowCount())}
    cells = max((cell_need(view, t) for t in texts), default=0)
    return max(header.sectionSizeHint(col), cells) + PAD


class ColumnFitter(QObject):
    def __init__(self, view: QTableView, elastic: list[int], tails: dict[int, list] | None = None,
                 least: int = 60):
        super().__init__(view)
        self.view, self.elastic, self.least = view, list(elastic), least
        view.setTextElideMode(Qt.ElideMiddle)
        self.delegates = {col: KeepTailDelegate(tail, initials=tail is NAME_TAILS, parent=view)
                          for col, tail in (tails or {}).items()}
        for col, delegate in self.delegates.items():
            view.setItemDelegateForColumn(col, delegate)
        header = view.horizontalHeader()
        header.setStretchLastSection(False)
        for col in range(view.model().columnCount()):
            header.setSectionResizeMode(col, QHeaderView.Interactive)
        header.setSectionResizeMode(self.elastic[-1], QHeaderView.Stretch)
        self._needs: dict[int, int] | None = None    # measured once per change of the rows
        model = view.model()
        model.modelReset.connect(self.remeasure)
        model.rowsInserted.connect(self.remeasure)
        model.dataChanged.connect(self.remeasure)    # names told apart in a later chunk
        view.viewport().installEventFilter(self)
        self.fit()

    def eventFilter(self, watched, event) -> bool:  # noqa: N802 – Qt's name
        if event.type() == QEvent.Resize:
            self.fit()                  # (a resize only shares the room anew)
        return False

    def remeasure(self, *_args) -> None:
        self._needs = None
        self.fit()

    def fit(self) -> None:
        view = self.view
        count = view.model().columnCount()
        if self._needs is None:
            self._needs = {col: column_need(view, col) for col in range(count)}
        needs = self._needs
        fixed = [c for c in range(count) if c not in self.elastic]
        for col in fixed:
            view.setColumnWidth(col, needs[col])
        room = view.viewport().width() - sum(needs[c] for c in fixed)
        wanted = sum(needs[c] for c in self.elastic)
        # the last one stretches to the edge, its header kept whole where it can be
        left = room - view.horizontalHeader().sectionSizeHint(self.elastic[-1])
        for col in self.elastic[:-1]:
            width = needs[col] if wanted <= room else room * needs[col] // max(wanted, 1)
            width = max(self.least, min(width, left))
            left -= width
            view.setColumnWidth(col, width)


class KeepTailDelegate(QStyledItemDelegate):
    """Elides a cell's text before its tail: "Krakonošovo nám… 2429, byt č. 2"
    keeps the house and the flat, "Michaela Bart… (nar. 1945)" the birth year
    that tells namesakes apart. ``tails`` are tried in turn, each a pattern of
    the end to keep, how to show it (None: as it is; "\\1, …": a shorter
    form, the rest dropped with a visible ellipsis) and the room it must leave
    the head (px); failing all, the text elides in the middle."""

    def __init__(self, tails: list[tuple[str, str | None, int]], initials: bool = False,
                 parent=None):
        super().__init__(parent)
        self.tails = [(re.compile(p), repl, least) for p, repl, least in tails]
        self.initials = initials        # a name: "S. Kopecký" before "Stanislav Kop…"

    def paint(self, painter, option, index) -> None:
        opt = QStyleOptionViewItem(option)
        self.initStyleOption(opt, index)
        opt.text = self.elided(opt.text, opt.fontMetrics, opt.rect.width() - _margin(opt.widget))
        widget = opt.widget
        style = widget.style() if widget is not None else QApplication.style()
        style.drawControl(QStyle.CE_ItemViewItem, opt, painter, widget)

    def elided(self, text: str, metrics, width: int) -> str:
        if metrics.horizontalAdvance(text) <= width:
            return text
        for pattern, repl, least in self.tails:
            match = pattern.search(text)
            if not match or match.start() == 0:
                continue
            head = text[:match.start()]
            tail = match.group(0) if repl is None else match.expand(repl)
            room = width - metrics.horizontalAdvance(tail)
            if self.initials and " " in head:
                head = _INITIAL.sub(r"\1.", head, count=1)
            if room >= min(least, metrics.horizontalAdvance(head)):
                return metrics.elidedText(head, Qt.ElideRight, room) + tail
        if self.initials and " " in text:
            text = _INITIAL.sub(r"\1.", text, count=1)
        return metrics.elidedText(text, Qt.ElideMiddle, width)


_INITIAL = re.compile(r"^(\w)\w+(?= )")


def _margin(view) -> int:
    style = view.style() if view is not None else QApplication.style()
    return 2 * (style.pixelMetric(QStyle.PM_FocusFrameHMargin, None, view) + 1)


# " 2429, byt č. 2"; when the street would be unreadable: " 2429, …" (the flat on hover)
ADDRESS_TAILS = [(r" \d[\w/]*, .*$", None, 90), (r"( \d[\w/]*), .*$", r"\1, …", 40)]
NAME_TAILS = [(r" \([^()]*\)$", None, 40)]                  # " (nar. 1945)"
# the same end kept for a household or a surname-first name, with no initials
# (its first word is the surname: "Kopeckí (nar. 1994)", "Vlčková Helena")
SURNAME_FIRST_TAILS = [(r" \([^()]*\)$", None, 40)]
