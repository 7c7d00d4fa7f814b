"""Stored rule sets: drafts, adoption by the council, the active one.

A rule set is DRAFT while it is being written (editable), ACTIVE once
adopted (read-only; exactly one at a time) and ARCHIVED when a newer one is
adopted. Until a town adopts its own, the shipped default
(resources/rules/bodovy-system.json) is used; it is stored as the active
rule set the first time an offer or a decision needs its id.
"""
from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from models.allocation import RuleSet, RuleSetState

from .. import audit
from ..db import Database
from ..errors import Conflict, NotFound, ValidationError
from ..rows import get_live, live
from ..security import Actor, Permission
from . import rules as R
from ..i18n import _


@dataclass(frozen=True)
class RuleSetRow:
    id: str | None               # None: the shipped default, not stored yet
    name: str
    version: int
    state: str                   # "draft" | "active" | "archived" | "default"
    adopted_on: dt.date | None
    adopted_by: str | None
    sha256: str
    note: str | None
    warnings: int


@dataclass(frozen=True)
class RuleSetDetail:
    row: RuleSetRow
    text: str                    # pretty JSON for the editor
    rules: R.Rules
    warnings: list[R.Problem]

    @property
    def editable(self) -> bool:
        return self.row.state == "draft"


def _row(rs: RuleSet, rules: R.Rules | None = None) -> RuleSetRow:
    rules = rules or R.parse(rs.body_json)
    return RuleSetRow(rs.id, rs.name, rs.version, rs.state.value, rs.adopted_on, rs.adopted_by,
                      rs.sha256 or rules.sha256, rs.note, len(R.bad_practice(rules)))


def default_row() -> RuleSetRow:
    rules = R.default_rules()
    # czech-on-purpose: stored in the record, read by colleagues: Czech
    return RuleSetRow(None, rules.name, rules.version, "default", None, None, rules.sha256,
                      "výchozí pravidla dodaná s aplikací", len(R.bad_practice(rules)))


def active(session: Session) -> tuple[RuleSet | None, R.Rules]:
    """The active rule set row (None while the shipped default applies) and its rules."""
    rs = session.scalars(select(RuleSet).where(RuleSet.state == RuleSetState.ACTIVE,
                                               live(RuleSet))
                         .order_by(RuleSet.adopted_on.desc(), RuleSet.id.desc())).first()
    if rs is None:
        return None, R.default_rules()
    return rs, R.parse(rs.body_json)


def ensure_active(session: Session, actor: Actor | None) -> tuple[RuleSet, R.Rules]:
    """The active rule set, storing the shipped default as active if there is none."""
    rs, rules = active(session)
    if rs is not None:
        return rs, rules
    # czech-on-purpose: stored in the record, read by colleagues: Czech
    rs = RuleSet(name=rules.name, version=rules.version, state=RuleSetState.ACTIVE,
                 body_json=rules.to_json(), sha256=rules.sha256,
                 note="výchozí pravidla dodaná s aplikací (resources/rules)")
    session.add(rs)
    session.flush()
    audit.record(session, actor, "create", "rule_set", rs.id, {"default": True})
    return rs, rules


def active_rules(db: Database, actor: Actor) -> R.Rules:
    """The rules in force (the shipped default while none was adopted)."""
    actor.require(Permission.MANAGE_ALLOCATION)
    with db.reading() as s:
        return active(s)[1]


def list_rule_sets(db: Database, actor: Actor) -> list[RuleSetRow]:
    actor.require(Permission.MANAGE_ALLOCATION)
    with db.reading() as s:
        rows = [_row(rs) for rs in s.scalars(
            select(RuleSet).where(live(RuleSet)))]
    if not any(r.state == "active" for r in rows):
        rows.append(default_row())
    order = {"draft": 0, "active": 1, "default": 1, "archived": 2}
    rows.sort(key=lambda r: (order[r.state], r.name, -r.version, r.id or ""))
    return rows


def get_rule_set(db: Database, actor: Actor, rule_set_id: str | None) -> RuleSetDetail:
    """A stored rule set, or (id None) the shipped default."""
    actor.require(Permission.MANAGE_ALLOCATION)
    if rule_set_id is None:
        rules = R.default_rules()
        return RuleSetDetail(default_row(), R.pretty_json(rules.body), rules,
                             R.bad_practice(rules))
    with db.reading() as s:
        rs = _get(s, rule_set_id)
        rules = R.parse(rs.body_json)
        return RuleSetDetail(_row(rs, rules), R.pretty_json(rules.body), rules,
                             R.bad_practice(rules))


def _get(s: Session, rule_set_id: str) -> RuleSet:
    rs = get_live(s, RuleSet, rule_set_id, message=_("Pravidla neexistují nebo byla smazána."))
    return rs


def shipped_choices() -> list[tuple[str, str]]:
    """(file name, rule set name) of the examples in resources/rules."""
    return [(name, r.name) for name, r in R.shipped().items()]


def new_draft(db: Database, actor: Actor, *, from_rule_set: str | None = None,
              from_file: str | None = None) -> str:
    """A new draft copied from a stored rule set or a shipped example; its
    version is one above the highest of that name."""
    actor.require(Permission.EDIT_RULES)
    with db.transaction() as s:
        if from_file:
            shipped = R.shipped()
            if from_file not in shipped:
                raise NotFound(_("Vzorová pravidla „{from_file}“ neexistují.")
                    .format(from_file=from_file))
            body = dict(shipped[from_file].body)
        elif from_rule_set:
            body = dict(R.parse(_get(s, from_rule_set).body_json).body)
        else:
            body = dict(active(s)[1].body)
        highest = s.scalar(select(func.max(RuleSet.version)).where(
            RuleSet.name == body["name"], live(RuleSet))) or 0
        body["version"] = max(highest, body.get("version", 1)) + 1 if highest else body.get(
            "version", 1)
        rules = R.parse(body)
        rs = RuleSet(name=rules.name, version=rules.version, state=RuleSetState.DRAFT,
                     body_json=rules.to_json(), sha256=rules.sha256)
        s.add(rs)
        s.flush()
        audit.record(s, actor, "create", "rule_set", rs.id, {"version": rules.version})
        return rs.id


def save_draft(db: Database, actor: Actor, rule_set_id: str, text: str,
               note: str | None = None) -> RuleSetDetail:
    """Replace a draft's body; refused (RulesInvalid, every problem listed) if
    the text is not a usable rule set."""
    actor.require(Permission.EDIT_RULES)
    rules = R.parse(text)
    with db.transaction() as s:
        rs = _get(s, rule_set_id)
        if rs.state != RuleSetState.DRAFT:
            raise Conflict(_("Přijatá pravidla se nemění; vytvořte z nich nový návrh."))
        rs.name, rs.version = rules.name, rules.version
        rs.body_json, rs.sha256 = rules.to_json(), rules.sha256
        if note is not None:
            rs.note = note.strip() or None
        changed = audit.changed_fields(rs)
        s.flush()
        if changed:
            audit.record(s, actor, "update", "rule_set", rs.id, {"fields": changed})
    return get_rule_set(db, actor, rule_set_id)


def adopt(db: Database, actor: Actor, rule_set_id: str, adopted_on: dt.date,
          adopted_by: str) -> None:
    """The council adopted the draft: it becomes active, the previous one archived."""
    actor.require(Permission.EDIT_RULES)
    adopted_by = " ".join((adopted_by or "").split())
    if not adopted_by:
        raise ValidationError(_("Uveďte, kdo pravidla schválil (např. usnesení RM č. 2026/123)."),
                              field="adopted_by")
    if adopted_on is None:
        raise ValidationError(_("Uveďte datum schválení."), field="adopted_on")
    with db.transaction() as s:
        rs = _get(s, rule_set_id)
        if rs.state != RuleSetState.DRAFT:
            raise Conflict(_("Přijmout lze jen návrh pravidel."))
        R.parse(rs.body_json)
        for old in s.scalars(select(RuleSet).where(RuleSet.state == RuleSetState.ACTIVE,
                                                   live(RuleSet))):
            old.state = RuleSetState.ARCHIVED
            audit.record(s, actor, "archive", "rule_set", old.id)
        rs.state = RuleSetState.ACTIVE
        rs.adopted_on, rs.adopted_by = adopted_on, adopted_by
        audit.record(s, actor, "adopt", "rule_set", rs.id, {"version": rs.version})


def discard_draft(db: Database, actor: Actor, rule_set_id: str) -> None:
    actor.require(Permission.EDIT_RULES)
    with db.transaction() as s:
        rs = _get(s, rule_set_id)
        if rs.state != RuleSetState.DRAFT:
            raise Conflict(_("Smazat lze jen návrh; přijatá pravidla zůstávají pro dohledatelnost."))
        rs.deleted_at = dt.datetime.now(dt.UTC).replace(tzinfo=None)
        audit.record(s, actor, "delete", "rule_set", rs.id)


def check_text(text: str) -> tuple[list[R.Problem], list[R.Problem]]:
    """(errors, bad-practice warnings) of an edited text, for live feedback."""
    try:
        body = R.loads(text)
    except R.RulesInvalid as exc:
        return exc.problems, []
    errors = R.check(body)
    return errors, ([] if errors else R.bad_practice(body))
