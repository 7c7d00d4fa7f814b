"""Lease and fund settings: their defaults and typed accessors.

Amounts are haléře. The contract template is the town's own wording; when it
has never been edited, the ready default from resources/templates is used.
"""
from __future__ import annotations

from dataclasses import dataclass

from sqlalchemy.orm import Session

from resources import path as resource_path

from .. import settings
from ..installation import get as get_installation

NUMBER_PATTERN = "leases.number_pattern"
SERIES_PREFIX = "leases.series."          # + installation id: this installation's series code
TERM_MONTHS = "leases.default_term_months"
RENEWAL_WINDOW_DAYS = "leases.renewal_window_days"
RENEWAL_THRESHOLD = "leases.renewal_threshold_hal"
ARREARS_ALERT = "leases.arrears_alert_hal"
DEPOSIT_MONTHS = "leases.default_deposit_months"
CONTRACT_TEMPLATE = "leases.contract_template"
LANDLORD_NAME = "leases.landlord_name"
LANDLORD_ADDRESS = "leases.landlord_address"
LANDLORD_ID = "leases.landlord_ico"
LANDLORD_REPRESENTATIVE = "leases.landlord_representative"
IMPORT_MAPPING = "leases.arrears_import_mapping"
FUND_NUMBER_PATTERN = "fund.number_pattern"

settings.register_defaults({
    NUMBER_PATTERN: "NS/{year}/{n:04d}",
    TERM_MONTHS: 12,
    RENEWAL_WINDOW_DAYS: 60,
    RENEWAL_THRESHOLD: 0,
    ARREARS_ALERT: 200_000,
    DEPOSIT_MONTHS: 2,
    CONTRACT_TEMPLATE: None,
    LANDLORD_NAME: "",
    LANDLORD_ADDRESS: "",
    LANDLORD_ID: "",
    LANDLORD_REPRESENTATIVE: "",
    IMPORT_MAPPING: {},
    FUND_NUMBER_PATTERN: "KF/{year}/{n:03d}",
})

DEFAULT_TEMPLATE_FILE = "najemni_smlouva.txt"


def default_contract_template() -> str:
    return resource_path("templates", DEFAULT_TEMPLATE_FILE).read_text(encoding="utf-8")


def contract_template(session: Session) -> str:
    text = settings.get(session, CONTRACT_TEMPLATE)
    return text if text else default_contract_template()


def series_key(session: Session) -> str:
    inst = get_installation(session)
    return SERIES_PREFIX + (inst.id if inst else "local")


def series_code(session: Session) -> str:
    return settings.get(session, series_key(session), "") or ""


@dataclass(frozen=True)
class Landlord:
    name: str
    address: str
    ico: str
    representative: str


def landlord(session: Session) -> Landlord:
    """The landlord as printed in the contract: the town, unless set otherwise."""
    office = settings.get_many(session, "office.")
    town = office.get("office.town") or ""
    signatories = office.get("office.signatories") or []
    rep = ""
    if signatories:
        first = signatories[0]
        rep = ", ".join(p for p in (first.get("name"), first.get("function")) if p)
    return Landlord(
        name=settings.get(session, LANDLORD_NAME) or (f"Město {town}" if town else
                                                      office.get("office.name") or ""),
        address=settings.get(session, LANDLORD_ADDRESS) or office.get("office.address") or "",
        ico=settings.get(session, LANDLORD_ID) or "",
        representative=settings.get(session, LANDLORD_REPRESENTATIVE) or rep,
    )


@dataclass(frozen=True)
class LeaseSettings:
    number_pattern: str
    series: str
    term_months: int
    renewal_window_days: int
    renewal_threshold_hal: int
    arrears_alert_hal: int
    deposit_months: int
    fund_number_pattern: str


def lease_settings(session: Session) -> LeaseSettings:
    return LeaseSettings(
        number_pattern=settings.get(session, NUMBER_PATTERN),
        series=series_code(session),
        term_months=int(settings.get(session, TERM_MONTHS)),
        renewal_window_days=int(settings.get(session, RENEWAL_WINDOW_DAYS)),
        renewal_threshold_hal=int(settings.get(session, RENEWAL_THRESHOLD)),
        arrears_alert_hal=int(settings.get(session, ARREARS_ALERT)),
        deposit_months=int(settings.get(session, DEPOSIT_MONTHS)),
        fund_number_pattern=settings.get(session, FUND_NUMBER_PATTERN),
    )
