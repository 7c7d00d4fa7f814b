"""English for the messages of app/ (app.i18n): people, accounts, sign-in, keys, settings."""
EN = {
    "Osoba neexistuje nebo byla smazána.": "The person does not exist or was deleted.",
    "Záznam byl sloučen s jiným záznamem téže osoby.":
        "The record was merged with another record of the same person.",
    "Vyplňte název domácnosti (např. Novákovi).": "Fill in the household name (e.g. The Nováks).",
    "Vyberte dva různé záznamy.": "Choose two different records.",
    "Záznamy mají různá rodná čísla – nejde o tutéž osobu.":
        "The records have different birth numbers – they are not the same person.",
    "Tento záznam už byl sloučen s jiným.": "This record has already been merged with another.",
    "Vyplňte jméno.": "Fill in the first name.",
    "Vyplňte příjmení.": "Fill in the surname.",
    "Datum narození nemůže být v budoucnosti.": "The date of birth cannot be in the future.",
    "Datum narození je příliš staré – zkontrolujte rok.":
        "The date of birth is too far back – check the year.",
    "Rodné číslo nesouhlasí s datem narození.": "The birth number does not match the date of birth.",
    "Pohlaví nesouhlasí s rodným číslem.": "The sex does not match the birth number.",
    "E-mail nemá správný tvar (např. jana.novakova@email.cz).":
        "The e-mail address is not valid (e.g. jana.novakova@email.cz).",
    "Telefon zadejte číslicemi, např. +420 603 123 456.":
        "Enter the phone number in digits, e.g. +420 603 123 456.",
    "{what} neexistuje.": "{what} does not exist.",
    "Role „{v1}“ nemá oprávnění k této akci.": "The role “{v1}” is not allowed to do this.",
    "Uživatel „{who}“ neexistuje.": "The user “{who}” does not exist.",
    "Účet uživatele „{who}“ je zablokovaný.": "The account of “{who}” is blocked.",
    "Heslo musí mít alespoň {MIN_PASSWORD} znaků.":
        "The password must have at least {MIN_PASSWORD} characters.",
    "Hesla se neshodují – napište je znovu.": "The passwords do not match – type them again.",
    "Uživatelské jméno: malá písmena bez diakritiky, číslice, tečka, např. jana.novakova.":
        "User name: lower-case letters without accents, digits, a dot, e.g. jana.novakova.",
    "Vyplňte jméno a příjmení.": "Fill in the first name and surname.",
    "Uživatel „{username}“ už existuje.": "The user “{username}” already exists.",
    "Vlastní účet zablokovat nelze.": "You cannot block your own account.",
    "Uživatel neexistuje.": "The user does not exist.",
    "Účet {username} je zablokovaný, ale databáze nový klíč nedostala: {message} Zkuste to "
    "znovu tlačítkem Nový klíč databáze (Nastavení → Uživatelé).":
        "The account {username} is blocked, but the database did not get a new key: {message} "
        "Try again with the New database key button (Settings → Users).",
    "Nesprávné uživatelské jméno nebo heslo.": "Wrong user name or password.",
    "Příliš mnoho neúspěšných pokusů. Další pokus je možný za {v1} s.":
        "Too many failed attempts. You can try again in {v1} s.",
    "{full_name} už má přihlášení „{username}“; heslo změníte tlačítkem Nastavit heslo.":
        "{full_name} already signs in as “{username}”; change the password with Set password.",
    "Vyplňte, co je potřeba udělat.": "Fill in what needs to be done.",
    "„{text}“ není platné datum.": "“{text}” is not a valid date.",
    "Datum „{text}“ zadejte jako den. měsíc. rok, např. 3. 1. 2027.":
        "Enter the date “{text}” as day. month. year, e.g. 3. 1. 2027.",
    "„{text}“ není částka v Kč.": "“{text}” is not an amount in CZK.",
    "Soubor {path} nelze zapsat: {strerror}.": "The file {path} cannot be written: {strerror}.",
    "Neznámý druh dokumentu „{kind}“ (známé: {join}).":
        "Unknown kind of document “{kind}” (known: {join}).",
    "Klíč pro obnovu nepatří k této databázi.": "The recovery key does not belong to this database.",
    "Databáze ještě není založená. Použijte „kmb init --name NÁZEV“.":
        "The database has not been set up yet. Use “kmb init --name NAME”.",
    "Instalace už existuje pod názvem „{name}“; nová se nezakládá.":
        "An installation named “{name}” already exists; no new one is created.",
    "Soubor „{name}“ je prázdný.": "The file “{name}” is empty.",
    "Soubor „{name}“ má {megabytes} MB; vložit lze obrázek nejvýše do {v5} MB. Zmenšete ho "
    "nebo vyfoťte znovu v nižším rozlišení.":
        "The file “{name}” has {megabytes} MB; a picture may have at most {v5} MB. Make it "
        "smaller or take the photo again at a lower resolution.",
    "Soubor „{name}“ není obrázek, který lze přečíst. Vyberte fotografii ve formátu JPEG nebo "
    "PNG.": "The file “{name}” is not a readable picture. Choose a JPEG or PNG photo.",
    "Obrázek „{name}“ má příliš velký rozměr ({width} × {height} bodů).":
        "The picture “{name}” is too large ({width} × {height} pixels).",
    "Rodné číslo má tvar RRMMDD/XXXX (9 nebo 10 číslic).":
        "A birth number has the form YYMMDD/XXXX (9 or 10 digits).",
    "Devítimístné rodné číslo mají jen lidé narození před rokem 1954.":
        "Only people born before 1954 have a nine-digit birth number.",
    "Měsíc zvýšený o 20 nebo 70 se používá až od roku 2004.":
        "A month raised by 20 or 70 is used only from 2004.",
    "Rodné číslo neobsahuje platné datum narození.":
        "The birth number does not contain a valid date of birth.",
    "Datum narození v rodném čísle je v budoucnosti.":
        "The date of birth in the birth number is in the future.",
    "Rodné číslo nemá správnou kontrolní číslici (není dělitelné 11) – zkontrolujte překlep.":
        "The birth number has a wrong check digit (not divisible by 11) – check for a typo.",
    "Vyplňte název úřadu (např. Městský úřad Trutnov).":
        "Fill in the name of the office (e.g. Městský úřad Trutnov).",
    "Vyplňte obec – tiskne se v místě a datu podpisu („V Trutnově dne …“).":
        "Fill in the municipality – it is printed with the place and date of signing "
        "(“V Trutnově dne …”).",
    "E-mail nemá správný tvar (např. kmb@trutnov.cz).":
        "The e-mail address is not valid (e.g. kmb@trutnov.cz).",
    "Telefon zadejte číslicemi, např. +420 499 803 111.":
        "Enter the phone number in digits, e.g. +420 499 803 111.",
    "Místo podpisu začněte předložkou, např. „V Trutnově“ nebo „Ve Zlíně“.":
        "Start the place of signing with the Czech preposition, e.g. “V Trutnově” or "
        "“Ve Zlíně”.",
    "U každé podepisující osoby vyplňte jméno.": "Fill in the name of every signatory.",
    "Každá podepisující osoba smí být v seznamu jen jednou.":
        "Each signatory may be in the list only once.",
    "Vyberte osobu ze seznamu podepisujících.": "Choose a person from the list of signatories.",
    "Neznámý zástupný symbol {{{v1}}}; povolené jsou {{year}}, {{n}} a {{series}}.":
        "Unknown placeholder {{{v1}}}; allowed are {{year}}, {{n}} and {{series}}.",
    "Vzor musí obsahovat pořadové číslo {n} právě jednou, např. NS/{year}/{n:04d}.":
        "The pattern must contain the sequence number {n} exactly once, e.g. NS/{year}/{n:04d}.",
    "Vzor čísla nelze použít (zkontrolujte formát, např. {n:04d}).":
        "The number pattern cannot be used (check the format, e.g. {n:04d}).",
    "Číslo podle vzoru by bylo delší než 40 znaků.":
        "A number made by the pattern would be longer than 40 characters.",
    "Řada je krátký kód (nejvýše {TAG_MAX} znaků, písmena a číslice, na začátku písmeno), "
    "např. N1; prázdná řada jen pro jednu instalaci, obvykle kancelář.":
        "A series is a short code (at most {TAG_MAX} characters, letters and digits, starting "
        "with a letter), e.g. N1; an empty series for one installation only, usually the office.",
    "Databáze ještě není založená.": "The database has not been set up yet.",
    "Číslo {number} mezitím dostal jiný záznam (ukládalo se současně na jiném místě). "
    "Uložte prosím znovu.":
        "The number {number} was meanwhile given to another record (saved at the same time "
        "elsewhere). Please save again.",
    "Vzor čísla má neuzavřenou složenou závorku.": "The number pattern has an unclosed brace.",
    "Vyplňte vzor čísla, např. NS/{year}/{n:04d}.":
        "Fill in the number pattern, e.g. NS/{year}/{n:04d}.",
    "Soubor {path} existuje a není ukázková databáze; nepřepisuji ho.":
        "The file {path} exists and is not a demo database; it is not overwritten.",
    "Neznámá velikost ukázky „{size}“ (town nebo city).":
        "Unknown demo size “{size}” (town or city).",
    "{path} je odkaz na jiný soubor, ne ukázková databáze; nepřepisuji ho.":
        "{path} is a link to another file, not a demo database; it is not overwritten.",
    "Ukázka běží jen v souboru; databázi na serveru otevřete přihlášením.":
        "The demo runs only in a file; open a database on a server by signing in.",
    "Databáze {path} už existuje; přihlaste se k ní.":
        "The database {path} already exists; sign in to it.",
    "V databázi {where} už je instalace KMB Desk; přihlaste se k ní.":
        "The database {where} already holds a KMB Desk installation; sign in to it.",
    "Klíč pro obnovu patří jen k databázi v souboru.":
        "A recovery key belongs only to a database in a file.",
    "Aktivní uživatel „{name}“ neexistuje.": "There is no active user “{name}”.",
    "Zadejte uživatelské jméno (v příkazové řádce --user JMÉNO).":
        "Enter the user name (on the command line --user NAME).",
    "Soubor {path} není ukázková databáze; bez přihlášení ho neotevřu.":
        "The file {path} is not a demo database; it does not open without signing in.",
    "Příliš mnoho neúspěšných pokusů o přihlášení. Další pokus je možný za {ceil} s.":
        "Too many failed sign-in attempts. You can try again in {ceil} s.",
    "Chybí soubor klíčů {name} vedle databáze. Obnovte ho ze zálohy, nebo databázi otevřete "
    "klíčem pro obnovu.":
        "The key file {name} beside the database is missing. Restore it from a backup, or "
        "open the database with the recovery key.",
    "Soubor klíčů {path} je poškozený.": "The key file {path} is damaged.",
    "Soubor {path} není soubor klíčů KMB Desk.": "The file {path} is not a KMB Desk key file.",
    "Záloha nemá platný soubor klíčů.": "The backup has no valid key file.",
    "Soubor klíčů {target} nelze zapsat: {strerror}.":
        "The key file {target} cannot be written: {strerror}.",
    "Klíč nepatří k této databázi.": "The key does not belong to this database.",
    "Klíč pro obnovu je chybně opsaný (nesouhlasí kontrolní součet).":
        "The recovery key was copied wrongly (the checksum does not match).",
    "Soubor klíčů databáze je poškozený (neplatné parametry).":
        "The database's key file is damaged (invalid parameters).",
    "Databázi nelze přešifrovat ({why}); zůstala beze změny.":
        "The database cannot be re-encrypted ({why}); it was left unchanged.",
    "Přešifrovaná kopie databáze nesouhlasí s původní; databáze zůstala beze změny.":
        "The re-encrypted copy of the database does not match the original; the database was "
        "left unchanged.",
    "Nový klíč lze dát jen zašifrované databázi v souboru.":
        "Only an encrypted database in a file can get a new key.",
    "Zašifrovaná kopie databáze nesouhlasí s původní; databáze zůstala beze změny.":
        "The encrypted copy of the database does not match the original; the database was "
        "left unchanged.",
    "Databázi nelze zašifrovat ({exc}); zůstala beze změny.":
        "The database cannot be encrypted ({exc}); it was left unchanged.",
    "Databáze ze starší verze nemá hesla: přihlaste se jako správce a zvolte heslo (alespoň "
    "{MIN_PASSWORD} znaků).":
        "A database from an older version has no passwords: sign in as the administrator and "
        "choose a password (at least {MIN_PASSWORD} characters).",
    "Soubor {path} je databáze SQLite, ale ne databáze KMB Desk.":
        "The file {path} is an SQLite database, but not a KMB Desk database.",
}
