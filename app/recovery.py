"""The printable recovery-key sheet (``reports/recovery_sheet.py``).

The key is shown and printed once: when the database is created and when it
gets a new key (an account blocked). The service therefore takes the key the
caller was just given and checks that it belongs to this database; it never
derives the key from the open database, so nobody can print the sheet again
later. The PDF stays in memory; the CLI writes it only where it is told."""
from __future__ import annotations

import dataclasses
import datetime as dt
import re
from pathlib import Path

from . import audit
from .db import Database
from .files import write_atomic
from .formatting import format_date
from .installation import get as installation_row
from .keyslots import SignInRefused, parse_recovery, recovery_text
from .office_settings import office_info, read_office
from .security import Actor, Permission
from .settings import DEFAULTS
from .i18n import _, czech

# czech-on-purpose: a reason stored in the audit trail
REASON_CREATED = "založení databáze"


def recovery_sheet_pdf(db: Database, actor: Actor, recovery_key: str,
                       reason: str = REASON_CREATED) -> tuple[bytes, str]:
    """The sheet as PDF bytes and a suggested file name; audited as a print."""
    actor.require(Permission.MANAGE_USERS)
    key = parse_recovery(recovery_key)
    if db.key is None or key != db.key:
        raise SignInRefused(_("Klíč pro obnovu nepatří k této databázi."))
    from reports.recovery_sheet import RecoverySheet, render_recovery_sheet
    with db.transaction() as s:
        office = read_office(s)
        inst = installation_row(s)
        audit.record(s, actor, "print", "installation", inst.id if inst else None,
                     {"document": "recovery_sheet", "reason": reason})
        info = office_info(office)
        if inst is not None and (not info.name or info.name == DEFAULTS["office.name"]):
            # first start: no office details yet, the installation's name says whose it is
            info = dataclasses.replace(info, name=inst.name)
        sheet = RecoverySheet(
            office=info, installation_name=inst.name if inst else "",
            installation_id=inst.id if inst else "", database_file=str(db.path or ""),
            issued_on=format_date(dt.date.today()), issued_by=actor.name, reason=reason,
            recovery_key=recovery_text(key))
    slug = re.sub(r"[^a-z0-9]+", "-", (sheet.installation_name or "kmb").lower()).strip("-")
    with czech():                     # a Czech document under any UI language
        pdf = render_recovery_sheet(sheet)
    return pdf, f"klic-pro-obnovu-{slug or 'kmb'}.pdf"


def save_sheet(pdf: bytes, target: str | Path) -> Path:
    """Written atomically, owner-only (umask 0077 and mkstemp), where the person said."""
    return write_atomic(target, pdf)
