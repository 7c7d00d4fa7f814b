"""English of the app/ messages wrapped for issue 18.3 (session 15, helper msgs15):
audit check, database errors, bundle exchange, concurrent saves, imports, CLI
prompts, timelines, procedure steps, rule-set validation."""
EN = {
    # CLI
    "  Ind. individuální posouzení\n": "  Ind. individual assessment\n",
    "Heslo jim nastaví správce (Nastavení → Uživatelé): {names}.":
        "An administrator will set their password (Settings → Users): {names}.",
    "Heslo znovu: ": "Password again: ",
    "Klíč pro obnovu (z trezoru úřadu): ": "Recovery key (from the office safe): ",
    "Nové heslo správce {name}: ": "New password of administrator {name}: ",
    "Nové heslo uživatele {name}: ": "New password of user {name}: ",
    "Nové heslo znovu: ": "New password again: ",
    "Řada čísel (Enter = bez řady): ": "Number series (Enter = no series): ",
    "řada čísel „{series}“": "number series “{series}”",
    "odvolán": "revoked",
    "všechna data": "all data",
    # audit check
    "Chybí hlava auditního řetězce.": "The head of the audit chain is missing.",
    "Chybí klíč auditního řetězce.": "The key of the audit chain is missing.",
    "Chybí záznamy č. {first}–{last}.": "Entries no. {first}–{last} are missing.",
    "Hlava auditního řetězce byla změněna.": "The head of the audit chain was altered.",
    "Hlava auditního řetězce nesouhlasí se záznamy.":
        "The head of the audit chain does not match the entries.",
    "Na konci chybí záznamy č. {first}–{last}.": "Entries no. {first}–{last} are missing at the end.",
    "Podepsaná kotva zná záznam č. {seq}, ten v řetězci chybí.":
        "A signed anchor knows entry no. {seq}, which is missing from the chain.",
    "Podpis kotvy ze dne {day} nesouhlasí.": "The signature of the anchor of {day} does not match.",
    "Záznam č. {seq} byl změněn.": "Entry no. {seq} was altered.",
    "Záznam č. {seq} nenavazuje na předchozí.": "Entry no. {seq} does not follow the previous one.",
    "Záznam č. {seq} se liší od podepsané kotvy.": "Entry no. {seq} differs from the signed anchor.",
    # database
    "Databáze na serveru {where} operaci odmítla ({first}); nic se neuložilo.":
        "The database on server {where} refused the operation ({first}); nothing was saved.",
    "Databáze {where} je poškozená ({text}). Obnovte ji ze zálohy.":
        "The database {where} is damaged ({text}). Restore it from a backup.",
    "Databáze {where} je zamčená jiným programem. Zkuste to za chvíli znovu.":
        "The database {where} is locked by another program. Try again in a moment.",
    "Databáze {where} na serveru neexistuje; správce serveru ji založí (viz README, PostgreSQL).":
        "The database {where} does not exist on the server; the server's administrator creates "
        "it (see README, PostgreSQL).",
    "Databázi {where} nelze otevřít: {first}": "The database {where} cannot be opened: {first}",
    "Databázi {where} nelze otevřít: {text}": "The database {where} cannot be opened: {text}",
    "Role v adrese {where} na serveru neexistuje; opravte adresu.":
        "The role in the address {where} does not exist on the server; correct the address.",
    "Role v adrese {where} nemá k databázi potřebná práva ({first}); obraťte se na správce serveru.":
        "The role in the address {where} lacks the rights it needs in the database ({first}); "
        "ask the server's administrator.",
    "Server databáze {where} neodpovídá (je vypnutý, nebo je špatná adresa či port). Zkuste to za "
    "chvíli znovu nebo se obraťte na správce serveru.":
        "The database server {where} does not answer (it is down, or the address or port is "
        "wrong). Try again in a moment or ask the server's administrator.",
    "Server databáze {where} nepovoluje připojení z tohoto počítače nebo této role (pg_hba.conf); "
    "obraťte se na správce serveru.":
        "The database server {where} does not allow connections from this computer or this role "
        "(pg_hba.conf); ask the server's administrator.",
    "Server databáze {where} odmítl heslo role v adrese; opravte heslo (v adrese nebo v ~/.pgpass) "
    "nebo se obraťte na správce serveru.":
        "The database server {where} refused the role's password in the address; correct the "
        "password (in the address or in ~/.pgpass) or ask the server's administrator.",
    "Spojení se serverem databáze {where} se přerušilo; nic se neuložilo. Zkuste to znovu.":
        "The connection to the database server {where} was lost; nothing was saved. Try again.",
    "Zabezpečené spojení se serverem {where} se nepodařilo ({first}); zkontrolujte certifikát "
    "serveru a sslrootcert v adrese.":
        "The secure connection to the server {where} failed ({first}); check the server's "
        "certificate and sslrootcert in the address.",
    "databáze SQLite": "an SQLite database",
    "databáze na serveru": "a database on the server",
    "Kopie se nepodařila, cílová databáze zůstala bez dat: ":
        "The copy failed, the target database was left without data: ",
    "do databáze právě zapisuje jiný program – zavřete ho":
        "another program is writing to the database right now – close it",
    # bundle exchange
    "; tato instalace byla zřejmě obnovena ze zálohy jinak než příkazem „kmb backup restore“ – "
    "obnovte ji jím, pak se vlastní změny vrátí":
        "; this installation was apparently restored from a backup other than by “kmb backup "
        "restore” – restore it with that command, then its own changes come back",
    "Balíček od „{sender}“ už byl načten dříve; nic se nezměnilo.":
        "The bundle from “{sender}” was already imported; nothing changed.",
    "Hodiny této instalace jdou o {amount} napřed před posledním časem od „{peer}“; zkontrolujte "
    "datum a čas na obou počítačích.":
        "This installation's clock is {amount} ahead of the last time from “{peer}”; check the "
        "date and time on both computers.",
    "Hodiny této instalace jdou o {amount} pozadu za posledním časem od „{peer}“; zkontrolujte "
    "datum a čas na obou počítačích.":
        "This installation's clock is {amount} behind the last time from “{peer}”; check the "
        "date and time on both computers.",
    "Načteno od „{sender}“: nových záznamů {new}, změněných {changed}, beze změny {unchanged}, "
    "konfliktů k posouzení {conflicts}, možných duplicit osob {duplicates}.":
        "Imported from “{sender}”: {new} new records, {changed} changed, {unchanged} unchanged, "
        "{conflicts} conflicts to review, {duplicates} possible duplicate persons.",
    "Při příští výměně si tato instalace vyžádá od partnerů ({peers}) úplné balíčky, aby se vrátily "
    "změny provedené po vytvoření zálohy.":
        "At the next exchange this installation asks its partners ({peers}) for full bundles, so "
        "that the changes made after the backup come back.",
    "kancelář (vlastní)": "office (own)",
    "partnerská kancelář": "partner office",
    "terénní notebook pracovníka": "worker's field laptop",
    "ověřuji části": "verifying parts",
    "rozšifrovávám": "decrypting",
    "šifruji": "encrypting",
    "ukládám {table}": "saving {table}",
    "{days:.0f} dní": "{days:.0f} days",
    "(chybí id)": "(id missing)",
    "vráceno po odvolání instalace": "returned after the installation was revoked",
    "{who} (odvolaná)": "{who} (revoked)",
    "(prázdné)": "(empty)",
    "(příloha)": "(attachment)",
    "(záznam odstraněn)": "(record removed)",
    "Kontakt osoby": "Person's contact",
    "Kontakt s klientem": "Contact with the client",
    "Kontrola bytu": "Flat inspection",
    "Žádost o byt": "Flat application",
    "Žádost z krizového fondu": "Crisis fund request",
    "hodnota": "value", "název": "name", "obec": "town", "ulice": "street",
    "smazáno": "deleted", "termín": "due date", "řešitel": "assignee", "vztah": "relation",
    "přidělený pracovník": "assigned worker", "číslo domu": "house number",
    "datum narození": "birth date", "jméno": "given name", "příjmení": "surname",
    "rodné číslo": "birth number", "pohlaví": "sex",
    # concurrent saves
    "hodnoty ve formuláři se s uloženými shodují, změnily se jiné údaje":
        "the values in the form match the stored ones, other details changed",
    "jiná instalace (přijatý balíček)": "another installation (a received bundle)",
    "neznámý uživatel": "unknown user",
    "{label}: vaše hodnota „{mine}“, uložená hodnota „{theirs}“":
        "{label}: your value “{mine}”, stored value “{theirs}”",
    "{record} mezitím uložil(a) {who} ({when}); vaše změny se neuložily. {detail}. Uložte znovu, "
    "nebo načtěte uloženou verzi.":
        "{record} was saved meanwhile by {who} ({when}); your changes were not saved. {detail}. "
        "Save again, or load the stored version.",
    "Případ {number}": "Case {number}",
    "Pronajímatele {name}": "Landlord {name}",
    "Smlouvu {number}": "Lease {number}",
    "Záznam osoby {full_name}": "The record of {full_name}",
    "Žádost {number}": "Application {number}",
    "Shrnutí": "Summary",
    "Dluh vůči obci": "Debt to the town", "Doba (měsíce)": "Term (months)",
    "Dvě domácnosti v bytě": "Two households in the flat", "Děti": "Children",
    "Let trvalého pobytu": "Years of permanent residence",
    "Plocha současného bytu (m²)": "Floor area of the current flat (m²)",
    "Podepsáno": "Signed", "Podáno": "Filed", "Pokoje současného bytu": "Rooms of the current flat",
    "Počet členů": "Members", "Přes KMB": "Through the KMB", "Těhotenství": "Pregnancy",
    "Trvalý pobyt v obci": "Permanent residence in the town", "Začátek nájmu": "Lease start",
    "Zdůvodnění individuálních bodů": "Justification of individual points",
    "Občanství": "Citizenship", "Kód adresního místa (RÚIAN)": "Address point code (RUIAN)",
    "adresa": "address", "druh": "kind", "jméno / název": "name", "kontaktní osoba": "contact person",
    "účet": "account",
    # record names (NotFound)
    "Byt „{id}“": "Flat “{id}”", "Byt „{id}“ neexistuje.": "Flat “{id}” does not exist.",
    "Dům": "Building", "Kontrola bytu „{id}“": "Flat inspection “{id}”",
    "Nabídka bytu": "Flat offer", "Nabídka „{id}“": "Offer “{id}”",
    "Návrh prodloužení": "Renewal proposal", "Označení možné duplicity": "Possible duplicate flag",
    "Partnerská služba": "Partner service", "Pravidla neexistují nebo byla smazána.":
        "The rules do not exist or were deleted.",
    "Pravidla neexistují.": "The rules do not exist.", "Prodloužení „{id}“": "Renewal “{id}”",
    "Program": "Programme", "Rozhodnutí „{id}“": "Decision “{id}”", "Ručení": "Guarantee",
    "Smlouva „{id}“": "Lease “{id}”", "Smlouva „{id}“ neexistuje.": "Lease “{id}” does not exist.",
    "Sociální šetření „{id}“": "Social assessment “{id}”",
    "Sociální šetření „{id}“ neexistuje.": "Social assessment “{id}” does not exist.",
    "Souhlas": "Consent", "Soukromý nájem": "Private lease",
    "Zařazení do programu": "Programme membership", "Zástup": "Deputy", "Zástupce": "Representative",
    "Záznam o šetření": "Assessment record", "Řízení o zápisu": "Registration procedure",
    "Šablona kontroly": "Inspection checklist", "Žádost „{id}“": "Application “{id}”",
    "Žádost „{id}“ neexistuje.": "Application “{id}” does not exist.",
    # imports
    " a další ({more})": " and more ({more})",
    " a dalších {count}": " and {count} more",
    "Dokončuji import…": "Finishing the import…",
    "Soubor {name} má víc než {limit} řádků; rozdělte ho na menší části.":
        "The file {name} has more than {limit} rows; split it into smaller parts.",
    "Ukládám řádek {n} z {count}…": "Saving row {n} of {count}…",
    "Řádek {n} z {row_count}": "Row {n} of {row_count}",
    "řádek {line}: {reason}": "row {line}: {reason}",
    "byt {number} v domě {street} {house} není v evidenci; importujte nejdřív byty":
        "flat {number} in building {street} {house} is not in the register; import the flats first",
    "chybí adresa domu": "the building's address is missing",
    "chybí jméno a příjmení": "the name is missing",
    "chybí období": "the period is missing",
    "chybí výše dluhu": "the amount of debt is missing",
    "chybí číslo bytu": "the flat number is missing",
    "chybí číslo smlouvy": "the lease number is missing",
    "datum podání je v budoucnosti": "the filing date is in the future",
    "neznámé číslo smlouvy „{number}“": "unknown lease number “{number}”",
    "období {month}/{year} je v budoucnosti": "the period {month}/{year} is in the future",
    "období „{month}“ není měsíc (např. 10/2026)": "the period “{month}” is not a month (e.g. 10/2026)",
    "pod záhlavím nejsou žádné řádky": "there are no rows below the header",
    "počet osob {size} není možný": "a household of {size} is not possible",
    "rodné číslo patří jiné osobě v evidenci než jméno a datum narození":
        "the birth number belongs to another person in the register than the name and birth date",
    "rodné číslo už má v evidenci jiná osoba ({who})":
        "another person in the register already has this birth number ({who})",
    "smlouva končí dřív, než začíná": "the lease ends before it starts",
    "smlouva {key} je teprve návrh (nebyla podepsána)": "lease {key} is only a draft (not signed)",
    "smlouva {key} za {month}/{year} už je na řádku {line}":
        "lease {key} for {month}/{year} is already on row {line}",
    "soubor nemá žádné řádky s daty": "the file has no rows with data",
    "stejná osoba": "the same person", "stejný byt": "the same flat",
    "stejný člen téže domácnosti": "the same member of the same household",
    "stejný žadatel": "the same applicant",
    "v evidenci je {who} se stejným jménem a datem narození, ale jiným rodným číslem":
        "the register has {who} with the same name and birth date but another birth number",
    "záporný dluh {amount} (přeplatek zapište jako 0)":
        "negative debt {amount} (write an overpayment as 0)",
    "{label}: „{value}“ není kód záznamu z vývozu KMB Desk":
        "{label}: “{value}” is not a record code from a KMB Desk export",
    "{what} už je na řádku {line}": "{what} is already on row {line}",
    "„{number}“ není datum": "“{number}” is not a date",
    "„{raw}“ není datum (např. 3. 1. 1985)": "“{raw}” is not a date (e.g. 3. 1. 1985)",
    "„{raw}“ není platné datum": "“{raw}” is not a valid date",
    "„{text}“ není ano/ne": "“{text}” is not yes/no",
    "„{text}“ není celé číslo": "“{text}” is not a whole number",
    "„{text}“ není jméno a příjmení": "“{text}” is not a given name and surname",
    "„{text}“ není částka v Kč": "“{text}” is not an amount in CZK",
    "„{text}“ není číslo": "“{text}” is not a number",
    "„{text}“ neznám (možnosti: {choices})": "“{text}” is unknown (choices: {choices})",
    "částka „{amount}“ není číslo v Kč": "the amount “{amount}” is not a number in CZK",
    "chybí sloupce {columns}": "columns {columns} are missing",
    "sloupce nejsou v pořadí ČÚZK": "the columns are not in ČÚZK's order",
    # offers, allocation
    "Nabídka přijata; byt je pro domácnost rezervován.":
        "Offer accepted; the flat is reserved for the household.",
    "Odmítnutí zapsáno ({counted}. za sledované období).":
        "Refusal recorded (no. {counted} in the period watched).",
    "Odmítnutí zapsáno. Je to {counted}. odmítnutí za {months} měsíců: domácnost je podle "
    "pravidel z pořadí vyřazena.":
        "Refusal recorded. It is refusal no. {counted} in {months} months: under the rules the "
        "household leaves the ranking.",
    "Odmítnutí ze závažného důvodu zapsáno; do pravidla o odmítnutích se nepočítá.":
        "Refusal for a serious reason recorded; it does not count under the refusals rule.",
    "Před nabídkou je třeba individuálně posoudit: {reviews}. Výsledek zapište do poznámky.":
        "Before the offer, assess individually: {reviews}. Write the outcome in the note.",
    "Žádost je pro tento byt vyřazena: {reasons}.": "The application is excluded for this flat: {reasons}.",
    "bez bytové nouze (ETHOS neuvedeno)": "no housing need (ETHOS not given)",
    "{address}, byt č. {number}": "{address}, flat no. {number}",
    # rules validation
    "Pravidla obsahují chyby – {problems}": "The rules contain errors – {problems}",
    "akce je „review“ (posoudit individuálně) nebo „exclude“.":
        "the action is “review” (assess individually) or “exclude”.",
    "chybí hodnota.": "a value is missing.",
    "chybí podmínka.": "the condition is missing.",
    "dolní mez pásma musí být menší než horní.": "a band's lower bound must be below its upper bound.",
    "horní strop je menší než dolní.": "the upper cap is below the lower one.",
    "kategorie ETHOS jsou čísla 1 až 13.": "ETHOS categories are numbers 1 to 13.",
    "max je menší než min.": "max is below min.",
    "musí být nejméně {lo}.": "must be at least {lo}.",
    "má být neprázdný seznam kategorií bytů.": "must be a non-empty list of flat categories.",
    "má být seznam kategorií žádostí.": "must be a list of application categories.",
    "má být seznam.": "must be a list.",
    "má být text.": "must be text.",
    "má být true nebo false.": "must be true or false.",
    "nejde o pravidla KMB Desk (očekáváno „{FORMAT}“).": "these are not KMB Desk rules (expected “{FORMAT}”).",
    "neznámá kategorie bytu „{c}“.": "unknown flat category “{c}”.",
    "neznámá kategorie bytu „{flat_cat}“.": "unknown flat category “{flat_cat}”.",
    "neznámé porovnání „{op}“ (známá: {join}).": "unknown comparison “{op}” (known: {join}).",
    "neznámé pravidlo párování „{kind}“ (známá: {join}).": "unknown matching rule “{kind}” (known: {join}).",
    "neznámý typ kritéria „{kind}“ (známé: {join}).": "unknown criterion type “{kind}” (known: {join}).",
    "neznámý typ vyřazení „{kind}“ (známé: {join}).": "unknown exclusion type “{kind}” (known: {join}).",
    "neznámý údaj „{name}“ (známé: {join}).": "unknown field “{name}” (known: {join}).",
    "podmínka je prázdná.": "the condition is empty.",
    "pro in / not_in uveďte seznam hodnot.": "for in / not_in give a list of values.",
    "pro porovnání velikosti uveďte číslo.": "for a size comparison give a number.",
    "smí být nejvýše {hi}.": "may be at most {hi}.",
    "tato verze aplikace zná formát {FORMAT_VERSION}.": "this version of the application knows format {FORMAT_VERSION}.",
    "text není platný JSON ({msg}).": "the text is not valid JSON ({msg}).",
    "uveďte aspoň jeden případ.": "give at least one case.",
    "uveďte aspoň jedno kritérium.": "give at least one criterion.",
    "uveďte aspoň jedno pásmo.": "give at least one band.",
    "uveďte min nebo max osob na pokoj.": "give a min or max of persons per room.",
    "uveďte seznam hodnot.": "give a list of values.",
    "uveďte, žádosti kterých kategorií přijímá byt které kategorie.":
        "state which application categories each flat category accepts.",
    "vyplňte text.": "fill in the text.",
    "údaj „{name}“ ({label}) se sem nehodí.": "the field “{name}” ({label}) does not belong here.",
    "{value} není celé číslo.": "{value} is not a whole number.",
    "„{value}“ není číslo.": "“{value}” is not a number.",
    "řádek {lineno}, sloupec {colno}": "line {lineno}, column {colno}",
    "Šablonu smlouvy nelze použít: {problems}": "The contract template cannot be used: {problems}",
    "Šablonu „{title}“ nelze použít: {problems} Opravte ji v Nastavení.":
        "The template “{title}” cannot be used: {problems} Correct it in Settings.",
    "Šablonu „{title}“ nelze uložit: {problems}": "The template “{title}” cannot be saved: {problems}",
    # timelines
    "klient dorazil (ověřeno {day})": "the client came (checked {day})",
    "klient nedorazil (ověřeno {day})": "the client did not come (checked {day})",
    "naléhavost: {label}": "urgency: {label}",
    "otevřený": "open",
    "poradenství v bydlení (§12)": "housing counselling (§12)",
    "příjem nad limitem": "income above the limit",
    "příjem pod limitem": "income below the limit",
    "splněno {day}": "done {day}",
    "stav případu": "case status",
    "termín {day}": "due {day}",
    "zatím neověřeno, zda klient dorazil": "not yet checked whether the client came",
    "zvláštní zranitelnost (§6)": "special vulnerability (§6)",
    "Zápis potřebného (§13–27)": "Registration of a person in need (§13–27)",
    "nájemní smlouva": "lease",
    "{street} {house}, byt č. {number} · {term} · {state}":
        "{street} {house}, flat no. {number} · {term} · {state}",
    # procedure
    "Napište odůvodnění rozhodnutí.": "Write the reasoning of the decision.",
    "Napište, co se změnilo.": "Write what changed.",
    "Vyberte výrok rozhodnutí.": "Choose the operative part of the decision.",
    "Vyberte, co stanovisko říká.": "Choose what the opinion says.",
    "Zadejte číslo jednací rozhodnutí.": "Enter the reference number of the decision.",
    "Zadejte číslo jednací stanoviska.": "Enter the reference number of the opinion.",
    "Zadejte číslo zápisu v evidenci.": "Enter the number of the entry in the register.",
    "doručeno {day}, odvolání do {until}": "delivered {day}, appeal until {until}",
    "doručeno {day}, č. j. {ref} – {label}": "delivered {day}, ref. no. {ref} – {label}",
    "doručení": "delivery",
    "lhůta pro odvolání běží do {day}": "the appeal period runs until {day}",
    "nejdřív odešlete žádost o stanovisko": "send the request for an opinion first",
    "odesláno {day}, stanovisko do {until}": "sent {day}, opinion due {until}",
    "odeslání žádosti": "sending the request",
    "po doručení a uplynutí lhůty pro odvolání": "after delivery and the end of the appeal period",
    "po právní moci rozhodnutí": "after the decision becomes final",
    "po termínu: mělo přijít do {day} – urgujte Úřad práce":
        "overdue: it was due by {day} – chase the Labour Office",
    "podána {day}": "filed {day}",
    "podání žádosti": "filing the application",
    "podání žádosti nebo účinnost opatření zákona":
        "filing the application or the law's measures taking effect",
    "právní moc": "finality",
    "rozhodnutí ještě nebylo doručeno": "the decision has not been delivered yet",
    "rozhodnutí ještě nebylo vydáno": "the decision has not been issued yet",
    "v právní moci od {day}": "final since {day}",
    "zahájeno {day}, dokončeno {until}": "started {day}, finished {until}",
    "zahájeno {day}, probíhá": "started {day}, in progress",
    "zahájení": "the start",
    "zahájení šetření": "the start of the inquiry",
    "změny oznámené během zápisu": "changes reported during the registration",
    "zápis": "the entry",
    "čeká se do {day}": "waiting until {day}",
    "č. {ref} ze dne {day}, platnost skončila {until}": "no. {ref} of {day}, expired {until}",
    "č. {ref} ze dne {day}, platný do {until}": "no. {ref} of {day}, valid until {until}",
    "šetření": "the inquiry",
    "šetření ještě nezačalo": "the inquiry has not started yet",
    "žádost": "the application",
    "žádost ještě nebyla odeslána": "the request has not been sent yet",
    "žádosti nebylo vyhověno": "the application was not granted",
    "{day}, č. j. {ref} – {label}": "{day}, ref. no. {ref} – {label}",
    # intake, eligibility, meters, guardians, legal parameters
    "Osoba nemá vazbu na obvod, kterou zákon vyžaduje (trvalý pobyt nebo {link_years} roky zde "
    "žije, pracuje či studuje).":
        "The person lacks the tie to the district the law requires (permanent residence, or "
        "living, working or studying here for {link_years} years).",
    "Osoba už je možná v evidenci: {name} ({reason_label}). Použijte existující záznam, nebo "
    "potvrďte, že jde o jinou osobu.":
        "The person may already be in the register: {name} ({reason_label}). Use the existing "
        "record, or confirm that it is another person.",
    "Příjem domácnosti {income} není nižší než {factor}× životní minimum ({limit}).":
        "The household income {income} is not below {factor}× the subsistence minimum ({limit}).",
    "stav T2 {value} {unit} je nižší než předchozí {previous} {unit}":
        "the T2 reading {value} {unit} is lower than the previous {previous} {unit}",
    "stav {value} {unit} je nižší než předchozí odečet {previous} {unit}":
        "the reading {value} {unit} is lower than the previous reading {previous} {unit}",
    "{what}: {problems} ze dne {day}. Zkontrolujte odečet, nebo zda nebylo měřidlo vyměněno.":
        "{what}: {problems} of {day}. Check the reading, or whether the meter was replaced.",
    " a ": " and ",
    "do {day}": "until {day}",
    "Násobek bývá mezi 0,5 a 5.": "The multiple is usually between 0.5 and 5.",
    "Zadejte celé číslo od 1 do 120.": "Enter a whole number from 1 to 120.",
    "Zadejte částku v Kč (kladné číslo).": "Enter an amount in CZK (a positive number).",
    "{n} dní": "{n} days",
    "{n} měs.": "{n} mo.",
    "Součet cílových podílů je {total} %; smí být nejvýše 100 %.":
        "The target shares add up to {total} %; they may be at most 100 %.",
    # programmes, privacy, numbering
    "bez čísla": "without a number",
    "případ bez čísla": "case without a number",
    "rozpočet fondu": "fund budget",
    "rozpočet krizového fondu {year}: {amount}": "crisis fund budget {year}: {amount}",
    "smlouva {number} od {day}": "lease {number} from {day}",
    "{number} – {surname} {given_name} ({status})": "{number} – {surname} {given_name} ({status})",
    "Souhrn za období": "Summary for the period",
    "Ukládám sešit": "Saving the workbook",
    "jen kontakty": "contacts only",
    "uzavřený případ": "closed case",
    "nepředávají se": "not passed on",
    "předávají se": "passed on",
    "případ": "case", "smlouva": "lease", "ručení": "guarantee",
    "žádost o byt": "flat application", "žádost z fondu": "fund request",
    "anonymizace po skartačních lhůtách": "anonymisation after the retention periods",
    "auditní záznam a jeho ověření": "the audit trail and its verification",
    "export všech údajů o osobě (čl. 15 GDPR)": "export of all data about a person (Art. 15 GDPR)",
    "měnit pravidla přidělování": "change the allocation rules",
    "nastavení úřadu": "office settings",
    "načítat balíčky, vidět partnery a konflikty": "import bundles, see partners and conflicts",
    "přidávat a odvolávat partnerské instalace": "add and revoke partner installations",
    "přidělování bytů (pořadí, nabídky)": "flat allocation (ranking, offers)",
    "rozhodovat o krizovém fondu": "decide on the crisis fund",
    "schválit nad rozpočet fondu": "approve beyond the fund budget",
    "slučovat duplicitní osoby": "merge duplicate persons",
    "statistiky": "statistics",
    "tisk dokumentů": "printing documents",
    "uživatelé a role": "users and roles",
    "vidět byty a kontroly bytů": "see flats and flat inspections",
    "vidět krizový fond": "see the crisis fund",
    "vidět nájemní smlouvy": "see leases",
    "vidět osoby a domácnosti": "see persons and households",
    "vidět pronajímatele, soukromé nájmy a ručení": "see landlords, private leases and guarantees",
    "vidět případy a kontakty": "see cases and contacts",
    "vidět sociální šetření (bez zvláštních údajů)": "see social assessments (without special data)",
    "vidět zvláštní kategorie údajů (zdraví, postižení, situace rodiny, odůvodnění bodů)":
        "see special categories of data (health, disability, family situation, reasons for points)",
    "vlastní úkoly a úkoly svého odboru": "own tasks and the tasks of one's department",
    "vytvářet balíčky pro jiné instalace": "create bundles for other installations",
    "zapisovat byty a domy": "record flats and buildings",
    "zapisovat kontroly bytů": "record flat inspections",
    "zapisovat nájemní smlouvy a dluhy": "record leases and debts",
    "zapisovat osoby a domácnosti": "record persons and households",
    "zapisovat pronajímatele, soukromé nájmy a ručení": "record landlords, private leases and guarantees",
    "zapisovat případy a kontakty": "record cases and contacts",
    "zapisovat sociální šetření": "record social assessments",
    "zapisovat žádosti do krizového fondu": "record crisis fund requests",
}
