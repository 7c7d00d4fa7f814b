"""Kontroly bytů: inspections and handovers, newest first; the open
protocol replaces the list in the same place."""
from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP
from PySide6.QtWidgets import QComboBox, QMessageBox, QWidget

from app.errors import KmbError
from app.formatting import format_date
from app.inspections.records import (FIRST_CHUNK, create_inspection, list_inspections,
                                     tell_inspections_apart)
from app.security import Permission
from models.assessments import RecordState
from models.inspections import InspectionKind
from ui.labels import tl

from ..context import UiContext
from ..widgets.chunked import ChunkedRowsModel
from ..widgets.list_detail import ListDetailPage
from ..widgets.table_model import Col
from .editor import InspectionEditor
from .new_dialog import NewInspectionDialog

_T = "InspectionsPage"
COLUMNS = [
    Col(QT_TRANSLATE_NOOP("InspectionsPage", "Datum"), lambda r: format_date(r.inspected_on),
        context=_T),
    Col(QT_TRANSLATE_NOOP("InspectionsPage", "Byt"), lambda r: r.flat, context=_T),
    Col(QT_TRANSLATE_NOOP("InspectionsPage", "Druh"), lambda r: tl(r.kind), context=_T),
    Col(QT_TRANSLATE_NOOP("InspectionsPage", "Nájemce"), lambda r: r.household, context=_T),
    Col(QT_TRANSLATE_NOOP("InspectionsPage", "Závady"), lambda r: r.defects or "",
        align_right=True, context=_T),
    Col(QT_TRANSLATE_NOOP("InspectionsPage", "Stav"), lambda r: tl(RecordState(r.state)),
        context=_T),
    Col(QT_TRANSLATE_NOOP("InspectionsPage", "Provedl(a)"), lambda r: r.worker, context=_T),
]


class InspectionsPage(ListDetailPage):
    TABLE = "inspection"

    def __init__(self, ctx: UiContext, parent: QWidget | None = None):
        self.kind = QComboBox()
        self.kind.addItem(self.tr("Všechny druhy"), None)
        for k in InspectionKind:
            self.kind.addItem(tl(k), k)
        self.state = QComboBox()
        self.state.addItem(self.tr("Všechny stavy"), None)
        self.state.addItem(tl(RecordState.DRAFT), RecordState.DRAFT)
        self.state.addItem(tl(RecordState.CLOSED), RecordState.CLOSED)
        super().__init__(
            ctx, title=self.tr("Kontroly bytů"),
            search_hint=self.tr("Hledat adresu, byt nebo nájemce…"), columns=COLUMNS,
            table_name="inspectionTable", widths=(88, 290, 165, 150, 56, 100),
            editor=InspectionEditor(ctx), filters=[self.kind, self.state],
            new_text=self.tr("Nová kontrola"),
            can_create=ctx.actor.can(Permission.EDIT_INSPECTIONS), parent=parent)

    def make_model(self, columns):
        # households told apart a chunk at a time (a city repeats their names ~450×)
        db, actor = self.ctx.db, self.ctx.actor
        return ChunkedRowsModel(columns, lambda rows: tell_inspections_apart(db, actor, rows),
                                owner=self, chunk=FIRST_CHUNK)

    def row_query(self):
        db, actor, text = self.ctx.db, self.ctx.actor, self.search.text()
        kind, state = self.kind.currentData(), self.state.currentData()
        return lambda: list_inspections(db, actor, text, kind=kind, state=state,
                                        told_apart=FIRST_CHUNK)

    def summary_text(self, rows: list) -> str:
        defects = sum(r.defects for r in rows)
        return self.tr("Kontrol: {0} · zjištěných závad: {1}").format(len(rows), defects)

    def create_record(self) -> str | None:
        dlg = NewInspectionDialog(self.ctx, self)
        if not dlg.exec():
            return None
        try:
            return create_inspection(self.ctx.db, self.ctx.actor, dlg.flat_id, dlg.kind,
                                     inspected_on=dlg.inspected_on,
                                     template_id=dlg.template_id,
                                     household_id=dlg.household_id)
        except KmbError as exc:
            QMessageBox.warning(self, self.tr("Kontrolu nelze založit"), exc.message)
            return None
