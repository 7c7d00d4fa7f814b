"""Nastavení → Role: which permission each role holds, as a grid of ticks.
The defaults come from the field; changes apply from the next sign-in."""
from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (QHBoxLayout, QHeaderView, QLabel, QMessageBox, QPushButton,
                               QTableWidget, QTableWidgetItem, QVBoxLayout, QWidget)

from app.errors import KmbError
from app.privacy import roles
from app.security import ADMIN_FIXED, Permission
from models.staff import Role

from ..context import UiContext


class RolesTab(QWidget):
    def __init__(self, ctx: UiContext, parent=None):
        super().__init__(parent)
        self.ctx = ctx
        self.perms = list(Permission)
        self.roles = list(Role)
        note = QLabel(self.tr("Zaškrtnutím přidělíte roli oprávnění. Změny platí od dalšího "
                              "přihlášení. Zvláštní kategorie údajů (zdraví, postižení, situace "
                              "rodiny) vidí jen role s tímto oprávněním."))
        note.setWordWrap(True)
        note.setObjectName("muted")
        self.grid = QTableWidget(len(self.perms), len(self.roles))
        self.grid.setObjectName("rolesGrid")
        self.grid.verticalHeader().setSectionResizeMode(QHeaderView.ResizeToContents)
        self.grid.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeToContents)
        self.save_button = QPushButton(self.tr("Uložit role"))
        self.reset_button = QPushButton(self.tr("Obnovit výchozí"))
        self.save_button.clicked.connect(self.save)
        self.reset_button.clicked.connect(self.reset)
        buttons = QHBoxLayout()
        buttons.addWidget(self.reset_button)
        buttons.addStretch(1)
        buttons.addWidget(self.save_button)
        layout = QVBoxLayout(self)
        layout.addWidget(note)
        layout.addWidget(self.grid, 1)
        layout.addLayout(buttons)
        self.refresh()

    def refresh(self) -> None:
        table = {r.role: r for r in roles.role_table(self.ctx.db, self.ctx.actor)}
        self.grid.setHorizontalHeaderLabels([table[r].label for r in self.roles])
        self.grid.setVerticalHeaderLabels([roles.permission_label(p) for p in self.perms])
        for i, p in enumerate(self.perms):
            for j, r in enumerate(self.roles):
                item = QTableWidgetItem()
                flags = Qt.ItemIsUserCheckable | Qt.ItemIsEnabled
                if r == Role.ADMIN and p in ADMIN_FIXED:
                    flags = Qt.ItemIsUserCheckable      # the administrator always keeps it
                item.setFlags(flags)
                item.setCheckState(Qt.Checked if p in table[r].permissions else Qt.Unchecked)
                if p in table[r].defaults:
                    item.setToolTip(self.tr("výchozí: ano"))
                else:
                    item.setToolTip(self.tr("výchozí: ne"))
                self.grid.setItem(i, j, item)

    def checked(self, role: Role) -> set[Permission]:
        j = self.roles.index(role)
        return {p for i, p in enumerate(self.perms)
                if self.grid.item(i, j).checkState() == Qt.Checked}

    def save(self) -> None:
        try:
            current = {r.role: r.permissions for r in roles.role_table(self.ctx.db,
                                                                        self.ctx.actor)}
            for role in self.roles:
                wanted = self.checked(role)
                if wanted != set(current[role]):
                    roles.set_role_permissions(self.ctx.db, self.ctx.actor, role, wanted)
        except KmbError as exc:
            QMessageBox.warning(self, self.tr("Role"), exc.message)
        self.refresh()

    def reset(self) -> None:
        for role in self.roles:
            roles.reset_role(self.ctx.db, self.ctx.actor, role)
        self.refresh()
