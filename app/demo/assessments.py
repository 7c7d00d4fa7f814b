"""Demo step: social assessments (closed, drafts, amendments) for a good share
of the households, and inspections of every kind on the demo flats with meter
readings, keys and a few defects (bed bugs included) that became tasks.

Uses only the foundation's demo data (persons, households, flats, meters,
staff) and the random generator of the context."""
from __future__ import annotations

import base64
import datetime as dt
import io
import json
from decimal import Decimal

from sqlalchemy import select

from models.assessments import IncomeKind, RecordState
from models.base import Base
from models.cases import Department, TaskSource
from models.housing import MeterKind
from models.inspections import Condition, InspectionKind, KeyKind
from models.settings import setting_id

from ..inspections.templates import BUILT_IN, TemplateItem, built_in_rows, expand_rooms
from ..office_settings import place_phrase
from ..legal.benefits import current_kind
from . import assessment_texts as T
from .context import DemoContext, DemoPerson


def build_assessments(ctx: DemoContext) -> None:
    _settings(ctx)
    ctx.insert("checklist_template", built_in_rows())
    out = _Rows()
    _assessments(ctx, out)
    _inspections(ctx, out)
    # tasks first: rows that point at a task then find it at once (with foreign keys
    # deferred, a parent inserted after its children costs a scan of the child table)
    for table in ("task", "assessment", "assessment_income", "assessment_debt",
                  "assessment_step", "inspection", "inspection_item", "meter_reading",
                  "key_handover"):
        ctx.insert(table, out.tables.get(table, []))


class _Rows:
    def __init__(self):
        self.tables: dict[str, list[dict]] = {}

    def add(self, table: str, row: dict) -> dict:
        self.tables.setdefault(table, []).append(row)
        return row


def _emblem() -> str:
    """An invented emblem (a shield with a tower), drawn here: no real coat of arms."""
    from PIL import Image, ImageDraw
    img = Image.new("RGBA", (240, 280), (0, 0, 0, 0))
    d = ImageDraw.Draw(img)
    d.polygon([(10, 10), (230, 10), (230, 150), (120, 270), (10, 150)], fill=(31, 95, 139),
              outline=(20, 50, 80), width=6)
    d.rectangle([85, 90, 155, 200], fill=(245, 245, 240))
    for x in (85, 109, 133):
        d.rectangle([x, 70, x + 22, 92], fill=(245, 245, 240))
    d.rectangle([108, 150, 132, 200], fill=(31, 95, 139))
    d.polygon([(40, 40), (60, 40), (50, 60)], fill=(230, 190, 60))
    out = io.BytesIO()
    img.save(out, "PNG")
    return base64.b64encode(out.getvalue()).decode()


def _settings(ctx: DemoContext) -> None:
    values = {"office.place": place_phrase(ctx.place["city"]),
              "office.landlord": f"Město {ctx.place['city']}",
              "office.signatory_assessment": "Mgr. Petr Horák",
              "office.logo_png_b64": _emblem()}
    ctx.insert("setting", [dict(id=setting_id(k), key=k, value_json=json.dumps(v, ensure_ascii=False))
                           for k, v in values.items()])


def _age(ctx: DemoContext, p: DemoPerson) -> int:
    b = p.birth_date
    return ctx.today.year - b.year - ((ctx.today.month, ctx.today.day) < (b.month, b.day))


def _money(ctx: DemoContext, lo: int, hi: int, step: int = 10) -> int:
    """Whole crowns between lo and hi (in crowns), as haléře."""
    return ctx.rng.randrange(lo, hi, step) * 100


# -- assessments ---------------------------------------------------------------
def _assessments(ctx: DemoContext, out: _Rows) -> None:
    rng = ctx.rng
    members: dict[str, list[DemoPerson]] = {}
    for p in ctx.persons:
        members.setdefault(p.household_id, []).append(p)
    households = ctx.households
    share = 0.4 if ctx.size == "town" else 0.02
    chosen = [h for h in households if rng.random() < share]
    ethos_keys = list(T.ETHOS_TEXTS)
    weights = [T.ETHOS_TEXTS[k][0] for k in ethos_keys]
    workers = ctx.workers or list(ctx.users.values())
    for n, hh in enumerate(chosen):
        people = members.get(hh["id"], [])
        head = next((p for p in people if p.relation == "head"), people[0] if people else None)
        if head is None:
            continue
        worker = rng.choice(workers)
        # most visits are in the past year; drafts are recent ones
        draft = rng.random() < 0.2
        visit = ctx.today - dt.timedelta(days=rng.randint(0, 20) if draft else rng.randint(21, 360))
        ethos = rng.choices(ethos_keys, weights)[0]
        first = _assessment(ctx, out, hh, head, people, worker, visit, ethos,
                            state=RecordState.DRAFT if draft else RecordState.CLOSED)
        if not draft and n % 9 == 4:
            # an amendment: new facts found after closing (a job, a paid debt …)
            later = min(ctx.today, visit + dt.timedelta(days=rng.randint(10, 40)))
            state = RecordState.CLOSED if n % 2 else RecordState.DRAFT
            _assessment(ctx, out, hh, head, people, worker, visit, ethos, state=state,
                        amends=first, closed_on=later)


def _assessment(ctx, out: _Rows, hh: dict, head: DemoPerson, people: list[DemoPerson],
                worker: str, visit: dt.date, ethos: int, *, state: RecordState,
                amends: dict | None = None, closed_on: dt.date | None = None) -> dict:
    rng = ctx.rng
    closed_on = closed_on or min(ctx.today, visit + dt.timedelta(days=rng.randint(0, 6)))
    created = ctx.stamp_time(closed_on if amends else visit)
    _, situations, conditions = T.ETHOS_TEXTS[ethos]
    others = max(2, len(people) + rng.randint(1, 3))
    situation = rng.choice(situations).format(months=rng.randint(2, 4), others=others,
                                              city=ctx.place["city"],
                                              year=rng.randint(2019, 2025),
                                              rent=f"{rng.randrange(6000, 11000, 500):,}"
                                              .replace(",", "\u00a0"))
    adults = [p for p in people if _age(ctx, p) >= 18]
    children = [p for p in people if _age(ctx, p) < 18]
    names = ", ".join(f"{p.given_name} {p.surname}" for p in adults[:2])
    relations = {"head": "žadatel(ka)", "partner": "partner(ka)", "child": "dítě",
                 "parent": "rodič"}
    if len(people) == 1:
        description = "Klientka žije sama. " if head.sex == "F" else "Klient žije sám. "
    else:
        description = (f"Domácnost tvoří {len(people)} {'osoby' if len(people) < 5 else 'osob'}: "
                       + ", ".join(f"{p.given_name} ({relations.get(p.relation, 'jiný vztah')}, "
                                   f"{_age(ctx, p)} let)" for p in people) + ". ")
    description += rng.choice([
        "Vztahy v rodině jsou dobré, rodina se vzájemně podporuje.",
        "Kontakt s širší rodinou je omezený, pomoc od příbuzných nelze očekávat.",
        "Otec dětí se na výživě nepodílí, výživné neplatí.",
        "Domácnost má oporu v sestře klienta, která bydlí ve stejném městě.",
    ])
    row = out.add("assessment", dict(
        id=ctx.new_id(created), person_id=head.id, household_id=hh["id"], case_id=None,
        worker_id=worker, state=state, version=(amends["version"] + 1) if amends else 1,
        amends_id=amends["id"] if amends else None,
        closed_at=dt.datetime.combine(closed_on, dt.time(14, rng.randint(0, 59)))
        if state == RecordState.CLOSED else None,
        closed_by_id=worker if state == RecordState.CLOSED else None,
        consent_given=state == RecordState.CLOSED or rng.random() < 0.7, consent_on=visit,
        client_declaration=rng.choice(T.DECLARATIONS), visit_on=visit,
        visit_place=rng.choice(T.PLACES), present_persons=names + ", sociální pracovnice",
        household_description=description, ethos_category=ethos,
        housing_situation=situation, housing_condition=rng.choice(conditions),
        income_note=rng.choice([None, "Příjmy doloženy výpisem z účtu.",
                                "Příjem ze zaměstnání kolísá podle počtu směn."]),
        debts_note=None,
        health=rng.choice(T.HEALTH) if rng.random() < 0.35 else None,
        disability=rng.choice(T.DISABILITY) if rng.random() < 0.15 else None,
        risks="\n".join(rng.sample(T.RISKS, 2)), needs="\n".join(rng.sample(T.NEEDS, 2)),
        conclusion=rng.choice(T.CONCLUSIONS)
        + (" Oprava: klient mezitím nastoupil do zaměstnání." if amends else ""),
        recommendation=rng.choice(T.RECOMMENDATIONS),
        created_at=created, updated_at=created))
    _incomes(ctx, out, row, adults, children)
    debt_total = _debts(ctx, out, row)
    if debt_total:
        row["debts_note"] = "Dluhy zjištěny z výpisu z centrální evidence exekucí a od klienta."
    _steps(ctx, out, row, head, worker, visit, state)
    return row


def _incomes(ctx, out: _Rows, row: dict, adults, children) -> None:
    rng = ctx.rng
    lines = []
    for p in adults:
        age = _age(ctx, p)
        if age >= 65:
            lines.append((p.id, IncomeKind.PENSION, _money(ctx, 14000, 23000)))
        elif rng.random() < 0.55:
            lines.append((p.id, IncomeKind.WAGE, _money(ctx, 17000, 33000, 100)))
        elif rng.random() < 0.5:
            lines.append((p.id, IncomeKind.UNEMPLOYMENT, _money(ctx, 7000, 14000)))
        else:
            lines.append((p.id, IncomeKind.SUBSISTENCE, _money(ctx, 3500, 6000)))
    for c in children:
        if rng.random() < 0.7:
            lines.append((c.id, IncomeKind.CHILD_ALLOWANCE,
                          {True: 150000, False: 130000}[_age(ctx, c) < 6]))
    if children and rng.random() < 0.3:
        lines.append((None, IncomeKind.ALIMONY, _money(ctx, 2000, 5000, 500)))
    if rng.random() < 0.5:
        lines.append((None, IncomeKind.HOUSING_ALLOWANCE, _money(ctx, 2500, 6500)))
    # from 1. 10. 2025 the old benefits are paid as dávka státní sociální pomoci
    visit = row.get("visit_on") or row["created_at"].date()
    lines = [(pid, current_kind(kind, visit), amount) for pid, kind, amount in lines]
    for i, (pid, kind, amount) in enumerate(lines):
        out.add("assessment_income", dict(
            id=ctx.new_id(row["created_at"]), assessment_id=row["id"], person_id=pid, kind=kind,
            monthly_hal=amount, note=None,
            created_at=row["created_at"] + dt.timedelta(seconds=i + 1)))


def _debts(ctx, out: _Rows, row: dict) -> int:
    rng = ctx.rng
    total = 0
    count = rng.choices([0, 1, 2, 3], [35, 30, 22, 13])[0]
    for i, (creditor, lo, hi, p_exec) in enumerate(rng.sample(T.CREDITORS, count)):
        amount = _money(ctx, lo, hi, 100)
        in_exec = rng.random() < p_exec
        total += amount
        out.add("assessment_debt", dict(
            id=ctx.new_id(row["created_at"]), assessment_id=row["id"], creditor=creditor,
            amount_hal=amount, in_execution=in_exec,
            insolvency=in_exec and rng.random() < 0.15,
            repayment_plan=not in_exec and rng.random() < 0.5,
            note="exekuce vedená od roku " + str(rng.randint(2015, 2025)) if in_exec else None,
            created_at=row["created_at"] + dt.timedelta(seconds=i + 1)))
    return total


def _steps(ctx, out: _Rows, row: dict, head: DemoPerson, worker: str, visit: dt.date,
           state: RecordState) -> None:
    rng = ctx.rng
    for pos, (text, who) in enumerate(rng.sample(T.STEPS, rng.randint(1, 3))):
        due = visit + dt.timedelta(days=rng.choice([7, 14, 21, 30]))
        step = out.add("assessment_step", dict(
            id=ctx.new_id(row["created_at"]), assessment_id=row["id"], text=text, who=who,
            owner_id=worker, due_on=due, position=pos, task_id=None,
            created_at=row["created_at"] + dt.timedelta(seconds=pos + 1)))
        if state != RecordState.CLOSED:
            continue
        done = due < ctx.today and rng.random() < 0.7
        task = out.add("task", dict(
            id=ctx.new_id(row["closed_at"]), title=text, owner_id=worker, due_on=due,
            person_id=head.id, household_id=row["household_id"], case_id=None, flat_id=None,
            detail=f"Dohodnuto při sociálním šetření dne {visit.day}. {visit.month}. "
                   f"{visit.year} ({head.given_name} {head.surname}). Kdo: {who}.",
            source=TaskSource.ASSESSMENT, source_ref=step["id"],
            done_at=dt.datetime.combine(due, dt.time(10)) if done else None,
            done_by_id=worker if done else None, created_at=row["closed_at"]))
        step["task_id"] = task["id"]


# -- inspections ---------------------------------------------------------------
_KIND_COUNTS = {"town": {InspectionKind.MOVE_OUT: 8, InspectionKind.MOVE_IN: 12,
                         InspectionKind.PERIODIC: 30, InspectionKind.EXTRAORDINARY: 6}}
_TEMPLATE = {b.kind: b for b in BUILT_IN}


def _meters_by_flat(ctx: DemoContext, flat_ids: list[str]) -> dict[str, list]:
    meter = Base.metadata.tables["meter"]
    out: dict[str, list] = {}
    for i in range(0, len(flat_ids), 500):
        chunk = flat_ids[i:i + 500]
        for m in ctx.conn.execute(select(meter).where(meter.c.flat_id.in_(chunk))
                                  .order_by(meter.c.id)):
            out.setdefault(m.flat_id, []).append(m)
    return out


def _start_value(ctx, m) -> tuple[Decimal, Decimal | None]:
    rng = ctx.rng
    lo, hi = {MeterKind.ELECTRICITY: (4000, 40000), MeterKind.GAS: (800, 9000),
              MeterKind.COLD_WATER: (90, 900), MeterKind.HOT_WATER: (40, 420),
              MeterKind.HEAT: (20, 300)}[MeterKind(m.kind)]
    t2 = Decimal(rng.randint(lo // 2, hi // 2)) if m.two_tariffs else None
    return Decimal(rng.randint(lo * 10, hi * 10)) / 10, t2


_PER_DAY = {MeterKind.ELECTRICITY: 6.5, MeterKind.GAS: 1.6, MeterKind.COLD_WATER: 0.21,
            MeterKind.HOT_WATER: 0.11, MeterKind.HEAT: 0.05}


def _inspections(ctx: DemoContext, out: _Rows) -> None:
    rng = ctx.rng
    counts = _KIND_COUNTS.get(ctx.size) or {k: v * 10 for k, v in _KIND_COUNTS["town"].items()}
    flats = [f for f in ctx.flats]
    rng.shuffle(flats)
    needed = sum(counts.values())
    pool = flats[:needed]                     # (a few flats are inspected twice)
    meters = _meters_by_flat(ctx, [f["id"] for f in pool])
    households = ctx.households
    heads = {p.household_id: p for p in ctx.persons if p.relation == "head"}
    property_user = ctx.users.get("tomas.krejci") or ctx.workers[0]
    workers = ctx.workers or [property_user]
    values: dict[str, tuple[Decimal, Decimal | None]] = {}
    it = iter(pool)
    plan: list[tuple[InspectionKind, dict, dt.date]] = []
    # move-out then, a few weeks later, move-in of the next tenant on the same flats
    handed_over = []
    for _ in range(counts[InspectionKind.MOVE_OUT]):
        flat = next(it)
        out_day = ctx.today - dt.timedelta(days=rng.randint(40, 330))
        plan.append((InspectionKind.MOVE_OUT, flat, out_day))
        plan.append((InspectionKind.MOVE_IN, flat, out_day + dt.timedelta(days=rng.randint(14, 35))))
        handed_over.append(flat)
    # the newest protocols, still being written: checks of flats handed over before
    # (their meters have earlier readings to compare with)
    for flat in handed_over[:3]:
        plan.append((InspectionKind.PERIODIC, flat,
                     ctx.today - dt.timedelta(days=rng.randint(1, 3))))
    for _ in range(counts[InspectionKind.MOVE_IN] - counts[InspectionKind.MOVE_OUT]):
        plan.append((InspectionKind.MOVE_IN, next(it),
                     ctx.today - dt.timedelta(days=rng.randint(0, 300))))
    for _ in range(counts[InspectionKind.PERIODIC] - 3):
        plan.append((InspectionKind.PERIODIC, next(it),
                     ctx.today - dt.timedelta(days=rng.randint(6, 360))))
    for n in range(counts[InspectionKind.EXTRAORDINARY]):
        plan.append((InspectionKind.EXTRAORDINARY, next(it),
                     ctx.today - dt.timedelta(days=rng.randint(6, 200))))
    plan.sort(key=lambda p: p[2])
    pests_left = 2 if ctx.size == "town" else 20
    tenants: dict[str, dict] = {}            # flat id -> household living there
    for n, (kind, flat, day) in enumerate(plan):
        hh = rng.choice(households)
        if kind == InspectionKind.MOVE_IN:
            tenants[flat["id"]] = hh
        elif kind != InspectionKind.MOVE_OUT and flat["id"] in tenants:
            hh = tenants[flat["id"]]
        head = heads.get(hh["id"])
        handover = kind in (InspectionKind.MOVE_IN, InspectionKind.MOVE_OUT)
        worker = property_user if handover or rng.random() < 0.4 else rng.choice(workers)
        # the newest few protocols are still being written
        state = RecordState.DRAFT if n >= len(plan) - 3 else RecordState.CLOSED
        created = ctx.stamp_time(day)
        present = "Tomáš Krejčí (správa bytů)" if worker == property_user else \
            "sociální pracovnice KMB"
        if head is not None:
            present += f", {head.given_name} {head.surname} (nájemce)"
        row = out.add("inspection", dict(
            id=ctx.new_id(created), flat_id=flat["id"], kind=kind, inspected_on=day,
            worker_id=worker, household_id=hh["id"], lease_id=None,
            template_id=(_TEMPLATE.get(kind) or _TEMPLATE[None]).id, present_persons=present,
            state=state, closed_at=created + dt.timedelta(hours=1)
            if state == RecordState.CLOSED else None,
            closed_by_id=worker if state == RecordState.CLOSED else None, summary=None,
            created_at=created, updated_at=created))
        pests = kind == InspectionKind.EXTRAORDINARY and pests_left > 0
        pests_left -= pests
        defects = _items(ctx, out, row, flat, kind, pests)
        if kind == InspectionKind.EXTRAORDINARY:
            row["summary"] = rng.choice(T.EXTRA_SUMMARIES) if not pests else (
                "Kontrola na podnět nájemce – štípance u dětí. Nájemce poučen o postupu "
                "při deratizaci; byt musí být před zásahem připraven.")
        elif defects == 0:
            row["summary"] = "Byt je v pořádku, bez závad."
        _readings(ctx, out, row, meters.get(flat["id"], []), values, day)
        if handover:
            for k_kind, count in ((KeyKind.FLAT, rng.choice([2, 3, 3, 4])),
                                  (KeyKind.MAILBOX, rng.choice([1, 2])),
                                  (KeyKind.COMMON, rng.choice([1, 2, 2]))):
                out.add("key_handover", dict(id=ctx.new_id(created), inspection_id=row["id"],
                                             kind=k_kind, count=count, note=None,
                                             created_at=created))


def _items(ctx, out: _Rows, row: dict, flat: dict, kind: InspectionKind, pests: bool) -> int:
    rng = ctx.rng
    template = _TEMPLATE.get(kind) or _TEMPLATE[None]
    items = expand_rooms([TemplateItem(**i) for i in template.items], flat["rooms"])
    p_defect = {InspectionKind.MOVE_OUT: 0.08, InspectionKind.MOVE_IN: 0.02,
                InspectionKind.PERIODIC: 0.03, InspectionKind.EXTRAORDINARY: 0.15}[kind]
    closed = row["state"] == RecordState.CLOSED
    defects = 0
    for pos, it in enumerate(items):
        condition, defect = Condition.GOOD, None
        if pests and "škůdců" in it.item:
            condition, defect = Condition.DAMAGED, rng.choice(T.PESTS)
        elif it.item in T.DEFECTS and rng.random() < p_defect:
            condition = Condition.MISSING if it.item == "kouřový hlásič" else Condition.DAMAGED
            defect = rng.choice(T.DEFECTS[it.item])
        elif kind == InspectionKind.EXTRAORDINARY and "škůdců" in it.item and rng.random() < 0.3:
            condition, defect = Condition.DAMAGED, T.COCKROACHES
        elif rng.random() < 0.12:
            condition = Condition.WORN
        item = out.add("inspection_item", dict(
            id=ctx.new_id(row["created_at"]), inspection_id=row["id"], position=pos,
            room=it.room, item=it.item, condition=condition, defect=defect, note=None,
            task_id=None, created_at=row["created_at"]))
        if defect:
            defects += 1
            if closed:
                due = row["inspected_on"] + dt.timedelta(days=14)
                done = due < ctx.today and rng.random() < 0.6
                task = out.add("task", dict(
                    id=ctx.new_id(row["closed_at"]),
                    title=f"Závada v bytě: {it.room} – {it.item}: {defect}"[:200],
                    # defects go to the property queue (app/tasks_queues/routing.py)
                    owner_id=None, department=Department.PROPERTY.value, due_on=due,
                    flat_id=row["flat_id"],
                    household_id=row["household_id"], person_id=None, case_id=None,
                    detail="Zjištěno při kontrole bytu.", source=TaskSource.INSPECTION,
                    source_ref=item["id"],
                    done_at=dt.datetime.combine(due, dt.time(11)) if done else None,
                    done_by_id=ctx.users.get("tomas.krejci", row["worker_id"]) if done
                    else None, created_at=row["closed_at"]))
                item["task_id"] = task["id"]
    return defects


def _readings(ctx, out: _Rows, row: dict, meters: list, values: dict, day: dt.date) -> None:
    rng = ctx.rng
    for m in meters:
        kind = MeterKind(m.kind)
        if m.id not in values:
            values[m.id] = (_start_value(ctx, m), day)
        (t1, t2), since = values[m.id]
        days = (day - since).days
        t1 += Decimal(str(round(days * _PER_DAY[kind] * rng.uniform(0.7, 1.3), 1)))
        if t2 is not None:
            t2 += Decimal(str(round(days * _PER_DAY[kind] * 0.6 * rng.uniform(0.7, 1.3), 1)))
        values[m.id] = ((t1, t2), day)
        out.add("meter_reading", dict(
            id=ctx.new_id(row["created_at"]), inspection_id=row["id"], meter_id=m.id,
            flat_id=row["flat_id"], kind=kind, serial=m.serial, supply_point=m.supply_point,
            read_on=day, value=t1, value_t2=t2, unit=m.unit, created_at=row["created_at"]))

