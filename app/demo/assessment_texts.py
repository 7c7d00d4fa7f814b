"""Phrases for the demo's social assessments and flat inspections: invented,
in the voice of the field notes, combined at random (no real person's data)."""

# ETHOS category -> (weight, housing situations, conditions)
ETHOS_TEXTS = {
    9: (26, [
        "Domácnost bydlí v nájemním bytě soukromého pronajímatele. Pronajímatel dal výpověď "
        "z nájmu pro dluh na nájemném; nájem skončí za {months} měsíce.",
        "Nájemní smlouva na městský byt nebyla pro dluh na nájemném prodloužena; domácnost "
        "byt užívá bez právního titulu a hrozí jí vyklizení.",
    ], [
        "Byt 2+1 ve starším domě, vytápění plynem, běžně vybavený.",
        "Byt je udržovaný, ale domácnost má omezenou dodávku elektřiny pro dluh u dodavatele.",
    ]),
    8: (24, [
        "Přechodně bydlí u příbuzných v bytě 2+1, kde žije dalších {others} osob; bez nájemní "
        "smlouvy a bez možnosti přihlásit se k trvalému pobytu.",
        "Bydlí u známých na rozkládacím gauči, pobyt je dohodnutý jen „do konce měsíce“.",
    ], [
        "Domácnost má k dispozici jeden pokoj, kuchyň a koupelnu sdílí s majiteli bytu.",
        "Přelidněný byt, děti nemají vlastní místo na učení.",
    ]),
    3: (16, [
        "Bydlí na ubytovně v obci {city} od roku {year}, pokoj 3 × 4 m se společným sociálním "
        "zařízením na chodbě; cena {rent} Kč měsíčně.",
        "Ubytovna s měsíční smlouvou o ubytování, která se obnovuje vždy jen na jeden měsíc.",
    ], [
        "Pokoj je vlhký, ve společné kuchyni chybí lednice; výskyt štěnic na ubytovně.",
        "Pokoj je čistý a udržovaný, ale pro trvalé bydlení nevyhovující.",
    ]),
    12: (10, [
        "Bydlí v zahradní chatě bez kolaudace, bez tekoucí vody; v zimě vytápí kamny na dřevo.",
        "Byt v domě určeném k demolici, majitel plánuje rekonstrukci celého objektu.",
    ], [
        "Bez teplé vody, toaleta na dvoře, vlhké zdi.",
        "Okna netěsní, v rohu ložnice plíseň, elektroinstalace v havarijním stavu.",
    ]),
    13: (8, [
        "Šestičlenná domácnost žije v bytě 1+1 o ploše 34 m².",
        "Dvě generace v bytě 2+kk, rodiče spí v kuchyni.",
    ], [
        "Byt je udržovaný, ale kapacitně zcela nevyhovující.",
        "Chybí místo pro postele dětí, věci jsou uloženy ve sklepě.",
    ]),
    4: (6, [
        "Klientka je s dětmi v azylovém domě pro matky s dětmi; pobyt končí za {months} měsíce.",
    ], [
        "Jeden pokoj v azylovém domě, společná kuchyň.",
    ]),
    2: (4, [
        "Přespává v noclehárně, přes den v nízkoprahovém denním centru.",
    ], [
        "Bez vlastního bydlení, osobní věci ve skladu denního centra.",
    ]),
    6: (4, [
        "Za {months} měsíce končí výkon trestu; nemá kam se vrátit, rodina kontakt odmítá.",
        "Odchází z psychiatrické nemocnice po dlouhodobé hospitalizaci, byt mezitím ztratil.",
    ], [
        "Bez vlastního bydlení.",
    ]),
    10: (2, [
        "Klientka odešla od partnera kvůli domácímu násilí, přechodně bydlí u sestry.",
    ], [
        "Přechodné bydlení u příbuzných, prostor je nedostatečný.",
    ]),
}

CREDITORS = [
    ("pronajímatel – dluh na nájemném", 4_000, 60_000, 0.3),
    ("dodavatel elektřiny", 3_000, 25_000, 0.2),
    ("zdravotní pojišťovna", 5_000, 80_000, 0.6),
    ("nebankovní poskytovatel půjčky", 10_000, 180_000, 0.7),
    ("mobilní operátor", 2_000, 15_000, 0.5),
    ("dopravní podnik – jízdné bez jízdenky", 1_500, 12_000, 0.8),
    ("město – poplatek za odpad", 1_000, 8_000, 0.4),
    ("bankovní úvěr", 20_000, 250_000, 0.5),
]

HEALTH = [
    "Diabetes 2. typu, léčí se, pravidelně dochází k praktickému lékaři.",
    "Chronické bolesti zad, omezená schopnost zvedat těžká břemena.",
    "Léčí se s depresí, v péči psychiatra; léky užívá pravidelně.",
    "Astma u staršího dítěte, vlhkost v bytě stav zhoršuje.",
    "Závislost na alkoholu v minulosti, nyní abstinuje, dochází do adiktologické ambulance.",
    "Po úrazu nohy chodí o berlích, schody v domě zvládá s obtížemi.",
]
DISABILITY = [
    "Invalidní důchod II. stupně.",
    "Příspěvek na péči I. stupně (lehká závislost).",
    "Dítě pobírá příspěvek na péči II. stupně, potřebuje bezbariérový přístup.",
    "Průkaz ZTP.",
]
RISKS = [
    "Ztráta bydlení do konce měsíce; hrozí umístění dětí mimo rodinu.",
    "Narůstající dluhy, exekuční srážky ze mzdy snižují příjem pod životní minimum.",
    "Sociální izolace, klient nemá nikoho, kdo by mu pomohl.",
    "Konflikty se sousedy kvůli hluku, pronajímatel zvažuje výpověď.",
    "Nízká finanční gramotnost, platby nájemného se opožďují.",
    "Zhoršující se zdravotní stav bez zajištěné péče.",
]
NEEDS = [
    "Stabilní nájemní bydlení s nájemní smlouvou na dobu aspoň jednoho roku.",
    "Dluhové poradenství a nastavení splátkového kalendáře.",
    "Pomoc s vyřízením dávek (příspěvek na bydlení, doplatek na bydlení).",
    "Asistence v bydlení po nastěhování (hospodaření, vztahy se sousedy).",
    "Bezbariérový byt v přízemí nebo v domě s výtahem.",
    "Podpora při hledání zaměstnání.",
]
CONCLUSIONS = [
    "Domácnost je v bytové nouzi podle zákona o podpoře bydlení; splňuje podmínky pro zápis "
    "do evidence potřebných. Klient spolupracuje, dohodnuté kroky plní.",
    "Situace domácnosti je akutní, bez rychlého řešení hrozí ztráta bydlení. Doporučuji "
    "přidělení sociálního bytu a následnou asistenci v bydlení.",
    "Domácnost zvládá běžné záležitosti sama, potřebuje podporu hlavně v oblasti dluhů. "
    "Bydlení je zatím zajištěné.",
    "Klient má zájem situaci řešit, ale sám ji nezvládne; potřebuje dlouhodobou podporu "
    "sociálního pracovníka.",
]
RECOMMENDATIONS = [
    "Zapsat domácnost do evidence potřebných a zařadit ji mezi zájemce o sociální byt.",
    "Požádat o příspěvek z krizového fondu na úhradu jistoty.",
    "Předat do dluhové poradny, po stabilizaci příjmů znovu posoudit.",
    "Nabídnout podporované obecní bydlení s asistencí v bydlení.",
]
STEPS = [
    ("Podat žádost o příspěvek na bydlení na úřad práce", "klient"),
    ("Domluvit schůzku v dluhové poradně", "sociální pracovnice"),
    ("Doložit potvrzení o příjmech za poslední tři měsíce", "klient"),
    ("Projednat s pronajímatelem splátkový kalendář dluhu na nájemném", "sociální pracovnice"),
    ("Podat žádost o sociální byt", "klient se sociální pracovnicí"),
    ("Zajistit kontakt na sociální rehabilitaci", "sociální pracovnice"),
    ("Vyřídit žádost o příspěvek z krizového fondu", "sociální pracovnice"),
    ("Přihlásit dítě do mateřské školy", "klientka"),
]
DECLARATIONS = [
    "Prohlašuji, že údaje, které jsem uvedl(a), jsou pravdivé a úplné.",
    "Prohlašuji, že uvedené údaje jsou pravdivé; změny příjmů a bydlení oznámím do 8 dnů.",
]
PLACES = ["v místě pobytu klienta", "na ubytovně", "v kanceláři KMB", "u příbuzných klienta"]

# flat inspections
DEFECTS = {
    "podlaha": ["poškrábaná plovoucí podlaha", "utržená lišta", "propálené linoleum"],
    "stěny a strop": ["plíseň v rohu u okna", "popraskaná omítka", "stopy po zatečení"],
    "okna a parapety": ["netěsní okno", "rozbitá klika okna", "prasklé sklo"],
    "dveře": ["poškozené dveřní křídlo", "chybí klika"],
    "radiátor": ["kape z ventilu", "nefunkční termostatická hlavice"],
    "vypínače a zásuvky": ["nefunkční zásuvka", "uvolněný vypínač"],
    "dřez a vodovodní baterie": ["kapající baterie", "ucpaný odpad"],
    "umyvadlo a baterie": ["prasklé umyvadlo", "kapající baterie"],
    "vana / sprchový kout": ["poškozený smalt vany", "prasklá sprchová zástěna"],
    "záchodová mísa a splachování": ["protéká splachování"],
    "kuchyňská linka": ["oteklá dvířka skříňky", "chybí úchytky"],
    "sporák / varná deska a trouba": ["nefunkční plotýnka", "rozbité sklo trouby"],
    "vstupní dveře, zámek a kování": ["poškozená vložka zámku"],
    "kouřový hlásič": ["chybí kouřový hlásič"],
    "vlhkost a plísně": ["plíseň v koupelně a ložnici"],
    "čistota a vyklizení": ["byt nevyklizený, ve sklepě zůstal nábytek"],
}
PESTS = [
    "výskyt štěnic v ložnici a v matracích – nutná deratizace odbornou firmou",
    "štěnice v obou pokojích, stopy po štípání u dětí – zajistit deratizaci celého bytu",
]
COCKROACHES = "švábi v kuchyni – zajistit deratizaci domu"
EXTRA_SUMMARIES = [
    "Kontrola na podnět sousedů (zápach a hmyz ve společných prostorách).",
    "Kontrola po nahlášení havárie vody v koupelně.",
    "Mimořádná kontrola po upozornění správce domu.",
]
