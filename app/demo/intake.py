"""Demo intake and case work: a year of contacts at the front desk, referrals
to partner services of a Trutnov-sized town, cases opened, worked on and
closed by the office's social workers, their tasks and notes, and the
Housing Support Act entries ("potřebný").

Everything is drawn from ``ctx.rng`` (deterministic) and written with the
bulk insert; the step shares its cases with later steps in
``ctx.extra["intake"]``."""
from __future__ import annotations

import datetime as dt
import decimal
from dataclasses import dataclass

from models.cases import CaseStatus, TaskSource
from models.intake import (Channel, DistrictLink, NeedState, Outcome, PartnerKind, Urgency)
from models.people import Relation

from ..czech_names import referral_check, verb_with_name
from ..intake import SUBSISTENCE_DEFAULTS
from ..intake.eligibility import Rules, add_months, dated, income_limit, subsistence_minimum
from ..legal.parameters import default_table
from .context import DemoContext, DemoPerson

K = PartnerKind
PARTNERS = [
    # name, kind, contact person, phone, address, opening hours, note
    ("Občanská poradna Trutnov", K.CITIZENS_ADVICE, "Mgr. Alena Šťastná", "+420 499 811 230",
     "Horská 5, 541 01 Trutnov", "po a st 8–17, čt 8–12",
     "Bezplatné poradenství: nájem, spotřebitelské smlouvy, sociální dávky."),
    ("Dluhová poradna Krakonoš, z. s.", K.DEBT_COUNSELLING, "Bc. Martin Vlček",
     "+420 731 402 118", "Palackého 112, 541 01 Trutnov", "út a čt 9–16, jinak po domluvě",
     "Oddlužení, splátkové kalendáře, jednání s exekutory. Objednací doba asi týden."),
    ("Sociální rehabilitace – Centrum sociálních služeb města", K.SOCIAL_REHABILITATION,
     "Petra Kubátová, DiS.", "+420 499 318 440", "Na Struze 124, 541 01 Trutnov", "po–pá 7–15",
     "Nová služba příspěvkové organizace města: nácvik hospodaření, péče o domácnost."),
    ("Psychiatrická ambulance Poříčí", K.PSYCHIATRIC_CARE, "MUDr. Karel Hanuš",
     "+420 499 733 905", "Úpická 102, 541 03 Trutnov", "po–čt 7–15, pá 7–12",
     "Nové pacienty přijímá po telefonické domluvě; čekací doba 4–6 týdnů."),
    ("Centrum duševního zdraví Podkrkonoší", K.PSYCHIATRIC_CARE, "Mgr. Tereza Málková",
     "+420 733 190 522", "Gorkého 38, 541 01 Trutnov", "po–pá 8–16",
     "Terénní tým, krizová intervence; přijímá i bez doporučení lékaře."),
    ("Úřad práce ČR – kontaktní pracoviště Trutnov", K.LABOUR_OFFICE, "oddělení nepojistných dávek",
     "+420 950 131 111", "Náchodská 359, 541 01 Trutnov", "po a st 8–17, út a čt 8–13",
     "Příspěvek a doplatek na bydlení, příspěvek na živobytí, mimořádná okamžitá pomoc."),
    ("Azylový dům pro muže Trutnov", K.SHELTER, "Jiří Doležal", "+420 499 811 976",
     "Žižkova 410, 541 01 Trutnov", "nonstop, příjem po–pá 8–15",
     "Kapacita 24 lůžek; noclehárna 8 lůžek v zimním období."),
    ("Azylový dům pro matky s dětmi Domeček", K.SHELTER, "Bc. Lenka Horáková",
     "+420 731 555 207", "Lesní 77, 541 02 Trutnov", "po–pá 8–16",
     "Matky a otcové s dětmi; volná místa ověřit telefonicky."),
    ("Most k domovu – terénní programy, z. ú.", K.NGO, "Ondřej Pešek", "+420 739 228 410",
     "Krakonošovo náměstí 72, 541 01 Trutnov", "po–pá 9–17",
     "Terénní sociální práce, doprovod na úřady, pomoc s doklady."),
    ("Poradna pro rodinu a mezilidské vztahy", K.NGO, "PhDr. Eva Marková", "+420 499 813 661",
     "Jihoslovanská 25, 541 01 Trutnov", "po–pá 8–16", "Rodinné konflikty, domácí násilí."),
    ("Odbor sociálních věcí – OSPOD", K.SOCIAL_DEPARTMENT, "Mgr. Hana Veselá",
     "+420 499 803 250", "Slovanské náměstí 165, 541 16 Trutnov", "po a st 8–17",
     "Sociálně-právní ochrana dětí."),
]

U, C = Urgency, Channel


@dataclass(frozen=True)
class Story:
    reason: str
    ethos: tuple[int | None, ...]
    partners: tuple[PartnerKind, ...]
    case_chance: float
    urgency: tuple[int, int, int]       # weights acute, week, planned
    weight: int


STORIES = [
    Story("Výpověď z nájmu, hledá nové bydlení", (9,), (K.CITIZENS_ADVICE,), 0.6, (2, 6, 2), 10),
    Story("Dluh na nájemném, hrozí ztráta bydlení", (9,), (K.DEBT_COUNSELLING,), 0.55,
          (2, 6, 2), 12),
    Story("Exekuce a dluhy, přestal platit nájem", (9, 8), (K.DEBT_COUNSELLING, K.CITIZENS_ADVICE),
          0.4, (1, 5, 4), 8),
    Story("Bydlí na ubytovně, chce nájemní byt", (8, 3), (K.LABOUR_OFFICE,), 0.5, (0, 3, 7), 9),
    Story("Žádost o sociální byt", (8, 12), (), 0.7, (0, 3, 7), 9),
    Story("Rodina s dětmi v přelidněném bytě 1+1", (13,), (K.LABOUR_OFFICE,), 0.55, (0, 3, 7), 6),
    Story("Vlhký byt s plísní, majitel nic neopraví", (12,), (K.CITIZENS_ADVICE,), 0.3,
          (0, 3, 7), 5),
    Story("Po výkonu trestu, nemá kde bydlet", (6,), (K.LABOUR_OFFICE, K.NGO), 0.6, (6, 3, 1), 3),
    Story("Domácí násilí, potřebuje bezpečné ubytování", (10,), (K.SHELTER, K.NGO), 0.8,
          (8, 2, 0), 3),
    Story("Přespává venku, potřebuje noclehárnu", (1,), (K.SHELTER, K.NGO), 0.5, (8, 2, 0), 3),
    Story("V noclehárně, hledá dlouhodobé řešení", (2,), (K.SHELTER, K.SOCIAL_REHABILITATION),
          0.5, (2, 5, 3), 3),
    Story("Matka s dětmi v azylovém domě, hledá byt", (4,), (K.SHELTER, K.SOCIAL_DEPARTMENT),
          0.65, (1, 5, 4), 3),
    Story("Psychické potíže, konflikty se sousedy, hrozí výpověď", (9, 12),
          (K.PSYCHIATRIC_CARE, K.SOCIAL_REHABILITATION), 0.5, (2, 5, 3), 5),
    Story("Senior nezvládá schody, hledá bezbariérový byt", (12,), (K.NGO,), 0.35, (0, 2, 8), 5),
    Story("Informace o zákonu o podpoře bydlení", (None,), (), 0.0, (0, 1, 9), 8),
    Story("Dotaz na příspěvek na bydlení", (None, 8), (K.LABOUR_OFFICE,), 0.0, (0, 2, 8), 7),
    Story("Končí nájemní smlouva na dobu určitou", (9,), (K.CITIZENS_ADVICE,), 0.3, (1, 5, 4), 5),
    Story("Nedoplatek za energie, hrozí odpojení", (9,), (K.DEBT_COUNSELLING, K.LABOUR_OFFICE),
          0.25, (3, 5, 2), 5),
]

FOLLOW_UPS = [
    "Doloženy výplatní pásky a rozhodnutí o dávkách.",
    "Telefonicky: schůzka u pronajímatele dopadla dobře.",
    "Společně vyplněna žádost o byt.",
    "Kontrola splátkového kalendáře, platí včas.",
    "Přinesl doklady, domluvena další schůzka.",
    "Konzultace k žádosti o příspěvek na bydlení.",
    "Návštěva v domácnosti, situace se stabilizovala.",
    "Hledá podnájem, probrány nabídky z realitních serverů.",
    "Jednání s majetkovým odborem o volném bytě.",
    "Doprovod na úřad práce.",
]
TASKS = [
    "Doložit příjmy domácnosti za 3 měsíce",
    "Domluvit sociální šetření v domácnosti",
    "Podat žádost o sociální byt",
    "Ověřit nárok na příspěvek na bydlení na ÚP",
    "Připravit podklady pro radu města",
    "Schůzka s dluhovou poradkyní",
    "Zkontrolovat splátkový kalendář",
    "Návštěva v bytě po nastěhování",
    "Zavolat pronajímateli kvůli prodloužení smlouvy",
    "Zajistit doklady (OP, rodné listy dětí)",
]
NOTES = [
    "Spolupráce dobrá, na schůzky chodí včas.",
    "Dohodnuto, že do příští schůzky zjistí výši dluhu u pronajímatele.",
    "Telefon často nedostupný – nechat vzkaz u sousedky.",
    "Domácnost zvládá hospodaření, rozpočet sestaven společně.",
    "Majetkový odbor potvrdil, že byt bude volný k 1. dni příštího měsíce.",
    "Obava z návratu bývalého partnera, probrán bezpečnostní plán.",
    "Děti chodí do školy pravidelně, OSPOD informován.",
    "Exekuce zastavena, splátky na dluh po 1 500 Kč měsíčně.",
]
CLOSE_NOTES = ["Bydlení stabilizováno, spolupráce ukončena.",
               "Přestal(a) docházet, případ uzavřen.",
               "Přestěhování mimo obvod.",
               "Situace vyřešena předáním do dluhové poradny."]

DEFAULT_RULES = Rules(dict(SUBSISTENCE_DEFAULTS), decimal.Decimal("1.6"),
                      frozenset({DistrictLink.PERMANENT_RESIDENCE, DistrictLink.LIVING_2Y,
                                 DistrictLink.WORKING_2Y, DistrictLink.STUDYING_2Y}),
                      2, 12, decimal.Decimal("9.5"), 7)


LEGAL = default_table()
MEASURES_FROM = dt.date(2026, 7, 1)     # support measures of zákon č. 175/2025 Sb.


def _weekday(day: dt.date, today: dt.date) -> dt.date:
    while day.weekday() >= 5:
        day -= dt.timedelta(days=1)
    return min(day, today)


class _Builder:
    def __init__(self, ctx: DemoContext):
        self.ctx = ctx
        self.rng = ctx.rng
        self.today = ctx.today
        # in the order of insertion: parents before children (the foreign keys are
        # deferred, but a violation pending while its parent table fills makes SQLite
        # scan the child table for every row inserted)
        self.rows: dict[str, list[dict]] = {t: [] for t in (
            "partner_organisation", "case", "case_status_change", "contact_record", "task",
            "referral", "note", "housing_need_record")}
        self.numbered: list[tuple[dict, dict]] = []     # (case, its first task)
        self.partners: dict[PartnerKind, list[str]] = {}
        self.members: dict[str, list[DemoPerson]] = {}
        for p in ctx.persons:
            self.members.setdefault(p.household_id, []).append(p)

    # -- helpers ----------------------------------------------------------------
    def when(self, day: dt.date) -> dt.datetime:
        # office hours (UTC); today only the morning has happened so far
        hour = self.rng.randint(7, 9) if day == self.today else self.rng.randint(7, 14)
        return dt.datetime(day.year, day.month, day.day, hour,
                           self.rng.choice([0, 5, 10, 15, 20, 30, 40, 45, 50]))

    def pick_worker(self) -> str:
        workers = self.ctx.workers
        # the first worker (Jana Dvořáková) does a bit more of the front desk
        weights = [3] + [2] * (len(workers) - 1)
        return self.rng.choices(workers, weights=weights)[0]

    def channel(self, first: bool) -> Channel:
        weights = (60, 25, 8, 7) if first else (40, 40, 5, 15)
        return self.rng.choices([C.IN_PERSON, C.PHONE, C.EMAIL, C.FIELD], weights=weights)[0]

    def minutes(self, channel: Channel, first: bool) -> int:
        if channel in (C.PHONE, C.EMAIL):
            return self.rng.choice([5, 10, 10, 15, 20])
        return self.rng.choice([20, 30, 30, 40, 45, 60, 90] if first else [15, 20, 30, 45, 60])

    # -- partners ---------------------------------------------------------------
    def build_partners(self) -> None:
        for name, kind, person, phone, address, hours, note in PARTNERS:
            pid = self.ctx.new_id(self.today - dt.timedelta(days=400))
            email = "info@" + "".join(ch for ch in name.split()[0].lower() if ch.isalpha()) \
                + ".example.cz"
            self.rows["partner_organisation"].append(dict(
                id=pid, name=name, kind=kind, contact_person=person, phone=phone, email=email,
                address=address, opening_hours=hours, note=note, active=True,
                created_at=dt.datetime.combine(self.today - dt.timedelta(days=400), dt.time(8))))
            self.partners.setdefault(kind, []).append(pid)

    def partner_for(self, kind: PartnerKind) -> str:
        return self.rng.choice(self.partners.get(kind) or self.partners[K.NGO])

    # -- one client's year ---------------------------------------------------------
    def client(self, p: DemoPerson) -> None:
        rng, today = self.rng, self.today
        story = rng.choices(STORIES, weights=[s.weight for s in STORIES])[0]
        first_day = _weekday(today - dt.timedelta(days=rng.randint(0, 364)), today)
        urgency = rng.choices([U.ACUTE, U.WEEK, U.PLANNED], weights=story.urgency)[0]
        worker = self.pick_worker()
        ethos = rng.choice(story.ethos)
        household = self.members.get(p.household_id, [p])
        case = None
        at = self.when(first_day)
        if rng.random() < story.case_chance:
            case = self.open_case(p, first_day, story, urgency, at)
        # the first contact
        channel = self.channel(True)
        referred = [k for k in story.partners if rng.random() < 0.75] if not case else \
            [k for k in story.partners if rng.random() < 0.5]
        outcome = (Outcome.CASE_OPENED if case else
                   Outcome.REFERRAL if referred else Outcome.INFORMATION)
        contact = self.contact(p, first_day, channel, story.reason, ethos, urgency, outcome,
                               worker, case, household, first=True, at=at)
        for kind in referred:
            self.referral(p, contact, kind, first_day, worker, case, story.reason)
        if case is None:
            for _ in range(rng.choice([0, 0, 1, 1, 2])):      # came back later
                day = _weekday(first_day + dt.timedelta(days=rng.randint(7, 120)), today)
                if day > first_day:
                    self.contact(p, day, self.channel(False), rng.choice(FOLLOW_UPS), ethos,
                                 U.PLANNED, Outcome.INFORMATION, worker, None, household,
                                 first=False)
            return
        self.case_life(p, case, story, ethos, household, first_day)

    def open_case(self, p: DemoPerson, day: dt.date, story: Story, urgency: Urgency,
                  at: dt.datetime) -> dict:
        case = dict(id=self.ctx.new_id(at), number=None, person_id=p.id,
                    household_id=p.household_id, assigned_worker_id=self.pick_worker(),
                    status=CaseStatus.NEW, opened_on=day, closed_on=None, summary=story.reason,
                    created_at=at)
        self.rows["case"].append(case)
        self.status(case, CaseStatus.NEW, at, "Případ otevřen")
        first = self.task(case, p, "Nový případ {number}: "
                          + verb_with_name("kontaktovat", p.given_name, p.surname, p.sex),
                          day + dt.timedelta(days={U.ACUTE: 0, U.WEEK: 7, U.PLANNED: 14}[urgency]),
                          at, done_after=self.rng.randint(0, 5))
        self.numbered.append((case, first))
        return case

    def status(self, case: dict, status: CaseStatus, at: dt.datetime, note: str | None) -> None:
        self.rows["case_status_change"].append(dict(
            id=self.ctx.new_id(at), case_id=case["id"], status=status, changed_at=at,
            changed_by_id=case["assigned_worker_id"], note=note, created_at=at))
        case["status"] = status

    def case_life(self, p, case, story, ethos, household, first_day) -> None:
        rng, today = self.rng, self.today
        worker = case["assigned_worker_id"]
        age = (today - first_day).days
        end = today
        # status path, each step only if its day has come
        progress_day = first_day + dt.timedelta(days=rng.randint(2, 30))
        if progress_day <= today:
            self.status(case, CaseStatus.IN_PROGRESS, self.when(progress_day), None)
            fate = rng.random()
            if fate < 0.35 and age > 90:
                housed = progress_day + dt.timedelta(days=rng.randint(40, max(41, age - 30)))
                if housed < today:
                    self.status(case, CaseStatus.HOUSED, self.when(housed),
                                "Podepsána nájemní smlouva.")
                    close = housed + dt.timedelta(days=rng.randint(60, 200))
                    if close < today and rng.random() < 0.6:
                        end = close
            elif fate < 0.55 and age > 45:
                close = progress_day + dt.timedelta(days=rng.randint(20, max(21, age - 20)))
                if close < today:
                    end = close
        if end < today:
            self.status(case, CaseStatus.CLOSED, self.when(end), rng.choice(CLOSE_NOTES))
            case["closed_on"] = end
        # follow-up contacts between the opening and the end (or today)
        span = (end - first_day).days
        n_contacts = min(rng.randint(2, 9), max(0, span // 7))
        days = sorted({_weekday(first_day + dt.timedelta(days=rng.randint(3, max(3, span))), end)
                       for _ in range(n_contacts)})
        if case["closed_on"] is None:
            if rng.random() < 0.2:
                # quiet for a while: these show as "without contact for 30+ days"
                days = [d for d in days if (today - d).days > 35]
            elif span > 7 and not any((today - d).days < 25 for d in days):
                days.append(_weekday(today - dt.timedelta(days=rng.randint(1, 24)), today))
        for day in days:
            if day <= first_day:
                continue
            partners = [k for k in story.partners if rng.random() < 0.15]
            contact = self.contact(p, day, self.channel(False), rng.choice(FOLLOW_UPS),
                                   ethos if rng.random() < 0.85 else None,
                                   U.PLANNED, Outcome.REFERRAL if partners else Outcome.INFORMATION,
                                   worker, case, household, first=False)
            for kind in partners:
                self.referral(p, contact, kind, day, worker, case, None)
        # notes
        for _ in range(rng.randint(1, 3)):
            day = first_day + dt.timedelta(days=rng.randint(0, max(0, span)))
            at = self.when(min(day, today))
            self.rows["note"].append(dict(id=self.ctx.new_id(at), case_id=case["id"],
                                          person_id=p.id, author_id=worker, written_at=at,
                                          text=rng.choice(NOTES), created_at=at))
        # tasks: done ones in the past, open ones for open cases
        for _ in range(rng.randint(0, 2)):
            day = first_day + dt.timedelta(days=rng.randint(1, max(1, span)))
            if day < today - dt.timedelta(days=3):
                self.task(case, p, rng.choice(TASKS), day, self.when(first_day),
                          done_after=rng.randint(-3, 2))
        if case["closed_on"] is None:
            for _ in range(rng.choice([0, 1, 1])):
                due = today + dt.timedelta(days=rng.randint(-6, 30))
                while due.weekday() >= 5:
                    due += dt.timedelta(days=1)
                self.task(case, p, rng.choice(TASKS), due,
                          self.when(max(first_day, min(due, today) - dt.timedelta(days=10))))
        # the Housing Support Act: assessment and entry as "potřebný"
        if story.ethos[0] is not None and rng.random() < 0.45:
            self.need(p, case, household, first_day)

    def contact(self, p, day, channel, reason, ethos, urgency, outcome, worker, case, household,
                first: bool, at: dt.datetime | None = None) -> dict:
        at = at or self.when(day)
        area = persons = None
        if ethos in (12, 13) and first:
            persons = max(len(household), 2) if ethos == 13 else len(household)
            area = decimal.Decimal(self.rng.randint(180, 420) if ethos == 13 else
                                   self.rng.randint(250, 700)) / 10
        row = dict(id=self.ctx.new_id(at), person_id=p.id, household_id=p.household_id,
                   case_id=case["id"] if case else None, worker_id=worker, occurred_at=at,
                   channel=channel, reason=reason, ethos_category=ethos,
                   dwelling_area_m2=area, dwelling_persons=persons, urgency=urgency,
                   minutes_spent=self.minutes(channel, first), outcome=outcome,
                   counselling_given=first and channel != C.EMAIL and ethos is not None,
                   note=None, created_at=at)
        self.rows["contact_record"].append(row)
        return row

    def referral(self, p, contact, kind, day, worker, case, reason) -> None:
        rng, today = self.rng, self.today
        partner = self.partner_for(kind)
        at = contact["occurred_at"]
        rid = self.ctx.new_id(at)
        arrived = checked = None
        follow = day + dt.timedelta(days=7)
        if follow < today - dt.timedelta(days=3) or (follow <= today and rng.random() < 0.7):
            if rng.random() < 0.985:
                arrived = rng.random() < 0.75
                checked = min(follow + dt.timedelta(days=rng.randint(0, 4)), today)
        name = next(r["name"] for r in self.rows["partner_organisation"] if r["id"] == partner)
        task = self.task(case, p, referral_check(p.given_name, p.surname, p.sex, name),
                         follow, at, done_on=checked, owner=worker,
                         source=TaskSource.REFERRAL, source_ref=rid, detail=reason)
        self.rows["referral"].append(dict(
            id=rid, contact_id=contact["id"], person_id=p.id, partner_id=partner,
            case_id=case["id"] if case else None, referred_on=day,
            reason=reason or contact["reason"], arrived=arrived, checked_on=checked,
            follow_up_task_id=task["id"], created_at=at))

    def task(self, case, p, title, due, created, *, done_after: int | None = None,
             done_on: dt.date | None = None, owner: str | None = None,
             source: TaskSource = TaskSource.MANUAL, source_ref: str | None = None,
             detail: str | None = None) -> dict:
        if done_after is not None and done_on is None:
            day = due + dt.timedelta(days=done_after)
            done_on = day if day < self.today else None
        done_at = self.when(max(done_on, created.date())) if done_on else None
        row = dict(id=self.ctx.new_id(created), title=title, detail=detail,
                   case_id=case["id"] if case else None, person_id=p.id,
                   household_id=p.household_id, flat_id=None,
                   owner_id=owner or (case["assigned_worker_id"] if case else None),
                   due_on=due, done_at=done_at, done_by_id=None if not done_at else
                   (owner or (case["assigned_worker_id"] if case else None)),
                   source=source, source_ref=source_ref, created_at=created)
        self.rows["task"].append(row)
        return row

    def need(self, p, case, household, first_day) -> None:
        rng, today = self.rng, self.today
        started = min(first_day + dt.timedelta(days=rng.randint(0, 14)), today)
        members = [(m.birth_date, Relation(m.relation) if m.relation else None)
                   for m in household]
        rules = dated(DEFAULT_RULES, LEGAL, started)    # the legal values of that day
        subsistence = subsistence_minimum(rules, members, started)
        limit = income_limit(rules, subsistence)
        register = rng.random() < 0.6 and (today - started).days > 10
        income = rng.randint(int(limit * 0.45), int(limit * 0.95)) if register or \
            rng.random() < 0.7 else rng.randint(limit, int(limit * 1.4))
        income = income // 10_000 * 10_000
        link = DistrictLink.PERMANENT_RESIDENCE if rng.random() < 0.8 else \
            rng.choice([DistrictLink.LIVING_2Y, DistrictLink.WORKING_2Y])
        registered = _weekday(started + dt.timedelta(days=rng.randint(5, 30)), today) \
            if register else None
        if registered is not None and registered < MEASURES_FROM:
            # entries as "potřebný" exist from 1. 7. 2026 (zákon č. 175/2025 Sb.)
            registered = min(MEASURES_FROM + (registered - started), today)
        rules = dated(DEFAULT_RULES, LEGAL, registered or started)
        state = NeedState.REGISTERED if register else NeedState.PENDING
        valid = add_months(registered, rules.validity_months) if registered else None
        if valid is not None and valid < today:
            state = NeedState.EXPIRED
        at = self.when(started)
        self.rows["housing_need_record"].append(dict(
            id=self.ctx.new_id(at), person_id=p.id, household_id=p.household_id,
            contact_id=None, worker_id=case["assigned_worker_id"], assessment_started_on=started,
            assessment_done_on=registered, household_income_hal=income,
            subsistence_minimum_hal=subsistence, income_limit_factor=rules.income_factor,
            income_eligible=income < limit, district_link=link,
            special_vulnerability=rng.random() < 0.2, state=state, registered_on=registered,
            valid_until=valid, note=None, created_at=at))

    def number_cases(self) -> None:
        """File numbers in the order the cases were opened, per year."""
        next_number = self.ctx.numberer("case")
        for case, task in sorted(self.numbered, key=lambda ct: (ct[0]["opened_on"],
                                                                ct[0]["created_at"])):
            case["number"] = next_number(case["opened_on"].year)
            task["title"] = task["title"].format(number=case["number"])

    # -- make sure the dashboard has something today -------------------------------
    def tasks_for_first_worker(self) -> None:
        """The first worker (Jana Dvořáková in the demo) has tasks due today and
        overdue ones, as a real Monday-to-Friday desk would."""
        worker = self.ctx.workers[0]
        open_tasks = [t for t in self.rows["task"] if t["owner_id"] == worker
                      and t["done_at"] is None and t["source"] == TaskSource.MANUAL]
        self.rng.shuffle(open_tasks)
        for t in open_tasks[:3]:
            t["due_on"] = self.today
        for t in open_tasks[3:6]:
            if t["due_on"] >= self.today:
                t["due_on"] = self.today - dt.timedelta(days=self.rng.randint(1, 9))


def build_intake(ctx: DemoContext) -> None:
    if not ctx.workers:
        return
    b = _Builder(ctx)
    b.build_partners()
    rng = ctx.rng
    heads = [p for p in ctx.persons if p.relation == Relation.HEAD.value
             and (ctx.today - p.birth_date).days >= 18 * 365]
    partners = [p for p in ctx.persons if p.relation == Relation.PARTNER.value
                and (ctx.today - p.birth_date).days >= 18 * 365]
    limit = 4000 if ctx.size == "city" else 10**9
    clients = [p for p in heads if rng.random() < 0.85][:limit]
    clients += [p for p in partners if rng.random() < 0.3][:limit // 5]
    for p in clients:
        b.client(p)
    b.number_cases()
    b.tasks_for_first_worker()
    for table, rows in b.rows.items():
        ctx.insert(table, rows)
    ctx.extra["intake"] = dict(partners=b.rows["partner_organisation"], cases=b.rows["case"],
                               contacts=b.rows["contact_record"])
