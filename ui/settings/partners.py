"""Nastavení → Partnerské služby: where the KMB refers clients, with contact
details. A service with referrals is switched off, never deleted."""
from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP, Qt
from PySide6.QtWidgets import (QCheckBox, QComboBox, QFormLayout, QHBoxLayout, QLabel, QLineEdit,
                               QPlainTextEdit, QPushButton, QSplitter, QVBoxLayout, QWidget)

from app.errors import KmbError, ValidationError
from app.intake.partners import PartnerInput, list_partners, save_partner
from app.security import Permission
from models.intake import PartnerKind

from ..context import UiContext
from ..widgets.tables import fit_columns, list_table
from ..labels import tl
from ..widgets.sections import error_label, mark
from ..widgets.table_model import Col, RowsModel

_T = "PartnersTab"
COLUMNS = [
    Col(QT_TRANSLATE_NOOP("PartnersTab", "Služba"), lambda p: p.name, context=_T),
    Col(QT_TRANSLATE_NOOP("PartnersTab", "Druh"), lambda p: tl(p.kind), context=_T),
    Col(QT_TRANSLATE_NOOP("PartnersTab", "Telefon"), lambda p: p.phone or "", context=_T),
    Col(QT_TRANSLATE_NOOP("PartnersTab", "Předání"), lambda p: p.referrals, align_right=True,
        context=_T),
    Col(QT_TRANSLATE_NOOP("PartnersTab", "Aktivní"),
        lambda p: "✓" if p.active else "—", context=_T),
]


class PartnersTab(QWidget):
    def __init__(self, ctx: UiContext, parent: QWidget | None = None):
        super().__init__(parent)
        self.ctx = ctx
        self.partner_id: str | None = None
        self.can_edit = ctx.actor.can(Permission.SETTINGS)
        self.model = RowsModel(COLUMNS)
        self.table = list_table(self.model, "partnersTable")
        fit_columns(self.table, [300, 170, 130, 70])
        self.table.selectionModel().currentRowChanged.connect(self._row_changed)

        self.name = QLineEdit()
        self.kind = QComboBox()
        for k in PartnerKind:
            self.kind.addItem(tl(k), k)
        self.contact_person = QLineEdit()
        self.phone = QLineEdit()
        self.email = QLineEdit()
        self.address = QLineEdit()
        self.opening_hours = QLineEdit()
        self.note = QPlainTextEdit()
        self.note.setTabChangesFocus(True)
        self.note.setFixedHeight(70)
        self.active = QCheckBox(self.tr("Nabízet při příjmu"))
        form = QFormLayout()
        self.errors = {}
        for name, text, widget in (
                ("name", self.tr("Název *"), self.name), ("kind", self.tr("Druh"), self.kind),
                ("contact_person", self.tr("Kontaktní osoba"), self.contact_person),
                ("phone", self.tr("Telefon"), self.phone), ("email", self.tr("E-mail"), self.email),
                ("address", self.tr("Adresa"), self.address),
                ("opening_hours", self.tr("Úřední hodiny"), self.opening_hours),
                ("note", self.tr("Poznámka"), self.note), ("active", "", self.active)):
            widget.setObjectName(f"partner_{name}")
            err = error_label()
            self.errors[name] = (widget, err)
            form.addRow(text, widget)
            form.addRow("", err)
        self.new_button = QPushButton(self.tr("Nová služba"))
        self.new_button.clicked.connect(self.new_partner)
        self.save_button = QPushButton(self.tr("Uložit"))
        self.save_button.setProperty("primary", True)
        self.save_button.clicked.connect(self.save)
        self.status = QLabel()
        self.status.setObjectName("muted")
        self.status.setWordWrap(True)
        buttons = QHBoxLayout()
        buttons.addWidget(self.status, 1)
        buttons.addWidget(self.new_button)
        buttons.addWidget(self.save_button)
        right = QWidget()
        rv = QVBoxLayout(right)
        rv.addLayout(form)
        rv.addStretch(1)
        rv.addLayout(buttons)
        split = QSplitter(Qt.Horizontal)
        split.addWidget(self.table)
        split.addWidget(right)
        split.setSizes([640, 420])
        layout = QVBoxLayout(self)
        intro = QLabel(self.tr("Služby, na které KMB klienty předává. Při příjmu se nabízejí "
                               "jen aktivní; službu s předáními nelze smazat, jen vypnout."))
        intro.setObjectName("muted")
        intro.setWordWrap(True)
        layout.addWidget(intro)
        layout.addWidget(split, 1)
        if not self.can_edit:
            for w in (self.new_button, self.save_button):
                w.setEnabled(False)
            self.status.setText(self.tr("Seznam upravuje vedoucí KMB nebo správce."))
        self.refresh()
        self.new_partner()

    def refresh(self, select: str | None = None) -> None:
        rows = list_partners(self.ctx.db, self.ctx.actor, include_inactive=True)
        self.model.set_rows(rows)
        for i, r in enumerate(rows):
            if r.id == select:
                self.table.selectRow(i)

    def _row_changed(self, current, _previous) -> None:
        p = self.model.row(current.row())
        if p is None:
            return
        self.partner_id = p.id
        self.name.setText(p.name)
        self.kind.setCurrentIndex(self.kind.findData(p.kind))
        for name in ("contact_person", "phone", "email", "address", "opening_hours"):
            getattr(self, name).setText(getattr(p, name) or "")
        self.note.setPlainText(p.note or "")
        self.active.setChecked(p.active)
        self._clear_errors()

    def new_partner(self) -> None:
        self.partner_id = None
        self.table.clearSelection()
        for w in (self.name, self.contact_person, self.phone, self.email, self.address,
                  self.opening_hours):
            w.clear()
        self.note.clear()
        self.kind.setCurrentIndex(self.kind.findData(PartnerKind.NGO))
        self.active.setChecked(True)
        self._clear_errors()
        self.name.setFocus()

    def _clear_errors(self) -> None:
        for widget, label in self.errors.values():
            mark(widget, label, None)

    def save(self) -> None:
        self._clear_errors()
        data = PartnerInput(name=self.name.text(), kind=self.kind.currentData(),
                            contact_person=self.contact_person.text(), phone=self.phone.text(),
                            email=self.email.text(), address=self.address.text(),
                            opening_hours=self.opening_hours.text(),
                            note=self.note.toPlainText(), active=self.active.isChecked())
        try:
            pid = save_partner(self.ctx.db, self.ctx.actor, data, self.partner_id)
        except ValidationError as exc:
            for name, msg in exc.errors.items():
                if name in self.errors:
                    mark(*self.errors[name], msg)
            return
        except KmbError as exc:
            self.status.setText(exc.message)
            return
        self.partner_id = pid
        self.status.setText(self.tr("Uloženo: {0}").format(self.name.text().strip()))
        self.refresh(select=pid)
