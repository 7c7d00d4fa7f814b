"""The data subject's rights (person detail panel, Nastavení → Ochrana údajů)
and task departments: Czech UI text → English."""

EN = {
    "Ochrana údajů": "Data protection",
    "Výpis údajů pro osobu (čl. 15 GDPR)…": "Data subject access export (GDPR Art. 15)…",
    "Kdo s tímto záznamem pracoval": "Who worked with this record",
    "Výpis údajů pro osobu": "Data subject access export",
    "Archiv ZIP (*.zip)": "ZIP archive (*.zip)",
    "Uloženo: {0} ({1} záznamů). Soubor obsahuje osobní údaje – předejte ho jen dotčené osobě.":
        "Saved: {0} ({1} records). The file holds personal data – give it only to the person "
        "concerned.",
    "Skartační lhůty a anonymizace": "Retention periods and anonymisation",
    " let": " years",
    "Uložit lhůty": "Save periods",
    "Výchozí hodnoty: {0}.": "Defaults: {0}.",
    "Uzavřené případy – anonymizovat po": "Closed cases – anonymise after",
    "Jen kontakty (bez případu) – po": "Contacts only (no case) – after",
    "Anonymizovat osoby po lhůtě…": "Anonymise persons past the period…",
    "Anonymizace ponechá rok narození, pohlaví, kategorii ETHOS, data a částky pro statistiky; "
    "smaže jméno, rodné číslo, kontakty, adresy, poznámky, texty šetření (zdraví, dluhy) a "
    "přílohy. Změna odejde partnerům s příštím balíčkem. Nelze ji vrátit.":
        "Anonymisation keeps the year of birth, sex, ETHOS category, dates and amounts for "
        "statistics; it deletes the name, birth number, contacts, addresses, notes, assessment "
        "texts (health, debts) and attachments. The change reaches peers with the next bundle. "
        "It cannot be undone.",
    "Osob po skartační lhůtě: {0}.": "Persons past the retention period: {0}.",
    "Nikdo není po skartační lhůtě.": "Nobody is past the retention period.",
    "Anonymizovat": "Anonymise",
    "Anonymizovat {0} osob po skartační lhůtě? Jejich jména, rodná čísla, kontakty a texty "
    "budou nevratně smazány.":
        "Anonymise {0} persons past the retention period? Their names, birth numbers, "
        "contacts and texts will be deleted for good.",
    "Anonymizuji…": "Anonymising…",
    "Anonymizováno osob: {0}.": "Persons anonymised: {0}.",
    "Lhůta": "Period",
    "Poslední činnost": "Last activity",
    "Lhůta uplynula": "Period ended",
    "Partnerská organizace": "Partner organisation",
    "Zvláštní kategorie údajů": "Special categories of data",
    "Právní základ": "Legal basis",
    "Zvláštní kategorie údajů partnerským organizacím":
        "Special categories of data to partner organisations",
    "Zdraví, postižení, závislosti a dluhy odcházejí partnerské organizaci jen s povolením "
    "vedoucí(ho) a uvedeným právním základem; jinak balíček tyto údaje nenese.":
        "Health, disability, addiction and debts go to a partner organisation only with the "
        "lead's permission and a stated legal basis; otherwise the bundle does not carry them.",
    "Povolit…": "Allow…",
    "Zakázat": "Withdraw",
    "Vyberte partnerskou organizaci v tabulce.": "Select a partner organisation in the table.",
    "Povolit zvláštní kategorie údajů": "Allow special categories of data",
    "Právní základ předávání organizaci {0} (např. čl. 9 odst. 2 písm. h GDPR, smlouva o "
    "spolupráci č. …):":
        "Legal basis for passing data to {0} (e.g. GDPR Art. 9(2)(h), cooperation agreement "
        "no. …):",
    "Uloženo.": "Saved.",
    "Záznam o činnostech zpracování": "Record of processing activities",
    "Záznam o činnostech zpracování (čl. 30)…": "Record of processing activities (Art. 30)…",
    "PDF (*.pdf)": "PDF (*.pdf)",
    "Připravuji záznam o zpracování…": "Preparing the record of processing…",
    "schránka odboru: majetkový odbor": "department inbox: property department",
    "schránka odboru: správce bytů": "department inbox: flat management",
}
