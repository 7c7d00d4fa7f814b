"""RÚIAN addresses, municipalities and localities: Czech UI text → English."""

EN = {
    # address completion (ui/widgets/address.py)
    "Ověřeno v RÚIAN: {0}{1}, kód adresního místa {2}":
        "Verified in RÚIAN: {0}{1}, address point code {2}",
    # intake, contact section
    "&Obec": "&Municipality",
    "&Lokalita": "&Locality",
    "— podle adresy klienta —": "— from the client's address —",
    # Nastavení → Obce a lokality
    "Obce a lokality": "Municipalities and localities",
    "Adresy z RÚIAN (výpis ČÚZK)": "Addresses from RÚIAN (ČÚZK export)",
    "Načíst výpis adres…": "Load address export…",
    "Výpis adresních míst stáhněte na nahlížení do RÚIAN (CSV za obce, windows-1250), "
    "celý zip nebo soubor jedné obce. Adresy se pak doplňují při psaní ulice a čísla "
    "domu; bez výpisu se píší volně.":
        "Download the address point export from the RÚIAN viewer (CSV per municipality, "
        "windows-1250), the whole zip or one municipality's file. Addresses then complete "
        "as you type the street and house number; without the export they are typed freely.",
    "Obce a lokality pro kontakty, případy a statistiky":
        "Municipalities and localities for contacts, cases and statistics",
    "Obce správního obvodu ORP (jedna na řádek; prázdné = obce z načteného výpisu RÚIAN):":
        "Municipalities of the ORP district (one per line; empty = those of the loaded "
        "RÚIAN export):",
    "Další lokality – vyloučené lokality, ubytovny (jedna na řádek; části obcí se nabízejí "
    "z RÚIAN samy):":
        "Other localities – excluded localities, lodging houses (one per line; town parts "
        "come from RÚIAN by themselves):",
    "Uložit seznamy": "Save lists",
    "Načteno {0} adresních míst ({1} obcí: {2}).":
        "{0} address points loaded ({1} municipalities: {2}).",
    "Výpis zatím není načten: adresy se píší volně.":
        "No export loaded yet: addresses are typed freely.",
    "Uloženo: {0} obcí, {1} dalších lokalit.": "Saved: {0} municipalities, {1} other localities.",
    "Výpis adresních míst RÚIAN": "RÚIAN address point export",
    "Výpis RÚIAN (*.csv *.zip);;Všechny soubory (*)": "RÚIAN export (*.csv *.zip);;All files (*)",
    "Načítám adresy RÚIAN…": "Loading RÚIAN addresses…",
    "Načteno {0} adresních míst ze {1} souborů.": "{0} address points loaded from {1} files.",
}
