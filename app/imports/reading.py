"""Reading an office's own table: XLSX (openpyxl read-only, streamed) or CSV
(UTF-8 or Windows-1250, ``;``, ``,`` or tab).

Real lists have a title above the table, a header spread over merged cells,
empty rows and notes under the data ("Zpracovala: …"). The header is the row
among the first ones that names the most known columns; rows with one filled
cell are notes, not records. Rows are read again for every pass (preview,
import), so a 50 000-row file never sits in memory as a whole.
"""
from __future__ import annotations

import csv
import hashlib
import io
import re
from dataclasses import dataclass
from pathlib import Path
from typing import Callable, Iterator

from ..czech_text import fold
from ..errors import ValidationError
from ..i18n import _

MAX_BYTES = 60 * 1024 * 1024
MAX_ROWS = 100_000            # more is not one office's list: split it
HEADER_SCAN = 15              # the header is among the first rows
_OLE2 = b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1"
_ENCRYPTED = "EncryptedPackage".encode("utf-16-le")
ENCODINGS = {"utf-8": "utf-8-sig", "cp1250": "cp1250"}


def _bad(message: str) -> ValidationError:
    return ValidationError(message, field="file")


@dataclass(frozen=True)
class Table:
    path: Path
    sha256: str
    kind: str                  # "xlsx" | "csv"
    sheet: str | None
    encoding: str | None
    delimiter: str | None
    header_line: int
    headers: list[str]
    row_count: int             # data rows (without empty rows and notes)

    @property
    def file_name(self) -> str:
        return self.path.name

    def rows(self) -> Iterator[tuple[int, list]]:
        """(line in the file, cells) of every data row, read again from the file."""
        for line, cells in _raw_rows(self.path, self.kind, self.sheet, self.encoding,
                                     self.delimiter):
            if line > self.header_line and not _is_note(cells):
                yield line, cells


def file_hash(path: Path) -> str:
    h = hashlib.sha256()
    with open(path, "rb") as f:
        for block in iter(lambda: f.read(1 << 20), b""):
            h.update(block)
    return h.hexdigest()


def _filled(cells) -> int:
    return sum(1 for c in cells if c is not None and str(c).strip())


def _is_note(cells) -> bool:
    """Empty rows and lone texts (a total, a signature, a remark) are no record."""
    return _filled(cells) <= 1


def open_table(path: str | Path, known_headers: Callable[[str], bool], *,
               sheet_hint: list[str] | None = None, encoding: str | None = None) -> Table:
    """Open and look at the file: format, sheet, encoding, header row, size.
    ``known_headers(folded)`` says whether a header text is one we know."""
    path = Path(path)
    try:
        size = path.stat().st_size
        with open(path, "rb") as f:
            head = f.read(4096)
    except OSError as exc:
        raise _bad(_("Soubor {name} nelze otevřít: {strerror}.").format(name=path.name, strerror=exc.strerror)) from None
    if size == 0:
        raise _bad(_("Soubor {name} je prázdný.").format(name=path.name))
    if size > MAX_BYTES:
        raise _bad(_("Soubor {name} je příliš velký ({v3} MB); rozdělte ho na menší části (nejvýše "
                     "60 MB).").format(name=path.name, v3=size // 1024 // 1024))
    kind, sheet, enc, delim = _detect(path, head, sheet_hint, encoding)
    header_line, headers, count = _find_header(
        _raw_rows(path, kind, sheet, enc, delim), known_headers, path)
    return Table(path, file_hash(path), kind, sheet, enc, delim, header_line, headers, count)


def _detect(path: Path, head: bytes, sheet_hint, encoding):
    suffix = path.suffix.lower()
    if head.startswith(_OLE2):
        with open(path, "rb") as f:
            data = f.read(1 << 20)
        if _ENCRYPTED in data:
            raise _bad(_("Sešit {name} je chráněný heslem. Otevřete ho v Excelu, heslo zrušte "
                         "(Soubor → Informace → Zamknout sešit) a uložte ho znovu.").format(name=path.name))
        raise _bad(_("Soubor {name} je ve starém formátu Excelu (XLS). Uložte ho v Excelu jako "
                     "„Sešit Excelu (*.xlsx)“ nebo jako CSV.").format(name=path.name))
    if head.startswith(b"PK"):
        if suffix not in (".xlsx", ".xlsm", ""):
            raise _bad(_("Soubor {name} není tabulka XLSX ani CSV (např. dokument Wordu). Uložte "
                         "seznam v Excelu jako XLSX nebo CSV.").format(name=path.name))
        return "xlsx", _pick_sheet(path, sheet_hint), None, None
    if suffix in (".xlsx", ".xlsm"):
        raise _bad(_("Soubor {name} není čitelný sešit Excelu (XLSX), i když tak vypadá jeho "
                     "přípona.").format(name=path.name))
    if suffix not in (".csv", ".txt", ""):
        raise _bad(_("Soubor {name} není tabulka XLSX ani CSV. Uložte seznam v Excelu jako XLSX "
                     "nebo CSV.").format(name=path.name))
    enc = _encoding(path, encoding)
    with open(path, encoding=enc, newline="") as f:
        sample = f.read(8192)
    first = [ln for ln in sample.splitlines() if ln.strip()][:10]
    delim = max(";,\t", key=lambda d: sum(ln.count(d) for ln in first)) if first else ";"
    return "csv", None, enc, delim


_CONTROL = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f]")


def _encoding(path: Path, declared: str | None) -> str:
    """UTF-8 when the bytes are UTF-8, else Windows-1250 — checked, not assumed:
    cp1250 text has no NUL or control bytes and none of its five unused codes."""
    data = path.read_bytes()
    if b"\x00" in data:
        raise _bad(_("Soubor {name} není text v kódování UTF-8 ani Windows-1250 (např. UTF-16). "
                     "Uložte ho v Excelu jako „CSV UTF-8“.").format(name=path.name))
    if declared not in (None, "utf-8", "cp1250"):
        raise _bad(_("Kódování „{declared}“ neznám; zvolte UTF-8 nebo Windows-1250.").format(declared=declared))
    if declared != "cp1250":
        try:
            data.decode("utf-8-sig")
            return "utf-8-sig"
        except UnicodeDecodeError:
            if declared == "utf-8":
                raise _bad(_("Soubor {name} není v kódování UTF-8; zkuste Windows-1250.").format(name=path.name)
                           ) from None
    try:
        text = data.decode("cp1250")
    except UnicodeDecodeError:
        raise _bad(_("Soubor {name} není v kódování Windows-1250 ani UTF-8; uložte ho v Excelu "
                     "znovu jako „CSV UTF-8“.").format(name=path.name)) from None
    if _CONTROL.search(text):
        raise _bad(_("Soubor {name} není textový soubor CSV v kódování Windows-1250 ani UTF-8.").format(name=path.name))
    return "cp1250"


def _load(path: Path):
    from openpyxl import load_workbook
    try:
        return load_workbook(path, read_only=True, data_only=True)
    except Exception:  # noqa: BLE001 – any unreadable workbook is one message
        raise _bad(_("Soubor {name} není čitelný sešit Excelu (XLSX).").format(name=path.name)) from None


def _pick_sheet(path: Path, hint: list[str] | None) -> str:
    """The sheet named like the record type (our own export), else the first
    sheet with data."""
    wb = _load(path)
    try:
        names = wb.sheetnames
        for name in names:
            if hint and fold(name) in [fold(h) for h in hint]:
                return name
        for name in names:
            ws = wb[name]
            for row in ws.iter_rows(max_row=HEADER_SCAN, values_only=True):
                if _filled(row) >= 2:
                    return name
        raise _bad(_("Sešit {name} je prázdný (žádný list nemá tabulku).").format(name=path.name))
    finally:
        wb.close()


def _raw_rows(path: Path, kind: str, sheet: str | None, encoding: str | None,
              delimiter: str | None) -> Iterator[tuple[int, list]]:
    if kind == "xlsx":
        wb = _load(path)
        try:
            for i, row in enumerate(wb[sheet].iter_rows(values_only=True), start=1):
                yield i, list(row)
        finally:
            wb.close()
        return
    with open(path, encoding=encoding, newline="") as f:
        for i, row in enumerate(csv.reader(f, delimiter=delimiter), start=1):
            yield i, row


def _find_header(rows: Iterator[tuple[int, list]], known: Callable[[str], bool], path: Path):
    """The header row and the count of data rows below it (one pass)."""
    first: list[tuple[int, list]] = []       # candidate rows at the top
    best = None
    count = 0
    for line, cells in rows:
        if best is None:
            if _filled(cells) >= 2:
                first.append((line, cells))
            if len(first) < HEADER_SCAN and line < 60:
                continue
            best = _best_header(first, known)
            count = sum(1 for ln, _c in first if ln > best[0])
            continue
        if not _is_note(cells):
            count += 1
            if count > MAX_ROWS:
                raise _bad(_("Soubor {name} má víc než {limit} řádků; rozdělte ho na menší "
                             "části.").format(name=path.name,
                                              limit=f"{MAX_ROWS:,}".replace(",", " ")))
    if best is None:
        if not first:
            raise _bad(_("Soubor {name} je prázdný (nemá tabulku se záhlavím).").format(name=path.name))
        best = _best_header(first, known)
        count = sum(1 for ln, _c in first if ln > best[0])
    line, cells = best
    headers = [" ".join(str(c).split()) if c is not None else "" for c in cells]
    return line, headers, count


def _best_header(first: list[tuple[int, list]], known: Callable[[str], bool]):
    """The candidate naming most known columns; ties go to the upper row, and a
    table without known names starts at its first row of two or more cells."""
    def score(cells) -> int:
        return sum(1 for c in cells if c is not None and known(fold(str(c))))
    top = max(first, key=lambda r: (score(r[1]), -r[0]))
    return top if score(top[1]) > 0 else first[0]
