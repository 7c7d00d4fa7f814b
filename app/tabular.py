"""Writing tables for Czech offices: CSV that Czech Excel opens as it is
(UTF-8 with BOM, ``;`` between fields, decimal comma) and XLSX with Czech
sheet names, number formats (Kč, %) and column widths.

Every text cell is neutralised against formula injection (OWASP "CSV
injection"): a value starting with ``=``, ``+``, ``-``, ``@``, a tab or a CR
would otherwise run as a formula when the file is opened, e.g. a partner
named ``=HYPERLINK("http://…")``. In CSV such a value gets a leading
apostrophe; in XLSX it is stored as text (never as a formula). Numbers stay
numbers. Every exporter in the app writes through here."""
from __future__ import annotations

import csv
import datetime as dt
import decimal
import enum
import io
from dataclasses import dataclass, field
from typing import Any, Sequence

BOM = "\ufeff"
_DANGEROUS = ("=", "+", "-", "@", "\t", "\r")
_INVALID_SHEET = set('[]:*?/\\')


def neutralise(text: str) -> str:
    """A text value that a spreadsheet shows as text, never as a formula."""
    return "'" + text if text.startswith(_DANGEROUS) else text


def csv_value(value: Any) -> str:
    """One CSV field: numbers with a decimal comma, dates ISO, text neutralised."""
    if value is None:
        return ""
    if isinstance(value, bool):
        return "1" if value else "0"
    if isinstance(value, int):
        return str(value)
    if isinstance(value, (float, decimal.Decimal)):
        text = f"{value:f}" if isinstance(value, decimal.Decimal) else repr(float(value))
        if "." in text:
            text = text.rstrip("0").rstrip(".")
        return text.replace(".", ",")
    if isinstance(value, (dt.date, dt.datetime)):
        return value.isoformat()
    if isinstance(value, enum.Enum):
        value = value.value
    if isinstance(value, (list, tuple)):
        value = ", ".join(str(v) for v in value)
    return neutralise(str(value))


def write_csv(out: io.TextIOBase, rows: Sequence[Sequence[Any]], *, bom: bool = True) -> None:
    if bom:
        out.write(BOM)
    w = csv.writer(out, delimiter=";", lineterminator="\r\n")
    for row in rows:
        w.writerow([csv_value(v) for v in row])


def csv_text(rows: Sequence[Sequence[Any]], *, bom: bool = True) -> str:
    out = io.StringIO()
    write_csv(out, rows, bom=bom)
    return out.getvalue()


# XLSX -----------------------------------------------------------------------

# czech-on-purpose: the spreadsheet number format of money in Kč
MONEY = '#,##0.00 "Kč"'
PERCENT = "0.0 %"
INTEGER = "#,##0"
DATE = "d. m. yyyy"


def is_percent(field_name: str) -> bool:
    """Share columns hold percent points (80.5 = 80,5 %)."""
    return field_name.startswith("share") or field_name.endswith(("_pct", "_share", "percent"))


def column_format(field_name: str) -> str | None:
    """Number format by the field's name: *_czk money, *_hal haléře shown in Kč,
    share/percent columns as %."""
    if field_name.endswith(("_czk", "_hal", "_kc")):
        return MONEY
    if is_percent(field_name):
        return PERCENT
    return None


@dataclass
class Sheet:
    title: str                                 # Czech, shown on the tab
    columns: list[tuple[str, str]]             # (field, Czech header)
    rows: list[dict] = field(default_factory=list)
    heading: str | None = None                 # a bold line above the header


def sheet_name(title: str, taken: set[str]) -> str:
    """Excel's rules: at most 31 characters, none of []:*?/\\, unique."""
    clean = "".join("-" if c in _INVALID_SHEET else c for c in title).strip("' ") or "List"

    def cut(limit: int) -> str:          # whole words where possible
        if len(clean) <= limit:
            return clean
        head = clean[:limit]
        return (head.rsplit(" ", 1)[0] if " " in head else head).rstrip(" (–-,")
    name, n = cut(31), 2
    while name.lower() in taken:
        suffix = f" ({n})"
        name, n = cut(31 - len(suffix)) + suffix, n + 1
    taken.add(name.lower())
    return name


def _xlsx_value(field_name: str, value: Any):
    if isinstance(value, enum.Enum):
        value = value.value
    if isinstance(value, decimal.Decimal):
        value = float(value)
    if isinstance(value, (list, tuple)):
        return ", ".join(str(v) for v in value)
    if isinstance(value, bool) or not isinstance(value, (int, float)):
        return value
    if field_name.endswith("_hal") or is_percent(field_name):
        return value / 100
    return value


def xlsx_bytes(sheets: Sequence[Sheet]) -> bytes:
    from openpyxl import Workbook
    from openpyxl.styles import Font
    wb = Workbook()
    wb.remove(wb.active)
    taken: set[str] = set()
    for sh in sheets:
        ws = wb.create_sheet(sheet_name(sh.title, taken))
        widths = [len(h) for _, h in sh.columns]
        if sh.heading:
            ws.append([sh.heading])
            ws.cell(1, 1).font = Font(bold=True, size=12)
        ws.append([h for _, h in sh.columns])
        header_row = ws.max_row
        for cell in ws[header_row]:
            cell.font = Font(bold=True)
        ws.freeze_panes = ws.cell(header_row + 1, 1)
        for row_no, r in enumerate(sh.rows, start=header_row + 1):
            for i, (name, _) in enumerate(sh.columns):
                value = _xlsx_value(name, r.get(name))
                cell = ws.cell(row_no, i + 1)
                if isinstance(value, str):
                    cell.value = value
                    cell.data_type = "s"           # text, even if it looks like a formula
                    if value.startswith(_DANGEROUS):
                        cell.quotePrefix = True     # and stays text when edited in Excel
                    widths[i] = max(widths[i], min(len(value), 60))
                else:
                    cell.value = value
                    fmt = column_format(name)
                    if isinstance(value, (dt.date, dt.datetime)):
                        fmt = DATE
                    elif fmt is None and isinstance(value, int) and not isinstance(value, bool):
                        fmt = INTEGER
                    if fmt:
                        cell.number_format = fmt
                    widths[i] = max(widths[i], 14 if fmt == MONEY else 10)
        for i, w in enumerate(widths, start=1):
            ws.column_dimensions[ws.cell(header_row, i).column_letter].width = min(w + 2, 62)
    buf = io.BytesIO()
    wb.save(buf)
    return buf.getvalue()
