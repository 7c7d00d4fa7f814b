"""Sociální šetření: the list of assessments (latest version of each) and,
in the same place, the open record."""
from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP
from PySide6.QtWidgets import QComboBox, QMessageBox, QWidget

from app.assessments.records import (FIRST_CHUNK, create_assessment, list_assessments,
                                     tell_assessments_apart)
from app.errors import KmbError
from app.formatting import format_date
from app.security import Permission
from models.assessments import RecordState
from ui.labels import tl

from ..context import UiContext
from ..widgets.chunked import ChunkedRowsModel
from ..widgets.list_detail import ListDetailPage
from ..widgets.table_model import Col
from .person_picker import NewAssessmentDialog

_T = "AssessmentsPage"
COLUMNS = [
    Col(QT_TRANSLATE_NOOP("AssessmentsPage", "Klient(ka)"), lambda r: r.person, context=_T),
    Col(QT_TRANSLATE_NOOP("AssessmentsPage", "Domácnost"), lambda r: r.household, context=_T),
    Col(QT_TRANSLATE_NOOP("AssessmentsPage", "Návštěva"), lambda r: format_date(r.visit_on),
        context=_T),
    Col(QT_TRANSLATE_NOOP("AssessmentsPage", "Stav"), lambda r: tl(r.state), context=_T),
    Col(QT_TRANSLATE_NOOP("AssessmentsPage", "Verze"), lambda r: r.version, align_right=True,
        context=_T),
    Col(QT_TRANSLATE_NOOP("AssessmentsPage", "Pracovník"), lambda r: r.worker, context=_T),
]


def _editor(ctx: UiContext):
    """The record form (hundreds of widgets), imported and built when a record
    is first opened: the list alone opens faster."""
    from .editor import AssessmentEditor
    return AssessmentEditor(ctx)


class AssessmentsPage(ListDetailPage):
    TABLE = "assessment"

    def __init__(self, ctx: UiContext, parent: QWidget | None = None):
        self.state = QComboBox()
        self.state.addItem(self.tr("Všechna šetření"), None)
        self.state.addItem(self.tr("Rozpracovaná"), RecordState.DRAFT)
        self.state.addItem(self.tr("Uzavřená"), RecordState.CLOSED)
        super().__init__(
            ctx, title=self.tr("Sociální šetření"),
            search_hint=self.tr("Hledat klienta nebo domácnost…"), columns=COLUMNS,
            table_name="assessmentTable", widths=(220, 200, 100, 120, 60),
            editor=lambda: _editor(ctx), filters=[self.state],
            new_text=self.tr("Nové šetření"),
            can_create=ctx.actor.can(Permission.EDIT_ASSESSMENTS), parent=parent)

    def make_model(self, columns):
        # a city has a thousand assessments whose names repeat: told apart a chunk at a time
        db, actor = self.ctx.db, self.ctx.actor
        return ChunkedRowsModel(columns, lambda rows: tell_assessments_apart(db, actor, rows),
                                owner=self, chunk=FIRST_CHUNK)

    def row_query(self):
        db, actor, text, state = (self.ctx.db, self.ctx.actor, self.search.text(),
                                  self.state.currentData())
        return lambda: list_assessments(db, actor, text, state=state, latest_only=True,
                                        told_apart=FIRST_CHUNK)

    def summary_text(self, rows: list) -> str:
        drafts = sum(1 for r in rows if r.state == RecordState.DRAFT)
        return self.tr("Šetření: {0} · rozpracovaných: {1}").format(len(rows), drafts)

    def create_record(self) -> str | None:
        dlg = NewAssessmentDialog(self.ctx, self)
        if not dlg.exec():
            return None
        try:
            return create_assessment(self.ctx.db, self.ctx.actor, dlg.person_id,
                                     visit_on=dlg.visit_on)
        except KmbError as exc:
            QMessageBox.warning(self, self.tr("Šetření nelze založit"), exc.message)
            return None
