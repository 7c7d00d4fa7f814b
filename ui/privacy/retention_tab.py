"""Nastavení → Skartace: the retention periods, who is due, and anonymising
them after a confirmation (permission RETENTION). Nothing changes until the
person confirms; the list is what ``kmb retention run --dry-run`` prints."""
from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP
from PySide6.QtWidgets import (QFormLayout, QHBoxLayout, QLabel, QMessageBox, QPushButton,
                               QSpinBox, QVBoxLayout, QWidget)

from app.errors import KmbError
from app.formatting import format_date
from app.privacy import retention
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
        for spin in (self.case_years, self.contact_years):
            spin.setMaximumWidth(110)
        self.save_button = QPushButton(self.tr("Uložit lhůty"))
        self.save_button.clicked.connect(self.save_periods)
        self.save_button.setEnabled(ctx.actor.can(Permission.SETTINGS))
        source = QLabel(self.tr("Výchozí hodnoty: {0}.").format(retention.SOURCE))
        source.setObjectName("muted")
        source.setWordWrap(True)
        form = QFormLayout()
        form.addRow(self.tr("Uzavřené případy – anonymizovat po"), self.case_years)
        form.addRow(self.tr("Jen kontakty (bez případu) – po"), self.contact_years)
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
        layout.addLayout(form)
        layout.addWidget(source)
        layout.addWidget(explain)
        layout.addLayout(buttons)
        layout.addWidget(self.status)
        layout.addWidget(self.table, 1)
        self.due: list[retention.Due] = []
        self.refresh()

    def refresh(self) -> None:
        try:
            p = retention.periods(self.ctx.db, self.ctx.actor)
            self.due = retention.due_persons(self.ctx.db, self.ctx.actor)
        except KmbError as exc:
            self.status.setText(exc.message)
            return
        self.case_years.setValue(p.case_years)
        self.contact_years.setValue(p.contact_years)
        self.model.set_rows(self.due)
        self.anonymise_button.setEnabled(bool(self.due))
        self.status.setText(self.tr("Osob po skartační lhůtě: {0}.").format(len(self.due))
                            if self.due else self.tr("Nikdo není po skartační lhůtě."))

    def save_periods(self) -> None:
        try:
            retention.set_periods(self.ctx.db, self.ctx.actor, self.case_years.value(),
                                  self.contact_years.value())
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
