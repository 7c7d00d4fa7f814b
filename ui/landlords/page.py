"""Pronajímatelé: the landlord register (private persons and companies the
KMB places households with); the open landlord replaces the list in the same
place with its card, private leases, guarantees and fund payments."""
from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication
from PySide6.QtWidgets import QComboBox, QWidget

from app.landlords.register import list_landlords
from app.security import Permission
from ui.labels import tl

from ..context import UiContext
from ..widgets.list_detail import ListDetailPage
from ..widgets.table_model import Col
from .dialogs import LandlordDialog
from .editor import LandlordEditor

_T = "LandlordsPage"
COLUMNS = [
    Col(QT_TRANSLATE_NOOP("LandlordsPage", "Pronajímatel"), lambda r: r.name, context=_T),
    Col(QT_TRANSLATE_NOOP("LandlordsPage", "Druh"), lambda r: tl(r.kind), context=_T),
    Col(QT_TRANSLATE_NOOP("LandlordsPage", "IČO"), lambda r: r.ico, context=_T),
    Col(QT_TRANSLATE_NOOP("LandlordsPage", "Telefon"), lambda r: r.phone, context=_T),
    Col(QT_TRANSLATE_NOOP("LandlordsPage", "Účet"), lambda r: r.bank_account, context=_T),
    Col(QT_TRANSLATE_NOOP("LandlordsPage", "Platné nájmy"), lambda r: r.active_leases,
        align_right=True, context=_T),
    Col(QT_TRANSLATE_NOOP("LandlordsPage", "Spolupracuje"),
        lambda r: QCoreApplication.translate("LandlordsPage", "ano" if r.active else "ne"),
        context=_T),
]


class LandlordsPage(ListDetailPage):
    TABLE = "landlord"

    def __init__(self, ctx: UiContext, parent: QWidget | None = None):
        self.which = QComboBox()
        self.which.addItem(self.tr("Spolupracující"), False)
        self.which.addItem(self.tr("Všichni pronajímatelé"), True)
        super().__init__(
            ctx, title=self.tr("Pronajímatelé"),
            search_hint=self.tr("Hledat jméno, název, IČO nebo telefon…"), columns=COLUMNS,
            table_name="landlordTable", widths=(260, 120, 90, 140, 170, 110),
            editor=LandlordEditor(ctx), filters=[self.which],
            new_text=self.tr("Nový pronajímatel"),
            can_create=ctx.actor.can(Permission.EDIT_LANDLORDS), parent=parent)
        ctx.changes.watch(self, self._refresh_if_listed, "private_lease")

    def row_query(self):
        db, actor, text = self.ctx.db, self.ctx.actor, self.search.text()
        inactive = bool(self.which.currentData())
        return lambda: list_landlords(db, actor, text, include_inactive=inactive)

    def summary_text(self, rows: list) -> str:
        return self.tr("Pronajímatelů: {0} · platných nájmů: {1}").format(
            len(rows), sum(r.active_leases for r in rows))

    def create_record(self) -> str | None:
        dlg = LandlordDialog(self.ctx, self)
        return dlg.landlord_id if dlg.exec() else None
