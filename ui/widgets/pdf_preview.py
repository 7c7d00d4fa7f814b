"""Preview of a generated PDF with Print… and Save as PDF… (shared by every
document). Pages are rendered with PDFium (pypdfium2), so no QtPdf add-on is
needed; printing draws the rendered pages at the printer's resolution."""
from __future__ import annotations

from pathlib import Path
from typing import Callable

import pypdfium2 as pdfium
from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtGui import QImage, QPainter, QPixmap
from PySide6.QtPrintSupport import QPrintDialog, QPrinter
from PySide6.QtWidgets import (QDialog, QFileDialog, QHBoxLayout, QLabel, QLineEdit,
                               QMessageBox,
                               QPushButton, QScrollArea, QVBoxLayout, QWidget)

from app.errors import KmbError
from app.files import write_atomic

from ..ops import write_op


def render_page(pdf: pdfium.PdfDocument, index: int, dpi: float) -> QImage:
    bitmap = pdf[index].render(scale=dpi / 72, rev_byteorder=True)   # RGB byte order
    img = QImage(bitmap.buffer, bitmap.width, bitmap.height, bitmap.stride,
                 QImage.Format_RGB888)
    return img.copy()   # detach from PDFium's buffer


def render_pages(pdf_bytes: bytes, dpi: float = 80) -> list[QImage]:
    """Every page as an image (QImage, not QPixmap: safe in a worker thread)."""
    doc = pdfium.PdfDocument(pdf_bytes)
    try:
        return [render_page(doc, i, dpi) for i in range(len(doc))]
    finally:
        doc.close()


def preview_in_background(parent: QWidget, title: str,
                          make: Callable[[], tuple[bytes, str]], *,
                          failed: Callable[[Exception], None] | None = None,
                          opened: Callable[["PdfPreviewDialog"], None] | None = None):
    """Render a document (``make() -> (pdf, file name)``, which also records
    the print audit event) and its preview pages off the GUI thread, then
    open the preview. ``failed`` gets a KmbError instead of a message box."""
    def work(_progress, _cancelled):
        pdf, name = make()
        return pdf, name, render_pages(pdf)

    def done(result) -> None:
        pdf, name, images = result
        dlg = PdfPreviewDialog(pdf, title, name, parent, images=images)
        if opened is not None:
            opened(dlg)
        dlg.exec()

    return write_op(parent, QCoreApplication.translate("PdfPreviewDialog",
                                                       "Připravuji dokument…"),
                    work, done, failed=failed, show_errors=failed is None)


class PdfPreviewDialog(QDialog):
    def __init__(self, pdf_bytes: bytes, title: str, filename: str,
                 parent: QWidget | None = None, images: list[QImage] | None = None):
        super().__init__(parent)
        self.pdf_bytes = pdf_bytes
        self.filename = filename
        self.setWindowTitle(title)
        if images is None:   # not rendered in the background beforehand
            images = render_pages(pdf_bytes)
        self.page_count = len(images)
        pages = QWidget()
        pv = QVBoxLayout(pages)
        pv.setAlignment(Qt.AlignHCenter)
        for image in images:
            label = QLabel()
            label.setPixmap(QPixmap.fromImage(image))
            label.setStyleSheet("background: white; border: 1px solid #c8d0d7;")
            pv.addWidget(label)
        scroll = QScrollArea()
        scroll.setWidget(pages)
        scroll.setWidgetResizable(True)
        scroll.setStyleSheet("QScrollArea { background: #7d8a96; }")
        self.print_button = QPushButton(self.tr("Tisk…"))
        self.print_button.setProperty("primary", True)
        self.save_button = QPushButton(self.tr("Uložit jako PDF…"))
        close = QPushButton(self.tr("Zavřít"))
        self.print_button.clicked.connect(self.print_)
        self.save_button.clicked.connect(self.save_as)
        close.clicked.connect(self.accept)
        info = QLabel(self.tr("Stran: {0}").format(self.page_count))
        info.setObjectName("muted")
        buttons = QHBoxLayout()
        buttons.addWidget(info)
        buttons.addStretch(1)
        buttons.addWidget(self.save_button)
        buttons.addWidget(self.print_button)
        buttons.addWidget(close)
        layout = QVBoxLayout(self)
        layout.addWidget(scroll, 1)
        layout.addLayout(buttons)
        self.resize(760, 900)

    def save_to(self, path: str | Path) -> Path:
        return write_atomic(path, self.pdf_bytes)

    def save_as(self) -> None:
        path, _ = QFileDialog.getSaveFileName(self, self.tr("Uložit jako PDF"), self.filename,
                                              self.tr("Dokument PDF (*.pdf)"))
        if not path:
            return
        try:
            self.save_to(path)
        except KmbError as exc:
            QMessageBox.warning(self, self.tr("Nepodařilo se uložit"), exc.message)

    def print_to(self, printer: QPrinter) -> None:
        doc = pdfium.PdfDocument(self.pdf_bytes)
        painter = QPainter(printer)
        try:
            dpi = min(printer.resolution(), 300)   # sharper gains nothing on paper
            for i in range(self.page_count):
                if i:
                    printer.newPage()
                img = render_page(doc, i, dpi)
                rect = painter.viewport()
                size = img.size().scaled(rect.size(), Qt.KeepAspectRatio)
                painter.setViewport(rect.x(), rect.y(), size.width(), size.height())
                painter.setWindow(img.rect())
                painter.drawImage(0, 0, img)
        finally:
            painter.end()
            doc.close()

    def print_(self) -> None:
        printer = QPrinter(QPrinter.HighResolution)
        printer.setDocName(self.filename)
        dialog = QPrintDialog(printer, self)
        pages = dialog.findChild(QLineEdit, "pagesLineEdit")
        if pages is not None:       # Qt's Czech catalogue leaves this tip in English
            pages.setToolTip(self.tr("Stránky nebo rozsahy stránek oddělené čárkami; rozsah "
                                     "jsou dvě čísla spojená pomlčkou. Např. 3,5-7,9 vytiskne "
                                     "stránky 3, 5, 6, 7 a 9."))
        if dialog.exec() == QDialog.Accepted:
            self.print_to(printer)
