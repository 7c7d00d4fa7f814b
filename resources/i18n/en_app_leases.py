"""English for the messages of app/ (app.i18n): leases and flat allocation."""
EN = {
    "Vyplňte měsíc.": "Fill in the month.",
    "Stav dluhu nelze zadat za budoucí měsíc.": "Arrears cannot be entered for a future month.",
    "Vyplňte výši dluhu.": "Fill in the amount owed.",
    "Dluh nemůže být záporný (přeplatek zapište jako 0 Kč).":
        "The debt cannot be negative (enter an overpayment as 0 CZK).",
    "Smlouva je teprve návrh; dluh u ní nelze evidovat.":
        "The lease is only a draft; no arrears can be recorded for it.",
    "Soubor {path} nelze číst: {strerror}.": "The file {path} cannot be read: {strerror}.",
    "Soubor {name} není textový soubor CSV.": "The file {name} is not a CSV text file.",
    "Soubor {name} je prázdný.": "The file {name} is empty.",
    "Soubor {name} není čitelný sešit Excelu (XLSX).":
        "The file {name} is not a readable Excel workbook (XLSX).",
    "Vyberte sloupec „{text}“.": "Choose the column “{text}”.",
    "Sloupec „{column}“ v souboru není.": "The file has no column “{column}”.",
    "Soubor nemá sloupec s obdobím: zadejte, ke kterému měsíci je dluh.":
        "The file has no period column: enter which month the arrears are for.",
    "Soubor má chybné řádky ({len}), nic nebylo importováno: {shown}{v4}.":
        "The file has faulty rows ({len}); nothing was imported: {shown}{v4}.",
    "V souboru není žádný řádek k importu.": "The file has no row to import.",
    "Řada je krátký kód bez závorek, např. N nebo T1.":
        "A series is a short code without braces, e.g. N or T1.",
    "Doba nájmu musí být 1 až 120 měsíců.": "The lease term must be 1 to 120 months.",
    "Zadejte 1 až 365 dnů.": "Enter 1 to 365 days.",
    "Jistota může být nejvýše trojnásobek nájemného (0 až 3).":
        "The deposit can be at most three times the rent (0 to 3).",
    "IČO má osm číslic.": "The company ID (IČO) has eight digits.",
    "Číslo účtu zadejte jako [předčíslí-]číslo/kód banky, např. 19-2000145399/0800.":
        "Enter the account number as [prefix-]number/bank code, e.g. 19-2000145399/0800.",
    "O prodloužení ještě nebylo rozhodnuto; dodatek nebo oznámení lze vytisknout až po "
    "rozhodnutí.":
        "The renewal has not been decided yet; the amendment or notice can be printed only "
        "after the decision.",
    "Výměnou lze nahradit jen platnou smlouvu této domácnosti nebo nájemce.":
        "An exchange can replace only a valid lease of this household or tenant.",
    "Domácnost už má platnou nájemní smlouvu na obecní byt: {describe}. Druhý souběžný nájem "
    "nelze uzavřít; jde-li o výměnu bytu, vyberte ji – podpisem nové smlouvy dosavadní nájem "
    "skončí.":
        "The household already has a valid lease of a municipal flat: {describe}. A second "
        "concurrent lease cannot be made; if this is an exchange of flats, choose it – signing "
        "the new lease ends the current one.",
    "Vyberte byt.": "Choose a flat.",
    "Vyberte nájemce.": "Choose the tenant.",
    "Nájemce není členem vybrané domácnosti.": "The tenant is not a member of the chosen "
                                               "household.",
    "Doba nájmu musí být aspoň jeden měsíc.": "The lease term must be at least one month.",
    "Vyplňte začátek nájmu.": "Fill in the start of the lease.",
    "Konec nájmu nemůže být před jeho začátkem.": "The lease cannot end before it starts.",
    "Nastěhování nemůže být před začátkem nájmu.":
        "Moving in cannot be before the start of the lease.",
    "Nájemné nemůže být záporné.": "The rent cannot be negative.",
    "Jistota nemůže být záporná.": "The deposit cannot be negative.",
    "Jistota může být nejvýše trojnásobek měsíčního nájemného, tj. {format_money} (§ 2254 "
    "občanského zákoníku).":
        "The deposit can be at most three times the monthly rent, i.e. {format_money} "
        "(§ 2254 of the Civil Code).",
    "Záloha nemůže být záporná.": "The advance payment cannot be negative.",
    "Tato služba je uvedena dvakrát.": "This service is listed twice.",
    "Byt má na toto období jinou smlouvu: {describe}.":
        "The flat has another lease for this period: {describe}.",
    "Smlouvu lze založit jen z přijaté nabídky.": "A lease can be made only from an accepted "
                                                  "offer.",
    "Byt smlouvy se liší od bytu v nabídce.": "The lease's flat differs from the offered flat.",
    "Z této nabídky už je smlouva {number}.": "This offer already has the lease {number}.",
    "Ukončenou smlouvu nelze měnit.": "An ended lease cannot be changed.",
    "U platné smlouvy nelze změnit byt ani nájemce – ukončete ji a založte novou.":
        "The flat or tenant of a valid lease cannot be changed – end it and make a new one.",
    "Podepsat lze jen návrh smlouvy.": "Only a draft lease can be signed.",
    "Vyplňte datum podpisu.": "Fill in the date of signing.",
    "Ukončit lze jen platnou nebo prodlouženou smlouvu.":
        "Only a valid or renewed lease can be ended.",
    "Vyplňte datum ukončení.": "Fill in the end date.",
    "Nájem nemůže skončit před svým začátkem.": "The lease cannot end before it starts.",
    "Vyberte důvod ukončení.": "Choose the reason for ending.",
    "Zrušit lze jen nepodepsaný návrh; platnou smlouvu ukončete.":
        "Only an unsigned draft can be cancelled; end a valid lease instead.",
    "Smlouva „{lease_id}“ neexistuje.": "The lease “{lease_id}” does not exist.",
    "O tomto prodloužení už bylo rozhodnuto.": "This renewal has already been decided.",
    "Smlouva už neplatí; prodloužit ji nelze.": "The lease is no longer valid; it cannot be "
                                                "renewed.",
    "Uveďte důvod, proč se smlouva neprodlužuje.": "Give the reason why the lease is not "
                                                   "renewed.",
    "Vyberte domácnost, za kterou se žádá.": "Choose the household applying.",
    "Vyplňte datum podání žádosti.": "Fill in the date the application was filed.",
    "Datum podání nemůže být v budoucnosti.": "The filing date cannot be in the future.",
    "Vyberte kategorii bytu.": "Choose the flat category.",
    "Domácnost má 1 až 20 členů.": "A household has 1 to 20 members.",
    "Počet dětí nemůže být záporný.": "The number of children cannot be negative.",
    "Domácnost s dětmi má aspoň jednoho dospělého: zvyšte počet členů.":
        "A household with children has at least one adult: raise the number of members.",
    "Částka nemůže být záporná.": "The amount cannot be negative.",
    "Příjem na osobu krát počet členů převyšuje příjem domácnosti.":
        "The income per person times the number of members exceeds the household income.",
    "Roky pobytu ve městě: 0 až 110.": "Years of residence in the town: 0 to 110.",
    "Kategorie ETHOS je 1 až 13.": "The ETHOS category is 1 to 13.",
    "Plocha současného bydlení je v m² (1 až 999).":
        "The floor area of the current housing is in m² (1 to 999).",
    "Počet pokojů současného bytu je 0 až 20.":
        "The number of rooms of the current flat is 0 to 20.",
    "Platnost nemůže skončit před podáním žádosti.":
        "The validity cannot end before the application was filed.",
    "Platná pravidla individuální body nepřipouštějí.":
        "The rules in force do not allow individual points.",
    "Individuální body smějí být nejvýše ±{limit} (pravidla „{name}“).":
        "Individual points may be at most ±{limit} (rules “{name}”).",
    "Individuální body potřebují písemné odůvodnění (co a čím je doloženo).":
        "Individual points need a written justification (what, and the evidence for it).",
    "Obnovit lze jen platnou nebo propadlou žádost.":
        "Only a valid or lapsed application can be renewed.",
    "Vyřízení přidělením zapisuje rozhodnutí o přidělení bytu.":
        "Settling by allocation is recorded by the decision to allocate a flat.",
    "Uveďte důvod vyřazení žádosti.": "Give the reason for removing the application.",
    "Byt je už nabídnut domácnosti {who} ({state}). Nejdřív zapište odpověď nebo nabídku "
    "stáhněte.":
        "The flat is already offered to the household {who} ({state}). First record the "
        "answer or withdraw the offer.",
    "Žádost neexistuje nebo není platná.": "The application does not exist or is not valid.",
    "Domácnost je v pořadí {rank}.; uveďte, proč byt nedostanou domácnosti před ní.":
        "The household is ranked {rank}.; state why the households before it do not get the "
        "flat.",
    "Na tuto nabídku už je odpověď zapsaná.": "This offer already has an answer recorded.",
    "Odpověď nemůže předcházet nabídce.": "The answer cannot come before the offer.",
    "Uveďte důvod odmítnutí.": "Give the reason for the refusal.",
    "Uveďte, proč se nabídka stahuje.": "State why the offer is withdrawn.",
    "Stáhnout lze jen nabídku, která čeká na odpověď nebo byla přijata.":
        "Only an offer awaiting an answer or accepted can be withdrawn.",
    "Uveďte datum rozhodnutí.": "Give the date of the decision.",
    "Vyberte žádost, o které se rozhodlo.": "Choose the application that was decided.",
    "Uveďte číslo usnesení (např. RM 2026/123).":
        "Give the resolution number (e.g. RM 2026/123).",
    "Žádost není platná (už vyřízená, stažená nebo vyřazená).":
        "The application is not valid (already settled, withdrawn or removed).",
    "Žádost není v pořadí pro tento byt; přidělení mimo pořadí zdůvodněte v poznámce.":
        "The application is not in the ranking for this flat; justify an allocation outside "
        "the ranking in the note.",
    "K rozhodnutí není uložené pořadí.": "No ranking is stored for the decision.",
    "Nabídnout lze jen volný byt.": "Only a vacant flat can be offered.",
    "Byt ani rozhodnutí „{record_id}“ neexistuje.":
        "Neither a flat nor a decision “{record_id}” exists.",
    "Byt „{flat_id}“ neexistuje.": "The flat “{flat_id}” does not exist.",
    "Byt je obsazený; pořadí žadatelů se sestavuje pro volný byt nebo byt v opravě.":
        "The flat is occupied; a ranking of applicants is made for a vacant flat or one under "
        "repair.",
    "Vzorová pravidla „{from_file}“ neexistují.": "The sample rules “{from_file}” do not exist.",
    "Přijatá pravidla se nemění; vytvořte z nich nový návrh.":
        "Adopted rules are not changed; make a new draft from them.",
    "Uveďte, kdo pravidla schválil (např. usnesení RM č. 2026/123).":
        "State who approved the rules (e.g. council resolution no. 2026/123).",
    "Uveďte datum schválení.": "Give the date of approval.",
    "Přijmout lze jen návrh pravidel.": "Only a draft of rules can be adopted.",
    "Smazat lze jen návrh; přijatá pravidla zůstávají pro dohledatelnost.":
        "Only a draft can be deleted; adopted rules stay for traceability.",
}
