"""A town's allocation rules as data: the JSON rule-set format, its
validation (Czech messages with the path of the bad value) and the
"bad practice" warnings of the rules editor.

The rules are never code: ``engine.compile_rules`` interprets a body in this
format. A body is one JSON object::

    {
      "format": "kmb-allocation-rules", "format_version": 1,
      "name": "Bodový systém (podle vzoru Blanska)", "version": 1,
      "description": "…", "source": "…",
      "validity_months": 12,              # a žádost is valid this long after filing/renewal
      "criteria":   [ CRITERION, … ],     # points, each with an optional cap
      "max_total":  null,                 # optional cap of the sum of criteria
      "individual": {"max_points": 50, "requires_justification": true},
      "exclusions": [ EXCLUSION, … ],     # who is left out, whatever the flat
      "matching":   [ MATCHING, … ],      # who is left out for this particular flat
      "tie_break":  ["filed_on"]          # then the application id (always last)
    }

Facts (the ``field`` of criteria and conditions) come from the application
(``FIELDS`` lists them with their Czech names): household_size, children,
pregnancy, has_dependants (a child or pregnancy), needs_barrier_free,
disability, income_per_person_czk, household_income_czk, residence_years,
permanent_residence, ethos (1–13), ethos_group (roofless, houseless, insecure,
inadequate), current_area_m2, current_rooms (rooms of the current flat, Blansko),
area_per_person (m² of the current home per
person), two_households_in_flat, debt_czk (to the town), repayment_plan,
on_benefits, key_profession (text), waiting_years (whole years since filing),
refusals (refusals of offers that count; a criterion or exclusion may limit
them to the last ``months``), requested_category (a flat category value).

CRITERION — every one has ``id`` (unique), ``label`` (Czech), ``type`` and
optional ``min``/``max`` (cap of its points), ``when`` (a CONDITION: the
criterion counts only when it holds; ``when_label`` says in words why it does
not) and ``flat_categories`` (counts only for flats of these categories). Types:

- ``flag``      ``field`` (yes/no), ``points`` when yes
- ``cases``     ``field``, ``cases``: [{"values": [...], "points": n, "label": "…"}],
                ``default`` points (and ``default_label``) when no case matches
- ``bands``     ``field``, ``bands``: [{"min": a, "max": b, "points": n, "label": "…"}]
                (first band with min ≤ value < max; either bound may be left out)
- ``per_unit``  ``field`` (a number), ``points_per_unit`` (may be negative),
                optional ``months`` for ``refusals``
- ``linear``    ``field``, ``base`` + ``per_unit`` × value (Blansko: 360 − 20 × m²/osobu)

CONDITION — ``{"field": …, "op": "==|!=|<|<=|>|>=|in|not_in", "value": …}`` or a
list of them (all must hold). A missing fact (e.g. no ETHOS category) is null:
it equals only null, is in no list (so ``not_in`` holds) and compares as
neither smaller nor larger.

EXCLUSION — ``id``, ``type``:

- ``refusals``  ``max`` refusals within ``months`` → out (Pardubice: two refusals stop)
- ``debt``      debt to the town above ``min_debt_czk``; ``repayment_plan_lifts`` (a
                plan lifts it); ``action``: ``review`` (stays ranked, marked for an
                individual assessment before any offer) or ``exclude`` (bad practice)
- ``condition`` ``when`` a CONDITION holds → out, with ``reason`` (Czech)
- ``expired``   the application's validity ran out and it was not renewed

MATCHING — ``id``, ``type``, optional ``flat_categories``:

- ``category``          ``accepts``: {flat category: [requested categories]}
- ``persons_per_room``  ``min``/``max`` persons per room of the flat
- ``barrier_free``      ``reserve_for_need`` (a barrier-free flat only for those who need
                        it), ``need_requires`` (who needs one gets only a barrier-free flat)
- ``affordability``     rent + services ≤ ``max_pct_of_income`` % of the household's
                        income; ``action`` when it is more: ``review`` (stays ranked,
                        assessed individually) or ``exclude`` (bad practice);
                        ``unknown_income``: ``review`` | ``exclude`` | ``ignore``

``tie_break`` keys (``TIE_BREAK_KEYS``): filed_on (earlier application first),
ethos (more severe housing need first), children_desc, household_size_desc.
The application id always decides last, so the order is total and repeatable.
"""
from __future__ import annotations

import copy
import hashlib
import json
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from models.housing import FlatCategory

from ..errors import ValidationError
from ..i18n import N_, _

FORMAT = "kmb-allocation-rules"
FORMAT_VERSION = 1


@dataclass(frozen=True)
class FieldSpec:
    label: str            # Czech name (N_): _() where shown, Czech in documents
    kind: str             # "bool" | "int" | "number" | "text"
    unit: str = ""        # "rok|roky|let": forms for 1, 2–4 and 5+ (or one form)

    def with_unit(self, number_text: str, value: float) -> str:
        if not self.unit:
            return number_text
        forms = _(self.unit).split("|")
        if len(forms) == 3:
            n = abs(value)
            form = forms[0] if n == 1 else forms[1] if n.is_integer() and 2 <= n <= 4 \
                else forms[2]
        else:
            form = forms[0]
        return f"{number_text} {form}"


FIELDS: dict[str, FieldSpec] = {
    "household_size": FieldSpec(N_("počet členů domácnosti"), "int", N_("osoba|osoby|osob")),
    "children": FieldSpec(N_("nezaopatřené děti"), "int", N_("dítě|děti|dětí")),
    "pregnancy": FieldSpec(N_("těhotenství"), "bool"),
    "has_dependants": FieldSpec(N_("nezaopatřené dítě nebo těhotenství"), "bool"),
    "needs_barrier_free": FieldSpec(N_("potřebuje bezbariérový byt"), "bool"),
    "disability": FieldSpec(N_("zdravotní postižení"), "bool"),
    "income_per_person_czk": FieldSpec(N_("příjem na osobu"), "number", N_("Kč/měs.")),
    "household_income_czk": FieldSpec(N_("příjem domácnosti"), "number", N_("Kč/měs.")),
    "residence_years": FieldSpec(N_("roky pobytu ve městě"), "int", N_("rok|roky|let")),
    "permanent_residence": FieldSpec(N_("trvalý pobyt ve městě"), "bool"),
    "ethos": FieldSpec(N_("bytová situace (ETHOS 1–13)"), "int"),
    "ethos_group": FieldSpec(N_("bytová situace (skupina ETHOS)"), "text"),
    "current_area_m2": FieldSpec(N_("plocha současného bydlení"), "number", N_("m²")),
    "current_rooms": FieldSpec(N_("počet pokojů současného bytu"), "int", N_("pokoj|pokoje|pokojů")),
    "area_per_person": FieldSpec(N_("plocha současného bydlení na osobu"), "number",
                                 N_("m² na osobu")),
    "two_households_in_flat": FieldSpec(N_("dvě domácnosti v jednom bytě"), "bool"),
    "debt_czk": FieldSpec(N_("dluh vůči městu"), "number", N_("Kč")),
    "repayment_plan": FieldSpec(N_("splátkový kalendář"), "bool"),
    "on_benefits": FieldSpec(N_("pobírá dávky"), "bool"),
    "key_profession": FieldSpec(N_("klíčová profese"), "text"),
    "waiting_years": FieldSpec(N_("celé roky od podání žádosti"), "int", N_("rok|roky|let")),
    "refusals": FieldSpec(N_("odmítnuté nabídky"), "int",
                          N_("odmítnutí|odmítnutí|odmítnutí")),
    "requested_category": FieldSpec(N_("žádaná kategorie bytu"), "text"),
}
ETHOS_GROUPS = ("roofless", "houseless", "insecure", "inadequate")
OPS = ("==", "!=", "<", "<=", ">", ">=", "in", "not_in")
CRITERION_TYPES = {
    "flag": N_("ano/ne"),
    "cases": N_("podle hodnoty"),
    "bands": N_("podle pásma"),
    "per_unit": N_("za každou jednotku"),
    "linear": N_("vzorec"),
}
EXCLUSION_TYPES = {
    "refusals": N_("odmítnuté nabídky"),
    "debt": N_("dluh vůči městu"),
    "condition": N_("podmínka"),
    "expired": N_("neobnovená žádost"),
}
MATCHING_TYPES = {
    "category": N_("kategorie bytu"),
    "persons_per_room": N_("osob na pokoj"),
    "barrier_free": N_("bezbariérovost"),
    "affordability": N_("dostupnost nájemného"),
}
TIE_BREAK_KEYS = {
    "filed_on": N_("dřívější podání žádosti"),
    "ethos": N_("vážnější bytová nouze"),
    "children_desc": N_("více nezaopatřených dětí"),
    "household_size_desc": N_("větší domácnost"),
}
CATEGORY_VALUES = tuple(c.value for c in FlatCategory)


@dataclass(frozen=True)
class Problem:
    """An error (the rule set cannot be used) or a warning (it can, but …)."""
    path: str
    message: str
    source: str = ""      # for bad-practice warnings: who criticised it


class RulesInvalid(ValidationError):
    def __init__(self, problems: list[Problem]):
        text = "; ".join(f"{p.path}: {p.message}" if p.path else p.message for p in problems)
        super().__init__(_("Pravidla obsahují chyby – {problems}").format(problems=text),
                         field="body",
                         errors={"body": text})
        self.problems = problems


@dataclass(frozen=True)
class Rules:
    """A validated rule set (``body`` is the normalised JSON object)."""
    body: dict

    @property
    def name(self) -> str:
        return self.body["name"]

    @property
    def version(self) -> int:
        return self.body["version"]

    @property
    def criteria(self) -> list[dict]:
        return self.body["criteria"]

    @property
    def exclusions(self) -> list[dict]:
        return self.body["exclusions"]

    @property
    def matching(self) -> list[dict]:
        return self.body["matching"]

    @property
    def individual_max(self) -> int:
        return self.body["individual"]["max_points"]

    @property
    def requires_justification(self) -> bool:
        return self.body["individual"]["requires_justification"]

    @property
    def validity_months(self) -> int:
        return self.body["validity_months"]

    def to_json(self) -> str:
        return canonical_json(self.body)

    @property
    def sha256(self) -> str:
        return hashlib.sha256(self.to_json().encode()).hexdigest()


def canonical_json(body: dict) -> str:
    return json.dumps(body, ensure_ascii=False, sort_keys=True, separators=(",", ":"))


KEY_ORDER = ["format", "format_version", "name", "version", "description", "source",
             "validity_months", "criteria", "max_total", "individual", "exclusions",
             "matching", "tie_break", "id", "label", "type", "field", "op", "value", "values",
             "points", "points_per_unit", "base", "per_unit", "months", "cases", "bands",
             "default", "default_label", "min", "max", "when", "when_label", "flat_categories",
             "max_points", "requires_justification", "min_debt_czk", "repayment_plan_lifts",
             "action", "reason", "accepts", "reserve_for_need", "need_requires",
             "max_pct_of_income", "unknown_income"]
_RANK = {k: i for i, k in enumerate(KEY_ORDER)}


def pretty_json(body, indent: int = 0) -> str:
    """Readable JSON for the editor: keys in a sensible order, short lists and
    small objects on one line (the shape of the files in resources/rules)."""
    pad, inner = "  " * indent, "  " * (indent + 1)
    if isinstance(body, dict):
        keys = sorted(body, key=lambda k: (_RANK.get(k, len(_RANK)), k))
        flat = "{" + ", ".join(f"{json.dumps(k, ensure_ascii=False)}: "
                               f"{pretty_json(body[k], indent + 1)}" for k in keys) + "}"
        if "\n" not in flat and len(flat) + len(inner) <= 96 and indent > 0:
            return flat
        return "{\n" + ",\n".join(f"{inner}{json.dumps(k, ensure_ascii=False)}: "
                                   f"{pretty_json(body[k], indent + 1)}" for k in keys) \
            + f"\n{pad}}}"
    if isinstance(body, list):
        if all(not isinstance(v, (dict, list)) for v in body):
            return "[" + ", ".join(json.dumps(v, ensure_ascii=False) for v in body) + "]"
        return "[\n" + ",\n".join(f"{inner}{pretty_json(v, indent + 1)}" for v in body) \
            + f"\n{pad}]"
    return json.dumps(body, ensure_ascii=False)


# -- validation ------------------------------------------------------------------------

class _Checker:
    def __init__(self):
        self.problems: list[Problem] = []

    def err(self, path: str, message: str) -> None:
        self.problems.append(Problem(path, message))

    def number(self, obj: dict, key: str, path: str, *, required: bool = True,
               integer: bool = False, lo: float | None = None, hi: float | None = None):
        if key not in obj or obj[key] is None:
            if required:
                self.err(f"{path}.{key}", _("chybí hodnota."))
            return None
        value = obj[key]
        if isinstance(value, bool) or not isinstance(value, (int, float)):
            self.err(f"{path}.{key}", _("„{value}“ není číslo.").format(value=value))
            return None
        if integer and value != int(value):
            self.err(f"{path}.{key}", _("{value} není celé číslo.").format(value=value))
            return None
        if lo is not None and value < lo:
            self.err(f"{path}.{key}", _("musí být nejméně {lo}.").format(lo=lo))
        if hi is not None and value > hi:
            self.err(f"{path}.{key}", _("smí být nejvýše {hi}.").format(hi=hi))
        return int(value) if integer else value

    def text(self, obj: dict, key: str, path: str, *, required: bool = True) -> str | None:
        value = obj.get(key)
        if value is None or (isinstance(value, str) and not value.strip()):
            if required:
                self.err(f"{path}.{key}", _("vyplňte text."))
            return None
        if not isinstance(value, str):
            self.err(f"{path}.{key}", _("má být text."))
            return None
        return value.strip()

    def boolean(self, obj: dict, key: str, path: str, default: bool) -> bool:
        value = obj.get(key, default)
        if not isinstance(value, bool):
            self.err(f"{path}.{key}", _("má být true nebo false."))
            return default
        return value

    def field(self, obj: dict, path: str, kinds: tuple[str, ...] | None = None) -> str | None:
        name = obj.get("field")
        if name not in FIELDS:
            self.err(f"{path}.field", _("neznámý údaj „{name}“ (známé: {join}).")
                .format(name=name, join=', '.join(FIELDS)))
            return None
        if kinds and FIELDS[name].kind not in kinds:
            self.err(f"{path}.field", _("údaj „{name}“ ({label}) se sem nehodí.")
                .format(name=name, label=_(FIELDS[name].label)))
        return name

    def flat_categories(self, obj: dict, path: str) -> None:
        cats = obj.get("flat_categories")
        if cats is None:
            return
        if not isinstance(cats, list) or not cats:
            self.err(f"{path}.flat_categories", _("má být neprázdný seznam kategorií bytů."))
            return
        for c in cats:
            if c not in CATEGORY_VALUES:
                self.err(f"{path}.flat_categories", _("neznámá kategorie bytu „{c}“.").format(c=c))

    def condition(self, cond, path: str) -> None:
        items = cond if isinstance(cond, list) else [cond]
        if not items:
            self.err(path, _("podmínka je prázdná."))
        for i, c in enumerate(items):
            p = f"{path}[{i}]" if isinstance(cond, list) else path
            if not isinstance(c, dict):
                self.err(p, _("podmínka má tvar {\"field\": …, \"op\": …, \"value\": …}."))
                continue
            self.field(c, p)
            op = c.get("op")
            if op not in OPS:
                self.err(f"{p}.op", _("neznámé porovnání „{op}“ (známá: {join}).")
                    .format(op=op, join=' '.join(OPS)))
            elif op in ("in", "not_in") and not isinstance(c.get("value"), list):
                self.err(f"{p}.value", _("pro in / not_in uveďte seznam hodnot."))
            elif op in ("<", "<=", ">", ">=") and (
                    isinstance(c.get("value"), bool)
                    or not isinstance(c.get("value"), (int, float))):
                self.err(f"{p}.value", _("pro porovnání velikosti uveďte číslo."))


def _check_criterion(ck: _Checker, c: dict, path: str) -> None:
    ck.text(c, "id", path)
    ck.text(c, "label", path)
    kind = c.get("type")
    if kind not in CRITERION_TYPES:
        ck.err(f"{path}.type", _("neznámý typ kritéria „{kind}“ (známé: {join}).")
            .format(kind=kind, join=', '.join(CRITERION_TYPES)))
        return
    ck.number(c, "min", path, required=False, integer=True)
    ck.number(c, "max", path, required=False, integer=True)
    if isinstance(c.get("min"), int) and isinstance(c.get("max"), int) and c["min"] > c["max"]:
        ck.err(f"{path}.max", _("horní strop je menší než dolní."))
    if "when" in c:
        ck.condition(c["when"], f"{path}.when")
        ck.text(c, "when_label", path, required=False)
    ck.flat_categories(c, path)
    if kind == "flag":
        ck.field(c, path, ("bool",))
        ck.number(c, "points", path, integer=True)
    elif kind == "cases":
        ck.field(c, path)
        ck.number(c, "default", path, required=False, integer=True)
        cases = c.get("cases")
        if not isinstance(cases, list) or not cases:
            ck.err(f"{path}.cases", _("uveďte aspoň jeden případ."))
            return
        for i, case in enumerate(cases):
            p = f"{path}.cases[{i}]"
            if not isinstance(case, dict):
                ck.err(p, _("případ má tvar {\"values\": [...], \"points\": n, \"label\": …}."))
                continue
            if not isinstance(case.get("values"), list) or not case["values"]:
                ck.err(f"{p}.values", _("uveďte seznam hodnot."))
            elif c.get("field") == "ethos" and any(
                    isinstance(v, bool) or v not in range(1, 14) for v in case["values"]):
                ck.err(f"{p}.values", _("kategorie ETHOS jsou čísla 1 až 13."))
            ck.number(case, "points", p, integer=True)
            ck.text(case, "label", p, required=False)
    elif kind == "bands":
        ck.field(c, path, ("int", "number"))
        bands = c.get("bands")
        if not isinstance(bands, list) or not bands:
            ck.err(f"{path}.bands", _("uveďte aspoň jedno pásmo."))
            return
        for i, band in enumerate(bands):
            p = f"{path}.bands[{i}]"
            if not isinstance(band, dict):
                ck.err(p, _("pásmo má tvar {\"min\": a, \"max\": b, \"points\": n}."))
                continue
            lo = ck.number(band, "min", p, required=False)
            hi = ck.number(band, "max", p, required=False)
            if lo is not None and hi is not None and lo >= hi:
                ck.err(p, _("dolní mez pásma musí být menší než horní."))
            ck.number(band, "points", p, integer=True)
    elif kind == "per_unit":
        ck.field(c, path, ("int", "number"))
        ck.number(c, "points_per_unit", path)
        ck.number(c, "months", path, required=False, integer=True, lo=1)
    elif kind == "linear":
        ck.field(c, path, ("int", "number"))
        ck.number(c, "base", path)
        ck.number(c, "per_unit", path)


def _check_exclusion(ck: _Checker, e: dict, path: str) -> None:
    ck.text(e, "id", path)
    kind = e.get("type")
    if kind not in EXCLUSION_TYPES:
        ck.err(f"{path}.type", _("neznámý typ vyřazení „{kind}“ (známé: {join}).")
            .format(kind=kind, join=', '.join(EXCLUSION_TYPES)))
        return
    if kind == "refusals":
        ck.number(e, "max", path, integer=True, lo=1)
        ck.number(e, "months", path, integer=True, lo=1)
    elif kind == "debt":
        ck.number(e, "min_debt_czk", path, required=False, lo=0)
        ck.boolean(e, "repayment_plan_lifts", path, True)
        if e.get("action", "review") not in ("review", "exclude"):
            ck.err(f"{path}.action", _("akce je „review“ (posoudit individuálně) nebo „exclude“."))
    elif kind == "condition":
        if "when" not in e:
            ck.err(f"{path}.when", _("chybí podmínka."))
        else:
            ck.condition(e["when"], f"{path}.when")
        ck.text(e, "reason", path)


def _check_matching(ck: _Checker, m: dict, path: str) -> None:
    ck.text(m, "id", path)
    kind = m.get("type")
    if kind not in MATCHING_TYPES:
        ck.err(f"{path}.type", _("neznámé pravidlo párování „{kind}“ (známá: {join}).")
            .format(kind=kind, join=', '.join(MATCHING_TYPES)))
        return
    ck.flat_categories(m, path)
    if kind == "category":
        accepts = m.get("accepts")
        if not isinstance(accepts, dict) or not accepts:
            ck.err(f"{path}.accepts", _("uveďte, žádosti kterých kategorií přijímá byt které kategorie."))
            return
        for flat_cat, requested in accepts.items():
            if flat_cat not in CATEGORY_VALUES:
                ck.err(f"{path}.accepts", _("neznámá kategorie bytu „{flat_cat}“.")
                    .format(flat_cat=flat_cat))
            if not isinstance(requested, list) or any(r not in CATEGORY_VALUES for r in requested):
                ck.err(f"{path}.accepts.{flat_cat}", _("má být seznam kategorií žádostí."))
    elif kind == "persons_per_room":
        lo = ck.number(m, "min", path, required=False, lo=0)
        hi = ck.number(m, "max", path, required=False, lo=0)
        if lo is None and hi is None:
            ck.err(path, _("uveďte min nebo max osob na pokoj."))
        if lo is not None and hi is not None and lo > hi:
            ck.err(f"{path}.max", _("max je menší než min."))
    elif kind == "barrier_free":
        ck.boolean(m, "reserve_for_need", path, True)
        ck.boolean(m, "need_requires", path, False)
    elif kind == "affordability":
        ck.number(m, "max_pct_of_income", path, lo=1, hi=100)
        if m.get("action", "exclude") not in ("review", "exclude"):
            ck.err(f"{path}.action", _("akce je „review“ (posoudit individuálně) nebo „exclude“."))
        if m.get("unknown_income", "review") not in ("review", "exclude", "ignore"):
            ck.err(f"{path}.unknown_income", "hodnota je review, exclude nebo ignore.")


def _normalise(body: dict) -> dict:
    out = copy.deepcopy(body)
    out.setdefault("format", FORMAT)
    out.setdefault("format_version", FORMAT_VERSION)
    out.setdefault("description", "")
    out.setdefault("source", "")
    out.setdefault("validity_months", 12)
    out.setdefault("max_total", None)
    out.setdefault("criteria", [])
    out.setdefault("exclusions", [])
    out.setdefault("matching", [])
    out.setdefault("tie_break", ["filed_on"])
    ind = out.setdefault("individual", {})
    if isinstance(ind, dict):
        ind.setdefault("max_points", 0)
        ind.setdefault("requires_justification", True)
    for e in out["exclusions"] if isinstance(out["exclusions"], list) else []:
        if isinstance(e, dict) and e.get("type") == "debt":
            e.setdefault("action", "review")
            e.setdefault("repayment_plan_lifts", True)
            e.setdefault("min_debt_czk", 0)
    for m in out["matching"] if isinstance(out["matching"], list) else []:
        if isinstance(m, dict) and m.get("type") == "affordability":
            m.setdefault("unknown_income", "review")
            # rule sets written before the action existed excluded (kept, and warned)
            m.setdefault("action", "exclude")
        if isinstance(m, dict) and m.get("type") == "barrier_free":
            m.setdefault("reserve_for_need", True)
            m.setdefault("need_requires", False)
    return out


def check(body: Any) -> list[Problem]:
    """Every error of a rule-set body (empty list: usable)."""
    ck = _Checker()
    if not isinstance(body, dict):
        return [Problem("", _("Pravidla musí být objekt JSON ({ … })."))]
    body = _normalise(body)
    if body.get("format") != FORMAT:
        ck.err("format", _("nejde o pravidla KMB Desk (očekáváno „{FORMAT}“).")
            .format(FORMAT=FORMAT))
    if body.get("format_version") != FORMAT_VERSION:
        ck.err("format_version", _("tato verze aplikace zná formát {FORMAT_VERSION}.")
            .format(FORMAT_VERSION=FORMAT_VERSION))
    ck.text(body, "name", "")
    ck.number(body, "version", "", integer=True, lo=1)
    ck.number(body, "validity_months", "", integer=True, lo=1, hi=120)
    ck.number(body, "max_total", "", required=False, integer=True)
    for key, checker in (("criteria", _check_criterion), ("exclusions", _check_exclusion),
                         ("matching", _check_matching)):
        items = body.get(key)
        if not isinstance(items, list):
            ck.err(key, _("má být seznam."))
            continue
        seen: set[str] = set()
        for i, item in enumerate(items):
            path = f"{key}[{i}]"
            if not isinstance(item, dict):
                ck.err(path, _("má být objekt { … }."))
                continue
            checker(ck, item, path)
            ident = item.get("id")
            if isinstance(ident, str):
                if ident in seen:
                    ck.err(f"{path}.id", f"id „{ident}“ se opakuje.")
                seen.add(ident)
    if not body["criteria"]:
        ck.err("criteria", _("uveďte aspoň jedno kritérium."))
    ind = body.get("individual")
    if not isinstance(ind, dict):
        ck.err("individual", _("má být objekt {\"max_points\": n, \"requires_justification\": true}."))
    else:
        ck.number(ind, "max_points", "individual", integer=True, lo=0, hi=1000)
        ck.boolean(ind, "requires_justification", "individual", True)
    tb = body.get("tie_break")
    if not isinstance(tb, list) or any(k not in TIE_BREAK_KEYS for k in tb):
        ck.err("tie_break", f"seznam z: {', '.join(TIE_BREAK_KEYS)}.")
    # paths read better without a leading dot
    return [Problem(p.path.lstrip("."), p.message) for p in ck.problems]


def parse(body: Any) -> Rules:
    """A usable rule set, or RulesInvalid listing every problem."""
    if isinstance(body, (str, bytes)):
        body = loads(body)
    problems = check(body)
    if problems:
        raise RulesInvalid(problems)
    return Rules(_normalise(body))


def loads(text: str | bytes) -> Any:
    try:
        return json.loads(text)
    except json.JSONDecodeError as exc:
        raise RulesInvalid([Problem(_("řádek {lineno}, sloupec {colno}")
            .format(lineno=exc.lineno, colno=exc.colno),
                                    _("text není platný JSON ({msg}).")
                                        .format(msg=exc.msg))]) from None


# -- bad practice ------------------------------------------------------------------------

OMBUDSMAN = N_("Veřejný ochránce práv")
MV = N_("Ministerstvo vnitra (metodické doporučení k pronájmu obecních bytů)")
# Reports of the Ombudsman on minimum-income conditions for municipal flats
VOP_INCOME = N_("Veřejný ochránce práv, sp. zn. 5683/2023 a 2266/2019")
ANTIDISCRIMINATION = N_("zákon č. 198/2009 Sb. (antidiskriminační zákon)")


def _sources(*names: str, sep: str = ", ") -> str:
    return sep.join(_(n) for n in names)

FAMILY_FIELDS = {"children", "has_dependants", "pregnancy", "household_size"}
DISABILITY_FIELDS = {"disability", "needs_barrier_free"}
INCOME_FIELDS = {"income_per_person_czk", "household_income_czk"}
LONG_RESIDENCE_YEARS = 5       # points that still grow after this many years favour old-timers


def _conditions(cond) -> list[dict]:
    items = cond if isinstance(cond, list) else [cond]
    return [c for c in items if isinstance(c, dict)]


def _fields_in(cond) -> set[str]:
    return {c.get("field") for c in _conditions(cond)}


def _is_requirement_of(cond, field: str) -> bool:
    """Does an exclusion condition leave out those WITHOUT ``field`` (or with it)?"""
    return field in _fields_in(cond)


def _excludes_low(cond, fields: set[str]) -> bool:
    """An exclusion that leaves out those BELOW a value of one of ``fields``."""
    return any(c.get("field") in fields and c.get("op") in ("<", "<=")
               for c in _conditions(cond))


def _excludes_refusal(cond) -> bool:
    """A condition true after a single refusal (refusals ≥ 1, > 0, != 0)."""
    for c in _conditions(cond):
        if c.get("field") != "refusals":
            continue
        op, v = c.get("op"), c.get("value")
        if isinstance(v, bool) or not isinstance(v, (int, float)):
            continue
        if (op == ">=" and v <= 1) or (op == ">" and v < 1) or (op in ("!=",) and v == 0) \
                or (op == "==" and v == 1):
            return True
    return False


def _points_at(c: dict, value) -> int | None:
    """The points a criterion gives for one value of its fact (its caps included)."""
    from .engine import _explainer
    try:
        raw = _explainer(c)(value)[0]
    except (KeyError, TypeError, ValueError):
        return None
    if c.get("max") is not None:
        raw = min(raw, c["max"])
    if c.get("min") is not None:
        raw = max(raw, c["min"])
    return raw


def _family_penalty(c: dict) -> bool:
    """Fewer points for a child, a pregnancy or a larger household."""
    if c.get("field") not in FAMILY_FIELDS:
        return False
    kind = c.get("type")
    if kind == "flag":
        return (c.get("points") or 0) < 0
    if kind == "per_unit":
        return (c.get("points_per_unit") or 0) < 0
    if kind == "linear":
        return (c.get("per_unit") or 0) < 0
    if kind == "cases":
        return any((case.get("points") or 0) < 0 for case in c.get("cases") or []
                   if isinstance(case, dict) and case.get("values") not in ([0], [False]))
    if kind == "bands":
        return any((b.get("points") or 0) < 0 for b in c.get("bands") or []
                   if isinstance(b, dict))
    return False


def bad_practice(rules: Rules | dict) -> list[Problem]:
    """Warnings for rules that the Ministry of the Interior or the Ombudsman
    has called bad practice (the rule set still works; the editor shows them).
    Each warning names its source."""
    body = rules.body if isinstance(rules, Rules) else _normalise(rules)
    out: list[Problem] = []
    for i, e in enumerate(body.get("exclusions") or []):
        if not isinstance(e, dict):
            continue
        path = f"exclusions[{i}]"
        if e.get("type") == "debt" and e.get("action") == "exclude":
            out.append(Problem(path, (
                _("Dlužníci jsou vyřazeni automaticky, bez individuálního posouzení. Dluh má "
                "vést k posouzení situace (splátky, příčina dluhu), ne k plošnému vyloučení; "
                "použijte akci „review“.")), _sources(OMBUDSMAN, MV)))
        if e.get("type") == "refusals" and e.get("max") == 1:
            out.append(Problem(path, (
                _("Žádost se vyřazuje už po jednom odmítnutí. Odmítnout nevhodný byt (velikost, "
                "bariéry, lokalita, vzdálenost od školy či práce) je legitimní; vyřazení má "
                "přijít nejdřív po opakovaném neodůvodněném odmítnutí.")), _sources(OMBUDSMAN, MV)))
        if e.get("type") != "condition":
            continue
        cond = e.get("when")
        fields = _fields_in(cond)
        if _is_requirement_of(cond, "permanent_residence") or _is_requirement_of(
                cond, "residence_years"):
            out.append(Problem(path, (
                _("Podmínka trvalého pobytu (nebo délky pobytu) ve městě vylučuje lidi "
                "v bytové nouzi, kteří trvalý pobyt mít nemohou (ubytovny, azylové domy). "
                "Pobyt ve městě může nanejvýš přidávat body.")), _sources(OMBUDSMAN, MV)))
        if _is_requirement_of(cond, "on_benefits"):
            out.append(Problem(path, (
                _("Vyloučení lidí, kteří pobírají dávky, je nepřímá diskriminace; "
                "dávky na bydlení naopak nájem zajišťují.")), _sources(OMBUDSMAN, MV)))
        if _excludes_low(cond, INCOME_FIELDS):
            out.append(Problem(path, (
                _("Minimální příjem jako podmínka vylučuje právě domácnosti s nejnižšími "
                "příjmy, kterým jsou obecní byty určeny; schopnost platit nájem posuďte "
                "individuálně (dávky na bydlení, garance, splátky).")), _(VOP_INCOME)))
        if fields & DISABILITY_FIELDS:
            out.append(Problem(path, (
                _("Vyřazení podle zdravotního postižení (nebo potřeby bezbariérového bytu) je "
                "přímá diskriminace.")), _sources(ANTIDISCRIMINATION, OMBUDSMAN, sep="; ")))
        if fields & FAMILY_FIELDS:
            out.append(Problem(path, (
                _("Vyřazení podle počtu dětí, těhotenství nebo velikosti domácnosti "
                "znevýhodňuje rodiny s dětmi; velikost bytu řeší pravidlo párování „osob na "
                "pokoj“, ne vyřazení z pořadí.")), _sources(ANTIDISCRIMINATION, OMBUDSMAN, MV, sep="; ")))
        if fields & {"debt_czk", "repayment_plan"}:
            out.append(Problem(path, (
                _("Absolutní podmínka bezdlužnosti vyřazuje i toho, kdo dluh splácí nebo ho "
                "nezavinil. Dluh posuďte individuálně (vyřazení typu „dluh“ s akcí "
                "„review“).")), _sources(OMBUDSMAN, MV)))
        if _excludes_refusal(cond):
            out.append(Problem(path, (
                _("Podmínka vyřazuje žádost už po jednom odmítnutí nabídky; odmítnout "
                "nevhodný byt je legitimní.")), _sources(OMBUDSMAN, MV)))
    for i, c in enumerate(body.get("criteria") or []):
        if not isinstance(c, dict):
            continue
        path = f"criteria[{i}]"
        if c.get("field") == "on_benefits" and _negative(c):
            out.append(Problem(path, (
                _("Kritérium ubírá body lidem, kteří pobírají dávky – to je nepřímá "
                "diskriminace.")), _sources(OMBUDSMAN, MV)))
        if "when" in c and "on_benefits" in _fields_in(c["when"]):
            out.append(Problem(path, (
                _("Body závisí na tom, zda žadatel pobírá dávky – to je nepřímá "
                "diskriminace.")), _sources(OMBUDSMAN, MV)))
        if _family_penalty(c):
            out.append(Problem(path, (
                _("Kritérium ubírá body za dítě, těhotenství nebo větší domácnost – "
                "znevýhodňuje rodiny s dětmi.")), _sources(ANTIDISCRIMINATION, OMBUDSMAN, sep="; ")))
        if c.get("field") in DISABILITY_FIELDS and _negative(c):
            out.append(Problem(path, (
                _("Kritérium ubírá body za zdravotní postižení – to je přímá "
                "diskriminace.")), _sources(ANTIDISCRIMINATION, OMBUDSMAN, sep="; ")))
        if c.get("field") == "residence_years":
            at_limit = _points_at(c, LONG_RESIDENCE_YEARS)
            at_long = _points_at(c, 4 * LONG_RESIDENCE_YEARS)
            if at_limit is not None and at_long is not None and at_long > at_limit:
                out.append(Problem(path, (
                    _("Body za pobyt ve městě rostou i po {years} letech "
                      "({at_limit} bodů po {years} letech, {at_long} po {later}): "
                      "velmi dlouhý pobyt zvýhodňuje starousedlíky před lidmi v akutní bytové "
                      "nouzi.").format(years=LONG_RESIDENCE_YEARS, at_limit=at_limit, at_long=at_long,
                                later=4 * LONG_RESIDENCE_YEARS)),
                    _sources(OMBUDSMAN, MV)))
    for i, m in enumerate(body.get("matching") or []):
        if not isinstance(m, dict) or m.get("type") != "affordability":
            continue
        if m.get("unknown_income") == "exclude":
            out.append(Problem(f"matching[{i}]", (
                _("Žádost bez doloženého příjmu se vyřazuje automaticky; příjem lze doplnit "
                "nebo posoudit individuálně (akce „review“).")), _(OMBUDSMAN)))
        if m.get("action") == "exclude":
            out.append(Problem(f"matching[{i}]", (
                _("Domácnost, jejíž nájem by přesáhl stanovený podíl příjmu, je vyřazena "
                "automaticky – fakticky jde o podmínku minimálního příjmu. Dostupnost "
                "posuďte individuálně (akce „review“): dávky na bydlení, garance.")),
                _(VOP_INCOME)))
    ind = body.get("individual") or {}
    if isinstance(ind, dict) and ind.get("max_points") and not ind.get(
            "requires_justification", True):
        out.append(Problem("individual", (
            _("Individuální body bez písemného odůvodnění nejsou předvídatelné ani "
            "přezkoumatelné (kritika brněnských městských částí).")), _(OMBUDSMAN)))
    return out


def _negative(c: dict) -> bool:
    if c.get("type") == "flag":
        return (c.get("points") or 0) < 0
    if c.get("type") == "cases":
        return any((case.get("points") or 0) < 0 for case in c.get("cases") or []
                   if isinstance(case, dict) and True in (case.get("values") or []))
    return False


# -- shipped rule sets -----------------------------------------------------------------

DEFAULT_FILE = "bodovy-system.json"


def rules_dir() -> Path:
    from resources import path as resource_path
    return resource_path("rules")


def shipped() -> dict[str, Rules]:
    """The example rule sets in resources/rules, by file name."""
    out = {}
    for p in sorted(rules_dir().glob("*.json")):
        out[p.name] = parse(p.read_text(encoding="utf-8"))
    return out


def default_rules() -> Rules:
    """The rule set used until a town adopts its own (resources/rules/bodovy-system.json)."""
    return parse((rules_dir() / DEFAULT_FILE).read_text(encoding="utf-8"))


# -- import and export -------------------------------------------------------------------

def read_file(path) -> str:
    """A rule set's JSON from a file (checked later, like typed JSON)."""
    try:
        return Path(path).read_text(encoding="utf-8")
    except UnicodeDecodeError:
        raise ValidationError(_("Soubor není text v kódování UTF-8 – pravidla se ukládají "
                              "jako JSON."), field="body") from None
    except OSError as exc:
        raise ValidationError(_("Soubor nelze přečíst: {v1}.").format(v1=exc.strerror or exc),
                              field="body") from None


def write_file(rules: Rules, path) -> None:
    """A usable rule set as readable JSON (the shape of resources/rules)."""
    try:
        Path(path).write_text(pretty_json(rules.body) + "\n", encoding="utf-8")
    except OSError as exc:
        raise ValidationError(_("Soubor nelze uložit: {v1}.").format(v1=exc.strerror or exc),
                              field="body") from None
