"""Shown when a new person may already be registered: use the existing
record, create a new one anyway (the pair is flagged), or go back."""
from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, Qt
from PySide6.QtWidgets import (QAbstractItemView, QDialog, QDialogButtonBox, QHeaderView, QLabel,
                               QTableView, QVBoxLayout)

from app.formatting import format_date
from app.intake.duplicates import DuplicateCandidate

from ..widgets.table_model import Col, RowsModel

_T = "DuplicateDialog"
COLUMNS = [
    Col(QT_TRANSLATE_NOOP("DuplicateDialog", "Příjmení a jméno"), lambda c: c.name, context=_T),
    Col(QT_TRANSLATE_NOOP("DuplicateDialog", "Narozen(a)"), lambda c: format_date(c.birth_date),
        context=_T),
    Col(QT_TRANSLATE_NOOP("DuplicateDialog", "Rodné číslo"), lambda c: c.birth_number or "",
        context=_T),
    Col(QT_TRANSLATE_NOOP("DuplicateDialog", "Trvalé bydliště"), lambda c: c.address,
        context=_T),
    Col(QT_TRANSLATE_NOOP("DuplicateDialog", "Shoda"),
        lambda c: QCoreApplication.translate("PersonSection", c.reason_label), context=_T),
]

USE_EXISTING, CREATE_NEW = 1, 2


class DuplicateDialog(QDialog):
    def __init__(self, candidates: list[DuplicateCandidate], parent=None):
        super().__init__(parent)
        self.setWindowTitle(self.tr("Možná duplicita"))
        self.candidates = candidates
        self.choice = 0
        text = QLabel(self.tr("Tato osoba už je možná v evidenci. Použijte existující záznam – "
                              "zůstanou u něj všechny dosavadní kontakty a případy. Novou osobu "
                              "založte jen tehdy, jde-li opravdu o někoho jiného."))
        text.setWordWrap(True)
        self.model = RowsModel(COLUMNS)
        self.model.set_rows(candidates)
        self.table = QTableView()
        self.table.setModel(self.model)
        self.table.setSelectionBehavior(QAbstractItemView.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SingleSelection)
        self.table.verticalHeader().hide()
        self.table.setShowGrid(False)
        self.table.horizontalHeader().setStretchLastSection(True)
        self.table.horizontalHeader().setDefaultAlignment(Qt.AlignLeft | Qt.AlignVCenter)
        self.table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeToContents)
        self.table.selectRow(0)
        self.table.setFixedHeight(30 + 26 * min(len(candidates), 5))
        buttons = QDialogButtonBox()
        self.use_button = buttons.addButton(self.tr("Použít existující"),
                                            QDialogButtonBox.AcceptRole)
        self.new_button = buttons.addButton(self.tr("Založit novou osobu"),
                                            QDialogButtonBox.ActionRole)
        back = buttons.addButton(self.tr("Zpět k příjmu"), QDialogButtonBox.RejectRole)
        self.use_button.setDefault(True)
        self.use_button.clicked.connect(lambda: self._done(USE_EXISTING))
        self.new_button.clicked.connect(lambda: self._done(CREATE_NEW))
        back.clicked.connect(self.reject)
        self.table.activated.connect(lambda _: self._done(USE_EXISTING))
        layout = QVBoxLayout(self)
        layout.addWidget(text)
        layout.addWidget(self.table)
        layout.addWidget(buttons)
        self.resize(720, self.sizeHint().height())

    def selected(self) -> DuplicateCandidate:
        row = self.table.currentIndex().row()
        return self.candidates[row if row >= 0 else 0]

    def _done(self, choice: int) -> None:
        self.choice = choice
        self.accept()
