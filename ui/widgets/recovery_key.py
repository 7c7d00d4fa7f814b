"""The recovery key, shown once (first start, a new database key) with a
printable sheet for the office safe, previewed from memory (no PDF in the
temp folder)."""
from __future__ import annotations

from typing import Callable

from PySide6.QtCore import Qt
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import (QCheckBox, QDialog, QDialogButtonBox, QHBoxLayout, QLabel,
                               QMessageBox, QPushButton, QVBoxLayout)

from app.errors import KmbError

from .pdf_preview import PdfPreviewDialog


class RecoveryKeyDialog(QDialog):
    """The recovery key, shown once: it opens the database and its backups
    when every password is forgotten. Closes only after it is written down."""

    def __init__(self, recovery_key: str, parent=None,
                 sheet: Callable[[], tuple[bytes, str]] | None = None):
        super().__init__(parent)
        self.sheet = sheet
        self.preview = None
        self.setWindowTitle(self.tr("Klíč pro obnovu databáze"))
        intro = QLabel(self.tr(
            "Opište nebo vytiskněte tento klíč a uložte ho do trezoru úřadu. Otevře databázi "
            "i zálohy, když se zapomenou hesla. Znovu se už nezobrazí."))
        intro.setWordWrap(True)
        self.key = QLabel(recovery_key)
        self.key.setObjectName("recoveryKey")
        self.key.setTextInteractionFlags(Qt.TextSelectableByMouse)
        self.key.setWordWrap(True)
        font = self.key.font()
        font.setFamily("monospace")
        font.setPointSizeF(font.pointSizeF() * 1.3)
        self.key.setFont(font)
        self.copy_button = QPushButton(self.tr("Zkopírovat"))
        self.copy_button.clicked.connect(
            lambda: QGuiApplication.clipboard().setText(recovery_key))
        # the sheet is built and previewed in memory: no PDF in the temp folder
        self.print_button = QPushButton(self.tr("Vytisknout list pro trezor…"))
        self.print_button.setObjectName("printRecoverySheet")
        self.print_button.setVisible(sheet is not None)
        self.print_button.clicked.connect(self.print_sheet)
        self.written = QCheckBox(self.tr("Klíč mám zapsaný a uložený"))
        self.buttons = QDialogButtonBox(QDialogButtonBox.Ok)
        self.buttons.button(QDialogButtonBox.Ok).setText(self.tr("Pokračovat"))
        self.buttons.button(QDialogButtonBox.Ok).setEnabled(False)
        self.written.toggled.connect(self.buttons.button(QDialogButtonBox.Ok).setEnabled)
        self.buttons.accepted.connect(self.accept)
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addWidget(self.key)
        row = QHBoxLayout()
        row.addWidget(self.copy_button)
        row.addWidget(self.print_button)
        row.addStretch(1)
        layout.addLayout(row)
        layout.addWidget(self.written)
        layout.addWidget(self.buttons)

    def print_sheet(self) -> None:
        try:
            pdf, name = self.sheet()
        except KmbError as exc:
            QMessageBox.warning(self, self.tr("Klíč pro obnovu"), exc.message)
            return
        self.preview = PdfPreviewDialog(pdf, self.tr("Klíč pro obnovu – list pro trezor"),
                                        name, self)
        self.preview.exec()

    def reject(self) -> None:     # Esc does not skip the key
        if self.written.isChecked():
            super().reject()
