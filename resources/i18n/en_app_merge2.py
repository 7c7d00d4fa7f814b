"""English for the import/export CLI messages merged last (issue 17)."""
EN = {
    '  vynechán {problem}': '  skipped {problem}',
    'FORMÁT': 'FORMAT',
    'Importováno: {created} nových, {existing} už v evidenci, vynecháno {len} chybných řádků (soubor {file_name}, SHA-256 {v9}…).':
        'Imported: {created} new, {existing} already on record, {len} faulty rows skipped (file {file_name}, SHA-256 {v9}…).',
    'Ke sloupci se jménem přiřaďte i sloupec s příjmením.':
        'Map a surname column as well as the first-name column.',
    'MAPOVÁNÍ.json': 'MAPPING.json',
    'Neznámý druh importu „{key}“; možnosti: {join}.': 'Unknown kind of import “{key}”; choices: {join}.',
    'Pole „{key}“ import {lower} nezná.': 'The {lower} import has no field “{key}”.',
    'Přiřaďte sloupec pro pole {names}.': 'Map a column to the field(s) {names}.',
    'SOUBOR.xlsx': 'FILE.xlsx',
    'Sloupec „{column}“ je přiřazen dvakrát (k polím „{v3}“ a „{v5}“); každý sloupec může plnit jen jedno pole.':
        'Column “{column}” is mapped twice (to the fields “{v3}” and “{v5}”); each column can fill only one field.',
    'Soubor má chybné řádky ({shown}{more}); nic se neimportovalo. Opravte je, nebo je výslovně vynechejte.':
        'The file has faulty rows ({shown}{more}); nothing was imported. Correct them or skip them explicitly.',
    'Soubor s mapováním {name} musí být objekt „pole: název sloupce“.':
        'The mapping file {name} must be an object “field: column name”.',
    'Soubor s mapováním {name} nelze číst: {strerror}.': 'The mapping file {name} cannot be read: {strerror}.',
    'Soubor s mapováním {name} není platný JSON (např. {{"full_name": "Jméno a příjmení"}}).':
        'The mapping file {name} is not valid JSON (e.g. {{"full_name": "Jméno a příjmení"}}).',
    'Uloženo do {path}: {counts}.': 'Saved to {path}: {counts}.',
    'Zkouška bez uložení: {rows} řádků, {new} nových, {existing} už v evidenci, {len} chybných.':
        'Dry run, nothing saved: {rows} rows, {new} new, {existing} already on record, {len} faulty.',
    'chybné řádky vynechat (jinak se při chybě neimportuje nic)':
        'skip faulty rows (otherwise nothing is imported when a row is faulty)',
    'jen zkontrolovat a vypsat, co by se stalo; nic neukládat':
        'only check and print what would happen; save nothing',
    'kmb: {mapping_error}\n': 'kmb: {mapping_error}\n',
    'kódování CSV (jinak se pozná samo)': 'CSV encoding (detected otherwise)',
    'načíst seznam úřadu z Excelu (XLSX) nebo CSV': "import the office's list from Excel (XLSX) or CSV",
    'osoby, domácnosti, žádosti, byty a smlouvy jako sešit Excelu':
        'persons, households, applications, flats and leases as an Excel workbook',
    'přiřazení sloupců jako JSON (pole → název sloupce); jinak zapamatované pro tento tvar souboru nebo odhadnuté ze záhlaví':
        'column mapping as JSON (field → column name); otherwise the one remembered for this file shape or guessed from the header',
    'soubor .xlsx nebo .csv': '.xlsx or .csv file',
    'vyvézt data úřadu': "export the office's data",
}
