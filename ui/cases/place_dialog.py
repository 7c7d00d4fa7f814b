"""Change a case's place (municipality of the ORP and locality) after the
intake, from the office's lists (Nastavení → Obce a lokality)."""
from __future__ import annotations

from PySide6.QtWidgets import QComboBox

from app.cases.place import CasePlace, set_place

from ..context import UiContext
from ..widgets.dialogs import FormDialog


class PlaceDialog(FormDialog):
    def __init__(self, ctx: UiContext, place: CasePlace, parent=None):
        super().__init__(self.tr("Obec a lokalita případu"),
                         self.tr("Kde klient bydlí – pro statistiky podle obce a lokality. "
                                 "Změna se zapíše do auditu."),
                         parent=parent, ok_text=self.tr("Uložit místo"), width=440)
        self.ctx = ctx
        self.place = place
        self.expected_version = place.row_version
        self.municipality = QComboBox()
        self.locality = QComboBox()
        self.municipality.addItem(self.tr("— neuvedeno —"), None)
        for name in place.municipalities:
            self.municipality.addItem(name, name)
        if place.municipality and self.municipality.findData(place.municipality) < 0:
            self.municipality.addItem(place.municipality, place.municipality)   # off the list now
        self.municipality.setCurrentIndex(max(self.municipality.findData(place.municipality), 0))
        self.municipality.currentIndexChanged.connect(self._fill_localities)
        self._fill_localities()
        self.locality.setCurrentIndex(max(self.locality.findData(place.locality), 0))
        self.add("municipality", self.tr("Obec"), self.municipality)
        self.add("locality", self.tr("Lokalita"), self.locality)

    def _fill_localities(self) -> None:
        self.locality.clear()
        self.locality.addItem(self.tr("— neuvedeno —"), None)
        town = self.municipality.currentData()
        for name in self.place.locality_choices.get(town or "", []) if town else []:
            self.locality.addItem(name, name)

    def submit(self) -> None:
        set_place(self.ctx.db, self.ctx.actor, self.place.case_id,
                  self.municipality.currentData(), self.locality.currentData(),
                  expected_version=self.expected_version)
