"""Dated legal parameters, fair allocation, documents (issue 14): Czech UI text → English."""

EN = {
    "Zákon": "Law",
    "Údaj": "Figure",
    "Hodnota": "Value",
    "Platí od": "Valid from",
    "Platí do": "Valid to",
    "Pramen": "Source",
    "Nová hodnota (např. po novele nebo novém nařízení vlády)":
        "New value (e.g. after an amendment or a new government regulation)",
    "např. nařízení vlády č. …/2027 Sb.": "e.g. government regulation No. …/2027 Coll.",
    "Přidat hodnotu": "Add value",
    "Odebrat vybranou hodnotu": "Remove selected value",
    "Částky a lhůty stanovené zákonem nebo nařízením vlády. Každý výpočet bere hodnotu "
    "platnou ke dni, kterého se týká (např. ke dni šetření). Hodnoty označené „ověřit“ "
    "porovnejte se Sbírkou zákonů.":
        "Amounts and periods set by law or government regulation. Every calculation takes the "
        "value valid on the day it concerns (e.g. the day of the assessment). Compare values "
        "marked “ověřit” (verify) with the Collection of Laws.",
    "Hodnoty mění vedoucí KMB nebo správce.": "Values are changed by the KMB lead or an admin.",
    "Zadejte den, od kterého hodnota platí.": "Enter the day the value applies from.",
    "Přidáno: {0} od {1}.": "Added: {0} from {1}.",
    "Odebráno: {0} od {1}.": "Removed: {0} from {1}.",
    "Pravidla úřadu pro příjem. Částky životního minima, násobek příjmu a platnost zápisu "
    "(§ 23) jsou v Nastavení → Zákon, s datem platnosti a pramenem.":
        "The office's rules for the intake. The subsistence minimum amounts, the income factor "
        "and the validity of an entry (§ 23) are in Settings → Law, with their dates and sources.",
    "Zadejte číslo, např. 9,5.": "Enter a number, e.g. 9.5.",
    "Pokojů v bytě": "Rooms in the flat",
    "neuvedeno": "not stated",
    "už má obecní byt": "already rents a municipal flat",
    "Účet pro nájemné": "Account for the rent",
    "variabilní symbol = číslice čísla smlouvy": "variable symbol = the digits of the contract number",
    "výměna bytu": "exchange of flats",
    # fairness check
    "Spravedlnost pravidel": "Fairness of the rules",
    "Skupina domácností": "Household group",
    "Mezi způsobilými (platná)": "Among eligible (current)",
    "Na prvních místech (platná)": "In the top ranks (current)",
    "Mezi způsobilými (návrh)": "Among eligible (draft)",
    "Na prvních místech (návrh)": "In the top ranks (draft)",
    "Podíl skupin domácností na prvních {0} místech pořadí všech volných bytů proti "
    "jejich podílu mezi způsobilými žádostmi – pro platná pravidla i upravovaný návrh. "
    "Zřetelně znevýhodněnou skupinu aplikace vyznačí dřív, než o pravidlech hlasuje rada.":
        "The share of household groups in the top {0} ranks of every vacant flat against their "
        "share among eligible applications – for the current rules and the draft. A clearly "
        "disadvantaged group is marked before the council votes on the rules.",
    "Zkontrolovat spravedlnost": "Check fairness",
    "Návrh obsahuje chyby; opravte ho v Úpravách.": "The draft has errors; fix it under Edit.",
    "Platná pravidla": "Current rules",
    "Návrh": "Draft",
    "Počítám spravedlnost pravidel…": "Computing the fairness of the rules…",
    "Platná pravidla: {0}": "Current rules: {0}",
    "Návrh: {0}": "Draft: {0}",
    "Žádná skupina není na prvních místech zřetelně znevýhodněná.":
        "No group is clearly disadvantaged in the top ranks.",
    "Příslušenství": "Appurtenances",
    "např. sklep č. 3, komora": "e.g. cellar No. 3, storeroom",
    "Katastrální území": "Cadastral area",
    "Parcela": "Parcel",
    "např. st. 1284": "e.g. st. 1284",
}
