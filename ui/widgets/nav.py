"""Going to a record of another area (a case from the dashboard, contacts, the
intake banner) without importing that area: the main window looks the record
kind up in ui/areas.py (OPENERS) and asks the area's page to show it."""
from __future__ import annotations

from PySide6.QtWidgets import QWidget


def open_record(widget: QWidget, kind: str, record_id: str) -> bool:
    """Show the record in the main window ``widget`` belongs to; False when
    there is no main window or the user may not see that area."""
    window = widget.window()
    while window is not None and not hasattr(window, "open_record"):
        parent = window.parentWidget()
        window = parent.window() if parent is not None else None
    if window is None:
        return False
    return window.open_record(kind, record_id)
