"""Rent arrears (dluh na nájemném): monthly balances per lease, entered by
hand or imported from the property manager's CSV/XLSX export.

Import: the columns are mapped once (lease number, balance, optionally the
month) and the mapping is remembered. Every bad row is named with its line
and the reason; nothing is imported until the file is clean or the user
explicitly skips the bad rows.

Eviction prevention: a balance above the alert threshold creates a task for
the household's social worker (the assigned worker of its open case, or the
KMB lead). Idempotent: one task per balance record, and no second task while
an earlier one for the same lease is still open.
"""
from __future__ import annotations

import csv
import datetime as dt
import io
import json
import re
from dataclasses import dataclass, field
from decimal import Decimal, InvalidOperation
from pathlib import Path

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from models.cases import Task, TaskSource
from models.housing import Flat
from models.leases import ArrearsBalance, ArrearsSource, Lease, LeaseState
from models.people import Household, Person
from models.settings import Setting, setting_id
from models.staff import User

from .. import audit
from ..czech_text import fold
from ..errors import Cancelled, KmbError, ValidationError
from ..formatting import format_date, format_money, format_month, month_names
from ..rows import get_live, live
from ..security import Actor, Permission
from ..tasks import add_task
from . import config
from .common import flat_address, month_start, responsible_worker
from ..i18n import _, czech

def month_label(month: dt.date) -> str:
    """"říjen 2026" in Czech, for the task texts stored in Czech (screens show
    months in the person's language: ui.labels.month_year)."""
    return format_month(month, "cs")


# -- alerts -----------------------------------------------------------------------

def _open_alert(session: Session, lease_id: str) -> Task | None:
    return session.scalars(select(Task).join(
        ArrearsBalance, ArrearsBalance.id == Task.source_ref).where(
        Task.source == TaskSource.ARREARS, Task.done_at.is_(None), live(Task),
        ArrearsBalance.lease_id == lease_id)).first()


def alert_if_needed(session: Session, actor: Actor | None, row: ArrearsBalance,
                    threshold_hal: int, today: dt.date) -> Task | None:
    """A task for the household's social worker when ``row`` is the lease's
    latest balance and above the threshold."""
    if row.balance_hal <= threshold_hal:
        return None
    later = session.scalar(select(func.count()).where(
        ArrearsBalance.lease_id == row.lease_id, ArrearsBalance.month > row.month,
        live(ArrearsBalance)))
    if later:
        return None
    lease = session.get(Lease, row.lease_id)
    tenant = session.get(Person, lease.tenant_id)
    hh = session.get(Household, lease.household_id) if lease.household_id else None
    who = hh.name if hh else tenant.full_name
    # czech-on-purpose: a task's title and detail are stored and shared by the office: Czech
    title = f"Dluh na nájemném {format_money(row.balance_hal, nbsp=False)} – {who}"
    existing = _open_alert(session, lease.id)
    if existing is not None:
        if existing.source_ref != row.id and existing.title != title:
            existing.title = title     # the open task shows the latest amount
        return existing
    owner, case_id = responsible_worker(session, lease.household_id, lease.tenant_id)
    flat = session.get(Flat, lease.flat_id)
    with czech():           # stored for the office: Czech
        place = flat_address(flat)
    # czech-on-purpose: a task's title and detail are stored and shared by the office: Czech
    return add_task(
        session, actor, title, owner_id=owner, due_on=today + dt.timedelta(days=7),
        case_id=case_id, person_id=lease.tenant_id, household_id=lease.household_id,
        flat_id=lease.flat_id, source=TaskSource.ARREARS, source_ref=row.id,
        detail=(f"Smlouva {lease.number}, {place}. Dluh ke konci měsíce "
                f"{month_label(row.month)}: {format_money(row.balance_hal, nbsp=False)} "
                f"(práh {format_money(threshold_hal, nbsp=False)}). Prevence ztráty bydlení: "
                "kontaktujte domácnost, ověřte důvod dluhu a domluvte splátky "
                "nebo žádost do krizového fondu."))


def _upsert(session: Session, lease: Lease, month: dt.date, balance_hal: int,
            source: ArrearsSource, source_file: str | None, note: str | None) -> ArrearsBalance:
    row = session.scalars(select(ArrearsBalance).where(
        ArrearsBalance.lease_id == lease.id, ArrearsBalance.month == month,
        live(ArrearsBalance))).first()
    if row is None:
        row = ArrearsBalance(lease_id=lease.id, month=month, balance_hal=balance_hal,
                             source=source, source_file=source_file, note=note)
        session.add(row)
        session.flush()
    elif row.balance_hal != balance_hal or row.note != note or row.source != source:
        row.balance_hal = balance_hal
        row.source = source
        row.source_file = source_file
        row.note = note
    return row


@dataclass(frozen=True)
class EntryResult:
    balance_id: str
    task_id: str | None
    task_owner_id: str | None
    task_owner: str | None = None


def enter_balance(db, actor: Actor, lease_id: str, month: dt.date | None, balance_hal: int,
                  note: str | None = None, *, today: dt.date | None = None) -> EntryResult:
    """The balance of one lease at the end of ``month`` (entered by hand)."""
    actor.require(Permission.EDIT_LEASES)
    today = today or dt.date.today()
    errors = {}
    if month is None:
        errors["month"] = _("Vyplňte měsíc.")
    elif month_start(month) > month_start(today):
        errors["month"] = _("Stav dluhu nelze zadat za budoucí měsíc.")
    if balance_hal is None:
        errors["balance_hal"] = _("Vyplňte výši dluhu.")
    elif balance_hal < 0:
        errors["balance_hal"] = _("Dluh nemůže být záporný (přeplatek zapište jako 0 Kč).")
    if errors:
        raise ValidationError.from_errors(errors)
    with db.transaction() as s:
        lease = get_live(s, Lease, lease_id, _("Smlouva"))
        if lease.state == LeaseState.DRAFT:
            raise ValidationError(_("Smlouva je teprve návrh; dluh u ní nelze evidovat."))
        row = _upsert(s, lease, month_start(month), balance_hal, ArrearsSource.MANUAL, None,
                      (note or "").strip() or None)
        audit.record(s, actor, "arrears", "lease", lease.id,
                     {"month": row.month.isoformat()})
        task = alert_if_needed(s, actor, row, config.lease_settings(s).arrears_alert_hal, today)
        if task is None:
            return EntryResult(row.id, None, None)
        owner = s.get(User, task.owner_id) if task.owner_id else None
        return EntryResult(row.id, task.id, task.owner_id, owner.full_name if owner else None)


@dataclass(frozen=True)
class MonthRow:
    lease_id: str
    number: str | None
    tenant: str
    flat: str
    balance_hal: int | None     # None: no balance entered for that month
    previous_hal: int | None    # the month before


def month_overview(db, actor: Actor, month: dt.date, text: str = "",
                   only_debts: bool = False) -> list[MonthRow]:
    """Leases in force during ``month`` with their balance then."""
    actor.require(Permission.VIEW_LEASES)
    from .records import _base_select, _rows
    month = month_start(month)
    prev = month_start(month - dt.timedelta(days=1))
    with db.reading() as s:
        rows = [r for r in _rows(s, _base_select().where(Lease.state != LeaseState.DRAFT))
                if r.starts_on <= _end_of(month) and (r.ended_on is None or r.ended_on >= month)]
        balances = {(lid, m): bal for lid, m, bal in s.execute(
            select(ArrearsBalance.lease_id, ArrearsBalance.month, ArrearsBalance.balance_hal)
            .where(ArrearsBalance.month.in_([month, prev]), live(ArrearsBalance)))}
    token = fold(text)
    out = []
    for r in rows:
        if token and token not in fold(f"{r.number or ''} {r.tenant} {r.flat}"):
            continue
        bal = balances.get((r.id, month))
        if only_debts and not bal:
            continue
        out.append(MonthRow(r.id, r.number, r.tenant, r.flat, bal, balances.get((r.id, prev))))
    out.sort(key=lambda m: (-(m.balance_hal or 0), m.number or ""))
    return out


def _end_of(month: dt.date) -> dt.date:
    from .common import month_end
    return month_end(month)


# -- import -----------------------------------------------------------------------

# czech-on-purpose: the column headers of the arrears file (a Czech file format)
FIELDS = {
    "lease_number": "Číslo smlouvy",
    "balance": "Dluh (Kč)",
    "month": "Období (měsíc)",
}
REQUIRED = ("lease_number", "balance")
GUESSES = {
    "lease_number": ["cislo smlouvy", "smlouva", "c. smlouvy", "cislo najemni smlouvy",
                     "najemni smlouva", "smlouva c"],
    "balance": ["dluh", "dluh kc", "saldo", "nedoplatek", "dluzna castka", "dluh na najemnem",
                "stav dluhu", "zustatek"],
    "month": ["obdobi", "mesic", "k datu", "ke dni", "datum"],
}


@dataclass(frozen=True)
class ImportRow:
    line: int
    lease_number: str
    lease_id: str
    month: dt.date
    balance_hal: int


@dataclass(frozen=True)
class ImportProblem:
    line: int
    reason: str

    def __str__(self) -> str:
        return _("řádek {line}: {reason}").format(line=self.line, reason=self.reason)


@dataclass
class ImportPreview:
    file_name: str
    headers: list[str]
    mapping: dict[str, str | None]
    rows: list[ImportRow] = field(default_factory=list)
    problems: list[ImportProblem] = field(default_factory=list)

    @property
    def clean(self) -> bool:
        return not self.problems


@dataclass(frozen=True)
class ImportResult:
    imported: int
    skipped: int
    tasks: int
    problems: list[ImportProblem]


def read_table(path: str | Path) -> tuple[list[str], list[tuple[int, list]]]:
    """Header and data rows (with their line numbers in the file) of a CSV or
    XLSX file. CSV: UTF-8 (with or without BOM) or Windows-1250, separated by
    semicolons, commas or tabs."""
    path = Path(path)
    try:
        data = path.read_bytes()
    except OSError as exc:
        raise KmbError(_("Soubor {path} nelze číst: {strerror}.")
            .format(path=path, strerror=exc.strerror)) from None
    if path.suffix.lower() in (".xlsx", ".xlsm") or data[:2] == b"PK":
        return _read_xlsx(data, path)
    for encoding in ("utf-8-sig", "cp1250"):
        try:
            text = data.decode(encoding)
            break
        except UnicodeDecodeError:
            continue
    else:  # pragma: no cover – cp1250 decodes almost anything
        raise KmbError(_("Soubor {name} není textový soubor CSV.").format(name=path.name))
    sample = "\n".join(text.splitlines()[:5])
    delimiter = max(";,\t", key=sample.count) if sample else ";"
    lines = list(csv.reader(io.StringIO(text), delimiter=delimiter))
    numbered = [(i, row) for i, row in enumerate(lines, start=1)
                if any(str(c).strip() for c in row)]
    return _split_header(numbered, path)


def _split_header(numbered: list[tuple[int, list]], path: Path):
    """The header is the first row with at least two filled cells (a title
    row such as "Saldo k 31. 10. 2026" above it is skipped)."""
    def filled(row):
        return sum(1 for c in row if c not in (None, "") and str(c).strip())
    while numbered and filled(numbered[0][1]) < 2 and len(numbered) > 1:
        numbered = numbered[1:]
    if not numbered:
        raise ValidationError(_("Soubor {name} je prázdný.").format(name=path.name), field="file")
    (_number, header), *rest = numbered
    return [str(h).strip() if h is not None else "" for h in header], rest


def _read_xlsx(data: bytes, path: Path):
    from openpyxl import load_workbook
    try:
        wb = load_workbook(io.BytesIO(data), read_only=True, data_only=True)
    except Exception:  # noqa: BLE001 – any unreadable workbook is one message
        raise ValidationError(_("Soubor {name} není čitelný sešit Excelu (XLSX).")
            .format(name=path.name),
                              field="file") from None
    ws = wb.worksheets[0]
    numbered = [(i, list(row)) for i, row in enumerate(ws.iter_rows(values_only=True), start=1)
                if any(c not in (None, "") and str(c).strip() for c in row)]
    wb.close()
    return _split_header(numbered, path)


def guess_mapping(headers: list[str], remembered: dict | None = None) -> dict[str, str | None]:
    """The remembered mapping where its columns exist, else a guess by name."""
    remembered = remembered or {}
    folded = {fold(h): h for h in headers if h}
    out: dict[str, str | None] = {}
    for key in FIELDS:
        want = remembered.get(key)
        if want and fold(want) in folded:
            out[key] = folded[fold(want)]
            continue
        out[key] = next((folded[g] for g in GUESSES[key] if g in folded), None)
        if out[key] is None:
            out[key] = next((h for f, h in folded.items()
                             if any(f.startswith(g) for g in GUESSES[key])), None)
    return out


_MONTH_NUMERIC = re.compile(r"^\s*(\d{1,2})\s*[/.\-]\s*(\d{4})\s*$")
_MONTH_ISO = re.compile(r"^\s*(\d{4})-(\d{1,2})(?:-(\d{1,2}))?\s*$")
_DATE_CZ = re.compile(r"^\s*(\d{1,2})\s*\.\s*(\d{1,2})\s*\.\s*(\d{4})\s*$")


def parse_month(value) -> dt.date:
    """'10/2026', '10.2026', '2026-10', '31. 10. 2026', 'říjen 2026' or a date."""
    if isinstance(value, dt.datetime):
        return value.date().replace(day=1)
    if isinstance(value, dt.date):
        return value.replace(day=1)
    text = str(value or "").strip()
    try:
        if m := _DATE_CZ.match(text):
            return dt.date(int(m[3]), int(m[2]), int(m[1])).replace(day=1)
        if m := _MONTH_NUMERIC.match(text):
            return dt.date(int(m[2]), int(m[1]), 1)
        if m := _MONTH_ISO.match(text):
            return dt.date(int(m[1]), int(m[2]), 1)
    except ValueError:
        pass
    parts = fold(text).split()
    names = [fold(n) for n in month_names("cs")]
    if len(parts) == 2 and parts[0] in names and parts[1].isdigit():
        return dt.date(int(parts[1]), names.index(parts[0]) + 1, 1)
    raise ValueError(text)


def parse_amount(value) -> int:
    """Kč (number or '12 345,50 Kč') → haléře."""
    if isinstance(value, bool):
        raise ValueError(value)
    if isinstance(value, (int, float, Decimal)):
        return int((Decimal(str(value)) * 100).to_integral_value())
    # czech-on-purpose: reads Czech money input
    text = (str(value or "").replace("Kč", "").replace("\u00a0", "").replace(" ", "")
            .replace("−", "-"))
    if text.count(",") == 1 and "." in text:      # 12.345,50
        text = text.replace(".", "")
    text = text.replace(",", ".")
    if not text:
        raise ValueError("empty")
    try:
        return int((Decimal(text) * 100).to_integral_value())
    except InvalidOperation:
        raise ValueError(value) from None


def _cell(row: list, index: int | None):
    if index is None or index >= len(row):
        return None
    value = row[index]
    return value.strip() if isinstance(value, str) else value


def _analyse(session: Session, path: Path, mapping: dict[str, str | None],
             month: dt.date | None, today: dt.date) -> ImportPreview:
    headers, data = read_table(path)
    preview = ImportPreview(path.name, headers, dict(mapping))
    errors = {}
    index: dict[str, int | None] = {}
    for key, text in FIELDS.items():
        column = mapping.get(key)
        if not column:
            if key in REQUIRED:
                errors[f"map_{key}"] = _("Vyberte sloupec „{text}“.").format(text=text)
            index[key] = None
            continue
        if column not in headers:
            errors[f"map_{key}"] = _("Sloupec „{column}“ v souboru není.").format(column=column)
            continue
        index[key] = headers.index(column)
    if index.get("month") is None and month is None and "map_month" not in errors:
        errors["month"] = _("Soubor nemá sloupec s obdobím: zadejte, ke kterému měsíci je dluh.")
    if errors:
        raise ValidationError.from_errors(errors)
    numbers = {n: (lid, state) for n, lid, state in session.execute(
        select(Lease.number, Lease.id, Lease.state).where(live(Lease),
                                                          Lease.number.is_not(None)))}
    folded = {fold(n).replace(" ", ""): n for n in numbers}
    seen: dict[tuple[str, dt.date], int] = {}
    for line, row in data:
        raw_number = _cell(row, index["lease_number"])
        raw_balance = _cell(row, index["balance"])
        raw_month = _cell(row, index.get("month"))
        number = str(raw_number).strip() if raw_number not in (None, "") else ""
        if not number:
            preview.problems.append(ImportProblem(line, _("chybí číslo smlouvy")))
            continue
        key = number if number in numbers else folded.get(fold(number).replace(" ", ""))
        if key is None:
            preview.problems.append(ImportProblem(line, _("neznámé číslo smlouvy „{number}“")
                                                  .format(number=number)))
            continue
        lease_id, state = numbers[key]
        if state == LeaseState.DRAFT:
            preview.problems.append(ImportProblem(
                line, _("smlouva {key} je teprve návrh (nebyla podepsána)").format(key=key)))
            continue
        if index.get("month") is not None:
            if raw_month in (None, ""):
                preview.problems.append(ImportProblem(line, _("chybí období")))
                continue
            try:
                row_month = parse_month(raw_month)
            except ValueError:
                preview.problems.append(ImportProblem(
                    line, _("období „{month}“ není měsíc (např. 10/2026)")
                    .format(month=raw_month)))
                continue
        else:
            row_month = month_start(month)
        if row_month > month_start(today):
            preview.problems.append(ImportProblem(
                line, _("období {month}/{year} je v budoucnosti")
                .format(month=row_month.month, year=row_month.year)))
            continue
        if raw_balance in (None, ""):
            preview.problems.append(ImportProblem(line, _("chybí výše dluhu")))
            continue
        try:
            balance = parse_amount(raw_balance)
        except ValueError:
            preview.problems.append(ImportProblem(
                line, _("částka „{amount}“ není číslo v Kč").format(amount=raw_balance)))
            continue
        if balance < 0:
            preview.problems.append(ImportProblem(
                line, _("záporný dluh {amount} (přeplatek zapište jako 0)")
                .format(amount=format_money(balance, nbsp=False))))
            continue
        if (lease_id, row_month) in seen:
            preview.problems.append(ImportProblem(
                line, _("smlouva {key} za {month}/{year} už je na řádku {line}")
                .format(key=key, month=row_month.month, year=row_month.year,
                        line=seen[lease_id, row_month])))
            continue
        seen[(lease_id, row_month)] = line
        preview.rows.append(ImportRow(line, key, lease_id, row_month, balance))
    if not data:
        preview.problems.append(ImportProblem(1, _("soubor nemá žádné řádky s daty")))
    return preview


def remembered_mapping(db) -> dict:
    from .. import settings
    with db.reading() as s:
        return dict(settings.get(s, config.IMPORT_MAPPING) or {})


def preview_import(db, actor: Actor, path: str | Path, mapping: dict[str, str | None] | None
                   = None, month: dt.date | None = None, *,
                   today: dt.date | None = None) -> ImportPreview:
    """Read and check the file without importing anything. Without a
    mapping, the remembered one (or a guess from the header) is used."""
    actor.require(Permission.EDIT_LEASES)
    today = today or dt.date.today()
    path = Path(path)
    with db.reading() as s:
        if mapping is None:
            from .. import settings
            headers, _ = read_table(path)
            mapping = guess_mapping(headers, settings.get(s, config.IMPORT_MAPPING) or {})
            try:
                return _analyse(s, path, mapping, month, today)
            except ValidationError:
                return ImportPreview(path.name, headers, mapping)
        return _analyse(s, path, mapping, month, today)


def _remember(session: Session, actor: Actor, mapping: dict) -> None:
    """Remember the mapping for the next import (an import convenience, so it
    does not need the settings permission)."""
    key = config.IMPORT_MAPPING
    value = json.dumps({k: v for k, v in mapping.items() if v}, ensure_ascii=False,
                       sort_keys=True)
    row = session.get(Setting, setting_id(key))
    if row is None:
        session.add(Setting(id=setting_id(key), key=key, value_json=value))
    elif row.value_json != value or row.deleted_at is not None:
        row.value_json = value
        row.deleted_at = None
    else:
        return
    audit.record(session, actor, "update", "setting", setting_id(key), {"key": key})


def import_arrears(db, actor: Actor, path: str | Path, mapping: dict[str, str | None],
                   month: dt.date | None = None, *, skip_bad: bool = False,
                   today: dt.date | None = None, progress=None,
                   cancelled=None) -> ImportResult:
    """Import the balances of a file. Refused as a whole while any row is bad,
    unless ``skip_bad`` (the user chose to skip the named bad rows).

    ``progress(text, percent)`` and ``cancelled()`` are for the GUI (ui/ops):
    cancelling is honoured up to the commit (Cancelled, nothing stored), not after."""
    actor.require(Permission.EDIT_LEASES)
    report = progress or (lambda _text, _pct: None)
    today = today or dt.date.today()
    path = Path(path)
    with db.transaction() as s:
        preview = _analyse(s, path, mapping, month, today)
        if preview.problems and not skip_bad:
            shown = "; ".join(str(p) for p in preview.problems[:5])
            more = len(preview.problems) - 5
            raise ValidationError(
                _("Soubor má chybné řádky ({len}), nic nebylo importováno: {shown}{v4}.")
                    .format(len=len(preview.problems), shown=shown,
                            v4=_(" a další ({more})").format(more=more) if more > 0 else ""),
                field="file")
        if not preview.rows:
            raise ValidationError(_("V souboru není žádný řádek k importu."), field="file")
        threshold = config.lease_settings(s).arrears_alert_hal
        stored = []
        step = max(1, len(preview.rows) // 50)
        for i, r in enumerate(preview.rows):
            if i % step == 0:
                report(_("Ukládám řádek {n} z {count}…").format(n=i + 1, count=len(preview.rows)),
                       5 + 85 * i // len(preview.rows))
                _stop_if(cancelled)
            lease = s.get(Lease, r.lease_id)
            stored.append(_upsert(s, lease, r.month, r.balance_hal, ArrearsSource.IMPORT,
                                  path.name, None))
        s.flush()
        tasks = {t.id for row in stored
                 if (t := alert_if_needed(s, actor, row, threshold, today)) is not None}
        _remember(s, actor, mapping)
        audit.record(s, actor, "import", "arrears_balance", None,
                     {"file": path.name, "rows": len(preview.rows),
                      "skipped": len(preview.problems)})
        report(_("Dokončuji import…"), 95)
        _stop_if(cancelled)        # the last moment: after this the transaction commits
        return ImportResult(len(preview.rows), len(preview.problems), len(tasks),
                            preview.problems)


def _stop_if(cancelled) -> None:
    if cancelled is not None and cancelled():
        raise Cancelled(_("Import byl zrušen; nic se neuložilo."))


def describe_month(month: dt.date) -> str:
    return f"{month_label(month)} (stav k {format_date(_end_of(month))})"
