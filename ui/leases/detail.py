"""The lease detail: parties, term, money, services, arrears, renewals and
the tasks they made; the actions the acting user may take on it."""
from __future__ import annotations

import html

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (QFrame, QGridLayout, QLabel, QPushButton, QScrollArea,
                               QVBoxLayout, QWidget)

from app.errors import KmbError
from app.formatting import format_money
from app.leases.records import LeaseDetail, lease_detail
from app.security import Permission
from models.leases import LeaseState
from ui.labels import month_year, shown_date, tl as label

from ..context import UiContext

MUTED = "#5f6f7c"


def _table(rows: list[tuple[str, str]]) -> str:
    e = html.escape
    return "<table cellspacing='0' cellpadding='3'>" + "".join(
        f"<tr><td style='color:{MUTED};padding-right:14px'>{e(k)}</td><td>{e(v)}</td></tr>"
        for k, v in rows) + "</table>"


class LeaseDetailView(QScrollArea):
    edit_requested = Signal(str)
    sign_requested = Signal(str)
    end_requested = Signal(str)
    print_requested = Signal(str)
    arrears_requested = Signal(str)
    cancel_requested = Signal(str)

    def __init__(self, ctx: UiContext, parent: QWidget | None = None):
        super().__init__(parent)
        self.ctx = ctx
        self.detail: LeaseDetail | None = None
        self.setWidgetResizable(True)
        self.setFrameShape(QFrame.NoFrame)
        body = QWidget()
        self.setWidget(body)
        v = QVBoxLayout(body)
        v.setContentsMargins(16, 10, 16, 10)
        self.title = QLabel()
        self.title.setObjectName("pageTitle")
        self.title.setWordWrap(True)
        self.subtitle = QLabel()
        self.subtitle.setObjectName("muted")
        self.subtitle.setWordWrap(True)
        v.addWidget(self.title)
        v.addWidget(self.subtitle)
        can_edit = ctx.actor.can(Permission.EDIT_LEASES)
        self.buttons: dict[str, QPushButton] = {}
        grid = QGridLayout()
        spec = [("print", self.tr("Tisk smlouvy…"), self.print_requested, True),
                ("edit", self.tr("Upravit…"), self.edit_requested, can_edit),
                ("sign", self.tr("Podepsat…"), self.sign_requested, can_edit),
                ("arrears", self.tr("Zadat dluh…"), self.arrears_requested, can_edit),
                ("end", self.tr("Ukončit nájem…"), self.end_requested, can_edit),
                ("cancel", self.tr("Zrušit návrh"), self.cancel_requested, can_edit)]
        for i, (key, text, signal, allowed) in enumerate(spec):
            b = QPushButton(text)
            b.setObjectName(f"lease_{key}")
            b.clicked.connect(lambda _=False, s=signal: self.detail and s.emit(self.detail.row.id))
            b.setVisible(allowed and (key != "print" or ctx.actor.can(Permission.PRINT)))
            self.buttons[key] = b
            grid.addWidget(b, i // 2, i % 2)        # two a row: the detail is narrow at 1280 px
        self.buttons["print"].setProperty("primary", True)
        v.addLayout(grid)
        self.info = QLabel()
        self.info.setTextFormat(Qt.RichText)
        self.info.setWordWrap(True)
        self.info.setTextInteractionFlags(Qt.TextSelectableByMouse)
        v.addWidget(self.info)
        v.addStretch(1)
        self.show_empty()

    def _months(self, n: int) -> str:
        """"12 měsíců" in the UI's language (the contract's own months_text is Czech)."""
        if n == 1:
            return self.tr("1 měsíc")
        return (self.tr("{0} měsíce") if 2 <= n <= 4 else self.tr("{0} měsíců")).format(n)

    def show_empty(self, message: str | None = None) -> None:
        self.detail = None
        self.title.setText(self.tr("Vyberte smlouvu"))
        self.subtitle.setText(message or self.tr(
            "Vyhledejte smlouvu podle čísla, nájemce nebo adresy bytu."))
        self.info.clear()
        for b in self.buttons.values():
            b.setEnabled(False)

    def show_lease(self, lease_id: str) -> None:
        try:
            d = lease_detail(self.ctx.db, self.ctx.actor, lease_id)
        except KmbError as exc:
            self.show_empty(exc.message)
            return
        self.detail = d
        r = d.row
        # the number whole on one line: a narrow detail broke it after "NS/"
        # (a word joiner after each slash; Qt ignores a nowrap style in a label)
        number = (r.number or "—").replace("/", "/\u2060")
        self.title.setText(self.tr("Smlouva {0}").format(number))
        state = label(r.state)
        if r.state == LeaseState.ENDED:
            state += f" {shown_date(r.ended_on)} ({label(r.end_reason)})"
        self.subtitle.setText(f"{state} · {r.tenant}")
        draft = r.state == LeaseState.DRAFT
        current = r.state in (LeaseState.ACTIVE, LeaseState.RENEWED)
        for key, enabled in (("print", True), ("edit", r.state != LeaseState.ENDED),
                             ("sign", draft), ("arrears", not draft), ("end", current),
                             ("cancel", draft)):
            self.buttons[key].setEnabled(enabled)
        e = html.escape
        term = (self.tr("na dobu určitou {0}, {1} – {2}").format(
            self._months(d.term_months), shown_date(r.starts_on), shown_date(r.ends_on))
            if r.ends_on and d.term_months else
            self.tr("{0} – {1}").format(shown_date(r.starts_on), shown_date(r.ends_on))
            if r.ends_on else self.tr("na dobu neurčitou od {0}").format(shown_date(r.starts_on)))
        members = ", ".join(f"{m.name} ({label(m.relation)})" for m in d.members) or "—"
        rows = [
            (self.tr("Nájemce"), r.tenant),
            (self.tr("Domácnost"), f"{r.household or '—'}: {members}" if d.members
             else r.household or "—"),
            (self.tr("Byt"), f"{r.flat} ({label(r.category)})"),
            (self.tr("Doba nájmu"), term),
            (self.tr("Podepsána"), shown_date(d.signed_on) or self.tr("zatím ne")),
            (self.tr("Nastěhování"), shown_date(r.moved_in_on) or "—"),
            (self.tr("Nájemné"), format_money(r.rent_hal)),
            (self.tr("Zálohy na služby"), format_money(r.services_hal)),
            (self.tr("Měsíčně celkem"), format_money(r.rent_hal + r.services_hal)),
            (self.tr("Jistota"), format_money(r.deposit_hal)),
            (self.tr("Zabydlení přes KMB"), self.tr("ano") if r.via_kmb else self.tr("ne")),
        ]
        if d.note:
            rows.append((self.tr("Poznámka"), d.note))
        if d.end_note:
            rows.append((self.tr("K ukončení"), d.end_note))
        parts = [_table(rows)]
        section = "<p style='font-weight:600;font-size:11pt;margin-top:10px'>{0}</p>"
        if d.services:
            parts.append(section.format(e(self.tr("Zálohy na služby"))))
            parts.append(_table([(label(s.kind), format_money(s.advance_hal))
                                 for s in d.services]))
        parts.append(section.format(e(self.tr("Dluh na nájemném"))))
        if d.arrears:
            parts.append(_table([(month_year(a.month), format_money(a.balance_hal))
                                 for a in d.arrears[:6]]))
        else:
            none = self.tr("Bez záznamu o dluhu.")     # (inside the f-string lupdate missed it)
            parts.append(f"<p style='color:{MUTED}'>{e(none)}</p>")
        if d.tasks:
            parts.append(section.format(e(self.tr("Úkoly"))))
            nobody, done = self.tr("bez řešitele"), self.tr("splněno")
            parts.append("<ul style='margin-top:0'>" + "".join(
                f"<li>{e(t.title)} – {e(t.owner or nobody)}"
                f"{' (' + e(done) + ')' if t.done else ''}</li>" for t in d.tasks) + "</ul>")
        if d.renewals:
            parts.append(section.format(e(self.tr("Prodloužení"))))
            until = self.tr("do {0}")
            items = []
            for x in d.renewals:
                text = f"{shown_date(x.check_on)}: {label(x.proposal)}, {label(x.decision)}"
                if x.new_ends_on:
                    text += " " + until.format(shown_date(x.new_ends_on))
                if x.note:
                    text += " – " + x.note
                items.append(f"<li>{e(text)}</li>")
            parts.append("<ul style='margin-top:0'>" + "".join(items) + "</ul>")
        self.info.setText("".join(parts))
