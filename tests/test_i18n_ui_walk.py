"""Issue 18.3: the Czech UI shows no English, the English UI no Czech.

Every area of the main window is opened as the administrator (who sees every
area), a first row chosen in its lists, and every dialog its "…" buttons open
is read and cancelled (tests/i18n_walk.py). The Czech walk runs on the town
demo (data in every list and detail); the English one on a new, empty office,
so that whatever Czech it finds is the UI's own text, not a client's name.
"""
from __future__ import annotations

import re

import pytest
from PySide6.QtWidgets import QApplication

from app.security import actor_from_user, find_user
from tests.i18n_walk import Walk, texts_of
from tests.ui_helpers import make_context, open_window
from ui import i18n

# Common words of English user interfaces (Qt's own buttons and dialogs among
# them), not a dictionary: words that are also Czech ("to", "import", "export",
# "reset", "status") are left out.
ENGLISH = re.compile(
    r"\b(Yes|No|OK|Cancel|Save|Discard|Close|Open|Apply|Help|Delete|Add|Remove|New|"
    r"Search|Filter|Name|Date|Type|Error|Warning|Loading|Settings|Print|Undo|Redo|Cut|"
    r"Copy|Paste|Select All|Back|Next|Finish|Today|None|Details|Show|Hide|Submit|Update|"
    r"Refresh|Clear|Browse|Look in|Folder|Directory|Unknown|Untitled|Abort|Retry|Ignore|"
    r"Restore Defaults|Yes to All|No to All|the|and|of|for|with|from|this|that|is|are|not|"
    r"please|click|select|enter|required|invalid|failed|file|files|cannot|must|"
    r"should|your|you|will|has|have|was|were|been|which|when|there|here|only|already)\b")

# Common Czech words of this UI, and any word with a Czech diacritic.
CZECH = re.compile(
    r"\b(je|jsou|nebo|pro|bez|jen|podle|při|také|ještě|který|která|které|osoba|osoby|"
    r"byt|byty|smlouva|smlouvy|případ|případy|úkol|úkoly|žádost|žádosti|hledat|vybrat|"
    r"uložit|zrušit|zavřít|nový|nová|nové|datum|jméno|příjmení|poznámka|stav|počet|"
    r"celkem|ano|klient|klienti|domácnost|vyplňte|zadejte|nelze|není)\b", re.IGNORECASE)
DIACRITIC = re.compile(r"\w*[áčďéěíňóřšťúůýžÁČĎÉĚÍŇÓŘŠŤÚŮÝŽ]\w*")
# what the English UI legitimately shows in Czech: the office's own name
# (data), the currency, and the names of the languages in the language choice
ALLOWED_CZECH = {"Testovací", "úřad", "Kč", "Čeština", "čeština"}


def walk_every_area(qtbot, ctx) -> Walk:
    window = open_window(qtbot, ctx)
    with Walk() as walk:
        for area in list(window.areas):
            page = window.show_area(area.key)
            walk.page(qtbot, page, area.key)
        walk.texts += [("main window", t) for _w, t in texts_of(window)]
    return walk


def report(found: list[tuple[str, str, str]]) -> str:
    seen, lines = set(), []
    for where, word, text in found:
        if (word, text) not in seen:
            seen.add((word, text))
            lines.append(f"{word!r} in {text!r}  ({where})")
    return f"{len(lines)} texts:\n" + "\n".join(lines)


def test_the_czech_ui_shows_no_english(qtbot, town_db, tmp_path):
    with town_db.reading() as s:
        admin = actor_from_user(find_user(s, "admin"))
    ctx = make_context(town_db, admin, tmp_path / "ui.ini")
    walk = walk_every_area(qtbot, ctx)
    assert len(walk.texts) > 1000 and len(walk.dialogs) >= 10, walk.dialogs
    found = [(where, m.group(0), text) for where, text in walk.texts
             for m in [ENGLISH.search(text)] if m]
    assert not found, report(found)


@pytest.fixture
def english():
    lang = i18n.install(QApplication.instance(), "en")
    yield lang
    i18n.install(QApplication.instance(), "cs")


def test_the_english_ui_shows_no_czech(qtbot, db, admin, tmp_path, english):
    ctx = make_context(db, admin, tmp_path / "ui.ini")
    i18n.install(QApplication.instance(), "en")      # make_context chose Czech
    walk = walk_every_area(qtbot, ctx)
    assert len(walk.texts) > 500 and len(walk.dialogs) >= 5, walk.dialogs
    found = []
    for where, text in walk.texts:
        words = [w for w in DIACRITIC.findall(text) if w not in ALLOWED_CZECH]
        words += CZECH.findall(text)
        if words:
            found.append((where, words[0], text))
    assert not found, report(found)
