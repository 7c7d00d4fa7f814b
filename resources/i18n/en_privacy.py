"""Data protection screens (roles, audit viewer): Czech UI text → English."""

EN = {
    "Role": "Roles",
    "Audit": "Audit",
    "Zaškrtnutím přidělíte roli oprávnění. Změny platí od dalšího přihlášení. Zvláštní "
    "kategorie údajů (zdraví, postižení, situace rodiny) vidí jen role s tímto oprávněním.":
        "Tick to give a role a permission. Changes apply from the next sign-in. Special "
        "categories of data (health, disability, family situation) are seen only by roles "
        "with that permission.",
    "Uložit role": "Save roles",
    "Obnovit výchozí": "Restore defaults",
    "výchozí: ano": "default: yes",
    "výchozí: ne": "default: no",
    "Č.": "No.",
    "Kdy": "When",
    "Kdo": "Who",
    "Akce": "Action",
    "Záznam": "Record",
    "ID": "ID",
    "Podrobnosti": "Details",
    "ID osoby nebo záznamu": "person or record ID",
    "jméno uživatele": "user name",
    "všechny akce": "all actions",
    "Hledat": "Search",
    "Ověřit neporušenost": "Verify integrity",
    "Exportovat…": "Export…",
    "Osoba": "Person",
    "Uživatel": "User",
    "Období": "Period",
    "Nalezeno {0} událostí.": "{0} events found.",
    "Auditní záznam je porušený: {0}": "The audit trail is broken: {0}",
    "Auditní záznam je neporušený.": "The audit trail is intact.",
    "Export auditního záznamu": "Export the audit trail",
    "Sešit Excel (*.xlsx);;CSV pro Excel (*.csv)": "Excel workbook (*.xlsx);;CSV for Excel (*.csv)",
    "Uloženo: {0}": "Saved: {0}",
}
