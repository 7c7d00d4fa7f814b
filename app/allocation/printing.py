"""``kmb print ranking ID``: the council ranking list (pořadník / návrh na
přidělení) of a vacant flat by the active rules, or — given a decision's id —
the ranking frozen with that council decision."""
# czech-on-purpose: the ranking and allocation PDFs for the council (Czech documents)
from __future__ import annotations

import datetime as dt

from models.allocation import AllocationDecision, DecisionOutcome
from models.housing import FlatCategory
from reports.ranking import (BreakdownLine, ExcludedDocRow, RankingDoc, RankingDocRow,
                             render_ranking)

from .. import audit
from ..czech_names import worker_forms
from ..staff import sex_of_user
from ..db import Database
from ..errors import NotFound
from ..formatting import format_area, format_date, format_floor, format_money
from ..labels import label
from ..office import office_info
from ..security import Actor, Permission
from .engine import fmt_num
from .offers import DecisionRow, decision_snapshot
from .ranking import FlatRanking, rank_flat, split_excluded
from ..i18n import _, czech

OUTCOME_LABELS = {DecisionOutcome.APPROVED: "schváleno", DecisionOutcome.REJECTED: "neschváleno",
                  DecisionOutcome.DEFERRED: "odloženo"}
STATE_LABELS = {"active": "platná", "draft": "návrh (neschválený)", "archived": "archivovaná",
                "default": "výchozí (dodaná s aplikací)"}


def points(n: int | None) -> str:
    if n is None:
        return ""
    return fmt_num(n)


def about(e) -> str:
    parts = []
    if getattr(e, "applicant", None):
        parts.append(e.applicant)
    if getattr(e, "household_size", None):
        n = e.household_size
        parts.append(f"{n} {'osoba' if n == 1 else 'osoby' if n < 5 else 'osob'}")
    parts.append(f"žádost {e.number or '—'} z {format_date(e.filed_on)}")
    return " · ".join(parts)


def document(r: FlatRanking, *, prepared_by: str = "", prepared_sex: str | None = None,
             signatories=(), town: str = "",
             decision: DecisionRow | None = None) -> RankingDoc:
    f = r.flat
    criteria = [(f"K{i}", lbl) for i, (_, lbl) in enumerate(r.criteria, start=1)]
    rows = []
    for e in r.ranked:
        cells = [points(e.points_of(cid)) for cid, _ in r.criteria]
        ind = e.individual
        ind_text = ""
        if ind:
            ind_text = f"{fmt_num(ind.points)} bodů"
            if ind.requested != ind.points:
                ind_text += f" (navrženo {fmt_num(ind.requested)}; {ind.note})"
            ind_text += f". Odůvodnění: {ind.justification or '—'}"
        notes = [f"K individuálnímu posouzení: {x}" for x in e.reviews]
        if e.tie_note:
            notes.append(f"Shoda bodů: {e.tie_note}")
        rows.append(RankingDocRow(
            e.rank, e.shown or e.household, about(e), cells,
            points(ind.points) if ind else "", points(e.total),
            [BreakdownLine(ln.label, ln.detail, points(ln.points)) for ln in e.lines],
            ind_text, notes))
    substantive, other = split_excluded(r)
    excluded = [ExcludedDocRow(x.shown or x.household, f"{x.number or '—'} z {format_date(x.filed_on)}",
                               [r_.text for r_ in x.reasons]) for x in substantive]
    flat_fields = [
        ("Byt", f.title),
        ("Dispozice", f"{f.layout or f'{f.rooms} pokoje'}, {format_area(f.floor_area_m2)} m², "
                      f"{format_floor(f.floor) or 'podlaží neuvedeno'}"),
        ("Kategorie", label(FlatCategory(f.category))),
        ("Nájem + zálohy", f"{format_money(f.rent_hal)} + {format_money(f.services_hal)}"),
        ("Bezbariérový", "ano" if f.barrier_free else "ne"),
    ]
    if f.target_text:       # a grant's target group while the sustainability period lasts
        flat_fields.append(("Dotace", f.target_text))
    rules_fields = [
        ("Pravidla", f"{r.rules.name}, verze {r.rules.version}"),
        ("Stav pravidel", STATE_LABELS.get(r.rules.state, r.rules.state)),
        ("Otisk pravidel", r.rules.sha256[:16]),
        ("Pořadí ke dni", format_date(r.computed_on)),
        ("Žádostí v pořadí", f"{len(r.ranked)}, vyřazeno {len(r.excluded)}"),
    ]
    decision_fields = ()
    if decision is not None:
        decision_fields = (
            ("Rozhodl(a)", decision.body or ""),
            ("Usnesení", decision.resolution_number or "—"),
            ("Dne", format_date(decision.decided_on)),
            ("Výsledek", OUTCOME_LABELS[decision.outcome]),
            ("Domácnost", decision.household or "—"),
        )
        rank = decision.offer_rank
        if rank is None and decision.application_id:
            entry = r.entry(decision.application_id)
            rank = entry.rank if entry else None
        if rank is not None and rank > 1:
            # the council passed over the households above: say why, in writing
            decision_fields += (
                ("Pořadí domácnosti", f"{rank}. (přeskočeno {rank - 1})"),
                ("Důvod přeskočení pořadí", decision.offer_note or decision.note
                 or "neuvedeno"))
        decision_fields += (("Poznámka", decision.note or "—"),)
    sigs = ([(worker_forms(prepared_by, prepared_sex)["prepared"], prepared_by)]
            if prepared_by else [])
    sigs += [(s.function or "schválil(a)", s.name) for s in signatories][:2]
    return RankingDoc(
        title="Pořadník žadatelů – návrh na přidělení bytu",
        subtitle=f"{f.title} ({label(FlatCategory(f.category))})",
        flat_fields=flat_fields, rules_fields=rules_fields, criteria=criteria, rows=rows,
        excluded=excluded, signatures=sigs,
        place_date=f"{town or '……………'}, dne {format_date(dt.date.today())}",
        reference=(f"usnesení {decision.resolution_number}" if decision is not None
                   and decision.resolution_number else f"pořadí ke dni "
                   f"{format_date(r.computed_on)}, {f.title}"),
        decision_fields=decision_fields,
        other_category=other_category_text(other))


def other_category_text(other) -> str:
    if not other:
        return ""
    groups: dict[str, list[str]] = {}
    for x in other:
        groups.setdefault(x.requested_category, []).append(x.number or x.application_id[:8])
    parts = [f"{label(FlatCategory(cat))} – {', '.join(nums)}"
             for cat, nums in sorted(groups.items())]
    return (f"Žádosti o byt jiné kategorie ({len(other)}), do pořadí pro tento byt nepatří: "
            + "; ".join(parts) + ".")


def print_ranking(db: Database, actor: Actor, record_id: str) -> tuple[bytes, str]:
    """``record_id``: a flat (current ranking) or a council decision (frozen ranking)."""
    actor.require(Permission.PRINT)
    actor.require(Permission.MANAGE_ALLOCATION)
    with db.reading() as s:
        is_decision = s.get(AllocationDecision, record_id) is not None
        office = office_info(s)
        prepared_sex = sex_of_user(s, actor.user_id)
    decision = None
    try:
        with czech():       # the reasons and names in Czech, whatever the UI language
            if is_decision:
                frozen = decision_snapshot(db, actor, record_id)
                ranking, decision = frozen.ranking, frozen.decision
            else:
                ranking = rank_flat(db, actor, record_id)
            doc = document(ranking, prepared_by=actor.name, prepared_sex=prepared_sex,
                           signatories=office.signatories, town=office.town, decision=decision)
    except NotFound:
        if is_decision:
            raise
        raise NotFound(_("Byt ani rozhodnutí „{record_id}“ neexistuje.")
                       .format(record_id=record_id)) from None
    pdf = render_ranking(office, doc)
    with db.transaction() as s:
        audit.record(s, actor, "print", "allocation_decision" if is_decision else "flat",
                     record_id, {"document": "ranking"})
    day = ranking.computed_on.isoformat()
    return pdf, f"poradnik-byt-{ranking.flat.number}-{day}.pdf"

