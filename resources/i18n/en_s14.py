"""English for the lead's strings of stop 14 (a paired installation's series; UI texts
that lupdate had not seen inside f-strings)."""
EN = {
    "řadu „{tag}“": "the series “{tag}”",
    "čísla bez řady": "numbers without a series",
    "Spárovaná instalace „{name}“ už používá {shown}; obě by vydávaly stejná čísla případů, "
    "žádostí a smluv. Zvolte jinou řadu.":
        "The paired installation “{name}” already uses {shown}; both would issue the same case, "
        "application and lease numbers. Choose another series.",
    "K individuálnímu posouzení": "For individual review",
    "Shoda bodů": "Equal points",
    "Není členem žádné domácnosti.": "Not a member of any household.",
    "Body podle platných pravidel: {0}": "Points under the rules in force: {0}",
    "bez kritérií, která závisejí na konkrétním bytě": "without criteria that depend on a particular flat",
    "Vyřazena": "Excluded",
    "K posouzení": "For review",
    "Nabídky bytů": "Flat offers",
    "Zatím žádná.": "None yet.",
    "Chyby – takto pravidla uložit nelze:": "Errors – the rules cannot be saved like this:",
    "Špatná praxe podle MV a veřejného ochránce práv":
        "Bad practice according to the Ministry of the Interior and the Ombudsman",
    "zablokován": "blocked",
}
