"""Going to a case from anywhere (dashboard, contacts, intake banner)."""
from __future__ import annotations

from PySide6.QtWidgets import QWidget


def open_case(widget: QWidget, case_id: str) -> bool:
    """Show the case in Případy of the main window ``widget`` belongs to."""
    window = widget.window()
    while window is not None and not hasattr(window, "show_area"):
        parent = window.parentWidget()
        window = parent.window() if parent is not None else None
    if window is None:
        return False
    try:
        page = window.show_area("cases")
    except KeyError:
        return False
    page.open_case(case_id)
    return True
