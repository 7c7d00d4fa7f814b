<?xml version='1.0' encoding='utf-8'?>
<TS version="2.1" language="en_GB" sourcelanguage="cs_CZ">
<context>
    <name>AboutTab</name>
    <message>
        <location filename="../../ui/settings/about.py" line="19" />
        <source>Název instalace</source>
        <translation>Installation name</translation>
    </message>
    <message>
        <location filename="../../ui/settings/about.py" line="20" />
        <source>Identifikátor</source>
        <translation>Identifier</translation>
    </message>
    <message>
        <location filename="../../ui/settings/about.py" line="21" />
        <source>Databáze</source>
        <translation>Database</translation>
    </message>
    <message>
        <location filename="../../ui/settings/about.py" line="22" />
        <source>Složka dat</source>
        <translation>Data folder</translation>
    </message>
    <message>
        <location filename="../../ui/settings/about.py" line="23" />
        <source>Přihlášený uživatel</source>
        <translation>Signed-in user</translation>
    </message>
    <message>
        <location filename="../../ui/settings/about.py" line="24" />
        <source>Verze aplikace</source>
        <translation>Application version</translation>
    </message>
</context>
<context>
    <name>BackgroundOp</name>
    <message>
        <location filename="../../ui/ops.py" line="58" />
        <source>Zrušit</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <location filename="../../ui/ops.py" line="101" />
        <source>Nastala neočekávaná chyba: {0}</source>
        <translation>An unexpected error occurred: {0}</translation>
    </message>
    <message>
        <location filename="../../ui/ops.py" line="102" />
        <source>Nepodařilo se</source>
        <translation>Failed</translation>
    </message>
</context>
<context>
    <name>DashboardPage</name>
    <message>
        <location filename="../../ui/dashboard/page.py" line="20" />
        <source>Přehled</source>
        <translation>Overview</translation>
    </message>
</context>
<context>
    <name>DateField</name>
    <message>
        <location filename="../../ui/widgets/fields.py" line="17" />
        <source>d. m. rrrr</source>
        <translation>d. m. yyyy</translation>
    </message>
</context>
<context>
    <name>FlatsPage</name>
    <message>
        <location filename="../../ui/flats/page.py" line="18" />
        <source>Adresa</source>
        <translation>Address</translation>
    </message>
    <message>
        <location filename="../../ui/flats/page.py" line="19" />
        <source>Byt</source>
        <translation>Flat</translation>
    </message>
    <message>
        <location filename="../../ui/flats/page.py" line="20" />
        <source>Dispozice</source>
        <translation>Layout</translation>
    </message>
    <message>
        <location filename="../../ui/flats/page.py" line="21" />
        <source>Plocha</source>
        <translation>Area</translation>
    </message>
    <message>
        <location filename="../../ui/flats/page.py" line="23" />
        <source>Podlaží</source>
        <translation>Floor</translation>
    </message>
    <message>
        <location filename="../../ui/flats/page.py" line="24" />
        <source>Kategorie</source>
        <translation>Category</translation>
    </message>
    <message>
        <location filename="../../ui/flats/page.py" line="25" />
        <source>Stav</source>
        <translation>State</translation>
    </message>
    <message>
        <location filename="../../ui/flats/page.py" line="26" />
        <source>Nájem</source>
        <translation>Rent</translation>
    </message>
    <message>
        <location filename="../../ui/flats/page.py" line="28" />
        <source>Bezbariérový</source>
        <translation>Barrier-free</translation>
    </message>
    <message>
        <location filename="../../ui/flats/page.py" line="37" />
        <source>Byty</source>
        <translation>Flats</translation>
    </message>
    <message>
        <location filename="../../ui/flats/page.py" line="40" />
        <source>Hledat ulici, číslo domu, dispozici…</source>
        <translation>Search street, house number, layout…</translation>
    </message>
    <message>
        <location filename="../../ui/flats/page.py" line="43" />
        <source>Všechny kategorie</source>
        <translation>All categories</translation>
    </message>
    <message>
        <location filename="../../ui/flats/page.py" line="47" />
        <source>Všechny stavy</source>
        <translation>All states</translation>
    </message>
    <message>
        <location filename="../../ui/flats/page.py" line="88" />
        <source>Bytů: {0} · volných: {1}</source>
        <translation>Flats: {0} · vacant: {1}</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../../ui/main_window.py" line="23" />
        <source>KMB Desk – {0}</source>
        <translation>KMB Desk – {0}</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="24" />
        <source> (ukázka)</source>
        <translation> (demo)</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="39" />
        <source>KMB Desk</source>
        <translation>KMB Desk</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="64" />
        <source>Přihlášen(a): {0}</source>
        <translation>Signed in: {0}</translation>
    </message>
</context>
<context>
    <name>PdfPreviewDialog</name>
    <message>
        <location filename="../../ui/widgets/pdf_preview.py" line="47" />
        <source>Tisk…</source>
        <translation>Print…</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/pdf_preview.py" line="49" />
        <source>Uložit jako PDF…</source>
        <translation>Save as PDF…</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/pdf_preview.py" line="50" />
        <source>Zavřít</source>
        <translation>Close</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/pdf_preview.py" line="54" />
        <source>Stran: {0}</source>
        <translation>Pages: {0}</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/pdf_preview.py" line="71" />
        <source>Uložit jako PDF</source>
        <translation>Save as PDF</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/pdf_preview.py" line="72" />
        <source>Dokument PDF (*.pdf)</source>
        <translation>PDF document (*.pdf)</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/pdf_preview.py" line="78" />
        <source>Nepodařilo se uložit</source>
        <translation>Could not save</translation>
    </message>
</context>
<context>
    <name>PersonDetailView</name>
    <message>
        <location filename="../../ui/persons/detail.py" line="35" />
        <source>Upravit údaje</source>
        <translation>Edit details</translation>
    </message>
    <message>
        <location filename="../../ui/persons/detail.py" line="56" />
        <source>Vyberte osobu</source>
        <translation>Select a person</translation>
    </message>
    <message>
        <location filename="../../ui/persons/detail.py" line="57" />
        <source>Vyhledejte klienta podle jména, data narození nebo rodného čísla.</source>
        <translation>Find a client by name, birth date or birth number.</translation>
    </message>
    <message>
        <location filename="../../ui/persons/detail.py" line="71" />
        <source>neuvedeno</source>
        <translation>not given</translation>
    </message>
    <message>
        <location filename="../../ui/persons/detail.py" line="72" />
        <source>narozen(a) {0}</source>
        <translation>born {0}</translation>
    </message>
    <message>
        <location filename="../../ui/persons/detail.py" line="75" />
        <source>Rodné číslo</source>
        <translation>Birth number</translation>
    </message>
    <message>
        <location filename="../../ui/persons/detail.py" line="76" />
        <source>Pohlaví</source>
        <translation>Sex</translation>
    </message>
    <message>
        <location filename="../../ui/persons/detail.py" line="77" />
        <source>Trvalé bydliště</source>
        <translation>Permanent address</translation>
    </message>
    <message>
        <location filename="../../ui/persons/detail.py" line="78" />
        <source>Telefon</source>
        <translation>Phone</translation>
    </message>
    <message>
        <location filename="../../ui/persons/detail.py" line="79" />
        <source>E-mail</source>
        <translation>E-mail</translation>
    </message>
    <message>
        <location filename="../../ui/persons/detail.py" line="80" />
        <source>Poznámka</source>
        <translation>Note</translation>
    </message>
    <message>
        <location filename="../../ui/persons/detail.py" line="81" />
        <source>Změněno</source>
        <translation>Changed</translation>
    </message>
</context>
<context>
    <name>PersonDialog</name>
    <message>
        <location filename="../../ui/persons/form.py" line="107" />
        <source>Upravit osobu</source>
        <translation>Edit person</translation>
    </message>
    <message>
        <location filename="../../ui/persons/form.py" line="107" />
        <source>Nová osoba</source>
        <translation>New person</translation>
    </message>
    <message>
        <location filename="../../ui/persons/form.py" line="115" />
        <source>Uložit</source>
        <translation>Save</translation>
    </message>
    <message>
        <location filename="../../ui/persons/form.py" line="116" />
        <source>Zrušit</source>
        <translation>Cancel</translation>
    </message>
</context>
<context>
    <name>PersonForm</name>
    <message>
        <location filename="../../ui/persons/form.py" line="28" />
        <source>jen je-li potřeba, např. 850312/1234</source>
        <translation>only where needed, e.g. 850312/1234</translation>
    </message>
    <message>
        <location filename="../../ui/persons/form.py" line="30" />
        <source>neuvedeno</source>
        <translation>not given</translation>
    </message>
    <message>
        <location filename="../../ui/persons/form.py" line="47" />
        <source>Jméno *</source>
        <translation>Given name *</translation>
    </message>
    <message>
        <location filename="../../ui/persons/form.py" line="48" />
        <source>Příjmení *</source>
        <translation>Surname *</translation>
    </message>
    <message>
        <location filename="../../ui/persons/form.py" line="49" />
        <source>Datum narození</source>
        <translation>Date of birth</translation>
    </message>
    <message>
        <location filename="../../ui/persons/form.py" line="50" />
        <source>Rodné číslo</source>
        <translation>Birth number</translation>
    </message>
    <message>
        <location filename="../../ui/persons/form.py" line="51" />
        <source>Pohlaví</source>
        <translation>Sex</translation>
    </message>
    <message>
        <location filename="../../ui/persons/form.py" line="52" />
        <source>Telefon</source>
        <translation>Phone</translation>
    </message>
    <message>
        <location filename="../../ui/persons/form.py" line="53" />
        <source>E-mail</source>
        <translation>E-mail</translation>
    </message>
    <message>
        <location filename="../../ui/persons/form.py" line="54" />
        <source>Ulice</source>
        <translation>Street</translation>
    </message>
    <message>
        <location filename="../../ui/persons/form.py" line="55" />
        <source>Číslo domu</source>
        <translation>House number</translation>
    </message>
    <message>
        <location filename="../../ui/persons/form.py" line="56" />
        <source>Obec</source>
        <translation>Town</translation>
    </message>
    <message>
        <location filename="../../ui/persons/form.py" line="57" />
        <source>PSČ</source>
        <translation>Postcode</translation>
    </message>
    <message>
        <location filename="../../ui/persons/form.py" line="58" />
        <source>Poznámka</source>
        <translation>Note</translation>
    </message>
</context>
<context>
    <name>PersonListModel</name>
    <message>
        <location filename="../../ui/persons/list_model.py" line="23" />
        <source>Příjmení a jméno</source>
        <translation>Surname and name</translation>
    </message>
    <message>
        <location filename="../../ui/persons/list_model.py" line="24" />
        <source>Narozen(a)</source>
        <translation>Born</translation>
    </message>
    <message>
        <location filename="../../ui/persons/list_model.py" line="25" />
        <source>Trvalé bydliště</source>
        <translation>Permanent address</translation>
    </message>
</context>
<context>
    <name>PersonsPage</name>
    <message>
        <location filename="../../ui/persons/page.py" line="21" />
        <source>Klienti</source>
        <translation>Clients</translation>
    </message>
    <message>
        <location filename="../../ui/persons/page.py" line="26" />
        <source>Hledat jméno, datum narození (3. 1. 1985) nebo rodné číslo…</source>
        <translation>Search name, birth date (3. 1. 1985) or birth number…</translation>
    </message>
    <message>
        <location filename="../../ui/persons/page.py" line="30" />
        <source>Nová osoba</source>
        <translation>New person</translation>
    </message>
    <message>
        <location filename="../../ui/persons/page.py" line="96" />
        <source>Nalezeno osob: {0}</source>
        <translation>Persons found: {0}</translation>
    </message>
    <message>
        <location filename="../../ui/persons/page.py" line="97" />
        <source>Celkem osob: {0}</source>
        <translation>Persons in total: {0}</translation>
    </message>
</context>
<context>
    <name>ScopeDialog</name>
    <message>
        <location filename="../../ui/sync/page.py" line="305" />
        <source>Rozsah dat pro „{0}“</source>
        <translation>Data scope for “{0}”</translation>
    </message>
    <message>
        <location filename="../../ui/sync/page.py" line="307" />
        <source>všechna data (kancelář, partnerský úřad)</source>
        <translation>all data (office, partner office)</translation>
    </message>
    <message>
        <location filename="../../ui/sync/page.py" line="309" />
        <source>jen případy: {0}</source>
        <translation>only the cases of: {0}</translation>
    </message>
    <message>
        <location filename="../../ui/sync/page.py" line="316" />
        <source>Co se má posílat na tuto instalaci:</source>
        <translation>What to send to this installation:</translation>
    </message>
</context>
<context>
    <name>SettingsPage</name>
    <message>
        <location filename="../../ui/settings/page.py" line="19" />
        <source>O instalaci</source>
        <translation>About this installation</translation>
    </message>
    <message>
        <location filename="../../ui/settings/page.py" line="26" />
        <source>Nastavení</source>
        <translation>Settings</translation>
    </message>
</context>
<context>
    <name>SyncPage</name>
    <message>
        <location filename="../../ui/sync/page.py" line="27" />
        <source>Partner</source>
        <translation>Partner</translation>
    </message>
    <message>
        <location filename="../../ui/sync/page.py" line="28" />
        <source>Otisk</source>
        <translation>Fingerprint</translation>
    </message>
    <message>
        <location filename="../../ui/sync/page.py" line="29" />
        <source>Stav</source>
        <translation>State</translation>
    </message>
    <message>
        <location filename="../../ui/sync/page.py" line="31" />
        <source>Rozsah</source>
        <translation>Scope</translation>
    </message>
    <message>
        <location filename="../../ui/sync/page.py" line="32" />
        <source>Přidán</source>
        <translation>Added</translation>
    </message>
    <message>
        <location filename="../../ui/sync/page.py" line="36" />
        <source>Záznam</source>
        <translation>Record</translation>
    </message>
    <message>
        <location filename="../../ui/sync/page.py" line="37" />
        <source>Pole</source>
        <translation>Field</translation>
    </message>
    <message>
        <location filename="../../ui/sync/page.py" line="38" />
        <source>Platná hodnota</source>
        <translation>Current value</translation>
    </message>
    <message>
        <location filename="../../ui/sync/page.py" line="39" />
        <location filename="../../ui/sync/page.py" line="42" />
        <source>Zapsal(a)</source>
        <translation>Written by</translation>
    </message>
    <message>
        <location filename="../../ui/sync/page.py" line="41" />
        <source>Přepsaná hodnota</source>
        <translation>Overwritten value</translation>
    </message>
    <message>
        <location filename="../../ui/sync/page.py" line="78" />
        <location filename="../../ui/sync/page.py" line="173" />
        <location filename="../../ui/sync/page.py" line="178" />
        <source>Synchronizace</source>
        <translation>Synchronisation</translation>
    </message>
    <message>
        <location filename="../../ui/sync/page.py" line="81" />
        <source>Výměna dat bez serveru: balíček se uloží do souboru (USB disk, e-mail), je podepsaný a zašifrovaný jen pro zvoleného partnera.</source>
        <translation>Exchange without a server: a bundle is saved to a file (USB stick, e-mail), signed and encrypted for the chosen partner only.</translation>
    </message>
    <message>
        <location filename="../../ui/sync/page.py" line="90" />
        <source>&lt;b&gt;Tato instalace:&lt;/b&gt; {0}&lt;br&gt;Otisk pro ověření telefonem: &lt;span style='font-size:13pt; font-family:monospace'&gt;{1}&lt;/span&gt;</source>
        <translation>&lt;b&gt;This installation:&lt;/b&gt; {0}&lt;br&gt;Fingerprint to check by phone: &lt;span style='font-size:13pt; font-family:monospace'&gt;{1}&lt;/span&gt;</translation>
    </message>
    <message>
        <location filename="../../ui/sync/page.py" line="94" />
        <source>Uložit kartu instalace…</source>
        <translation>Save installation card…</translation>
    </message>
    <message>
        <location filename="../../ui/sync/page.py" line="101" />
        <source>Přidat partnera z karty…</source>
        <translation>Add partner from card…</translation>
    </message>
    <message>
        <location filename="../../ui/sync/page.py" line="102" />
        <source>Rozsah dat…</source>
        <translation>Data scope…</translation>
    </message>
    <message>
        <location filename="../../ui/sync/page.py" line="103" />
        <source>Odvolat</source>
        <translation>Revoke</translation>
    </message>
    <message>
        <location filename="../../ui/sync/page.py" line="104" />
        <source>Vytvořit balíček pro partnera…</source>
        <translation>Create bundle for partner…</translation>
    </message>
    <message>
        <location filename="../../ui/sync/page.py" line="106" />
        <source>Načíst balíček…</source>
        <translation>Load bundle…</translation>
    </message>
    <message>
        <location filename="../../ui/sync/page.py" line="130" />
        <source>Ponechat platnou hodnotu</source>
        <translation>Keep the current value</translation>
    </message>
    <message>
        <location filename="../../ui/sync/page.py" line="131" />
        <source>Obnovit přepsanou hodnotu</source>
        <translation>Restore the overwritten value</translation>
    </message>
    <message>
        <location filename="../../ui/sync/page.py" line="135" />
        <source>Když dva lidé změní stejný údaj, než si instalace vymění data, platí novější změna. Ta druhá se neztratí: je tady, dokud ji někdo neposoudí. Obnovená hodnota platí po další výměně všude.</source>
        <translation>When two people change the same field before the installations exchange data, the newer change wins. The other one is not lost: it waits here until someone reviews it. A restored value applies everywhere after the next exchange.</translation>
    </message>
    <message>
        <location filename="../../ui/sync/page.py" line="151" />
        <source>Partneři a výměna</source>
        <translation>Partners and exchange</translation>
    </message>
    <message>
        <location filename="../../ui/sync/page.py" line="167" />
        <source>Konflikty ({0})</source>
        <translation>Conflicts ({0})</translation>
    </message>
    <message>
        <location filename="../../ui/sync/page.py" line="174" />
        <source>Nejdřív vyberte partnera v seznamu.</source>
        <translation>Select a partner in the list first.</translation>
    </message>
    <message>
        <location filename="../../ui/sync/page.py" line="182" />
        <source>Uložit kartu instalace</source>
        <translation>Save installation card</translation>
    </message>
    <message>
        <location filename="../../ui/sync/page.py" line="184" />
        <source>Karta instalace (*.kmbcard)</source>
        <translation>Installation card (*.kmbcard)</translation>
    </message>
    <message>
        <location filename="../../ui/sync/page.py" line="192" />
        <source>Karta uložena do {0}. Pošlete ji partnerovi a otisk mu přečtěte do telefonu.</source>
        <translation>Card saved to {0}. Send it to the partner and read them the fingerprint by phone.</translation>
    </message>
    <message>
        <location filename="../../ui/sync/page.py" line="196" />
        <source>Karta partnera</source>
        <translation>Partner's card</translation>
    </message>
    <message>
        <location filename="../../ui/sync/page.py" line="197" />
        <source>Karta instalace (*.kmbcard *.json);;Všechny soubory (*)</source>
        <translation>Installation card (*.kmbcard *.json);;All files (*)</translation>
    </message>
    <message>
        <location filename="../../ui/sync/page.py" line="208" />
        <source>Ověřte otisk</source>
        <translation>Check the fingerprint</translation>
    </message>
    <message>
        <location filename="../../ui/sync/page.py" line="209" />
        <source>Partner: {0}

Otisk: {1}

Zavolejte partnerovi a nechte si přečíst otisk jeho instalace. Souhlasí?</source>
        <translation>Partner: {0}

Fingerprint: {1}

Call the partner and have them read their installation's fingerprint. Does it match?</translation>
    </message>
    <message>
        <location filename="../../ui/sync/page.py" line="225" />
        <source>Odvolat partnera</source>
        <translation>Revoke partner</translation>
    </message>
    <message>
        <location filename="../../ui/sync/page.py" line="226" />
        <source>Odvolat instalaci „{0}“? Její balíčky se už nenačtou (např. ztracený notebook). Vrátit to nelze.</source>
        <translation>Revoke installation “{0}”? Its bundles will no longer load (e.g. a lost laptop). This cannot be undone.</translation>
    </message>
    <message>
        <location filename="../../ui/sync/page.py" line="245" />
        <source>Uložit balíček</source>
        <translation>Save bundle</translation>
    </message>
    <message>
        <location filename="../../ui/sync/page.py" line="247" />
        <source>Balíček KMB (*.kmbx)</source>
        <translation>KMB bundle (*.kmbx)</translation>
    </message>
    <message>
        <location filename="../../ui/sync/page.py" line="251" />
        <source>Vytvářím balíček…</source>
        <translation>Creating bundle…</translation>
    </message>
    <message>
        <location filename="../../ui/sync/page.py" line="256" />
        <source>Balíček pro „{0}“ je uložen: {1} záznamů, {2} kB.</source>
        <translation>Bundle for “{0}” saved: {1} records, {2} kB.</translation>
    </message>
    <message>
        <location filename="../../ui/sync/page.py" line="260" />
        <source>Načíst balíček</source>
        <translation>Load bundle</translation>
    </message>
    <message>
        <location filename="../../ui/sync/page.py" line="261" />
        <source>Balíček KMB (*.kmbx);;Všechny soubory (*)</source>
        <translation>KMB bundle (*.kmbx);;All files (*)</translation>
    </message>
    <message>
        <location filename="../../ui/sync/page.py" line="265" />
        <source>Načítám balíček…</source>
        <translation>Loading bundle…</translation>
    </message>
    <message>
        <location filename="../../ui/sync/page.py" line="280" />
        <source>Zrušeno; nic se nezměnilo.</source>
        <translation>Cancelled; nothing changed.</translation>
    </message>
    <message>
        <location filename="../../ui/sync/page.py" line="286" />
        <source>Konflikty</source>
        <translation>Conflicts</translation>
    </message>
    <message>
        <location filename="../../ui/sync/page.py" line="287" />
        <source>Nejdřív vyberte konflikt v seznamu.</source>
        <translation>Select a conflict in the list first.</translation>
    </message>
</context>
<context>
    <name>areas</name>
    <message>
        <location filename="../../ui/areas.py" line="46" />
        <source>Klienti</source>
        <translation>Clients</translation>
    </message>
    <message>
        <location filename="../../ui/areas.py" line="48" />
        <source>Byty</source>
        <translation>Flats</translation>
    </message>
    <message>
        <location filename="../../ui/areas.py" line="49" />
        <source>Synchronizace</source>
        <translation>Synchronisation</translation>
    </message>
    <message>
        <location filename="../../ui/areas.py" line="51" />
        <source>Nastavení</source>
        <translation>Settings</translation>
    </message>
</context>
<context>
    <name>demo</name>
    <message>
        <location filename="../../ui/app.py" line="58" />
        <source>Vytvářím ukázkový úřad: {0}</source>
        <translation>Building the demo office: {0}</translation>
    </message>
    <message>
        <location filename="../../ui/app.py" line="61" />
        <source>Vytvářím ukázkový úřad…</source>
        <translation>Building the demo office…</translation>
    </message>
</context>
<context>
    <name>labels</name>
    <message>
        <location filename="../../app/labels.py" line="24" />
        <source>sociální</source>
        <translation>social</translation>
    </message>
    <message>
        <location filename="../../app/labels.py" line="25" />
        <source>klíčové profese</source>
        <translation>key professions</translation>
    </message>
    <message>
        <location filename="../../app/labels.py" line="26" />
        <source>senioři</source>
        <translation>seniors</translation>
    </message>
    <message>
        <location filename="../../app/labels.py" line="27" />
        <source>zvláštní určení</source>
        <translation>special purpose</translation>
    </message>
    <message>
        <location filename="../../app/labels.py" line="28" />
        <source>běžný</source>
        <translation>standard</translation>
    </message>
    <message>
        <location filename="../../app/labels.py" line="29" />
        <source>volný</source>
        <translation>vacant</translation>
    </message>
    <message>
        <location filename="../../app/labels.py" line="30" />
        <source>obsazený</source>
        <translation>occupied</translation>
    </message>
    <message>
        <location filename="../../app/labels.py" line="31" />
        <source>v opravě</source>
        <translation>under repair</translation>
    </message>
    <message>
        <location filename="../../app/labels.py" line="32" />
        <source>žena</source>
        <translation>female</translation>
    </message>
    <message>
        <location filename="../../app/labels.py" line="33" />
        <source>muž</source>
        <translation>male</translation>
    </message>
    <message>
        <location filename="../../app/labels.py" line="34" />
        <source>žadatel / hlava domácnosti</source>
        <translation>applicant / head of household</translation>
    </message>
    <message>
        <location filename="../../app/labels.py" line="35" />
        <source>manžel(ka) / partner(ka)</source>
        <translation>spouse / partner</translation>
    </message>
    <message>
        <location filename="../../app/labels.py" line="36" />
        <source>dítě</source>
        <translation>child</translation>
    </message>
    <message>
        <location filename="../../app/labels.py" line="37" />
        <source>rodič</source>
        <translation>parent</translation>
    </message>
    <message>
        <location filename="../../app/labels.py" line="38" />
        <source>sourozenec</source>
        <translation>sibling</translation>
    </message>
    <message>
        <location filename="../../app/labels.py" line="39" />
        <source>vnouče</source>
        <translation>grandchild</translation>
    </message>
    <message>
        <location filename="../../app/labels.py" line="40" />
        <source>prarodič</source>
        <translation>grandparent</translation>
    </message>
    <message>
        <location filename="../../app/labels.py" line="41" />
        <source>jiný příbuzný</source>
        <translation>other relative</translation>
    </message>
    <message>
        <location filename="../../app/labels.py" line="42" />
        <source>jiný vztah</source>
        <translation>other relation</translation>
    </message>
    <message>
        <location filename="../../app/labels.py" line="43" />
        <source>osobně</source>
        <translation>in person</translation>
    </message>
    <message>
        <location filename="../../app/labels.py" line="44" />
        <source>telefon</source>
        <translation>phone</translation>
    </message>
    <message>
        <location filename="../../app/labels.py" line="45" />
        <source>e-mail</source>
        <translation>e-mail</translation>
    </message>
    <message>
        <location filename="../../app/labels.py" line="46" />
        <source>terén</source>
        <translation>field</translation>
    </message>
    <message>
        <location filename="../../app/labels.py" line="47" />
        <source>akutní – dnes</source>
        <translation>acute – today</translation>
    </message>
    <message>
        <location filename="../../app/labels.py" line="48" />
        <source>do týdne</source>
        <translation>within a week</translation>
    </message>
    <message>
        <location filename="../../app/labels.py" line="49" />
        <source>plánované</source>
        <translation>planned</translation>
    </message>
    <message>
        <location filename="../../app/labels.py" line="50" />
        <source>jen informace</source>
        <translation>information only</translation>
    </message>
    <message>
        <location filename="../../app/labels.py" line="51" />
        <source>předání na službu</source>
        <translation>referral</translation>
    </message>
    <message>
        <location filename="../../app/labels.py" line="52" />
        <source>otevřen případ</source>
        <translation>case opened</translation>
    </message>
    <message>
        <location filename="../../app/labels.py" line="53" />
        <source>občanská poradna</source>
        <translation>citizens' advice</translation>
    </message>
    <message>
        <location filename="../../app/labels.py" line="54" />
        <source>dluhová poradna</source>
        <translation>debt counselling</translation>
    </message>
    <message>
        <location filename="../../app/labels.py" line="55" />
        <source>nestátní nezisková organizace</source>
        <translation>NGO</translation>
    </message>
    <message>
        <location filename="../../app/labels.py" line="56" />
        <source>sociální rehabilitace</source>
        <translation>social rehabilitation</translation>
    </message>
    <message>
        <location filename="../../app/labels.py" line="57" />
        <source>psychiatrická péče</source>
        <translation>psychiatric care</translation>
    </message>
    <message>
        <location filename="../../app/labels.py" line="58" />
        <source>úřad práce</source>
        <translation>labour office</translation>
    </message>
    <message>
        <location filename="../../app/labels.py" line="59" />
        <source>sociální odbor</source>
        <translation>social department</translation>
    </message>
    <message>
        <location filename="../../app/labels.py" line="60" />
        <source>azylové a noclehárenské služby</source>
        <translation>shelters and night shelters</translation>
    </message>
    <message>
        <location filename="../../app/labels.py" line="61" />
        <source>jiná služba</source>
        <translation>other service</translation>
    </message>
    <message>
        <location filename="../../app/labels.py" line="62" />
        <source>nový</source>
        <translation>new</translation>
    </message>
    <message>
        <location filename="../../app/labels.py" line="63" />
        <source>v řešení</source>
        <translation>in progress</translation>
    </message>
    <message>
        <location filename="../../app/labels.py" line="64" />
        <source>zabydlen</source>
        <translation>housed</translation>
    </message>
    <message>
        <location filename="../../app/labels.py" line="65" />
        <source>uzavřen</source>
        <translation>closed</translation>
    </message>
    <message>
        <location filename="../../app/labels.py" line="66" />
        <source>rozpracováno</source>
        <translation>draft</translation>
    </message>
    <message>
        <location filename="../../app/labels.py" line="67" />
        <source>uzavřeno</source>
        <translation>closed</translation>
    </message>
    <message>
        <location filename="../../app/labels.py" line="68" />
        <source>předání při nastěhování</source>
        <translation>move-in handover</translation>
    </message>
    <message>
        <location filename="../../app/labels.py" line="69" />
        <source>převzetí při vystěhování</source>
        <translation>move-out handover</translation>
    </message>
    <message>
        <location filename="../../app/labels.py" line="70" />
        <source>pravidelná kontrola</source>
        <translation>periodic inspection</translation>
    </message>
    <message>
        <location filename="../../app/labels.py" line="71" />
        <source>mimořádná kontrola</source>
        <translation>extraordinary inspection</translation>
    </message>
    <message>
        <location filename="../../app/labels.py" line="72" />
        <source>v pořádku</source>
        <translation>fine</translation>
    </message>
    <message>
        <location filename="../../app/labels.py" line="73" />
        <source>opotřebené</source>
        <translation>worn</translation>
    </message>
    <message>
        <location filename="../../app/labels.py" line="74" />
        <source>poškozené</source>
        <translation>damaged</translation>
    </message>
    <message>
        <location filename="../../app/labels.py" line="75" />
        <source>chybí</source>
        <translation>missing</translation>
    </message>
    <message>
        <location filename="../../app/labels.py" line="76" />
        <source>nekontrolováno</source>
        <translation>not checked</translation>
    </message>
    <message>
        <location filename="../../app/labels.py" line="77" />
        <source>byt</source>
        <translation>flat</translation>
    </message>
    <message>
        <location filename="../../app/labels.py" line="78" />
        <source>schránka</source>
        <translation>mailbox</translation>
    </message>
    <message>
        <location filename="../../app/labels.py" line="79" />
        <source>společné prostory</source>
        <translation>common areas</translation>
    </message>
    <message>
        <location filename="../../app/labels.py" line="80" />
        <source>jiné</source>
        <translation>other</translation>
    </message>
    <message>
        <location filename="../../app/labels.py" line="81" />
        <source>elektřina</source>
        <translation>electricity</translation>
    </message>
    <message>
        <location filename="../../app/labels.py" line="82" />
        <source>plyn</source>
        <translation>gas</translation>
    </message>
    <message>
        <location filename="../../app/labels.py" line="83" />
        <source>studená voda</source>
        <translation>cold water</translation>
    </message>
    <message>
        <location filename="../../app/labels.py" line="84" />
        <source>teplá voda</source>
        <translation>hot water</translation>
    </message>
    <message>
        <location filename="../../app/labels.py" line="85" />
        <source>teplo</source>
        <translation>heat</translation>
    </message>
    <message>
        <location filename="../../app/labels.py" line="86" />
        <location filename="../../app/labels.py" line="96" />
        <source>platná</source>
        <translation>valid</translation>
    </message>
    <message>
        <location filename="../../app/labels.py" line="87" />
        <source>vyřízena přidělením</source>
        <translation>housed</translation>
    </message>
    <message>
        <location filename="../../app/labels.py" line="88" />
        <location filename="../../app/labels.py" line="94" />
        <source>stažena</source>
        <translation>withdrawn</translation>
    </message>
    <message>
        <location filename="../../app/labels.py" line="89" />
        <source>neobnovena</source>
        <translation>not renewed</translation>
    </message>
    <message>
        <location filename="../../app/labels.py" line="90" />
        <source>vyřazena</source>
        <translation>excluded</translation>
    </message>
    <message>
        <location filename="../../app/labels.py" line="91" />
        <source>čeká na odpověď</source>
        <translation>awaiting reply</translation>
    </message>
    <message>
        <location filename="../../app/labels.py" line="92" />
        <source>přijata</source>
        <translation>accepted</translation>
    </message>
    <message>
        <location filename="../../app/labels.py" line="93" />
        <source>odmítnuta</source>
        <translation>refused</translation>
    </message>
    <message>
        <location filename="../../app/labels.py" line="95" />
        <source>návrh</source>
        <translation>draft</translation>
    </message>
    <message>
        <location filename="../../app/labels.py" line="97" />
        <source>prodloužená</source>
        <translation>renewed</translation>
    </message>
    <message>
        <location filename="../../app/labels.py" line="98" />
        <source>ukončená</source>
        <translation>ended</translation>
    </message>
    <message>
        <location filename="../../app/labels.py" line="99" />
        <source>odstěhování</source>
        <translation>moved out</translation>
    </message>
    <message>
        <location filename="../../app/labels.py" line="100" />
        <source>výpověď</source>
        <translation>notice</translation>
    </message>
    <message>
        <location filename="../../app/labels.py" line="101" />
        <source>dohoda</source>
        <translation>agreement</translation>
    </message>
    <message>
        <location filename="../../app/labels.py" line="102" />
        <source>úmrtí</source>
        <translation>death</translation>
    </message>
    <message>
        <location filename="../../app/labels.py" line="103" />
        <source>přestěhování</source>
        <translation>transfer</translation>
    </message>
    <message>
        <location filename="../../app/labels.py" line="104" />
        <source>uplynutí doby</source>
        <translation>expiry</translation>
    </message>
    <message>
        <location filename="../../app/labels.py" line="105" />
        <source>jiný důvod</source>
        <translation>other reason</translation>
    </message>
    <message>
        <location filename="../../app/labels.py" line="110" />
        <source>Bez střechy</source>
        <translation>Roofless</translation>
    </message>
    <message>
        <location filename="../../app/labels.py" line="111" />
        <source>Bez bytu</source>
        <translation>Houseless</translation>
    </message>
    <message>
        <location filename="../../app/labels.py" line="112" />
        <source>Nejisté bydlení</source>
        <translation>Insecure housing</translation>
    </message>
    <message>
        <location filename="../../app/labels.py" line="113" />
        <source>Nevyhovující bydlení</source>
        <translation>Inadequate housing</translation>
    </message>
    <message>
        <location filename="../../app/labels.py" line="116" />
        <source>osoby přežívající venku</source>
        <translation>people living rough</translation>
    </message>
    <message>
        <location filename="../../app/labels.py" line="117" />
        <source>osoby v noclehárně</source>
        <translation>people in emergency accommodation</translation>
    </message>
    <message>
        <location filename="../../app/labels.py" line="118" />
        <source>osoby v ubytovnách pro bezdomovce</source>
        <translation>people in accommodation for the homeless</translation>
    </message>
    <message>
        <location filename="../../app/labels.py" line="119" />
        <source>osoby v azylových domech pro ženy</source>
        <translation>people in women's shelters</translation>
    </message>
    <message>
        <location filename="../../app/labels.py" line="120" />
        <source>osoby v ubytovacích zařízeních pro imigranty</source>
        <translation>people in accommodation for immigrants</translation>
    </message>
    <message>
        <location filename="../../app/labels.py" line="121" />
        <source>osoby před opuštěním instituce</source>
        <translation>people due to be released from institutions</translation>
    </message>
    <message>
        <location filename="../../app/labels.py" line="122" />
        <source>uživatelé dlouhodobé podpory z důvodu bezdomovectví</source>
        <translation>people receiving longer-term support due to homelessness</translation>
    </message>
    <message>
        <location filename="../../app/labels.py" line="123" />
        <source>osoby žijící v nejistém bydlení</source>
        <translation>people living in insecure accommodation</translation>
    </message>
    <message>
        <location filename="../../app/labels.py" line="124" />
        <source>osoby ohrožené vystěhováním</source>
        <translation>people living under threat of eviction</translation>
    </message>
    <message>
        <location filename="../../app/labels.py" line="125" />
        <source>osoby ohrožené domácím násilím</source>
        <translation>people living under threat of violence</translation>
    </message>
    <message>
        <location filename="../../app/labels.py" line="126" />
        <source>osoby žijící v provizorních a neobvyklých stavbách</source>
        <translation>people living in temporary / non-conventional structures</translation>
    </message>
    <message>
        <location filename="../../app/labels.py" line="127" />
        <source>osoby žijící v nevhodném bydlení</source>
        <translation>people living in unfit housing</translation>
    </message>
    <message>
        <location filename="../../app/labels.py" line="128" />
        <source>osoby žijící v extrémně přelidněném bydlení</source>
        <translation>people living in extreme overcrowding</translation>
    </message>
</context>
<context>
    <name>start</name>
    <message>
        <location filename="../../ui/app.py" line="83" />
        <source>KMB Desk nelze spustit</source>
        <translation>KMB Desk cannot start</translation>
    </message>
</context>
</TS>