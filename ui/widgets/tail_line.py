"""A list line whose end stays in view: "title · Novák Jan · od 5. 5. 2026".

Elided at the right, a long title took the client and the due date with it,
and a worker had to hover over each task to see how late it was. This
delegate draws the line's tail (set on the item under ``TAIL``) whole at the
right and elides only the text before it. The item's own text stays the whole
line (its tooltip, its accessible name, a search in the list).
"""
from __future__ import annotations

import re

from PySide6.QtCore import Qt
from PySide6.QtGui import QFontMetrics, QPalette
from PySide6.QtWidgets import QStyle, QStyledItemDelegate, QStyleOptionViewItem

TAIL = Qt.UserRole + 40     # the item's data role holding its tail
SEPARATOR = " · "
TAIL_SHARE = 0.6            # the tail takes at most this share; past it, it elides too
BORN = re.compile(r" \([^()]*\)$")     # " (nar. 1959)": tells namesakes apart


def split_line(metrics: QFontMetrics, head: str, tail: str, width: int) -> tuple[str, str]:
    """(head, tail) as shown in ``width`` pixels: the tail whole when it fits
    in its share, the head elided into the room left."""
    if metrics.horizontalAdvance(f"{head}{SEPARATOR}{tail}") <= width:
        return head + SEPARATOR, tail
    shown_tail = tail
    if metrics.horizontalAdvance(tail) > width * TAIL_SHARE:
        shown_tail = shorten_tail(metrics, tail, int(width * TAIL_SHARE))
    # the separator stays after the "…", or the title runs into the client's name
    room = width - metrics.horizontalAdvance(shown_tail + SEPARATOR)
    shown_head = metrics.elidedText(head, Qt.ElideRight, max(room, 0)) + SEPARATOR
    return shown_head, shown_tail


class TailDelegate(QStyledItemDelegate):
    """Items with a ``TAIL`` keep it in view; others are drawn as usual."""

    def __init__(self, parent=None):
        super().__init__(parent)
        self.shown: dict[int, tuple[str, str]] = {}   # row → (head, tail) last drawn

    def paint(self, painter, option, index) -> None:
        tail = index.data(TAIL)
        text = index.data(Qt.DisplayRole) or ""
        if not tail or not text.endswith(tail):
            super().paint(painter, option, index)
            return
        opt = QStyleOptionViewItem(option)
        self.initStyleOption(opt, index)
        opt.text = ""                       # background, check box, focus: the style's own
        widget = opt.widget
        style = widget.style() if widget is not None else None
        if style is None:
            super().paint(painter, option, index)
            return
        style.drawControl(QStyle.CE_ItemViewItem, opt, painter, widget)
        rect = style.subElementRect(QStyle.SE_ItemViewItemText, opt, widget).adjusted(3, 0, -3, 0)
        if opt.fontMetrics.horizontalAdvance(text) <= rect.width():
            shown_head, shown_tail = text, ""
        else:
            head = text[:len(text) - len(tail)].removesuffix(SEPARATOR)
            shown_head, shown_tail = split_line(opt.fontMetrics, head, tail, rect.width())
        self.shown[index.row()] = (shown_head, shown_tail)   # what the person sees
        group = QPalette.Normal if opt.state & QStyle.State_Enabled else QPalette.Disabled
        role = QPalette.HighlightedText if opt.state & QStyle.State_Selected else QPalette.Text
        painter.save()
        painter.setFont(opt.font)
        painter.setPen(opt.palette.color(group, role))
        align = Qt.AlignVCenter | Qt.TextSingleLine
        painter.drawText(rect, align | Qt.AlignLeft, shown_head)
        painter.drawText(rect, align | Qt.AlignRight, shown_tail)
        painter.restore()


def shorten_tail(metrics: QFontMetrics, tail: str, width: int) -> str:
    """"Hruš… (nar. 1972) · od 30. 5. 2026": the client's name keeps its
    beginning (elided from the front it read "…ková Nikola"), its birth year
    and the due date after it stay whole while there is room for them."""
    name, sep, rest = tail.partition(SEPARATOR)
    born = BORN.search(name)
    kept = (born.group(0) if born else "") + sep + rest
    first = name[:born.start()] if born else name
    room = width - metrics.horizontalAdvance(kept)
    if room < metrics.horizontalAdvance(first[:3] + "…"):
        return metrics.elidedText(tail, Qt.ElideRight, width)
    return metrics.elidedText(first, Qt.ElideRight, room) + kept
