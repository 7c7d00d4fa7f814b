"""Dashboard cards of the lease area: leases ending within 60 days (with
the renewal rule's proposal) and the retention of KMB-housed households."""
from __future__ import annotations

import datetime as dt
import html

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLabel

from app.formatting import format_money
from app.leases.ending import ending_leases
from app.leases.retention import HORIZONS, retention_overall
from app.security import Permission
from models.leases import RenewalProposal

from ..labels import shown_date
from ..context import UiContext
from ..widgets.bar_chart import BarChart
from ..widgets.card import Card

SHOWN = 7


class EndingLeasesCard(Card):
    watches = ("lease", "renewal", "arrears_balance")

    def __init__(self, ctx: UiContext, parent=None):
        super().__init__(self.tr("Smlouvy končící do 60 dnů"), parent)
        self.ctx = ctx
        self.setObjectName("card")
        self.headline = QLabel()
        self.headline.setObjectName("endingHeadline")
        self.headline.setStyleSheet("font-size: 20pt; font-weight: 600; color: #1f5f8b;")
        self.lines = QLabel()
        self.lines.setTextFormat(Qt.RichText)
        self.lines.setWordWrap(True)
        self.note = QLabel()
        self.note.setObjectName("muted")
        self.note.setWordWrap(True)
        self.body.addWidget(self.headline)
        self.body.addWidget(self.lines)
        self.body.addWidget(self.note)
        self.body.addStretch(1)
        self.refresh()

    def refresh(self) -> None:
        if not self.ctx.actor.can(Permission.VIEW_LEASES):
            self.headline.setText("—")
            self.note.setText(self.tr("Smlouvy nemáte oprávnění vidět."))
            return
        db, actor, today = self.ctx.db, self.ctx.actor, dt.date.today()
        self.load(lambda: ending_leases(db, actor, today=today, days=60, shown=SHOWN),
                  self._fill)

    def _fill(self, ending) -> None:
        self.headline.setText(str(ending.count))
        e = html.escape
        rows = []
        debt_text, clean_text = self.tr("dluh {0}"), self.tr("bez dluhu")
        for c in ending.first:
            flag = (f" <span style='color:#b3261e'>"
                    f"{e(debt_text.format(format_money(c.arrears_hal)))}</span>"
                    if c.proposal == RenewalProposal.NEEDS_DECISION else
                    f" <span style='color:#4a9c6d'>{e(clean_text)}</span>")
            rows.append(f"<tr><td style='padding-right:10px'>{e(shown_date(c.ends_on))}"
                        f"</td><td style='padding-right:10px'>{e(c.tenant)}</td>"
                        f"<td>{flag}</td></tr>")
        more = ending.count - SHOWN
        tail = self.tr("a další: {0}").format(more)
        self.lines.setText("<table cellspacing='0' cellpadding='2'>" + "".join(rows) + "</table>"
                           + (f"<p style='color:#5f6f7c'>{e(tail)}</p>" if more > 0 else ""))
        self.note.setText(self.tr(
            "Automaticky se prodlouží {0}, rozhodnout je třeba o {1} (dluh nad prahem); "
            "na rozhodnutí čeká {2}. Podrobnosti v Smlouvy → Prodloužení.").format(
            ending.count - ending.needs_decision, ending.needs_decision, ending.pending))


class RetentionCard(Card):
    watches = ("lease",)

    def __init__(self, ctx: UiContext, parent=None):
        super().__init__(self.tr("Udržení bydlení (zabydlení přes KMB)"), parent)
        self.ctx = ctx
        self.chart = BarChart(value_format=lambda v: f"{v:.0f} %", bar_height=24)
        self.chart.setObjectName("retentionChart")
        self.note = QLabel()
        self.note.setObjectName("muted")
        self.note.setWordWrap(True)
        self.body.addWidget(self.chart)
        self.body.addWidget(self.note)
        self.body.addStretch(1)
        self.refresh()

    def refresh(self) -> None:
        if not self.ctx.actor.can(Permission.VIEW_STATS):
            self.note.setText(self.tr("Statistiky nemáte oprávnění vidět."))
            return
        db, actor = self.ctx.db, self.ctx.actor
        self.load(lambda: retention_overall(db, actor), self._fill)

    def _fill(self, r) -> None:
        items = []
        for m in HORIZONS:
            cell = r.overall[m]
            if cell.eligible:
                items.append((self.tr("po {0} měsících").format(m), 100 * cell.share))
        self.chart.set_data(items)
        counts = ", ".join(self.tr("po {0} měsících bydlí {1} z {2}").format(
            m, r.overall[m].housed, r.overall[m].eligible) for m in HORIZONS
            if r.overall[m].eligible)
        self.note.setText(self.tr(
            "Sledováno {0} domácností zabydlených přes KMB: {1}. Podle kategorie bytu a roku "
            "nastěhování v ročních statistikách (kmb stats).").format(
            r.households, counts) if r.households else self.tr(
            "Zatím žádná domácnost zabydlená přes KMB."))

