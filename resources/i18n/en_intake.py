"""Czech UI text of the intake and case area → English (merged into kmb_en.qm
by ``python resources/i18n/update.py``)."""

EN = {
    # areas
    "Příjem": "Intake",
    "Případy": "Cases",
    "Statistiky": "Statistics",
    "Partnerské služby": "Partner services",
    "Zákon o podpoře bydlení": "Housing Support Act",
    # intake form
    "Klient": "Client",
    "Nový příjem": "New intake",
    "Kontakty": "Contacts",
    "Možné duplicity": "Possible duplicates",
    "Možné duplicity ({0})": "Possible duplicates ({0})",
    "Jméno, datum narození nebo rodné číslo – Enter hledá":
        "Name, birth date or birth number – Enter searches",
    "Založit novou osobu (Ctrl+N)": "Create a new person (Ctrl+N)",
    "Nalezeno: {0}. Šipkami vyberte, Enter potvrdí.":
        "Found: {0}. Choose with the arrows, Enter confirms.",
    "Nalezeno víc než 50 – upřesněte hledání.": "More than 50 found – refine the search.",
    "Nikdo takový v evidenci není – založte novou osobu (Ctrl+N).":
        "Nobody like that is registered – create a new person (Ctrl+N).",
    "Vyhledejte klienta (Enter), vyberte ho šipkami a Enterem, nebo založte novou osobu "
    "(Ctrl+N).": "Search for the client (Enter), pick them with the arrows and Enter, or "
                 "create a new person (Ctrl+N).",
    "Jiná osoba": "Another person",
    "Použít existující": "Use the existing one",
    "nar. {0}": "born {0}",
    "RČ {0}": "birth no. {0}",
    "bez data narození a adresy": "no birth date or address",
    "Kontaktů: {0}, naposledy {1}": "Contacts: {0}, last {1}",
    "První kontakt s KMB": "First contact with the KMB",
    "Otevřený případ {0} ({1})": "Open case {0} ({1})",
    "nepřidělen": "not assigned",
    "nepřiděleno": "not assigned",
    "do {0}": "until {0}",
    "Zákon o podpoře bydlení: {0}": "Housing Support Act: {0}",
    "Pozor, možná už je v evidenci: <b>{0}</b>, nar. {1}, {2} ({3}).":
        "Careful, may already be registered: <b>{0}</b>, born {1}, {2} ({3}).",
    "stejné rodné číslo": "same birth number",
    "stejné jméno a datum narození": "same name and birth date",
    "jen je-li potřeba": "only where needed",
    "&Jméno *": "&Given name *",
    "Pří&jmení *": "Sur&name *",
    "Datum &narození": "Date of &birth",
    "&Rodné číslo": "Birth &number",
    # household
    "Jméno": "Name",
    "Vztah ke klientovi": "Relation to the client",
    "&Vztah ke klientovi": "&Relation to the client",
    "Člen domácnosti": "Household member",
    "Přidat": "Add",
    "Tato osoba už je možná v evidenci: <b>{0}</b>, nar. {1}, {2}. Použijte existující "
    "záznam, nebo znovu stiskněte Přidat.":
        "This person may already be registered: <b>{0}</b>, born {1}, {2}. Use the "
        "existing record, or press Add again.",
    "Přidat člena…": "Add member…",
    "Přidat člena domácnosti (Ctrl+M)": "Add a household member (Ctrl+M)",
    "Odebrat": "Remove",
    "Nejdřív vyberte nebo založte klienta.": "First choose or create the client.",
    "Domácnost {0}": "Household {0}",
    "Žije sám/sama, nebo přidejte členy domácnosti.":
        "Lives alone, or add the household members.",
    # contact, ETHOS
    "Kontakt": "Contact",
    "&Kanál": "C&hannel",
    "&Den kontaktu": "&Day of contact",
    "&Důvod kontaktu *": "&Reason for contact *",
    "S čím klient přichází, např. výpověď z nájmu, dluh na nájemném, bydlí na ubytovně…":
        "What brings the client, e.g. notice to quit, rent arrears, lives in a hostel…",
    "Bytová situace (ETHOS)": "Housing situation (ETHOS)",
    "— neuvedeno —": "— not stated —",
    "— vyberte —": "— choose —",
    "&Skupina": "&Group",
    "Kategorie ETHO&S": "ETHO&S category",
    "Obytná &plocha (m²)": "Floor &area (m²)",
    "Počet &osob v bytě": "&Persons in the dwelling",
    "např. 38,5": "e.g. 38.5",
    "Plocha bytu v m², např. 38,5.": "Floor area in m², e.g. 38.5.",
    "Plocha na osobu se spočítá z plochy a počtu osob.":
        "The area per person is computed from the area and the persons.",
    "{0} m² na osobu – přelidněné (pod {1} m²)": "{0} m² per person – overcrowded (below {1} m²)",
    "{0} m² na osobu": "{0} m² per person",
    # law
    "Poskytnuto poradenství v bydlení (§12)": "Housing counselling given (§12)",
    "Zahájit šetření bytové situace (§16)": "Start the housing-situation assessment (§16)",
    "Kč měsíčně": "CZK a month",
    "Příjem &domácnosti": "Household &income",
    "Životní &minimum domácnosti": "Household subsistence &minimum",
    "&Vazba na obvod": "&Link to the district",
    "{0} alespoň {1} roky": "{0} for at least {1} years",
    "Zvláštní zranitelnost (§6)": "Special vulnerability (§6)",
    "Zapsat jako potřebného (§13–27)": "Register as in housing need (§13–27)",
    "{0} (z {1} osob)": "{0} (from {1} persons)",
    "spočítá se z domácnosti": "computed from the household",
    "limit příjmu {0} × životní minimum = {1}": "income limit {0} × subsistence minimum = {1}",
    "příjem pod limitem ✓": "income below the limit ✓",
    "příjem nad limitem ✗": "income above the limit ✗",
    "vazba na obvod ✓": "link to the district ✓",
    "bez potřebné vazby na obvod ✗": "without the required link to the district ✗",
    "zápis platí do {0}": "entry valid until {0}",
    "Šetření (§16) a zápis potřebného zahájíte zaškrtnutím; příjem se porovná s "
    "{0}násobkem životního minima.":
        "Tick to start the assessment (§16) and the entry as in need; the income is "
        "compared with {0} times the subsistence minimum.",
    # outcome
    "Výsledek": "Outcome",
    "Naléhavost": "Urgency",
    " min": " min",
    "Měří se od výběru klienta; můžete přepsat.":
        "Measured from choosing the client; you may overwrite it.",
    "Ča&s s klientem": "&Time with the client",
    "jen informace a poradenství": "information and counselling only",
    "otevřít případ a přidělit pracovníkovi": "open a case and assign a worker",
    "Předání na službu": "Referral to a service",
    "Přidat předání": "Add referral",
    "Přidat předání na službu (Ctrl+P)": "Add a referral to a service (Ctrl+P)",
    "Ověření, zda klient ke službě dorazil, se naplánuje jako úkol.":
        "Checking whether the client arrived at the service is planned as a task.",
    "Přidělit &pracovníkovi": "Assign to &worker",
    "Kontakt se připojí k otevřenému případu {0}.":
        "The contact joins the open case {0}.",
    "Pracovník dostane úkol klienta kontaktovat – termín podle naléhavosti.":
        "The worker gets a task to contact the client – due by the urgency.",
    "— vyberte službu —": "— choose a service —",
    "proč (nepovinné)": "why (optional)",
    "Odebrat předání": "Remove the referral",
    # form bar and messages
    "Otevřít případ": "Open the case",
    "Zahodit": "Discard",
    "Zahodit rozepsaný příjem a začít znovu": "Discard the intake in progress and start again",
    "Uložit příjem": "Save intake",
    "Uložit celý příjem (Ctrl+S)": "Save the whole intake (Ctrl+S)",
    "Enter hledá · Ctrl+N nová osoba · Ctrl+M člen domácnosti · Ctrl+P předání · Ctrl+S uložit":
        "Enter searches · Ctrl+N new person · Ctrl+M household member · Ctrl+P referral · "
        "Ctrl+S save",
    "Zkontrolujte zvýrazněná pole ({0}).": "Check the highlighted fields ({0}).",
    "Uloženo: {0}.": "Saved: {0}.",
    "Předání: {0}, ověření naplánováno.": "Referrals: {0}, follow-up planned.",
    "Otevřen případ {0} – {1}.": "Case {0} opened – {1}.",
    "Kontakt připojen k případu {0}.": "Contact added to case {0}.",
    "Zahájeno šetření bytové situace (§16).": "Housing-situation assessment (§16) started.",
    "Označeno jako možná duplicita k posouzení.": "Flagged as a possible duplicate for review.",
    "Neuložený příjem": "Unsaved intake",
    "Příjem není uložený. Opravdu ho chcete zahodit?":
        "The intake is not saved. Do you really want to discard it?",
    # duplicate dialog, duplicates tab, merge
    "Možná duplicita": "Possible duplicate",
    "Tato osoba už je možná v evidenci. Použijte existující záznam – zůstanou u něj všechny "
    "dosavadní kontakty a případy. Novou osobu založte jen tehdy, jde-li opravdu o někoho "
    "jiného.": "This person may already be registered. Use the existing record – it keeps "
               "all earlier contacts and cases. Create a new person only if it really is "
               "someone else.",
    "Založit novou osobu": "Create a new person",
    "Zpět k příjmu": "Back to the intake",
    "Shoda": "Match",
    "První záznam": "First record",
    "Druhý záznam": "Second record",
    "Označeno": "Flagged",
    "kontakty": "contacts", "případy": "cases", "poznámky": "notes", "úkoly": "tasks",
    "předání": "referral", "domácnosti": "households", "telefony a e-maily": "phones and e-mails",
    "zápisy potřebných": "entries as in need", "sociální šetření": "social assessments",
    "nájemní smlouvy": "leases",
    "Sloučit záznamy osoby": "Merge a person's records",
    "Ponechat tento záznam": "Keep this record",
    "Vazby: {0}": "Linked: {0}",
    "žádné": "none",
    "Vše z druhého záznamu (kontakty, případy, poznámky, členství v domácnosti …) přejde k "
    "ponechanému záznamu. Sloučení se zapíše do auditního záznamu.":
        "Everything of the other record (contacts, cases, notes, household memberships …) "
        "moves to the record kept. The merge is written to the audit trail.",
    "Sloučit": "Merge",
    "Záznamy, které mohou patřit jedné osobě. Sloučením se spojí všechny kontakty, případy a "
    "poznámky; „Různé osoby“ označení zruší.":
        "Records that may belong to one person. Merging joins all contacts, cases and notes; "
        "“Different people” removes the flag.",
    "Sloučit…": "Merge…",
    "Různé osoby": "Different people",
    "Žádné možné duplicity k posouzení.": "No possible duplicates to review.",
    "Nelze sloučit": "Cannot merge",
    # contacts tab
    "Kdy": "When", "Kanál": "Channel", "Důvod": "Reason", "ETHOS": "ETHOS",
    "Předáno": "Referred to", "Pracovník": "Worker", "Případ": "Case",
    "Dnes": "Today", "Posledních 7 dní": "Last 7 days", "Posledních 30 dní": "Last 30 days",
    "Posledních 12 měsíců": "Last 12 months", "Vše": "All",
    "Hledat klienta, důvod, pracovníka, případ…": "Search client, reason, worker, case…",
    "Všichni pracovníci": "All workers",
    "Jen moje": "Mine only",
    "Kontaktů: {0} · osob: {1} · čas s klienty: {2} h {3} min":
        "Contacts: {0} · persons: {1} · time with clients: {2} h {3} min",
    # cases
    "Číslo": "Number", "Poslední kontakt": "Last contact", "Úkoly": "Tasks",
    "Hledat číslo případu, klienta, pracovníka…": "Search case number, client, worker…",
    "Otevřené": "Open", "Všechny": "All", "Moje případy": "My cases",
    "Případů: {0}": "Cases: {0}",
    "Změnit stav…": "Change status…", "Předat…": "Hand over…", "Nový úkol…": "New task…",
    "Předání na služby": "Referrals to services",
    "Dorazil(a)": "Arrived", "Nedorazil(a)": "Did not arrive",
    "Klient zatím nebyl předán na žádnou službu.": "The client has not been referred yet.",
    "Průběh": "Timeline", "Poznámka…": "Note…",
    "Vyberte případ": "Choose a case",
    "Případ otevřete v seznamu vlevo (Enter nebo dvojklik).":
        "Open a case in the list on the left (Enter or double-click).",
    "otevřen {0}": "opened {0}", "uzavřen {0}": "closed {0}",
    "poslední kontakt {0}": "last contact {0}",
    "termín {0}": "due {0}",
    "Žádné otevřené úkoly.": "No open tasks.",
    "Úkoly ({0} otevřených)": "Tasks ({0} open)",
    "kontakt": "contact", "poznámka": "note", "stav": "status", "úkol": "task",
    "zákon o podpoře bydlení": "Housing Support Act",
    "Služba": "Service", "Dorazil": "Arrived", "Proč": "Why",
    "neověřeno": "not checked", "ano": "yes", "ne": "no",
    "Změnit stav případu": "Change the case status", "Změnit stav": "Change status",
    "Nový stav": "New status", "Předat případ": "Hand the case over", "Předat": "Hand over",
    "Poznámka k případu": "Note on the case", "Text": "Text",
    "Nový úkol": "New task", "Přidat úkol": "Add task", "Co udělat": "What to do",
    "Kdo": "Who", "Termín": "Due", "Podrobnosti": "Details",
    "Ověření předání": "Referral follow-up",
    "Dorazil klient ke službě?": "Did the client arrive at the service?",
    "Nevím, jen splnit": "Don't know, just complete",
    "Šetření (§16)…": "Assessment (§16)…",
    "Dokončit šetření bytové situace a rozhodnout o zápisu potřebného":
        "Finish the housing-situation assessment and decide on the entry as in need",
    "Šetření bytové situace (§16)": "Housing-situation assessment (§16)",
    "Příjem domácnosti (Kč měsíčně)": "Household income (CZK a month)",
    "Životní minimum domácnosti (Kč)": "Household subsistence minimum (CZK)",
    "Vazba na obvod": "Link to the district",
    "Zjištění": "Findings",
    "Zapsat jako potřebného": "Register as in housing need",
    "Nesplňuje podmínky": "Does not qualify",
    "Podmínky zápisu jsou splněny.": "The conditions of the entry are met.",
    "Doplňte příjem, životní minimum a vazbu na obvod.":
        "Fill in the income, the subsistence minimum and the link to the district.",
    # dashboard
    "Moje úkoly": "My tasks",
    "Nové kontakty tento týden": "New contacts this week",
    "Otevřené případy podle pracovníků": "Open cases per worker",
    "Případy bez kontaktu 30 a více dní": "Cases without contact for 30+ days",
    "Zaškrtnutím úkol splníte, dvojklikem otevřete případ.":
        "Tick to complete a task, double-click to open the case.",
    "Po termínu ({0})": "Overdue ({0})", "Dnes ({0})": "Today ({0})",
    "od {0}": "since {0}",
    "Na dnešek nemáte žádné úkoly.": "No tasks for today.",
    "Po termínu {0} · dnes {1} · později {2}": "Overdue {0} · today {1} · later {2}",
    "od pondělí {0}: {1} osob, z toho akutních {2}": "since Monday {0}: {1} persons, {2} acute",
    "Tento týden zatím nikdo nepřišel.": "Nobody has come this week yet.",
    "nové": "new", "zabydlení": "housed", "celkem": "total",
    "Otevřených případů celkem: {0}": "Open cases in total: {0}",
    "{0} · {1} · {2} · {3} dní": "{0} · {1} · {2} · {3} days",
    "Poslední kontakt {0}": "Last contact {0}",
    "Všechny otevřené případy mají čerstvý kontakt.": "Every open case has a recent contact.",
    "{0} případů čeká na ozvání; dvojklikem otevřete.":
        "{0} cases are waiting for a call; double-click to open.",
    # statistics
    "Letos": "This year", "Loni": "Last year", "Tento měsíc": "This month",
    "Minulý měsíc": "Last month", "Vlastní období": "Custom period",
    "Období": "Period", "Zobrazit": "Show", "Exportovat…": "Export…",
    "Uložit všechny tabulky do CSV nebo Excelu": "Save all tables to CSV or Excel",
    "Zadejte začátek i konec období.": "Enter both the start and the end of the period.",
    "Začátek období je po jeho konci.": "The start of the period is after its end.",
    "Graf: {0}": "Chart: {0}",
    "Exportovat statistiky": "Export statistics",
    "Sešit Excel (*.xlsx);;CSV pro Excel (*.csv)": "Excel workbook (*.xlsx);;CSV for Excel (*.csv)",
    "Uloženo: {0} (období {1} – {2})": "Saved: {0} (period {1} – {2})",
    # settings: partners
    "Druh": "Kind", "Aktivní": "Active", "Předání": "Referrals",
    "Nabízet při příjmu": "Offer at intake",
    "Název *": "Name *", "Kontaktní osoba": "Contact person", "Úřední hodiny": "Opening hours",
    "Nová služba": "New service", "Uloženo: {0}": "Saved: {0}",
    "Služby, na které KMB klienty předává. Při příjmu se nabízejí jen aktivní; službu s "
    "předáními nelze smazat, jen vypnout.":
        "Services the KMB refers clients to. Only active ones are offered at intake; a "
        "service with referrals cannot be deleted, only switched off.",
    "Seznam upravuje vedoucí KMB nebo správce.":
        "The KMB lead or the administrator edits the list.",
    # settings: rules
    "Jednotlivec": "Single person", "První osoba v domácnosti": "First person in the household",
    "Další dospělá osoba": "Further adult",
    "Nezaopatřené dítě do 6 let": "Dependent child under 6",
    "Nezaopatřené dítě 6–15 let": "Dependent child 6–15",
    "Nezaopatřené dítě 15–26 let": "Dependent child 15–26",
    "Životní minimum (Kč měsíčně)": "Subsistence minimum (CZK a month)",
    "Podmínky zápisu potřebného (§13–27)": "Conditions of the entry as in need (§13–27)",
    "Příjem pod násobkem životního minima": "Income below this multiple of the subsistence minimum",
    " roky": " years",
    "Vazba na obvod: žije, pracuje či studuje alespoň":
        "Link to the district: lives, works or studies there for at least",
    "Vazbu zakládá": "The link is established by",
    " měsíců": " months",
    "Platnost zápisu (§23)": "Validity of the entry (§23)",
    "Přelidněné pod (m² na osobu)": "Overcrowded below (m² per person)",
    " dní": " days",
    "Ověřit předání na službu po": "Check a referral after",
    "Částky a pravidla se mění nařízením vlády nebo novelou zákona č. 175/2025 Sb.; kontrola "
    "při příjmu používá hodnoty odsud.":
        "The amounts and rules change by government regulation or an amendment of Act "
        "No. 175/2025 Coll.; the intake check uses the values set here.",
    "Hodnoty mění vedoucí KMB nebo správce.":
        "The KMB lead or the administrator changes the values.",
    "Zadejte číslo, např. 1,6.": "Enter a number, e.g. 1.6.",
    "Uloženo. Nové příjmy počítají s těmito hodnotami.":
        "Saved. New intakes use these values.",
    # labels (app/labels.py)
    "šetření probíhá": "assessment in progress", "zapsán jako potřebný": "registered as in need",
    "nesplňuje podmínky": "does not qualify", "platnost zápisu skončila": "entry expired",
    "zrušeno": "cancelled",
    "trvalý pobyt v obvodu": "permanent residence in the district",
    "v obvodu žije": "lives in the district", "v obvodu pracuje": "works in the district",
    "v obvodu studuje": "studies in the district", "bez vazby na obvod": "no link to the district",
    "zadaný ručně": "entered by hand", "ověření předání": "referral follow-up",
    "dohodnutý krok": "agreed step", "závada v bytě": "defect in a flat",
    "dluh na nájemném": "rent arrears", "prodloužení nájmu": "lease renewal",
    "krizový fond": "crisis fund",
}
