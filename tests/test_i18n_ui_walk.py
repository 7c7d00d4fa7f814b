"""Issue 18.3: the Czech UI shows no English, the English UI no Czech.

Every area of the main window is opened as the administrator (who sees every
area), a first row chosen in its lists, and every dialog its "…" buttons open
is read and cancelled (tests/i18n_walk.py), and so is every dialog those
dialogs' own "…" buttons open (a person picking a template inside the
template settings, a file inside an import …). The Czech walk runs on the town
demo (data in every list and detail). The English one runs twice: on a new,
empty office, so that whatever Czech it finds is the UI's own text, not a
client's name; and on the town demo, so that lists, details and the dialogs of
a chosen row are read with data in them – there every word stored in the
database (names, addresses, notes, task titles) counts as data.
"""
from __future__ import annotations

import re

import pytest
from PySide6.QtWidgets import QApplication

from app.security import actor_from_user, find_user
from tests.i18n_walk import Walk, data_words, texts_of
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
PLACEHOLDER = re.compile(r"\{\{\w+\}\}")        # {{datum}}: a template's own syntax, not words
# What the English UI legitimately shows in Czech: data (the office's name, the
# administrator's stored name), Czech examples of data in hints ("e.g. Městský
# úřad Trutnov", "V Trutnově", "Kuchyň: dřez a baterie", the "Pokoj" room of the
# templates), the Czech IČO and the "ověřit" mark of the law values, the currency.
# RÚIAN (the address register) of the ČÚZK are proper names.
ALLOWED_CZECH = {"Testovací", "úřad", "Správce", "Kč", "Čeština", "čeština", "Městský",
                 "Město", "Trutnově", "Kuchyň", "dřez", "Pokoj", "IČO", "ověřit", "RÚIAN",
                 "ČÚZK"}
# Left in Czech on purpose: what the office adopts, stores and may rename, shown
# as stored (translating it on screen would save the English back when edited).
# The test fails when one of them is no longer seen in the empty office (then
# delete its line) and on any other Czech text.
KNOWN_LEFT = {      # what is left → a pattern of the texts it shows
    # the bundled rule sets (resources/rules): their criteria, names and description
    # are the text the office adopts as its own rules and prints on rankings
    "bundled rule sets: names, descriptions (resources/rules; data once adopted)":
        r"Bodový systém|Nejdřív potřeba",
    # checklist templates are rows of the database the office renames and edits
    "inspection template names (stored defaults)":
        r"^(Předání a převzetí bytu|Pravidelná kontrola bytu|Mimořádná kontrola bytu)",
}


def fill_the_empty_lists(db, actor) -> None:
    """The town demo leaves some lists empty (no exchange partner, no conflict, no
    flagged duplicate, no change during an entry): a walk reads no row, no detail
    and no dialog of theirs. One of each, so that their texts are checked too."""
    import datetime as dt

    from sqlalchemy import select

    from app.intake.duplicates import flag
    from models.people import Person
    from models.procedure import HousingProcedure, HousingProcedureChange
    from models.sync import BundleLog, Peer, SyncConflict
    with db.transaction() as s:
        laptop = Peer(id="walk-laptop", name="Notebook N1", origin="N1", age_recipient="age1",
                      verify_key=b"0" * 32, fingerprint="0427 7209", kind="laptop",
                      scope=f"worker:{actor.user_id}", series="N1")
        partner = Peer(id="walk-partner", name="Charita Trutnov", origin="P1",
                       age_recipient="age1", verify_key=b"1" * 32, fingerprint="1188 4410",
                       kind="partner", scope="cases", revoked_at=dt.datetime(2026, 11, 20))
        s.add_all([laptop, partner])
        s.flush()
        s.add(BundleLog(id="walk-bundle", peer_id=laptop.id, direction="out", seq_to=12))
        a, b = s.scalars(select(Person.id).order_by(Person.id).limit(2)).all()
        s.add(SyncConflict(table_name="person", row_id=a, column="phone",
                           kept_json='"777 111 222"', kept_stamp="1@walk-laptop",
                           lost_json='"777 333 444"', lost_stamp="2@walk-partner"))
        flag(s, actor, a, b, "name_birth_date")
        procedure = s.scalars(select(HousingProcedure.id).order_by(HousingProcedure.id)).first()
        if procedure is not None:
            s.add(HousingProcedureChange(procedure_id=procedure, changed_on=dt.date(2026, 11, 2),
                                         description="Narodilo se dítě.",
                                         recorded_by_id=actor.user_id))


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
    fill_the_empty_lists(town_db, admin)
    ctx = make_context(town_db, admin, tmp_path / "ui.ini")
    walk = walk_every_area(qtbot, ctx)
    assert len(walk.texts) > 1000 and len(walk.dialogs) >= 10, walk.dialogs
    assert len(walk.nested) >= 3, walk.nested        # dialogs opened inside dialogs
    found = [(where, m.group(0), text) for where, text in walk.texts
             for m in [ENGLISH.search(text)] if m and not PATH.match(text)]
    assert not found, report(found)


@pytest.fixture
def english():
    lang = i18n.install(QApplication.instance(), "en")
    yield lang
    i18n.install(QApplication.instance(), "cs")


@pytest.mark.parametrize("office", ["empty", "town"])
def test_the_english_ui_shows_no_czech(qtbot, request, tmp_path, english, office):
    if office == "town":
        db = request.getfixturevalue("town_db")
        with db.reading() as s:
            actor = actor_from_user(find_user(s, "admin"))
        fill_the_empty_lists(db, actor)
        data = data_words(db)
    else:
        db, actor, data = request.getfixturevalue("db"), request.getfixturevalue("admin"), set()
    ctx = make_context(db, actor, tmp_path / "ui.ini")
    i18n.install(QApplication.instance(), "en")      # make_context chose Czech
    walk = walk_every_area(qtbot, ctx)
    assert len(walk.texts) > 500 and len(walk.dialogs) >= 5, walk.dialogs
    assert walk.nested, walk.dialogs                 # dialogs opened inside dialogs
    found, known = [], set()
    for where, text in walk.texts:
        text = PLACEHOLDER.sub("", text)
        words = [w for w in DIACRITIC.findall(text)
                 if w not in ALLOWED_CZECH and w.lower() not in data]
        words += [w for w in CZECH.findall(text) if w.lower() not in data]
        left = [k for k, pattern in KNOWN_LEFT.items() if re.search(pattern, text)]
        if left:
            known.update(left)
        elif words:
            found.append((where, words[0], text))
    assert not found, report(found)
    if office == "empty":        # (on the town, stored data may stand for a bundled default)
        assert known == set(KNOWN_LEFT), f"translated now, delete: {set(KNOWN_LEFT) - known}"
