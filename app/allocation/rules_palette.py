"""What the rules form adds and how it reads its fields: the palette of
criteria, exclusions and matching rules (each a ready rule-set item with
sensible Czech defaults, the shape of rules.py), the parsing of what a
person types (numbers with a decimal comma, lists of values, a condition's
value) and where a validation problem belongs in the form.

Parsing never raises: text that is not a number stays text, so
``rules.check`` reports it at its path in Czech ("„deset“ není číslo") and
the form shows that message at the field — one validation for JSON and form.
"""
from __future__ import annotations

import copy
import re
from dataclasses import dataclass

from .rules import FIELDS

BLANSKO_NOT_HOUSED = [1, 2, 3, 4, 5, 11]   # ETHOS categories of "nebydlí" in Blansko
_NOT_HOUSED_WHEN = {"field": "ethos", "op": "not_in", "value": BLANSKO_NOT_HOUSED}
# czech-on-purpose: a default label stored in the rule set (data, printed in Czech)
_NOT_HOUSED_LABEL = "kdo nebydlí, se podle toho nehodnotí (má body za bydlení)"


@dataclass(frozen=True)
class PaletteItem:
    key: str
    section: str          # "criteria" | "exclusions" | "matching"
    title: str            # Czech, shown in the palette (ui/ translates it)
    item: dict            # the rule-set item it adds (copied)


def _c(key, title, item) -> PaletteItem:
    return PaletteItem(key, "criteria", title, item)


# Starting values only: a town sets its own in the form.
# czech-on-purpose: the titles are translated by ui/ through Qt (ui/allocation/rules_strings.py);
# the labels are the items' defaults, stored in the rule set and printed in Czech for the council
PALETTE: list[PaletteItem] = [
    _c("housing", "Bytová situace podle kategorie ETHOS", {
        "id": "housing", "label": "Současné bydlení", "type": "cases", "field": "ethos",
        "cases": [{"values": [1, 2], "points": 300, "label": "bez střechy"},
                  {"values": [3, 4, 5, 6, 7], "points": 200, "label": "bez bytu"},
                  {"values": [8, 9, 10], "points": 100, "label": "nejisté bydlení"}],
        "default": 0, "default_label": "bez bytové nouze"}),
    _c("two_households", "Dvě domácnosti v jednom bytě", {
        "id": "two_households", "label": "Dvě domácnosti v jednom bytě", "type": "flag",
        "field": "two_households_in_flat", "points": 50}),
    _c("children", "Nezaopatřené děti (za každé dítě)", {
        "id": "children", "label": "Nezaopatřené děti", "type": "per_unit",
        "field": "children", "points_per_unit": 50, "max": 150}),
    _c("dependants", "Nezaopatřené dítě nebo těhotenství", {
        "id": "dependants", "label": "Nezaopatřené dítě nebo těhotenství", "type": "flag",
        "field": "has_dependants", "points": 50}),
    _c("household_size", "Velikost domácnosti", {
        "id": "household_size", "label": "Velikost domácnosti", "type": "bands",
        "field": "household_size",
        "bands": [{"min": 3, "max": 5, "points": 30, "label": "3–4 osoby"},
                  {"min": 5, "points": 60, "label": "5 a více osob"}]}),
    _c("disability", "Zdravotní postižení", {
        "id": "disability", "label": "Zdravotní postižení", "type": "flag",
        "field": "disability", "points": 100}),
    _c("permanent_residence", "Trvalý pobyt ve městě", {
        "id": "permanent_residence", "label": "Trvalý pobyt ve městě", "type": "flag",
        "field": "permanent_residence", "points": 30}),
    _c("residence", "Skutečný pobyt ve městě (roky)", {
        "id": "actual_residence", "label": "Skutečný pobyt ve městě (aspoň rok)",
        "type": "bands", "field": "residence_years",
        "bands": [{"min": 1, "points": 30, "label": "aspoň rok"}]}),
    _c("waiting", "Doba čekání (za každý rok)", {
        "id": "waiting", "label": "Roky od podání žádosti", "type": "per_unit",
        "field": "waiting_years", "points_per_unit": 10, "max": 100}),
    _c("refusals", "Odmítnuté nabídky (za každé odmítnutí)", {
        "id": "refusals", "label": "Odmítnutí nabízeného bytu", "type": "per_unit",
        "field": "refusals", "points_per_unit": -100, "months": 24}),
    _c("key_profession", "Klíčová profese (jen byty pro klíčové profese)", {
        "id": "key_profession", "label": "Klíčová profese", "type": "cases",
        "field": "key_profession", "flat_categories": ["key_professions"],
        "cases": [{"values": ["lékař"], "points": 200, "label": "lékař"},
                  {"values": ["zdravotní sestra"], "points": 150, "label": "zdravotní sestra"},
                  {"values": ["učitel"], "points": 100, "label": "učitel"}],
        "default": 0, "default_label": "není klíčová profese"}),
    _c("rooms", "Počet pokojů současného bytu", {
        "id": "rooms", "label": "Celkový počet pokojů v bytě", "type": "bands",
        "field": "current_rooms",
        "bands": [{"min": 0, "max": 2, "points": 100, "label": "nejvýše 1 pokoj"},
                  {"min": 2, "max": 3, "points": 50, "label": "2 pokoje"}],
        "when": copy.deepcopy(_NOT_HOUSED_WHEN), "when_label": _NOT_HOUSED_LABEL}),
    _c("area", "Obytná plocha na osobu (vzorec)", {
        "id": "area", "label": "Obytná plocha na osobu", "type": "linear",
        "field": "area_per_person", "base": 200, "per_unit": -10, "min": 0, "max": 200,
        "when": copy.deepcopy(_NOT_HOUSED_WHEN), "when_label": _NOT_HOUSED_LABEL}),
    _c("income", "Nízký příjem na osobu", {
        "id": "income", "label": "Nízký příjem na osobu", "type": "bands",
        "field": "income_per_person_czk",
        "bands": [{"max": 6000, "points": 150, "label": "pod 6 000 Kč"},
                  {"min": 6000, "max": 9000, "points": 100, "label": "6 000 – 9 000 Kč"}]}),
    PaletteItem("ex_refusals", "exclusions", "Vyřazení po odmítnutích", {
        "id": "refusals", "type": "refusals", "max": 2, "months": 24}),
    PaletteItem("ex_debt", "exclusions", "Dluh vůči městu → individuální posouzení", {
        "id": "debt", "type": "debt", "min_debt_czk": 5000, "repayment_plan_lifts": True,
        "action": "review"}),
    PaletteItem("ex_condition", "exclusions", "Vyřazení podle podmínky", {
        "id": "condition", "type": "condition", "reason": "",
        "when": {"field": "household_size", "op": ">", "value": 8}}),
    PaletteItem("ex_expired", "exclusions", "Neobnovená žádost", {
        "id": "expired", "type": "expired"}),
    PaletteItem("m_category", "matching", "Kategorie bytu a žádosti", {
        "id": "category", "type": "category",
        "accepts": {"social": ["social"], "key_professions": ["key_professions"],
                    "seniors": ["seniors"], "special_purpose": ["special_purpose", "seniors"],
                    "standard": ["standard", "social"]}}),
    PaletteItem("m_size", "matching", "Velikost bytu (osob na pokoj)", {
        "id": "size", "type": "persons_per_room", "min": 0.5, "max": 2.5}),
    PaletteItem("m_barrier_free", "matching", "Bezbariérový byt", {
        "id": "barrier_free", "type": "barrier_free", "reserve_for_need": True,
        "need_requires": False}),
    PaletteItem("m_affordability", "matching", "Podíl nájemného na příjmu → posouzení", {
        "id": "affordability", "type": "affordability", "max_pct_of_income": 40,
        "action": "review", "unknown_income": "review"}),
]
PALETTE_BY_KEY = {p.key: p for p in PALETTE}


def new_item(key: str, taken_ids) -> tuple[str, dict]:
    """The section and a fresh copy of a palette item, its id made unique."""
    p = PALETTE_BY_KEY[key]
    item = copy.deepcopy(p.item)
    base, n = item["id"], 2
    while item["id"] in set(taken_ids):
        item["id"] = f"{base}_{n}"
        n += 1
    return p.section, item


# -- what a person types ----------------------------------------------------------------

_NUMBER = re.compile(r"^[+\-−]?\d+([.,]\d+)?$")


def clean_number(value: float):
    """An integral float as int, so the stored JSON reads 3, not 3.0."""
    return int(value) if isinstance(value, float) and value.is_integer() else value


def parse_number(text: str):
    """"1 000", "2,5", "−20" → a number; "" → None; anything else stays text
    (rules.check then says in Czech that it is not a number)."""
    t = (text or "").strip().replace("\u00a0", "").replace(" ", "").replace("−", "-")
    if not t:
        return None
    if not _NUMBER.match(t):
        return (text or "").strip()
    return clean_number(float(t.replace(",", ".")))


def format_number(value) -> str:
    if value is None:
        return ""
    if isinstance(value, float):
        return f"{value:g}".replace(".", ",")
    return str(value)


def parse_values(text: str, field: str | None) -> list:
    """"1, 2, 3" → [1, 2, 3] for a numeric fact; text values for text facts."""
    parts = [p.strip() for p in re.split(r"[;,]", text or "") if p.strip()]
    kind = FIELDS[field].kind if field in FIELDS else "text"
    if kind in ("int", "number"):
        return [parse_number(p) for p in parts]
    if kind == "bool":
        return [parse_bool(p) for p in parts]
    return parts


def format_values(values) -> str:
    if not isinstance(values, list):
        return format_value(values)
    return ", ".join(format_value(v) for v in values)


def parse_bool(text: str):
    t = (text or "").strip().lower()
    return {"ano": True, "ne": False, "true": True, "false": False}.get(t, text.strip())


def parse_value(text: str, field: str | None, op: str):
    """A condition's value as typed: a list for in / not_in, else one value."""
    if op in ("in", "not_in"):
        return parse_values(text, field)
    if not (text or "").strip():
        return None
    kind = FIELDS[field].kind if field in FIELDS else "text"
    if kind == "bool":
        return parse_bool(text)
    if kind in ("int", "number"):
        return parse_number(text)
    return text.strip()


def format_value(value) -> str:
    if isinstance(value, list):
        return format_values(value)
    if value is True:
        return "ano"
    if value is False:
        return "ne"
    return format_number(value)


# -- where a problem belongs -------------------------------------------------------------

def split_path(path: str) -> tuple[str, int | None, str]:
    """"criteria[2].bands[1].points" → ("criteria", 2, "bands[1].points");
    "individual.max_points" → ("individual.max_points", None, "")."""
    m = re.match(r"^(criteria|exclusions|matching)\[(\d+)\]\.?(.*)$", path)
    if m:
        return m.group(1), int(m.group(2)), m.group(3)
    return path, None, ""


def nearest(path: str, known) -> str | None:
    """The longest known path that ``path`` starts with (a field or its row)."""
    best = None
    for k in known:
        if path == k or path.startswith(k + ".") or path.startswith(k + "["):
            if best is None or len(k) > len(best):
                best = k
    return best
