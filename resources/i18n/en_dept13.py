"""Departments as the office's own list (issue 16.1) and the landlord checks'
messages: Czech → English."""

EN = {
    "Aktivovat": "Activate",
    "Deaktivovat": "Deactivate",
    "Do odboru „{name}“ patří pracovníci podle své role, smazat ho nelze; můžete ho "
    "přejmenovat.": "Workers belong to the department “{name}” by their role, so it cannot "
                    "be deleted; you can rename it.",
    "Fronta: {0}": "Queue: {0}",
    "Fronta: {0} (neaktivní)": "Queue: {0} (inactive)",
    "Na odbor „{name}“ chodí závady z kontrol bytů; nejdřív pro závady vyberte jiný odbor.":
        "Defects from flat inspections go to the department “{name}”; first choose another "
        "department for defects.",
    "Neznámý odbor „{text}“; odbory úřadu: {known}.":
        "Unknown department “{text}”; the office's departments: {known}.",
    "Nový odbor:": "New department:",
    "Název odboru je delší než {n} znaků.": "The department's name is longer than {n} "
                                            "characters.",
    "Odbor „{code}“ úřad nevede.": "The office has no department “{code}”.",
    "Odbor „{name}“ má úkoly nebo pracovníky, smazat ho nelze; můžete ho deaktivovat.":
        "The department “{name}” has tasks or workers and cannot be deleted; you can "
        "deactivate it.",
    "Odbor „{name}“ není aktivní a nové úkoly nepřijímá; vyberte jiný odbor.":
        "The department “{name}” is inactive and takes no new tasks; choose another "
        "department.",
    "Odbor „{name}“ už úřad má.": "The office already has the department “{name}”.",
    "Odbory úřadu (komu lze předat úkol; do kterého odboru pracovník patří)":
        "The office's departments (who a task can be handed to; which department a worker "
        "belongs to)",
    "Otevřené úkoly": "Open tasks",
    "Pracovníci": "Workers",
    "Přejmenovat": "Rename",
    "Přidat odbor": "Add department",
    "Smazat": "Delete",
    "Smazat odbor": "Delete department",
    "Smazat odbor „{0}“? Smazat lze jen odbor bez úkolů a pracovníků.":
        "Delete the department “{0}”? Only a department without tasks and workers can be "
        "deleted.",
    "Upozornění": "Notice",
    "Vyberte odbor v seznamu.": "Select a department in the list.",
    "Vybraný odbor – nový název:": "Selected department – new name:",
    "Vyplňte název odboru.": "Fill in the department's name.",
    "Závady z kontrol bytů": "Defects from flat inspections",
    "Závady z kontrol bytů dostane:": "Defects from flat inspections go to:",
    "aktivní": "active",
    "např. Bytové oddělení": "e.g. Housing section",
    "neaktivní (nové úkoly nepřijímá)": "inactive (takes no new tasks)",
    "podle role": "by role",
    "schránka odboru: {0}": "department inbox: {0}",
    # app/landlords/checks.py
    "IČO má 8 číslic (např. 00064581).": "An IČO (company ID) has 8 digits (e.g. 00064581).",
    "IČO nemá správnou kontrolní číslici – opište ho znovu z obchodního rejstříku nebo ze "
    "smlouvy.": "The IČO's check digit is wrong – copy it again from the business register "
                "or the contract.",
    "Předčíslí účtu nemá správný kontrolní součet – zkontrolujte ho.":
        "The account prefix fails its checksum – please check it.",
    "Číslo účtu nemá správný kontrolní součet – zkontrolujte ho.":
        "The account number fails its checksum – please check it.",
    "Číslo účtu zapište jako předčíslí-číslo/kód banky, např. 19-2000145399/0800 nebo "
    "2000145399/0800.": "Write the account number as prefix-number/bank code, e.g. "
                        "19-2000145399/0800 or 2000145399/0800.",
}
