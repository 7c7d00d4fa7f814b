"""Messages of the Qt-free core in the person's language.

Czech is the source language: code writes ``raise NotFound(_("Osoba nenalezena."))``
and, for values, ``_("Byt {number} je obsazený.").format(number=n)`` (placeholders
inside the translated text, so the English sentence may order them its own way).
English comes from ``resources/i18n/app_en.mo`` (GNU gettext, read by the standard
library); ``python resources/i18n/update.py`` extracts every ``_("…")`` of app/ into
``app_en.po`` and compiles it. The language is chosen once at start: by ui/ (``--lang``)
and by the CLI (``--lang`` / ``KMB_LANG``); a message without English stays Czech.
"""
from __future__ import annotations

import gettext
import os
from contextlib import contextmanager
from contextvars import ContextVar

from resources import path as resource_path

LANGUAGES = ("cs", "en")
_current = "cs"
_catalog: gettext.NullTranslations = gettext.NullTranslations()
# inside ``czech()``: documents are Czech whatever the UI language (per thread)
_document: ContextVar[bool] = ContextVar("kmb_czech_document", default=False)


def pick_language(lang: str | None = None) -> str:
    """``--lang`` first, then ``KMB_LANG``; anything unknown is Czech."""
    lang = (lang or os.environ.get("KMB_LANG") or "cs").strip().lower()[:2]
    return lang if lang in LANGUAGES else "cs"


def set_language(lang: str | None = None) -> str:
    global _current, _catalog
    _current = pick_language(lang)
    _catalog = gettext.NullTranslations()
    if _current != "cs":
        try:
            with open(resource_path("i18n", f"app_{_current}.mo"), "rb") as fh:
                _catalog = gettext.GNUTranslations(fh)
        except OSError:         # no catalogue: the messages stay Czech
            pass
    return _current


def language() -> str:
    """The language texts are made in now (Czech inside ``czech()``)."""
    return "cs" if _document.get() else _current


def _(message: str) -> str:
    """The message in the current language (the Czech source when untranslated)."""
    if not message or _document.get():
        return message
    return _catalog.gettext(message)


@contextmanager
def czech():
    """Builds a Czech document: ``_()`` keeps the Czech source inside, so one
    builder gives the screen text in the UI language and the PDF text in Czech
    (the ranking's reasons, the fairness warnings). Per thread and nestable."""
    token = _document.set(True)
    try:
        yield
    finally:
        _document.reset(token)


def N_(message: str) -> str:  # noqa: N802 – gettext's marker name
    """Marks a Czech text for extraction without translating it here (tables of
    messages built at import time are translated with ``_()`` where shown)."""
    return message
