"""The first PDF of a session (issue 10): ReportLab's URL pattern is compiled
only when used, and the GUI loads the printers and fonts off its thread right
after start, while a print made meanwhile still works."""
from __future__ import annotations

import io
import subprocess
import sys
import threading
from pathlib import Path

import pytest
from pypdf import PdfReader
from PySide6.QtWidgets import QApplication, QWidget

from app import printing
from app.leases.records import list_leases
from ui import warmup

from .conftest import DEMO_TODAY

ROOT = Path(__file__).resolve().parent.parent


FRESH = """
import re
import reports.base  # loads ReportLab's paragraph module, its URL pattern lazily
from reportlab.platypus import paragraph
assert re.compile.__module__ == "re"                 # the stdlib's own again
lazy = paragraph.uri_pat
assert type(lazy).__name__ == "_LazyPattern" and lazy._compiled is None
eager = re.compile(lazy.pattern, re.I)               # .pattern compiles the lazy one
for url in ("https://www.trutnov.cz/urad/kmb", "http://192.168.1.10:8080/a?b=c",
            "ftp://žluťoučký-kůň.cz/", "není adresa", "www.trutnov.cz"):
    assert bool(lazy.match(url)) == bool(eager.match(url)), url
assert paragraph._uri_split_pairs("https://www.trutnov.cz/a/b")[0] == (
    "https://www.trutnov.cz/a/", "b")
print("ok")
"""


def test_reportlab_url_pattern_is_compiled_on_first_use_and_matches_as_before():
    # a fresh interpreter: in this one another test may have loaded ReportLab first
    out = subprocess.run([sys.executable, "-c", FRESH], cwd=ROOT, capture_output=True,
                         text=True, timeout=120)
    assert out.returncode == 0, out.stderr
    assert out.stdout.strip() == "ok"


def test_warm_up_lays_out_a_page_with_the_embedded_font():
    from reportlab.pdfbase import pdfmetrics

    printing.warm_up()
    assert "KMBSans" in pdfmetrics.getRegisteredFontNames()
    assert "KMBSans-Bold" in pdfmetrics.getRegisteredFontNames()


def test_warm_up_runs_off_the_gui_thread_and_a_print_right_after_start_works(
        qtbot, town_db, town_worker, monkeypatch):
    ran_on: list[threading.Thread] = []
    original = printing.warm_up

    def watched():
        ran_on.append(threading.current_thread())
        original()
    monkeypatch.setattr(printing, "warm_up", watched)

    window = QWidget()
    qtbot.addWidget(window)
    window.show()
    op = warmup.warm_printing(window)
    assert QApplication.overrideCursor() is None        # nothing the person waits for
    # a print right after start, while the warm-up may still run
    lease = next(r for r in list_leases(town_db, town_worker, today=DEMO_TODAY)
                 if any(ch in r.tenant for ch in "ěščřžýůň"))
    pdf, name = printing.render(town_db, town_worker, "contract", lease.id)
    text = "\n".join(p.extract_text() for p in PdfReader(io.BytesIO(pdf)).pages)
    assert lease.tenant in text and "Nájemní smlouva" in text
    qtbot.waitUntil(lambda: not op.is_running(), timeout=30_000)
    assert ran_on and ran_on[0] is not threading.main_thread()


def test_the_warm_up_is_scheduled_after_the_window_shows(qtbot, monkeypatch):
    started: list[QWidget] = []
    monkeypatch.setattr(warmup, "warm_printing", lambda parent: started.append(parent))
    window = QWidget()
    qtbot.addWidget(window)
    warmup.schedule(window, delay_ms=10)
    assert started == []                                # not during start-up itself
    qtbot.waitUntil(lambda: started == [window], timeout=15_000)
