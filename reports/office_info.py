"""Who issues a document: plain data without ReportLab, so that the office
settings (read by screens) do not load the PDF machinery."""
from __future__ import annotations

from dataclasses import dataclass, field
from typing import Sequence


@dataclass(frozen=True)
class Signatory:
    name: str
    function: str = ""


@dataclass(frozen=True)
class OfficeInfo:
    """Who issues the document (from the office settings)."""
    name: str = "Městský úřad"
    department: str = "Kontaktní místo pro bydlení"
    address: str = ""
    phone: str = ""
    email: str = ""
    town: str = ""
    logo_png: bytes | None = None
    signatories: Sequence[Signatory] = field(default_factory=tuple)
