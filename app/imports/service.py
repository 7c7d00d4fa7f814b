"""Importing an office's lists (persons, households, the waiting list of
applications, flats, leases) from XLSX or CSV.

``preview_import`` reads and checks everything and stores nothing; it shows
the guessed (or remembered) mapping, counts of new and existing records and
every bad row by its number. ``run_import`` does the same inside one
transaction and commits only when no row is bad, or when the person chose
to skip the bad rows: all rows or none. Every new record is audited with
the file's SHA-256 and its line, and the confirmed mapping is remembered
for files of the same shape."""
from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field
from pathlib import Path
from typing import Callable

from .. import audit
from ..errors import Cancelled, ValidationError
from ..security import Actor, Permission
from . import engine, mapping as mapping_
from .fields import KINDS, Kind, kind as kind_of, known_header
from .reading import Table, open_table
from .rows import parse
from ..i18n import _

PREVIEW_ROWS = 50          # parsed rows shown in the wizard
BAD = "bad"
Progress = Callable[[str, int], None]


@dataclass(frozen=True)
class RowProblem:
    line: int
    reason: str

    def __str__(self) -> str:
        return _("řádek {line}: {reason}").format(line=self.line, reason=self.reason)


@dataclass
class Preview:
    kind: str
    file_name: str
    sha256: str
    headers: list[str]
    header_line: int
    mapping: dict[str, str | None]
    mapping_remembered: bool
    rows: int = 0
    new: int = 0
    existing: int = 0
    problems: list[RowProblem] = field(default_factory=list)
    sample: list[tuple[int, dict]] = field(default_factory=list)   # (line, {field: value})
    mapping_error: str | None = None     # the mapping is not complete yet
    outcomes: dict[int, str] = field(default_factory=dict)   # sample line → NEW|EXISTING|BAD

    def state(self, line: int) -> str:
        """What the import makes of a sample row, in words for the preview."""
        outcome = self.outcomes.get(line)
        number = dict(self.sample).get(line, {}).get("application_number")
        if outcome == engine.NEW and number:
            return _("nová, dostane číslo této evidence (původní {number})").format(
                number=number)
        return {engine.NEW: _("nový"), engine.EXISTING: _("již v evidenci"),
                BAD: _("chyba")}.get(outcome, "")

    @property
    def clean(self) -> bool:
        return not self.problems and self.mapping_error is None


@dataclass(frozen=True)
class ImportResult:
    kind: str
    file_name: str
    sha256: str
    created: int
    existing: int
    skipped: list[RowProblem]


def _require(actor: Actor, kind: Kind) -> None:
    for perm in sorted(kind.permissions, key=lambda p: p.value):
        actor.require(perm)


def _table(path, kind: Kind, encoding: str | None) -> Table:
    return open_table(path, known_header, sheet_hint=list(kind.sheets), encoding=encoding)


def preview_import(db, actor: Actor, kind: str, path: str | Path,
                   mapping: dict[str, str | None] | None = None, *,
                   encoding: str | None = None, today: dt.date | None = None,
                   progress: Progress | None = None,
                   cancelled: Callable[[], bool] | None = None) -> Preview:
    """Read and check the file; nothing is stored. Without ``mapping`` the one
    remembered for this file shape is used, else a guess from the header."""
    actor.require(Permission.SETTINGS)      # before anything is read: setting up the office
    k = kind_of(kind)
    _require(actor, k)
    table = _table(path, k, encoding)
    with db.reading() as s:
        remembered = mapping_.remembered(s, k, table.headers) if mapping is None else None
        chosen = mapping if mapping is not None else (remembered or mapping_.guess(k, table.headers))
        preview = Preview(k.key, table.file_name, table.sha256, table.headers,
                          table.header_line, dict(chosen), remembered is not None)
        try:
            index = mapping_.check(k, table.headers, chosen)
        except ValidationError as exc:
            preview.mapping_error = exc.message
            return preview
        ctx = engine.Context(s, actor, k, table.sha256, False, today or dt.date.today())
        with engine.settled_heap():
            _run(ctx, table, index, preview, progress, cancelled)
    return preview


def _run(ctx: engine.Context, table: Table, index: dict[str, int], into, progress,
         cancelled) -> None:
    """Every row through the engine, a chunk at a time (one look-up of the
    chunk's persons, one bulk write); ``into`` gets the counts and problems."""
    report = progress or (lambda _t, _p: None)
    ctx.load()
    try:
        chunk: list = []
        for n, (line, cells) in enumerate(table.rows(), start=1):
            if n % 200 == 0:
                _check(cancelled)
                report(_("Řádek {n} z {row_count}").format(n=n, row_count=table.row_count),
                       min(99, n * 100 // max(table.row_count, 1)))
            chunk.append(parse(ctx.kind, index, line, cells, ctx.today))
            if len(chunk) >= engine.CHUNK:
                _chunk(ctx, chunk, into)
                chunk = []
        _chunk(ctx, chunk, into)
    finally:
        ctx.close()
    if into.rows == 0:
        into.problems.append(RowProblem(table.header_line, _("pod záhlavím nejsou žádné řádky")))


def _check(cancelled) -> None:
    if cancelled is not None and cancelled():
        raise Cancelled(_("Import byl zrušen; nic se neuložilo."))


def _chunk(ctx: engine.Context, rows: list, into) -> None:
    handler = engine.HANDLERS[ctx.kind.key]
    ctx.prepare([r for r in rows if not r.errors])
    for row in rows:
        into.rows += 1
        line = row.line
        if isinstance(into, Preview) and len(into.sample) < PREVIEW_ROWS:
            into.sample.append((line, dict(row.values)))
        shown = isinstance(into, Preview) and len(into.outcomes) < PREVIEW_ROWS
        if row.errors:
            into.problems.append(RowProblem(line, "; ".join(row.errors)))
            if shown:
                into.outcomes[line] = BAD
            continue
        try:
            outcome = handler(ctx, row)
        except engine.RowRefused as exc:
            into.problems.append(RowProblem(line, str(exc)))
            if shown:
                into.outcomes[line] = BAD
            continue
        if shown:
            into.outcomes[line] = outcome
        if outcome == engine.NEW:
            into.new += 1
        else:
            into.existing += 1
    ctx.end_chunk()


@dataclass
class _Tally:
    rows: int = 0
    new: int = 0
    existing: int = 0
    problems: list[RowProblem] = field(default_factory=list)


def run_import(db, actor: Actor, kind: str, path: str | Path,
               mapping: dict[str, str | None] | None = None, *, skip_invalid: bool = False,
               encoding: str | None = None, today: dt.date | None = None,
               progress: Progress | None = None,
               cancelled: Callable[[], bool] | None = None) -> ImportResult:
    """Import in one transaction; refused as a whole while a row is bad unless
    ``skip_invalid``. ``cancelled()`` is honoured up to the commit (Cancelled,
    nothing stored)."""
    actor.require(Permission.SETTINGS)      # before anything is read: setting up the office
    k = kind_of(kind)
    _require(actor, k)
    table = _table(path, k, encoding)
    with db.transaction() as s:
        chosen = mapping if mapping is not None else (
            mapping_.remembered(s, k, table.headers) or mapping_.guess(k, table.headers))
        index = mapping_.check(k, table.headers, chosen)
        ctx = engine.Context(s, actor, k, table.sha256, True, today or dt.date.today())
        with s.no_autoflush, engine.large_cache(s, table.row_count), engine.settled_heap():
            tally = _Tally()
            _run(ctx, table, index, tally, progress, cancelled)
        if tally.problems and not skip_invalid:
            raise _refusal(tally.problems)
        if cancelled is not None and cancelled():
            raise Cancelled(_("Import byl zrušen; nic se neuložilo."))
        mapping_.remember(s, actor, k, table.headers, chosen)
        audit.record(s, actor, "import", "file", None, {
            "kind": k.key, "file": table.file_name, "file_sha256": table.sha256,
            "created": tally.new, "existing": tally.existing,
            "skipped_lines": [p.line for p in tally.problems][:200]})
    if progress:
        progress("Hotovo", 100)
    return ImportResult(k.key, table.file_name, table.sha256, tally.new, tally.existing,
                        tally.problems)


def _refusal(problems: list[RowProblem]) -> ValidationError:
    shown = "; ".join(str(p) for p in problems[:3])
    more = _(" a dalších {count}").format(count=len(problems) - 3) if len(problems) > 3 else ""
    return ValidationError(
        _("Soubor má chybné řádky ({shown}{more}); nic se neimportovalo. Opravte je, nebo je "
          "výslovně vynechejte.").format(shown=shown, more=more), field="rows")


def kinds() -> list[tuple[str, str]]:
    """(key, label) of every kind of import, for the wizard and the CLI, in the
    person's language."""
    return [(k.key, _(k.label)) for k in KINDS.values()]


def field_labels(kind: str) -> list[tuple[str, str]]:
    return [(f.key, _(f.label)) for f in kind_of(kind).fields]
