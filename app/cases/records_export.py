"""Handing the procedure documents to the office's records system (spisová
služba) in one go: for every procedure — of one case, or all — the documents
it has reached (žádost o zápis, protokol o šetření, rozhodnutí), each as PDF
and a JSON metadata file beside it, the same pair ``export_for_records``
packs per document. ``since`` keeps the documents dated on or after a day
(the records office takes what is new since its last hand-over).

Who: the documents leave the office and the protocol and decision carry
findings that can be special-category data, so it takes the bundle export's
permission (the lead and the administrator) besides reading and printing
cases. Every document is audited with its hash; files are written inside the
transaction, so a document that could not be written is not audited."""
from __future__ import annotations

import datetime as dt
import json
from dataclasses import dataclass
from pathlib import Path

from sqlalchemy import or_, select

from models.cases import Case
from models.procedure import HousingProcedure

from .. import audit
from ..errors import NotFound, ValidationError
from ..files import write_atomic
from ..rows import live
from ..security import Actor, Permission
from ..i18n import _
from .procedure_documents import KINDS, _file_name, _metadata, _render, export_for_records


@dataclass(frozen=True)
class RecordsExport:
    folder: Path
    files: list[str]           # written, PDF and JSON alternating
    documents: int


def _documents(p: HousingProcedure) -> list[tuple[str, dt.date]]:
    """(kind, its date) of each document the procedure has reached."""
    out = [("application", p.application_on)]
    if p.inquiry_done_on:
        out.append(("protocol", p.inquiry_done_on))
    if p.decision_on and p.decision_ref:
        out.append(("decision", p.decision_on))
    return out


def export_records(db, actor: Actor, out_dir: str | Path, *, case: str | None = None,
                   since: dt.date | None = None) -> RecordsExport:
    for perm in (Permission.EXPORT_BUNDLES, Permission.VIEW_CASES, Permission.PRINT,
                 Permission.VIEW_SENSITIVE):
        actor.require(perm)
    folder = Path(out_dir)
    if folder.exists() and not folder.is_dir():
        raise ValidationError(_("{folder} je soubor, ne složka; zadejte složku pro dokumenty.")
                              .format(folder=folder), field="output")
    files: list[str] = []
    with db.transaction() as s:
        q = select(HousingProcedure).where(live(HousingProcedure))
        if case:
            found = s.scalars(select(Case.id).where(
                live(Case), or_(Case.id == case, Case.number == case))).all()
            if not found:
                raise NotFound(_("Případ „{case}“ není v evidenci (zadejte id nebo spisovou "
                                 "značku případu).").format(case=case))
            q = q.where(HousingProcedure.case_id.in_(found))
        procedures = s.scalars(q.order_by(HousingProcedure.application_on,
                                          HousingProcedure.id)).all()
        chosen = [(p, kind) for p in procedures for kind, day in _documents(p)
                  if since is None or day >= since]
        if chosen:
            folder.mkdir(parents=True, exist_ok=True)
        for p, kind in chosen:
            pdf = _render(s, p, kind)
            base = _file_name(p, kind)
            meta = _metadata(s, p, kind, actor, pdf, base + ".pdf")
            write_atomic(folder / (base + ".pdf"), pdf)
            write_atomic(folder / (base + ".json"),
                         json.dumps(meta, ensure_ascii=False, indent=2).encode())
            files += [base + ".pdf", base + ".json"]
            audit.record(s, actor, "export", "housing_procedure", p.id,
                         {"document": kind, "sha256": meta["soubor"]["sha256"],
                          "to": "records_system"})
    return RecordsExport(folder, files, len(chosen))


def export_document_zip(db, actor: Actor, ref: str, kind: str, out_path: str | Path) -> Path:
    """One document of one procedure as the screen exports it (a ZIP of the PDF
    and its JSON metadata with the SHA-256), for ``kmb records zip``. ``ref``
    is the procedure's spisová značka, its case's number, or either's id. The
    screen's permissions (reading and printing cases; the protocol and the
    decision also special-category data), checked by ``export_for_records``,
    which also audits."""
    actor.require(Permission.VIEW_CASES)
    actor.require(Permission.PRINT)
    if kind not in KINDS:
        raise NotFound(_("Neznámý dokument „{kind}“ (známé: {join}).")
                       .format(kind=kind, join=", ".join(KINDS)))
    out = Path(out_path)
    if out.is_dir():
        raise ValidationError(_("{out} je složka; zadejte soubor, např. {name}.")
                              .format(out=out, name=out / "spis.zip"), field="output")
    if not (out.parent if str(out.parent) else Path(".")).is_dir():
        raise ValidationError(_("Složka {folder} neexistuje.").format(folder=out.parent),
                              field="output")
    with db.reading() as s:
        cases = select(Case.id).where(live(Case), or_(Case.id == ref, Case.number == ref))
        found = s.scalars(select(HousingProcedure).where(
            live(HousingProcedure),
            or_(HousingProcedure.id == ref, HousingProcedure.file_ref == ref,
                HousingProcedure.case_id.in_(cases)))).all()
        refs = sorted(p.file_ref or p.id for p in found)
        found = [p.id for p in found]
    if not found:
        raise NotFound(_("Řízení ani případ „{ref}“ není v evidenci (zadejte spisovou značku "
                         "řízení nebo případu).").format(ref=ref))
    if len(found) > 1:
        raise ValidationError(_("Případ „{ref}“ má víc řízení; zadejte spisovou značku "
                                "jednoho z nich: {refs}.").format(ref=ref, refs=", ".join(refs)),
                              field="ref")
    return export_for_records(db, actor, found[0], kind, out)
