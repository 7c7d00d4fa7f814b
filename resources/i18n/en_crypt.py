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
}
