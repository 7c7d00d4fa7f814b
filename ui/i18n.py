"""Translations: the UI's source strings are Czech; English comes from
resources/i18n/kmb_en.qm. Qt's own strings (standard buttons, dialogs) come
from Qt's qt_cs / qt_en catalogues."""
from __future__ import annotations

import os

from PySide6.QtCore import QLibraryInfo, QLocale, QTranslator
from PySide6.QtWidgets import QApplication

from resources import path as resource_path

_installed: list[QTranslator] = []


def install(app: QApplication, lang: str | None = None) -> str:
    lang = (lang or os.environ.get("KMB_LANG") or "cs").lower()
    for t in _installed:
        app.removeTranslator(t)
    _installed.clear()
    qt = QTranslator(app)
    if qt.load(f"qt_{lang}", QLibraryInfo.path(QLibraryInfo.TranslationsPath)):
        app.installTranslator(qt)
        _installed.append(qt)
    if lang != "cs":
        own = QTranslator(app)
        if own.load(str(resource_path("i18n", f"kmb_{lang}.qm"))):
            app.installTranslator(own)
            _installed.append(own)
    QLocale.setDefault(QLocale(QLocale.Czech if lang == "cs" else QLocale.English))
    return lang
