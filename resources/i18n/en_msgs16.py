"""English of the allocation texts wrapped for issue 18.3 (session 16, helper msgs16):
the rules in plain sentences (describe.py), ranking reasons (engine.py), fact names
and units, bad-practice warnings (rules.py), fairness groups and warnings. On screen
only: every PDF for the council is built inside ``i18n.czech()`` and stays Czech."""
EN = {
    # units: the forms for 1, 2–4 and 5+ (or one form)
    "osoba|osoby|osob": "person|persons|persons",
    "dítě|děti|dětí": "child|children|children",
    "rok|roky|let": "year|years|years",
    "pokoj|pokoje|pokojů": "room|rooms|rooms",
    "odmítnutí|odmítnutí|odmítnutí": "refusal|refusals|refusals",
    "Kč/měs.": "CZK/month",
    "m²": "m²",
    "m² na osobu": "m² per person",
    # describe.py: the rules in plain sentences
    "{n} b.": "{n} pts",
    "nejméně {b}": "at least {b}",
    "nejvýše {b}": "at most {b}",
    "nejméně {n}": "at least {n}",
    "nejvýše {n}": "at most {n}",
    "{b}, pokud {field}": "{b} if {field}",
    "podle údaje {field} – {cases}; {other}: {b}": "by {field} – {cases}; {other}: {b}",
    "podle údaje {field} – ": "by {field} – ",
    "ostatní": "others",
    "od {lo} do {hi}": "from {lo} to {hi}",
    "od {lo}": "from {lo}",
    "pod {hi}": "below {hi}",
    "{b} za každou jednotku ({field})": "{b} per unit ({field})",
    " za posledních {months} měsíců": " in the last {months} months",
    ". Počítá se, jen když {cond}": ". Counts only when {cond}",
    ". Jen u bytů kategorie {cats}": ". Only for flats of category {cats}",
    "Vyřazení po {max}. odmítnutí nabízeného bytu za posledních {months} měsíců "
    "(odmítnutí ze závažného důvodu se nepočítá).":
        "Excluded after refusal no. {max} of an offered flat in the last {months} months "
        "(a refusal for a serious reason does not count).",
    "Dluh vůči městu nad {czk} Kč": "Debt to the town over {czk} CZK",
    " bez splátkového kalendáře": " without a repayment plan",
    ": žádost zůstává v pořadí, před nabídkou se situace posoudí individuálně a výsledek "
    "se zapíše.":
        ": the application stays ranked; before an offer the situation is assessed "
        "individually and the outcome recorded.",
    ": žádost je vyřazena.": ": the application is excluded.",
    "Vyřazení: {reason} ({cond}).": "Excluded: {reason} ({cond}).",
    "Žádost platí {months} měsíců od podání nebo obnovení; neobnovená žádost se do pořadí "
    "nezařadí.":
        "An application is valid for {months} months from filing or renewal; an application "
        "not renewed is not ranked.",
    "Kategorie bytu a žádosti: ": "Flat and application category: ",
    "byt {flat} ← žádosti {cats}": "flat {flat} ← applications {cats}",
    "Velikost bytu: {limits} osoby na pokoj": "Flat size: {limits} persons per room",
    "bezbariérový byt jen pro domácnost, která ho potřebuje":
        "a barrier-free flat only for a household that needs one",
    "kdo bezbariérový byt potřebuje, dostane jen bezbariérový":
        "whoever needs a barrier-free flat gets only a barrier-free one",
    "Bezbariérovost: ": "Barrier-free: ",
    "bez omezení": "no restriction",
    "posoudit individuálně": "assess individually",
    "vyřadit": "exclude",
    "nepřihlížet": "disregard",
    "Dostupnost: nájem a zálohy nejvýše {pct} % příjmu domácnosti; příjem neuveden: "
    "{unknown}":
        "Affordability: rent and service charges at most {pct} % of the household income; "
        "income not given: {unknown}",
    " (jen byty kategorie {cats})": " (only flats of category {cats})",
    "Součet kritérií nejvýše {b}.": "Sum of the criteria at most {b}.",
    "Sociální pracovník smí přidat nebo ubrat nejvýše {n} bodů":
        "A social worker may add or take away at most {n} points",
    ", vždy s písemným odůvodněním": ", always with a written justification",
    "; v rozpisu se ukazují zvlášť.": "; they are shown separately in the breakdown.",
    "Pravidla individuální body nepřipouštějí.": "The rules allow no individual points.",
    "žádná": "none",
    ", pak ": ", then ",
    "pevné pořadí podle identifikátoru žádosti": "a fixed order by the application id",
    # engine.py: ranking reasons
    "v kategoriích ETHOS {ranges}": "in ETHOS categories {ranges}",
    "zařazeným do programu „{name}“": "enrolled in the programme “{name}”",
    "s příjmem pod {czk} Kč na osobu": "with an income below {czk} CZK per person",
    ", udržitelnost do {day}. {month}. {year}": ", sustainability until {day}. {month}. {year}",
    ": jen domácnostem ": ": only for households ",
    "byt z dotace {source}{until}{who}": "flat funded by {source}{until}{who}",
    "{describe}; domácnost žádnou z podmínek nesplňuje":
        "{describe}; the household meets none of the conditions",
    "údaj chybí": "value missing",
    "{value} (mimo pásma)": "{value} (outside the bands)",
    "{detail}{result}, strop {pts}": "{detail}{result}, cap {pts}",
    "{detail}{result}, nejméně {pts}": "{detail}{result}, at least {pts}",
    "nepočítá se – ": "does not count – ",
    "neplatí: {words}": "not met: {words}",
    "domácnost {n}× odmítla nabídnutý byt za posledních {months} měsíců ({dates}); "
    "pravidla vyřazují po {limit}. odmítnutí":
        "the household refused an offered flat {n}× in the last {months} months ({dates}); "
        "the rules exclude after refusal no. {limit}",
    " (splátkový kalendář vyřazení neruší)": " (a repayment plan does not lift the exclusion)",
    "dluh vůči městu {czk} Kč bez splátkového kalendáře":
        "debt to the town of {czk} CZK without a repayment plan",
    "{what} – před nabídkou posoudit individuálně": "{what} – assess individually before an offer",
    "žádost platila do {day}. {month}. {year} a nebyla obnovena":
        "the application was valid until {day}. {month}. {year} and was not renewed",
    "žádá o byt kategorie „{wanted}“, byt je kategorie „{flat}“":
        "applies for a flat of category “{wanted}”, the flat is of category “{flat}”",
    "byt je pro domácnost ({who}) malý: {ppr} osoby na pokoj, norma nejvýše {limit}":
        "the flat is too small for the household ({who}): {ppr} persons per room, "
        "the norm at most {limit}",
    "byt je pro domácnost ({who}) příliš velký: {ppr} osoby na pokoj, norma nejméně {limit}":
        "the flat is too large for the household ({who}): {ppr} persons per room, "
        "the norm at least {limit}",
    "bezbariérový byt je vyhrazen domácnostem, které ho potřebují":
        "the barrier-free flat is reserved for households that need one",
    "domácnost potřebuje bezbariérový byt, tento byt bezbariérový není":
        "the household needs a barrier-free flat, this flat is not barrier-free",
    "příjem domácnosti není doložen, dostupnost nájemného nelze posoudit":
        "the household income is not documented, the affordability of the rent cannot be "
        "assessed",
    "nájem a zálohy {czk} Kč jsou {pct} % příjmu domácnosti (pravidla: nejvýše {limit} %)":
        "rent and service charges of {czk} CZK are {pct} % of the household income "
        "(rules: at most {limit} %)",
    " – posoudit individuálně (dávky na bydlení, garance)":
        " – assess individually (housing benefits, guarantees)",
    "Strop součtu kritérií": "Cap of the criteria sum",
    "součet {sum} převyšuje strop {cap}": "the sum {sum} exceeds the cap {cap}",
    "pravidla individuální body nepřipouštějí": "the rules allow no individual points",
    "chybí písemné odůvodnění – nezapočteno": "written justification missing – not counted",
    "omezeno na ±{n} bodů podle pravidel": "limited to ±{n} points by the rules",
    "tento byt už domácnost odmítla": "the household has already refused this flat",
    "má otevřenou nebo přijatou nabídku jiného bytu":
        "has an open or accepted offer of another flat",
    "domácnost už má platnou nájemní smlouvu na obecní byt":
        "the household already has a valid lease of a municipal flat",
    "{why} ({lease}); přidělit lze jen výměnou bytu, která dosavadní nájem ukončí":
        "{why} ({lease}); a flat can be allocated only as an exchange that ends the current "
        "lease",
    "stejně bodů jako předchozí; rozhodlo: {what}": "same points as the previous one; decided by: {what}",
    "stejně bodů i pomocných kritérií jako předchozí; rozhodlo pevné pořadí podle "
    "identifikátoru žádosti":
        "same points and tie-break criteria as the previous one; decided by the fixed order "
        "of the application id",
    "smlouva {number}, {address}, byt č. {flat_no}": "lease {number}, {address}, flat no. {flat_no}",
    # rules.py: validation and bad practice
    "Pravidla musí být objekt JSON ({ … }).": "The rules must be a JSON object ({ … }).",
    "má být objekt { … }.": "should be an object { … }.",
    'má být objekt {"max_points": n, "requires_justification": true}.':
        'should be an object {"max_points": n, "requires_justification": true}.',
    'podmínka má tvar {"field": …, "op": …, "value": …}.':
        'a condition has the form {"field": …, "op": …, "value": …}.',
    'případ má tvar {"values": [...], "points": n, "label": …}.':
        'a case has the form {"values": [...], "points": n, "label": …}.',
    'pásmo má tvar {"min": a, "max": b, "points": n}.':
        'a band has the form {"min": a, "max": b, "points": n}.',
    "Veřejný ochránce práv": "Public Defender of Rights (Ombudsman)",
    "Ministerstvo vnitra (metodické doporučení k pronájmu obecních bytů)":
        "Ministry of the Interior (methodological recommendation on letting municipal flats)",
    "Veřejný ochránce práv, sp. zn. 5683/2023 a 2266/2019":
        "Public Defender of Rights (Ombudsman), file nos. 5683/2023 and 2266/2019",
    "zákon č. 198/2009 Sb. (antidiskriminační zákon)":
        "Act No. 198/2009 Coll. (Anti-Discrimination Act)",
    "Dlužníci jsou vyřazeni automaticky, bez individuálního posouzení. Dluh má vést "
    "k posouzení situace (splátky, příčina dluhu), ne k plošnému vyloučení; použijte akci "
    "„review“.":
        "Debtors are excluded automatically, without an individual assessment. A debt should "
        "lead to an assessment of the situation (repayments, the cause of the debt), not to a "
        "blanket exclusion; use the action “review”.",
    "Žádost se vyřazuje už po jednom odmítnutí. Odmítnout nevhodný byt (velikost, bariéry, "
    "lokalita, vzdálenost od školy či práce) je legitimní; vyřazení má přijít nejdřív po "
    "opakovaném neodůvodněném odmítnutí.":
        "An application is excluded after a single refusal. Refusing an unsuitable flat "
        "(size, barriers, location, distance from school or work) is legitimate; exclusion "
        "should come only after repeated unjustified refusals.",
    "Podmínka trvalého pobytu (nebo délky pobytu) ve městě vylučuje lidi v bytové nouzi, "
    "kteří trvalý pobyt mít nemohou (ubytovny, azylové domy). Pobyt ve městě může nanejvýš "
    "přidávat body.":
        "A condition of permanent residence (or length of residence) in the town excludes "
        "people in housing need who cannot have a permanent residence (hostels, shelters). "
        "Residence in the town may at most add points.",
    "Vyloučení lidí, kteří pobírají dávky, je nepřímá diskriminace; dávky na bydlení naopak "
    "nájem zajišťují.":
        "Excluding people who receive benefits is indirect discrimination; housing benefits, "
        "on the contrary, secure the rent.",
    "Minimální příjem jako podmínka vylučuje právě domácnosti s nejnižšími příjmy, kterým "
    "jsou obecní byty určeny; schopnost platit nájem posuďte individuálně (dávky na bydlení, "
    "garance, splátky).":
        "A minimum income as a condition excludes exactly the households with the lowest "
        "incomes, for whom municipal flats are meant; assess the ability to pay the rent "
        "individually (housing benefits, guarantees, instalments).",
    "Vyřazení podle zdravotního postižení (nebo potřeby bezbariérového bytu) je přímá "
    "diskriminace.":
        "Exclusion because of a disability (or the need of a barrier-free flat) is direct "
        "discrimination.",
    "Vyřazení podle počtu dětí, těhotenství nebo velikosti domácnosti znevýhodňuje rodiny "
    "s dětmi; velikost bytu řeší pravidlo párování „osob na pokoj“, ne vyřazení z pořadí.":
        "Exclusion by the number of children, pregnancy or household size disadvantages "
        "families with children; the flat size is a matter of the matching rule “persons per "
        "room”, not of exclusion from the ranking.",
    "Absolutní podmínka bezdlužnosti vyřazuje i toho, kdo dluh splácí nebo ho nezavinil. "
    "Dluh posuďte individuálně (vyřazení typu „dluh“ s akcí „review“).":
        "An absolute no-debt condition also excludes those who repay a debt or did not cause "
        "it. Assess a debt individually (an exclusion of type “debt” with the action "
        "“review”).",
    "Podmínka vyřazuje žádost už po jednom odmítnutí nabídky; odmítnout nevhodný byt je "
    "legitimní.":
        "The condition excludes an application after a single refused offer; refusing an "
        "unsuitable flat is legitimate.",
    "Kritérium ubírá body lidem, kteří pobírají dávky – to je nepřímá diskriminace.":
        "The criterion takes points away from people who receive benefits – that is indirect "
        "discrimination.",
    "Body závisí na tom, zda žadatel pobírá dávky – to je nepřímá diskriminace.":
        "The points depend on whether the applicant receives benefits – that is indirect "
        "discrimination.",
    "Kritérium ubírá body za dítě, těhotenství nebo větší domácnost – znevýhodňuje rodiny "
    "s dětmi.":
        "The criterion takes points away for a child, pregnancy or a larger household – it "
        "disadvantages families with children.",
    "Kritérium ubírá body za zdravotní postižení – to je přímá diskriminace.":
        "The criterion takes points away for a disability – that is direct discrimination.",
    "Body za pobyt ve městě rostou i po {years} letech ({at_limit} bodů po {years} letech, "
    "{at_long} po {later}): velmi dlouhý pobyt zvýhodňuje starousedlíky před lidmi "
    "v akutní bytové nouzi.":
        "The points for residence in the town still grow after {years} years ({at_limit} "
        "points after {years} years, {at_long} after {later}): a very long residence favours "
        "old-timers over people in acute housing need.",
    "Žádost bez doloženého příjmu se vyřazuje automaticky; příjem lze doplnit nebo posoudit "
    "individuálně (akce „review“).":
        "An application without a documented income is excluded automatically; the income "
        "can be added or assessed individually (action “review”).",
    "Domácnost, jejíž nájem by přesáhl stanovený podíl příjmu, je vyřazena automaticky – "
    "fakticky jde o podmínku minimálního příjmu. Dostupnost posuďte individuálně (akce "
    "„review“): dávky na bydlení, garance.":
        "A household whose rent would exceed the set share of its income is excluded "
        "automatically – in effect a minimum-income condition. Assess affordability "
        "individually (action “review”): housing benefits, guarantees.",
    "Individuální body bez písemného odůvodnění nejsou předvídatelné ani přezkoumatelné "
    "(kritika brněnských městských částí).":
        "Individual points without a written justification are neither predictable nor "
        "reviewable (the criticism of Brno's city districts).",
    # fairness.py: groups and the warning
    "osamělý rodič s dětmi": "single parent with children",
    "senior (65 a více let)": "senior (65 years or more)",
    "osoba se zdravotním postižením": "person with a disability",
    "početná rodina (3 a více dětí)": "large family (3 or more children)",
    "mladý dospělý odcházející z péče (ETHOS 6, 18–26 let)":
        "young adult leaving care (ETHOS 6, 18–26 years)",
    "ETHOS: bez střechy": "ETHOS: roofless",
    "ETHOS: bez bytu": "ETHOS: houseless",
    "ETHOS: nejisté bydlení": "ETHOS: insecure housing",
    "ETHOS: nevyhovující bydlení": "ETHOS: inadequate housing",
    "{group}: {all_pct:.0f} % způsobilých žádostí, ale jen {top_pct:.0f} % prvních {top} "
    "míst – pravidla tuto skupinu zřetelně znevýhodňují.":
        "{group}: {all_pct:.0f} % of eligible applications, but only {top_pct:.0f} % of the "
        "first {top} places – the rules clearly disadvantage this group.",
    # shared labels: lists on screen (documents build them inside i18n.czech())
    "nar. {year}": "born {year}",
    "žádost {number}": "application {number}",
    "{kind} č. {serial}": "{kind} no. {serial}",
    # reports.contract.template_problems (a wording's problems, on screen)
    "Šablona je prázdná.": "The template is empty.",
    "Neznámý zástupný symbol {placeholder}.": "Unknown placeholder {placeholder}.",
    "Řádek {line}: neuzavřené závorky {braces}.": "Line {line}: unclosed braces {braces}.",
    "Řádek {line}: {block} musí stát na samostatném řádku.":
        "Line {line}: {block} must stand on a line of its own.",
    "Šablona nemá nadpis (řádek začínající „# “).":
        "The template has no title (a line starting with “# ”).",
    "Šablonu smlouvy nelze použít: {problems}": "The contract template cannot be used: {problems}",
}
