"""Nastavení: one tab per area. Areas add (title, factory) to TABS; a tab is a
widget built from the UiContext that saves through app/ services."""
from __future__ import annotations

from typing import Callable

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication
from PySide6.QtWidgets import QLabel, QTabWidget, QVBoxLayout, QWidget

from ..context import UiContext

def _partners(ctx):
    from .partners import PartnersTab
    return PartnersTab(ctx)


def _intake_rules(ctx):
    from .intake_rules import IntakeRulesTab
    return IntakeRulesTab(ctx)


def _users(ctx):
    from .users_tab import UsersTab
    return UsersTab(ctx)


def _about(ctx):
    from .about import AboutTab
    return AboutTab(ctx)


def _leases(ctx):
    from ..leases.settings_tab import LeaseSettingsTab
    return LeaseSettingsTab(ctx)


def _office(ctx):
    from .office_tab import OfficeTab
    return OfficeTab(ctx)


def _checklists(ctx):
    from .checklists_tab import ChecklistsTab
    return ChecklistsTab(ctx)


def _rules(ctx):
    from ..allocation.rules_tab import RulesTab
    return RulesTab(ctx)


def _roles(ctx):
    from app.security import Permission
    if not ctx.actor.can(Permission.MANAGE_USERS):
        return None
    from ..privacy.roles_tab import RolesTab
    return RolesTab(ctx)


def _audit(ctx):
    from app.security import Permission
    if not ctx.actor.can(Permission.VIEW_AUDIT):
        return None
    from ..privacy.audit_tab import AuditTab
    return AuditTab(ctx)


# (Czech title, factory). Later areas append their tabs before "O instalaci".
# A factory may return None: the tab is not for this user.
TABS: list[tuple[str, Callable[[UiContext], QWidget]]] = [
    (QT_TRANSLATE_NOOP("SettingsPage", "Úřad"), _office),
    (QT_TRANSLATE_NOOP("SettingsPage", "Partnerské služby"), _partners),
    (QT_TRANSLATE_NOOP("SettingsPage", "Zákon o podpoře bydlení"), _intake_rules),
    (QT_TRANSLATE_NOOP("SettingsPage", "Pravidla přidělování"), _rules),
    (QT_TRANSLATE_NOOP("SettingsPage", "Kontroly bytů"), _checklists),
    (QT_TRANSLATE_NOOP("SettingsPage", "Smlouvy"), _leases),
    (QT_TRANSLATE_NOOP("SettingsPage", "Uživatelé"), _users),
    (QT_TRANSLATE_NOOP("SettingsPage", "Role"), _roles),
    (QT_TRANSLATE_NOOP("SettingsPage", "Audit"), _audit),
    (QT_TRANSLATE_NOOP("SettingsPage", "O instalaci"), _about),
]


class SettingsPage(QWidget):
    def __init__(self, ctx: UiContext, parent: QWidget | None = None):
        super().__init__(parent)
        title = QLabel(self.tr("Nastavení"))
        title.setObjectName("pageTitle")
        self.tabs = QTabWidget()
        for text, factory in TABS:
            tab = factory(ctx)
            if tab is not None:
                self.tabs.addTab(tab, QCoreApplication.translate("SettingsPage", text))
        layout = QVBoxLayout(self)
        layout.setContentsMargins(18, 14, 18, 10)
        layout.addWidget(title)
        layout.addWidget(self.tabs, 1)
