"""What every screen needs: the open database, the acting user, where to
keep window state, and a tiny "what changed" notifier so screens refresh
selectively (no global signal bus on the QApplication)."""
from __future__ import annotations

from dataclasses import dataclass, field

from PySide6.QtCore import QObject, QSettings, Signal

from app.db import Database
from app.installation import InstallationInfo
from app.security import Actor


class Changes(QObject):
    """Emitted after a write: the set of table names that changed."""

    changed = Signal(set)

    def notify(self, *tables: str) -> None:
        self.changed.emit(set(tables))


@dataclass
class UiContext:
    db: Database
    actor: Actor
    installation: InstallationInfo
    settings: QSettings
    changes: Changes = field(default_factory=Changes)
    demo: bool = False
