"""Documents that can be printed by kind and record id, for ``kmb print`` and
the UI alike. Areas list their printer module in PRINTER_MODULES; each module
calls ``register(kind, func)`` at import. A printer returns the PDF bytes and a
suggested file name, and records the "print" audit event itself."""
from __future__ import annotations

import importlib
from typing import Callable

from .db import Database
from .errors import KmbError
from .security import Actor

Printer = Callable[[Database, Actor, str], tuple[bytes, str]]
PRINTERS: dict[str, Printer] = {}
PRINTER_MODULES: list[str] = [       # e.g. "app.assessments.printing"
    "app.leases.printing",
    "app.assessments.printing",
    "app.inspections.printing",
    "app.allocation.printing",
]
_loaded = False


def register(kind: str, func: Printer) -> None:
    PRINTERS[kind] = func


def printers() -> dict[str, Printer]:
    global _loaded
    if not _loaded:
        for name in PRINTER_MODULES:
            importlib.import_module(name)
        _loaded = True
    return PRINTERS


def render(db: Database, actor: Actor, kind: str, record_id: str) -> tuple[bytes, str]:
    table = printers()
    if kind not in table:
        raise KmbError(f"Neznámý druh dokumentu „{kind}“ (známé: {', '.join(sorted(table))}).")
    return table[kind](db, actor, record_id)
