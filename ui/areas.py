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


def _persons(ctx):
    from .persons.page import PersonsPage
    return PersonsPage(ctx)


def _flats(ctx):
    from .flats.page import FlatsPage
    return FlatsPage(ctx)


def _applications(ctx):
    from .allocation.page import ApplicationsPage
    return ApplicationsPage(ctx)


def _settings(ctx):
    from .settings.page import SettingsPage
    return SettingsPage(ctx)


AREAS: list[Area] = [
    Area("persons", QT_TRANSLATE_NOOP("areas", "Klienti"), "users", _persons,
         Permission.VIEW_PERSONS),
    Area("flats", QT_TRANSLATE_NOOP("areas", "Byty"), "building", _flats, Permission.VIEW_FLATS),
    Area("applications", QT_TRANSLATE_NOOP("areas", "Žádosti o byt"), "home", _applications,
         Permission.MANAGE_ALLOCATION),
    # Nastavení stays last; areas insert themselves before it.
    Area("settings", QT_TRANSLATE_NOOP("areas", "Nastavení"), "settings", _settings),
]
