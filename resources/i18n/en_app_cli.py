"""English for the command line (app/cli: help texts, output, errors)."""
EN = {
    "pořadí žadatelů pro volný byt (s rozpisem bodů)":
        "ranking of applicants for a vacant flat (with the points itemised)",
    "ID_BYTU": "FLAT_ID",
    "id bytu (kmb list flats)": "id of the flat (kmb list flats)",
    "SOUBOR.json": "FILE.json",
    "seřadit podle jiných pravidel (návrh ze souboru) místo platných":
        "rank by other rules (a draft from a file) instead of those in force",
    "Soubor {rules} nelze číst: {strerror}.": "The file {rules} cannot be read: {strerror}.",
    "Pravidla: {name}, verze {version} ({state}); pořadí ke dni {format_date}\n\n":
        "Rules: {name}, version {version} ({state}); ranking as of {format_date}\n\n",
    "\nVyřazeno ({len}):\n": "\nExcluded ({len}):\n",
    "zašifrovaná záloha databáze a obnova ze zálohy":
        "encrypted backup of the database and restore from a backup",
    "AKCE": "ACTION",
    "vytvořit zálohu (zašifrovanou)": "make a backup (encrypted)",
    "SOUBOR.kmbbak": "FILE.kmbbak",
    "obnovit databázi ze zálohy (současná se odloží do zalohy/)":
        "restore the database from a backup (the current one is put aside in zalohy/)",
    "SOUBOR": "FILE",
    "otevřít zálohu klíčem pro obnovu (ze souboru; nebo KMB_RECOVERY_KEY)":
        "open the backup with the recovery key (from a file; or KMB_RECOVERY_KEY)",
    "Záloha uložena: {path} ({v3} kB, zašifrovaná)": "Backup saved: {path} ({v3} kB, encrypted)",
    "Obnovit ze zálohy lze jen databázi v souboru.":
        "Only a database in a file can be restored from a backup.",
    "Soubor {recovery_key_file} nelze číst: {strerror}.":
        "The file {recovery_key_file} cannot be read: {strerror}.",
    "vypsat záznamy": "list records",
    "DRUH": "KIND",
    "TEXT": "TEXT",
    "hledat (bez ohledu na diakritiku)": "search (accents ignored)",
    "Uživatelské jméno správce nesmí být prázdné.":
        "The administrator's user name must not be empty.",
    "Instalace „{name}“ je připravena (id {id}, {series}); správce: {name2}.":
        "The installation “{name}” is ready (id {id}, {series}); administrator: {name2}.",
    "Klíč pro obnovu (zobrazí se jen teď – vytiskněte ho nebo opište a uložte do trezoru "
    "úřadu; otevře databázi i zálohy, když se zapomene heslo):":
        "Recovery key (shown only now – print or copy it and keep it in the office safe; it "
        "opens the database and the backups when a password is forgotten):",
    "List s klíčem k vytištění: {sheet} (po vytištění soubor smažte).":
        "Sheet with the key to print: {sheet} (delete the file after printing).",
    "Řada čísel: kancelář (první instalace) čísluje bez řady – stiskněte Enter. Terénní "
    "notebook nebo druhá instalace potřebuje vlastní krátký kód, např. N1, jinak by vydávaly "
    "stejná čísla (spárovat je nepůjde).":
        "Number series: the office (first installation) numbers without a series – press "
        "Enter. A field laptop or a second installation needs its own short code, e.g. N1, "
        "otherwise they would issue the same numbers (they could not be paired).",
    "Složka {folder} pro list s klíčem pro obnovu neexistuje.":
        "The folder {folder} for the recovery key sheet does not exist.",
    "Soubor {target} už existuje; list s klíčem ho nepřepíše.":
        "The file {target} already exists; the key sheet does not overwrite it.",
    "Instalace „{name}“ je připravena (id {id}, {series}).":
        "The installation “{name}” is ready (id {id}, {series}).",
    "Čísla této instalace jsou bez řady.": "This installation's numbers have no series.",
    "Řada čísel této instalace: {series}": "Number series of this installation: {series}",
    "Ukázku lze vytvořit jen do souboru SQLite (--db CESTA).":
        "The demo can be made only in an SQLite file (--db PATH).",
    "Ukázkový úřad ({size}) je v {path}; uživatelé (např. jana.dvorakova, admin) mají heslo "
    "„demo“.":
        "The demo office ({size}) is in {path}; its users (e.g. jana.dvorakova, admin) have "
        "the password “demo”.",
    "Soubor s heslem {password_file} nelze číst: {strerror}.":
        "The password file {password_file} cannot be read: {strerror}.",
    "Chybí heslo: zadejte ho z klávesnice, v proměnné KMB_PASSWORD nebo --password-file "
    "SOUBOR.":
        "The password is missing: type it, or give it in KMB_PASSWORD or --password-file FILE.",
    "Přihlaste se: --user UŽIVATEL (heslo z klávesnice, KMB_PASSWORD nebo --password-file).":
        "Sign in: --user USER (password typed, KMB_PASSWORD or --password-file).",
    "Příkaz běží bez přihlášení; to nejde.": "The command runs without signing in; that is "
                                             "not possible.",
    "založit novou (prázdnou) instalaci": "set up a new (empty) installation",
    "název instalace, např. „KMB Trutnov – kancelář“":
        "name of the installation, e.g. “KMB Trutnov – office”",
    "KÓD": "CODE",
    "řada v číslech případů, žádostí a smluv této instalace: kancelář (první instalace) "
    "čísluje bez řady (výchozí); terénní notebook nebo druhá instalace potřebuje vlastní, "
    "např. N1 (bez volby se na terminálu zeptá)":
        "series in this installation's case, application and lease numbers: the office (first "
        "installation) numbers without a series (default); a field laptop or a second "
        "installation needs its own, e.g. N1 (without the option it asks on the terminal)",
    "SOUBOR.pdf": "FILE.pdf",
    "uložit list s klíčem pro obnovu k vytištění (PDF; po vytištění soubor smažte, list "
    "patří do trezoru úřadu)":
        "save the recovery key sheet for printing (PDF; delete the file after printing, the "
        "sheet belongs in the office safe)",
    "řada v číslech dokumentů této instalace: vypsat, nebo nastavit":
        "series in this installation's document numbers: show or set",
    "nová řada od teď, např. N1; \"\" = čísla bez řady (obvykle kancelář)":
        "the new series from now on, e.g. N1; \"\" = numbers without a series (usually the "
        "office)",
    "vytvořit ukázkový úřad": "make the demo office",
    "town ≈ Trutnov (výchozí), city ≈ 100 tisíc osob pro měření":
        "town ≈ Trutnov (default), city ≈ 100 thousand people for measurements",
    "přesun databáze na server nebo do souboru": "move the database to a server or a file",
    "zkopírovat celý úřad (záznamy, přílohy, klíče, audit) do prázdné databáze; jen správce":
        "copy the whole office (records, attachments, keys, audit) into an empty database; "
        "administrator only",
    "CESTA|URL": "PATH|URL",
    "cíl: nový soubor, nebo prázdná databáze postgresql://role@server/db":
        "target: a new file, or an empty database postgresql://role@server/db",
    "kmb: kopíruji {table} {n}/{n2}, celkem {v7} % ({n3}/{n4} záznamů)\n":
        "kmb: copying {table} {n}/{n2}, overall {v7} % ({n3}/{n4} rows)\n",
    "Úřad zkopírován do {target}: {n} záznamů v {len} tabulkách za {seconds:.0f} s; počty "
    "souhlasí, auditní řetězec ověřen.":
        "Office copied to {target}: {n} rows in {len} tables in {seconds:.0f} s; the counts "
        "match, the audit chain verified.",
    "Klíč pro obnovu nové databáze (zobrazí se jen teď – vytiskněte ho a uložte do "
    "trezoru):\n  {recovery_key}":
        "Recovery key of the new database (shown only now – print it and keep it in the "
        "safe):\n  {recovery_key}",
    "Přihlásit se mohou stejným heslem jako dosud: {join}.":
        "These can sign in with the same password as before: {join}.",
    "Původní databázi dál nepoužívejte: obě kopie mají stejnou identitu instalace.":
        "Do not use the original database any more: both copies have the same installation "
        "identity.",
    "zapomenuté heslo: nové heslo s klíčem pro obnovu":
        "forgotten password: a new password with the recovery key",
    "nastavit uživateli nové heslo klíčem pro obnovu z trezoru úřadu":
        "set a user's new password with the recovery key from the office safe",
    "klíč pro obnovu ze souboru (jinak KMB_RECOVERY_KEY, nebo se aplikace zeptá); nové "
    "heslo: KMB_PASSWORD, --password-file, nebo dvakrát z klávesnice":
        "recovery key from a file (else KMB_RECOVERY_KEY, or the application asks); new "
        "password: KMB_PASSWORD, --password-file, or typed twice",
    "Heslo uživatele {name} ({name2}) je nastavené; přihlaste se novým heslem.":
        "The password of {name} ({name2}) is set; sign in with the new password.",
    "Soubor s klíčem pro obnovu {recovery_file} nelze číst: {strerror}.":
        "The recovery key file {recovery_file} cannot be read: {strerror}.",
    "Chybí klíč pro obnovu: --recovery-file SOUBOR, proměnná KMB_RECOVERY_KEY, nebo ho "
    "zadejte z klávesnice.":
        "The recovery key is missing: --recovery-file FILE, the variable KMB_RECOVERY_KEY, or "
        "type it.",
    "vytisknout dokument do PDF": "print a document to PDF",
    "druh: {kinds}": "kind: {kinds}",
    "id záznamu": "id of the record",
    "Uloženo: {output}": "Saved: {output}",
    "Uloženo: {output} ({row_count} záznamů z {len} druhů, {len2} událostí auditu)":
        "Saved: {output} ({row_count} records of {len} kinds, {len2} audit events)",
    "Zkouška nanečisto: k anonymizaci {len} osob; nic se nezměnilo.":
        "Dry run: {len} persons to anonymise; nothing changed.",
    "auditní záznam": "audit trail",
    "Anonymizováno osob: {done}.": "Persons anonymised: {done}.",
    "ověřit, že záznam nikdo nezměnil ani nezkrátil":
        "verify that nobody changed or truncated the trail",
    "vypsat události (nejnovější první)": "list events (newest first)",
    "jen události této osoby (záznamu)": "only events of this person (record)",
    "UŽIVATEL": "USER",
    "jen události tohoto uživatele": "only events of this user",
    "např. open, print, export, update": "e.g. open, print, export, update",
    "DATUM": "DATE",
    "zapsat do souboru": "write to a file",
    "práva subjektu údajů (GDPR)": "rights of the data subject (GDPR)",
    "všechny údaje o osobě pro ni samotnou (čl. 15 GDPR), soubor ZIP":
        "all data about a person for that person (Art. 15 GDPR), a ZIP file",
    "např. osoba.zip": "e.g. person.zip",
    "anonymizace osob po uplynutí skartačních lhůt":
        "anonymising persons after their retention periods",
    "vypsat osoby, jejichž lhůta uplynula": "list persons whose period has passed",
    "anonymizovat osoby po lhůtě": "anonymise persons past the period",
    "jen vypsat, nic neměnit": "only list, change nothing",
    "kmb: {text}\n": "kmb: {text}\n",
    "Pro formát xlsx zadejte soubor: -o audit.xlsx": "For the xlsx format give a file: "
                                                    "-o audit.xlsx",
    "statistiky za období (CSV, XLSX, JSON)": "statistics for a period (CSV, XLSX, JSON)",
    "první den období, např. 2027-01-01 nebo 1. 1. 2027":
        "first day of the period, e.g. 2027-01-01 or 1. 1. 2027",
    "poslední den období, např. 2027-12-31": "last day of the period, e.g. 2027-12-31",
    "zapsat do souboru (u xlsx povinné); jinak na standardní výstup":
        "write to a file (required for xlsx); else to standard output",
    "Statistiky za období {period}\n": "Statistics for the period {period}\n",
    "Začátek období (--from) je po jeho konci (--to).":
        "The start of the period (--from) is after its end (--to).",
    "Pro formát xlsx zadejte soubor: -o statistiky.xlsx":
        "For the xlsx format give a file: -o statistics.xlsx",
    "Kartu {card} nelze přečíst: {strerror}.": "The card {card} cannot be read: {strerror}.",
    "Přidán partner „{name}“ (id {id}). Ověřte otisk telefonem: {fingerprint}":
        "Peer “{name}” added (id {id}). Verify the fingerprint by phone: {fingerprint}",
    "klíče této instalace": "this installation's keys",
    "Partner „{name}“ je odvolán; jeho balíčky se už nenačtou.":
        "The peer “{name}” is revoked; its bundles are no longer loaded.",
    "Rozsah zadejte jako worker:ID_UŽIVATELE nebo all.":
        "Give the scope as worker:USER_ID or all.",
    "Partner „{name}“: rozsah {v3}.": "Peer “{name}”: scope {v3}.",
    "uložit kartu instalace pro partnera": "save the installation card for a peer",
    "Upozornění: {warning}\n": "Warning: {warning}\n",
    "Balíček pro „{peer_name}“: {rows} záznamů, {v5:.0f} kB → {path}":
        "Bundle for “{peer_name}”: {rows} rows, {v5:.0f} kB → {path}",
    "název, id a otisk této instalace": "name, id and fingerprint of this installation",
    "Konflikt vyřešen.": "Conflict resolved.",
    "partnerské instalace": "peer installations",
    "přidat partnera z jeho karty": "add a peer from its card",
    "worker:ID": "worker:ID",
    "posílat jen případy tohoto pracovníka (terénní notebook)":
        "send only this worker's cases (field laptop)",
    "druh partnera: vlastní kancelář (výchozí), partnerská kancelář, terénní notebook (s "
    "--scope)":
        "kind of peer: own office (default), partner office, field laptop (with --scope)",
    "vypsat partnery": "list peers",
    "odvolat partnera (ztracený notebook)": "revoke a peer (a lost laptop)",
    "změnit rozsah dat pro partnera": "change the data scope of a peer",
    "worker:ID|all": "worker:ID|all",
    "výměna dat balíčky": "data exchange by bundles",
    "vytvořit balíček pro partnera": "make a bundle for a peer",
    "PARTNER": "PEER",
    "rozsah (jinak ten uložený u partnera)": "scope (else the one stored with the peer)",
    "poslat vše, i co partner potvrdil": "send everything, also what the peer acknowledged",
    "zašifrovat i pro tuto instalaci (archiv)": "encrypt for this installation too (archive)",
    "SOUBOR.kmbx": "FILE.kmbx",
    "načíst balíček od partnera": "load a bundle from a peer",
    "konflikty souběžných úprav": "conflicts of concurrent edits",
    "vypsat nevyřešené konflikty": "list unresolved conflicts",
    "i vyřešené": "resolved ones too",
    "ponechat vítěze nebo obnovit druhou hodnotu": "keep the winner or restore the other value",
    "Karta instalace „{name}“ uložena do {output}. Otisk: {fingerprint}":
        "Installation card “{name}” saved to {output}. Fingerprint: {fingerprint}",
    "{name}\nid: {id}\notisk: {fingerprint}": "{name}\nid: {id}\nfingerprint: {fingerprint}",
    "kmb: {message}\n": "kmb: {message}\n",
    "kmb: přerušeno\n": "kmb: interrupted\n",
    "kmb: {describe_db_error}\n": "kmb: {describe_db_error}\n",
    "kmb: vnitřní chyba ({name__}: {first_line}); podrobnosti v {log_path}\n":
        "kmb: internal error ({name__}: {first_line}); details in {log_path}\n",
    "kmb: zadejte příkaz (kmb --help)\n": "kmb: give a command (kmb --help)\n",
    "{prog}: {message} (nápověda: {prog} --help)": "{prog}: {message} (help: {prog} --help)",
    "databáze (soubor SQLite nebo URL SQLAlchemy); jinak kmb.sqlite ve složce dat "
    "(KMB_DATA_DIR) nebo KMB_DATABASE_URL":
        "database (an SQLite file or an SQLAlchemy URL); else kmb.sqlite in the data folder "
        "(KMB_DATA_DIR) or KMB_DATABASE_URL",
    "přihlásit se jako tento uživatel (povinné u příkazů, které otevírají databázi)":
        "sign in as this user (required by commands that open the database)",
    "heslo z prvního řádku souboru (pro skripty; jinak proměnná KMB_PASSWORD, nebo se "
    "aplikace zeptá)":
        "password from the first line of a file (for scripts; else the variable KMB_PASSWORD, "
        "or the application asks)",
    "jazyk aplikace a příkazů (výchozí čeština; také KMB_LANG)":
        "language of the application and commands (default Czech; also KMB_LANG)",
    "KMB Desk – kontaktní místo pro bydlení. Bez příkazu otevře aplikaci.":
        "KMB Desk – housing contact point. Without a command it opens the application.",
    "vypsat verzi a skončit": "show the version and exit",
    "otevřít aplikaci na ukázkovém úřadě (vytvoří se při prvním spuštění)":
        "open the application on the demo office (made at the first start)",
    "PŘÍKAZ": "COMMAND",
    "příkazy": "commands",
}
