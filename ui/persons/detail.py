"""The person detail panel: identity, contacts, address and households."""
from __future__ import annotations

import html

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QFrame,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from app.errors import KmbError
from app.formatting import format_datetime
from app.people.detail import PersonDetail, person_detail

from ..context import UiContext
from ..labels import shown_date, tr_label


class PersonDetailView(QScrollArea):
    edit_requested = Signal(object)   # PersonDetail

    def __init__(self, ctx: UiContext, parent: QWidget | None = None):
        super().__init__(parent)
        self.ctx = ctx
        self.detail: PersonDetail | None = None
        self.setWidgetResizable(True)
        self.setFrameShape(QFrame.NoFrame)
        body = QWidget()
        self.setWidget(body)
        self.layout_ = QVBoxLayout(body)
        self.layout_.setContentsMargins(16, 12, 16, 12)
        self.title = QLabel()
        self.title.setObjectName("pageTitle")
        self.title.setWordWrap(True)
        self.subtitle = QLabel()
        self.subtitle.setObjectName("muted")
        self.edit_button = QPushButton(self.tr("Upravit údaje"))
        self.edit_button.clicked.connect(lambda: self.edit_requested.emit(self.detail))
        head = QHBoxLayout()
        head.addWidget(self.title, 1)
        head.addWidget(self.edit_button, 0, Qt.AlignTop)
        self.layout_.addLayout(head)
        self.layout_.addWidget(self.subtitle)
        self.info = QLabel()
        self.info.setTextFormat(Qt.RichText)
        self.info.setWordWrap(True)
        self.info.setTextInteractionFlags(Qt.TextSelectableByMouse)
        self.layout_.addWidget(self.info)
        self.households = QLabel()
        self.households.setTextFormat(Qt.RichText)
        self.households.setWordWrap(True)
        self.layout_.addWidget(self.households)
        self.panels: list[QWidget] = []      # from ui/areas.py PERSON_PANELS
        self.layout_.addStretch(1)
        self.show_empty()

    def add_panel(self, panel: QWidget) -> None:
        """A panel of another area under the detail; it has ``show_person(id, name)``."""
        self.panels.append(panel)
        self.layout_.insertWidget(self.layout_.count() - 1, panel)

    def show_empty(self) -> None:
        self.detail = None
        for panel in self.panels:
            panel.show_person(None)
        self.title.setText(self.tr("Vyberte osobu"))
        self.subtitle.setText(self.tr("Vyhledejte klienta podle jména, data narození nebo rodného čísla."))
        self.info.clear()
        self.households.clear()
        self.edit_button.hide()

    def show_person(self, person_id: str) -> None:
        try:
            d = person_detail(self.ctx.db, self.ctx.actor, person_id)
        except KmbError as exc:
            self.show_empty()
            self.subtitle.setText(exc.message)
            return
        self.detail = d
        self.title.setText(d.full_name)
        born = shown_date(d.birth_date) or self.tr("neuvedeno")
        self.subtitle.setText(self.tr("narozen(a) {0}").format(born))
        e = html.escape
        rows = [
            (self.tr("Rodné číslo"), d.birth_number or "—"),
            (self.tr("Pohlaví"), tr_label(d.sex) or "—"),
            (self.tr("Trvalé bydliště"), d.address or "—"),
            (self.tr("Telefon"), d.phone or "—"),
            (self.tr("E-mail"), d.email or "—"),
            (self.tr("Poznámka"), d.note or "—"),
            (self.tr("Změněno"), format_datetime(d.updated_at)),
        ]
        self.info.setText("<table cellspacing='0' cellpadding='3'>" + "".join(
            f"<tr><td style='color:#5f6f7c;padding-right:14px'>{e(k)}</td><td>{e(v)}</td></tr>"
            for k, v in rows) + "</table>")
        heading, none = self.tr("Domácnost"), self.tr("Není členem žádné domácnosti.")
        parts = [f"<p style='font-weight:600;font-size:11pt;margin-top:10px'>{e(heading)}</p>"]
        if not d.households:
            parts.append(f"<p style='color:#5f6f7c'>{e(none)}</p>")
        for h in d.households:
            parts.append(f"<p><b>{e(h.name)}</b> · {e(h.address)}</p><ul style='margin-top:0'>")
            for m in h.members:
                parts.append(f"<li>{e(m.name)} – {e(m.relation)}"
                             f"{', ' + e(shown_date(m.birth_date)) if m.birth_date else ''}</li>")
            parts.append("</ul>")
        self.households.setText("".join(parts))
        self.edit_button.setVisible(True)
        for panel in self.panels:
            panel.show_person(d.id, d.full_name)
