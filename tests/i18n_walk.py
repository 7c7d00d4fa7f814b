"""Walking the UI for the language tests: every area of the main window, and
every dialog its "…" buttons open, with the texts a person sees collected.

A dialog is walked while it is open (a repeating timer looks for the active
modal widget): a first row chosen in its lists, its own "…" buttons clicked
(each once; the dialogs they open walked the same way, up to MAX_DEPTH levels
and MAX_DIALOGS in all, so that a dialog that keeps opening dialogs cannot
loop), then rejected: nothing is saved. Only buttons whose text ends
with "…" are clicked – by the UI's convention they open a dialog (or ask
first) and never act at once.
"""
from __future__ import annotations

import os
import re
import sys
from dataclasses import dataclass, field

import shiboken6
from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import (QAbstractButton, QAbstractItemView, QAbstractSpinBox,
                               QApplication, QComboBox, QDialog, QGroupBox, QLabel,
                               QLineEdit, QListWidget, QMenu, QPlainTextEdit, QTabWidget,
                               QTextEdit, QTreeWidget, QWidget)

TRACE = bool(os.environ.get("KMB_WALK_TRACE"))
_TAG = re.compile(r"<[^>]+>")


def _plain(text: str) -> str:
    text = _TAG.sub(" ", text or "").replace("&nbsp;", " ").replace("&amp;", "&")
    return " ".join(text.replace("&", "").split())


def texts_of(root: QWidget) -> list[tuple[str, str]]:
    """(where, text) for every text a person can read on ``root`` and its
    children: labels, buttons, titles, tool tips, placeholders, combo items,
    tabs, list items, column headers, actions and their menus."""
    out: list[tuple[str, str]] = []

    def add(widget, what: str, text: str) -> None:
        text = _plain(text)
        if text:
            out.append((f"{type(widget).__name__}({widget.objectName()}).{what}", text))

    def actions(widget, where) -> None:
        for action in widget.actions():
            add(widget, f"{where}action", action.text())
            add(widget, f"{where}action.tip", action.toolTip() if action.toolTip() !=
                action.text().replace("&", "") else "")
            if action.menu() is not None:
                actions(action.menu(), where + "menu.")

    from ui.widgets.lazy_tabs import LazyTabs
    from ui.widgets.section_list import LazySections
    built = set()
    while pending := [t for t in [*root.findChildren(LazyTabs), *root.findChildren(LazySections)]
                      if id(t) not in built]:
        for tabs in pending:                    # tabs built when first shown: build them all
            tabs.build_all()
            built.add(id(tabs))
    for w in [root, *root.findChildren(QWidget)]:
        if w.isWindow():
            add(w, "windowTitle", w.windowTitle())
        add(w, "toolTip", w.toolTip())
        add(w, "whatsThis", w.whatsThis())
        actions(w, "")
        if isinstance(w, QLabel):
            add(w, "text", w.text())
        elif isinstance(w, QAbstractButton):
            add(w, "text", w.text())
            if w.menu() if hasattr(w, "menu") else None:
                actions(w.menu(), "menu.")
        elif isinstance(w, QLineEdit):
            add(w, "placeholder", w.placeholderText())
        elif isinstance(w, (QTextEdit, QPlainTextEdit)):
            add(w, "placeholder", w.placeholderText())
        elif isinstance(w, QComboBox):
            for i in range(w.count()):
                add(w, f"item{i}", w.itemText(i))
            if w.lineEdit() is not None:
                add(w, "placeholder", w.lineEdit().placeholderText())
        elif isinstance(w, QGroupBox):
            add(w, "title", w.title())
        elif isinstance(w, QTabWidget):
            for i in range(w.count()):
                add(w, f"tab{i}", w.tabText(i))
                add(w, f"tab{i}.tip", w.tabToolTip(i))
        elif isinstance(w, QAbstractSpinBox):
            add(w, "special", w.specialValueText())
            for what in ("prefix", "suffix"):
                if hasattr(w, what):
                    add(w, what, getattr(w, what)())
        if isinstance(w, QListWidget):
            for i in range(w.count()):
                add(w, f"item{i}", w.item(i).text())
        elif isinstance(w, QTreeWidget):
            header = w.headerItem()
            for c in range(w.columnCount()):
                add(w, f"header{c}", header.text(c))
        elif isinstance(w, QAbstractItemView) and w.model() is not None:
            model = w.model()
            for c in range(model.columnCount()):
                header = model.headerData(c, Qt.Horizontal)
                if isinstance(header, str):
                    add(w, f"header{c}", header)
    return out


MAX_DEPTH = 3          # a dialog opened from a dialog opened from a dialog …
MAX_DIALOGS = 600      # a guard against a dialog that keeps opening dialogs


@dataclass
class Walk:
    """Collects texts; ``dialogs`` are the window titles of the dialogs walked,
    ``nested`` the (outer, inner) titles of dialogs opened from another dialog."""
    texts: list[tuple[str, str]] = field(default_factory=list)
    dialogs: list[str] = field(default_factory=list)
    nested: list[tuple[str, str]] = field(default_factory=list)

    def __post_init__(self):
        self.clicked: set[int] = set()      # each button once, though several walks reach it
        self.walking: list[QWidget] = []    # the dialogs open now, outermost first
        self.qtbot = None
        self.timer = self._new_timer()

    def _new_timer(self) -> QTimer:
        # one per level: a timer's slot is not entered again while it runs, and
        # a dialog's "…" buttons are clicked from within that slot
        timer = QTimer()
        timer.setInterval(20)
        timer.timeout.connect(self._close_modal)
        return timer

    def _close_modal(self) -> None:
        dialog = QApplication.activeModalWidget() or QApplication.activePopupWidget()
        if dialog is None or any(_key(dialog) == _key(d) for d in self.walking):
            return                      # nothing new is open
        title = dialog.windowTitle() or type(dialog).__name__
        self.dialogs.append(title)
        if self.walking:
            self.nested.append((self.walking[-1].windowTitle(), title))
        if TRACE:
            print(f"{'  ' * (len(self.walking) + 2)}[{title}]", file=sys.stderr, flush=True)
        self.texts += [(f"[{title}] {w}", t) for w, t in texts_of(dialog)]
        if isinstance(dialog, QDialog) and len(self.walking) + 1 < MAX_DEPTH \
                and len(self.dialogs) < MAX_DIALOGS and self.qtbot is not None:
            self.walking.append(dialog)
            try:
                self._dialog_buttons(dialog, title)
            finally:
                self.walking.pop()
        if not shiboken6.isValid(dialog) or not dialog.isVisible():
            return                      # (a button of it closed it)
        if isinstance(dialog, QDialog):
            QDialog.reject(dialog)       # (a dialog may name a child "reject")
        else:
            dialog.close()

    def _dialog_buttons(self, dialog: QDialog, title: str) -> None:
        """The dialog's own "…" buttons, each opening a dialog walked the same way
        (by a timer of this level) and then cancelled, before the dialog is."""
        self._shown(self.qtbot, dialog, title)
        self.texts += [(f"[{title}] {w}", t) for w, t in texts_of(dialog)]
        timer = self._new_timer()
        timer.start()
        try:
            self._buttons(self.qtbot, dialog, f"[{title}]")
        finally:
            timer.stop()
            timer.deleteLater()

    def __enter__(self):
        self.timer.start()
        return self

    def __exit__(self, *exc):
        self.timer.stop()

    def page(self, qtbot, page: QWidget, where: str) -> None:
        """The page as shown, with a first row chosen in each of its lists (its
        detail appears), then every dialog its "…" buttons open; then the same
        on every tab of its tab widgets (Nastavení's tabs, a page's sub-tabs),
        each shown in turn, since a button on a hidden tab cannot be clicked."""
        self.qtbot = qtbot
        self._shown(qtbot, page, where)
        self.texts += [(f"{where}: {w}", t) for w, t in texts_of(page)]
        self._buttons(qtbot, page, where)
        self._tabs(qtbot, page, where, set())

    def _shown(self, qtbot, widget: QWidget, where: str) -> None:
        if hasattr(widget, "ready"):
            qtbot.waitUntil(widget.ready, timeout=20000)
        for view in widget.findChildren(QAbstractItemView):
            model = view.model()
            if view.isVisible() and model is not None and model.rowCount() > 0 \
                    and not isinstance(view, QComboBox) and not view.currentIndex().isValid():
                view.setCurrentIndex(model.index(0, 0))
        qtbot.wait(100)

    def _tabs(self, qtbot, root: QWidget, where: str, seen: set) -> None:
        from ui.widgets.section_list import LazySections
        for tabs in [*root.findChildren(QTabWidget), *root.findChildren(LazySections)]:
            if _key(tabs) in seen or not tabs.isVisible():
                continue
            seen.add(_key(tabs))
            first = tabs.currentIndex()
            sections = isinstance(tabs, LazySections)       # Nastavení's list of sections
            for i in range(tabs.count()):
                if not sections and (not tabs.isTabEnabled(i) or not tabs.isTabVisible(i)):
                    continue
                tabs.setCurrentIndex(i)
                title = tabs.title(i) if sections else tabs.tabText(i)
                tab, name = tabs.widget(i), f"{where}/{title}"
                if TRACE:
                    print(f" {name}", file=sys.stderr, flush=True)
                self._shown(qtbot, tab, name)
                self.texts += [(f"{name}: {w}", t) for w, t in texts_of(tab)]
                self._buttons(qtbot, tab, name)
                self._tabs(qtbot, tab, name, seen)        # tabs within the tab
            tabs.setCurrentIndex(first)

    def _buttons(self, qtbot, page: QWidget, where: str) -> None:
        for button in page.findChildren(QAbstractButton):
            if not shiboken6.isValid(button) or _key(button) in self.clicked:
                continue
            if not shiboken6.isValid(page) or not page.isVisible():
                return                      # (a dialog closed by one of its buttons)
            if button.text().rstrip().endswith("…") and button.isVisible() \
                    and button.isEnabled() and len(self.dialogs) < MAX_DIALOGS:
                self.clicked.add(_key(button))
                if TRACE:
                    print(f"  {where}: {button.text()}", file=sys.stderr, flush=True)
                before = set(QApplication.topLevelWidgets())
                button.click()
                qtbot.wait(150)          # a dialog that opens after a background read
                self.texts += [(f"{where}: after {button.text()}: {w}", t)
                               for w, t in texts_of(page)]
                for window in set(QApplication.topLevelWidgets()) - before:
                    if window.isVisible():          # a window of its own: walk, close
                        self.dialogs.append(window.windowTitle())
                        self.texts += [(f"[{window.windowTitle()}] {w}", t)
                                       for w, t in texts_of(window)]
                        window.close()


def _key(widget: QWidget) -> int:
    """The widget itself (Python's id() of a wrapper may be reused)."""
    return shiboken6.getCppPointer(widget)[0]


_WORD = re.compile(r"\w+")


def data_words(db) -> set[str]:
    """Every word stored in the office's database (names, addresses, notes, the
    texts the office wrote, task titles …), lower-cased: what the English UI
    may show in Czech because it is data, not the UI's own text."""
    import models  # noqa: F401 – every model registered on the metadata
    from sqlalchemy import String, Text, select

    from models.base import Base
    words: set[str] = set()
    with db.reading() as s:
        for table in Base.metadata.sorted_tables:
            columns = [c for c in table.columns if isinstance(c.type, (String, Text))]
            if not columns:
                continue
            for row in s.execute(select(*columns)):
                for value in row:
                    if isinstance(value, str):
                        words.update(w.lower() for w in _WORD.findall(value))
    return words
