"""Issue 18.3: every message of app/ is translatable, and English is English.

Czech stays the source: app/ writes ``_("…")`` (app.i18n, GNU gettext), and
``python resources/i18n/update.py`` extracts the texts into app_en.po/.mo with
the English of the glossaries (resources/i18n/en_*.py). These tests keep it so:
a new bare Czech message, or one without English, fails here with its place.
"""
from __future__ import annotations

import gettext
import re
import string
import sys
from pathlib import Path

import pytest

from app import i18n
from app.errors import NotFound, ValidationError

HERE = Path(__file__).resolve().parent.parent / "resources" / "i18n"
sys.path.insert(0, str(HERE))
import app_messages  # noqa: E402


@pytest.fixture
def english():
    i18n.set_language("en")
    yield
    i18n.set_language("cs")


def _catalog() -> dict[str, str]:
    with open(HERE / "app_en.mo", "rb") as fh:
        return {k: v for k, v in gettext.GNUTranslations(fh)._catalog.items() if k}


def test_no_bare_czech_message_in_app():
    left = [f"{s.path.relative_to(app_messages.ROOT)}:{s.line}" for s in app_messages.unwrapped()]
    assert not left, ("Czech messages not wrapped in _() – run "
                      "`python resources/i18n/update.py --wrap`:\n" + "\n".join(left))


def test_no_function_hides_the_translation_function():
    assert app_messages.shadowed() == []


def test_the_check_finds_what_it_should(tmp_path, monkeypatch):
    """The AST check itself: literals, f-strings, message variables and error
    dicts are found; wrapped ones, field names and English internals are not."""
    root = tmp_path
    (root / "app").mkdir()
    src = root / "app" / "sample.py"
    src.write_text(
        'from .errors import NotFound, ValidationError\n'
        'from .i18n import _\n'
        'def a(x):\n'
        '    raise NotFound("Osoba nenalezena.")\n'
        'def b(x):\n'
        '    raise ValidationError(f"Byt {x} je obsazený.", field="flat_id")\n'
        'def c(x):\n'
        '    msg = "Vyplňte jméno."\n'
        '    raise ValidationError(msg)\n'
        'def d(x):\n'
        '    errors = {}\n'
        '    errors["name"] = "Vyplňte název."\n'
        '    raise ValidationError.from_errors(errors)\n'
        'def ok(x):\n'
        '    raise NotFound(_("Osoba nenalezena."))\n'
        'def internal(x):\n'
        '    raise ValueError("unexpected kind")\n', encoding="utf-8")
    monkeypatch.setattr(app_messages, "ROOT", root)
    found = app_messages.sites(src, {"KmbError", "NotFound", "ValidationError"})
    assert [s.line for s in found] == [4, 6, 8, 12]
    errors = {"KmbError", "NotFound", "ValidationError"}
    assert app_messages.wrap_file(src, errors) == 4
    text = src.read_text(encoding="utf-8")
    assert 'raise NotFound(_("Osoba nenalezena."))' in text
    assert '_("Byt {x} je obsazený.").format(x=x), field="flat_id"' in text
    assert app_messages.sites(src, errors) == []
    compile(text, str(src), "exec")


def test_every_message_has_english_with_the_same_placeholders():
    catalog = _catalog()
    texts = app_messages.extract()
    missing = [t for t in texts if not catalog.get(t)]
    assert not missing, ("messages without English – add them to resources/i18n/en_app_*.py "
                         "and run `python resources/i18n/update.py`:\n" + "\n".join(missing))

    def fields(text):
        return sorted(f for _lit, f, _spec, _conv in string.Formatter().parse(text) if f)
    wrong = [(cs, en) for cs, en in catalog.items() if fields(cs) != fields(en)]
    assert not wrong, wrong


def test_no_czech_left_in_the_english_messages():
    czech = re.compile(r"\b\w*[ěščřžůňťď]\w*", re.IGNORECASE)
    # Czech that stays on purpose: examples of Czech data (office names, places of
    # signing, a file folder name, a Czech identifier or authority, a Czech column
    # header given as an example, the building number kinds č.p./č.ev.)
    allowed = {"Městský", "úřad", "Trutnově", "Zlíně", "novakova", "zalohy", "IČO", "ČÚZK",
               "příjmení", "č"}
    left = {en: czech.findall(en) for en in _catalog().values()}
    left = {en: words for en, words in left.items() if set(words) - allowed}
    assert not left, left


def test_a_refusal_reads_in_the_chosen_language(db, admin, english):
    from app.people.detail import person_detail
    with pytest.raises(NotFound) as refused:
        person_detail(db, admin, "no-such-person")
    assert refused.value.message == "The person does not exist or was deleted."
    i18n.set_language("cs")
    with pytest.raises(NotFound) as refused:
        person_detail(db, admin, "no-such-person")
    assert refused.value.message == "Osoba neexistuje nebo byla smazána."


def test_placeholders_are_filled_in_english(english):
    from app.formatting import parse_date
    with pytest.raises(ValidationError) as bad:
        parse_date("32. 1. 2027")
    assert bad.value.message == "“32. 1. 2027” is not a valid date."


def test_the_language_comes_from_kmb_lang(monkeypatch):
    monkeypatch.setenv("KMB_LANG", "en")
    assert i18n.set_language() == "en"
    monkeypatch.setenv("KMB_LANG", "de")          # unknown: Czech
    assert i18n.set_language() == "cs"
    assert i18n.set_language("en") == "en"
    i18n.set_language("cs")


# -- every Czech text of app/, not only the message sites --------------------------

def test_every_czech_text_is_translated_or_czech_on_purpose():
    """A Czech literal or f-string of app/ is inside _(), or marked
    ``# czech-on-purpose`` (documents, grammar, data formats, stored record texts),
    or in the demo folder – or one of the known debts of czech_left.txt."""
    found = {app_messages.left_line(c): c for c in app_messages.all_czech_texts()}
    known = app_messages.left_over()
    new = [f"{c.path}:{c.line}: {c.text!r}" for key, c in found.items() if key not in known]
    assert not new, ("Czech text outside _(): wrap it (`_(\"…\").format(…)`), or mark it "
                     "`# czech-on-purpose: <why>` if it must stay Czech:\n" + "\n".join(new))
    gone = sorted(known - set(found))
    assert not gone, ("no longer found – remove from resources/i18n/czech_left.txt:\n"
                      + "\n".join(gone))


def test_the_czech_text_check_finds_what_it_should(tmp_path, monkeypatch):
    """The forms the message sites miss: an f-string returned, a text assigned and
    shown later, a progress line, a summary; and what it leaves alone."""
    root = tmp_path
    (root / "app" / "demo").mkdir(parents=True)
    (root / "app" / "demo" / "names.py").write_text('NAMES = ["Šárka", "Řezníčková"]\n',
                                                    encoding="utf-8")
    src = root / "app" / "sample.py"
    src.write_text(
        '"""Modul s českým docstringem – ten se nepočítá."""\n'         # 1
        'from .i18n import _\n'                                         # 2
        'def summary(n):\n'                                             # 3
        '    return f"Načteno {n} záznamů."\n'                          # 4 found
        'def later(report):\n'                                          # 5
        '    text = "Ukládám…"\n'                                       # 6 found
        '    report(text, 5)\n'                                         # 7
        '    report(_("šifruji"), 95)\n'                                # 8 wrapped
        '    report(_("Řádek {n}").format(n=1), 9)\n'                   # 9 wrapped
        '# czech-on-purpose: a Czech document\n'                        # 10
        'def contract():\n'                                             # 11
        '    return "Nájemní smlouva"\n'                                # 12 marked def
        'def mixed(x):\n'                                               # 13
        '    title = f"Úkol {x}"  # czech-on-purpose: stored task title\n'   # 14 marked line
        '    # czech-on-purpose: stored note\n'                         # 15
        '    note = ("Staženo: "\n'                                     # 16 marked statement
        '            f"{x}")\n'                                         # 17
        '    return f"Případ {x}", title, note\n'                       # 18 found
        'KEY = "internal english"\n', encoding="utf-8")                 # 19 not Czech
    marked = root / "app" / "document.py"
    marked.write_text('"""A module of document text."""\n'
                      '# czech-on-purpose: the whole module is a Czech document\n'
                      'from __future__ import annotations\n'
                      'HEAD = "Rozhodnutí"\n', encoding="utf-8")
    monkeypatch.setattr(app_messages, "ROOT", root)
    found = app_messages.all_czech_texts([src, marked, root / "app" / "demo" / "names.py"])
    assert [(c.line, c.text) for c in found] == [
        (4, "Načteno  záznamů."), (6, "Ukládám…"), (18, "Případ ")]
    assert app_messages.left_line(found[0]) == 'app/sample.py\t"Načteno  záznamů."'


def test_the_known_debts_name_their_reason():
    """czech_left.txt groups its lines under a comment that says why each file's
    texts are still Czech (shared by a screen and a Czech document, or waiting for
    a rework) – a reader sees the debt, not an unexplained exception list."""
    text = app_messages.LEFT_FILE.read_text(encoding="utf-8")
    paths = {ln.split("\t")[0] for ln in text.splitlines() if ln and not ln.startswith("#")}
    reasons = {ln[2:].split(": ", 1)[0] for ln in text.splitlines() if ln.startswith("# app/")}
    assert paths <= reasons, paths - reasons
