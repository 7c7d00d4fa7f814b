"""English for the strings added by background work and the numbering series decision."""

EN = {
    "Načítám byty…": "Loading flats…",
    "Sestavuji pořadí žadatelů…": "Ranking the applicants…",
    "Pořadí se nepodařilo sestavit: {0}": "The ranking could not be made: {0}",
    "Importuji dluhy…": "Importing arrears…",
    "Import byl zrušen; nic se neuložilo.": "The import was cancelled; nothing was saved.",
    "Počítám statistiky…": "Computing statistics…",
    "Připravuji soubor…": "Preparing the file…",
    "Ukládám…": "Saving…",
    "Exportuji statistiky…": "Exporting statistics…",
    "Export byl zrušen; nic se neuložilo.": "The export was cancelled; nothing was saved.",
    "Export zrušen; nic se neuložilo.": "Export cancelled; nothing was saved.",
    "Řada čísel": "Number series",
    "bez řady": "no series",
    "Kancelář (první instalace) čísluje případy, žádosti a smlouvy bez řady – nechte "
    "prázdné. Terénní notebook nebo druhá instalace potřebuje vlastní krátký kód, např. N1; "
    "dvě instalace se stejnou řadou by vydávaly stejná čísla a spárovat je nepůjde.":
        "The office (the first installation) numbers cases, applications and leases without "
        "a series – leave this empty. A field laptop or a second installation needs its own "
        "short code, e.g. N1; two installations with the same series would issue the same "
        "numbers and cannot be paired.",
}
