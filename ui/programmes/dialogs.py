"""Dialogs of Programy a dotace: a programme of the register, putting a
record into a programme, and a flat's funding with its target group."""
from __future__ import annotations

from PySide6.QtWidgets import QComboBox, QLineEdit, QPlainTextEdit

from app.programmes.funding import FundingInput, flat_choices, set_flat_funding
from app.programmes.register import funder_label, ProgrammeInput, ProgrammeRow, save_programme
from app.programmes.tags import (BUDGET, CASE, LEASE, budget_choices, case_choices, lease_choices,
                                 tag_budget, tag_case, tag_lease)
from models.programmes import Funder

from ..context import UiContext
from ..widgets.dialogs import FormDialog
from ..widgets.fields import DateField, MoneyField, SearchCombo, select_data


def _text(height: int = 80) -> QPlainTextEdit:
    w = QPlainTextEdit()
    w.setMaximumHeight(height)
    return w


class ProgrammeDialog(FormDialog):
    def __init__(self, ctx: UiContext, row: ProgrammeRow | None = None, parent=None):
        super().__init__(self.tr("Upravit program") if row
                         else self.tr("Nový program nebo projekt"),
                         self.tr("Projekt nebo dotace, ze které KMB nebo byty financuje; "
                                 "indikátory jsou to, co poskytovatel sleduje (jeden na řádek)."),
                         parent, width=520)
        self.ctx, self.row, self.programme_id = ctx, row, row.id if row else None
        self.name = self.add("name", self.tr("Název *"), QLineEdit())
        self.code = self.add("code", self.tr("Kód / registrační číslo *"), QLineEdit())
        self.funder = QComboBox()
        self.funder.addItem("", None)
        for f in Funder:
            self.funder.addItem(funder_label(f), f)
        self.add("funder", self.tr("Poskytovatel *"), self.funder)
        self.starts_on = self.add("starts_on", self.tr("Od"), DateField())
        self.ends_on = self.add("ends_on", self.tr("Do"), DateField())
        self.indicators = self.add("indicators", self.tr("Sledované indikátory"), _text(90))
        self.note = self.add("note", self.tr("Poznámka"), _text(60))
        if row is not None:
            self.name.setText(row.name)
            self.code.setText(row.code)
            select_data(self.funder, row.funder)
            self.starts_on.set_value(row.starts_on)
            self.ends_on.set_value(row.ends_on)
            self.indicators.setPlainText(row.indicators or "")
            self.note.setPlainText(row.note or "")

    def submit(self) -> None:
        self.errors.clear()
        data = ProgrammeInput(self.code.text(), self.name.text(), self.funder.currentData(),
                              self.starts_on.value("starts_on"), self.ends_on.value("ends_on"),
                              self.indicators.toPlainText(), self.note.toPlainText())
        self.programme_id = save_programme(self.ctx.db, self.ctx.actor, data, self.programme_id)


class TagDialog(FormDialog):
    """Choose a case, lease or budget and put it into the programme."""

    def __init__(self, ctx: UiContext, kind: str, programme: ProgrammeRow, parent=None):
        title = (self.tr("Zařadit případ do programu") if kind == CASE
                 else self.tr("Zařadit smlouvu do programu") if kind == LEASE
                 else self.tr("Zařadit rozpočet fondu do programu"))
        super().__init__(title,
                         self.tr("Program: {0}").format(programme.title), parent,
                         self.tr("Zařadit"), width=560)
        self.ctx, self.kind, self.programme = ctx, kind, programme
        self.tag_id = None
        load = {CASE: case_choices, LEASE: lease_choices, BUDGET: budget_choices}[kind]
        self.record = SearchCombo()
        self.record.addItem("", None)
        for c in load(ctx.db, ctx.actor):
            self.record.addItem(c.text, c.id)
        label = {CASE: self.tr("Případ *"), LEASE: self.tr("Smlouva *"),
                 BUDGET: self.tr("Rozpočet *")}[kind]
        self.add("record_id", label, self.record)
        self.on = self.add("on", self.tr("Zařazeno dne"), DateField())
        import datetime as dt
        self.on.set_value(dt.date.today())

    def submit(self) -> None:
        from app.errors import ValidationError
        self.errors.clear()
        record_id = self.record.current_value()
        if not record_id:
            raise ValidationError(self.tr("Vyberte záznam ze seznamu."), field="record_id")
        tag = {CASE: tag_case, LEASE: tag_lease, BUDGET: tag_budget}[self.kind]
        self.tag_id = tag(self.ctx.db, self.ctx.actor, self.programme.id, record_id,
                          on=self.on.value("on"))


class FundingDialog(FormDialog):
    """A flat's funding source, sustainability and target group."""

    def __init__(self, ctx: UiContext, programmes: list[ProgrammeRow], *, flat_id=None,
                 title: str = "", data: FundingInput | None = None, parent=None):
        super().__init__(self.tr("Financování bytu z dotace"), self.tr(
            "Do konce udržitelnosti nabídne pořadník byt jen domácnostem z cílové skupiny: "
            "stačí splnit jednu z vyplněných podmínek. Ostatní žádosti vyřadí s tímto "
            "důvodem."), parent, width=560)
        self.ctx, self.flat_id = ctx, flat_id
        self.flat = SearchCombo()
        if flat_id:
            self.flat.addItem(title, flat_id)
            self.flat.setEnabled(False)
        else:
            self.flat.addItem("", None)
            for fid, text in flat_choices(ctx.db, ctx.actor):
                self.flat.addItem(text, fid)
        self.add("flat_id", self.tr("Byt *"), self.flat)
        self.source = self.add("source", self.tr("Zdroj financování *"), QLineEdit())
        self.source.setPlaceholderText("IROP")
        self.programme = self._programmes(programmes)
        self.add("programme_id", self.tr("Projekt"), self.programme)
        self.until = self.add("sustainability_until", self.tr("Udržitelnost do"), DateField())
        self.ethos = self.add("target_ethos", self.tr("Kategorie ETHOS"), QLineEdit())
        self.ethos.setPlaceholderText(self.tr("např. 1-7"))
        self.target_programme = self._programmes(programmes)
        self.add("target_programme_id", self.tr("nebo zařazení do programu"),
                 self.target_programme)
        self.income = self.add("target_income_hal", self.tr("nebo příjem na osobu pod"),
                               MoneyField(optional=True))
        self.note = self.add("note", self.tr("Poznámka"), _text(60))
        if data is not None:
            self.source.setText(data.source)
            select_data(self.programme, data.programme_id)
            self.until.set_value(data.sustainability_until)
            self.ethos.setText(data.target_ethos or "")
            select_data(self.target_programme, data.target_programme_id)
            self.income.set_value(data.target_income_hal)
            self.note.setPlainText(data.note or "")

    @staticmethod
    def _programmes(programmes: list[ProgrammeRow]) -> QComboBox:
        box = QComboBox()
        box.addItem("", None)
        for p in programmes:
            box.addItem(p.title, p.id)
        return box

    def submit(self) -> None:
        from app.errors import ValidationError
        self.errors.clear()
        flat_id = self.flat.current_value() if not self.flat_id else self.flat_id
        if not flat_id:
            raise ValidationError(self.tr("Vyberte byt."), field="flat_id")
        data = FundingInput(self.source.text(), self.programme.currentData(),
                            self.until.value("sustainability_until"), self.ethos.text(),
                            self.target_programme.currentData(),
                            self.income.value("target_income_hal"), self.note.toPlainText())
        set_flat_funding(self.ctx.db, self.ctx.actor, flat_id, data)
        self.flat_id = flat_id
