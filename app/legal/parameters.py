"""The figures of the law with their periods of validity.

Stored as one synchronised setting per parameter code (``legal.<code>``): a
list of periods {valid_from, valid_to, value, source}. Bundled defaults are
the statutory values; an office adds a period when the law changes (the
previous open period then ends the day before)."""
from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from decimal import Decimal, InvalidOperation

from sqlalchemy.orm import Session

from .. import audit, settings
from ..db import Database
from ..errors import NotFound, ValidationError
from ..security import Actor, Permission
from ..i18n import N_, _

# czech-on-purpose: Czech law citations
SOURCE_NV_436 = "nařízení vlády č. 436/2022 Sb. (zákon č. 110/2006 Sb., o životním a existenčním minimu)"
# The 2026 amounts: zákon č. 152/2025 Sb., čl. XLVIII, set them from 1. 5. 2026;
# a novela passed by the Sněmovna in February 2026 moved that to 1. 7. 2026.
# Checked (December 2026) against the consolidated text of zákon č. 110/2006 Sb.
# as published and the press on the postponement, not against the Sbírka
# itself: the office confirms the postponing act's number in Nastavení → Zákon.
# czech-on-purpose: Czech law citations
SOURCE_Z_152 = ("zákon č. 152/2025 Sb., čl. XLVIII (novela zákona č. 110/2006 Sb.); účinnost "
                "posunuta z 1. 5. na 1. 7. 2026 novelou z února 2026 — číslo novely ověřit "
                "ve Sbírce zákonů")
# czech-on-purpose: Czech law citations
SOURCE_Z_175 = "zákon č. 175/2025 Sb., o podpoře bydlení"
# czech-on-purpose: Czech law citations
SOURCE_OZ = "zákon č. 89/2012 Sb., občanský zákoník"
# czech-on-purpose: Czech law citations
SOURCE_SR = "zákon č. 500/2004 Sb., správní řád"


@dataclass(frozen=True)
class Definition:
    code: str
    label: str          # Czech, as shown in Nastavení → Zákon
    unit: str           # "hal" (money in haléře), "factor", "days", "months", "years"


DEFINITIONS: tuple[Definition, ...] = (
    Definition("subsistence.single", N_("Životní minimum – jednotlivec"), "hal"),
    Definition("subsistence.first_adult", N_("Životní minimum – první dospělá osoba"), "hal"),
    Definition("subsistence.other_adult",
               N_("Životní minimum – další osoba od 15 let, která není nezaopatřeným dítětem"),
               "hal"),
    Definition("subsistence.child_under_6",
               N_("Životní minimum – nezaopatřené dítě do 6 let"), "hal"),
    Definition("subsistence.child_6_15",
               N_("Životní minimum – nezaopatřené dítě 6–15 let"), "hal"),
    Definition("subsistence.child_15_26",
               N_("Životní minimum – nezaopatřené dítě 15–26 let"), "hal"),
    Definition("housing.income_factor",
               N_("Příjem domácnosti pod násobkem životního minima (zápis potřebného)"), "factor"),
    Definition("housing.need_validity_months", N_("Platnost zápisu potřebného (§ 23)"), "months"),
    Definition("child.dependent_max_age",
               N_("Nezaopatřené dítě: soustavná příprava na povolání nejdéle do věku"), "years"),
    Definition("lease.deposit_max_months", N_("Jistota nejvýše (násobek měsíčního nájemného)"),
               "months"),
    Definition("procedure.opinion_days",
               N_("Lhůta pro závazné stanovisko Úřadu práce (§ 18), dní od odeslání žádosti"),
               "days"),
    Definition("procedure.appeal_days", N_("Lhůta pro odvolání proti rozhodnutí, dní od doručení"),
               "days"),
)
BY_CODE = {d.code: d for d in DEFINITIONS}


def parameter_label(code: str) -> str:
    """The parameter's name in the person's language (the code when unknown)."""
    return _(BY_CODE[code].label) if code in BY_CODE else code


SUBSISTENCE_CODES = {
    "single": "subsistence.single", "first_adult": "subsistence.first_adult",
    "other_adult": "subsistence.other_adult", "child_under_6": "subsistence.child_under_6",
    "child_6_15": "subsistence.child_6_15", "child_15_26": "subsistence.child_15_26",
}

_D = dt.date
_JUN_30, _JUL_1 = _D(2026, 6, 30), _D(2026, 7, 1)

# code → [(valid_from, valid_to, value, source)]
# czech-on-purpose: Czech law citations
DEFAULT_PERIODS: dict[str, list[tuple[dt.date, dt.date | None, str, str]]] = {
    "subsistence.single": [(_D(2023, 1, 1), _JUN_30, "486000", SOURCE_NV_436),
                           (_JUL_1, None, "550000", SOURCE_Z_152)],
    "subsistence.first_adult": [(_D(2023, 1, 1), _JUN_30, "447000", SOURCE_NV_436),
                                (_JUL_1, None, "500000", SOURCE_Z_152)],
    "subsistence.other_adult": [(_D(2023, 1, 1), _JUN_30, "404000", SOURCE_NV_436),
                                (_JUL_1, None, "375000", SOURCE_Z_152)],
    "subsistence.child_under_6": [(_D(2023, 1, 1), None, "248000", SOURCE_NV_436)],
    "subsistence.child_6_15": [(_D(2023, 1, 1), None, "305000", SOURCE_NV_436)],
    "subsistence.child_15_26": [(_D(2023, 1, 1), None, "349000", SOURCE_NV_436)],
    "housing.income_factor": [(_D(2026, 1, 1), None, "1.6", SOURCE_Z_175)],
    "housing.need_validity_months": [(_D(2026, 1, 1), None, "12",
                                      SOURCE_Z_175 + ", § 23 — ověřit lhůtu")],
    "child.dependent_max_age": [(_D(2006, 1, 1), None, "26",
                                 "zákon č. 117/1995 Sb., § 11 (nezaopatřenost pro zákon "
                                 "č. 110/2006 Sb.)")],
    "lease.deposit_max_months": [(_D(2014, 1, 1), None, "3", SOURCE_OZ + ", § 2254 odst. 1")],
    # LEGAL REVIEW: the period the Act gives the Úřad práce for its binding opinion
    # was not available here; 30 days is the general period of § 71 odst. 3 správního
    # řádu. The office corrects it in Nastavení → Zákon once checked.
    "procedure.opinion_days": [(_D(2026, 1, 1), None, "30",
                                SOURCE_Z_175 + ", § 18 — ověřit lhůtu (obecně § 71 odst. 3 "
                                + SOURCE_SR + ")")],
    # LEGAL REVIEW: 15 days from delivery is the general appeal period of § 83
    # odst. 1 správního řádu; the Act may set its own.
    "procedure.appeal_days": [(_D(2006, 1, 1), None, "15",
                               SOURCE_SR + ", § 83 odst. 1 — ověřit, zda zákon č. 175/2025 Sb. "
                               "nestanoví jinak")],
}


@dataclass(frozen=True)
class Period:
    code: str
    valid_from: dt.date
    valid_to: dt.date | None
    value: Decimal
    source: str

    def covers(self, day: dt.date) -> bool:
        return self.valid_from <= day and (self.valid_to is None or day <= self.valid_to)


def _key(code: str) -> str:
    return f"legal.{code}"


def _encode(periods: list[Period]) -> list[dict]:
    return [{"valid_from": p.valid_from.isoformat(),
             "valid_to": p.valid_to.isoformat() if p.valid_to else None,
             "value": str(p.value), "source": p.source} for p in periods]


def _decode(code: str, raw) -> list[Period]:
    out = []
    for item in raw or []:
        try:
            out.append(Period(code, dt.date.fromisoformat(item["valid_from"]),
                              dt.date.fromisoformat(item["valid_to"]) if item.get("valid_to")
                              else None, Decimal(str(item["value"])), str(item.get("source", ""))))
        except (KeyError, ValueError, TypeError, InvalidOperation):
            continue            # a damaged entry is skipped, never guessed
    return sorted(out, key=lambda p: p.valid_from)


settings.register_defaults({_key(code): _encode([Period(code, f, t, Decimal(v), s)
                                                  for f, t, v, s in rows])
                            for code, rows in DEFAULT_PERIODS.items()})


class Table:
    """All periods of all parameters, loaded once per use case."""

    def __init__(self, periods: dict[str, list[Period]]):
        self.periods = periods

    def period_on(self, code: str, day: dt.date) -> Period:
        rows = self.periods.get(code) or []
        for p in rows:
            if p.covers(day):
                return p
        if rows and day < rows[0].valid_from:
            # before the first recorded period: the oldest value known (the app
            # records no history earlier than its legal basis)
            return rows[0]
        if rows:
            return rows[-1]
        raise NotFound(_("Pro „{v1}“ není v Nastavení → Zákon zadaná hodnota.")
            .format(v1=parameter_label(code)))

    def value_on(self, code: str, day: dt.date) -> Decimal:
        return self.period_on(code, day).value

    def int_on(self, code: str, day: dt.date) -> int:
        return int(self.value_on(code, day))

    def subsistence_on(self, day: dt.date) -> dict[str, int]:
        return {k: self.int_on(code, day) for k, code in SUBSISTENCE_CODES.items()}


def table(session: Session) -> Table:
    values = settings.get_many(session, "legal.")
    return Table({d.code: _decode(d.code, values.get(_key(d.code))) for d in DEFINITIONS})


def load(db: Database, actor: Actor) -> Table:
    actor.require(Permission.VIEW_PERSONS)
    with db.reading() as s:
        return table(s)


def default_table() -> Table:
    """The bundled statutory values (demo data, tests, a fresh installation)."""
    return Table({code: _decode(code, settings.DEFAULTS[_key(code)]) for code in DEFAULT_PERIODS})


# -- changing the values -----------------------------------------------------------------

def _check_value(d: Definition, value: Decimal) -> str | None:
    if d.unit == "hal" and not 0 < value <= 10_000_000:
        return _("Zadejte částku v Kč (kladné číslo).")
    if d.unit == "factor" and not Decimal("0.5") <= value <= Decimal("5"):
        return _("Násobek bývá mezi 0,5 a 5.")
    if d.unit in ("days", "months", "years") and (value != value.to_integral_value()
                                          or not 1 <= value <= 120):
        return _("Zadejte celé číslo od 1 do 120.")
    return None


def add_period(db: Database, actor: Actor, code: str, *, valid_from: dt.date, value: Decimal,
               source: str) -> None:
    """A new value from ``valid_from`` on: the period it falls into ends the day
    before; a later period that already exists stays (the new one ends before it)."""
    actor.require(Permission.SETTINGS)
    d = BY_CODE.get(code)
    if d is None:
        raise NotFound(_("Neznámý parametr."))
    errors = {}
    if (msg := _check_value(d, value)) is not None:
        errors["value"] = msg
    if not (source or "").strip():
        errors["source"] = _("Uveďte pramen (číslo a název předpisu).")
    if errors:
        raise ValidationError.from_errors(errors)
    with db.transaction() as s:
        rows = table(s).periods.get(code, [])
        if any(p.valid_from == valid_from for p in rows):
            raise ValidationError(_("Od tohoto dne už hodnota zadaná je; nejdřív ji odeberte."),
                                  field="valid_from")
        later = [p for p in rows if p.valid_from > valid_from]
        new_to = later[0].valid_from - dt.timedelta(days=1) if later else None
        out = []
        for p in rows:
            if p.covers(valid_from):
                p = Period(code, p.valid_from, valid_from - dt.timedelta(days=1), p.value,
                           p.source)
            out.append(p)
        out.append(Period(code, valid_from, new_to, value, source.strip()))
        settings.put(s, actor, _key(code), _encode(sorted(out, key=lambda p: p.valid_from)))
        audit.record(s, actor, "update", "legal_parameter", code,
                     {"valid_from": valid_from.isoformat(), "value": str(value)})


def remove_period(db: Database, actor: Actor, code: str, valid_from: dt.date) -> None:
    """Remove a period entered by mistake; the one before it runs on in its place."""
    actor.require(Permission.SETTINGS)
    with db.transaction() as s:
        rows = table(s).periods.get(code, [])
        idx = next((i for i, p in enumerate(rows) if p.valid_from == valid_from), None)
        if idx is None:
            raise NotFound(_("Taková hodnota není zadaná."))
        if len(rows) == 1:
            raise ValidationError(_("Parametr musí mít alespoň jednu hodnotu."), field="valid_from")
        gone = rows.pop(idx)
        if idx > 0:
            prev = rows[idx - 1]
            rows[idx - 1] = Period(code, prev.valid_from, gone.valid_to, prev.value, prev.source)
        settings.put(s, actor, _key(code), _encode(rows))
        audit.record(s, actor, "delete", "legal_parameter", code,
                     {"valid_from": valid_from.isoformat()})


# -- display ----------------------------------------------------------------------------

def format_value(code: str, value: Decimal) -> str:
    """A value as a person reads it: 4 860 Kč, 1,6×, 12 měsíců."""
    from ..formatting import format_money
    unit = BY_CODE[code].unit if code in BY_CODE else ""
    if unit == "hal":
        return format_money(int(value), nbsp=False)
    if unit == "factor":
        return f"{value}×".replace(".", ",")
    if unit == "days":
        return _("{n} dní").format(n=int(value))
    if unit == "months":
        return _("{n} měs.").format(n=int(value))
    if unit == "years":
        return f"{int(value)} let"
    return str(value)


def parse_value(code: str, text: str) -> Decimal:
    """The inverse of format_value for what a person types (Kč or a number)."""
    from ..formatting import parse_money
    unit = BY_CODE[code].unit if code in BY_CODE else ""
    if unit == "hal":
        try:
            return Decimal(parse_money(text, "value"))
        except ValueError:          # "nan", "inf"
            raise ValidationError(_("„{text}“ není částka v Kč.")
                .format(text=text), field="value") from None
    cleaned = (text or "").replace("×", "").replace(",", ".").split()
    try:
        value = Decimal(cleaned[0]) if cleaned else None
    except InvalidOperation:
        value = None
    if value is None or not value.is_finite():
        raise ValidationError(_("„{text}“ není číslo.").format(text=text), field="value")
    return value


def all_periods(t: Table) -> list[Period]:
    """Every period, parameter by parameter in the order of DEFINITIONS."""
    return [p for d in DEFINITIONS for p in t.periods.get(d.code, [])]
