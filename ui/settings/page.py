"""Nastavení: one section per area, picked from a list grouped under small
headings. Areas contribute (title, factory) in ui/areas.py (SETTINGS_TABS)
and the groups in SETTINGS_GROUPS; a section is a widget built from the
UiContext that saves through app/ services. A section is built when first
shown; a factory that is only for some roles says so by an ``allowed(ctx)``
attribute, so that the section is not offered to the others at all."""
from __future__ import annotations

from typing import Callable

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QLabel, QVBoxLayout, QWidget

from ..context import UiContext
from ..widgets.section_list import LazySections

Factory = Callable[[UiContext], QWidget]


def grouped(tabs: list[tuple[str, Factory]], groups: list[tuple[str, list[str]]]
            ) -> list[tuple[str, list[tuple[str, Factory]]]]:
    """The sections under their group headings, in the groups' order; a
    section no group names (a newly added one) goes under "Další"."""
    by_title = dict(tabs)
    out = [(heading, [(t, by_title[t]) for t in titles if t in by_title])
           for heading, titles in groups]
    named = {t for _, titles in groups for t in titles}
    rest = [(t, f) for t, f in tabs if t not in named]
    if rest:
        out.append((QCoreApplication.translate("SettingsPage", "Další"), rest))
    return out


class SettingsPage(QWidget):
    def __init__(self, ctx: UiContext, tabs: list[tuple[str, Factory]],
                 groups: list[tuple[str, list[str]]] | None = None, parent: QWidget | None = None):
        super().__init__(parent)
        title = QLabel(self.tr("Nastavení"))
        title.setObjectName("pageTitle")
        self.tabs = LazySections()
        self.tabs.list.setAccessibleName(self.tr("Části nastavení"))
        for heading, members in grouped(tabs, groups or []):
            offered = [(t, f) for t, f in members
                       if getattr(f, "allowed", None) is None or f.allowed(ctx)]
            if not offered:
                continue            # no section of the group for this role
            if groups:
                self.tabs.add_heading(QCoreApplication.translate("SettingsPage", heading))
            for text, factory in offered:
                self.tabs.add_lazy(lambda f=factory: f(ctx),
                                   QCoreApplication.translate("SettingsPage", text))
        layout = QVBoxLayout(self)
        layout.setContentsMargins(18, 14, 18, 10)
        layout.addWidget(title)
        layout.addWidget(self.tabs, 1)

    def open_section(self, title: str) -> QWidget | None:
        """Show the section called ``title`` (as the list shows it) and return it."""
        return self.tabs.open(title)
