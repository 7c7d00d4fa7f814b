"""Shared widgets: PDF preview (save, print) and the bar chart."""
from __future__ import annotations

import io

from pypdf import PdfReader
from PySide6.QtPrintSupport import QPrinter

from reports.base import Document, OfficeInfo
from ui.app import make_application
from ui.widgets.bar_chart import BarChart
from ui.widgets.pdf_preview import PdfPreviewDialog


def _pdf(pages: int = 2) -> bytes:
    d = Document(OfficeInfo(name="Městský úřad Trutnov"), "Zkušební dokument")
    d.title("Příliš žluťoučký kůň úpěl ďábelské ódy")
    for _ in range(pages * 40):
        d.paragraph("Řádek textu s diakritikou: ěščřžýáíéůú ĚŠČŘŽÝÁÍÉŮÚ.")
    return d.render()


def test_preview_shows_pages_saves_and_prints(qtbot, tmp_path):
    make_application(lang="cs")
    pdf = _pdf()
    dlg = PdfPreviewDialog(pdf, "Náhled", "dokument.pdf")
    qtbot.addWidget(dlg)
    assert dlg.page_count == len(PdfReader(io.BytesIO(pdf)).pages) == 2
    saved = dlg.save_to(tmp_path / "ulozeno.pdf")
    assert saved.read_bytes() == pdf
    printer = QPrinter(QPrinter.HighResolution)
    printer.setOutputFormat(QPrinter.PdfFormat)
    printer.setOutputFileName(str(tmp_path / "tisk.pdf"))
    dlg.print_to(printer)
    assert len(PdfReader(tmp_path / "tisk.pdf").pages) == dlg.page_count


def test_bar_chart_paints(qtbot):
    chart = BarChart(value_format=lambda v: f"{v:.0f}")
    qtbot.addWidget(chart)
    chart.set_data([("osobně", 120), ("telefon", 45), ("e-mail", 8), ("terén", 0)])
    chart.resize(400, chart.sizeHint().height())
    image = chart.grab().toImage()
    assert not image.isNull() and chart.sizeHint().height() >= 4 * 20
