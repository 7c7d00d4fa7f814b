"""Shown when a new person may already be registered: use the existing
record, create a new one anyway (the pair is flagged), or go back."""
from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, Qt
from PySide6.QtWidgets import QAbstractItemView, QHeaderView, QTableView

from app.formatting import format_date
from app.intake.duplicates import DuplicateCandidate

from ..widgets.dialogs import FormDialog
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


class DuplicateDialog(FormDialog):
    def __init__(self, candidates: list[DuplicateCandidate], parent=None):
        tr = lambda text: QCoreApplication.translate("", text)  # noqa: E731 – lupdate files bare tr() without a context
        super().__init__(tr("Možná duplicita"), tr(
            "Tato osoba už je možná v evidenci. Použijte existující záznam – zůstanou u něj "
            "všechny dosavadní kontakty a případy. Novou osobu založte jen tehdy, jde-li "
            "opravdu o někoho jiného."), parent, tr("Použít existující"), width=720,
            cancel_text=tr("Zpět k příjmu"))
        self.candidates = candidates
        self.choice = 0
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
        self.set_body(self.table)
        self.use_button = self.ok_button
        self.use_button.setDefault(True)
        self.new_button = self.add_action(tr("Založit novou osobu"),
                                          lambda: self._choose(CREATE_NEW))
        self.table.activated.connect(lambda _: self._ok())
        self.resize(720, self.sizeHint().height())

    def selected(self) -> DuplicateCandidate:
        row = self.table.currentIndex().row()
        return self.candidates[row if row >= 0 else 0]

    def submit(self) -> None:
        self._choose(USE_EXISTING)

    def _choose(self, choice: int) -> None:
        self.choice = choice
