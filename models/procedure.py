"""The procedure of the Housing Support Act (zákon č. 175/2025 Sb., o podpoře
bydlení) on a case: the application for an entry (§ 13–14), the inquiry into
the housing situation (§ 16), the request for the binding opinion of the Úřad
práce (§ 18), the decision (§ 26) with its delivery and appeal period, the
entry itself with its validity, and changes during the entry (§ 24).

One row per procedure: each step is a few dated columns, so that a step
edited on a laptop and another one in the office merge column by column."""
from __future__ import annotations

import datetime as dt
import enum

from sqlalchemy import ForeignKey, String, Text
from sqlalchemy.orm import Mapped, mapped_column

from .base import Base, Synced, enum_column


class OpinionResult(enum.Enum):
    MEETS = "meets"                 # podmínky splněny
    DOES_NOT_MEET = "does_not_meet"  # podmínky nesplněny


class DecisionOutcome(enum.Enum):
    ENTERED = "entered"             # vyhověno: zápis do evidence
    REJECTED = "rejected"           # žádost zamítnuta
    DISCONTINUED = "discontinued"   # řízení zastaveno


class HousingProcedure(Synced, Base):
    __tablename__ = "housing_procedure"

    case_id: Mapped[str] = mapped_column(ForeignKey("case.id"), index=True)
    person_id: Mapped[str] = mapped_column(ForeignKey("person.id"), index=True)
    household_id: Mapped[str | None] = mapped_column(ForeignKey("household.id"), index=True)
    need_record_id: Mapped[str | None] = mapped_column(ForeignKey("housing_need_record.id"))
    worker_id: Mapped[str | None] = mapped_column(ForeignKey("user.id"))
    file_ref: Mapped[str | None] = mapped_column(String(60))       # spisová značka
    # § 13–14 žádost o zápis
    application_on: Mapped[dt.date]
    application_channel: Mapped[str | None] = mapped_column(String(60))
    # § 16 šetření bytové situace
    inquiry_started_on: Mapped[dt.date | None]
    inquiry_done_on: Mapped[dt.date | None]
    inquiry_findings: Mapped[str | None] = mapped_column(Text)
    # § 18 závazné stanovisko Úřadu práce
    opinion_requested_on: Mapped[dt.date | None]
    opinion_due_on: Mapped[dt.date | None]
    opinion_received_on: Mapped[dt.date | None]
    opinion_ref: Mapped[str | None] = mapped_column(String(60))
    opinion_result: Mapped[OpinionResult | None] = enum_column(OpinionResult)
    # § 26 rozhodnutí
    decision_on: Mapped[dt.date | None]
    decision_ref: Mapped[str | None] = mapped_column(String(60))    # číslo jednací
    decision_outcome: Mapped[DecisionOutcome | None] = enum_column(DecisionOutcome)
    decision_reason: Mapped[str | None] = mapped_column(Text)
    decision_snapshot_json: Mapped[str | None] = mapped_column(Text)  # issued: frozen
    delivered_on: Mapped[dt.date | None]
    appeal_until: Mapped[dt.date | None]
    final_on: Mapped[dt.date | None]                                # právní moc
    # zápis do evidence
    entry_ref: Mapped[str | None] = mapped_column(String(60))
    entry_on: Mapped[dt.date | None]
    entry_valid_until: Mapped[dt.date | None]
    ended_on: Mapped[dt.date | None]                                # zápis skončil dřív


class HousingProcedureChange(Synced, Base):
    """A change during the entry (§ 24): what changed and when it was reported."""
    __tablename__ = "housing_procedure_change"

    procedure_id: Mapped[str] = mapped_column(ForeignKey("housing_procedure.id"), index=True)
    changed_on: Mapped[dt.date]
    description: Mapped[str] = mapped_column(Text)
    recorded_by_id: Mapped[str | None] = mapped_column(ForeignKey("user.id"))
