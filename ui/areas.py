"""The sidebar's areas, in order. Each area is (key, Czech title, icon,
factory). Only areas that really work are listed; later areas add one line."""
from __future__ import annotations

from dataclasses import dataclass
from typing import Callable

from PySide6.QtCore import QT_TRANSLATE_NOOP
from PySide6.QtWidgets import QWidget

from app.security import Permission

from .context import UiContext


@dataclass(frozen=True)
class Area:
    key: str
    title: str
    icon: str
    factory: Callable[[UiContext], QWidget]
    permission: Permission | None = None


def _dashboard(ctx):
    from .dashboard.page import DashboardPage
    return DashboardPage(ctx)


def _intake(ctx):
    from .intake.page import IntakePage
    return IntakePage(ctx)


def _cases(ctx):
    from .cases.page import CasesPage
    return CasesPage(ctx)


def _stats(ctx):
    from .stats.page import StatsPage
    return StatsPage(ctx)


def _persons(ctx):
    from .persons.page import PersonsPage
    return PersonsPage(ctx)


def _flats(ctx):
    from .flats.page import FlatsPage
    return FlatsPage(ctx)


def _leases(ctx):
    from .leases.page import LeasesPage
    return LeasesPage(ctx)


def _fund(ctx):
    from .fund.page import FundPage
    return FundPage(ctx)


def _sync(ctx):
    from .sync.page import SyncPage
    return SyncPage(ctx)


def _assessments(ctx):
    from .assessments.page import AssessmentsPage
    return AssessmentsPage(ctx)


def _inspections(ctx):
    from .inspections.page import InspectionsPage
    return InspectionsPage(ctx)


def _applications(ctx):
    from .allocation.page import ApplicationsPage
    return ApplicationsPage(ctx)


def _settings(ctx):
    from .settings.page import SettingsPage
    return SettingsPage(ctx)


AREAS: list[Area] = [
    Area("dashboard", QT_TRANSLATE_NOOP("areas", "Přehled"), "home", _dashboard),
    Area("intake", QT_TRANSLATE_NOOP("areas", "Příjem"), "inbox", _intake, Permission.EDIT_CASES),
    Area("cases", QT_TRANSLATE_NOOP("areas", "Případy"), "folder", _cases, Permission.VIEW_CASES),
    Area("persons", QT_TRANSLATE_NOOP("areas", "Klienti"), "users", _persons,
         Permission.VIEW_PERSONS),
    Area("assessments", QT_TRANSLATE_NOOP("areas", "Sociální šetření"), "clipboard",
         _assessments, Permission.VIEW_ASSESSMENTS),
    Area("flats", QT_TRANSLATE_NOOP("areas", "Byty"), "building", _flats, Permission.VIEW_FLATS),
    Area("applications", QT_TRANSLATE_NOOP("areas", "Žádosti o byt"), "scale", _applications,
         Permission.MANAGE_ALLOCATION),
    Area("inspections", QT_TRANSLATE_NOOP("areas", "Kontroly bytů"), "clipboard-check",
         _inspections, Permission.VIEW_FLATS),
    Area("leases", QT_TRANSLATE_NOOP("areas", "Smlouvy"), "key", _leases, Permission.VIEW_LEASES),
    Area("fund", QT_TRANSLATE_NOOP("areas", "Krizový fond"), "coins", _fund, Permission.VIEW_FUND),
    Area("stats", QT_TRANSLATE_NOOP("areas", "Statistiky"), "chart", _stats,
         Permission.VIEW_STATS),
    Area("sync", QT_TRANSLATE_NOOP("areas", "Synchronizace"), "sync", _sync, Permission.SYNC),
    # Nastavení stays last; areas insert themselves before it.
    Area("settings", QT_TRANSLATE_NOOP("areas", "Nastavení"), "settings", _settings),
]
