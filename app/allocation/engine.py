"""The scoring engine: pure functions over plain fact dataclasses.

No database, no clock: ``compile_rules`` turns a validated rule set (see
``rules``) into closures once; ``rank`` scores every application for one
flat, explains every point and every exclusion, and returns a total order
(points, then the rule set's tie-break keys, then the application id), so
the same facts always give the same ranking whatever order they came in.
"""
from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field
from decimal import ROUND_HALF_UP, Decimal
from itertools import compress
from operator import attrgetter, itemgetter, neg
from typing import Any, Callable, Iterable, NamedTuple, Sequence

from .rules import FIELDS, TIE_BREAK_KEYS, Rules
from ..i18n import N_, _


@dataclass(slots=True)
class Facts:
    """What the rules may look at for one application (money in haléře)."""
    id: str
    filed_on: dt.date
    requested_category: str                  # FlatCategory value
    household_size: int = 1
    children: int = 0
    pregnancy: bool = False
    needs_barrier_free: bool = False
    disability: bool = False
    income_per_person_hal: int | None = None
    household_income_hal: int | None = None
    residence_years: int = 0
    permanent_residence: bool = False
    ethos: int | None = None
    current_area_m2: float | None = None
    two_households_in_flat: bool = False
    debt_hal: int = 0
    repayment_plan: bool = False
    on_benefits: bool = False
    key_profession: str | None = None
    valid_until: dt.date | None = None
    individual_points: int = 0
    individual_justification: str | None = None
    refusal_dates: tuple[dt.date, ...] = ()  # refusals that count (not justified)
    refused_flat_ids: frozenset[str] = frozenset()
    busy_flat_id: str | None = None          # a pending or accepted offer of another flat
    current_rooms: int | None = None         # rooms of the flat the household lives in now
    active_lease: str | None = None          # a running lease of a municipal flat (its title)
    programmes: frozenset[str] = frozenset()  # programmes of the household's open cases


@dataclass(frozen=True, slots=True)
class TargetGroup:
    """Whom a grant-funded flat (IROP, ITI …) may go to while its sustainability
    period lasts: a household meeting any one of the conditions that are set.
    The caller passes it only on days the period binds (the day of the offer)."""
    source: str
    until: dt.date | None = None
    ethos: frozenset[int] = frozenset()
    programme_id: str | None = None
    programme_name: str | None = None
    income_limit_hal: int | None = None      # monthly income per person, below

    def conditions(self) -> list[str]:
        out = []
        if self.ethos:
            out.append(_("v kategoriích ETHOS {ranges}").format(ranges=_ranges(self.ethos)))
        if self.programme_id:
            out.append(_("zařazeným do programu „{name}“").format(
                name=self.programme_name or self.programme_id))
        if self.income_limit_hal is not None:
            out.append(_("s příjmem pod {czk} Kč na osobu").format(
                czk=fmt_num(self.income_limit_hal / 100)))
        return out

    def describe(self) -> str:
        """"Byt z dotace IROP, udržitelnost do 31. 12. 2031: jen domácnostem …"."""
        d = self.until
        until = (_(", udržitelnost do {day}. {month}. {year}").format(
            day=d.day, month=d.month, year=d.year) if d else "")
        conditions = self.conditions()
        who = (_(": jen domácnostem ") + _either(conditions)) if conditions else ""
        return _("byt z dotace {source}{until}{who}").format(source=self.source, until=until,
                                                             who=who)

    def refuses(self, f: Facts) -> str | None:
        """The reason a household is out, or None. The reason names the rule,
        not the household's own ETHOS or income (roles without special
        categories read exclusion reasons too)."""
        conditions = self.conditions()
        if not conditions:
            return None
        if f.ethos is not None and f.ethos in self.ethos:
            return None
        if self.programme_id and self.programme_id in f.programmes:
            return None
        if self.income_limit_hal is not None:
            income = f.income_per_person_hal
            if income is None and f.household_income_hal is not None:
                income = f.household_income_hal // max(f.household_size, 1)
            if income is not None and income < self.income_limit_hal:
                return None
        return _("{describe}; domácnost žádnou z podmínek nesplňuje").format(
            describe=self.describe())


def _ranges(values) -> str:
    """{1, 2, 3, 5} → "1–3, 5"."""
    nums, parts = sorted(values), []
    start = prev = nums[0]
    for n in nums[1:] + [None]:
        if n is not None and n == prev + 1:
            prev = n
            continue
        parts.append(str(start) if start == prev else f"{start}–{prev}")
        if n is not None:
            start = prev = n
    return ", ".join(parts)


def _either(items: list[str]) -> str:
    return items[0] if len(items) == 1 else ", ".join(items[:-1]) + _(" nebo ") + items[-1]


@dataclass(frozen=True, slots=True)
class FlatFacts:
    id: str
    category: str                            # FlatCategory value
    rooms: int
    barrier_free: bool = False
    rent_hal: int = 0
    services_hal: int = 0
    target: TargetGroup | None = None        # a grant's target group, while it binds


class Line(NamedTuple):
    """One criterion's points for one application, with the reason in words."""
    id: str
    label: str
    points: int
    detail: str


class Individual(NamedTuple):
    """The bounded discretionary adjustment, shown apart from the criteria."""
    requested: int
    points: int             # what counts (0 when not allowed or not justified)
    justification: str | None
    note: str               # why it counts less than requested, if it does


class Reason(NamedTuple):
    rule: str               # id of the exclusion / matching rule (or a built-in)
    text: str


class Scored(NamedTuple):
    id: str
    rank: int
    total: int
    criteria_points: int
    lines: tuple[Line, ...]
    individual: Individual | None
    reviews: tuple[str, ...]    # to assess individually before an offer
    tie_note: str               # which tie-break decided against the one above


class Left(NamedTuple):
    """An application left out of the ranking, with every reason."""
    id: str
    reasons: tuple[Reason, ...]


@dataclass(frozen=True)
class Ranking:
    ranked: tuple[Scored, ...]
    excluded: tuple[Left, ...]

    def position(self, application_id: str) -> Scored | None:
        return next((s for s in self.ranked if s.id == application_id), None)


# -- reading facts -------------------------------------------------------------------------

def whole_years(start: dt.date, today: dt.date) -> int:
    years = today.year - start.year - ((today.month, today.day) < (start.month, start.day))
    return max(years, 0)


def months_before(today: dt.date, months: int) -> dt.date:
    y, m = divmod(today.year * 12 + today.month - 1 - months, 12)
    day = min(today.day, [31, 29 if y % 4 == 0 and (y % 100 or y % 400 == 0) else 28,
                          31, 30, 31, 30, 31, 31, 30, 31, 30, 31][m])
    return dt.date(y, m + 1, day)


def _ethos_group(n: int | None) -> str | None:
    if n is None:
        return None
    return ("roofless" if n <= 2 else "houseless" if n <= 7 else "insecure" if n <= 10
            else "inadequate")


_GETTERS: dict[str, Callable[[Facts, dt.date], Any]] = {
    "household_size": lambda f, t: f.household_size,
    "children": lambda f, t: f.children,
    "pregnancy": lambda f, t: f.pregnancy,
    "has_dependants": lambda f, t: f.children > 0 or f.pregnancy,
    "needs_barrier_free": lambda f, t: f.needs_barrier_free,
    "disability": lambda f, t: f.disability,
    "income_per_person_czk": lambda f, t: (None if f.income_per_person_hal is None
                                           else f.income_per_person_hal / 100),
    "household_income_czk": lambda f, t: (None if f.household_income_hal is None
                                          else f.household_income_hal / 100),
    "residence_years": lambda f, t: f.residence_years,
    "permanent_residence": lambda f, t: f.permanent_residence,
    "ethos": lambda f, t: f.ethos,
    "ethos_group": lambda f, t: _ethos_group(f.ethos),
    "current_area_m2": lambda f, t: f.current_area_m2,
    "current_rooms": lambda f, t: f.current_rooms,
    "area_per_person": lambda f, t: (None if f.current_area_m2 is None
                                     else f.current_area_m2 / max(f.household_size, 1)),
    "two_households_in_flat": lambda f, t: f.two_households_in_flat,
    "debt_czk": lambda f, t: f.debt_hal / 100,
    "repayment_plan": lambda f, t: f.repayment_plan,
    "on_benefits": lambda f, t: f.on_benefits,
    "key_profession": lambda f, t: f.key_profession or None,
    "waiting_years": lambda f, t: whole_years(f.filed_on, t),
    "refusals": lambda f, t: len(f.refusal_dates),
    "requested_category": lambda f, t: f.requested_category,
}
assert set(_GETTERS) == set(FIELDS)


_DIRECT = {"household_size", "children", "pregnancy", "needs_barrier_free", "disability",
           "residence_years", "permanent_residence", "ethos", "current_area_m2", "current_rooms",
           "two_households_in_flat", "repayment_plan", "on_benefits", "requested_category"}


def _getter(name: str, today: dt.date, months: int | None = None):
    if name == "refusals" and months:
        since = months_before(today, months)
        return lambda f: sum(1 for d in f.refusal_dates if d > since) if f.refusal_dates else 0
    if name in _DIRECT:
        return attrgetter(name)
    g = _GETTERS[name]
    return lambda f: g(f, today)


def fmt_num(value) -> str:
    """12 → "12", 8.25 → "8,25", 7.4666 → "7,47" (Czech decimal comma, at most
    two decimals: the figure shown is the figure the points are computed from)."""
    if value is None:
        return "—"
    if isinstance(value, bool):
        return _("ano") if value else _("ne")
    if isinstance(value, Decimal):
        value = float(value) if value != value.to_integral_value() else int(value)
    if isinstance(value, float) and not value.is_integer():
        text = f"{Decimal(repr(value)).quantize(Decimal('0.01'), ROUND_HALF_UP):f}"
        text = text.rstrip("0").rstrip(".").replace(".", ",")
    else:
        text = f"{int(value):,}".replace(",", "\u00a0")
    return text.replace("-", "−")


def _pts(n: int) -> str:
    return f"{'+' if n > 0 else ''}{n}".replace("-", "−")


def _value_text(name: str, value) -> str:
    if value is None:
        return _("neuvedeno")
    spec = FIELDS[name]
    if spec.kind == "bool":
        return _("ano") if value else _("ne")
    if spec.kind == "text":
        return str(value)
    if name == "ethos":
        return f"ETHOS {value}"
    return spec.with_unit(fmt_num(value), float(value))


# -- conditions ----------------------------------------------------------------------------

def _compile_condition(cond, today: dt.date) -> tuple[Callable[[Facts], bool], str]:
    items = cond if isinstance(cond, list) else [cond]
    tests, words = [], []
    for c in items:
        get = _getter(c["field"], today, c.get("months"))
        op, want = c["op"], c.get("value")
        tests.append(_comparison(get, op, want))
        shown = ", ".join(map(str, want)) if isinstance(want, list) else (
            _("neuvedeno") if want is None else _value_text(c["field"], want))
        op_word = {"==": _("je"), "!=": _("není"), "<": "<", "<=": "≤", ">": ">", ">=": "≥",
                   "in": _("je jedno z"), "not_in": _("není z")}[op]
        words.append(f"{_(FIELDS[c['field']].label)} {op_word} {shown}")
    if len(tests) == 1:
        return tests[0], words[0]
    return (lambda f: all(t(f) for t in tests)), _(" a ").join(words)


def _comparison(get, op: str, want):
    if op == "==":
        return lambda f: get(f) == want
    if op == "!=":
        return lambda f: get(f) != want
    if op == "in":
        allowed = set(want)
        return lambda f: get(f) in allowed
    if op == "not_in":
        allowed = set(want)
        return lambda f: get(f) not in allowed
    cmp = {"<": float.__lt__, "<=": float.__le__, ">": float.__gt__, ">=": float.__ge__}[op]
    limit = float(want)

    def test(f):
        v = get(f)
        return v is not None and cmp(float(v), limit)
    return test


# -- criteria ------------------------------------------------------------------------------

Explain = Callable[[Any], tuple[int, str]]     # value -> (points, reason)


def _explainer(c: dict) -> Explain:
    """(points, reason in words) for one value of the criterion's fact."""
    kind, name = c["type"], c["field"]
    if kind == "flag":
        points = c["points"]
        yes, no = _("ano"), _("ne")
        return lambda v: (points, yes) if v else (0, no)
    if kind == "cases":
        table: dict = {}
        for case in c["cases"]:
            for v in case["values"]:
                table.setdefault(v, (case["points"], case.get("label")))
        default = c.get("default") or 0
        default_label = c.get("default_label")

        def cases(v):
            hit = table.get(v)
            shown = _value_text(name, v)
            if hit is None:
                if v is None or not default_label:
                    return default, shown
                return default, f"{shown} – {default_label}"
            return hit[0], f"{shown} – {hit[1]}" if hit[1] and hit[1] != shown else shown
        return cases
    if kind == "bands":
        bands = [(b.get("min"), b.get("max"), b["points"], b.get("label")) for b in c["bands"]]

        def banded(v):
            if v is None:
                return 0, _("údaj chybí")
            for lo, hi, points, label in bands:
                if (lo is None or v >= lo) and (hi is None or v < hi):
                    shown = _value_text(name, v)
                    words = label or _band_words(lo, hi)
                    return points, shown if words == shown else f"{shown} ({words})"
            return 0, _("{value} (mimo pásma)").format(value=_value_text(name, v))
        return banded
    if kind == "per_unit":
        per = c["points_per_unit"]

        def per_unit(v):
            if not v:
                return 0, _value_text(name, v)
            return round(v * per), f"{_value_text(name, v)} × {fmt_num(per)}"
        return per_unit
    base, per = Decimal(repr(c["base"])), Decimal(repr(c["per_unit"]))     # linear
    sign = "−" if per < 0 else "+"

    def linear(v):
        # exact decimal arithmetic on the value as shown (two decimals): the line
        # reads "360 − 20 × 7,45 = 211", never a rounded 7,5
        if v is None:
            return 0, _("údaj chybí")
        shown = _two_places(v)
        raw = base + per * shown
        points = int(raw.to_integral_value(ROUND_HALF_UP))
        result = fmt_num(raw) if raw == points else f"{fmt_num(raw)} ≈ {points}"
        return (points, f"{_value_text(name, shown)}: {fmt_num(base)} {sign} "
                        f"{fmt_num(abs(per))} × {fmt_num(shown)} = {result}".replace("-", "−"))
    return linear


def _two_places(v) -> Decimal:
    return Decimal(repr(float(v))).quantize(Decimal("0.01"), ROUND_HALF_UP)


def _band_words(lo, hi) -> str:
    if lo is not None and hi is not None:
        return _("od {lo} do {hi}").format(lo=fmt_num(lo), hi=fmt_num(hi))
    if lo is not None:
        return _("od {lo}").format(lo=fmt_num(lo))
    return _("pod {hi}").format(hi=fmt_num(hi))


def _criterion(c: dict, today: dt.date) -> tuple[Callable[[Facts], Line],
                                                  Callable[[list[Facts]], list[Line]]]:
    """(facts -> Line, [facts] -> [Line]) of one criterion: the condition, the
    caps and the words included; the second scores a whole column at once.

    Lines are memoised by the fact's value: thousands of applications share
    a few values (years, yes/no, categories), so most lines are reused."""
    ident, label = c["id"], c["label"]
    get = _getter(c["field"], today, c.get("months"))
    explain = _explainer(c)
    lo, hi = c.get("min"), c.get("max")
    memo: dict = {}

    def make(v) -> Line:
        raw, detail = explain(v)
        # a formula line already ends with its result ("… = −5"): not twice
        result = "" if detail.endswith((f"= {fmt_num(raw)}", f"≈ {fmt_num(raw)}")) \
            else f" = {_pts(raw)}"
        if hi is not None and raw > hi:
            line = Line(ident, label, hi, _("{detail}{result}, strop {pts}").format(
                detail=detail, result=result, pts=_pts(hi)))
        elif lo is not None and raw < lo:
            line = Line(ident, label, lo, _("{detail}{result}, nejméně {pts}").format(
                detail=detail, result=result, pts=_pts(lo)))
        else:
            line = Line(ident, label, raw, detail)
        if len(memo) < 4096:
            memo[v] = line
        return line

    def line(f: Facts) -> Line:
        v = get(f)
        hit = memo.get(v)
        return make(v) if hit is None else hit

    def column(fs: list[Facts]) -> list[Line]:
        values = list(map(get, fs))
        found = memo.get
        out = [found(v) for v in values]
        for i, hit in enumerate(out):
            if hit is None:
                out[i] = found(values[i]) or make(values[i])
        return out

    if "when" not in c:
        return line, column
    when, words = _compile_condition(c["when"], today)
    skipped = Line(ident, label, 0, _("nepočítá se – ") + (
        c.get("when_label") or _("neplatí: {words}").format(words=words)))

    def column_when(fs: list[Facts]) -> list[Line]:
        return [ln if ok else skipped for ln, ok in zip(column(fs), map(when, fs))]
    return (lambda f: line(f) if when(f) else skipped), column_when


@dataclass
class _Criterion:
    id: str
    label: str
    line: Callable[[Facts], Line]
    column: Callable[[list[Facts]], list[Line]]
    categories: frozenset[str] | None


@dataclass
class _Rule:
    id: str
    categories: frozenset[str] | None
    check: Callable      # (facts[, flat]) -> str | None  (reason) ; reviews via kind
    review: bool = False
    # the facts the outcome depends on (None: any of them): a ranking asks the
    # rule once per distinct key, not once per application
    key: Callable[[Facts], Any] | None = None


class _Check(NamedTuple):
    """One test an application passes for a flat, in the order reasons are listed:
    ``outcome(facts)`` is None, or (True, text to assess individually) or
    (False, Reason to leave it out)."""
    outcome: Callable[[Facts], tuple[bool, Any] | None]
    key: Callable[[Facts], Any] | None


@dataclass
class Compiled:
    rules: Rules
    today: dt.date
    criteria: list[_Criterion] = field(default_factory=list)
    exclusions: list[_Rule] = field(default_factory=list)
    matching: list[_Rule] = field(default_factory=list)
    tie_keys: list[tuple[str, Callable[[Facts], Any]]] = field(default_factory=list)
    max_total: int | None = None
    individual_max: int = 0
    requires_justification: bool = True

    def matching_for(self, flat_category: str) -> list[_Rule]:
        return [r for r in self.matching
                if r.categories is None or flat_category in r.categories]

    def for_flat(self, flat_category: str | None) -> list[_Criterion]:
        return [cr for cr in self.criteria
                if cr.categories is None or (flat_category is not None
                                             and flat_category in cr.categories)]

    def lines_for(self, flat_category: str | None) -> list[Callable[[Facts], Line]]:
        return [cr.line for cr in self.for_flat(flat_category)]


def compile_rules(rules: Rules, today: dt.date) -> Compiled:
    """Turn the rule set into closures once (facts are then only read)."""
    out = Compiled(rules, today, max_total=rules.body.get("max_total"),
                   individual_max=rules.individual_max,
                   requires_justification=rules.requires_justification)
    for c in rules.criteria:
        cats = frozenset(c["flat_categories"]) if c.get("flat_categories") else None
        out.criteria.append(_Criterion(c["id"], c["label"], *_criterion(c, today), cats))
    for e in rules.exclusions:
        out.exclusions.append(_exclusion(e, today))
    for m in rules.matching:
        out.matching.append(_matching(m))
    for key in rules.body["tie_break"]:
        out.tie_keys.append((key, _TIE[key]))
    return out


_TIE: dict[str, Callable[[Facts], Any]] = {
    "filed_on": lambda f: f.filed_on.toordinal(),
    "ethos": lambda f: f.ethos if f.ethos is not None else 99,
    "children_desc": lambda f: -f.children,
    "household_size_desc": lambda f: -f.household_size,
}
assert set(_TIE) == set(TIE_BREAK_KEYS)


def _exclusion(e: dict, today: dt.date) -> _Rule:
    kind, ident = e["type"], e["id"]
    if kind == "refusals":
        limit, months = e["max"], e["months"]
        since = months_before(today, months)

        def refusals(f: Facts):
            if not f.refusal_dates:
                return None
            recent = sorted(d for d in f.refusal_dates if d > since)
            if len(recent) >= limit:
                dates = ", ".join(f"{d.day}. {d.month}. {d.year}" for d in recent)
                return _("domácnost {n}× odmítla nabídnutý byt za posledních {months} měsíců "
                         "({dates}); pravidla vyřazují po {limit}. odmítnutí").format(
                             n=len(recent), months=months, dates=dates, limit=limit)
            return None
        return _Rule(ident, None, refusals, key=attrgetter("refusal_dates"))
    if kind == "debt":
        threshold = round((e.get("min_debt_czk") or 0) * 100)
        lifts = e.get("repayment_plan_lifts", True)
        review = e.get("action", "review") == "review"

        def debt(f: Facts):
            if f.debt_hal <= threshold or (lifts and f.repayment_plan):
                return None
            plan = "" if lifts else _(" (splátkový kalendář vyřazení neruší)")
            what = _("dluh vůči městu {czk} Kč bez splátkového kalendáře").format(
                czk=fmt_num(f.debt_hal / 100))
            if review:
                return _("{what} – před nabídkou posoudit individuálně").format(what=what)
            return what + plan
        return _Rule(ident, None, debt, review=review,
                     key=attrgetter("debt_hal", "repayment_plan"))
    if kind == "condition":
        test, words = _compile_condition(e["when"], today)
        reason = e["reason"]
        return _Rule(ident, None, lambda f: f"{reason} ({words})" if test(f) else None)
    # expired

    def expired(f: Facts):
        if f.valid_until is not None and f.valid_until < today:
            d = f.valid_until
            return _("žádost platila do {day}. {month}. {year} a nebyla obnovena").format(
                day=d.day, month=d.month, year=d.year)
        return None
    return _Rule(ident, None, expired, key=attrgetter("valid_until"))


def _matching(m: dict) -> _Rule:
    kind, ident = m["type"], m["id"]
    cats = frozenset(m["flat_categories"]) if m.get("flat_categories") else None
    if kind == "category":
        from ..labels import shown
        from models.housing import FlatCategory
        accepts = {k: frozenset(v) for k, v in m["accepts"].items()}

        def category(f: Facts, flat: FlatFacts):
            allowed = accepts.get(flat.category)
            if allowed is None or f.requested_category in allowed:
                return None
            return _("žádá o byt kategorie „{wanted}“, byt je kategorie „{flat}“").format(
                wanted=shown(FlatCategory(f.requested_category)),
                flat=shown(FlatCategory(flat.category)))
        return _Rule(ident, cats, category, key=attrgetter("requested_category"))
    if kind == "persons_per_room":
        lo, hi = m.get("min"), m.get("max")

        def size(f: Facts, flat: FlatFacts):
            per_room = f.household_size / max(flat.rooms, 1)
            if (hi is None or per_room <= hi) and (lo is None or per_room >= lo):
                return None          # the common case: no words to build
            n = f.household_size
            who = FIELDS["household_size"].with_unit(str(n), float(n))
            if hi is not None and per_room > hi:
                return _("byt je pro domácnost ({who}) malý: {ppr} osoby na pokoj, norma "
                         "nejvýše {limit}").format(who=who, ppr=fmt_num(per_room),
                                                   limit=fmt_num(hi))
            if lo is not None and per_room < lo:
                return _("byt je pro domácnost ({who}) příliš velký: {ppr} osoby na pokoj, "
                         "norma nejméně {limit}").format(who=who, ppr=fmt_num(per_room),
                                                         limit=fmt_num(lo))
            return None
        return _Rule(ident, cats, size, key=attrgetter("household_size"))
    if kind == "barrier_free":
        reserve, requires = m.get("reserve_for_need", True), m.get("need_requires", False)

        def barrier(f: Facts, flat: FlatFacts):
            if reserve and flat.barrier_free and not f.needs_barrier_free:
                return _("bezbariérový byt je vyhrazen domácnostem, které ho potřebují")
            if requires and f.needs_barrier_free and not flat.barrier_free:
                return _("domácnost potřebuje bezbariérový byt, tento byt bezbariérový není")
            return None
        return _Rule(ident, cats, barrier, key=attrgetter("needs_barrier_free"))
    # affordability
    limit = m["max_pct_of_income"]
    unknown = m.get("unknown_income", "review")
    over = m.get("action", "exclude")

    def afford(f: Facts, flat: FlatFacts):
        cost = flat.rent_hal + flat.services_hal
        income = f.household_income_hal
        if income is None and f.income_per_person_hal is not None:
            income = f.income_per_person_hal * max(f.household_size, 1)
        if not income:
            if unknown == "ignore":
                return None
            return ("review" if unknown == "review" else "exclude",
                    _("příjem domácnosti není doložen, dostupnost nájemného nelze posoudit"))
        pct = 100 * cost / income
        if pct > limit:
            return (over, _("nájem a zálohy {czk} Kč jsou {pct} % příjmu domácnosti "
                            "(pravidla: nejvýše {limit} %)").format(
                                czk=fmt_num(cost / 100), pct=fmt_num(round(pct, 1)),
                                limit=fmt_num(limit))
                          + (_(" – posoudit individuálně (dávky na bydlení, garance)")
                             if over == "review" else ""))
        return None
    return _Rule(ident, cats, afford, key=attrgetter(
        "household_income_hal", "income_per_person_hal", "household_size"))


# -- scoring -------------------------------------------------------------------------------

def score(c: Compiled, f: Facts, flat_category: str | None = None, *,
          _lines: list | None = None) -> tuple[int, int, tuple[Line, ...], Individual | None]:
    """(total, criteria points, lines, individual adjustment) of one application.

    Criteria limited to other flat categories are left out of the lines; a
    criterion whose ``when`` does not hold shows 0 with the reason."""
    lines = tuple([fn(f) for fn in (_lines if _lines is not None
                                     else c.lines_for(flat_category))])
    subtotal = sum([line[2] for line in lines])
    if c.max_total is not None and subtotal > c.max_total:
        lines += (Line("max_total", _("Strop součtu kritérií"), c.max_total - subtotal,
                       _("součet {sum} převyšuje strop {cap}").format(sum=subtotal,
                                                                       cap=c.max_total)),)
        subtotal = c.max_total
    individual = _individual(c, f) if f.individual_points else None
    total = subtotal + individual.points if individual else subtotal
    return total, subtotal, lines, individual


def totals(c: Compiled, facts: list[Facts], flat_category: str | None) -> list[int]:
    """``score(c, f, flat_category)[0]`` of each application, column by column
    (each criterion over all of them at once, its lines memoised by value)."""
    columns = [cr.column(facts) for cr in c.for_flat(flat_category)]
    if columns:
        sums = list(map(sum, zip(*[list(map(_POINTS, col)) for col in columns])))
    else:
        sums = [0] * len(facts)
    if c.max_total is not None:
        sums = [min(sub, c.max_total) for sub in sums]
    for i in compress(range(len(facts)), map(attrgetter("individual_points"), facts)):
        sums[i] += _individual(c, facts[i]).points
    return sums


def _individual(c: Compiled, f: Facts) -> Individual | None:
    asked = f.individual_points or 0
    if not asked:
        return None
    text = (f.individual_justification or "").strip() or None
    if c.individual_max == 0:
        return Individual(asked, 0, text, _("pravidla individuální body nepřipouštějí"))
    if c.requires_justification and not text:
        return Individual(asked, 0, None, _("chybí písemné odůvodnění – nezapočteno"))
    bounded = max(-c.individual_max, min(c.individual_max, asked))
    note = "" if bounded == asked else _("omezeno na ±{n} bodů podle pravidel").format(
        n=c.individual_max)
    return Individual(asked, bounded, text, note)


def exclusions(c: Compiled, f: Facts, flat: FlatFacts | None
               ) -> tuple[list[Reason], list[str]]:
    """(reasons to leave out, matters to assess individually) for one application."""
    reasons: list[Reason] = []
    reviews: list[str] = []
    for check in checks(c, flat):
        out = check.outcome(f)
        if out is not None:
            (reviews if out[0] else reasons).append(out[1])
    return reasons, reviews


def checks(c: Compiled, flat: FlatFacts | None) -> list[_Check]:
    """Every test for this flat (only the rule set's exclusions without one), in
    the order their reasons are listed. The fixed texts are translated here, once."""
    out = [_Check(_rule_outcome(r, False), r.key) for r in c.exclusions]
    if flat is None:
        return out
    flat_id = flat.id
    refused = (False, Reason("refused_this_flat", _("tento byt už domácnost odmítla")))
    out.append(_Check(lambda f: refused if flat_id in f.refused_flat_ids else None,
                      attrgetter("refused_flat_ids")))
    busy = (False, Reason("offer_elsewhere", _("má otevřenou nebo přijatou nabídku jiného bytu")))
    out.append(_Check(lambda f: busy if f.busy_flat_id not in (None, flat_id) else None,
                      attrgetter("busy_flat_id")))
    target = flat.target
    if target is not None:
        def group(f: Facts):
            text = target.refuses(f)
            return (False, Reason(TARGET_GROUP, text)) if text else None
        out.append(_Check(group, None))
    # one municipal flat per household: a second lease only as an exchange
    lease_words = _("{why} ({lease}); přidělit lze jen výměnou bytu, která dosavadní "
                    "nájem ukončí")
    why = _(ACTIVE_LEASE_REVIEW)
    out.append(_Check(lambda f: (True, lease_words.format(why=why, lease=f.active_lease))
                      if f.active_lease else None, attrgetter("active_lease")))
    out += [_Check(_rule_outcome(r, True, flat), r.key) for r in c.matching_for(flat.category)]
    return out


def _rule_outcome(r: _Rule, matching: bool, flat: FlatFacts | None = None):
    """A rule's check as a ``_Check`` outcome: a matching rule may answer
    (action, text), an exclusion rule is a review or a reason by its kind."""
    check, rule_id, review = r.check, r.id, r.review

    def outcome(f: Facts):
        out = check(f, flat) if matching else check(f)
        if not out:
            return None
        if isinstance(out, tuple):
            action, text = out
            return (True, text) if action == "review" else (False, Reason(rule_id, text))
        return (True, out) if review else (False, Reason(rule_id, out))
    return outcome


def order_key(c: Compiled, total: int, f: Facts) -> tuple:
    return (-total, *(fn(f) for _, fn in c.tie_keys), f.id)


_POINTS = itemgetter(2)
TARGET_GROUP = "target_group"        # the reason id of a grant's target group
ACTIVE_LEASE_REVIEW = N_("domácnost už má platnou nájemní smlouvu na obecní byt")


def rank(c: Compiled, facts: Iterable[Facts], flat: FlatFacts) -> Ranking:
    """Every application either ranked (with its breakdown) or left out (with reasons).

    Column by column: each test and each criterion over all applications at once,
    asked once per distinct value (the same outcomes ``exclusions`` and ``score``
    give one by one, much faster for thousands)."""
    facts = list(facts)
    reasons_of, reviews_of = _screen(checks(c, flat), facts)
    kept = [i for i in range(len(facts)) if i not in reasons_of]
    eligible = [facts[i] for i in kept]
    reviews = [tuple(reviews_of[i]) if i in reviews_of else () for i in kept]
    columns = [cr.column(eligible) for cr in c.for_flat(flat.category)]
    if columns:
        rows = list(zip(*columns))
        subtotals = list(map(sum, zip(*[list(map(_POINTS, col)) for col in columns])))
    else:
        rows, subtotals = [()] * len(eligible), [0] * len(eligible)
    cap = c.max_total
    if cap is not None:
        for i in [i for i, sub in enumerate(subtotals) if sub > cap]:
            sub = subtotals[i]
            rows[i] += (Line("max_total", _("Strop součtu kritérií"), cap - sub,
                             _("součet {sum} převyšuje strop {cap}").format(sum=sub, cap=cap)),)
            subtotals[i] = cap
    individuals: list[Individual | None] = [None] * len(eligible)
    totals = subtotals[:]
    for i in compress(range(len(eligible)), map(attrgetter("individual_points"), eligible)):
        individuals[i] = ind = _individual(c, eligible[i])
        totals[i] += ind.points
    # order_key, column by column: (−total, tie-break keys…, id)
    keys = list(zip(map(neg, totals), *[list(map(fn, eligible)) for _, fn in c.tie_keys],
                    map(attrgetter("id"), eligible)))
    ranked = []
    notes: dict[int, str] = {}          # the note names the key that decided: a few texts
    prev = None
    for n, i in enumerate(sorted(range(len(eligible)), key=keys.__getitem__), start=1):
        key = keys[i]
        note = ""
        if prev is not None and prev[0] == key[0]:
            at = next((j for j in range(1, len(key) - 1) if prev[j] != key[j]), 0)
            note = notes.get(at) or notes.setdefault(at, _tie_note(c, prev, key))
        ranked.append(Scored(key[-1], n, totals[i], subtotals[i], rows[i], individuals[i],
                             reviews[i], note))
        prev = key
    left = sorted((f.filed_on, f.id, Left(f.id, tuple(found)))
                  for f, found in ((facts[i], found) for i, found in reasons_of.items()))
    return Ranking(tuple(ranked), tuple(x[2] for x in left))


def _screen(tests: list[_Check], facts: list[Facts]
            ) -> tuple[dict[int, list[Reason]], dict[int, list[str]]]:
    """Reasons and review notes by the application's index, in the order of the
    tests. A test with a key is asked once per distinct key (thousands of
    applications share a few sizes, categories, dates); its texts are shared."""
    reasons: dict[int, list[Reason]] = {}
    reviews: dict[int, list[str]] = {}
    everyone = range(len(facts))
    for test in tests:
        if test.key is None:
            outs = list(map(test.outcome, facts))
        else:
            keys = list(map(test.key, facts))
            # one application per key stands for all with that key
            answers = {k: test.outcome(f) for k, f in dict(zip(keys, facts)).items()}
            outs = list(map(answers.__getitem__, keys))
        for i in compress(everyone, outs):
            review, what = outs[i]
            (reviews if review else reasons).setdefault(i, []).append(what)
    return reasons, reviews


def _tie_note(c: Compiled, above: tuple, key: tuple) -> str:
    for i, (name, _key) in enumerate(c.tie_keys, start=1):
        if above[i] != key[i]:
            return _("stejně bodů jako předchozí; rozhodlo: {what}").format(
                what=_(TIE_BREAK_KEYS[name]))
    return _("stejně bodů i pomocných kritérií jako předchozí; rozhodlo pevné pořadí podle "
             "identifikátoru žádosti")


def criteria_labels(c: Compiled, flat_category: str | None) -> list[tuple[str, str]]:
    """(id, label) of the criteria that count for a flat of this category."""
    return [(cr.id, cr.label) for cr in c.criteria
            if cr.categories is None or (flat_category is not None
                                         and flat_category in cr.categories)]


def rank_ids(ranking: Ranking) -> Sequence[str]:
    return [s.id for s in ranking.ranked]
