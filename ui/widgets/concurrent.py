"""The concurrent-save question: someone else saved the record after this
screen loaded it (another workstation, or a received bundle). The person sees
each field with their value and the stored one, who saved it and when, and
chooses: keep mine (save again on the new version) or take theirs (reload).
Nothing is overwritten without this choice."""
from __future__ import annotations

from typing import Any, Callable

from PySide6.QtWidgets import (QAbstractItemView, QDialog, QDialogButtonBox, QHeaderView,
                               QLabel, QTableWidget, QTableWidgetItem, QVBoxLayout, QWidget)

from app.concurrency import ConcurrentEdit
from app.formatting import format_datetime

KEEP_MINE, TAKE_THEIRS, CANCEL = "mine", "theirs", "cancel"


class ConcurrentEditDialog(QDialog):
    def __init__(self, exc: ConcurrentEdit, parent: QWidget | None = None):
        super().__init__(parent)
        self.choice = CANCEL
        self.setWindowTitle(self.tr("Záznam mezitím uložil někdo jiný"))
        when = format_datetime(exc.changed_at) if exc.changed_at else self.tr("mezitím")
        intro = QLabel(self.tr("{0} mezitím uložil(a) {1} ({2}). Vaše změny zatím nejsou "
                               "uložené. Vyberte, která verze má platit.")
                       .format(exc.record, exc.changed_by, when))
        intro.setWordWrap(True)
        intro.setObjectName("concurrentIntro")
        self.table = QTableWidget(len(exc.changes), 3)
        self.table.setObjectName("concurrentChanges")
        self.table.setHorizontalHeaderLabels(
            [self.tr("Údaj"), self.tr("Vaše hodnota"), self.tr("Uložená hodnota")])
        self.table.verticalHeader().hide()
        self.table.setEditTriggers(QAbstractItemView.NoEditTriggers)
        self.table.horizontalHeader().setSectionResizeMode(QHeaderView.Stretch)
        for row, change in enumerate(exc.changes):
            for col, text in enumerate((change.label, change.mine, change.theirs)):
                self.table.setItem(row, col, QTableWidgetItem(text))
        if not exc.changes:
            self.table.hide()
            intro.setText(intro.text() + " " + self.tr(
                "Údaje ve formuláři se s uloženými shodují; změnily se jiné části záznamu."))
        buttons = QDialogButtonBox()
        self.keep_button = buttons.addButton(self.tr("Ponechat moje a uložit"),
                                             QDialogButtonBox.AcceptRole)
        self.keep_button.setObjectName("keepMine")
        self.theirs_button = buttons.addButton(self.tr("Převzít uložené"),
                                               QDialogButtonBox.RejectRole)
        self.theirs_button.setObjectName("takeTheirs")
        cancel = buttons.addButton(self.tr("Zpět k formuláři"), QDialogButtonBox.DestructiveRole)
        cancel.setObjectName("backToForm")
        self.keep_button.clicked.connect(lambda: self._choose(KEEP_MINE))
        self.theirs_button.clicked.connect(lambda: self._choose(TAKE_THEIRS))
        cancel.clicked.connect(lambda: self._choose(CANCEL))
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addWidget(self.table)
        layout.addWidget(buttons)
        self.resize(620, 180 + 30 * len(exc.changes))

    def _choose(self, choice: str) -> None:
        self.choice = choice
        self.accept() if choice != CANCEL else self.reject()


def ask(parent: QWidget | None, exc: ConcurrentEdit) -> str:
    dialog = ConcurrentEditDialog(exc, parent)
    dialog.exec()
    return dialog.choice


def save_checked(parent: QWidget | None, save: Callable[[int | None], Any],
                 version: int | None, take_theirs: Callable[[], None]) -> tuple[bool, Any]:
    """Run ``save(version)``; on a concurrent save ask the person. Keep mine
    saves again on the version now stored; take theirs calls ``take_theirs()``
    (reload the stored record into the form). (True, result) when saved."""
    while True:
        try:
            return True, save(version)
        except ConcurrentEdit as exc:
            choice = ask(parent, exc)
            if choice == KEEP_MINE:
                version = exc.current_version
                continue
            if choice == TAKE_THEIRS:
                take_theirs()
            return False, None
