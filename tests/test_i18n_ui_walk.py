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

from app.allocation.applications import KEY_PROFESSIONS_HINT
from app.cases.procedure_documents import KINDS
from app.legal.parameters import DEFINITIONS
from app.privacy.audit_log import ACTION_LABELS
from app.security import ROLE_LABELS, actor_from_user, find_user
from tests.i18n_walk import Walk, texts_of
from tests.ui_helpers import make_context, open_window
from ui import i18n

# Common words of English user interfaces (Qt's own buttons and dialogs among
# them), not a dictionary: words that are also Czech ("to", "import", "export",
# "reset", "status", and "OK" on Czech buttons) are left out.
ENGLISH = re.compile(
    r"\b(Yes|No|Cancel|Save|Discard|Close|Open|Apply|Help|Delete|Add|Remove|New|"
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
PATH = re.compile(r"^(/|[A-Za-z]:\\)\S*$")      # a file name shown as it is
# What the English UI legitimately shows in Czech: data (the office's name, the
# administrator's stored name), Czech examples of data in hints ("e.g. Městský
# úřad Trutnov", "V Trutnově", "Kuchyň: dřez a baterie", the "Pokoj" room of the
# templates), the Czech IČO and the "ověřit" mark of the law values, the currency.
ALLOWED_CZECH = {"Testovací", "úřad", "Správce", "Kč", "Čeština", "čeština", "Městský",
                 "Město", "Trutnově", "Kuchyň", "dřez", "Pokoj", "IČO", "ověřit"}
# Left untranslated (issue 18.3, reported): names kept in tables of app/ that ui/
# shows as they are. Each needs N_() in app/ and _() where ui/ shows it; the
# test fails when one of them is gone (then delete its line) or a new one appears.
def _one_of(texts) -> str:
    return "^(" + "|".join(re.escape(t) for t in texts) + ")…?$"


KNOWN_LEFT = {      # what is left → a pattern of the texts it shows
    "procedure documents (app/cases/procedure_documents.py KINDS)":
        _one_of(k.title for k in KINDS.values()),
    "key professions (app/allocation/applications.py KEY_PROFESSIONS_HINT)":
        _one_of(KEY_PROFESSIONS_HINT),
    "role names (app/security.py ROLE_LABELS)": _one_of(ROLE_LABELS.values()),
    "audit event kinds (app/privacy/audit_log.py ACTION_LABELS)":
        _one_of(ACTION_LABELS.values()),
    "law parameter names (app/legal/parameters.py DEFINITIONS)":
        _one_of(d.label for d in DEFINITIONS),
    "month names (app/leases/arrears.py)": r"^\w+ \d{4}$",
    "statistics table titles (app/intake/stats.py and the other stats modules)":
        r"^(Kontakty podle|Předání podle|Případy$|Po měsících|Pracovníci: |Udržení bydlení|"
        r"Nájemní smlouvy v období|Krizový fond v období)",
    "bundled rule sets: names, descriptions (resources/rules; data once adopted)":
        r"Bodový systém|Nejdřív potřeba",
    "placeholders of the procedure templates (app/cases/procedure_documents.py)":
        r"spisová značka",
    "placeholders of the contract template (app/leases)": r"Zástupné symboly",
    "inspection template names (stored defaults)":
        r"^(Předání a převzetí bytu|Pravidelná kontrola bytu|Mimořádná kontrola bytu)",
    "rule check result (app/allocation)": r"^Pravidla jsou v pořádku\.$",
    "retention defaults text (app/privacy)": r"vzor spisového a skartačního plánu",
}


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
             for m in [ENGLISH.search(text)] if m and not PATH.match(text)]
    assert not found, report(found)


@pytest.fixture
def english():
    lang = i18n.install(QApplication.instance(), "en")
    yield lang
    i18n.install(QApplication.instance(), "cs")


@pytest.mark.xfail(strict=False, reason=(
    "issue 18 item 3 is open: about 107 texts of the screens merged in stop 11 (rules form, "
    "template placeholders, import kinds, programmes, RÚIAN labels, statistics titles) are "
    "built at run time without tr() and stay Czech in the English UI"))
def test_the_english_ui_shows_no_czech(qtbot, db, admin, tmp_path, english):
    ctx = make_context(db, admin, tmp_path / "ui.ini")
    i18n.install(QApplication.instance(), "en")      # make_context chose Czech
    walk = walk_every_area(qtbot, ctx)
    assert len(walk.texts) > 500 and len(walk.dialogs) >= 5, walk.dialogs
    found, known = [], set()
    for where, text in walk.texts:
        words = [w for w in DIACRITIC.findall(text) if w not in ALLOWED_CZECH]
        words += CZECH.findall(text)
        left = [k for k, pattern in KNOWN_LEFT.items() if re.search(pattern, text)]
        if left:
            known.update(left)
        elif words:
            found.append((where, words[0], text))
    assert not found, report(found)
    assert known == set(KNOWN_LEFT), f"translated now, delete: {set(KNOWN_LEFT) - known}"
