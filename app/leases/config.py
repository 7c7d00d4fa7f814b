"""Lease and fund settings: their defaults and typed accessors.

Amounts are haléře. The contract template is the town's own wording; when it
has never been edited, the ready default from resources/templates is used.
"""
from __future__ import annotations

import re
from dataclasses import dataclass

from sqlalchemy.orm import Session

from resources import path as resource_path

from .. import settings
from ..installation import get as get_installation
from ..landlords.checks import normalise_ico
from ..i18n import _

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
LANDLORD_BANK_ACCOUNT = "leases.landlord_bank_account"    # "19-1234567890/0800"
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
    LANDLORD_BANK_ACCOUNT: "",
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
    bank_account: str = ""


_ACCOUNT = re.compile(r"^(?:(\d{1,6})-)?(\d{2,10})/(\d{4})$")
_WEIGHTS = (6, 3, 7, 9, 10, 5, 8, 4, 2, 1)


def valid_bank_account(text: str) -> bool:
    """A Czech account number: [prefix-]number/bank code, each part passing the
    mod-11 check of the Czech National Bank (vyhláška č. 169/2011 Sb.)."""
    m = _ACCOUNT.match((text or "").replace(" ", ""))
    if not m:
        return False
    for part in (m[1] or "0", m[2]):
        digits = part.zfill(10)
        if sum(int(d) * w for d, w in zip(digits, _WEIGHTS)) % 11:
            return False
    return int(m[2]) > 0


def landlord(session: Session) -> Landlord:
    """The landlord as printed in the contract: the town, unless set otherwise."""
    office = settings.get_many(session, "office.")
    town = office.get("office.town") or ""
    signatories = office.get("office.signatories") or []
    rep = ""
    if signatories:
        first = signatories[0]
        rep = ", ".join(p for p in (first.get("name"), first.get("function")) if p)
    # czech-on-purpose: the landlord's name printed in contracts (a Czech document)
    return Landlord(
        name=settings.get(session, LANDLORD_NAME) or (f"Město {town}" if town else
                                                      office.get("office.name") or ""),
        address=settings.get(session, LANDLORD_ADDRESS) or office.get("office.address") or "",
        ico=settings.get(session, LANDLORD_ID) or "",
        representative=settings.get(session, LANDLORD_REPRESENTATIVE) or rep,
        bank_account=settings.get(session, LANDLORD_BANK_ACCOUNT) or "",
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


@dataclass
class LeaseSettingsInput:
    number_pattern: str
    series: str
    term_months: int
    renewal_window_days: int
    renewal_threshold_hal: int
    arrears_alert_hal: int
    deposit_months: int
    landlord_name: str
    landlord_address: str
    landlord_ico: str
    landlord_representative: str
    signing_place: str
    contract_template: str | None      # None: the ready default wording
    landlord_bank_account: str = ""


def settings_input(db) -> LeaseSettingsInput:
    """The stored lease settings for the settings screen."""
    from .documents import SIGNING_PLACE
    with db.reading() as s:
        cfg = lease_settings(s)
        return LeaseSettingsInput(
            number_pattern=cfg.number_pattern, series=cfg.series, term_months=cfg.term_months,
            renewal_window_days=cfg.renewal_window_days,
            renewal_threshold_hal=cfg.renewal_threshold_hal,
            arrears_alert_hal=cfg.arrears_alert_hal, deposit_months=cfg.deposit_months,
            landlord_name=settings.get(s, LANDLORD_NAME) or "",
            landlord_address=settings.get(s, LANDLORD_ADDRESS) or "",
            landlord_ico=settings.get(s, LANDLORD_ID) or "",
            landlord_representative=settings.get(s, LANDLORD_REPRESENTATIVE) or "",
            signing_place=settings.get(s, SIGNING_PLACE) or "",
            contract_template=contract_template(s),
            landlord_bank_account=settings.get(s, LANDLORD_BANK_ACCOUNT) or "")


def save_settings(db, actor, data: LeaseSettingsInput) -> None:
    """Check and store the lease settings (all or nothing)."""
    from ..errors import ValidationError
    from ..security import Permission
    from .documents import SIGNING_PLACE, check_template
    from .numbering import validate_pattern
    actor.require(Permission.SETTINGS)
    errors: dict[str, str] = {}
    try:
        data.number_pattern = validate_pattern(data.number_pattern, "number_pattern")
    except ValidationError as exc:
        errors["number_pattern"] = exc.message
    data.series = (data.series or "").strip()
    if len(data.series) > 8 or any(c in data.series for c in "{}"):
        errors["series"] = _("Řada je krátký kód bez závorek, např. N nebo T1.")
    if not 1 <= data.term_months <= 120:
        errors["term_months"] = _("Doba nájmu musí být 1 až 120 měsíců.")
    if not 1 <= data.renewal_window_days <= 365:
        errors["renewal_window_days"] = _("Zadejte 1 až 365 dnů.")
    for name in ("renewal_threshold_hal", "arrears_alert_hal"):
        if getattr(data, name) is None or getattr(data, name) < 0:
            errors[name] = _("Částka nemůže být záporná.")
    if not 0 <= data.deposit_months <= 3:
        errors["deposit_months"] = _("Jistota může být nejvýše trojnásobek nájemného (0 až 3).")
    # the same checksum as a private landlord's IČO: a typo caught at the field
    # before it is printed on every contract
    try:
        ico = normalise_ico(data.landlord_ico) or ""
    except ValueError as exc:
        ico, errors["landlord_ico"] = "", str(exc)
    account = " ".join((data.landlord_bank_account or "").split())
    if account and not valid_bank_account(account):
        errors["landlord_bank_account"] = (_("Číslo účtu zadejte jako [předčíslí-]číslo/kód banky, "
                                           "např. 19-2000145399/0800."))
    default = default_contract_template()
    template = data.contract_template
    if template is not None and template.strip() == default.strip():
        template = None
    if template is not None:
        problems = check_template(template)
        if problems:
            errors["contract_template"] = " ".join(problems[:4])
    if errors:
        raise ValidationError.from_errors(errors)
    with db.transaction() as s:
        values = {
            NUMBER_PATTERN: data.number_pattern, series_key(s): data.series,
            TERM_MONTHS: data.term_months, RENEWAL_WINDOW_DAYS: data.renewal_window_days,
            RENEWAL_THRESHOLD: data.renewal_threshold_hal, ARREARS_ALERT: data.arrears_alert_hal,
            DEPOSIT_MONTHS: data.deposit_months, LANDLORD_NAME: data.landlord_name.strip(),
            LANDLORD_ADDRESS: data.landlord_address.strip(), LANDLORD_ID: ico,
            LANDLORD_REPRESENTATIVE: data.landlord_representative.strip(),
            SIGNING_PLACE: data.signing_place.strip(), CONTRACT_TEMPLATE: template,
            LANDLORD_BANK_ACCOUNT: account,
        }
        for key, value in values.items():
            if settings.get(s, key) != value:
                settings.put(s, actor, key, value)
