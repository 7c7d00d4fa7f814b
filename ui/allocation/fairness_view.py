"""Nastavení → Pravidla přidělování → Spravedlnost: the share of each household
type among the top ranks against its share among eligible applications, for
the active rules and the draft being edited, with a warning when a group is
clearly under-ranked (computed off the UI thread; nothing is stored)."""
from __future__ import annotations

from typing import Callable

from PySide6.QtCore import QT_TRANSLATE_NOOP, Qt
from PySide6.QtGui import QColor
from PySide6.QtWidgets import QHBoxLayout, QLabel, QPushButton, QVBoxLayout, QWidget

from app.allocation import fairness
from app.allocation.fairness_print import fairness_pdf
from app.allocation.rules import Rules
from app.security import Permission

from ..context import UiContext
from ..ops import BackgroundOp
from ..widgets.pdf_preview import preview_in_background
from ..widgets.table_model import Col, RowsModel
from ..widgets.tables import list_table

_T = "FairnessView"


def _pct(value: float) -> str:
    return f"{value:.1f} %".replace(".", ",")


COLUMNS = [
    Col(QT_TRANSLATE_NOOP("FairnessView", "Skupina domácností"), lambda r: r[0].label,
        context=_T),
    Col(QT_TRANSLATE_NOOP("FairnessView", "Mezi způsobilými (platná)"),
        lambda r: _pct(r[0].eligible_pct), True, _T),
    Col(QT_TRANSLATE_NOOP("FairnessView", "Na prvních místech (platná)"),
        lambda r: _pct(r[0].top_pct), True, _T),
    Col(QT_TRANSLATE_NOOP("FairnessView", "Mezi způsobilými (návrh)"),
        lambda r: _pct(r[1].eligible_pct), True, _T),
    Col(QT_TRANSLATE_NOOP("FairnessView", "Na prvních místech (návrh)"),
        lambda r: _pct(r[1].top_pct), True, _T),
]


class _Model(RowsModel):
    def data(self, index, role=Qt.DisplayRole):
        if index.isValid() and role == Qt.ForegroundRole:
            now, draft = self.rows[index.row()]
            if (index.column() in (1, 2) and now.warning) or \
                    (index.column() in (3, 4) and draft.warning):
                return QColor("#a3341f")
        return super().data(index, role)


class FairnessView(QWidget):
    def __init__(self, ctx: UiContext, draft: Callable[[], Rules | None],
                 parent: QWidget | None = None):
        super().__init__(parent)
        self.ctx = ctx
        self.draft = draft
        self.result: tuple[fairness.Fairness, fairness.Fairness] | None = None
        self.op: BackgroundOp | None = None
        intro = QLabel(self.tr(
            "Podíl skupin domácností na prvních {0} místech pořadí všech volných bytů proti "
            "jejich podílu mezi způsobilými žádostmi – pro platná pravidla i upravovaný návrh. "
            "Zřetelně znevýhodněnou skupinu aplikace vyznačí dřív, než o pravidlech hlasuje "
            "rada.").format(fairness.TOP))
        intro.setWordWrap(True)
        intro.setObjectName("muted")
        self.run_button = QPushButton(self.tr("Zkontrolovat spravedlnost"))
        self.run_button.setObjectName("fairnessRun")
        self.run_button.setProperty("primary", True)
        self.run_button.clicked.connect(self.run)
        self.print_button = QPushButton(self.tr("Tisk pro radu…"))
        self.print_button.setObjectName("fairnessPrint")
        self.print_button.setEnabled(ctx.actor.can(Permission.PRINT))
        self.print_button.clicked.connect(self.print_for_council)
        self.warnings = QLabel()
        self.warnings.setObjectName("fairnessWarnings")
        self.warnings.setWordWrap(True)
        self.model = _Model(COLUMNS)
        self.table = list_table(self.model, "fairnessTable", fit_contents=True)
        head = QHBoxLayout()
        head.addWidget(intro, 1)
        head.addWidget(self.run_button)
        head.addWidget(self.print_button)
        layout = QVBoxLayout(self)
        layout.addLayout(head)
        layout.addWidget(self.warnings)
        layout.addWidget(self.table, 1)

    def run(self) -> None:
        rules = self.draft()
        if rules is None:
            self.warnings.setText(self.tr("Návrh obsahuje chyby; opravte ho v Úpravách."))
            return
        db, actor = self.ctx.db, self.ctx.actor

        def work(progress, cancelled):
            progress(self.tr("Platná pravidla"), 10)
            now = fairness.check(db, actor)
            progress(self.tr("Návrh"), 55)
            return now, fairness.check(db, actor, rules)
        self.run_button.setEnabled(False)
        self.op = BackgroundOp(self, self.tr("Počítám spravedlnost pravidel…"), work)
        self.op.succeeded.connect(self._done)
        self.op.failed.connect(lambda _exc: self.run_button.setEnabled(True))
        self.op.start()

    def print_for_council(self) -> None:
        """The active rules and the draft side by side, as a PDF for the council."""
        rules = self.draft()
        if rules is None:
            self.warnings.setText(self.tr("Návrh obsahuje chyby; opravte ho v Úpravách."))
            return
        db, actor = self.ctx.db, self.ctx.actor
        preview_in_background(self, self.tr("Kontrola spravedlnosti pravidel"),
                              lambda: fairness_pdf(db, actor, rules))

    def _done(self, result) -> None:
        self.run_button.setEnabled(True)
        now, draft = result
        self.result = result
        self.model.set_rows(list(zip(now.groups, draft.groups)))
        lines = [self.tr("Platná pravidla: {0}").format(g.warning) for g in now.warnings]
        lines += [self.tr("Návrh: {0}").format(g.warning) for g in draft.warnings]
        self.warnings.setText("\n".join(lines) or self.tr(
            "Žádná skupina není na prvních místech zřetelně znevýhodněná."))
        self.warnings.setStyleSheet("color:#a3341f" if lines else "")
