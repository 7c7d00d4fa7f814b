"""Příjem → Kontakty: the recorded contacts of a period (what ``kmb list
contacts`` prints); a double-click opens the contact's case."""
from __future__ import annotations

import datetime as dt

from PySide6.QtCore import QT_TRANSLATE_NOOP, QTimer
from PySide6.QtWidgets import QComboBox, QHBoxLayout, QLabel, QLineEdit, QVBoxLayout, QWidget

from app.formatting import format_datetime
from app.intake.contacts import list_contacts

from ..context import UiContext
from ..widgets.tables import fit_columns, list_table
from ..labels import ethos, tl
from ..widgets.lazy import LazyLoad
from ..widgets.nav import open_record
from ..widgets.table_model import Col, RowsModel

_T = "ContactsTab"
COLUMNS = [
    Col(QT_TRANSLATE_NOOP("ContactsTab", "Kdy"), lambda c: format_datetime(c.occurred_at),
        context=_T),
    Col(QT_TRANSLATE_NOOP("ContactsTab", "Klient"), lambda c: c.person_name, context=_T),
    Col(QT_TRANSLATE_NOOP("ContactsTab", "Kanál"), lambda c: tl(c.channel), context=_T),
    Col(QT_TRANSLATE_NOOP("ContactsTab", "Důvod"), lambda c: (c.reason or "").split("\n")[0],
        context=_T),
    Col(QT_TRANSLATE_NOOP("ContactsTab", "ETHOS"),
        lambda c: ethos(c.ethos_category).split(" – ", 1)[-1] if c.ethos_category else "",
        context=_T),
    Col(QT_TRANSLATE_NOOP("ContactsTab", "Naléhavost"), lambda c: tl(c.urgency), context=_T),
    Col(QT_TRANSLATE_NOOP("ContactsTab", "Výsledek"), lambda c: tl(c.outcome), context=_T),
    Col(QT_TRANSLATE_NOOP("ContactsTab", "Předáno"), lambda c: ", ".join(c.partners),
        context=_T),
    Col(QT_TRANSLATE_NOOP("ContactsTab", "Pracovník"), lambda c: c.worker_name or "",
        context=_T),
    Col(QT_TRANSLATE_NOOP("ContactsTab", "Případ"), lambda c: c.case_number or "", context=_T),
]
PERIODS = [
    (QT_TRANSLATE_NOOP("ContactsTab", "Dnes"), 0),
    (QT_TRANSLATE_NOOP("ContactsTab", "Posledních 7 dní"), 6),
    (QT_TRANSLATE_NOOP("ContactsTab", "Posledních 30 dní"), 29),
    (QT_TRANSLATE_NOOP("ContactsTab", "Posledních 12 měsíců"), 364),
    (QT_TRANSLATE_NOOP("ContactsTab", "Vše"), None),
]


class ContactsTab(QWidget):
    def __init__(self, ctx: UiContext, parent: QWidget | None = None):
        super().__init__(parent)
        self.ctx = ctx
        self.search = QLineEdit()
        self.search.setPlaceholderText(self.tr("Hledat klienta, důvod, pracovníka, případ…"))
        self.search.setClearButtonEnabled(True)
        self.period = QComboBox()
        for text, days in PERIODS:
            self.period.addItem(self.tr(text), days)
        self.period.setCurrentIndex(2)
        self.mine = QComboBox()
        self.mine.addItem(self.tr("Všichni pracovníci"), None)
        self.mine.addItem(self.tr("Jen moje"), ctx.actor.user_id)
        self.summary = QLabel()
        self.summary.setObjectName("muted")
        self.model = RowsModel(COLUMNS)
        self.table = list_table(self.model, "contactsTable")
        fit_columns(self.table, [120, 160, 80, 240, 200, 100, 120, 160, 120])
        self.table.activated.connect(self._open)
        top = QHBoxLayout()
        top.addWidget(self.search, 1)
        top.addWidget(self.period)
        top.addWidget(self.mine)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 8, 0, 0)
        layout.addLayout(top)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.summary)
        self._debounce = QTimer(self, singleShot=True, interval=200)
        self._debounce.timeout.connect(self.refresh)
        self.search.textChanged.connect(lambda _: self._debounce.start())
        self.period.currentIndexChanged.connect(self.refresh)
        self.mine.currentIndexChanged.connect(self.refresh)
        # read when first shown and off the GUI thread: a year of a city's contacts takes seconds
        self.loader = LazyLoad(self, ctx.changes, self._query, self._fill, "contact_record")

    def refresh(self) -> None:
        self.loader.load()

    def _query(self):
        db, actor, text, worker = (self.ctx.db, self.ctx.actor, self.search.text(),
                                   self.mine.currentData())
        days = self.period.currentData()
        since = dt.date.today() - dt.timedelta(days=days) if days is not None else None
        return lambda: list_contacts(db, actor, text=text, date_from=since, worker_id=worker)

    def _fill(self, rows) -> None:
        self.model.set_rows(rows)
        minutes = sum(r.minutes_spent or 0 for r in rows)
        self.summary.setText(self.tr("Kontaktů: {0} · osob: {1} · čas s klienty: {2} h {3} min")
                             .format(len(rows), len({r.person_id for r in rows}),
                                     minutes // 60, minutes % 60))

    def _open(self, index) -> None:
        row = self.model.row(index.row())
        if row is not None and row.case_id:
            open_record(self, "case", row.case_id)
