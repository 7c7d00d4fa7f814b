"""The issuing office for documents, read from the settings."""
from __future__ import annotations

import base64

from sqlalchemy.orm import Session

from reports.base import OfficeInfo, Signatory

from . import settings


def office_info(session: Session) -> OfficeInfo:
    v = settings.get_many(session, "office.")
    logo = v.get("office.logo_png_b64")
    return OfficeInfo(
        name=v.get("office.name") or "",
        department=v.get("office.department") or "",
        address=v.get("office.address") or "",
        phone=v.get("office.phone") or "",
        email=v.get("office.email") or "",
        town=v.get("office.town") or "",
        logo_png=base64.b64decode(logo) if logo else None,
        signatories=tuple(Signatory(s.get("name", ""), s.get("function", ""))
                          for s in v.get("office.signatories") or []),
    )
