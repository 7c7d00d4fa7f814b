"""English for the strings of later app merges: RÚIAN address import, landlords,
leases and guarantees, programmes and funding, consents, deputies and CLI options."""
EN = {
    'Archiv {name} nelze přečíst ({exc}).':
        'Archive {name} cannot be read ({exc}).',
    'Byt nemá zapsané financování.':
        'The flat has no funding recorded.',
    'CSV obce (windows-1250, „;“) nebo zip':
        'Municipality CSV (windows-1250, “;”) or zip',
    'E-mail zapište ve tvaru jmeno@domena.cz.':
        'Enter the e-mail in the form name@domain.cz.',
    'Frontu jiného odboru vidí jen jeho pracovníci.':
        "Another department's queue is visible only to its staff.",
    'Hranice příjmu musí být kladná částka.':
        'The income limit must be a positive amount.',
    'Import adres byl zrušen, nic se neuložilo.':
        'The address import was cancelled; nothing was saved.',
    'Jen vybrané případy lze posílat jen partnerské kanceláři.':
        'Sending chosen cases only is possible only to a partner office.',
    'Jistota smí být nejvýše trojnásobek měsíčního nájemného (§ 2254 občanského zákoníku).':
        'The deposit may be at most three times the monthly rent (§ 2254 of the Civil Code).',
    'Kategorie ETHOS zapište čísly 1 až 13, oddělené čárkou, rozsah pomlčkou (např. 1-7, 11).':
        'Enter ETHOS categories as numbers 1 to 13, separated by commas, ranges with a hyphen (e.g. 1-7, 11).',
    'Konec nájmu nemůže předcházet jeho začátku.':
        'The end of the lease cannot precede its start.',
    'Konec platnosti nemůže být před jejím začátkem.':
        'The end of validity cannot be before its start.',
    'Konec programu je před jeho začátkem.':
        'The end of the programme is before its start.',
    'Konec ručení nemůže předcházet jeho začátku.':
        'The end of the guarantee cannot precede its start.',
    'Konec zástupu nemůže být před jeho začátkem.':
        'The end of the cover cannot be before its start.',
    'Kód může mít nejvýše 40 znaků.':
        'The code may have at most 40 characters.',
    'Lokalita „{locality}“ není mezi částmi obce ani v seznamu lokalit (Nastavení → Obce a lokality).':
        'Locality “{locality}” is neither among the parts of the municipality nor in the list of localities (Settings → Municipalities and localities).',
    'Napište, kdo za nájemce ručí.':
        "Enter who is the tenant's guarantor.",
    'Napište, za co se plní (např. dlužné nájemné za březen).':
        'Enter what the claim is for (e.g. rent arrears for March).',
    'Načteno {addresses} adresních míst ze {files} souborů ({len} obcí: {towns}); celkem v databázi {total_addresses}.':
        'Loaded {addresses} address points from {files} files ({len} municipalities: {towns}); {total_addresses} in the database in total.',
    'Neznámý odbor „{text}“; zadejte socialni, majetkovy nebo spravce.':
        'Unknown department “{text}”; enter socialni, majetkovy or spravce.',
    'Nájem nemůže skončit dřív, než začal.':
        'A lease cannot end before it began.',
    'Nájem se ukončuje tlačítkem Ukončit nájem (s datem).':
        'A lease is ended with the End lease button (with a date).',
    'Nájem už je ukončený.':
        'The lease has already ended.',
    'Nájem už má ručení {number} na toto období.':
        'The lease already has guarantee {number} for this period.',
    'Nájemce musí být členem vybrané domácnosti.':
        'The tenant must be a member of the selected household.',
    'ODBOR':
        'DEPARTMENT',
    'Obec „{municipality}“ není v seznamu obcí ORP (Nastavení → Obce a lokality).':
        'Municipality “{municipality}” is not in the list of ORP municipalities (Settings → Municipalities and localities).',
    'Odvolání nemůže být v budoucnu.':
        'The withdrawal cannot be in the future.',
    'Partnerská instalace patří jen k souhlasu s předáním případu.':
        'A partner installation applies only to consent to passing on a case.',
    'Plnění nemůže předcházet začátku ručení.':
        'A claim cannot precede the start of the guarantee.',
    'Plnění převyšuje zbývající ručení: ručí se do {money}, zbývá {money2}.':
        'The claim exceeds the remaining guarantee: the guarantee covers up to {money}, {money2} remains.',
    'Po dobu udržitelnosti je byt určen cílové skupině: uveďte kategorie ETHOS, program nebo hranici příjmu.':
        'During the sustainability period the flat is intended for a target group: give ETHOS categories, a programme or an income limit.',
    'Pracovník nemůže zastupovat sám sebe.':
        'A worker cannot be their own deputy.',
    'Program s kódem „{code}“ už v evidenci je ({name}).':
        'A programme with code “{code}” is already recorded ({name}).',
    'Program „{name}“ má zařazené záznamy ({used}) nebo byty ({funded}); nejdřív je z programu vyřaďte.':
        'Programme “{name}” has records ({used}) or flats ({funded}) assigned; remove them from the programme first.',
    'Pronajímatel není v evidenci.':
        'The landlord is not on record.',
    'Pronajímatel s IČO {ico} už v evidenci je: {name}.':
        'A landlord with company ID (IČO) {ico} is already on record: {name}.',
    'Rozsah musí mít tvar worker:ID_UŽIVATELE (terénní notebook) nebo cases (partnerovi jen případy, k jejichž předání dal klient souhlas).':
        'The scope must have the form worker:USER_ID (field laptop) or cases (the partner gets only cases the client has consented to passing on).',
    'Rozsah zadejte jako worker:ID_UŽIVATELE, cases (partnerovi jen případy se souhlasem klienta) nebo all.':
        "Give the scope as worker:USER_ID, cases (the partner gets only cases with the client's consent) or all.",
    'Ručení nemůže začít před začátkem nájmu.':
        'A guarantee cannot start before the lease starts.',
    'Ručení obce lze zapsat jen u nájmu, kde je ručitelem obec (KMB).':
        'A municipal guarantee can be recorded only for a lease where the municipality (KMB) is the guarantor.',
    'Soubor nelze přečíst: {v1}.':
        'The file cannot be read: {v1}.',
    'Soubor nelze uložit: {v1}.':
        'The file cannot be saved: {v1}.',
    'Soubor není text v kódování UTF-8 – pravidla se ukládají jako JSON.':
        'The file is not UTF-8 text – rules are saved as JSON.',
    'Soubor neobsahuje žádné adresní místo.':
        'The file contains no address point.',
    'Soubor {path} neexistuje.':
        'File {path} does not exist.',
    'Souhlas nelze odvolat dřív, než byl dán.':
        'Consent cannot be withdrawn before it was given.',
    'Souhlas nemůže být daný v budoucnu.':
        'Consent cannot be given in the future.',
    'Souhlas už byl odvolán.':
        'The consent has already been withdrawn.',
    'Tento souhlas už platí; nejdřív ho odvolejte.':
        'This consent is already in force; withdraw it first.',
    'U právnické osoby vyplňte IČO.':
        'For a legal entity, fill in the company ID (IČO).',
    'ULICE':
        'STREET',
    'Ukončený nájem nelze měnit.':
        'An ended lease cannot be changed.',
    'Uveďte kód (např. registrační číslo projektu).':
        'Enter a code (e.g. the project registration number).',
    'Uveďte název programu nebo projektu.':
        'Enter the name of the programme or project.',
    'Uveďte zdroj financování (např. IROP).':
        'Enter the funding source (e.g. IROP).',
    'V archivu {name} není žádný soubor CSV.':
        'Archive {name} contains no CSV file.',
    'Volbu --{v1} má jen „kmb list tasks“.':
        'Option --{v1} is only for “kmb list tasks”.',
    'Vyberte nájemce (osobu z domácnosti).':
        'Select the tenant (a person from the household).',
    'Vyberte odbor.':
        'Select a department.',
    'Vyberte partnerskou organizaci, které se případ předá.':
        'Select the partner organisation the case will be passed to.',
    'Vyberte poskytovatele (OPZ+, IROP, ITI …).':
        'Select the provider (OPZ+, IROP, ITI …).',
    'Vyberte pronajímatele z evidence.':
        'Select a landlord from the records.',
    'Vyberte, jak klient souhlas dal.':
        'Select how the client gave consent.',
    'Vyberte, o jaké zastoupení jde.':
        'Select what kind of representation it is.',
    'Vyberte, zda jde o fyzickou, nebo právnickou osobu.':
        'Select whether it is a natural person or a legal entity.',
    'Vybraný program už v evidenci není.':
        'The selected programme is no longer on record.',
    'Vyplňte adresu bytu.':
        'Fill in the address of the flat.',
    'Vyplňte datum plnění.':
        'Fill in the date of the claim.',
    'Vyplňte jméno nebo název pronajímatele.':
        'Fill in the name of the landlord.',
    'Vyplňte jméno opatrovníka nebo zástupce.':
        'Fill in the name of the guardian or representative.',
    'Vyplňte konec ručení.':
        'Fill in the end of the guarantee.',
    'Vyplňte začátek ručení.':
        'Fill in the start of the guarantee.',
    'Vyplňte údaje zástupce.':
        "Fill in the representative's details.",
    'Zadejte, do kdy zástup platí.':
        'Enter until when the cover applies.',
    'Zadejte, od kdy zástup platí.':
        'Enter from when the cover applies.',
    'Zdroj financování může mít nejvýše 60 znaků.':
        'The funding source may have at most 60 characters.',
    'Zástupce patří jiné osobě.':
        'The representative belongs to another person.',
    'adresy z RÚIAN (import výpisu ČÚZK, hledání)':
        'addresses from RÚIAN (import of a ČÚZK export, search)',
    'jen případy se souhlasem klienta':
        "only cases with the client's consent",
    'jen tabulky podle programů a projektů (programme), obce (municipality) nebo lokality (locality)':
        'only tables by programmes and projects (programme), municipality (municipality) or locality (locality)',
    'jen u úkolů (tasks): fronta odboru (socialni, majetkovy, spravce)':
        'tasks only: department queue (socialni, majetkovy, spravce)',
    'jen u úkolů (tasks): moje úkoly, úkoly mého odboru a zástupu':
        "tasks only: my tasks, my department's tasks and those I cover",
    'načíst výpis adresních míst ČÚZK (CSV obce nebo celý zip)':
        'load a ČÚZK address point export (municipality CSV or the whole zip)',
    'posílat jen případy tohoto pracovníka (terénní notebook), nebo cases: partnerské kanceláři jen případy se souhlasem klienta':
        "send only this worker's cases (field laptop), or cases: to a partner office only cases with the client's consent",
    'ulice začínající textem, s číslem domu jeho adresní místa':
        'streets starting with the text; with a house number, its address points',
    'vše':
        'all',
    'worker:ID|cases':
        'worker:ID|cases',
    'worker:ID|cases|all':
        'worker:ID|cases|all',
    '{name} je prázdný.':
        '{name} is empty.',
    '{name} je v kódování UTF-8, výpis ČÚZK je ve windows-1250. Použijte původní soubor ČÚZK, neupravujte ho.':
        '{name} is UTF-8 encoded, the ČÚZK export is in windows-1250. Use the original ČÚZK file, do not edit it.',
    '{name} není v kódování windows-1250, jak ho vydává ČÚZK (řádek {line}). Stáhněte soubor znovu, neupravujte ho.':
        '{name} is not in windows-1250 encoding as published by ČÚZK (line {line}). Download the file again, do not edit it.',
    '{name} není výpis adresních míst RÚIAN: {what}.':
        '{name} is not a RÚIAN address point export: {what}.',
    '{name}, řádek {n}: PSČ „{postcode}“ nemá pět číslic.':
        '{name}, line {n}: postcode “{postcode}” does not have five digits.',
    '{name}, řádek {n}: neznámý typ stavebního objektu „{kind}“ (má být č.p. nebo č.ev.).':
        '{name}, line {n}: unknown building type “{kind}” (should be č.p. or č.ev.).',
    '{name}, řádek {n}: {len} hodnot místo {len2}.':
        '{name}, line {n}: {len} values instead of {len2}.',
    '{name}, řádek {row}: chybí hodnota ve sloupci „{column}“.':
        '{name}, line {row}: value missing in column “{column}”.',
    '{name}, řádek {row}: ve sloupci „{column}“ má být číslo, je tam „{value}“.':
        '{name}, line {row}: column “{column}” should contain a number, it contains “{value}”.',
    '{name}: adresní místo s tímto kódem ADM už je uloženo u jiné obce. Naimportujte celý aktuální archiv ČÚZK.':
        '{name}: an address point with this ADM code (kód ADM) is already stored under another municipality. Import the whole current ČÚZK archive.',
    '{name}: kód ADM {code} je v importu dvakrát.':
        '{name}: ADM code (kód ADM) {code} appears twice in the import.',
    '{what} už do programu „{name}“ patří.':
        '{what} already belongs to programme “{name}”.',
    'ČÍSLO':
        'NUMBER',
    'Částka plnění musí být kladná.':
        'The claim amount must be positive.',
    'Částka ručení musí být kladná.':
        'The guarantee amount must be positive.',
    'Číslo rozhodnutí je příliš dlouhé (nejvýše 120 znaků).':
        'The decision number is too long (at most 120 characters).',
    'Řádek {v1} je příliš dlouhý.':
        'Line {v1} is too long.',
    'Řádek {v1}: vyplňte kontrolovanou položku.':
        'Line {v1}: fill in the checked item.',
}
