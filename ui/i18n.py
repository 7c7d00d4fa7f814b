"""Translations: the UI's source strings are Czech; English comes from
resources/i18n/kmb_en.qm, and app/'s messages from app.i18n (gettext).
Qt's own strings (standard buttons, file dialogs, the line edits' context
menu) are English in Qt; the Czech UI loads Qt's ``qtbase_cs`` catalogue.
(``qt_cs`` is a meta catalogue that also needs the catalogues of Qt modules
the PySide6-Essentials wheel does not ship, so it fails to load.)"""
from __future__ import annotations

from PySide6.QtCore import QLibraryInfo, QLocale, QTranslator
from PySide6.QtWidgets import QApplication

from app import i18n as app_i18n
from resources import path as resource_path

_installed: list[QTranslator] = []


class _QtGapsCs(QTranslator):
    """Czech for the few strings of Qt 6 that qtbase_cs does not have yet
    (its file dialog labels gained an accelerator, "&Look in:", and lost the
    translation)."""

    TEXTS = {
        ("QFileDialog", "&Look in:"): "&Hledat v:",
        ("QFileDialog", "Files of &type:"): "Soubory &typu:",
    }

    def translate(self, context, source, disambiguation=None, n=-1):  # noqa: D401
        return self.TEXTS.get((context, source))

    def isEmpty(self) -> bool:  # noqa: N802 – Qt's name
        return False


def install(app: QApplication, lang: str | None = None) -> str:
    lang = app_i18n.set_language(lang)
    for t in _installed:
        app.removeTranslator(t)
    _installed.clear()
    if lang == "cs":
        qt = QTranslator(app)
        if qt.load("qtbase_cs", QLibraryInfo.path(QLibraryInfo.TranslationsPath)):
            app.installTranslator(qt)
            _installed.append(qt)
        gaps = _QtGapsCs(app)
        app.installTranslator(gaps)
        _installed.append(gaps)
    else:
        own = QTranslator(app)
        if own.load(str(resource_path("i18n", f"kmb_{lang}.qm"))):
            app.installTranslator(own)
            _installed.append(own)
    QLocale.setDefault(QLocale(QLocale.Czech if lang == "cs" else QLocale.English))
    return lang
