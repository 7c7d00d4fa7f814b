"""English for the messages of app/ (app.i18n): crisis fund, inspections, social
assessments, intake."""
EN = {
    "Částka {money} převyšuje zbývající rozpočet fondu na rok {year} (volných {money2}). "
    "Překročit rozpočet může jen vedoucí KMB s výslovným souhlasem.":
        "The amount {money} exceeds the fund's remaining budget for {year} ({money2} left). "
        "Only the KMB lead can exceed the budget, with explicit consent.",
    "Zadejte rok, např. 2026.": "Enter the year, e.g. 2026.",
    "Rozpočet nemůže být záporný.": "The budget cannot be negative.",
    "Vyberte žadatele.": "Choose the applicant.",
    "Vyberte účel žádosti.": "Choose the purpose of the request.",
    "Částka musí být kladná.": "The amount must be positive.",
    "Napište zdůvodnění žádosti.": "Write the reason for the request.",
    "Domácnost neexistuje.": "The household does not exist.",
    "O žádosti už bylo rozhodnuto.": "The request has already been decided.",
    "Uveďte důvod rozhodnutí.": "Give the reason for the decision.",
    "Rozhodnutí nemůže předcházet podání žádosti.":
        "The decision cannot come before the request was filed.",
    "Schválená částka musí být kladná.": "The approved amount must be positive.",
    "Schválená částka nemůže převýšit požadovanou ({money}).":
        "The approved amount cannot exceed the amount requested ({money}).",
    "Vyplatit lze jen schválenou a dosud nevyplacenou žádost.":
        "Only an approved request not yet paid out can be paid.",
    "Částka platby musí být kladná.": "The payment amount must be positive.",
    "Platba převyšuje schválenou částku: schváleno {money}, vyplaceno {money2}, zbývá "
    "{money3}.":
        "The payment exceeds the approved amount: approved {money}, paid {money2}, "
        "{money3} left.",
    "Vyplňte datum platby.": "Fill in the payment date.",
    "Platba nemůže předcházet rozhodnutí o žádosti.":
        "The payment cannot come before the decision on the request.",
    "Splátkový kalendář lze sjednat až po vyplacení žádosti.":
        "A repayment plan can be agreed only after the request was paid out.",
    "Částka ke splacení musí být kladná.": "The amount to repay must be positive.",
    "Ke splacení může být nejvýše vyplacená částka ({money}).":
        "At most the amount paid out ({money}) can be repaid.",
    "Už bylo splaceno {money}; celek nemůže být menší.":
        "{money} has already been repaid; the total cannot be less.",
    "Splátka musí být kladná.": "The instalment must be positive.",
    "Splátka nemůže být vyšší než celá částka.":
        "The instalment cannot be higher than the whole amount.",
    "Vyplňte datum první splátky.": "Fill in the date of the first instalment.",
    "Splátky se evidují jen u žádosti se splátkovým kalendářem.":
        "Instalments are recorded only for a request with a repayment plan.",
    "Splátka převyšuje zbývající dluh vůči fondu ({money}).":
        "The instalment exceeds the remaining debt to the fund ({money}).",
    "Vyplňte datum splátky.": "Fill in the date of the instalment.",
    "Splátka nemůže předcházet výplatě.": "The instalment cannot come before the payment.",
    "Uzavřít bez splácení lze jen vyplacenou žádost.":
        "Only a paid-out request can be closed without repayment.",
    "Žádost „{request_id}“ neexistuje.": "The request “{request_id}” does not exist.",
    "K protokolu lze připojit nejvýše {MAX_PHOTOS} fotografií.":
        "At most {MAX_PHOTOS} photos can be attached to a record.",
    "Fotografie neexistuje.": "The photo does not exist.",
    "Předávací protokol se tiskne jen k předání nebo převzetí bytu; tato kontrola je "
    "„{label}“. Vytiskněte protokol o kontrole bytu.":
        "A handover record is printed only for handing over or taking back a flat; this "
        "inspection is “{label}”. Print the flat inspection record.",
    "„{text}“ není stav měřidla (číslo, např. 12 345,6).":
        "“{text}” is not a meter reading (a number, e.g. 12 345,6).",
    "Stav měřidla nemůže být záporný.": "A meter reading cannot be negative.",
    "Stav „{text}“ je příliš velký – zkontrolujte ho.":
        "The reading “{text}” is too large – check it.",
    "EAN odběrného místa „{code}“ má mít 18 číslic (např. 859182400123456789).":
        "The supply point EAN “{code}” must have 18 digits (e.g. 859182400123456789).",
    "EIC odběrného místa „{code}“ má 16 znaků a začíná 27 (např. 27ZG600012345678).":
        "The supply point EIC “{code}” has 16 characters and starts with 27 "
        "(e.g. 27ZG600012345678).",
    "Protokol je uzavřený a nelze ho měnit.": "The record is closed and cannot be changed.",
    "Nájemní smlouva se týká jiného bytu.": "The lease is for a different flat.",
    "Vyberte druh kontroly.": "Choose the kind of inspection.",
    "Vyplňte datum kontroly.": "Fill in the date of the inspection.",
    "Datum kontroly nemůže být v budoucnosti.": "The inspection date cannot be in the future.",
    "Řádek {v1}: vyplňte místnost.": "Row {v1}: fill in the room.",
    "Řádek {v1}: vyplňte, co se kontroluje.": "Row {v1}: fill in what is checked.",
    "Vyplňte stav T1 (vysoký tarif).": "Fill in the T1 reading (high tariff).",
    "Vyplňte výrobní číslo měřidla.": "Fill in the meter's serial number.",
    "Počet klíčů zadejte od 0 do 99.": "Enter the number of keys from 0 to 99.",
    "Měřidlo nepatří k tomuto bytu.": "The meter does not belong to this flat.",
    "Popište závadu: {room} – {item} ({label}).": "Describe the defect: {room} – {item} "
                                                  "({label}).",
    "Předávací protokol potřebuje stavy měřidel – zapište je.":
        "A handover record needs the meter readings – enter them.",
    "Zapište, kolik klíčů bylo předáno.": "Enter how many keys were handed over.",
    "Řádek {n}: napište místnost a položku oddělené dvojtečkou, např. „Kuchyň: dřez a "
    "baterie“.":
        "Row {n}: write the room and the item separated by a colon, e.g. “Kitchen: sink and "
        "tap”.",
    "Řádek {n}: chybí položka za dvojtečkou.": "Row {n}: the item after the colon is missing.",
    "Řádek {n} je příliš dlouhý.": "Row {n} is too long.",
    "Vyplňte název šablony.": "Fill in the name of the template.",
    "Šablona musí mít aspoň jednu položku.": "The template must have at least one item.",
    "Záznam ze sociálního šetření (verze {version}) je uzavřený a nelze ho měnit. Změnu "
    "zapište jako opravu – novou verzi záznamu.":
        "The social assessment record (version {version}) is closed and cannot be changed. "
        "Record the change as a correction – a new version of the record.",
    "Osoba neexistuje nebo byla sloučena s jiným záznamem.":
        "The person does not exist or was merged with another record.",
    "Sociální šetření „{assessment_id}“ neexistuje.":
        "The social assessment “{assessment_id}” does not exist.",
    "Kategorie ETHOS je číslo 1 až 13.": "The ETHOS category is a number from 1 to 13.",
    "Datum souhlasu nemůže být v budoucnosti.": "The date of consent cannot be in the future.",
    "Datum návštěvy je příliš staré – zkontrolujte rok.":
        "The visit date is too far back – check the year.",
    "Příjem na řádku {v1} nemůže být záporný.": "The income in row {v1} cannot be negative.",
    "Příjem na řádku {v1} je nepravděpodobně vysoký.":
        "The income in row {v1} is implausibly high.",
    "Dluh na řádku {v1}: vyplňte věřitele.": "Debt in row {v1}: fill in the creditor.",
    "Dluh na řádku {v1} nemůže být záporný.": "The debt in row {v1} cannot be negative.",
    "Dluh na řádku {v1} je nepravděpodobně vysoký.": "The debt in row {v1} is implausibly high.",
    "Krok na řádku {v1}: napište, co se má udělat.": "Step in row {v1}: write what is to be "
                                                      "done.",
    "Záznam nelze uzavřít bez souhlasu klienta se zpracováním osobních údajů.":
        "The record cannot be closed without the client's consent to processing personal data.",
    "Vyplňte datum návštěvy.": "Fill in the date of the visit.",
    "Návštěva je v budoucnosti – uzavřít lze až po ní.":
        "The visit is in the future – the record can be closed only after it.",
    "Vyplňte závěr sociálního pracovníka.": "Fill in the social worker's conclusion.",
    "Tento záznam už byl opraven verzí {version}; opravu zapište do nejnovější verze.":
        "This record has already been corrected by version {version}; record the correction "
        "in the newest version.",
    "Rozpracovaný záznam se neopravuje novou verzí – upravte ho přímo.":
        "A draft record is not corrected by a new version – edit it directly.",
    "Osobu nelze označit jako duplicitu sebe sama.":
        "A person cannot be marked as a duplicate of themselves.",
    "Zaškrtněte alespoň jednu vazbu na obvod.": "Tick at least one link to the district.",
    "„Bez vazby na obvod“ nemůže zakládat nárok.":
        "“No link to the district” cannot establish an entitlement.",
    "Počet let je mezi 0 a 10.": "The number of years is between 0 and 10.",
    "Hranice přelidnění je 1 až 50 m² na osobu.":
        "The overcrowding limit is 1 to 50 m² per person.",
    "Ověření předání plánujte za 1 až 90 dní.": "Plan the referral check in 1 to 90 days.",
    "Zadejte příjem domácnosti.": "Enter the household income.",
    "Příjem nemůže být záporný.": "The income cannot be negative.",
    "Zadejte životní minimum domácnosti.": "Enter the household's subsistence minimum.",
    "Vyberte vazbu na obvod.": "Choose the link to the district.",
    "Šetření už je uzavřené.": "The inquiry is already closed.",
    "Podmínky zápisu nejsou splněny.": "The conditions for registration are not met.",
    "Vyplňte název služby.": "Fill in the name of the service.",
    "E-mail nemá správný tvar (např. poradna@example.cz).":
        "The e-mail address is not valid (e.g. poradna@example.cz).",
    "Telefon zadejte číslicemi, např. +420 499 123 456.":
        "Enter the phone number in digits, e.g. +420 499 123 456.",
    "Vyberte druh služby.": "Choose the kind of service.",
    "Vybraná osoba neexistuje.": "The chosen person does not exist.",
    "Záznam byl sloučen s jiným záznamem téže osoby – vyhledejte ji znovu.":
        "The record was merged with another record of the same person – search for them again.",
    "Vyhledejte klienta, nebo založte novou osobu.": "Search for the client, or add a new person.",
    "Člen domácnosti neexistuje.": "The household member does not exist.",
    "Vyplňte jméno člena domácnosti.": "Fill in the name of the household member.",
    "Vyberte vztah k žadateli.": "Choose the relation to the applicant.",
    "Kontakt nemůže být v budoucnosti.": "The contact cannot be in the future.",
    "Napište, s čím klient přichází.": "Write what the client comes with.",
    "Vyberte kategorii ETHOS 1–13.": "Choose an ETHOS category 1–13.",
    "Zadejte, kolik osob v bytě bydlí.": "Enter how many people live in the flat.",
    "Počet osob je 1 až 50.": "The number of people is 1 to 50.",
    "Čas v minutách, 1 až 600.": "Time in minutes, 1 to 600.",
    "Vyberte službu, kam klienta předáváte.": "Choose the service you refer the client to.",
    "Tato služba už není v seznamu partnerů.": "This service is no longer in the partner list.",
    "Přidejte službu, kam klienta předáváte.": "Add the service you refer the client to.",
    "Vyberte pracovníka, kterému případ přidělujete.":
        "Choose the worker you assign the case to.",
    "Klient už má otevřený případ; kontakt se k němu připojí.":
        "The client already has an open case; the contact is added to it.",
    "Životní minimum domácnosti musí být kladné.":
        "The household's subsistence minimum must be positive.",
    "Pro zápis potřebného zadejte příjem domácnosti.":
        "To register a person in need, enter the household income.",
    "Pro zápis potřebného vyberte vazbu na obvod.":
        "To register a person in need, choose the link to the district.",
}
