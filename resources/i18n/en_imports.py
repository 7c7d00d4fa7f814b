"""Import and export of the office's lists (issue 17): Czech UI text → English."""

EN = {
    "Import a export": "Import and export",
    "Seznamy, které úřad vede v Excelu (pořadník, nájemníci, byty), načtete sem: vyberte, co "
    "soubor obsahuje, a soubor XLSX nebo CSV; sloupce se přiřadí podle záhlaví a vy je "
    "zkontrolujete. Nic se neuloží, dokud import nepotvrdíte.":
        "Load the lists the office keeps in Excel (waiting list, tenants, flats) here: choose "
        "what the file holds and an XLSX or CSV file; the columns are matched by their "
        "headers and you check them. Nothing is saved until you confirm the import.",
    "Co soubor obsahuje:": "The file holds:",
    "Vybrat soubor…": "Choose file…",
    "Soubor není vybrán.": "No file chosen.",
    "Pole": "Field",
    "Sloupec v souboru": "Column in the file",
    "Zkontrolovat soubor": "Check the file",
    "1. Přiřazení sloupců": "1. Columns",
    "2. Náhled a chybné řádky": "2. Preview and bad rows",
    "Chybné řádky:": "Bad rows:",
    "Importovat": "Import",
    "Vyvézt všechna data do Excelu…": "Export all data to Excel…",
    "Osoby, domácnosti, žádosti, byty a smlouvy jako jeden sešit (list pro každý druh "
    "záznamu, česká záhlaví); vývoz se zapíše do auditu.":
        "Persons, households, applications, flats and leases as one workbook (a sheet per "
        "record type, Czech headers); the export is recorded in the audit trail.",
    "Seznam k importu": "List to import",
    "Tabulky (*.xlsx *.csv);;Všechny soubory (*)": "Tables (*.xlsx *.csv);;All files (*)",
    "Kontroluji soubor…": "Checking the file…",
    "Kontrola byla zrušena.": "The check was cancelled.",
    "(nevybráno)": "(not chosen)",
    "Přiřazení se změnilo – soubor znovu zkontrolujte.":
        "The columns changed – check the file again.",
    "Řádků: {0} · nových: {1} · už v evidenci: {2} · chybných: {3}":
        "Rows: {0} · new: {1} · already recorded: {2} · bad: {3}",
    " (přiřazení sloupců zapamatované z minula)": " (columns remembered from last time)",
    " – opravte soubor, nebo chybné řádky výslovně vynechejte.":
        " – correct the file, or skip the bad rows explicitly.",
    "Vynechat chybné řádky ({0}) a importovat ostatní": "Skip the bad rows ({0}) and import the rest",
    "Řádek": "Row",
    "Importuji…": "Importing…",
    "Importováno: {0} nových záznamů, {1} už bylo v evidenci, vynecháno {2} chybných řádků.":
        "Imported: {0} new records, {1} were already recorded, {2} bad rows skipped.",
    "Import byl zrušen; nic se neuložilo.": "The import was cancelled; nothing was saved.",
    "Vývoz dat úřadu": "Export of the office's data",
    "Sešit Excelu (*.xlsx)": "Excel workbook (*.xlsx)",
    "Vyvážím data…": "Exporting data…",
    "Uloženo do {0} ({1}).": "Saved to {0} ({1}).",
}
