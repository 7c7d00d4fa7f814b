"""The printed documents' fonts are subsets of DejaVu Sans (a faster first
PDF): every Czech letter and every symbol the documents print must still be
in them, and the page footer still counts the pages in one layout pass."""
from __future__ import annotations

import io
import pathlib

import pytest
from pypdf import PdfReader

from reportlab.pdfbase.ttfonts import TTFont

from reports.base import Document, OfficeInfo
from reports.font_ranges import covered
from resources import path as resource_path

CZECH = "aábcčdďeéěfghiíjklmnňoópqrřsštťuúůvwxyýzž"
SYMBOLS = "„“‚‘–—…·§²°×€№→←↔−≈≤≥✓✗⚠☐ˇ"


def _glyphs(name: str) -> dict[int, int]:
    return TTFont(name, str(resource_path("fonts", name))).face.charToGlyph


def test_every_czech_letter_and_printed_symbol_has_a_glyph():
    for name in ("KMBSans.ttf", "KMBSans-Bold.ttf"):
        glyphs = _glyphs(name)
        missing = [c for c in CZECH + CZECH.upper() + SYMBOLS + "Ơư Ễ Жж"
                   if ord(c) not in glyphs and not c.isspace()]
        assert missing == [], f"{name} lacks {missing}"


def test_every_non_latin_character_in_reports_and_app_is_in_the_ranges():
    root = pathlib.Path(__file__).resolve().parent.parent
    outside = set()
    for folder in ("reports", "app", "resources/templates"):
        for f in (root / folder).rglob("*"):
            if f.suffix in (".py", ".txt") and f.is_file():
                outside |= {c for c in f.read_text(encoding="utf-8")
                            if ord(c) > 0x7E and not c.isspace() and not covered(c)}
    assert outside == set()


def test_a_document_numbers_its_pages_in_one_pass():
    office = OfficeInfo(name="Městský úřad Žďár", department="Odbor sociálních věcí",
                        address="Náměstí 1", phone="", email="")
    doc = Document(office, "Zkouška")
    for i in range(120):
        doc.paragraph(f"Řádek {i}: Příliš žluťoučký kůň úpěl ďábelské ódy.")
    pdf = doc.render()
    pages = [p.extract_text() for p in PdfReader(io.BytesIO(pdf)).pages]
    assert len(pages) >= 3
    for number, text in enumerate(pages, 1):
        assert f"Strana {number} z {len(pages)}" in text
        assert "Městský úřad Žďár" in text            # the header, diacritics and all
    assert "Příliš žluťoučký kůň úpěl ďábelské ódy." in pages[0]
    with pytest.raises(RuntimeError):                 # the story was consumed
        doc.render()
