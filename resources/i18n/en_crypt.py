"""Encrypted database, first start, recovery key and lock: Czech UI text → English."""

EN = {
    "Aplikace obsahuje citlivé osobní údaje; databáze bude zašifrovaná. Zvolte heslo správce "
    "(alespoň 8 znaků); uživatelské účty pracovníků pak založíte v Nastavení → Uživatelé.":
        "The application holds sensitive personal data; the database will be encrypted. Choose "
        "the administrator's password (at least 8 characters); create the staff accounts "
        "afterwards in Settings → Users.",
    "Založit databázi": "Create database",
    "Klíč pro obnovu databáze": "Database recovery key",
    "Opište nebo vytiskněte tento klíč a uložte ho do trezoru úřadu. Otevře databázi i zálohy, "
    "když se zapomenou hesla. Znovu se už nezobrazí.":
        "Copy or print this key and keep it in the office safe. It opens the database and its "
        "backups when the passwords are forgotten. It will not be shown again.",
    "Zkopírovat": "Copy",
    "Klíč mám zapsaný a uložený": "I have written the key down and stored it",
    "Pokračovat": "Continue",
    "Zamčeno": "Locked",
    # forgotten password, recovery sheet, new database key, received workers
    "Zapomenuté heslo…": "Forgotten password…",
    "Zapomenuté heslo": "Forgotten password",
    "Nové heslo nastavíte klíčem pro obnovu – je na listu „Klíč pro obnovu“ v trezoru úřadu "
    "(skupiny písmen a číslic oddělené pomlčkou). Změna se zapíše do auditu.":
        "Set a new password with the recovery key – it is on the “Recovery key” sheet in the "
        "office safe (groups of letters and digits separated by dashes). The change is "
        "recorded in the audit trail.",
    "Klíč pro obnovu": "Recovery key",
    "Nové heslo znovu": "New password again",
    "Nastavit heslo a přihlásit": "Set password and sign in",
    "Vyplňte uživatelské jméno.": "Enter the user name.",
    "Vytisknout list pro trezor…": "Print the sheet for the safe…",
    "Klíč pro obnovu – list pro trezor": "Recovery key – sheet for the safe",
    "Dát přihlášení…": "Give a login…",
    "Dát přihlášení": "Give a login",
    "Přihlášení pro {0}": "Login for {0}",
    "{0} přišel/přišla z jiné instalace a zatím se zde nemůže přihlásit. Uživatelské jméno, "
    "role a heslo platí jen v této instalaci.":
        "{0} came from another installation and cannot sign in here yet. The user name, role "
        "and password apply to this installation only.",
    "z jiné instalace, bez přihlášení": "from another installation, no login",
    "Nový klíč databáze…": "New database key…",
    "Nový klíč databáze": "New database key",
    "Dát databázi nový klíč? Starý klíč pro obnovu pak otevře už jen starší zálohy.":
        "Give the database a new key? The old recovery key will then open only older backups.",
    "Zablokovat účet": "Block account",
    "Zablokovat účet {0}? Databáze dostane nový klíč a zobrazí se nový klíč pro obnovu – "
    "připravte si ho vytisknout a uložit do trezoru.":
        "Block the account of {0}? The database gets a new key and a new recovery key is "
        "shown – be ready to print it and store it in the safe.",
    "Tyto účty mají heslo ze starší verze a nový klíč nedostaly; nastavte jim nové heslo "
    "(Nastavit heslo…): {0}":
        "These accounts have a password from an older version and did not get the new key; "
        "set them a new password (Set password…): {0}",
}
