"""Nastavení → Ochrana údajů: the retention periods, who is due, and anonymising
them after a confirmation (permission RETENTION; nothing changes until the
person confirms; the list is what ``kmb retention run --dry-run`` prints);
special-category data to partner offices (the lead allows it per partner,
with the legal basis); the record of processing activities (čl. 30) as PDF."""
from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP
from PySide6.QtWidgets import (QFileDialog, QFormLayout, QHBoxLayout, QInputDialog, QLabel,
                               QMessageBox, QPushButton, QSpinBox, QVBoxLayout, QWidget)

from app.errors import KmbError
from app.files import write_atomic
from app.formatting import format_date
from app.privacy import partners, processing, retention
from app.security import Permission

from ..context import UiContext
from ..ops import write_op
from ..widgets.table_model import Col, RowsModel
from ..widgets.tables import list_table

_C = "RetentionTab"
COLUMNS = [
    Col(QT_TRANSLATE_NOOP("RetentionTab", "Osoba"), lambda r: r.name, context=_C),
    Col(QT_TRANSLATE_NOOP("RetentionTab", "Lhůta"), lambda r: r.rule, context=_C),
    Col(QT_TRANSLATE_NOOP("RetentionTab", "Poslední činnost"),
        lambda r: format_date(r.last_activity), context=_C),
    Col(QT_TRANSLATE_NOOP("RetentionTab", "Lhůta uplynula"), lambda r: format_date(r.due_on),
        context=_C),
]

PARTNER_COLUMNS = [
    Col(QT_TRANSLATE_NOOP("RetentionTab", "Partnerská organizace"), lambda r: r.name,
        context=_C),
    Col(QT_TRANSLATE_NOOP("RetentionTab", "Zvláštní kategorie údajů"), lambda r: r.state,
        context=_C),
    Col(QT_TRANSLATE_NOOP("RetentionTab", "Právní základ"),
        lambda r: r.consent.legal_basis or "", context=_C),
]


def _heading(text: str) -> QLabel:
    label = QLabel(text)
    label.setStyleSheet("font-weight:600;font-size:11pt;margin-top:8px")
    return label


class RetentionTab(QWidget):
    @classmethod
    def create(cls, ctx: UiContext) -> "RetentionTab | None":
        return cls(ctx) if ctx.actor.can(Permission.RETENTION) else None

    def __init__(self, ctx: UiContext, parent=None):
        super().__init__(parent)
        self.ctx = ctx
        self.case_years = QSpinBox()
        self.case_years.setRange(1, 100)
        self.case_years.setSuffix(self.tr(" let"))
        self.contact_years = QSpinBox()
        self.contact_years.setRange(1, 100)
        self.contact_years.setSuffix(self.tr(" let"))
        self.landlord_years = QSpinBox()
        self.landlord_years.setRange(1, 100)
        self.landlord_years.setSuffix(self.tr(" let"))
        self.landlord_years.setObjectName("landlordYears")
        for spin in (self.case_years, self.contact_years, self.landlord_years):
            spin.setMaximumWidth(110)
        self.save_button = QPushButton(self.tr("Uložit lhůty"))
        self.save_button.clicked.connect(self.save_periods)
        self.save_button.setEnabled(ctx.actor.can(Permission.SETTINGS))
        source = QLabel(self.tr("Výchozí hodnoty: {0}.").format(retention.source_text()))
        source.setObjectName("muted")
        source.setWordWrap(True)
        form = QFormLayout()
        form.addRow(self.tr("Uzavřené případy – anonymizovat po"), self.case_years)
        form.addRow(self.tr("Jen kontakty (bez případu) – po"), self.contact_years)
        form.addRow(self.tr("Pronajímatelé – fyzické osoby a kontaktní osoby firem – po "
                            "skončení nájmů a ručení"), self.landlord_years)
        self.model = RowsModel(COLUMNS)
        self.table = list_table(self.model, "retentionTable", fit_contents=True)
        self.anonymise_button = QPushButton(self.tr("Anonymizovat osoby po lhůtě…"))
        self.anonymise_button.clicked.connect(self.confirm_and_run)
        self.status = QLabel()
        self.status.setObjectName("retentionStatus")
        self.status.setWordWrap(True)
        explain = QLabel(self.tr(
            "Anonymizace ponechá rok narození, pohlaví, kategorii ETHOS, data a částky pro "
            "statistiky; smaže jméno, rodné číslo, kontakty, adresy, poznámky, texty šetření "
            "(zdraví, dluhy) a přílohy. Změna odejde partnerům s příštím balíčkem. "
            "Nelze ji vrátit."))
        explain.setWordWrap(True)
        buttons = QHBoxLayout()
        buttons.addWidget(self.save_button)
        buttons.addStretch(1)
        buttons.addWidget(self.anonymise_button)
        layout = QVBoxLayout(self)
        layout.addWidget(_heading(self.tr("Skartační lhůty a anonymizace")))
        layout.addLayout(form)
        layout.addWidget(source)
        layout.addWidget(explain)
        layout.addLayout(buttons)
        layout.addWidget(self.status)
        layout.addWidget(self.table, 1)
        self._partners_section(layout)
        self.record_button = QPushButton(self.tr("Záznam o činnostech zpracování (čl. 30)…"))
        self.record_button.clicked.connect(self.print_record)
        self.record_button.setVisible(ctx.actor.can(Permission.SETTINGS))
        layout.addWidget(_heading(self.tr("Záznam o činnostech zpracování")))
        row = QHBoxLayout()
        row.addWidget(self.record_button)
        row.addStretch(1)
        layout.addLayout(row)
        self.due: list[retention.Due] = []
        self.refresh()

    # -- partners --------------------------------------------------------------------
    def _partners_section(self, layout) -> None:
        layout.addWidget(_heading(self.tr("Zvláštní kategorie údajů partnerským organizacím")))
        note = QLabel(self.tr("Zdraví, postižení, závislosti a dluhy odcházejí partnerské "
                              "organizaci jen s povolením vedoucí(ho) a uvedeným právním "
                              "základem; jinak balíček tyto údaje nenese."))
        note.setWordWrap(True)
        layout.addWidget(note)
        self.partner_model = RowsModel(PARTNER_COLUMNS)
        self.partner_table = list_table(self.partner_model, "partnerSpecialTable",
                                        fit_contents=True)
        self.partner_table.setMaximumHeight(130)
        layout.addWidget(self.partner_table)
        self.allow_button = QPushButton(self.tr("Povolit…"))
        self.deny_button = QPushButton(self.tr("Zakázat"))
        self.allow_button.clicked.connect(self.allow_partner)
        self.deny_button.clicked.connect(self.deny_partner)
        manage = self.ctx.actor.can(Permission.MANAGE_PEERS)
        row = QHBoxLayout()
        for b in (self.allow_button, self.deny_button):
            b.setVisible(manage)
            row.addWidget(b)
        row.addStretch(1)
        layout.addLayout(row)

    def _selected_partner(self):
        rows = self.partner_table.selectionModel().selectedRows()
        if not rows:
            self.status.setText(self.tr("Vyberte partnerskou organizaci v tabulce."))
            return None
        return self.partner_model.rows[rows[0].row()]

    def allow_partner(self) -> None:
        line = self._selected_partner()
        if line is None:
            return
        basis, ok = QInputDialog.getText(
            self, self.tr("Povolit zvláštní kategorie údajů"),
            self.tr("Právní základ předávání organizaci {0} (např. čl. 9 odst. 2 písm. h "
                    "GDPR, smlouva o spolupráci č. …):").format(line.name))
        if ok:
            self._set_partner(line.peer_id, True, basis)

    def deny_partner(self) -> None:
        line = self._selected_partner()
        if line is not None:
            self._set_partner(line.peer_id, False, None)

    def _set_partner(self, peer_id: str, allowed: bool, basis: str | None) -> None:
        try:
            partners.set_special_for_peer(self.ctx.db, self.ctx.actor, peer_id, allowed, basis)
        except KmbError as exc:
            self.status.setText(exc.message)
            return
        self.refresh_partners()
        self.status.setText(self.tr("Uloženo."))

    def refresh_partners(self) -> None:
        try:
            self.partner_model.set_rows(partners.partner_consents(self.ctx.db, self.ctx.actor))
        except KmbError:
            self.partner_model.set_rows([])

    # -- čl. 30 ----------------------------------------------------------------------
    def print_record(self) -> None:
        path, _ = QFileDialog.getSaveFileName(
            self, self.tr("Záznam o činnostech zpracování"), "zaznam-o-zpracovani.pdf",
            self.tr("PDF (*.pdf)"))
        if path:
            self.print_to(path)

    def print_to(self, path: str) -> None:
        """The PDF is built off the GUI thread (ReportLab takes a moment)."""
        db, actor = self.ctx.db, self.ctx.actor
        write_op(self, self.tr("Připravuji záznam o zpracování…"),
                 lambda _p, _c: write_atomic(path, processing.print_record(db, actor)),
                 lambda _r: self.status.setText(self.tr("Uloženo: {0}").format(path)),
                 failed=lambda exc: self.status.setText(getattr(exc, "message", str(exc))),
                 show_errors=False)

    def refresh(self) -> None:
        self.refresh_partners()
        try:
            p = retention.periods(self.ctx.db, self.ctx.actor)
            self.due = retention.due_persons(self.ctx.db, self.ctx.actor)
        except KmbError as exc:
            self.status.setText(exc.message)
            return
        self.case_years.setValue(p.case_years)
        self.contact_years.setValue(p.contact_years)
        self.landlord_years.setValue(p.landlord_years)
        self.model.set_rows(self.due)
        self.anonymise_button.setEnabled(bool(self.due))
        self.status.setText(self.tr("Osob po skartační lhůtě: {0}.").format(len(self.due))
                            if self.due else self.tr("Nikdo není po skartační lhůtě."))

    def save_periods(self) -> None:
        try:
            retention.set_periods(self.ctx.db, self.ctx.actor, self.case_years.value(),
                                  self.contact_years.value(), self.landlord_years.value())
        except KmbError as exc:
            self.status.setText(exc.message)
            return
        self.refresh()

    def confirm_and_run(self) -> None:
        if not self.due:
            return
        answer = QMessageBox.question(
            self, self.tr("Anonymizovat"),
            self.tr("Anonymizovat {0} osob po skartační lhůtě? Jejich jména, rodná čísla, "
                    "kontakty a texty budou nevratně smazány.").format(len(self.due)))
        if answer == QMessageBox.Yes:
            ids = [d.person_id for d in self.due]
            db, actor = self.ctx.db, self.ctx.actor
            write_op(self, self.tr("Anonymizuji…"),
                     lambda _p, _c: retention.anonymise(db, actor, ids), self._done)

    def _done(self, count: int) -> None:
        self.refresh()
        self.status.setText(self.tr("Anonymizováno osob: {0}.").format(count))
