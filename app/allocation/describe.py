"""A rule set in plain Czech sentences, for the rules editor and for anyone
who asks "how are the points given": sections of short lines."""
from __future__ import annotations

from models.housing import FlatCategory

from ..labels import label
from .engine import fmt_num
from .rules import FIELDS, TIE_BREAK_KEYS, Rules


def _cats(values) -> str:
    return ", ".join(label(FlatCategory(v)) for v in values)


def _b(n) -> str:
    return f"{fmt_num(n)} b."


def _cap(c: dict) -> str:
    parts = []
    if c.get("min") is not None:
        parts.append(f"nejméně {_b(c['min'])}")
    if c.get("max") is not None:
        parts.append(f"nejvýše {_b(c['max'])}")
    return f" ({', '.join(parts)})" if parts else ""


def _cond(cond) -> str:
    items = cond if isinstance(cond, list) else [cond]
    words = {"==": "je", "!=": "není", "<": "<", "<=": "≤", ">": ">", ">=": "≥",
             "in": "je jedno z", "not_in": "není z"}
    out = []
    for c in items:
        v = c.get("value")
        shown = ", ".join(map(str, v)) if isinstance(v, list) else (
            "ano" if v is True else "ne" if v is False else "neuvedeno" if v is None else str(v))
        out.append(f"{FIELDS[c['field']].label} {words[c['op']]} {shown}")
    return " a ".join(out)


def criterion_text(c: dict) -> str:
    kind, field = c["type"], FIELDS[c["field"]].label
    if kind == "flag":
        body = f"{_b(c['points'])}, pokud {field}"
    elif kind == "cases":
        cases = "; ".join(f"{case.get('label') or ', '.join(map(str, case['values']))}: "
                          f"{_b(case['points'])}" for case in c["cases"])
        default = c.get("default") or 0
        other = c.get("default_label") or "ostatní"
        body = f"podle údaje {field} – {cases}; {other}: {_b(default)}"
    elif kind == "bands":
        bands = []
        for band in c["bands"]:
            lo, hi = band.get("min"), band.get("max")
            where = band.get("label") or (
                f"od {fmt_num(lo)} do {fmt_num(hi)}" if lo is not None and hi is not None
                else f"od {fmt_num(lo)}" if lo is not None else f"pod {fmt_num(hi)}")
            bands.append(f"{where}: {_b(band['points'])}")
        body = f"podle údaje {field} – " + "; ".join(bands)
    elif kind == "per_unit":
        body = f"{_b(c['points_per_unit'])} za každou jednotku ({field})"
        if c.get("months"):
            body += f" za posledních {c['months']} měsíců"
    else:
        sign = "−" if c["per_unit"] < 0 else "+"
        body = f"{fmt_num(c['base'])} {sign} {fmt_num(abs(c['per_unit']))} × {field}"
    text = f"{c['label']}: {body}{_cap(c)}"
    if c.get("when"):
        text += f". Počítá se, jen když {_cond(c['when'])}"
        if c.get("when_label"):
            text += f" ({c['when_label']})"
    if c.get("flat_categories"):
        text += f". Jen u bytů kategorie {_cats(c['flat_categories'])}"
    return text if text.endswith(".") else text + "."


def exclusion_text(e: dict, validity_months: int) -> str:
    kind = e["type"]
    if kind == "refusals":
        return (f"Vyřazení po {e['max']}. odmítnutí nabízeného bytu za posledních "
                f"{e['months']} měsíců (odmítnutí ze závažného důvodu se nepočítá).")
    if kind == "debt":
        what = (f"Dluh vůči městu nad {fmt_num(e.get('min_debt_czk') or 0)} Kč"
                + (" bez splátkového kalendáře" if e.get("repayment_plan_lifts", True) else ""))
        if e.get("action", "review") == "review":
            return what + ": žádost zůstává v pořadí, před nabídkou se situace posoudí " \
                          "individuálně a výsledek se zapíše."
        return what + ": žádost je vyřazena."
    if kind == "condition":
        return f"Vyřazení: {e['reason']} ({_cond(e['when'])})."
    return (f"Žádost platí {validity_months} měsíců od podání nebo obnovení; neobnovená "
            "žádost se do pořadí nezařadí.")


def matching_text(m: dict) -> str:
    kind = m["type"]
    if kind == "category":
        text = "Kategorie bytu a žádosti: " + "; ".join(
            f"byt {label(FlatCategory(flat))} ← žádosti {_cats(req)}"
            for flat, req in m["accepts"].items())
    elif kind == "persons_per_room":
        lo, hi = m.get("min"), m.get("max")
        text = "Velikost bytu: " + " a ".join(p for p in (
            f"nejméně {fmt_num(lo)}" if lo is not None else "",
            f"nejvýše {fmt_num(hi)}" if hi is not None else "") if p) + " osoby na pokoj"
    elif kind == "barrier_free":
        parts = []
        if m.get("reserve_for_need", True):
            parts.append("bezbariérový byt jen pro domácnost, která ho potřebuje")
        if m.get("need_requires", False):
            parts.append("kdo bezbariérový byt potřebuje, dostane jen bezbariérový")
        text = "Bezbariérovost: " + ("; ".join(parts) or "bez omezení")
    else:
        unknown = {"review": "posoudit individuálně", "exclude": "vyřadit",
                   "ignore": "nepřihlížet"}[m.get("unknown_income", "review")]
        text = (f"Dostupnost: nájem a zálohy nejvýše {fmt_num(m['max_pct_of_income'])} % "
                f"příjmu domácnosti; příjem neuveden: {unknown}")
    if m.get("flat_categories"):
        text += f" (jen byty kategorie {_cats(m['flat_categories'])})"
    return text + "."


def describe(rules: Rules) -> list[tuple[str, list[str]]]:
    body = rules.body
    sections = [("Body", [criterion_text(c) for c in rules.criteria])]
    if body.get("max_total") is not None:
        sections[0][1].append(f"Součet kritérií nejvýše {_b(body['max_total'])}.")
    ind = body["individual"]
    sections.append(("Individuální posouzení", [
        (f"Sociální pracovník smí přidat nebo ubrat nejvýše {fmt_num(ind['max_points'])} bodů"
         + (", vždy s písemným odůvodněním" if ind["requires_justification"] else "")
         + "; v rozpisu se ukazují zvlášť.") if ind["max_points"]
        else "Pravidla individuální body nepřipouštějí."]))
    sections.append(("Vyřazení", [exclusion_text(e, rules.validity_months)
                                  for e in rules.exclusions] or ["žádná"]))
    sections.append(("Byt a domácnost", [matching_text(m) for m in rules.matching]
                     or ["bez omezení"]))
    ties = [TIE_BREAK_KEYS[k] for k in body["tie_break"]]
    sections.append(("Při shodě bodů", [", pak ".join(ties + [
        "pevné pořadí podle identifikátoru žádosti"]).capitalize() + "."]))
    return sections
