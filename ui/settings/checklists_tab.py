"""Settings tab "Kontroly bytů": the checklist templates an inspection
starts from – a table of rooms and their items (stored as before: a list of
room and item)."""
from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QComboBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QMessageBox,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from app.errors import KmbError, ValidationError
from app.inspections.templates import (
    ROOM_PER_BEDROOM,
    TemplateData,
    TemplateItem,
    items_from_rows,
    list_templates,
    remove_template,
    save_template,
)
from app.security import Permission
from models.inspections import InspectionKind
from ui.labels import tl

from ..context import UiContext
from ..widgets.fields import FieldErrors
from .checklist_table import ChecklistTable

ID_ROLE = Qt.UserRole + 1


class ChecklistsTab(QWidget):
    def __init__(self, ctx: UiContext, parent: QWidget | None = None):
        super().__init__(parent)
        self.ctx = ctx
        self.can_edit = ctx.actor.can(Permission.SETTINGS)
        self.errors = FieldErrors()
        self.current: TemplateData | None = None
        self.list = QListWidget()
        self.list.setObjectName("templateList")
        self.list.setFixedWidth(280)
        self.list.setSpacing(2)
        self.list.setStyleSheet(
            "QListWidget#templateList { background: white; border: 1px solid #d9e0e6; "
            "border-radius: 6px; padding: 4px; outline: 0; }"
            "QListWidget#templateList::item { padding: 6px 8px; border-radius: 4px; "
            "border-bottom: 1px solid #eef2f5; }"
            "QListWidget#templateList::item:selected { background: #cfe3f3; color: #102030; }")
        self.list.currentItemChanged.connect(lambda item, _prev: self._show(item))
        self.new_button = QPushButton(self.tr("Nová šablona"))
        self.new_button.clicked.connect(self.new_template)
        self.name = QLineEdit()
        self.name.setObjectName("name")
        self.kind = QComboBox()
        self.kind.addItem(self.tr("pro všechny druhy kontrol"), None)
        for k in InspectionKind:
            self.kind.addItem(tl(k), k)
        self.items = ChecklistTable()
        self.items.setObjectName("items")
        hint = QLabel(self.tr(
            "Každý řádek je jedna kontrolovaná položka; místnost stačí napsat u její první "
            "položky. Místnost „{0}“ se u vícepokojových bytů rozepíše na "
            "{0} 1, {0} 2 … Změna šablony neovlivní protokoly, které už byly založeny.")
            .format(ROOM_PER_BEDROOM))
        hint.setObjectName("muted")
        hint.setWordWrap(True)
        self.save_button = QPushButton(self.tr("Uložit šablonu"))
        self.save_button.setProperty("primary", True)
        self.save_button.clicked.connect(self.save)
        self.remove_button = QPushButton(self.tr("Vyřadit"))
        self.remove_button.clicked.connect(self.remove)
        self.status = QLabel()
        self.status.setObjectName("muted")
        self.status.setWordWrap(True)

        form = QFormLayout()
        for label, widget, name in ((self.tr("Název"), self.name, "name"),
                                    (self.tr("Použít pro"), self.kind, None),
                                    (self.tr("Položky"), self.items, "items")):
            box = QWidget()
            v = QVBoxLayout(box)
            v.setContentsMargins(0, 0, 0, 0)
            v.addWidget(widget)
            if name:
                v.addWidget(self.errors.bind(name, widget))
            form.addRow(label, box)
        buttons = QHBoxLayout()
        buttons.addWidget(self.save_button)
        buttons.addWidget(self.remove_button)
        buttons.addWidget(self.status, 1)
        right = QVBoxLayout()
        right.addLayout(form, 1)
        right.addWidget(hint)
        right.addLayout(buttons)
        left = QVBoxLayout()
        left.addWidget(self.list, 1)
        left.addWidget(self.new_button)
        layout = QHBoxLayout(self)
        layout.addLayout(left)
        layout.addLayout(right, 1)
        self.refresh()
        if not self.can_edit:
            for w in (self.new_button, self.save_button, self.remove_button):
                w.hide()
            self.name.setReadOnly(True)
            self.items.set_read_only(True)
            self.kind.setEnabled(False)
            self.status.setText(self.tr("Šablony může měnit vedoucí KMB nebo správce aplikace."))

    def refresh(self, select: str | None = None) -> None:
        templates = list_templates(self.ctx.db, self.ctx.actor, include_inactive=True)
        self.list.blockSignals(True)
        self.list.clear()
        for t in templates:
            kind = tl(t.kind) if t.kind else self.tr("všechny druhy")
            text = f"{t.name}\n{kind}" + ("" if t.active else self.tr(" · vyřazená"))
            item = QListWidgetItem(text)
            item.setData(ID_ROLE, t)
            self.list.addItem(item)
        self.list.blockSignals(False)
        row = next((i for i, t in enumerate(templates) if t.id == select), 0)
        if templates:
            self.list.setCurrentRow(row)
            self._show(self.list.currentItem())

    def _show(self, item: QListWidgetItem | None) -> None:
        self.errors.clear()
        if item is None:
            return
        t: TemplateData = item.data(ID_ROLE)
        self.current = t
        self.name.setText(t.name)
        self.kind.setCurrentIndex(max(self.kind.findData(t.kind), 0))
        self.items.set_items(t.items)
        self.remove_button.setEnabled(t.active)

    def new_template(self) -> None:
        self.list.clearSelection()
        self.current = TemplateData()
        self.name.clear()
        self.items.set_items([TemplateItem(self.tr("Kuchyň"), "")])
        self.kind.setCurrentIndex(0)
        self.name.setFocus()
        self.status.setText(self.tr("Nová šablona – vyplňte název a položky."))

    def save(self) -> None:
        self.errors.clear()
        self.items.clear_errors()
        try:
            items = items_from_rows(self.items.rows())
            data = TemplateData(id=self.current.id if self.current else None,
                                name=self.name.text(), kind=self.kind.currentData(),
                                items=items, active=True)
            tid = save_template(self.ctx.db, self.ctx.actor, data)
        except ValidationError as exc:
            self.errors.show(exc)
            self.items.show_errors(exc.errors)
            self.status.setText(exc.message)
            return
        except KmbError as exc:
            self.status.setText(exc.message)
            return
        self.refresh(select=tid)
        self.status.setText(self.tr("Šablona je uložená ({0} položek).").format(len(items)))

    def remove(self) -> None:
        if not self.current or not self.current.id:
            return
        if QMessageBox.question(self, self.tr("Vyřadit šablonu"),
                                self.tr("Vyřadit šablonu „{0}“? Nové kontroly ji už nenabídnou; "
                                        "uložením ji lze vrátit.").format(self.current.name)) \
                != QMessageBox.Yes:
            return
        try:
            remove_template(self.ctx.db, self.ctx.actor, self.current.id)
        except KmbError as exc:
            self.status.setText(exc.message)
            return
        self.refresh(select=self.current.id)
        self.status.setText(self.tr("Šablona je vyřazená."))
