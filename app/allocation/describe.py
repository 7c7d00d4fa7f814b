"""A rule set in plain sentences, for the rules editor and for anyone who asks
"how are the points given": sections of short lines, in the UI language (the
Czech source inside ``i18n.czech()``)."""
from __future__ import annotations

from models.housing import FlatCategory

from ..labels import shown
from .engine import fmt_num
from .rules import FIELDS, TIE_BREAK_KEYS, Rules
from ..i18n import _


def _cats(values) -> str:
    return ", ".join(shown(FlatCategory(v)) for v in values)


def _b(n) -> str:
    return _("{n} b.").format(n=fmt_num(n))


def _cap(c: dict) -> str:
    parts = []
    if c.get("min") is not None:
        parts.append(_("nejméně {b}").format(b=_b(c['min'])))
    if c.get("max") is not None:
        parts.append(_("nejvýše {b}").format(b=_b(c['max'])))
    return f" ({', '.join(parts)})" if parts else ""


def _cond(cond) -> str:
    items = cond if isinstance(cond, list) else [cond]
    words = {"==": _("je"), "!=": _("není"), "<": "<", "<=": "≤", ">": ">", ">=": "≥",
             "in": _("je jedno z"), "not_in": _("není z")}
    out = []
    for c in items:
        v = c.get("value")
        shown = ", ".join(map(str, v)) if isinstance(v, list) else (
            _("ano") if v is True else _("ne") if v is False else _("neuvedeno") if v is None
            else str(v))
        out.append(f"{_(FIELDS[c['field']].label)} {words[c['op']]} {shown}")
    return _(" a ").join(out)


def criterion_text(c: dict) -> str:
    kind, field = c["type"], _(FIELDS[c["field"]].label)
    if kind == "flag":
        body = _("{b}, pokud {field}").format(b=_b(c["points"]), field=field)
    elif kind == "cases":
        cases = "; ".join(f"{case.get('label') or ', '.join(map(str, case['values']))}: "
                          f"{_b(case['points'])}" for case in c["cases"])
        default = c.get("default") or 0
        other = c.get("default_label") or _("ostatní")
        body = _("podle údaje {field} – {cases}; {other}: {b}").format(
            field=field, cases=cases, other=other, b=_b(default))
    elif kind == "bands":
        bands = []
        for band in c["bands"]:
            lo, hi = band.get("min"), band.get("max")
            where = band.get("label") or (
                _("od {lo} do {hi}").format(lo=fmt_num(lo), hi=fmt_num(hi))
                if lo is not None and hi is not None
                else _("od {lo}").format(lo=fmt_num(lo)) if lo is not None
                else _("pod {hi}").format(hi=fmt_num(hi)))
            bands.append(f"{where}: {_b(band['points'])}")
        body = _("podle údaje {field} – ").format(field=field) + "; ".join(bands)
    elif kind == "per_unit":
        body = _("{b} za každou jednotku ({field})").format(
            b=_b(c["points_per_unit"]), field=field)
        if c.get("months"):
            body += _(" za posledních {months} měsíců").format(months=c['months'])
    else:
        sign = "−" if c["per_unit"] < 0 else "+"
        body = f"{fmt_num(c['base'])} {sign} {fmt_num(abs(c['per_unit']))} × {field}"
    text = f"{c['label']}: {body}{_cap(c)}"
    if c.get("when"):
        text += _(". Počítá se, jen když {cond}").format(cond=_cond(c['when']))
        if c.get("when_label"):
            text += f" ({c['when_label']})"
    if c.get("flat_categories"):
        text += _(". Jen u bytů kategorie {cats}").format(cats=_cats(c['flat_categories']))
    return text if text.endswith(".") else text + "."


def exclusion_text(e: dict, validity_months: int) -> str:
    kind = e["type"]
    if kind == "refusals":
        return _("Vyřazení po {max}. odmítnutí nabízeného bytu za posledních {months} měsíců "
                 "(odmítnutí ze závažného důvodu se nepočítá).").format(
                     max=e["max"], months=e["months"])
    if kind == "debt":
        what = (_("Dluh vůči městu nad {czk} Kč").format(czk=fmt_num(e.get("min_debt_czk") or 0))
                + (_(" bez splátkového kalendáře") if e.get("repayment_plan_lifts", True) else ""))
        if e.get("action", "review") == "review":
            return what + _(": žádost zůstává v pořadí, před nabídkou se situace posoudí "
                            "individuálně a výsledek se zapíše.")
        return what + _(": žádost je vyřazena.")
    if kind == "condition":
        return _("Vyřazení: {reason} ({cond}).").format(reason=e["reason"],
                                                         cond=_cond(e["when"]))
    return _("Žádost platí {months} měsíců od podání nebo obnovení; neobnovená žádost se "
             "do pořadí nezařadí.").format(months=validity_months)


def matching_text(m: dict) -> str:
    kind = m["type"]
    if kind == "category":
        text = _("Kategorie bytu a žádosti: ") + "; ".join(
            _("byt {flat} ← žádosti {cats}").format(flat=shown(FlatCategory(flat)),
                                                    cats=_cats(req))
            for flat, req in m["accepts"].items())
    elif kind == "persons_per_room":
        lo, hi = m.get("min"), m.get("max")
        limits = _(" a ").join(p for p in (
            _("nejméně {n}").format(n=fmt_num(lo)) if lo is not None else "",
            _("nejvýše {n}").format(n=fmt_num(hi)) if hi is not None else "") if p)
        text = _("Velikost bytu: {limits} osoby na pokoj").format(limits=limits)
    elif kind == "barrier_free":
        parts = []
        if m.get("reserve_for_need", True):
            parts.append(_("bezbariérový byt jen pro domácnost, která ho potřebuje"))
        if m.get("need_requires", False):
            parts.append(_("kdo bezbariérový byt potřebuje, dostane jen bezbariérový"))
        text = _("Bezbariérovost: ") + ("; ".join(parts) or _("bez omezení"))
    else:
        unknown = {"review": _("posoudit individuálně"), "exclude": _("vyřadit"),
                   "ignore": _("nepřihlížet")}[m.get("unknown_income", "review")]
        text = _("Dostupnost: nájem a zálohy nejvýše {pct} % příjmu domácnosti; příjem "
                 "neuveden: {unknown}").format(pct=fmt_num(m["max_pct_of_income"]),
                                               unknown=unknown)
    if m.get("flat_categories"):
        text += _(" (jen byty kategorie {cats})").format(cats=_cats(m["flat_categories"]))
    return text + "."


def describe(rules: Rules) -> list[tuple[str, list[str]]]:
    body = rules.body
    sections = [(_("Body"), [criterion_text(c) for c in rules.criteria])]
    if body.get("max_total") is not None:
        sections[0][1].append(_("Součet kritérií nejvýše {b}.").format(b=_b(body['max_total'])))
    ind = body["individual"]
    sections.append((_("Individuální posouzení"), [
        (_("Sociální pracovník smí přidat nebo ubrat nejvýše {n} bodů").format(
            n=fmt_num(ind["max_points"]))
         + (_(", vždy s písemným odůvodněním") if ind["requires_justification"] else "")
         + _("; v rozpisu se ukazují zvlášť.")) if ind["max_points"]
        else _("Pravidla individuální body nepřipouštějí.")]))
    sections.append((_("Vyřazení"), [exclusion_text(e, rules.validity_months)
                                     for e in rules.exclusions] or [_("žádná")]))
    sections.append((_("Byt a domácnost"), [matching_text(m) for m in rules.matching]
                     or [_("bez omezení")]))
    ties = [_(TIE_BREAK_KEYS[k]) for k in body["tie_break"]]
    sections.append((_("Při shodě bodů"), [_(", pak ").join(ties + [
        _("pevné pořadí podle identifikátoru žádosti")]).capitalize() + "."]))
    return sections
