"""Case work: case, status history, assigned worker, task, note."""
from __future__ import annotations

import datetime as dt
import enum

from sqlalchemy import ForeignKey, String, Text
from sqlalchemy.orm import Mapped, mapped_column, relationship

from .base import Base, Synced, enum_column


class CaseStatus(enum.Enum):
    NEW = "new"                   # nový
    IN_PROGRESS = "in_progress"   # v řešení
    HOUSED = "housed"             # zabydlen
    CLOSED = "closed"             # uzavřen


class Case(Synced, Base):
    __tablename__ = "case"

    number: Mapped[str | None] = mapped_column(String(40), index=True)  # spisová značka
    person_id: Mapped[str] = mapped_column(ForeignKey("person.id"), index=True)
    household_id: Mapped[str | None] = mapped_column(ForeignKey("household.id"), index=True)
    assigned_worker_id: Mapped[str | None] = mapped_column(ForeignKey("user.id"), index=True)
    status: Mapped[CaseStatus] = enum_column(CaseStatus, default=CaseStatus.NEW)
    opened_on: Mapped[dt.date]
    closed_on: Mapped[dt.date | None]
    summary: Mapped[str | None] = mapped_column(Text)
    # Municipality of the ORP and town part / excluded locality (as on contacts)
    municipality: Mapped[str | None] = mapped_column(String(100))
    locality: Mapped[str | None] = mapped_column(String(100))

    history: Mapped[list[CaseStatusChange]] = relationship(
        back_populates="case", order_by="CaseStatusChange.changed_at")


class CaseStatusChange(Synced, Base):
    __tablename__ = "case_status_change"

    case_id: Mapped[str] = mapped_column(ForeignKey("case.id"), index=True)
    status: Mapped[CaseStatus] = enum_column(CaseStatus)
    changed_at: Mapped[dt.datetime]
    changed_by_id: Mapped[str | None] = mapped_column(ForeignKey("user.id"))
    note: Mapped[str | None] = mapped_column(Text)

    case: Mapped[Case] = relationship(back_populates="history")


class TaskSource(enum.Enum):
    MANUAL = "manual"
    REFERRAL = "referral"          # follow-up of a referral
    ASSESSMENT = "assessment"      # agreed next step
    INSPECTION = "inspection"      # defect found in a flat
    ARREARS = "arrears"            # rent arrears above threshold
    RENEWAL = "renewal"            # lease renewal decision
    FUND = "fund"
    # the Housing Support Act's procedure (models/procedure.py): one source per
    # reminder, so each stays idempotent per procedure
    PROCEDURE_OPINION = "procedure_opinion"    # the Úřad práce's opinion is late
    PROCEDURE_FINAL = "procedure_final"        # appeal period over: mark the decision final
    PROCEDURE_EXPIRY = "procedure_expiry"      # the entry's validity ends soon


class Department(enum.StrEnum):
    """Codes of the departments every office starts with. Departments are the
    office's own list (models/departments.py); a task or a user stores any
    department's code as text, these three are only the defaults."""
    KMB = "kmb"                        # kontaktní místo pro bydlení
    PROPERTY = "property"              # majetkový odbor
    FLAT_MANAGER = "flat_manager"      # správce bytů


class Task(Synced, Base):
    __tablename__ = "task"

    title: Mapped[str]
    detail: Mapped[str | None] = mapped_column(Text)
    case_id: Mapped[str | None] = mapped_column(ForeignKey("case.id"), index=True)
    person_id: Mapped[str | None] = mapped_column(ForeignKey("person.id"), index=True)
    household_id: Mapped[str | None] = mapped_column(ForeignKey("household.id"), index=True)
    flat_id: Mapped[str | None] = mapped_column(ForeignKey("flat.id"), index=True)
    owner_id: Mapped[str | None] = mapped_column(ForeignKey("user.id"), index=True)
    # a department's task (its code, models/departments.py): in the inbox of
    # everyone in it (a person may also own it)
    department: Mapped[str | None] = mapped_column(String(32), index=True)
    due_on: Mapped[dt.date | None] = mapped_column(index=True)
    done_at: Mapped[dt.datetime | None]
    done_by_id: Mapped[str | None] = mapped_column(ForeignKey("user.id"))
    source: Mapped[TaskSource] = enum_column(TaskSource, default=TaskSource.MANUAL)
    # id of the record that produced the task (referral, inspection item, lease …)
    source_ref: Mapped[str | None] = mapped_column(String(36), index=True)


class Note(Synced, Base):
    __tablename__ = "note"

    case_id: Mapped[str | None] = mapped_column(ForeignKey("case.id"), index=True)
    person_id: Mapped[str | None] = mapped_column(ForeignKey("person.id"), index=True)
    author_id: Mapped[str | None] = mapped_column(ForeignKey("user.id"))
    written_at: Mapped[dt.datetime]
    text: Mapped[str] = mapped_column(Text)
