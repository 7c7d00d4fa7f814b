"""The office's departments: whose task queue a task or a worker belongs to.
Towns name and cut them differently ("odbor sociálních věcí", "správa majetku
města", "bytové oddělení", an NGO partner), so they are data, not a fixed list.
Tasks and users refer to a department by its ``code`` (text, as before)."""
from __future__ import annotations

from sqlalchemy import String
from sqlalchemy.orm import Mapped, mapped_column

from .base import Base, Synced

# The departments every office starts with (migration 0017_departments). Their
# rows have the same id and "never written" stamps at every installation, so
# the office's rename of one of them is an ordinary update to a laptop.
BUILTIN = (
    ("00000000-0000-7000-8000-00000000d001", "kmb", "sociální odbor (KMB)"),
    ("00000000-0000-7000-8000-00000000d002", "property", "majetkový odbor"),
    ("00000000-0000-7000-8000-00000000d003", "flat_manager", "správce bytů"),
)
NEVER_WRITTEN = '{"s":[0,""],"v":{}}'


class OfficeDepartment(Synced, Base):
    __tablename__ = "department"

    # what tasks and users store (user.department is 20 characters long)
    code: Mapped[str] = mapped_column(String(20), index=True)
    name: Mapped[str] = mapped_column(String(120))
    active: Mapped[bool] = mapped_column(default=True)
