"""Documents that can be printed by kind and record id, for ``kmb print`` and
the UI alike: one explicit registry below. A printer returns the PDF bytes
and a suggested file name, and records the "print" audit event itself.

Each entry imports its area's printer when called (a plain import, so tools
and readers see it): listing the kinds costs nothing, and ReportLab is loaded
only when a document is really printed."""
from __future__ import annotations

from typing import Callable

from .db import Database
from .errors import KmbError
from .security import Actor
from .i18n import _, czech

Printer = Callable[[Database, Actor, str], tuple[bytes, str]]


def _contract(db: Database, actor: Actor, lease_id: str) -> tuple[bytes, str]:
    from .leases.documents import contract_pdf
    return contract_pdf(db, actor, lease_id)


def _renewal(db: Database, actor: Actor, renewal_id: str) -> tuple[bytes, str]:
    from .leases.documents import renewal_pdf
    return renewal_pdf(db, actor, renewal_id)


def _assessment(db: Database, actor: Actor, assessment_id: str) -> tuple[bytes, str]:
    from .assessments.printing import print_assessment
    return print_assessment(db, actor, assessment_id)


def _inspection(db: Database, actor: Actor, inspection_id: str) -> tuple[bytes, str]:
    from .inspections.printing import print_inspection
    return print_inspection(db, actor, inspection_id)


def _handover(db: Database, actor: Actor, inspection_id: str) -> tuple[bytes, str]:
    from .inspections.printing import print_handover
    return print_handover(db, actor, inspection_id)


def _ranking(db: Database, actor: Actor, flat_id: str) -> tuple[bytes, str]:
    from .allocation.printing import print_ranking
    return print_ranking(db, actor, flat_id)


def _fairness(db: Database, actor: Actor, rule_set_id: str) -> tuple[bytes, str]:
    from .allocation.fairness_print import print_fairness
    return print_fairness(db, actor, rule_set_id)


def _procedure(kind: str) -> Printer:
    def printer(db: Database, actor: Actor, procedure_id: str) -> tuple[bytes, str]:
        from .cases.procedure_documents import print_procedure_document
        return print_procedure_document(db, actor, procedure_id, kind)
    return printer


PRINTERS: dict[str, Printer] = {
    "contract": _contract,          # lease id
    "renewal": _renewal,            # renewal id: dodatek or notice
    "assessment": _assessment,      # assessment id
    "inspection": _inspection,      # inspection id
    "handover": _handover,          # inspection id (move-in / move-out)
    "ranking": _ranking,            # flat id
    "fairness": _fairness,          # "active", or a draft rule set's id beside the active
    # the Housing Support Act's procedure (procedure id)
    "need-application": _procedure("application"),   # žádost o zápis
    "need-protocol": _procedure("protocol"),         # protokol o šetření
    "need-decision": _procedure("decision"),         # rozhodnutí (frozen once issued)
}


def printers() -> dict[str, Printer]:
    return PRINTERS


def _cache_fonts() -> None:
    """The documents' parsed fonts are kept in the user's cache folder."""
    from reports import fonts
    if fonts.CACHE_DIR is None:
        from .config import cache_dir
        fonts.CACHE_DIR = cache_dir()


def warm_up() -> None:
    """Load what the first document of a process needs (ReportLab, the printers,
    the embedded fonts) and lay out one small page, so that the first print does
    not wait for it; the GUI calls this off its thread after the window shows."""
    _cache_fonts()
    from reports.base import Document, OfficeInfo
    from .allocation import fairness_print, printing  # noqa: F401 – the registry's printers
    from .assessments import printing as _a  # noqa: F401
    from .cases import procedure_documents  # noqa: F401
    from .inspections import printing as _i  # noqa: F401
    from .leases import documents  # noqa: F401
    doc = Document(OfficeInfo(), "KMB Desk")
    doc.title("KMB Desk")
    doc.fields([("Datum", "1. 1. 2026")])
    doc.render()


def render(db: Database, actor: Actor, kind: str, record_id: str) -> tuple[bytes, str]:
    if kind not in PRINTERS:
        raise KmbError(_("Neznámý druh dokumentu „{kind}“ (známé: {join}).")
            .format(kind=kind, join=', '.join(sorted(PRINTERS))))
    _cache_fonts()
    from reports.heap import collector_paused
    # a document is Czech whatever the UI language ("nar.", "byt č." …)
    with czech(), collector_paused():
        return PRINTERS[kind](db, actor, record_id)
