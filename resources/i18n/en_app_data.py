"""English for the messages of app/ (app.i18n): database, copy, backups, privacy, law,
flats, cases."""
EN = {
    "Spojení se serverem databáze {where} se přerušilo; rozpracovaná změna se neuložila "
    "(vrátila se celá). Zkontrolujte síť a zkuste to znovu.":
        "The connection to the database server {where} broke; the change in progress was not "
        "saved (it was rolled back whole). Check the network and try again.",
    "Záznam mezitím uložil někdo jiný; vaše změna se neuložila. Otevřete ho znovu a změnu "
    "zopakujte.":
        "Someone else saved the record meanwhile; your change was not saved. Open it again "
        "and repeat the change.",
    "{path} je složka, ne soubor databáze.": "{path} is a folder, not a database file.",
    "Soubor databáze {path} nelze číst: {strerror}.":
        "The database file {path} cannot be read: {strerror}.",
    "Soubor {path} není databáze KMB Desk (je zkrácený, poškozený, nebo jde o jiný soubor). "
    "Obnovte ji ze zálohy.":
        "The file {path} is not a KMB Desk database (it is truncated, damaged or another "
        "file). Restore it from a backup.",
    "Databáze {path} neexistuje. Novou založíte příkazem „kmb init“ nebo ukázkovou příkazem "
    "„kmb demo --db {path}“.":
        "The database {path} does not exist. Create a new one with “kmb init” or a demo with "
        "“kmb demo --db {path}”.",
    "Databáze {path} se zakládá bez klíče; to nejde.":
        "The database {path} would be created without a key; that is not possible.",
    "Databáze {path} není zašifrovaná (starší verze KMB Desk); po přihlášení se zašifruje.":
        "The database {path} is not encrypted (an older KMB Desk version); it is encrypted "
        "after signing in.",
    "Databáze {path} je zašifrovaná; otevřete ji přihlášením.":
        "The database {path} is encrypted; open it by signing in.",
    "Pro databázi na serveru PostgreSQL chybí ovladač; nainstalujte „pip install "
    "'kmb-desk[postgres]'“.":
        "The driver for a PostgreSQL database is missing; install “pip install "
        "'kmb-desk[postgres]'”.",
    "Databázi „{display_url}“ neumím otevřít: zadejte cestu k souboru nebo adresu "
    "postgresql://uživatel@server/databáze.":
        "The database “{display_url}” cannot be opened: give a file path or an address "
        "postgresql://user@server/database.",
    "Databázi {path} nelze odemknout: klíč k ní nepatří, nebo je soubor poškozený. Obnovte ji "
    "ze zálohy.":
        "The database {path} cannot be unlocked: the key does not belong to it, or the file "
        "is damaged. Restore it from a backup.",
    "{v0} {where} je {kind}, ale ne databáze KMB Desk.":
        "{v0} {where} is {kind}, but not a KMB Desk database.",
    "Databáze {where} je prázdná; instalaci v ní založíte příkazem „kmb init --db {where}“.":
        "The database {where} is empty; set up an installation in it with “kmb init --db "
        "{where}”.",
    "Databázi vytvořila novější verze KMB Desk (revize {current}); tato verze ji neumí "
    "otevřít. Aktualizujte aplikaci.":
        "The database was made by a newer KMB Desk version (revision {current}); this version "
        "cannot open it. Update the application.",
    "Heslo správce nesouhlasí; databázi nekopíruji.":
        "The administrator's password does not match; the database is not copied.",
    "Cílový soubor {path} už existuje; kopíruji jen do nového souboru (nic se nezměnilo).":
        "The target file {path} already exists; copies go only to a new file (nothing "
        "changed).",
    "Složka {parent} neexistuje; založte ji, nebo zvolte jinou.":
        "The folder {parent} does not exist; create it or choose another.",
    "Schéma databáze {where} se liší od zdrojové (tabulky {join}); nic se nezkopírovalo.":
        "The schema of the database {where} differs from the source's (tables {join}); "
        "nothing was copied.",
    "Tabulka {name} má ve zdroji a v cíli jiné sloupce ({join}); nic se nezkopírovalo.":
        "The table {name} has different columns in the source and the target ({join}); "
        "nothing was copied.",
    "Cílová databáze {where} není prázdná (tabulka {name} má záznamy); kopíruji jen do "
    "prázdné databáze. Nic se nezměnilo.":
        "The target database {where} is not empty (the table {name} has rows); copies go only "
        "to an empty database. Nothing changed.",
    "Po kopii nesouhlasí počet záznamů v tabulce {name} ({v3} → {there}); cílová databáze "
    "{where} zůstala bez dat.":
        "After the copy the number of rows in the table {name} does not match ({v3} → "
        "{there}); the target database {where} was left without data.",
    "Auditní řetězec v kopii se neověřil ({text}); cílová databáze {where} zůstala bez dat.":
        "The audit chain of the copy did not verify ({text}); the target database {where} was "
        "left without data.",
    "Auditní řetězec v kopii se neověřil; nic se nezkopírovalo.":
        "The audit chain of the copy did not verify; nothing was copied.",
    "Přesun databáze smí spustit jen správce (role „správce“).":
        "Only the administrator (role “administrator”) may move the database.",
    "Cíl kopie je tatáž databáze jako zdroj; zadejte jinou.":
        "The target of the copy is the source database itself; give another.",
    "Soubor {file} není záloha KMB Desk.": "The file {file} is not a KMB Desk backup.",
    "Zálohu {file} nelze číst: {strerror}.": "The backup {file} cannot be read: {strerror}.",
    "Záloha {file} je poškozená (soubor klíčů).": "The backup {file} is damaged (the key file).",
    "Klíč pro obnovu nepatří k této záloze.": "The recovery key does not belong to this backup.",
    "Nesprávné uživatelské jméno nebo heslo (k této záloze).":
        "Wrong user name or password (for this backup).",
    "Záloha neobsahuje databázi KMB Desk.": "The backup does not contain a KMB Desk database.",
    "Zálohu vytvořila novější verze KMB Desk; obnovit ji nelze.":
        "The backup was made by a newer KMB Desk version; it cannot be restored.",
    "Klíč pro obnovu nepatří k současné databázi. Zálohu přes ni obnoví jen ten, kdo ji dnes "
    "smí otevřít: použijte současný klíč pro obnovu nebo své heslo.":
        "The recovery key does not belong to the current database. Only someone who may open "
        "it today can restore a backup over it: use the current recovery key or your password.",
    "Nesprávné uživatelské jméno nebo heslo k současné databázi (nebo zablokovaný účet): "
    "zálohu přes ni obnoví jen ten, kdo se k ní dnes přihlásí. Nic se nezměnilo.":
        "Wrong user name or password for the current database (or a blocked account): only "
        "someone who signs in to it today can restore a backup over it. Nothing changed.",
    "Záloha je poškozená (nesouhlasí kontrolní součty stránek).":
        "The backup is damaged (the page checksums do not match).",
    "Záloha je poškozená (kontrola databáze selhala).":
        "The backup is damaged (the database check failed).",
    "Zálohu nelze otevřít: klíč k ní nepatří, nebo je poškozená.":
        "The backup cannot be opened: the key does not belong to it, or it is damaged.",
    "Složka {folder} neexistuje.": "The folder {folder} does not exist.",
    "Zálohu {target} nelze zapsat: {strerror}.": "The backup {target} cannot be written: "
                                                 "{strerror}.",
    "Zálohovat takto lze jen databázi v souboru; u serveru zálohuje správce serveru.":
        "Only a database in a file can be backed up this way; a server is backed up by its "
        "administrator.",
    "Uveďte právní základ předávání (např. čl. 9 odst. 2 písm. h GDPR a smlouva o spolupráci "
    "č. …).":
        "State the legal basis of the transfer (e.g. Art. 9(2)(h) GDPR and cooperation "
        "agreement no. …).",
    "Partnerská instalace neexistuje.": "The partner installation does not exist.",
    "Osoba není po skartační lhůtě (nebo už je anonymizovaná); nic se nezměnilo.":
        "The person is not past the retention period (or is already anonymised); nothing "
        "changed.",
    "Skartační lhůta musí být celý počet let od 1 do 100.":
        "The retention period must be a whole number of years from 1 to 100.",
    "Správci nelze odebrat nastavení, uživatele a audit – jinak by tabulku rolí nemohl nikdo "
    "opravit.":
        "The administrator cannot lose settings, users and audit – otherwise nobody could "
        "repair the role table.",
    "Zvláštní kategorie údajů bez přístupu k osobám nedává smysl.":
        "Special-category data without access to persons makes no sense.",
    "Osoba neexistuje.": "The person does not exist.",
    "Pro „{v1}“ není v Nastavení → Zákon zadaná hodnota.":
        "No value is set for “{v1}” in Settings → Law.",
    "Neznámý parametr.": "Unknown parameter.",
    "Uveďte pramen (číslo a název předpisu).": "Give the source (number and title of the act).",
    "Od tohoto dne už hodnota zadaná je; nejdřív ji odeberte.":
        "A value from this day is already set; remove it first.",
    "Taková hodnota není zadaná.": "No such value is set.",
    "Parametr musí mít alespoň jednu hodnotu.": "The parameter must have at least one value.",
    "„{text}“ není číslo.": "“{text}” is not a number.",
    "Počet podlaží 0 až 60.": "Number of floors 0 to 60.",
    "Rok výstavby zadejte čtyřmístně.": "Enter the year of construction with four digits.",
    "Vyberte dům.": "Choose a building.",
    "Vyplňte číslo bytu.": "Fill in the flat number.",
    "Byt č. {number} v tomto domě už je.": "Flat no. {number} already exists in this building.",
    "Počet pokojů 1 až 12.": "Number of rooms 1 to 12.",
    "Plocha bytu v m² (více než 0).": "Floor area of the flat in m² (more than 0).",
    "Dispozice ve tvaru 2+1 nebo 1+kk.": "Layout in the form 2+1 or 1+kk.",
    "Podlaží −3 až 60.": "Floor −3 to 60.",
    "Dům má jen {floors} podlaží.": "The building has only {floors} floors.",
    "Vyplňte ulici.": "Fill in the street.",
    "Vyplňte číslo domu.": "Fill in the house number.",
    "Vyplňte obec.": "Fill in the municipality.",
    "PSČ má pět číslic, např. 541 01.": "A postcode has five digits, e.g. 541 01.",
    "Podíl je 0 až 100 %.": "The share is 0 to 100 %.",
    "Datum nemůže být v budoucnosti.": "The date cannot be in the future.",
    "Datum nemůže být dřív než {v1} ({d}).": "The date cannot be earlier than {v1} ({d}).",
    "Řízení o zápisu už na tomto případu vedeno je.":
        "A registration procedure is already under way in this case.",
    "Neznámý krok řízení „{step}“.": "Unknown procedure step “{step}”.",
    "Rozhodnutí je vydané; {what} už nelze měnit.":
        "The decision has been issued; {what} can no longer be changed.",
    "Stanovisko Úřadu práce už došlo; žádost o ně nelze měnit.":
        "The Labour Office's opinion has arrived; the request for it cannot be changed.",
    "Nejdřív zapište zahájení šetření bytové situace (§ 16).":
        "First record the start of the housing situation inquiry (§ 16).",
    "Nejdřív zapište odeslání žádosti o stanovisko (§ 18).":
        "First record sending the request for an opinion (§ 18).",
    "Vyhovět lze jen s kladným závazným stanoviskem Úřadu práce (§ 18).":
        "An application can be granted only with a positive binding opinion of the Labour "
        "Office (§ 18).",
    "Zamítnout lze až po šetření nebo stanovisku Úřadu práce.":
        "An application can be refused only after the inquiry or the Labour Office's opinion.",
    "Rozhodnutí nemůže předcházet stanovisku Úřadu práce.":
        "The decision cannot come before the Labour Office's opinion.",
    "Číslo jednací {ref} už má jiné rozhodnutí.":
        "The reference number {ref} already belongs to another decision.",
    "Nejdřív zapište rozhodnutí.": "First record the decision.",
    "Rozhodnutí už je v právní moci; doručení nelze měnit.":
        "The decision is already final; its delivery cannot be changed.",
    "Nejdřív zapište doručení rozhodnutí.": "First record the delivery of the decision.",
    "Zapsat do evidence lze jen po rozhodnutí, které žádosti vyhovělo.":
        "Registration is possible only after a decision granting the application.",
    "Nejdřív zapište, kdy rozhodnutí nabylo právní moci.":
        "First record when the decision became final.",
    "Změny (§ 24) se zapisují až k platnému zápisu v evidenci.":
        "Changes (§ 24) are recorded only for a valid registration.",
    "Neznámý dokument „{kind}“.": "Unknown document “{kind}”.",
    "Rozhodnutí ještě nebylo vydáno: zapište ho v kroku Rozhodnutí.":
        "The decision has not been issued yet: record it in the Decision step.",
    "Neznámý dokument „{kind}“ (známé: {join}).": "Unknown document “{kind}” (known: {join}).",
    "Případ už tento stav má.": "The case already has this status.",
    "Napište text poznámky.": "Write the text of the note.",
    "Vyberte pracovníka ze seznamu.": "Choose a worker from the list.",
    "Vyberte pracovníka nebo odbor.": "Choose a worker or a department.",
    "Termín úkolu nemůže být v minulosti.": "The task's due date cannot be in the past.",
}
