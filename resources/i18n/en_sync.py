"""English for the Synchronizace screen."""

EN = {
    "Synchronizace": "Synchronisation",
    "Výměna dat bez serveru: balíček se uloží do souboru (USB disk, e-mail), je podepsaný a zašifrovaný jen pro zvoleného partnera.":
        "Exchange without a server: a bundle is saved to a file (USB stick, e-mail), signed and "
        "encrypted for the chosen partner only.",
    "<b>Tato instalace:</b> {0}<br>Otisk pro ověření telefonem: <span style='font-size:13pt; font-family:monospace'>{1}</span>":
        "<b>This installation:</b> {0}<br>Fingerprint to check by phone: "
        "<span style='font-size:13pt; font-family:monospace'>{1}</span>",
    "Uložit kartu instalace…": "Save installation card…",
    "Přidat partnera z karty…": "Add partner from card…",
    "Rozsah dat…": "Data scope…",
    "Odvolat": "Revoke",
    "Vytvořit balíček pro partnera…": "Create bundle for partner…",
    "Načíst balíček…": "Load bundle…",
    "Ponechat platnou hodnotu": "Keep the current value",
    "Obnovit přepsanou hodnotu": "Restore the overwritten value",
    "Když dva lidé změní stejný údaj, než si instalace vymění data, platí novější změna. Ta druhá se neztratí: je tady, dokud ji někdo neposoudí. Obnovená hodnota platí po další výměně všude.":
        "When two people change the same field before the installations exchange data, the "
        "newer change wins. The other one is not lost: it waits here until someone reviews it. "
        "A restored value applies everywhere after the next exchange.",
    "Partneři a výměna": "Partners and exchange",
    "Konflikty ({0})": "Conflicts ({0})",
    "Partner": "Partner", "Otisk": "Fingerprint", "Rozsah": "Scope", "Přidán": "Added",
    "Záznam": "Record", "Pole": "Field", "Platná hodnota": "Current value",
    "Zapsal(a)": "Written by", "Přepsaná hodnota": "Overwritten value",
    "Nejdřív vyberte partnera v seznamu.": "Select a partner in the list first.",
    "Uložit kartu instalace": "Save installation card",
    "Karta instalace (*.kmbcard)": "Installation card (*.kmbcard)",
    "Karta uložena do {0}. Pošlete ji partnerovi a otisk mu přečtěte do telefonu.":
        "Card saved to {0}. Send it to the partner and read them the fingerprint by phone.",
    "Karta partnera": "Partner's card",
    "Karta instalace (*.kmbcard *.json);;Všechny soubory (*)":
        "Installation card (*.kmbcard *.json);;All files (*)",
    "Ověřte otisk": "Check the fingerprint",
    "Partner: {0}\n\nOtisk: {1}\n\nZavolejte partnerovi a nechte si přečíst otisk jeho instalace. Souhlasí?":
        "Partner: {0}\n\nFingerprint: {1}\n\nCall the partner and have them read their "
        "installation's fingerprint. Does it match?",
    "Odvolat partnera": "Revoke partner",
    "Odvolat instalaci „{0}“? Její balíčky se už nenačtou (např. ztracený notebook). Vrátit to nelze.":
        "Revoke installation “{0}”? Its bundles will no longer load (e.g. a lost laptop). "
        "This cannot be undone.",
    "Uložit balíček": "Save bundle",
    "Balíček KMB (*.kmbx)": "KMB bundle (*.kmbx)",
    "Vytvářím balíček…": "Creating bundle…",
    "Balíček pro „{0}“ je uložen: {1} záznamů, {2} kB.": "Bundle for “{0}” saved: {1} records, {2} kB.",
    "Načíst balíček": "Load bundle",
    "Balíček KMB (*.kmbx);;Všechny soubory (*)": "KMB bundle (*.kmbx);;All files (*)",
    "Načítám balíček…": "Loading bundle…",
    "Zrušeno; nic se nezměnilo.": "Cancelled; nothing changed.",
    "Konflikty": "Conflicts",
    "Nejdřív vyberte konflikt v seznamu.": "Select a conflict in the list first.",
    "Rozsah dat pro „{0}“": "Data scope for “{0}”",
    "jen případy: {0}": "only the cases of: {0}",
    "Co se má posílat na tuto instalaci:": "What to send to this installation:",
    "Druh": "Kind",
    "všechna data – vlastní kancelář": "all data – own office",
    "všechna data – partnerská kancelář (bez nastavení a pravidel)":
        "all data – partner office (no settings or rules)",
}
