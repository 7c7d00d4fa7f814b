"""Printing lists as a table, CSV or JSON (stable field names, ISO dates)."""
from __future__ import annotations

import datetime as dt
import decimal
import enum
import functools
import itertools
import json
import sys
import unicodedata
from json.encoder import c_make_encoder, encode_basestring
from typing import IO, Any, Callable, Iterable, Sequence

from .. import tabular
from ..i18n import _

# (field name, Czech header) or (field name, header, display function for tables);
# the header is marked N_() where written and translated here when printed
Column = tuple


def _plain(value: Any) -> Any:
    if isinstance(value, (dt.date, dt.datetime)):
        return value.isoformat()
    if isinstance(value, enum.Enum):
        return value.value
    if isinstance(value, decimal.Decimal):
        return float(value) if value != value.to_integral_value() else int(value)
    if isinstance(value, (list, tuple)):
        return [_plain(v) for v in value]
    if isinstance(value, dict):
        return {k: _plain(v) for k, v in value.items()}
    return value


def _cell(value: Any) -> str:
    if value is None:
        return ""
    if isinstance(value, bool):
        return _("ano") if value else _("ne")
    if isinstance(value, (dt.date, dt.datetime)):
        from ..formatting import format_date
        return format_date(value)
    if isinstance(value, enum.Enum):
        from ..labels import shown      # the labels load the models: only when needed
        return shown(value)
    if isinstance(value, (list, tuple)):
        return ", ".join(_cell(v) for v in value)
    return str(value)


@functools.lru_cache(maxsize=8192)        # each cell is measured twice; names repeat
def _width(text: str) -> int:
    if text.isascii():
        return len(text)
    return sum(0 if unicodedata.combining(c) else 1 for c in text)


def count_records(n: int) -> str:
    """Czech plural: 1 záznam, 2–4 záznamy, 5 záznamů (English: 1 record, 2 records)."""
    text = _("{n} záznam") if n == 1 else _("{n} záznamy") if 2 <= n <= 4 else _("{n} záznamů")
    return text.format(n=n)


def _json_default(value: Any) -> Any:
    if type(value) is dt.date:      # a birth date on each row of a person listing
        return value.isoformat()
    plain = _plain(value)
    if plain is value:
        raise TypeError(f"{type(value).__name__} is not JSON serializable")
    return plain


def _json_lines(rows: Iterable[dict], out: IO[str]) -> None:
    """A JSON array written one row at a time, one row per line: memory stays
    flat however many rows stream through. One C encoder serves every row
    (``JSONEncoder.encode`` would build a new one per row: a third of the
    time on 100k persons); without ``indent`` the encoder is the C one."""
    encode = _row_encoder()
    write = out.write
    first = True
    for r in rows:
        write(("[\n  " if first else ",\n  ") + encode(r))
        first = False
    write("[]\n" if first else "\n]\n")


def _row_encoder() -> Callable[[dict], str]:
    """``json.dumps(row, ensure_ascii=False, default=_json_default)``, made once."""
    plain = json.JSONEncoder(ensure_ascii=False, default=_json_default)
    if c_make_encoder is None:          # a Python without the _json accelerator
        return plain.encode
    chunks = c_make_encoder({}, _json_default, encode_basestring, None, ": ", ", ",
                            False, False, True)      # check_circular, allow_nan as dumps
    return lambda row: "".join(chunks(row, 0))


def emit(rows: Iterable[dict], columns: Sequence[Column], fmt: str,
         out: IO[str] | None = None) -> None:
    """Print rows; JSON and CSV stream them (a table needs all rows for its widths)."""
    out = out or sys.stdout
    if fmt == "json":
        _json_lines(rows, out)
    elif fmt == "csv":          # Czech Excel: BOM, ';', decimal comma, no live formulas
        keys = [c[0] for c in columns]
        # row by row (a list of every row held a city's 100k in memory: 1.8× the JSON's peak)
        tabular.write_csv(out, itertools.chain([keys], ([r.get(k) for k in keys] for r in rows)))
    else:
        rows = list(rows)
        table = [[_(c[1]) for c in columns]]
        table += [[c[2](r.get(c[0])) if len(c) > 2 else _cell(r.get(c[0])) for c in columns]
                  for r in rows]
        widths = [max(_width(row[i]) for row in table) for i in range(len(columns))]
        for n, row in enumerate(table):
            line = "  ".join(c + " " * (w - _width(c)) for c, w in zip(row, widths))
            out.write(line.rstrip() + "\n")
            if n == 0:
                out.write("  ".join("─" * w for w in widths) + "\n")
        out.write(f"({count_records(len(rows))})\n")


def to_xlsx(title: str, rows: Sequence[dict], columns: Sequence[Column]) -> bytes:
    """A list as one XLSX sheet (Czech headers, formats, widths, no formulas)."""
    return tabular.xlsx_bytes([tabular.Sheet(title, [(c[0], _(c[1])) for c in columns],
                                             list(rows))])
