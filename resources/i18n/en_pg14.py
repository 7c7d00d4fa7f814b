"""English for the PostgreSQL helper's strings (session 14: backup restore output)."""
EN = {
    "Heslo uživatele {name}: ": "Password of user {name}: ",
    "Databáze obnovena ze zálohy {file}. Předchozí stav je v {kept}.":
        "The database was restored from the backup {file}. The previous state is in {kept}.",
    "Databáze obnovena ze zálohy {file}.": "The database was restored from the backup {file}.",
}
