<?xml version='1.0' encoding='utf-8'?>
<TS version="2.1" language="en_GB" sourcelanguage="cs_CZ">
<context>
    <name />
    <message>
        <location filename="../../ui/allocation/rules_cards.py" line="39" />
        <source>Odebrat</source>
        <translation>Remove</translation>
    </message>
    <message>
        <location filename="../../ui/allocation/rules_cards.py" line="169" />
        <source>Kritérium – {0}</source>
        <translation>Criterion – {0}</translation>
    </message>
    <message>
        <location filename="../../ui/allocation/rules_cards.py" line="172" />
        <location filename="../../ui/allocation/rules_form.py" line="59" />
        <source>Název</source>
        <translation>Name</translation>
    </message>
    <message>
        <location filename="../../ui/allocation/rules_cards.py" line="176" />
        <source>Údaj žadatele</source>
        <translation>Applicant's fact</translation>
    </message>
    <message>
        <location filename="../../ui/allocation/rules_cards.py" line="178" />
        <source>Nejméně bodů</source>
        <translation>At least points</translation>
    </message>
    <message>
        <location filename="../../ui/allocation/rules_cards.py" line="179" />
        <source>Nejvýše bodů</source>
        <translation>At most points</translation>
    </message>
    <message>
        <location filename="../../ui/allocation/rules_cards.py" line="180" />
        <location filename="../../ui/allocation/rules_cards.py" line="278" />
        <source>Přidat podmínku</source>
        <translation>Add a condition</translation>
    </message>
    <message>
        <location filename="../../ui/allocation/rules_cards.py" line="182" />
        <source>Počítá se, jen když</source>
        <translation>Counts only when</translation>
    </message>
    <message>
        <location filename="../../ui/allocation/rules_cards.py" line="183" />
        <source>Proč jinak ne</source>
        <translation>Why not otherwise</translation>
    </message>
    <message>
        <location filename="../../ui/allocation/rules_cards.py" line="184" />
        <source>vysvětlení pro žadatele</source>
        <translation>explanation for the applicant</translation>
    </message>
    <message>
        <location filename="../../ui/allocation/rules_cards.py" line="187" />
        <location filename="../../ui/allocation/rules_cards.py" line="326" />
        <source>Jen u bytů kategorie</source>
        <translation>Only for flats of category</translation>
    </message>
    <message>
        <location filename="../../ui/allocation/rules_cards.py" line="190" />
        <source>Body, když ano</source>
        <translation>Points when yes</translation>
    </message>
    <message>
        <location filename="../../ui/allocation/rules_cards.py" line="193" />
        <source>Hodnoty</source>
        <translation>Values</translation>
    </message>
    <message>
        <location filename="../../ui/allocation/rules_cards.py" line="194" />
        <location filename="../../ui/allocation/rules_cards.py" line="207" />
        <source>Body</source>
        <translation>Points</translation>
    </message>
    <message>
        <location filename="../../ui/allocation/rules_cards.py" line="194" />
        <location filename="../../ui/allocation/rules_cards.py" line="207" />
        <location filename="../../ui/allocation/rules_form.py" line="66" />
        <source>Popis</source>
        <translation>Description</translation>
    </message>
    <message>
        <location filename="../../ui/allocation/rules_cards.py" line="195" />
        <source>Přidat případ</source>
        <translation>Add a case</translation>
    </message>
    <message>
        <location filename="../../ui/allocation/rules_cards.py" line="197" />
        <source>Případy</source>
        <translation>Cases</translation>
    </message>
    <message>
        <location filename="../../ui/allocation/rules_cards.py" line="202" />
        <source>Body jinak</source>
        <translation>Points otherwise</translation>
    </message>
    <message>
        <location filename="../../ui/allocation/rules_cards.py" line="203" />
        <source>Popis „jinak“</source>
        <translation>“Otherwise” label</translation>
    </message>
    <message>
        <location filename="../../ui/allocation/rules_cards.py" line="206" />
        <source>Od</source>
        <translation>From</translation>
    </message>
    <message>
        <location filename="../../ui/allocation/rules_cards.py" line="206" />
        <source>Do (bez)</source>
        <translation>To (excl.)</translation>
    </message>
    <message>
        <location filename="../../ui/allocation/rules_cards.py" line="208" />
        <source>Přidat pásmo</source>
        <translation>Add a band</translation>
    </message>
    <message>
        <location filename="../../ui/allocation/rules_cards.py" line="210" />
        <source>Pásma</source>
        <translation>Bands</translation>
    </message>
    <message>
        <location filename="../../ui/allocation/rules_cards.py" line="215" />
        <source>Body za jednotku</source>
        <translation>Points per unit</translation>
    </message>
    <message>
        <location filename="../../ui/allocation/rules_cards.py" line="216" />
        <source>Jen za posledních (měsíců)</source>
        <translation>Only in the last (months)</translation>
    </message>
    <message>
        <location filename="../../ui/allocation/rules_cards.py" line="217" />
        <source>celou dobu</source>
        <translation>all the time</translation>
    </message>
    <message>
        <location filename="../../ui/allocation/rules_cards.py" line="222" />
        <source>Základ</source>
        <translation>Base</translation>
    </message>
    <message>
        <location filename="../../ui/allocation/rules_cards.py" line="225" />
        <source>Za jednotku (− ubírá)</source>
        <translation>Per unit (− takes away)</translation>
    </message>
    <message>
        <location filename="../../ui/allocation/rules_cards.py" line="264" />
        <source>Vyřazení – {0}</source>
        <translation>Exclusion – {0}</translation>
    </message>
    <message>
        <location filename="../../ui/allocation/rules_cards.py" line="268" />
        <source>Vyřadit po odmítnutích</source>
        <translation>Exclude after refusals</translation>
    </message>
    <message>
        <location filename="../../ui/allocation/rules_cards.py" line="269" />
        <source>Za posledních (měsíců)</source>
        <translation>In the last (months)</translation>
    </message>
    <message>
        <location filename="../../ui/allocation/rules_cards.py" line="271" />
        <source>Dluh nad</source>
        <translation>Debt above</translation>
    </message>
    <message>
        <location filename="../../ui/allocation/rules_cards.py" line="274" />
        <source>Splátkový kalendář vyřazení ruší</source>
        <translation>A repayment plan lifts the exclusion</translation>
    </message>
    <message>
        <location filename="../../ui/allocation/rules_cards.py" line="275" />
        <source>Co se stane</source>
        <translation>What happens</translation>
    </message>
    <message>
        <location filename="../../ui/allocation/rules_cards.py" line="280" />
        <source>Vyřadit, když</source>
        <translation>Exclude when</translation>
    </message>
    <message>
        <location filename="../../ui/allocation/rules_cards.py" line="281" />
        <source>Důvod (pro žadatele)</source>
        <translation>Reason (for the applicant)</translation>
    </message>
    <message>
        <location filename="../../ui/allocation/rules_cards.py" line="283" />
        <source>Žádost, jejíž platnost uplynula a nebyla obnovena, se do pořadí nezařadí.</source>
        <translation>An application whose validity ran out and was not renewed is not ranked.</translation>
    </message>
    <message>
        <location filename="../../ui/allocation/rules_cards.py" line="303" />
        <source>Byt a domácnost – {0}</source>
        <translation>Flat and household – {0}</translation>
    </message>
    <message>
        <location filename="../../ui/allocation/rules_cards.py" line="309" />
        <source>Nejméně osob na pokoj</source>
        <translation>At least persons per room</translation>
    </message>
    <message>
        <location filename="../../ui/allocation/rules_cards.py" line="310" />
        <source>Nejvýše osob na pokoj</source>
        <translation>At most persons per room</translation>
    </message>
    <message>
        <location filename="../../ui/allocation/rules_cards.py" line="313" />
        <source>Bezbariérový byt jen pro domácnost, která ho potřebuje</source>
        <translation>A barrier-free flat only for a household that needs one</translation>
    </message>
    <message>
        <location filename="../../ui/allocation/rules_cards.py" line="315" />
        <source>Kdo bezbariérový byt potřebuje, dostane jen bezbariérový</source>
        <translation>Whoever needs a barrier-free flat gets only a barrier-free one</translation>
    </message>
    <message>
        <location filename="../../ui/allocation/rules_cards.py" line="317" />
        <source>Nájem a zálohy nejvýše</source>
        <translation>Rent and advances at most</translation>
    </message>
    <message>
        <location filename="../../ui/allocation/rules_cards.py" line="318" />
        <source>příjmu</source>
        <translation>of income</translation>
    </message>
    <message>
        <location filename="../../ui/allocation/rules_cards.py" line="319" />
        <source>Když je víc</source>
        <translation>When it is more</translation>
    </message>
    <message>
        <location filename="../../ui/allocation/rules_cards.py" line="321" />
        <source>Příjem neuveden</source>
        <translation>Income not given</translation>
    </message>
    <message>
        <location filename="../../ui/allocation/rules_cards.py" line="334" />
        <source>Byt \ žádost</source>
        <translation>Flat \ application</translation>
    </message>
    <message>
        <location filename="../../ui/allocation/rules_cards.py" line="350" />
        <source>Byt které kategorie přijímá žádosti kterých kategorií:</source>
        <translation>Which categories of application a flat of each category accepts:</translation>
    </message>
    <message>
        <location filename="../../ui/allocation/rules_form.py" line="49" />
        <source>Přidat do pravidel</source>
        <translation>Add to the rules</translation>
    </message>
    <message>
        <location filename="../../ui/allocation/rules_form.py" line="52" />
        <source>Přidat:</source>
        <translation>Add:</translation>
    </message>
    <message>
        <location filename="../../ui/allocation/rules_form.py" line="56" />
        <source>Pravidla</source>
        <translation>Rules</translation>
    </message>
    <message>
        <location filename="../../ui/allocation/rules_form.py" line="61" />
        <source>Verze</source>
        <translation>Version</translation>
    </message>
    <message>
        <location filename="../../ui/allocation/rules_form.py" line="68" />
        <source>Zdroj (vzor)</source>
        <translation>Source (model)</translation>
    </message>
    <message>
        <location filename="../../ui/allocation/rules_form.py" line="69" />
        <source>měsíců</source>
        <translation>months</translation>
    </message>
    <message>
        <location filename="../../ui/allocation/rules_form.py" line="70" />
        <source>Žádost platí</source>
        <translation>An application is valid</translation>
    </message>
    <message>
        <location filename="../../ui/allocation/rules_form.py" line="72" />
        <source>Součet kritérií nejvýše</source>
        <translation>Sum of criteria at most</translation>
    </message>
    <message>
        <location filename="../../ui/allocation/rules_form.py" line="74" />
        <source>Individuální body nejvýše ±</source>
        <translation>Individual points at most ±</translation>
    </message>
    <message>
        <location filename="../../ui/allocation/rules_form.py" line="76" />
        <source>vždy s písemným odůvodněním</source>
        <translation>always with a written justification</translation>
    </message>
    <message>
        <location filename="../../ui/allocation/rules_form.py" line="91" />
        <source>Při shodě bodů</source>
        <translation>On equal points</translation>
    </message>
    <message>
        <location filename="../../ui/allocation/rules_form.py" line="248" />
        <source>Pravidla jsou v pořádku.</source>
        <translation>The rules are valid.</translation>
    </message>
    <message>
        <location filename="../../ui/allocation/rules_form.py" line="249" />
        <source>Chyby ({0}) – opravte zvýrazněná pole; takto pravidla uložit nelze.</source>
        <translation>Errors ({0}) – correct the highlighted fields; the rules cannot be saved like this.</translation>
    </message>
    <message>
        <location filename="../../ui/allocation/rules_parts.py" line="53" />
        <source>bez omezení</source>
        <translation>no limit</translation>
    </message>
    <message>
        <location filename="../../ui/allocation/rules_parts.py" line="187" />
        <source>—</source>
        <translation>—</translation>
    </message>
    <message>
        <location filename="../../ui/allocation/rules_parts.py" line="195" />
        <source>Odebrat řádek</source>
        <translation>Remove the row</translation>
    </message>
    <message>
        <location filename="../../ui/allocation/rules_parts.py" line="278" />
        <source>hodnota (seznam oddělte čárkou)</source>
        <translation>value (separate a list with commas)</translation>
    </message>
    <message>
        <location filename="../../ui/allocation/rules_parts.py" line="279" />
        <source>Odebrat podmínku</source>
        <translation>Remove the condition</translation>
    </message>
    <message>
        <location filename="../../ui/allocation/form.py" line="46" />
        <source>Upravit žádost o byt</source>
        <translation>Edit flat application</translation>
    </message>
    <message>
        <location filename="../../ui/allocation/form.py" line="46" />
        <source>Nová žádost o byt</source>
        <translation>New flat application</translation>
    </message>
    <message>
        <location filename="../../ui/assessments/person_picker.py" line="39" />
        <source>Nové sociální šetření</source>
        <translation>New social assessment</translation>
    </message>
    <message>
        <location filename="../../ui/assessments/person_picker.py" line="40" />
        <source>Vyhledejte klienta. Šetření se připojí k jeho domácnosti.</source>
        <translation>Find the client. The assessment is linked to their household.</translation>
    </message>
    <message>
        <location filename="../../ui/assessments/person_picker.py" line="41" />
        <source>Založit šetření</source>
        <translation>Start assessment</translation>
    </message>
    <message>
        <location filename="../../ui/cases/need_dialog.py" line="22" />
        <source>Šetření bytové situace (§16)</source>
        <translation>Housing-situation assessment (§16)</translation>
    </message>
    <message>
        <location filename="../../ui/cases/need_dialog.py" line="23" />
        <source>Zapsat jako potřebného</source>
        <translation>Register as in housing need</translation>
    </message>
    <message>
        <location filename="../../ui/cases/need_dialog.py" line="53" />
        <source>Nesplňuje podmínky</source>
        <translation>Does not qualify</translation>
    </message>
    <message>
        <location filename="../../ui/inspections/new_dialog.py" line="62" />
        <source>Nová kontrola bytu</source>
        <translation>New flat inspection</translation>
    </message>
    <message>
        <location filename="../../ui/inspections/new_dialog.py" line="63" />
        <source>Založit kontrolu</source>
        <translation>Start inspection</translation>
    </message>
    <message>
        <location filename="../../ui/intake/duplicate_dialog.py" line="33" />
        <source>Možná duplicita</source>
        <translation>Possible duplicate</translation>
    </message>
    <message>
        <location filename="../../ui/intake/duplicate_dialog.py" line="34" />
        <source>Tato osoba už je možná v evidenci. Použijte existující záznam – zůstanou u něj všechny dosavadní kontakty a případy. Novou osobu založte jen tehdy, jde-li opravdu o někoho jiného.</source>
        <translation>This person may already be registered. Use the existing record – it keeps all earlier contacts and cases. Create a new person only if it really is someone else.</translation>
    </message>
    <message>
        <location filename="../../ui/intake/duplicate_dialog.py" line="36" />
        <location filename="../../ui/intake/household_section.py" line="81" />
        <source>Použít existující</source>
        <translation>Use the existing one</translation>
    </message>
    <message>
        <location filename="../../ui/intake/duplicate_dialog.py" line="37" />
        <source>Zpět k příjmu</source>
        <translation>Back to the intake</translation>
    </message>
    <message>
        <location filename="../../ui/intake/duplicate_dialog.py" line="56" />
        <source>Založit novou osobu</source>
        <translation>Create a new person</translation>
    </message>
    <message>
        <location filename="../../ui/intake/duplicates_tab.py" line="58" />
        <source>Sloučit záznamy osoby</source>
        <translation>Merge a person's records</translation>
    </message>
    <message>
        <location filename="../../ui/intake/duplicates_tab.py" line="59" />
        <source>Vše z druhého záznamu (kontakty, případy, poznámky, členství v domácnosti …) přejde k ponechanému záznamu. Sloučení se zapíše do auditního záznamu.</source>
        <translation>Everything of the other record (contacts, cases, notes, household memberships …) moves to the record kept. The merge is written to the audit trail.</translation>
    </message>
    <message>
        <location filename="../../ui/intake/duplicates_tab.py" line="61" />
        <source>Sloučit</source>
        <translation>Merge</translation>
    </message>
    <message>
        <location filename="../../ui/intake/household_section.py" line="60" />
        <source>Člen domácnosti</source>
        <translation>Household member</translation>
    </message>
    <message>
        <location filename="../../ui/intake/household_section.py" line="60" />
        <source>Přidat</source>
        <translation>Add</translation>
    </message>
    <message>
        <location filename="../../ui/leases/arrears_tab.py" line="151" />
        <source>Import dluhů od správce bytů</source>
        <translation>Import of arrears from the housing manager</translation>
    </message>
    <message>
        <location filename="../../ui/leases/arrears_tab.py" line="152" />
        <source>Importovat</source>
        <translation>Import</translation>
    </message>
    <message>
        <location filename="../../ui/leases/form.py" line="243" />
        <source>Upravit smlouvu</source>
        <translation>Edit lease</translation>
    </message>
    <message>
        <location filename="../../ui/leases/form.py" line="244" />
        <source>Nová smlouva z přijaté nabídky</source>
        <translation>New lease from an accepted offer</translation>
    </message>
    <message>
        <location filename="../../ui/leases/form.py" line="244" />
        <source>Nová smlouva</source>
        <translation>New lease</translation>
    </message>
    <message>
        <location filename="../../ui/leases/form.py" line="245" />
        <source>Smlouva se uloží jako návrh s číslem z řady úřadu; platnou se stane podpisem.</source>
        <translation>The lease is saved as a draft with a number from the office's sequence; signing puts it in force.</translation>
    </message>
    <message>
        <location filename="../../ui/leases/form.py" line="246" />
        <source>Uložit smlouvu</source>
        <translation>Save lease</translation>
    </message>
    <message>
        <location filename="../../ui/login.py" line="93" />
        <source>Zapomenuté heslo</source>
        <translation>Forgotten password</translation>
    </message>
    <message>
        <location filename="../../ui/login.py" line="94" />
        <source>Nové heslo nastavíte klíčem pro obnovu – je na listu „Klíč pro obnovu“ v trezoru úřadu (skupiny písmen a číslic oddělené pomlčkou). Změna se zapíše do auditu.</source>
        <translation>Set a new password with the recovery key – it is on the “Recovery key” sheet in the office safe (groups of letters and digits separated by dashes). The change is recorded in the audit trail.</translation>
    </message>
    <message>
        <location filename="../../ui/login.py" line="96" />
        <source>Nastavit heslo a přihlásit</source>
        <translation>Set password and sign in</translation>
    </message>
    <message>
        <location filename="../../ui/login.py" line="133" />
        <source>První spuštění – heslo správce</source>
        <translation>First start – administrator password</translation>
    </message>
    <message>
        <location filename="../../ui/login.py" line="134" />
        <source>Aplikace obsahuje citlivé osobní údaje; databáze bude zašifrovaná. Zvolte heslo správce (alespoň 8 znaků); uživatelské účty pracovníků pak založíte v Nastavení → Uživatelé.</source>
        <translation>The application holds sensitive personal data; the database will be encrypted. Choose the administrator's password (at least 8 characters); create the staff accounts afterwards in Settings → Users.</translation>
    </message>
    <message>
        <location filename="../../ui/login.py" line="136" />
        <source>Založit databázi</source>
        <translation>Create database</translation>
    </message>
    <message>
        <location filename="../../ui/login.py" line="137" />
        <source>Konec</source>
        <translation>Quit</translation>
    </message>
    <message>
        <location filename="../../ui/login.py" line="170" />
        <source>Zamčeno</source>
        <translation>Locked</translation>
    </message>
    <message>
        <location filename="../../ui/login.py" line="170" />
        <source>Aplikace se po nečinnosti zamkla. Přihlášen(a): {0}</source>
        <translation>The application locked itself after inactivity. Signed in: {0}</translation>
    </message>
    <message>
        <location filename="../../ui/login.py" line="172" />
        <source>Odemknout</source>
        <translation>Unlock</translation>
    </message>
    <message>
        <location filename="../../ui/persons/form.py" line="143" />
        <source>Upravit osobu</source>
        <translation>Edit person</translation>
    </message>
    <message>
        <location filename="../../ui/persons/form.py" line="143" />
        <source>Nová osoba</source>
        <translation>New person</translation>
    </message>
</context>
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
    <name>AddressCompletion</name>
    <message>
        <location filename="../../ui/widgets/address.py" line="141" />
        <source>Ověřeno v RÚIAN: {0}{1}, kód adresního místa {2}</source>
        <translation>Verified in RÚIAN: {0}{1}, address point code {2}</translation>
    </message>
</context>
<context>
    <name>AdoptDialog</name>
    <message>
        <location filename="../../ui/allocation/rules_tab.py" line="417" />
        <source>Přijetí pravidel</source>
        <translation>Adopting the rules</translation>
    </message>
    <message>
        <location filename="../../ui/allocation/rules_tab.py" line="421" />
        <source>Návrh se stane platnými pravidly; dosavadní pravidla se archivují (zůstanou u dřívějších rozhodnutí).</source>
        <translation>The draft becomes the rules in force; the previous rules are archived (they stay with earlier decisions).</translation>
    </message>
    <message>
        <location filename="../../ui/allocation/rules_tab.py" line="423" />
        <source>Přijato dne *</source>
        <translation>Received on *</translation>
    </message>
    <message>
        <location filename="../../ui/allocation/rules_tab.py" line="425" />
        <source>Usnesení *</source>
        <translation>Resolution *</translation>
    </message>
    <message>
        <location filename="../../ui/allocation/rules_tab.py" line="426" />
        <source>např. usnesení RM č. 2026/123</source>
        <translation>e.g. council resolution no. 2026/123</translation>
    </message>
    <message>
        <location filename="../../ui/allocation/rules_tab.py" line="427" />
        <source>Přijmout</source>
        <translation>Adopt</translation>
    </message>
</context>
<context>
    <name>AnswerDialog</name>
    <message>
        <location filename="../../ui/flats/offer_dialogs.py" line="68" />
        <source>Domácnost nabídku přijala</source>
        <translation>The household accepted the offer</translation>
    </message>
    <message>
        <location filename="../../ui/flats/offer_dialogs.py" line="70" />
        <source>Domácnost nabídku odmítla</source>
        <translation>The household refused the offer</translation>
    </message>
    <message>
        <location filename="../../ui/flats/offer_dialogs.py" line="75" />
        <source>Nabídka z {0} domácnosti &lt;b&gt;{1}&lt;/b&gt;.</source>
        <translation>Offer of {0} to &lt;b&gt;{1}&lt;/b&gt;.</translation>
    </message>
    <message>
        <location filename="../../ui/flats/offer_dialogs.py" line="77" />
        <source>Odpověď dne</source>
        <translation>Answered on</translation>
    </message>
    <message>
        <location filename="../../ui/flats/offer_dialogs.py" line="80" />
        <source>Důvod odmítnutí *</source>
        <translation>Reason for refusal *</translation>
    </message>
    <message>
        <location filename="../../ui/flats/offer_dialogs.py" line="83" />
        <source>závažný důvod – do pravidla o odmítnutích se nepočítá</source>
        <translation>serious reason – does not count towards the refusal rule</translation>
    </message>
    <message>
        <location filename="../../ui/flats/offer_dialogs.py" line="84" />
        <source>Zapsat odmítnutí</source>
        <translation>Record refusal</translation>
    </message>
    <message>
        <location filename="../../ui/flats/offer_dialogs.py" line="86" />
        <source>Zapsat přijetí</source>
        <translation>Record acceptance</translation>
    </message>
</context>
<context>
    <name>ApplicationDetail</name>
    <message>
        <location filename="../../ui/allocation/page.py" line="215" />
        <source>Upravit…</source>
        <translation>Edit…</translation>
    </message>
    <message>
        <location filename="../../ui/allocation/page.py" line="216" />
        <source>Obnovit platnost</source>
        <translation>Renew</translation>
    </message>
    <message>
        <location filename="../../ui/allocation/page.py" line="218" />
        <source>Stáhnout / vyřadit…</source>
        <translation>Withdraw / exclude…</translation>
    </message>
    <message>
        <location filename="../../ui/allocation/page.py" line="243" />
        <source>Vyberte žádost</source>
        <translation>Choose a request</translation>
    </message>
    <message>
        <location filename="../../ui/allocation/page.py" line="244" />
        <source>Žádosti o obecní byt s údaji pro bodová pravidla.</source>
        <translation>Applications for a municipal flat with the facts the point rules need.</translation>
    </message>
    <message>
        <location filename="../../ui/allocation/page.py" line="261" />
        <source>{0} · žádá o byt: {1} · podána {2} · platná do {3}</source>
        <translation>{0} · asks for: {1} · filed {2} · valid until {3}</translation>
    </message>
    <message>
        <location filename="../../ui/allocation/page.py" line="271" />
        <source>ano</source>
        <translation>yes</translation>
    </message>
    <message>
        <location filename="../../ui/allocation/page.py" line="273" />
        <source>Žadatel</source>
        <translation>Applicant</translation>
    </message>
    <message>
        <location filename="../../ui/allocation/page.py" line="274" />
        <source>Členů domácnosti</source>
        <translation>Household members</translation>
    </message>
    <message>
        <location filename="../../ui/allocation/page.py" line="275" />
        <source>Nezaopatřené děti</source>
        <translation>Dependent children</translation>
    </message>
    <message>
        <location filename="../../ui/allocation/page.py" line="276" />
        <source>těhotenství</source>
        <translation>pregnancy</translation>
    </message>
    <message>
        <location filename="../../ui/allocation/page.py" line="277" />
        <source>Zdravotní postižení</source>
        <translation>Disability</translation>
    </message>
    <message>
        <location filename="../../ui/allocation/page.py" line="278" />
        <source>Bezbariérový byt</source>
        <translation>Barrier-free flat</translation>
    </message>
    <message>
        <location filename="../../ui/allocation/page.py" line="278" />
        <source>potřebuje</source>
        <translation>needs one</translation>
    </message>
    <message>
        <location filename="../../ui/allocation/page.py" line="279" />
        <source>Bytová situace</source>
        <translation>Housing situation</translation>
    </message>
    <message>
        <location filename="../../ui/allocation/page.py" line="280" />
        <source>Současné bydlení</source>
        <translation>Current housing</translation>
    </message>
    <message>
        <location filename="../../ui/allocation/page.py" line="282" />
        <source>dvě domácnosti v bytě</source>
        <translation>two households in the flat</translation>
    </message>
    <message>
        <location filename="../../ui/allocation/page.py" line="283" />
        <source>Pobyt ve městě</source>
        <translation>Residence in town</translation>
    </message>
    <message>
        <location filename="../../ui/allocation/page.py" line="283" />
        <source>{0} let</source>
        <translation>{0} years</translation>
    </message>
    <message>
        <location filename="../../ui/allocation/page.py" line="284" />
        <source>trvalý pobyt</source>
        <translation>permanent residence</translation>
    </message>
    <message>
        <location filename="../../ui/allocation/page.py" line="285" />
        <source>Příjem na osobu</source>
        <translation>Income per person</translation>
    </message>
    <message>
        <location filename="../../ui/allocation/page.py" line="286" />
        <source>Příjem domácnosti</source>
        <translation>Household income</translation>
    </message>
    <message>
        <location filename="../../ui/allocation/page.py" line="287" />
        <source>Dávky</source>
        <translation>Benefits</translation>
    </message>
    <message>
        <location filename="../../ui/allocation/page.py" line="288" />
        <source>Dluh vůči městu</source>
        <translation>Debt to the town</translation>
    </message>
    <message>
        <location filename="../../ui/allocation/page.py" line="290" />
        <source>splátkový kalendář</source>
        <translation>repayment plan</translation>
    </message>
    <message>
        <location filename="../../ui/allocation/page.py" line="291" />
        <source>Klíčová profese</source>
        <translation>Key profession</translation>
    </message>
    <message>
        <location filename="../../ui/allocation/page.py" line="292" />
        <source>Poznámka</source>
        <translation>Note</translation>
    </message>
    <message>
        <location filename="../../ui/allocation/page.py" line="297" />
        <source>Body podle platných pravidel: {0}</source>
        <translation>Points under the rules in force: {0}</translation>
    </message>
    <message>
        <location filename="../../ui/allocation/page.py" line="298" />
        <source>bez kritérií, která závisejí na konkrétním bytě</source>
        <translation>without criteria that depend on a particular flat</translation>
    </message>
    <message>
        <location filename="../../ui/allocation/page.py" line="308" />
        <source>Individuální posouzení: {0} bodů{1}. Odůvodnění: {2}</source>
        <translation>Individual assessment: {0} points{1}. Justification: {2}</translation>
    </message>
    <message>
        <location filename="../../ui/allocation/page.py" line="311" />
        <source> Zapsal(a): {0}.</source>
        <translation> Recorded by {0}.</translation>
    </message>
    <message>
        <location filename="../../ui/allocation/page.py" line="313" />
        <source>Vyřazena</source>
        <translation>Excluded</translation>
    </message>
    <message>
        <location filename="../../ui/allocation/page.py" line="313" />
        <source>K posouzení</source>
        <translation>For review</translation>
    </message>
    <message>
        <location filename="../../ui/allocation/page.py" line="314" />
        <source>Nabídky bytů</source>
        <translation>Flat offers</translation>
    </message>
    <message>
        <location filename="../../ui/allocation/page.py" line="314" />
        <source>Zatím žádná.</source>
        <translation>None yet.</translation>
    </message>
    <message>
        <location filename="../../ui/allocation/page.py" line="326" />
        <source>závažný důvod</source>
        <translation>serious reason</translation>
    </message>
    <message>
        <location filename="../../ui/allocation/page.py" line="338" />
        <source>Platnost obnovena do {0}.</source>
        <translation>Renewed until {0}.</translation>
    </message>
    <message>
        <location filename="../../ui/allocation/page.py" line="346" />
        <source>Žádost: {0}.</source>
        <translation>Application: {0}.</translation>
    </message>
</context>
<context>
    <name>ApplicationDialog</name>
    <message>
        <location filename="../../ui/allocation/form.py" line="37" />
        <location filename="../../ui/allocation/form.py" line="104" />
        <source>neuvedeno</source>
        <translation>not stated</translation>
    </message>
    <message>
        <location filename="../../ui/allocation/form.py" line="59" />
        <source>Hledat domácnost podle jména…</source>
        <translation>Search a household by name…</translation>
    </message>
    <message>
        <location filename="../../ui/allocation/form.py" line="80" />
        <source>podle pravidel</source>
        <translation>by the rules</translation>
    </message>
    <message>
        <location filename="../../ui/allocation/form.py" line="86" />
        <source>těhotenství</source>
        <translation>pregnancy</translation>
    </message>
    <message>
        <location filename="../../ui/allocation/form.py" line="88" />
        <source>zdravotní postižení v domácnosti</source>
        <translation>disability in the household</translation>
    </message>
    <message>
        <location filename="../../ui/allocation/form.py" line="90" />
        <source>potřebuje bezbariérový byt</source>
        <translation>needs a barrier-free flat</translation>
    </message>
    <message>
        <location filename="../../ui/allocation/form.py" line="94" />
        <source>bez bytové nouze / neuvedeno</source>
        <translation>no housing need / not given</translation>
    </message>
    <message>
        <location filename="../../ui/allocation/form.py" line="106" />
        <source>v bytě žijí dvě domácnosti</source>
        <translation>two households live in the flat</translation>
    </message>
    <message>
        <location filename="../../ui/allocation/form.py" line="110" />
        <source>trvalý pobyt ve městě</source>
        <translation>permanent residence in town</translation>
    </message>
    <message>
        <location filename="../../ui/allocation/form.py" line="115" />
        <source>pobírá dávky</source>
        <translation>receives benefits</translation>
    </message>
    <message>
        <location filename="../../ui/allocation/form.py" line="118" />
        <source>má splátkový kalendář</source>
        <translation>has a repayment plan</translation>
    </message>
    <message>
        <location filename="../../ui/allocation/form.py" line="132" />
        <source>Povinné při individuálních bodech: co a čím je doloženo.</source>
        <translation>Required with individual points: what, and what proves it.</translation>
    </message>
    <message>
        <location filename="../../ui/allocation/form.py" line="156" />
        <source>Žádost</source>
        <translation>Application</translation>
    </message>
    <message>
        <location filename="../../ui/allocation/form.py" line="157" />
        <source>Domácnost *</source>
        <translation>Household *</translation>
    </message>
    <message>
        <location filename="../../ui/allocation/form.py" line="158" />
        <source>Podána dne *</source>
        <translation>Filed on *</translation>
    </message>
    <message>
        <location filename="../../ui/allocation/form.py" line="159" />
        <source>Žádá o byt</source>
        <translation>Category asked for</translation>
    </message>
    <message>
        <location filename="../../ui/allocation/form.py" line="160" />
        <source>Platná do</source>
        <translation>Valid until</translation>
    </message>
    <message>
        <location filename="../../ui/allocation/form.py" line="162" />
        <source>Domácnost</source>
        <translation>Household</translation>
    </message>
    <message>
        <location filename="../../ui/allocation/form.py" line="163" />
        <source>Členů domácnosti</source>
        <translation>Household members</translation>
    </message>
    <message>
        <location filename="../../ui/allocation/form.py" line="164" />
        <source>Nezaopatřených dětí</source>
        <translation>Dependent children</translation>
    </message>
    <message>
        <location filename="../../ui/allocation/form.py" line="169" />
        <source>Současné bydlení</source>
        <translation>Current housing</translation>
    </message>
    <message>
        <location filename="../../ui/allocation/form.py" line="170" />
        <source>Bytová situace (ETHOS)</source>
        <translation>Housing situation (ETHOS)</translation>
    </message>
    <message>
        <location filename="../../ui/allocation/form.py" line="171" />
        <source>Obytná plocha</source>
        <translation>Living area</translation>
    </message>
    <message>
        <location filename="../../ui/allocation/form.py" line="172" />
        <source>Pokojů v bytě</source>
        <translation>Rooms in the flat</translation>
    </message>
    <message>
        <location filename="../../ui/allocation/form.py" line="174" />
        <source>Let pobytu ve městě</source>
        <translation>Years living in town</translation>
    </message>
    <message>
        <location filename="../../ui/allocation/form.py" line="177" />
        <source>Příjmy, dluhy, profese</source>
        <translation>Income, debts, profession</translation>
    </message>
    <message>
        <location filename="../../ui/allocation/form.py" line="178" />
        <source>Příjem na osobu</source>
        <translation>Income per person</translation>
    </message>
    <message>
        <location filename="../../ui/allocation/form.py" line="179" />
        <source>Příjem domácnosti</source>
        <translation>Household income</translation>
    </message>
    <message>
        <location filename="../../ui/allocation/form.py" line="181" />
        <source>Dluh vůči městu</source>
        <translation>Debt to the town</translation>
    </message>
    <message>
        <location filename="../../ui/allocation/form.py" line="183" />
        <source>Klíčová profese</source>
        <translation>Key profession</translation>
    </message>
    <message>
        <location filename="../../ui/allocation/form.py" line="185" />
        <source>nejvýše ±{0} bodů podle pravidel „{1}“</source>
        <translation>at most ±{0} points by the rules “{1}”</translation>
    </message>
    <message>
        <location filename="../../ui/allocation/form.py" line="186" />
        <source>platná pravidla individuální body nepřipouštějí</source>
        <translation>the current rules allow no individual points</translation>
    </message>
    <message>
        <location filename="../../ui/allocation/form.py" line="187" />
        <source>Individuální posouzení</source>
        <translation>Individual assessment</translation>
    </message>
    <message>
        <location filename="../../ui/allocation/form.py" line="188" />
        <source>Body ({0})</source>
        <translation>Points ({0})</translation>
    </message>
    <message>
        <location filename="../../ui/allocation/form.py" line="189" />
        <source>Písemné odůvodnění</source>
        <translation>Written justification</translation>
    </message>
    <message>
        <location filename="../../ui/allocation/form.py" line="191" />
        <source>Poznámka</source>
        <translation>Note</translation>
    </message>
    <message>
        <location filename="../../ui/allocation/form.py" line="212" />
        <source>— vyberte domácnost —</source>
        <translation>— select a household —</translation>
    </message>
    <message>
        <location filename="../../ui/allocation/form.py" line="214" />
        <source>{0} ({1}, {2} čl.) – {3}</source>
        <translation>{0} ({1}, {2} members) – {3}</translation>
    </message>
    <message>
        <location filename="../../ui/allocation/form.py" line="250" />
        <source>Plochu zadejte číslem, např. 38,5.</source>
        <translation>Enter the area as a number, e.g. 38.5.</translation>
    </message>
</context>
<context>
    <name>ApplicationsPage</name>
    <message>
        <location filename="../../ui/allocation/page.py" line="33" />
        <source>Žádost</source>
        <translation>Application</translation>
    </message>
    <message>
        <location filename="../../ui/allocation/page.py" line="34" />
        <source>Domácnost</source>
        <translation>Household</translation>
    </message>
    <message>
        <location filename="../../ui/allocation/page.py" line="35" />
        <location filename="../../ui/allocation/page.py" line="113" />
        <source>Žádá o byt</source>
        <translation>Category asked for</translation>
    </message>
    <message>
        <location filename="../../ui/allocation/page.py" line="37" />
        <source>Podána</source>
        <translation>Filed</translation>
    </message>
    <message>
        <location filename="../../ui/allocation/page.py" line="39" />
        <source>Platná do</source>
        <translation>Valid until</translation>
    </message>
    <message>
        <location filename="../../ui/allocation/page.py" line="41" />
        <location filename="../../ui/allocation/page.py" line="110" />
        <source>Stav</source>
        <translation>State</translation>
    </message>
    <message>
        <location filename="../../ui/allocation/page.py" line="42" />
        <source>Osob</source>
        <translation>Persons</translation>
    </message>
    <message>
        <location filename="../../ui/allocation/page.py" line="43" />
        <source>ETHOS</source>
        <translation>ETHOS</translation>
    </message>
    <message>
        <location filename="../../ui/allocation/page.py" line="45" />
        <source>Body</source>
        <translation>Points</translation>
    </message>
    <message>
        <location filename="../../ui/allocation/page.py" line="47" />
        <source>Odmítnutí</source>
        <translation>Refusals</translation>
    </message>
    <message>
        <location filename="../../ui/allocation/page.py" line="73" />
        <source>Žádosti o byt</source>
        <translation>Flat applications</translation>
    </message>
    <message>
        <location filename="../../ui/allocation/page.py" line="76" />
        <source>Hledat domácnost, žadatele nebo číslo žádosti…</source>
        <translation>Search a household, applicant or application number…</translation>
    </message>
    <message>
        <location filename="../../ui/allocation/page.py" line="79" />
        <source>Všechny stavy</source>
        <translation>All states</translation>
    </message>
    <message>
        <location filename="../../ui/allocation/page.py" line="84" />
        <source>Všechny kategorie</source>
        <translation>All categories</translation>
    </message>
    <message>
        <location filename="../../ui/allocation/page.py" line="90" />
        <source>Nová žádost…</source>
        <translation>New request…</translation>
    </message>
    <message>
        <location filename="../../ui/allocation/page.py" line="157" />
        <source>Žádostí: {0}</source>
        <translation>Applications: {0}</translation>
    </message>
</context>
<context>
    <name>ArrearsImportDialog</name>
    <message>
        <location filename="../../ui/leases/arrears_tab.py" line="46" />
        <source>Číslo smlouvy</source>
        <translation>Lease number</translation>
    </message>
    <message>
        <location filename="../../ui/leases/arrears_tab.py" line="47" />
        <source>Dluh (Kč)</source>
        <translation>Arrears (CZK)</translation>
    </message>
    <message>
        <location filename="../../ui/leases/arrears_tab.py" line="48" />
        <source>Období (měsíc)</source>
        <translation>Period (month)</translation>
    </message>
    <message>
        <location filename="../../ui/leases/arrears_tab.py" line="157" />
        <source>Soubor není vybrán.</source>
        <translation>No file chosen.</translation>
    </message>
    <message>
        <location filename="../../ui/leases/arrears_tab.py" line="169" />
        <source>Soubor</source>
        <translation>File</translation>
    </message>
    <message>
        <location filename="../../ui/leases/arrears_tab.py" line="176" />
        <source>Sloupec „{0}“</source>
        <translation>Column “{0}”</translation>
    </message>
    <message>
        <location filename="../../ui/leases/arrears_tab.py" line="177" />
        <source>Měsíc, není-li v souboru</source>
        <translation>Month, if not in the file</translation>
    </message>
    <message>
        <location filename="../../ui/leases/arrears_tab.py" line="189" />
        <source>Řádky k importu</source>
        <translation>Rows to import</translation>
    </message>
    <message>
        <location filename="../../ui/leases/arrears_tab.py" line="191" />
        <source>Chybné řádky</source>
        <translation>Bad rows</translation>
    </message>
    <message>
        <location filename="../../ui/leases/arrears_tab.py" line="222" />
        <source>(nevybráno)</source>
        <translation>(not chosen)</translation>
    </message>
    <message>
        <location filename="../../ui/leases/arrears_tab.py" line="250" />
        <source>Řádků k importu: {0} · chybných: {1}</source>
        <translation>Rows to import: {0} · bad: {1}</translation>
    </message>
    <message>
        <location filename="../../ui/leases/arrears_tab.py" line="252" />
        <source> – opravte soubor, nebo chybné řádky výslovně přeskočte.</source>
        <translation> – fix the file or skip the bad rows explicitly.</translation>
    </message>
    <message>
        <location filename="../../ui/leases/arrears_tab.py" line="254" />
        <source>Přeskočit chybné řádky ({0}) a importovat ostatní</source>
        <translation>Skip the bad rows ({0}) and import the rest</translation>
    </message>
    <message>
        <location filename="../../ui/leases/arrears_tab.py" line="276" />
        <source>Importuji dluhy…</source>
        <translation>Importing arrears…</translation>
    </message>
    <message>
        <location filename="../../ui/leases/arrears_tab.py" line="289" />
        <source>Import byl zrušen; nic se neuložilo.</source>
        <translation>The import was cancelled; nothing was saved.</translation>
    </message>
</context>
<context>
    <name>ArrearsTab</name>
    <message>
        <location filename="../../ui/leases/arrears_tab.py" line="37" />
        <location filename="../../ui/leases/arrears_tab.py" line="53" />
        <source>Smlouva</source>
        <translation>Lease</translation>
    </message>
    <message>
        <location filename="../../ui/leases/arrears_tab.py" line="38" />
        <source>Nájemce</source>
        <translation>Tenant</translation>
    </message>
    <message>
        <location filename="../../ui/leases/arrears_tab.py" line="39" />
        <source>Byt</source>
        <translation>Flat</translation>
    </message>
    <message>
        <location filename="../../ui/leases/arrears_tab.py" line="40" />
        <source>Předchozí měsíc</source>
        <translation>Previous month</translation>
    </message>
    <message>
        <location filename="../../ui/leases/arrears_tab.py" line="42" />
        <location filename="../../ui/leases/arrears_tab.py" line="55" />
        <source>Dluh</source>
        <translation>Arrears</translation>
    </message>
    <message>
        <location filename="../../ui/leases/arrears_tab.py" line="51" />
        <source>Řádek</source>
        <translation>Line</translation>
    </message>
    <message>
        <location filename="../../ui/leases/arrears_tab.py" line="54" />
        <source>Měsíc</source>
        <translation>Month</translation>
    </message>
    <message>
        <location filename="../../ui/leases/arrears_tab.py" line="70" />
        <source>Hledat smlouvu, nájemce, adresu…</source>
        <translation>Search lease, tenant, address…</translation>
    </message>
    <message>
        <location filename="../../ui/leases/arrears_tab.py" line="72" />
        <source>jen s dluhem</source>
        <translation>only with arrears</translation>
    </message>
    <message>
        <location filename="../../ui/leases/arrears_tab.py" line="74" />
        <source>Zadat dluh…</source>
        <translation>Enter arrears…</translation>
    </message>
    <message>
        <location filename="../../ui/leases/arrears_tab.py" line="75" />
        <source>Import od správce…</source>
        <translation>Import from the manager…</translation>
    </message>
    <message>
        <location filename="../../ui/leases/arrears_tab.py" line="86" />
        <source>Stav ke konci měsíce</source>
        <translation>Balance at the end of</translation>
    </message>
    <message>
        <location filename="../../ui/leases/arrears_tab.py" line="121" />
        <source>Smluv: {0} · s dluhem: {1} · dluh celkem {2}</source>
        <translation>Leases: {0} · with arrears: {1} · arrears in total {2}</translation>
    </message>
    <message>
        <location filename="../../ui/leases/arrears_tab.py" line="136" />
        <source>Soubor od správce bytů</source>
        <translation>File from the housing manager</translation>
    </message>
    <message>
        <location filename="../../ui/leases/arrears_tab.py" line="137" />
        <source>Tabulky (*.csv *.xlsx);;Všechny soubory (*)</source>
        <translation>Spreadsheets (*.csv *.xlsx);;All files (*)</translation>
    </message>
</context>
<context>
    <name>AssessmentEditor</name>
    <message>
        <location filename="../../ui/assessments/editor.py" line="33" />
        <source>← Seznam šetření</source>
        <translation>← Assessments</translation>
    </message>
    <message>
        <location filename="../../ui/assessments/editor.py" line="38" />
        <source>Tisk…</source>
        <translation>Print…</translation>
    </message>
    <message>
        <location filename="../../ui/assessments/editor.py" line="40" />
        <location filename="../../ui/assessments/editor.py" line="131" />
        <source>Uzavřít záznam</source>
        <translation>Close record</translation>
    </message>
    <message>
        <location filename="../../ui/assessments/editor.py" line="43" />
        <source>Opravit (nová verze)</source>
        <translation>Amend (new version)</translation>
    </message>
    <message>
        <location filename="../../ui/assessments/editor.py" line="45" />
        <source>Zahodit koncept</source>
        <translation>Discard draft</translation>
    </message>
    <message>
        <location filename="../../ui/assessments/editor.py" line="54" />
        <source>Šetření nelze otevřít</source>
        <translation>The assessment cannot be opened</translation>
    </message>
    <message>
        <location filename="../../ui/assessments/editor.py" line="71" />
        <source>Sociální šetření – {0}</source>
        <translation>Social assessment – {0}</translation>
    </message>
    <message>
        <location filename="../../ui/assessments/editor.py" line="74" />
        <source>verze {0}</source>
        <translation>version {0}</translation>
    </message>
    <message>
        <location filename="../../ui/assessments/editor.py" line="80" />
        <source>Verze {0} – {1}</source>
        <translation>Version {0} – {1}</translation>
    </message>
    <message>
        <location filename="../../ui/assessments/editor.py" line="93" />
        <source>Záznam je uzavřený ({0}, {1}) a nelze ho měnit.</source>
        <translation>The record is closed ({0}, {1}) and cannot be changed.</translation>
    </message>
    <message>
        <location filename="../../ui/assessments/editor.py" line="96" />
        <source>Byl opraven novější verzí – vyberte ji vpravo nahoře.</source>
        <translation>It was amended by a newer version – pick it at the top right.</translation>
    </message>
    <message>
        <location filename="../../ui/assessments/editor.py" line="98" />
        <source>Změnu zapíšete tlačítkem „Opravit“ jako novou verzi; tato verze zůstane beze změny.</source>
        <translation>Record a change with “Amend” as a new version; this version stays unchanged.</translation>
    </message>
    <message>
        <location filename="../../ui/assessments/editor.py" line="102" />
        <source>Jen ke čtení</source>
        <translation>Read only</translation>
    </message>
    <message>
        <location filename="../../ui/assessments/editor.py" line="105" />
        <source>Koncept se ukládá sám. Naposledy uloženo {0}.</source>
        <translation>The draft saves itself. Last saved {0}.</translation>
    </message>
    <message>
        <location filename="../../ui/assessments/editor.py" line="117" />
        <location filename="../../ui/assessments/editor.py" line="121" />
        <source>Neuloženo: {0}</source>
        <translation>Not saved: {0}</translation>
    </message>
    <message>
        <location filename="../../ui/assessments/editor.py" line="132" />
        <source>Po uzavření už záznam nepůjde měnit – jen opravit novou verzí. Dohodnuté kroky se stanou úkoly.

Uzavřít záznam?</source>
        <translation>Once closed, the record cannot be changed – only amended by a new version. The agreed steps become tasks.

Close the record?</translation>
    </message>
    <message>
        <location filename="../../ui/assessments/editor.py" line="134" />
        <source>Záznam nelze uzavřít</source>
        <translation>The record cannot be closed</translation>
    </message>
    <message>
        <location filename="../../ui/assessments/editor.py" line="138" />
        <source>Záznam je uzavřený. Vytvořeno úkolů: {0}.</source>
        <translation>The record is closed. Tasks created: {0}.</translation>
    </message>
    <message>
        <location filename="../../ui/assessments/editor.py" line="145" />
        <source>Opravu nelze založit</source>
        <translation>The amendment cannot be started</translation>
    </message>
    <message>
        <location filename="../../ui/assessments/editor.py" line="152" />
        <source>Zahodit rozpracovaný záznam? Tuto akci nelze vrátit.</source>
        <translation>Discard the draft record? This cannot be undone.</translation>
    </message>
    <message>
        <location filename="../../ui/assessments/editor.py" line="163" />
        <source>Tisk se nepodařil</source>
        <translation>Printing failed</translation>
    </message>
    <message>
        <location filename="../../ui/assessments/editor.py" line="158" />
        <source>Záznam ze sociálního šetření</source>
        <translation>Social assessment record</translation>
    </message>
</context>
<context>
    <name>AssessmentForm</name>
    <message>
        <location filename="../../ui/assessments/form.py" line="81" />
        <source>Souhlas a prohlášení klienta</source>
        <translation>Consent and client's declaration</translation>
    </message>
    <message>
        <location filename="../../ui/assessments/form.py" line="83" />
        <source>Klient(ka) souhlasí se zpracováním osobních údajů pro účely sociální práce</source>
        <translation>The client consents to the processing of personal data for social work</translation>
    </message>
    <message>
        <location filename="../../ui/assessments/form.py" line="87" />
        <source>Souhlas udělen dne</source>
        <translation>Consent given on</translation>
    </message>
    <message>
        <location filename="../../ui/assessments/form.py" line="88" />
        <source>Prohlášení klienta</source>
        <translation>Client's declaration</translation>
    </message>
    <message>
        <location filename="../../ui/assessments/form.py" line="91" />
        <source>Návštěva</source>
        <translation>Visit</translation>
    </message>
    <message>
        <location filename="../../ui/assessments/form.py" line="94" />
        <source>např. v místě pobytu klienta, na ubytovně</source>
        <translation>e.g. where the client lives, at a hostel</translation>
    </message>
    <message>
        <location filename="../../ui/assessments/form.py" line="97" />
        <source>Datum návštěvy *</source>
        <translation>Visit date *</translation>
    </message>
    <message>
        <location filename="../../ui/assessments/form.py" line="98" />
        <source>Místo</source>
        <translation>Place</translation>
    </message>
    <message>
        <location filename="../../ui/assessments/form.py" line="99" />
        <source>Přítomné osoby</source>
        <translation>Persons present</translation>
    </message>
    <message>
        <location filename="../../ui/assessments/form.py" line="100" />
        <source>Šetření provádí</source>
        <translation>Assessment by</translation>
    </message>
    <message>
        <location filename="../../ui/assessments/form.py" line="103" />
        <source>Domácnost a vztahy</source>
        <translation>Household and relations</translation>
    </message>
    <message>
        <location filename="../../ui/assessments/form.py" line="108" />
        <source>Členové</source>
        <translation>Members</translation>
    </message>
    <message>
        <location filename="../../ui/assessments/form.py" line="109" />
        <source>Vztahy a fungování domácnosti</source>
        <translation>Relations and how the household works</translation>
    </message>
    <message>
        <location filename="../../ui/assessments/form.py" line="113" />
        <source>Bydlení</source>
        <translation>Housing</translation>
    </message>
    <message>
        <location filename="../../ui/assessments/form.py" line="115" />
        <source>neurčeno</source>
        <translation>not determined</translation>
    </message>
    <message>
        <location filename="../../ui/assessments/form.py" line="120" />
        <source>Kategorie ETHOS</source>
        <translation>ETHOS categories</translation>
    </message>
    <message>
        <location filename="../../ui/assessments/form.py" line="121" />
        <source>Bytová situace</source>
        <translation>Housing situation</translation>
    </message>
    <message>
        <location filename="../../ui/assessments/form.py" line="122" />
        <source>Stav a vybavení bydlení</source>
        <translation>Condition and equipment of the home</translation>
    </message>
    <message>
        <location filename="../../ui/assessments/form.py" line="126" />
        <source>Příjmy a dávky</source>
        <translation>Income and benefits</translation>
    </message>
    <message>
        <location filename="../../ui/assessments/form.py" line="128" />
        <location filename="../../ui/assessments/form.py" line="188" />
        <source>Kdo</source>
        <translation>Who</translation>
    </message>
    <message>
        <location filename="../../ui/assessments/form.py" line="129" />
        <source>Druh příjmu</source>
        <translation>Kind of income</translation>
    </message>
    <message>
        <location filename="../../ui/assessments/form.py" line="130" />
        <source>{0} (do 30. 9. 2025)</source>
        <translation>{0} (until 30 Sep 2025)</translation>
    </message>
    <message>
        <location filename="../../ui/assessments/form.py" line="132" />
        <source>Měsíčně (Kč)</source>
        <translation>Monthly (CZK)</translation>
    </message>
    <message>
        <location filename="../../ui/assessments/form.py" line="133" />
        <location filename="../../ui/assessments/form.py" line="148" />
        <source>Poznámka</source>
        <translation>Note</translation>
    </message>
    <message>
        <location filename="../../ui/assessments/form.py" line="136" />
        <source>Přidat příjem</source>
        <translation>Add income</translation>
    </message>
    <message>
        <location filename="../../ui/assessments/form.py" line="138" />
        <source>Poznámka k příjmům</source>
        <translation>Note on income</translation>
    </message>
    <message>
        <location filename="../../ui/assessments/form.py" line="141" />
        <source>Dluhy a exekuce</source>
        <translation>Debts and enforcement</translation>
    </message>
    <message>
        <location filename="../../ui/assessments/form.py" line="143" />
        <source>Věřitel</source>
        <translation>Creditor</translation>
    </message>
    <message>
        <location filename="../../ui/assessments/form.py" line="144" />
        <source>Výše (Kč)</source>
        <translation>Amount (CZK)</translation>
    </message>
    <message>
        <location filename="../../ui/assessments/form.py" line="145" />
        <source>Exekuce</source>
        <translation>Enforcement</translation>
    </message>
    <message>
        <location filename="../../ui/assessments/form.py" line="146" />
        <source>Insolvence</source>
        <translation>Insolvency</translation>
    </message>
    <message>
        <location filename="../../ui/assessments/form.py" line="147" />
        <source>Splátky</source>
        <translation>Repayments</translation>
    </message>
    <message>
        <location filename="../../ui/assessments/form.py" line="151" />
        <source>Přidat dluh</source>
        <translation>Add debt</translation>
    </message>
    <message>
        <location filename="../../ui/assessments/form.py" line="153" />
        <source>Poznámka k dluhům</source>
        <translation>Note on debts</translation>
    </message>
    <message>
        <location filename="../../ui/assessments/form.py" line="156" />
        <source>Zdraví a zdravotní postižení</source>
        <translation>Health and disability</translation>
    </message>
    <message>
        <location filename="../../ui/assessments/form.py" line="163" />
        <source>Zdravotní stav</source>
        <translation>Health</translation>
    </message>
    <message>
        <location filename="../../ui/assessments/form.py" line="164" />
        <source>Zdravotní postižení, příspěvek na péči</source>
        <translation>Disability, care allowance</translation>
    </message>
    <message>
        <location filename="../../ui/assessments/form.py" line="169" />
        <source>Rizika a potřeby</source>
        <translation>Risks and needs</translation>
    </message>
    <message>
        <location filename="../../ui/assessments/form.py" line="172" />
        <source>Rizika</source>
        <translation>Risks</translation>
    </message>
    <message>
        <location filename="../../ui/assessments/form.py" line="173" />
        <source>Potřeby</source>
        <translation>Needs</translation>
    </message>
    <message>
        <location filename="../../ui/assessments/form.py" line="176" />
        <source>Závěr a doporučení</source>
        <translation>Conclusion and recommendation</translation>
    </message>
    <message>
        <location filename="../../ui/assessments/form.py" line="179" />
        <source>Závěr pracovníka *</source>
        <translation>Worker's conclusion *</translation>
    </message>
    <message>
        <location filename="../../ui/assessments/form.py" line="180" />
        <source>Doporučení</source>
        <translation>Recommendation</translation>
    </message>
    <message>
        <location filename="../../ui/assessments/form.py" line="183" />
        <source>Dohodnuté další kroky</source>
        <translation>Agreed next steps</translation>
    </message>
    <message>
        <location filename="../../ui/assessments/form.py" line="184" />
        <source>Při uzavření záznamu se z každého kroku stane úkol.</source>
        <translation>When the record is closed, every step becomes a task.</translation>
    </message>
    <message>
        <location filename="../../ui/assessments/form.py" line="187" />
        <source>Co se udělá</source>
        <translation>What will be done</translation>
    </message>
    <message>
        <location filename="../../ui/assessments/form.py" line="189" />
        <source>Termín</source>
        <translation>Due</translation>
    </message>
    <message>
        <location filename="../../ui/assessments/form.py" line="189" />
        <source>d. m. rrrr</source>
        <translation>d. m. yyyy</translation>
    </message>
    <message>
        <location filename="../../ui/assessments/form.py" line="190" />
        <source>Úkol</source>
        <translation>Task</translation>
    </message>
    <message>
        <location filename="../../ui/assessments/form.py" line="192" />
        <source>Přidat krok</source>
        <translation>Add step</translation>
    </message>
    <message>
        <location filename="../../ui/assessments/form.py" line="258" />
        <source>Odebrat řádek</source>
        <translation>Remove the row</translation>
    </message>
    <message>
        <location filename="../../ui/assessments/form.py" line="309" />
        <source>Osoba není členem žádné domácnosti.</source>
        <translation>The person is not a member of any household.</translation>
    </message>
    <message>
        <location filename="../../ui/assessments/form.py" line="319" />
        <source>domácnost</source>
        <translation>household</translation>
    </message>
    <message>
        <location filename="../../ui/assessments/form.py" line="329" />
        <source>vytvořen</source>
        <translation>created</translation>
    </message>
    <message>
        <location filename="../../ui/assessments/form.py" line="342" />
        <source>Zvláštní kategorie osobních údajů: vidí je jen sociální pracovníci.</source>
        <translation>Special-category personal data: only social workers see them.</translation>
    </message>
    <message>
        <location filename="../../ui/assessments/form.py" line="344" />
        <source>Údaje o zdraví vidí jen sociální pracovníci; vaše role k nim nemá přístup.</source>
        <translation>Only social workers see health data; your role has no access to them.</translation>
    </message>
    <message>
        <location filename="../../ui/assessments/form.py" line="449" />
        <source>Celkem měsíčně: {0}</source>
        <translation>Total monthly: {0}</translation>
    </message>
    <message>
        <location filename="../../ui/assessments/form.py" line="451" />
        <source>Dluhy celkem: {0}</source>
        <translation>Debts in total: {0}</translation>
    </message>
</context>
<context>
    <name>AssessmentsPage</name>
    <message>
        <location filename="../../ui/assessments/page.py" line="24" />
        <source>Klient(ka)</source>
        <translation>Client</translation>
    </message>
    <message>
        <location filename="../../ui/assessments/page.py" line="25" />
        <source>Domácnost</source>
        <translation>Household</translation>
    </message>
    <message>
        <location filename="../../ui/assessments/page.py" line="26" />
        <source>Návštěva</source>
        <translation>Visit</translation>
    </message>
    <message>
        <location filename="../../ui/assessments/page.py" line="28" />
        <source>Stav</source>
        <translation>State</translation>
    </message>
    <message>
        <location filename="../../ui/assessments/page.py" line="29" />
        <source>Verze</source>
        <translation>Version</translation>
    </message>
    <message>
        <location filename="../../ui/assessments/page.py" line="31" />
        <source>Pracovník</source>
        <translation>Worker</translation>
    </message>
    <message>
        <location filename="../../ui/assessments/page.py" line="51" />
        <source>Sociální šetření</source>
        <translation>Social assessments</translation>
    </message>
    <message>
        <location filename="../../ui/assessments/page.py" line="52" />
        <source>Hledat klienta nebo domácnost…</source>
        <translation>Search client or household…</translation>
    </message>
    <message>
        <location filename="../../ui/assessments/page.py" line="47" />
        <source>Všechna šetření</source>
        <translation>All assessments</translation>
    </message>
    <message>
        <location filename="../../ui/assessments/page.py" line="48" />
        <source>Rozpracovaná</source>
        <translation>Drafts</translation>
    </message>
    <message>
        <location filename="../../ui/assessments/page.py" line="49" />
        <source>Uzavřená</source>
        <translation>Closed</translation>
    </message>
    <message>
        <location filename="../../ui/assessments/page.py" line="55" />
        <source>Nové šetření</source>
        <translation>New assessment</translation>
    </message>
    <message>
        <location filename="../../ui/assessments/page.py" line="72" />
        <source>Šetření: {0} · rozpracovaných: {1}</source>
        <translation>Assessments: {0} · drafts: {1}</translation>
    </message>
    <message>
        <location filename="../../ui/assessments/page.py" line="82" />
        <source>Šetření nelze založit</source>
        <translation>The assessment cannot be started</translation>
    </message>
</context>
<context>
    <name>AssignDialog</name>
    <message>
        <location filename="../../ui/cases/dialogs.py" line="62" />
        <source>Předat případ</source>
        <translation>Hand the case over</translation>
    </message>
    <message>
        <location filename="../../ui/cases/dialogs.py" line="62" />
        <source>Předat</source>
        <translation>Hand over</translation>
    </message>
    <message>
        <location filename="../../ui/cases/dialogs.py" line="65" />
        <source>Pracovník</source>
        <translation>Worker</translation>
    </message>
</context>
<context>
    <name>AuditTab</name>
    <message>
        <location filename="../../ui/privacy/audit_tab.py" line="20" />
        <source>Č.</source>
        <translation>No.</translation>
    </message>
    <message>
        <location filename="../../ui/privacy/audit_tab.py" line="21" />
        <source>Kdy</source>
        <translation>When</translation>
    </message>
    <message>
        <location filename="../../ui/privacy/audit_tab.py" line="22" />
        <source>Kdo</source>
        <translation>Who</translation>
    </message>
    <message>
        <location filename="../../ui/privacy/audit_tab.py" line="23" />
        <location filename="../../ui/privacy/audit_tab.py" line="62" />
        <source>Akce</source>
        <translation>Action</translation>
    </message>
    <message>
        <location filename="../../ui/privacy/audit_tab.py" line="24" />
        <source>Záznam</source>
        <translation>Record</translation>
    </message>
    <message>
        <location filename="../../ui/privacy/audit_tab.py" line="25" />
        <source>ID</source>
        <translation>ID</translation>
    </message>
    <message>
        <location filename="../../ui/privacy/audit_tab.py" line="26" />
        <source>Podrobnosti</source>
        <translation>Details</translation>
    </message>
    <message>
        <location filename="../../ui/privacy/audit_tab.py" line="35" />
        <source>ID osoby nebo záznamu</source>
        <translation>person or record ID</translation>
    </message>
    <message>
        <location filename="../../ui/privacy/audit_tab.py" line="37" />
        <source>jméno uživatele</source>
        <translation>user name</translation>
    </message>
    <message>
        <location filename="../../ui/privacy/audit_tab.py" line="39" />
        <source>všechny akce</source>
        <translation>all actions</translation>
    </message>
    <message>
        <location filename="../../ui/privacy/audit_tab.py" line="46" />
        <source>Hledat</source>
        <translation>Search</translation>
    </message>
    <message>
        <location filename="../../ui/privacy/audit_tab.py" line="47" />
        <source>Ověřit neporušenost</source>
        <translation>Verify integrity</translation>
    </message>
    <message>
        <location filename="../../ui/privacy/audit_tab.py" line="48" />
        <source>Exportovat…</source>
        <translation>Export…</translation>
    </message>
    <message>
        <location filename="../../ui/privacy/audit_tab.py" line="60" />
        <source>Osoba</source>
        <translation>Person</translation>
    </message>
    <message>
        <location filename="../../ui/privacy/audit_tab.py" line="61" />
        <source>Uživatel</source>
        <translation>User</translation>
    </message>
    <message>
        <location filename="../../ui/privacy/audit_tab.py" line="67" />
        <source>Období</source>
        <translation>Period</translation>
    </message>
    <message>
        <location filename="../../ui/privacy/audit_tab.py" line="97" />
        <source>Nalezeno {0} událostí.</source>
        <translation>{0} events found.</translation>
    </message>
    <message>
        <location filename="../../ui/privacy/audit_tab.py" line="102" />
        <source>Auditní záznam je porušený: {0}</source>
        <translation>The audit trail is broken: {0}</translation>
    </message>
    <message>
        <location filename="../../ui/privacy/audit_tab.py" line="105" />
        <source>Auditní záznam je neporušený.</source>
        <translation>The audit trail is intact.</translation>
    </message>
    <message>
        <location filename="../../ui/privacy/audit_tab.py" line="115" />
        <source>Export auditního záznamu</source>
        <translation>Export the audit trail</translation>
    </message>
    <message>
        <location filename="../../ui/privacy/audit_tab.py" line="116" />
        <source>Sešit Excel (*.xlsx);;CSV pro Excel (*.csv)</source>
        <translation>Excel workbook (*.xlsx);;CSV for Excel (*.csv)</translation>
    </message>
    <message>
        <location filename="../../ui/privacy/audit_tab.py" line="128" />
        <source>Uloženo: {0}</source>
        <translation>Saved: {0}</translation>
    </message>
</context>
<context>
    <name>Autosaver</name>
    <message>
        <location filename="../../ui/widgets/autosave.py" line="56" />
        <source>Neuložené změny</source>
        <translation>Unsaved changes</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/autosave.py" line="57" />
        <source>Změny nelze uložit: {0}

Odejít bez uložení?</source>
        <translation>The changes cannot be saved: {0}

Leave without saving?</translation>
    </message>
</context>
<context>
    <name>BalanceDialog</name>
    <message>
        <location filename="../../ui/leases/dialogs.py" line="79" />
        <source>Stav dluhu na nájemném</source>
        <translation>Rent arrears balance</translation>
    </message>
    <message>
        <location filename="../../ui/leases/dialogs.py" line="80" />
        <source>Dluh ke konci měsíce podle správce bytů. Je-li vyšší než práh, dostane sociální pracovník domácnosti úkol (prevence ztráty bydlení).</source>
        <translation>Arrears at the end of the month as reported by the housing manager. Above the threshold, the household's social worker gets a task (eviction prevention).</translation>
    </message>
    <message>
        <location filename="../../ui/leases/dialogs.py" line="90" />
        <source>Smlouva *</source>
        <translation>Lease *</translation>
    </message>
    <message>
        <location filename="../../ui/leases/dialogs.py" line="96" />
        <source>Měsíc *</source>
        <translation>Month *</translation>
    </message>
    <message>
        <location filename="../../ui/leases/dialogs.py" line="97" />
        <source>Dluh *</source>
        <translation>Arrears *</translation>
    </message>
    <message>
        <location filename="../../ui/leases/dialogs.py" line="98" />
        <source>Poznámka</source>
        <translation>Note</translation>
    </message>
    <message>
        <location filename="../../ui/leases/dialogs.py" line="104" />
        <source>Vyberte smlouvu.</source>
        <translation>Choose a lease.</translation>
    </message>
</context>
<context>
    <name>BudgetDialog</name>
    <message>
        <location filename="../../ui/fund/dialogs.py" line="183" />
        <source>Rozpočet krizového fondu</source>
        <translation>Crisis fund budget</translation>
    </message>
    <message>
        <location filename="../../ui/fund/dialogs.py" line="184" />
        <source>Roční rozpočet fondu podle usnesení rady nebo zastupitelstva.</source>
        <translation>The fund's yearly budget as resolved by the council.</translation>
    </message>
    <message>
        <location filename="../../ui/fund/dialogs.py" line="189" />
        <source>Rok *</source>
        <translation>Year *</translation>
    </message>
    <message>
        <location filename="../../ui/fund/dialogs.py" line="190" />
        <source>Rozpočet *</source>
        <translation>Budget *</translation>
    </message>
    <message>
        <location filename="../../ui/fund/dialogs.py" line="192" />
        <source>Poznámka</source>
        <translation>Note</translation>
    </message>
</context>
<context>
    <name>BuildingDialog</name>
    <message>
        <location filename="../../ui/flats/edit.py" line="139" />
        <source>Upravit dům</source>
        <translation>Edit building</translation>
    </message>
    <message>
        <location filename="../../ui/flats/edit.py" line="140" />
        <source>Nový dům</source>
        <translation>New building</translation>
    </message>
    <message>
        <location filename="../../ui/flats/edit.py" line="144" />
        <source>Ulice *</source>
        <translation>Street *</translation>
    </message>
    <message>
        <location filename="../../ui/flats/edit.py" line="145" />
        <source>Číslo domu *</source>
        <translation>House number *</translation>
    </message>
    <message>
        <location filename="../../ui/flats/edit.py" line="146" />
        <source>Obec *</source>
        <translation>Town *</translation>
    </message>
    <message>
        <location filename="../../ui/flats/edit.py" line="147" />
        <source>PSČ</source>
        <translation>Postcode</translation>
    </message>
    <message>
        <location filename="../../ui/flats/edit.py" line="151" />
        <source>Název</source>
        <translation>Name</translation>
    </message>
    <message>
        <location filename="../../ui/flats/edit.py" line="152" />
        <source>např. Dům s pečovatelskou službou</source>
        <translation>e.g. Sheltered housing</translation>
    </message>
    <message>
        <location filename="../../ui/flats/edit.py" line="153" />
        <source>Vlastník nebo správce</source>
        <translation>Owner or manager</translation>
    </message>
    <message>
        <location filename="../../ui/flats/edit.py" line="154" />
        <source>Podlaží</source>
        <translation>Floor</translation>
    </message>
    <message>
        <location filename="../../ui/flats/edit.py" line="154" />
        <source>neuvedeno</source>
        <translation>not stated</translation>
    </message>
    <message>
        <location filename="../../ui/flats/edit.py" line="155" />
        <source>výtah</source>
        <translation>lift</translation>
    </message>
    <message>
        <location filename="../../ui/flats/edit.py" line="156" />
        <source>Katastrální území</source>
        <translation>Cadastral area</translation>
    </message>
    <message>
        <location filename="../../ui/flats/edit.py" line="158" />
        <source>Parcela</source>
        <translation>Parcel</translation>
    </message>
    <message>
        <location filename="../../ui/flats/edit.py" line="159" />
        <source>např. st. 1284</source>
        <translation>e.g. st. 1284</translation>
    </message>
</context>
<context>
    <name>CaseDetail</name>
    <message>
        <location filename="../../ui/cases/detail.py" line="33" />
        <source>kontakt</source>
        <translation>contact</translation>
    </message>
    <message>
        <location filename="../../ui/cases/detail.py" line="34" />
        <source>poznámka</source>
        <translation>note</translation>
    </message>
    <message>
        <location filename="../../ui/cases/detail.py" line="35" />
        <source>předání</source>
        <translation>referral</translation>
    </message>
    <message>
        <location filename="../../ui/cases/detail.py" line="36" />
        <source>stav</source>
        <translation>status</translation>
    </message>
    <message>
        <location filename="../../ui/cases/detail.py" line="37" />
        <source>úkol</source>
        <translation>task</translation>
    </message>
    <message>
        <location filename="../../ui/cases/detail.py" line="38" />
        <source>zákon o podpoře bydlení</source>
        <translation>Housing Support Act</translation>
    </message>
    <message>
        <location filename="../../ui/cases/detail.py" line="41" />
        <source>Služba</source>
        <translation>Service</translation>
    </message>
    <message>
        <location filename="../../ui/cases/detail.py" line="42" />
        <source>Předáno</source>
        <translation>Referred to</translation>
    </message>
    <message>
        <location filename="../../ui/cases/detail.py" line="44" />
        <source>Dorazil</source>
        <translation>Arrived</translation>
    </message>
    <message>
        <location filename="../../ui/cases/detail.py" line="45" />
        <source>neověřeno</source>
        <translation>not checked</translation>
    </message>
    <message>
        <location filename="../../ui/cases/detail.py" line="46" />
        <source>ano</source>
        <translation>yes</translation>
    </message>
    <message>
        <location filename="../../ui/cases/detail.py" line="47" />
        <source>ne</source>
        <translation>no</translation>
    </message>
    <message>
        <location filename="../../ui/cases/detail.py" line="48" />
        <source>Proč</source>
        <translation>Why</translation>
    </message>
</context>
<context>
    <name>CaseDetailView</name>
    <message>
        <location filename="../../ui/cases/detail.py" line="78" />
        <source>Šetření (§16)…</source>
        <translation>Assessment (§16)…</translation>
    </message>
    <message>
        <location filename="../../ui/cases/detail.py" line="79" />
        <source>Dokončit šetření bytové situace a rozhodnout o zápisu potřebného</source>
        <translation>Finish the housing-situation assessment and decide on the entry as in need</translation>
    </message>
    <message>
        <location filename="../../ui/cases/detail.py" line="82" />
        <source>Změnit stav…</source>
        <translation>Change status…</translation>
    </message>
    <message>
        <location filename="../../ui/cases/detail.py" line="83" />
        <source>Předat…</source>
        <translation>Hand over…</translation>
    </message>
    <message>
        <location filename="../../ui/cases/detail.py" line="86" />
        <source>Obec a lokalita…</source>
        <translation>Municipality and locality…</translation>
    </message>
    <message>
        <location filename="../../ui/cases/detail.py" line="109" />
        <location filename="../../ui/cases/detail.py" line="270" />
        <source>Úkoly</source>
        <translation>Tasks</translation>
    </message>
    <message>
        <location filename="../../ui/cases/detail.py" line="111" />
        <source>Nový úkol…</source>
        <translation>New task…</translation>
    </message>
    <message>
        <location filename="../../ui/cases/detail.py" line="125" />
        <source>Předání na služby</source>
        <translation>Referrals to services</translation>
    </message>
    <message>
        <location filename="../../ui/cases/detail.py" line="126" />
        <source>Dorazil(a)</source>
        <translation>Arrived</translation>
    </message>
    <message>
        <location filename="../../ui/cases/detail.py" line="127" />
        <source>Nedorazil(a)</source>
        <translation>Did not arrive</translation>
    </message>
    <message>
        <location filename="../../ui/cases/detail.py" line="149" />
        <source>Klient zatím nebyl předán na žádnou službu.</source>
        <translation>The client has not been referred yet.</translation>
    </message>
    <message>
        <location filename="../../ui/cases/detail.py" line="162" />
        <source>Průběh</source>
        <translation>Timeline</translation>
    </message>
    <message>
        <location filename="../../ui/cases/detail.py" line="163" />
        <source>Poznámka…</source>
        <translation>Note…</translation>
    </message>
    <message>
        <location filename="../../ui/cases/detail.py" line="185" />
        <source>Vyberte případ</source>
        <translation>Choose a case</translation>
    </message>
    <message>
        <location filename="../../ui/cases/detail.py" line="186" />
        <source>Případ otevřete v seznamu vlevo (Enter nebo dvojklik).</source>
        <translation>Open a case in the list on the left (Enter or double-click).</translation>
    </message>
    <message>
        <location filename="../../ui/cases/detail.py" line="205" />
        <source>nepřidělen</source>
        <translation>not assigned</translation>
    </message>
    <message>
        <location filename="../../ui/cases/detail.py" line="206" />
        <source>otevřen {0}</source>
        <translation>opened {0}</translation>
    </message>
    <message>
        <location filename="../../ui/cases/detail.py" line="208" />
        <source>uzavřen {0}</source>
        <translation>closed {0}</translation>
    </message>
    <message>
        <location filename="../../ui/cases/detail.py" line="210" />
        <source>poslední kontakt {0}</source>
        <translation>last contact {0}</translation>
    </message>
    <message>
        <location filename="../../ui/cases/detail.py" line="221" />
        <source>do {0}</source>
        <translation>until {0}</translation>
    </message>
    <message>
        <location filename="../../ui/cases/detail.py" line="248" />
        <source>termín {0}</source>
        <translation>due {0}</translation>
    </message>
    <message>
        <location filename="../../ui/cases/detail.py" line="263" />
        <source>Žádné otevřené úkoly.</source>
        <translation>No open tasks.</translation>
    </message>
    <message>
        <location filename="../../ui/cases/detail.py" line="269" />
        <source>Úkoly ({0} otevřených)</source>
        <translation>Tasks ({0} open)</translation>
    </message>
</context>
<context>
    <name>CaseDialogs</name>
    <message>
        <location filename="../../ui/cases/dialogs.py" line="124" />
        <source>Ověření předání</source>
        <translation>Referral follow-up</translation>
    </message>
    <message>
        <location filename="../../ui/cases/dialogs.py" line="128" />
        <source>Dorazil klient ke službě?</source>
        <translation>Did the client arrive at the service?</translation>
    </message>
    <message>
        <location filename="../../ui/cases/dialogs.py" line="130" />
        <source>Dorazil(a)</source>
        <translation>Arrived</translation>
    </message>
    <message>
        <location filename="../../ui/cases/dialogs.py" line="132" />
        <source>Nedorazil(a)</source>
        <translation>Did not arrive</translation>
    </message>
    <message>
        <location filename="../../ui/cases/dialogs.py" line="134" />
        <source>Nevím, jen splnit</source>
        <translation>Don't know, just complete</translation>
    </message>
    <message>
        <location filename="../../ui/cases/dialogs.py" line="136" />
        <source>Zrušit</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <location filename="../../ui/cases/dialogs.py" line="154" />
        <source>Nepodařilo se</source>
        <translation>Failed</translation>
    </message>
</context>
<context>
    <name>CasesPage</name>
    <message>
        <location filename="../../ui/cases/page.py" line="25" />
        <source>Číslo</source>
        <translation>Number</translation>
    </message>
    <message>
        <location filename="../../ui/cases/page.py" line="26" />
        <source>Klient</source>
        <translation>Client</translation>
    </message>
    <message>
        <location filename="../../ui/cases/page.py" line="27" />
        <source>Stav</source>
        <translation>State</translation>
    </message>
    <message>
        <location filename="../../ui/cases/page.py" line="28" />
        <source>Pracovník</source>
        <translation>Worker</translation>
    </message>
    <message>
        <location filename="../../ui/cases/page.py" line="29" />
        <source>Poslední kontakt</source>
        <translation>Last contact</translation>
    </message>
    <message>
        <location filename="../../ui/cases/page.py" line="31" />
        <source>Úkoly</source>
        <translation>Tasks</translation>
    </message>
    <message>
        <location filename="../../ui/cases/page.py" line="54" />
        <source>Případy</source>
        <translation>Cases</translation>
    </message>
    <message>
        <location filename="../../ui/cases/page.py" line="58" />
        <source>Hledat číslo případu, klienta, pracovníka…</source>
        <translation>Search case number, client, worker…</translation>
    </message>
    <message>
        <location filename="../../ui/cases/page.py" line="62" />
        <source>Otevřené</source>
        <translation>Open</translation>
    </message>
    <message>
        <location filename="../../ui/cases/page.py" line="65" />
        <source>Všechny</source>
        <translation>All</translation>
    </message>
    <message>
        <location filename="../../ui/cases/page.py" line="68" />
        <source>Všichni pracovníci</source>
        <translation>All workers</translation>
    </message>
    <message>
        <location filename="../../ui/cases/page.py" line="69" />
        <source>Moje případy</source>
        <translation>My cases</translation>
    </message>
    <message>
        <location filename="../../ui/cases/page.py" line="156" />
        <source>Případů: {0}</source>
        <translation>Cases: {0}</translation>
    </message>
</context>
<context>
    <name>ChecklistTable</name>
    <message>
        <location filename="../../ui/settings/checklist_table.py" line="24" />
        <source>Místnost</source>
        <translation>Room</translation>
    </message>
    <message>
        <location filename="../../ui/settings/checklist_table.py" line="25" />
        <source>Kontrolovaná položka</source>
        <translation>Checked item</translation>
    </message>
    <message>
        <location filename="../../ui/settings/checklist_table.py" line="35" />
        <source>Přidat místnost</source>
        <translation>Add a room</translation>
    </message>
    <message>
        <location filename="../../ui/settings/checklist_table.py" line="37" />
        <source>Přidat položku</source>
        <translation>Add item</translation>
    </message>
    <message>
        <location filename="../../ui/settings/checklist_table.py" line="38" />
        <source>Pod vybraný řádek, do téže místnosti</source>
        <translation>Below the selected row, in the same room</translation>
    </message>
    <message>
        <location filename="../../ui/settings/checklist_table.py" line="40" />
        <source>Odebrat řádek</source>
        <translation>Remove the row</translation>
    </message>
</context>
<context>
    <name>ChecklistsTab</name>
    <message>
        <location filename="../../ui/settings/checklists_tab.py" line="60" />
        <source>Nová šablona</source>
        <translation>New template</translation>
    </message>
    <message>
        <location filename="../../ui/settings/checklists_tab.py" line="65" />
        <source>pro všechny druhy kontrol</source>
        <translation>for every kind of inspection</translation>
    </message>
    <message>
        <location filename="../../ui/settings/checklists_tab.py" line="71" />
        <source>Každý řádek je jedna kontrolovaná položka; místnost stačí napsat u její první položky. Místnost „{0}“ se u vícepokojových bytů rozepíše na {0} 1, {0} 2 … Změna šablony neovlivní protokoly, které už byly založeny.</source>
        <translation>Each row is one checked item; write the room on its first item only. The room “{0}” is written out as {0} 1, {0} 2 … in flats with several rooms. Changing a template does not change protocols already started.</translation>
    </message>
    <message>
        <location filename="../../ui/settings/checklists_tab.py" line="77" />
        <source>Uložit šablonu</source>
        <translation>Save template</translation>
    </message>
    <message>
        <location filename="../../ui/settings/checklists_tab.py" line="80" />
        <source>Vyřadit</source>
        <translation>Retire</translation>
    </message>
    <message>
        <location filename="../../ui/settings/checklists_tab.py" line="87" />
        <source>Název</source>
        <translation>Name</translation>
    </message>
    <message>
        <location filename="../../ui/settings/checklists_tab.py" line="88" />
        <source>Použít pro</source>
        <translation>Use for</translation>
    </message>
    <message>
        <location filename="../../ui/settings/checklists_tab.py" line="89" />
        <source>Položky</source>
        <translation>Items</translation>
    </message>
    <message>
        <location filename="../../ui/settings/checklists_tab.py" line="118" />
        <source>Šablony může měnit vedoucí KMB nebo správce aplikace.</source>
        <translation>Templates can be changed by the KMB lead or the administrator.</translation>
    </message>
    <message>
        <location filename="../../ui/settings/checklists_tab.py" line="125" />
        <source>všechny druhy</source>
        <translation>all kinds</translation>
    </message>
    <message>
        <location filename="../../ui/settings/checklists_tab.py" line="126" />
        <source> · vyřazená</source>
        <translation> · retired</translation>
    </message>
    <message>
        <location filename="../../ui/settings/checklists_tab.py" line="151" />
        <source>Kuchyň</source>
        <translation>Kitchen</translation>
    </message>
    <message>
        <location filename="../../ui/settings/checklists_tab.py" line="154" />
        <source>Nová šablona – vyplňte název a položky.</source>
        <translation>New template – fill in the name and items.</translation>
    </message>
    <message>
        <location filename="../../ui/settings/checklists_tab.py" line="174" />
        <source>Šablona je uložená ({0} položek).</source>
        <translation>The template is saved ({0} items).</translation>
    </message>
    <message>
        <location filename="../../ui/settings/checklists_tab.py" line="179" />
        <source>Vyřadit šablonu</source>
        <translation>Retire template</translation>
    </message>
    <message>
        <location filename="../../ui/settings/checklists_tab.py" line="180" />
        <source>Vyřadit šablonu „{0}“? Nové kontroly ji už nenabídnou; uložením ji lze vrátit.</source>
        <translation>Retire the template “{0}”? New inspections will not offer it; saving it brings it back.</translation>
    </message>
    <message>
        <location filename="../../ui/settings/checklists_tab.py" line="190" />
        <source>Šablona je vyřazená.</source>
        <translation>The template is retired.</translation>
    </message>
</context>
<context>
    <name>ClaimDialog</name>
    <message>
        <location filename="../../ui/landlords/dialogs.py" line="183" />
        <source>Plnění z ručení {0}</source>
        <translation>Claim under guarantee {0}</translation>
    </message>
    <message>
        <location filename="../../ui/landlords/dialogs.py" line="184" />
        <source>Ručí se do {0}, plněno {1}, zbývá {2}.</source>
        <translation>Guaranteed up to {0}, paid {1}, left {2}.</translation>
    </message>
    <message>
        <location filename="../../ui/landlords/dialogs.py" line="186" />
        <source>Zapsat plnění</source>
        <translation>Record claim</translation>
    </message>
    <message>
        <location filename="../../ui/landlords/dialogs.py" line="188" />
        <source>Částka *</source>
        <translation>Amount *</translation>
    </message>
    <message>
        <location filename="../../ui/landlords/dialogs.py" line="189" />
        <source>Zaplaceno dne *</source>
        <translation>Paid on *</translation>
    </message>
    <message>
        <location filename="../../ui/landlords/dialogs.py" line="191" />
        <source>Za co *</source>
        <translation>For *</translation>
    </message>
</context>
<context>
    <name>CloseDialog</name>
    <message>
        <location filename="../../ui/allocation/page.py" line="358" />
        <source>Stáhnout nebo vyřadit žádost</source>
        <translation>Withdraw or exclude the application</translation>
    </message>
    <message>
        <location filename="../../ui/allocation/page.py" line="361" />
        <source>Žádost</source>
        <translation>Application</translation>
    </message>
    <message>
        <location filename="../../ui/allocation/page.py" line="362" />
        <source>stažena na žádost domácnosti</source>
        <translation>withdrawn at the household's request</translation>
    </message>
    <message>
        <location filename="../../ui/allocation/page.py" line="363" />
        <source>vyřazena (uveďte důvod)</source>
        <translation>excluded (give the reason)</translation>
    </message>
    <message>
        <location filename="../../ui/allocation/page.py" line="364" />
        <source>Důvod / poznámka</source>
        <translation>Reason / note</translation>
    </message>
</context>
<context>
    <name>ConcurrentEditDialog</name>
    <message>
        <location filename="../../ui/widgets/concurrent.py" line="23" />
        <source>Záznam mezitím uložil někdo jiný</source>
        <translation>Someone else saved the record meanwhile</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/concurrent.py" line="24" />
        <source>mezitím</source>
        <translation>meanwhile</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/concurrent.py" line="25" />
        <source>{0} mezitím uložil(a) {1} ({2}). Vaše změny zatím nejsou uložené. Vyberte, která verze má platit.</source>
        <translation>{0} was saved meanwhile by {1} ({2}). Your changes are not saved yet. Choose which version is to stand.</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/concurrent.py" line="33" />
        <source>Údaj</source>
        <translation>Figure</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/concurrent.py" line="33" />
        <source>Vaše hodnota</source>
        <translation>Your value</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/concurrent.py" line="33" />
        <source>Uložená hodnota</source>
        <translation>Stored value</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/concurrent.py" line="43" />
        <source>Údaje ve formuláři se s uloženými shodují; změnily se jiné části záznamu.</source>
        <translation>The fields of the form match the stored ones; other parts of the record changed.</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/concurrent.py" line="45" />
        <source>Ponechat moje a uložit</source>
        <translation>Keep mine and save</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/concurrent.py" line="48" />
        <source>Převzít uložené</source>
        <translation>Take the stored version</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/concurrent.py" line="51" />
        <source>Zpět k formuláři</source>
        <translation>Back to the form</translation>
    </message>
</context>
<context>
    <name>ConsentDialog</name>
    <message>
        <location filename="../../ui/cases/consents.py" line="37" />
        <source>Souhlas klienta</source>
        <translation>Client's consent</translation>
    </message>
    <message>
        <location filename="../../ui/cases/consents.py" line="38" />
        <source>Zaznamenejte souhlas, který klient dal k jednomu účelu. Klient ho může kdykoli odvolat.</source>
        <translation>Record a consent the client gave for one purpose. The client may withdraw it at any time.</translation>
    </message>
    <message>
        <location filename="../../ui/cases/consents.py" line="40" />
        <source>Zaznamenat</source>
        <translation>Record</translation>
    </message>
    <message>
        <location filename="../../ui/cases/consents.py" line="42" />
        <source>Účel</source>
        <translation>Purpose</translation>
    </message>
    <message>
        <location filename="../../ui/cases/consents.py" line="45" />
        <source>Partnerská organizace</source>
        <translation>Partner organisation</translation>
    </message>
    <message>
        <location filename="../../ui/cases/consents.py" line="48" />
        <source>Žádná partnerská kancelář nemá nastaveno posílání jen vybraných případů (Synchronizace → Rozsah dat).</source>
        <translation>No partner office is set to receive chosen cases only (Synchronisation → Data scope).</translation>
    </message>
    <message>
        <location filename="../../ui/cases/consents.py" line="53" />
        <source>Souhlas dán dne</source>
        <translation>Consent given on</translation>
    </message>
    <message>
        <location filename="../../ui/cases/consents.py" line="55" />
        <source>Jak</source>
        <translation>How</translation>
    </message>
    <message>
        <location filename="../../ui/cases/consents.py" line="58" />
        <source>Poznámka</source>
        <translation>Note</translation>
    </message>
    <message>
        <location filename="../../ui/cases/consents.py" line="71" />
        <source>Zadejte datum.</source>
        <translation>Enter a date.</translation>
    </message>
</context>
<context>
    <name>ConsentSection</name>
    <message>
        <location filename="../../ui/cases/consents.py" line="111" />
        <source>Souhlasy klienta</source>
        <translation>Client's consents</translation>
    </message>
    <message>
        <location filename="../../ui/cases/consents.py" line="115" />
        <source>Zaznamenat souhlas…</source>
        <translation>Record consent…</translation>
    </message>
    <message>
        <location filename="../../ui/cases/consents.py" line="117" />
        <source>Odvolat…</source>
        <translation>Withdraw…</translation>
    </message>
    <message>
        <location filename="../../ui/cases/consents.py" line="136" />
        <source>Klient zatím nedal žádný souhlas.</source>
        <translation>The client has not given any consent yet.</translation>
    </message>
</context>
<context>
    <name>Consents</name>
    <message>
        <location filename="../../ui/cases/consents.py" line="26" />
        <source>Účel</source>
        <translation>Purpose</translation>
    </message>
    <message>
        <location filename="../../ui/cases/consents.py" line="27" />
        <source>Komu</source>
        <translation>Paid to</translation>
    </message>
    <message>
        <location filename="../../ui/cases/consents.py" line="28" />
        <source>Dán</source>
        <translation>Given</translation>
    </message>
    <message>
        <location filename="../../ui/cases/consents.py" line="30" />
        <source>Odvolán</source>
        <translation>Withdrawn</translation>
    </message>
</context>
<context>
    <name>ContactSection</name>
    <message>
        <location filename="../../ui/intake/situation_section.py" line="29" />
        <source>Kontakt</source>
        <translation>Contact</translation>
    </message>
    <message>
        <location filename="../../ui/intake/situation_section.py" line="47" />
        <source>S čím klient přichází, např. výpověď z nájmu, dluh na nájemném, bydlí na ubytovně…</source>
        <translation>What brings the client, e.g. notice to quit, rent arrears, lives in a hostel…</translation>
    </message>
    <message>
        <location filename="../../ui/intake/situation_section.py" line="59" />
        <source>&amp;Kanál</source>
        <translation>C&amp;hannel</translation>
    </message>
    <message>
        <location filename="../../ui/intake/situation_section.py" line="60" />
        <source>&amp;Den kontaktu</source>
        <translation>&amp;Day of contact</translation>
    </message>
    <message>
        <location filename="../../ui/intake/situation_section.py" line="66" />
        <source>&amp;Důvod kontaktu *</source>
        <translation>&amp;Reason for contact *</translation>
    </message>
    <message>
        <location filename="../../ui/intake/situation_section.py" line="73" />
        <source>&amp;Obec</source>
        <translation>&amp;Municipality</translation>
    </message>
    <message>
        <location filename="../../ui/intake/situation_section.py" line="74" />
        <source>&amp;Lokalita</source>
        <translation>&amp;Locality</translation>
    </message>
    <message>
        <location filename="../../ui/intake/situation_section.py" line="120" />
        <location filename="../../ui/intake/situation_section.py" line="128" />
        <source>— podle adresy klienta —</source>
        <translation>— from the client's address —</translation>
    </message>
</context>
<context>
    <name>ContactsTab</name>
    <message>
        <location filename="../../ui/intake/contacts_tab.py" line="22" />
        <source>Kdy</source>
        <translation>When</translation>
    </message>
    <message>
        <location filename="../../ui/intake/contacts_tab.py" line="24" />
        <source>Klient</source>
        <translation>Client</translation>
    </message>
    <message>
        <location filename="../../ui/intake/contacts_tab.py" line="25" />
        <source>Kanál</source>
        <translation>Channel</translation>
    </message>
    <message>
        <location filename="../../ui/intake/contacts_tab.py" line="26" />
        <source>Důvod</source>
        <translation>Reason</translation>
    </message>
    <message>
        <location filename="../../ui/intake/contacts_tab.py" line="28" />
        <source>ETHOS</source>
        <translation>ETHOS</translation>
    </message>
    <message>
        <location filename="../../ui/intake/contacts_tab.py" line="31" />
        <source>Naléhavost</source>
        <translation>Urgency</translation>
    </message>
    <message>
        <location filename="../../ui/intake/contacts_tab.py" line="32" />
        <source>Výsledek</source>
        <translation>Outcome</translation>
    </message>
    <message>
        <location filename="../../ui/intake/contacts_tab.py" line="33" />
        <source>Předáno</source>
        <translation>Referred to</translation>
    </message>
    <message>
        <location filename="../../ui/intake/contacts_tab.py" line="35" />
        <source>Pracovník</source>
        <translation>Worker</translation>
    </message>
    <message>
        <location filename="../../ui/intake/contacts_tab.py" line="37" />
        <source>Případ</source>
        <translation>Case</translation>
    </message>
    <message>
        <location filename="../../ui/intake/contacts_tab.py" line="40" />
        <source>Dnes</source>
        <translation>Today</translation>
    </message>
    <message>
        <location filename="../../ui/intake/contacts_tab.py" line="41" />
        <source>Posledních 7 dní</source>
        <translation>Last 7 days</translation>
    </message>
    <message>
        <location filename="../../ui/intake/contacts_tab.py" line="42" />
        <source>Posledních 30 dní</source>
        <translation>Last 30 days</translation>
    </message>
    <message>
        <location filename="../../ui/intake/contacts_tab.py" line="43" />
        <source>Posledních 12 měsíců</source>
        <translation>Last 12 months</translation>
    </message>
    <message>
        <location filename="../../ui/intake/contacts_tab.py" line="44" />
        <source>Vše</source>
        <translation>All</translation>
    </message>
    <message>
        <location filename="../../ui/intake/contacts_tab.py" line="53" />
        <source>Hledat klienta, důvod, pracovníka, případ…</source>
        <translation>Search client, reason, worker, case…</translation>
    </message>
    <message>
        <location filename="../../ui/intake/contacts_tab.py" line="60" />
        <source>Všichni pracovníci</source>
        <translation>All workers</translation>
    </message>
    <message>
        <location filename="../../ui/intake/contacts_tab.py" line="61" />
        <source>Jen moje</source>
        <translation>Mine only</translation>
    </message>
    <message>
        <location filename="../../ui/intake/contacts_tab.py" line="98" />
        <source>Kontaktů: {0} · osob: {1} · čas s klienty: {2} h {3} min</source>
        <translation>Contacts: {0} · persons: {1} · time with clients: {2} h {3} min</translation>
    </message>
</context>
<context>
    <name>Cover</name>
    <message>
        <location filename="../../ui/login.py" line="201" />
        <source>Zamčeno</source>
        <translation>Locked</translation>
    </message>
</context>
<context>
    <name>CoverTab</name>
    <message>
        <location filename="../../ui/inbox/cover_tab.py" line="24" />
        <source>Pracovník</source>
        <translation>Worker</translation>
    </message>
    <message>
        <location filename="../../ui/inbox/cover_tab.py" line="25" />
        <source>Role</source>
        <translation>Role</translation>
    </message>
    <message>
        <location filename="../../ui/inbox/cover_tab.py" line="26" />
        <source>Odbor</source>
        <translation>Department</translation>
    </message>
    <message>
        <location filename="../../ui/inbox/cover_tab.py" line="27" />
        <source> (podle role)</source>
        <translation> (by role)</translation>
    </message>
    <message>
        <location filename="../../ui/inbox/cover_tab.py" line="30" />
        <source>Nepřítomný</source>
        <translation>Absent</translation>
    </message>
    <message>
        <location filename="../../ui/inbox/cover_tab.py" line="31" />
        <source>Zastupuje</source>
        <translation>Deputy</translation>
    </message>
    <message>
        <location filename="../../ui/inbox/cover_tab.py" line="32" />
        <location filename="../../ui/inbox/cover_tab.py" line="90" />
        <source>Od</source>
        <translation>From</translation>
    </message>
    <message>
        <location filename="../../ui/inbox/cover_tab.py" line="33" />
        <source>Do</source>
        <translation>To</translation>
    </message>
    <message>
        <location filename="../../ui/inbox/cover_tab.py" line="34" />
        <location filename="../../ui/inbox/cover_tab.py" line="92" />
        <source>Poznámka</source>
        <translation>Note</translation>
    </message>
    <message>
        <location filename="../../ui/inbox/cover_tab.py" line="62" />
        <source>Zařadit do odboru</source>
        <translation>Put in department</translation>
    </message>
    <message>
        <location filename="../../ui/inbox/cover_tab.py" line="66" />
        <source>Vybraný pracovník patří do:</source>
        <translation>The selected worker belongs to:</translation>
    </message>
    <message>
        <location filename="../../ui/inbox/cover_tab.py" line="70" />
        <source>Odbory pracovníků (komu chodí úkoly odboru)</source>
        <translation>Workers' departments (who receives a department's tasks)</translation>
    </message>
    <message>
        <location filename="../../ui/inbox/cover_tab.py" line="85" />
        <source>např. dovolená, nemoc</source>
        <translation>e.g. holiday, illness</translation>
    </message>
    <message>
        <location filename="../../ui/inbox/cover_tab.py" line="88" />
        <source>Nepřítomný pracovník</source>
        <translation>Absent worker</translation>
    </message>
    <message>
        <location filename="../../ui/inbox/cover_tab.py" line="89" />
        <source>Zastupuje ho</source>
        <translation>Covered by</translation>
    </message>
    <message>
        <location filename="../../ui/inbox/cover_tab.py" line="91" />
        <source>Do (včetně)</source>
        <translation>To (inclusive)</translation>
    </message>
    <message>
        <location filename="../../ui/inbox/cover_tab.py" line="97" />
        <source>Přidat zástup</source>
        <translation>Add deputy</translation>
    </message>
    <message>
        <location filename="../../ui/inbox/cover_tab.py" line="100" />
        <source>Ukončit vybraný zástup</source>
        <translation>End selected cover</translation>
    </message>
    <message>
        <location filename="../../ui/inbox/cover_tab.py" line="107" />
        <source>Zástupy (zástupce vidí úkoly a případy kolegy jen v zadaném období)</source>
        <translation>Deputies (a deputy sees the colleague's tasks and cases only in the given period)</translation>
    </message>
    <message>
        <location filename="../../ui/inbox/cover_tab.py" line="143" />
        <source>Odbory</source>
        <translation>Departments</translation>
    </message>
    <message>
        <location filename="../../ui/inbox/cover_tab.py" line="143" />
        <source>Vyberte pracovníka.</source>
        <translation>Select a worker.</translation>
    </message>
    <message>
        <location filename="../../ui/inbox/cover_tab.py" line="149" />
        <location filename="../../ui/inbox/cover_tab.py" line="162" />
        <location filename="../../ui/inbox/cover_tab.py" line="165" />
        <location filename="../../ui/inbox/cover_tab.py" line="179" />
        <source>Nepodařilo se</source>
        <translation>Failed</translation>
    </message>
    <message>
        <location filename="../../ui/inbox/cover_tab.py" line="174" />
        <source>Zástupy</source>
        <translation>Deputies</translation>
    </message>
    <message>
        <location filename="../../ui/inbox/cover_tab.py" line="174" />
        <source>Vyberte zástup.</source>
        <translation>Select a cover period.</translation>
    </message>
</context>
<context>
    <name>DashboardCards</name>
    <message>
        <location filename="../../ui/cases/cards.py" line="70" />
        <source>Moje úkoly</source>
        <translation>My tasks</translation>
    </message>
    <message>
        <location filename="../../ui/cases/cards.py" line="162" />
        <source>Nové kontakty tento týden</source>
        <translation>New contacts this week</translation>
    </message>
    <message>
        <location filename="../../ui/cases/cards.py" line="202" />
        <source>Pracovník</source>
        <translation>Worker</translation>
    </message>
    <message>
        <location filename="../../ui/cases/cards.py" line="203" />
        <location filename="../../ui/cases/cards.py" line="257" />
        <source>nepřiděleno</source>
        <translation>not assigned</translation>
    </message>
    <message>
        <location filename="../../ui/cases/cards.py" line="205" />
        <source>nové</source>
        <translation>new</translation>
    </message>
    <message>
        <location filename="../../ui/cases/cards.py" line="207" />
        <source>v řešení</source>
        <translation>in progress</translation>
    </message>
    <message>
        <location filename="../../ui/cases/cards.py" line="209" />
        <source>zabydlení</source>
        <translation>housed</translation>
    </message>
    <message>
        <location filename="../../ui/cases/cards.py" line="211" />
        <source>celkem</source>
        <translation>total</translation>
    </message>
    <message>
        <location filename="../../ui/cases/cards.py" line="217" />
        <source>Otevřené případy podle pracovníků</source>
        <translation>Open cases per worker</translation>
    </message>
    <message>
        <location filename="../../ui/cases/cards.py" line="276" />
        <source>Případy bez kontaktu 30 a více dní</source>
        <translation>Cases without contact for 30+ days</translation>
    </message>
</context>
<context>
    <name>DashboardPage</name>
    <message>
        <location filename="../../ui/dashboard/page.py" line="22" />
        <source>Přehled</source>
        <translation>Overview</translation>
    </message>
</context>
<context>
    <name>DateField</name>
    <message>
        <location filename="../../ui/widgets/fields.py" line="19" />
        <source>d. m. rrrr</source>
        <translation>d. m. yyyy</translation>
    </message>
</context>
<context>
    <name>DecisionDialog</name>
    <message>
        <location filename="../../ui/fund/dialogs.py" line="78" />
        <source>Rozhodnutí o žádosti {0}</source>
        <translation>Decision on request {0}</translation>
    </message>
    <message>
        <location filename="../../ui/fund/dialogs.py" line="79" />
        <source>{0} žádá {1} ({2}). Rozhoduje: {3}.</source>
        <translation>{0} requests {1} ({2}). Decided by: {3}.</translation>
    </message>
    <message>
        <location filename="../../ui/fund/dialogs.py" line="81" />
        <source>Rozhodnout</source>
        <translation>Decide</translation>
    </message>
    <message>
        <location filename="../../ui/fund/dialogs.py" line="83" />
        <source>schváleno</source>
        <translation>approved</translation>
    </message>
    <message>
        <location filename="../../ui/fund/dialogs.py" line="84" />
        <source>zamítnuto</source>
        <translation>rejected</translation>
    </message>
    <message>
        <location filename="../../ui/fund/dialogs.py" line="86" />
        <source>Rozhodnutí *</source>
        <translation>Decision *</translation>
    </message>
    <message>
        <location filename="../../ui/fund/dialogs.py" line="88" />
        <source>Schválená částka</source>
        <translation>Approved amount</translation>
    </message>
    <message>
        <location filename="../../ui/fund/dialogs.py" line="91" />
        <source>Dne</source>
        <translation>On</translation>
    </message>
    <message>
        <location filename="../../ui/fund/dialogs.py" line="93" />
        <source>Důvod *</source>
        <translation>Reason *</translation>
    </message>
    <message>
        <location filename="../../ui/fund/dialogs.py" line="94" />
        <source>Schválit i nad zbývající rozpočet</source>
        <translation>Approve even above the remaining budget</translation>
    </message>
    <message>
        <location filename="../../ui/flats/offer_dialogs.py" line="116" />
        <source>Rozhodnutí o přidělení bytu</source>
        <translation>Decision on the allocation</translation>
    </message>
    <message>
        <location filename="../../ui/flats/offer_dialogs.py" line="122" />
        <source>Byt &lt;b&gt;{0}, byt č. {1}&lt;/b&gt;. S rozhodnutím se uloží pravidla „{2}“ a celé pořadí ke dni rozhodnutí.</source>
        <translation>&lt;b&gt;{0}, flat no. {1}&lt;/b&gt;. The rules “{2}” and the whole ranking of the day are stored with the decision.</translation>
    </message>
    <message>
        <location filename="../../ui/flats/offer_dialogs.py" line="124" />
        <source>Výsledek</source>
        <translation>Outcome</translation>
    </message>
    <message>
        <location filename="../../ui/flats/offer_dialogs.py" line="127" />
        <source>Domácnost</source>
        <translation>Household</translation>
    </message>
    <message>
        <location filename="../../ui/flats/offer_dialogs.py" line="128" />
        <source>— bez domácnosti (odloženo) —</source>
        <translation>— no household (deferred) —</translation>
    </message>
    <message>
        <location filename="../../ui/flats/offer_dialogs.py" line="130" />
        <source>{0}. {1} ({2} bodů, žádost {3})</source>
        <translation>{0}. {1} ({2} points, application {3})</translation>
    </message>
    <message>
        <location filename="../../ui/flats/offer_dialogs.py" line="138" />
        <source>Rozhodnuto dne</source>
        <translation>Decided on</translation>
    </message>
    <message>
        <location filename="../../ui/flats/offer_dialogs.py" line="140" />
        <source>Kdo rozhodl</source>
        <translation>Decided by</translation>
    </message>
    <message>
        <location filename="../../ui/flats/offer_dialogs.py" line="142" />
        <source>Rada města {0}</source>
        <translation>Town council of {0}</translation>
    </message>
    <message>
        <location filename="../../ui/flats/offer_dialogs.py" line="143" />
        <source>Rada města</source>
        <translation>Town council</translation>
    </message>
    <message>
        <location filename="../../ui/flats/offer_dialogs.py" line="144" />
        <source>Číslo usnesení</source>
        <translation>Resolution number</translation>
    </message>
    <message>
        <location filename="../../ui/flats/offer_dialogs.py" line="145" />
        <source>např. RM 2026/123</source>
        <translation>e.g. RM 2026/123</translation>
    </message>
    <message>
        <location filename="../../ui/flats/offer_dialogs.py" line="146" />
        <source>Poznámka</source>
        <translation>Note</translation>
    </message>
    <message>
        <location filename="../../ui/flats/offer_dialogs.py" line="148" />
        <source>Zapsat rozhodnutí</source>
        <translation>Record decision</translation>
    </message>
</context>
<context>
    <name>DepartmentsTab</name>
    <message>
        <location filename="../../ui/settings/departments_tab.py" line="22" />
        <source>aktivní</source>
        <translation>active</translation>
    </message>
    <message>
        <location filename="../../ui/settings/departments_tab.py" line="23" />
        <source>neaktivní (nové úkoly nepřijímá)</source>
        <translation>inactive (takes no new tasks)</translation>
    </message>
    <message>
        <location filename="../../ui/settings/departments_tab.py" line="42" />
        <source>Odbor</source>
        <translation>Department</translation>
    </message>
    <message>
        <location filename="../../ui/settings/departments_tab.py" line="43" />
        <source>Kód</source>
        <translation>Code</translation>
    </message>
    <message>
        <location filename="../../ui/settings/departments_tab.py" line="44" />
        <source>Stav</source>
        <translation>State</translation>
    </message>
    <message>
        <location filename="../../ui/settings/departments_tab.py" line="46" />
        <source>Otevřené úkoly</source>
        <translation>Open tasks</translation>
    </message>
    <message>
        <location filename="../../ui/settings/departments_tab.py" line="48" />
        <source>Pracovníci</source>
        <translation>Workers</translation>
    </message>
    <message>
        <location filename="../../ui/settings/departments_tab.py" line="50" />
        <source>Upozornění</source>
        <translation>Notice</translation>
    </message>
    <message>
        <location filename="../../ui/settings/departments_tab.py" line="66" />
        <source>např. Bytové oddělení</source>
        <translation>e.g. Housing section</translation>
    </message>
    <message>
        <location filename="../../ui/settings/departments_tab.py" line="67" />
        <source>Přidat odbor</source>
        <translation>Add department</translation>
    </message>
    <message>
        <location filename="../../ui/settings/departments_tab.py" line="73" />
        <source>Přejmenovat</source>
        <translation>Rename</translation>
    </message>
    <message>
        <location filename="../../ui/settings/departments_tab.py" line="76" />
        <location filename="../../ui/settings/departments_tab.py" line="160" />
        <source>Deaktivovat</source>
        <translation>Deactivate</translation>
    </message>
    <message>
        <location filename="../../ui/settings/departments_tab.py" line="79" />
        <source>Smazat</source>
        <translation>Delete</translation>
    </message>
    <message>
        <location filename="../../ui/settings/departments_tab.py" line="89" />
        <source>Nový odbor:</source>
        <translation>New department:</translation>
    </message>
    <message>
        <location filename="../../ui/settings/departments_tab.py" line="93" />
        <source>Vybraný odbor – nový název:</source>
        <translation>Selected department – new name:</translation>
    </message>
    <message>
        <location filename="../../ui/settings/departments_tab.py" line="98" />
        <source>Odbory úřadu (komu lze předat úkol; do kterého odboru pracovník patří)</source>
        <translation>The office's departments (who a task can be handed to; which department a worker belongs to)</translation>
    </message>
    <message>
        <location filename="../../ui/settings/departments_tab.py" line="110" />
        <source>Uložit</source>
        <translation>Save</translation>
    </message>
    <message>
        <location filename="../../ui/settings/departments_tab.py" line="114" />
        <source>Závady z kontrol bytů dostane:</source>
        <translation>Defects from flat inspections go to:</translation>
    </message>
    <message>
        <location filename="../../ui/settings/departments_tab.py" line="117" />
        <source>Závady z kontrol bytů</source>
        <translation>Defects from flat inspections</translation>
    </message>
    <message>
        <location filename="../../ui/settings/departments_tab.py" line="143" />
        <source>pracovník, který kontrolu provedl</source>
        <translation>the worker who did the inspection</translation>
    </message>
    <message>
        <location filename="../../ui/settings/departments_tab.py" line="160" />
        <source>Aktivovat</source>
        <translation>Activate</translation>
    </message>
    <message>
        <location filename="../../ui/settings/departments_tab.py" line="198" />
        <source>Odbory</source>
        <translation>Departments</translation>
    </message>
    <message>
        <location filename="../../ui/settings/departments_tab.py" line="198" />
        <source>Vyberte odbor v seznamu.</source>
        <translation>Select a department in the list.</translation>
    </message>
    <message>
        <location filename="../../ui/settings/departments_tab.py" line="225" />
        <source>Smazat odbor</source>
        <translation>Delete department</translation>
    </message>
    <message>
        <location filename="../../ui/settings/departments_tab.py" line="226" />
        <source>Smazat odbor „{0}“? Smazat lze jen odbor bez úkolů a pracovníků.</source>
        <translation>Delete the department “{0}”? Only a department without tasks and workers can be deleted.</translation>
    </message>
</context>
<context>
    <name>DuplicateDialog</name>
    <message>
        <location filename="../../ui/intake/duplicate_dialog.py" line="16" />
        <source>Příjmení a jméno</source>
        <translation>Surname and name</translation>
    </message>
    <message>
        <location filename="../../ui/intake/duplicate_dialog.py" line="17" />
        <source>Narozen(a)</source>
        <translation>Born</translation>
    </message>
    <message>
        <location filename="../../ui/intake/duplicate_dialog.py" line="19" />
        <source>Rodné číslo</source>
        <translation>Birth number</translation>
    </message>
    <message>
        <location filename="../../ui/intake/duplicate_dialog.py" line="21" />
        <source>Trvalé bydliště</source>
        <translation>Permanent address</translation>
    </message>
    <message>
        <location filename="../../ui/intake/duplicate_dialog.py" line="23" />
        <source>Shoda</source>
        <translation>Match</translation>
    </message>
</context>
<context>
    <name>DuplicatesTab</name>
    <message>
        <location filename="../../ui/intake/duplicates_tab.py" line="32" />
        <source>První záznam</source>
        <translation>First record</translation>
    </message>
    <message>
        <location filename="../../ui/intake/duplicates_tab.py" line="33" />
        <source>Druhý záznam</source>
        <translation>Second record</translation>
    </message>
    <message>
        <location filename="../../ui/intake/duplicates_tab.py" line="34" />
        <source>Shoda</source>
        <translation>Match</translation>
    </message>
    <message>
        <location filename="../../ui/intake/duplicates_tab.py" line="36" />
        <source>Označeno</source>
        <translation>Flagged</translation>
    </message>
    <message>
        <location filename="../../ui/intake/duplicates_tab.py" line="40" />
        <source>kontakty</source>
        <translation>contacts</translation>
    </message>
    <message>
        <location filename="../../ui/intake/duplicates_tab.py" line="41" />
        <source>případy</source>
        <translation>cases</translation>
    </message>
    <message>
        <location filename="../../ui/intake/duplicates_tab.py" line="42" />
        <source>poznámky</source>
        <translation>notes</translation>
    </message>
    <message>
        <location filename="../../ui/intake/duplicates_tab.py" line="43" />
        <source>úkoly</source>
        <translation>tasks</translation>
    </message>
    <message>
        <location filename="../../ui/intake/duplicates_tab.py" line="44" />
        <source>předání</source>
        <translation>referral</translation>
    </message>
    <message>
        <location filename="../../ui/intake/duplicates_tab.py" line="45" />
        <source>domácnosti</source>
        <translation>households</translation>
    </message>
    <message>
        <location filename="../../ui/intake/duplicates_tab.py" line="46" />
        <source>telefony a e-maily</source>
        <translation>phones and e-mails</translation>
    </message>
    <message>
        <location filename="../../ui/intake/duplicates_tab.py" line="47" />
        <source>zápisy potřebných</source>
        <translation>entries as in need</translation>
    </message>
    <message>
        <location filename="../../ui/intake/duplicates_tab.py" line="48" />
        <source>sociální šetření</source>
        <translation>social assessments</translation>
    </message>
    <message>
        <location filename="../../ui/intake/duplicates_tab.py" line="49" />
        <source>nájemní smlouvy</source>
        <translation>leases</translation>
    </message>
    <message>
        <location filename="../../ui/intake/duplicates_tab.py" line="109" />
        <source>Záznamy, které mohou patřit jedné osobě. Sloučením se spojí všechny kontakty, případy a poznámky; „Různé osoby“ označení zruší.</source>
        <translation>Records that may belong to one person. Merging joins all contacts, cases and notes; “Different people” removes the flag.</translation>
    </message>
    <message>
        <location filename="../../ui/intake/duplicates_tab.py" line="117" />
        <source>Sloučit…</source>
        <translation>Merge…</translation>
    </message>
    <message>
        <location filename="../../ui/intake/duplicates_tab.py" line="119" />
        <source>Různé osoby</source>
        <translation>Different people</translation>
    </message>
    <message>
        <location filename="../../ui/intake/duplicates_tab.py" line="129" />
        <source>Žádné možné duplicity k posouzení.</source>
        <translation>No possible duplicates to review.</translation>
    </message>
    <message>
        <location filename="../../ui/intake/duplicates_tab.py" line="168" />
        <source>Nelze sloučit</source>
        <translation>Cannot merge</translation>
    </message>
</context>
<context>
    <name>EndDialog</name>
    <message>
        <location filename="../../ui/leases/dialogs.py" line="49" />
        <source>Ukončení nájmu</source>
        <translation>Ending the lease</translation>
    </message>
    <message>
        <location filename="../../ui/leases/dialogs.py" line="50" />
        <source>Ukončená smlouva zůstává v evidenci; byt se uvolní, nemá-li jinou smlouvu.</source>
        <translation>An ended lease stays on record; the flat becomes vacant unless it has another lease.</translation>
    </message>
    <message>
        <location filename="../../ui/leases/dialogs.py" line="51" />
        <source>Ukončit nájem</source>
        <translation>End the lease</translation>
    </message>
    <message>
        <location filename="../../ui/leases/dialogs.py" line="54" />
        <source>Poslední den nájmu *</source>
        <translation>Last day of the lease *</translation>
    </message>
    <message>
        <location filename="../../ui/leases/dialogs.py" line="59" />
        <source>Důvod *</source>
        <translation>Reason *</translation>
    </message>
    <message>
        <location filename="../../ui/leases/dialogs.py" line="60" />
        <source>Poznámka</source>
        <translation>Note</translation>
    </message>
</context>
<context>
    <name>EndLeaseDialog</name>
    <message>
        <location filename="../../ui/landlords/dialogs.py" line="148" />
        <source>Ukončit soukromý nájem</source>
        <translation>End private lease</translation>
    </message>
    <message>
        <location filename="../../ui/landlords/dialogs.py" line="149" />
        <source>{0} – {1}.</source>
        <translation>{0} – {1}.</translation>
    </message>
    <message>
        <location filename="../../ui/landlords/dialogs.py" line="149" />
        <source>Ukončit</source>
        <translation>End</translation>
    </message>
    <message>
        <location filename="../../ui/landlords/dialogs.py" line="151" />
        <source>Skončil dne *</source>
        <translation>Ended on *</translation>
    </message>
    <message>
        <location filename="../../ui/landlords/dialogs.py" line="153" />
        <source>Důvod</source>
        <translation>Reason</translation>
    </message>
</context>
<context>
    <name>EndingLeasesCard</name>
    <message>
        <location filename="../../ui/leases/cards.py" line="29" />
        <source>Smlouvy končící do 60 dnů</source>
        <translation>Leases ending within 60 days</translation>
    </message>
    <message>
        <location filename="../../ui/leases/cards.py" line="50" />
        <source>Smlouvy nemáte oprávnění vidět.</source>
        <translation>You are not allowed to see leases.</translation>
    </message>
    <message>
        <location filename="../../ui/leases/cards.py" line="60" />
        <source>dluh {0}</source>
        <translation>arrears {0}</translation>
    </message>
    <message>
        <location filename="../../ui/leases/cards.py" line="60" />
        <source>bez dluhu</source>
        <translation>no arrears</translation>
    </message>
    <message>
        <location filename="../../ui/leases/cards.py" line="70" />
        <source>a další: {0}</source>
        <translation>and {0} more</translation>
    </message>
    <message>
        <location filename="../../ui/leases/cards.py" line="74" />
        <source>Automaticky se prodlouží {0}, rozhodnout je třeba o {1} (dluh nad prahem); na rozhodnutí čeká {2}. Podrobnosti v Smlouvy → Prodloužení.</source>
        <translation>{0} will be renewed automatically, {1} need a decision (arrears above the threshold); {2} are waiting for a decision. Details in Leases → Renewals.</translation>
    </message>
</context>
<context>
    <name>EthosSection</name>
    <message>
        <location filename="../../ui/intake/situation_section.py" line="141" />
        <source>Bytová situace (ETHOS)</source>
        <translation>Housing situation (ETHOS)</translation>
    </message>
    <message>
        <location filename="../../ui/intake/situation_section.py" line="145" />
        <location filename="../../ui/intake/situation_section.py" line="190" />
        <source>— neuvedeno —</source>
        <translation>— not given —</translation>
    </message>
    <message>
        <location filename="../../ui/intake/situation_section.py" line="153" />
        <source>např. 38,5</source>
        <translation>e.g. 38.5</translation>
    </message>
    <message>
        <location filename="../../ui/intake/situation_section.py" line="165" />
        <source>&amp;Skupina</source>
        <translation>&amp;Group</translation>
    </message>
    <message>
        <location filename="../../ui/intake/situation_section.py" line="166" />
        <source>Kategorie ETHO&amp;S</source>
        <translation>ETHO&amp;S category</translation>
    </message>
    <message>
        <location filename="../../ui/intake/situation_section.py" line="167" />
        <source>Obytná &amp;plocha (m²)</source>
        <translation>Floor &amp;area (m²)</translation>
    </message>
    <message>
        <location filename="../../ui/intake/situation_section.py" line="168" />
        <source>Počet &amp;osob v bytě</source>
        <translation>&amp;Persons in the dwelling</translation>
    </message>
    <message>
        <location filename="../../ui/intake/situation_section.py" line="190" />
        <source>— vyberte —</source>
        <translation>— choose —</translation>
    </message>
    <message>
        <location filename="../../ui/intake/situation_section.py" line="225" />
        <source>Plocha bytu v m², např. 38,5.</source>
        <translation>Floor area in m², e.g. 38.5.</translation>
    </message>
    <message>
        <location filename="../../ui/intake/situation_section.py" line="236" />
        <source>Plocha na osobu se spočítá z plochy a počtu osob.</source>
        <translation>The area per person is computed from the area and the persons.</translation>
    </message>
    <message>
        <location filename="../../ui/intake/situation_section.py" line="239" />
        <source>{0} m² na osobu – přelidněné (pod {1} m²)</source>
        <translation>{0} m² per person – overcrowded (below {1} m²)</translation>
    </message>
    <message>
        <location filename="../../ui/intake/situation_section.py" line="243" />
        <source>{0} m² na osobu</source>
        <translation>{0} m² per person</translation>
    </message>
</context>
<context>
    <name>FairnessView</name>
    <message>
        <location filename="../../ui/allocation/fairness_view.py" line="32" />
        <source>Skupina domácností</source>
        <translation>Household group</translation>
    </message>
    <message>
        <location filename="../../ui/allocation/fairness_view.py" line="34" />
        <source>Mezi způsobilými (platná)</source>
        <translation>Among eligible (current)</translation>
    </message>
    <message>
        <location filename="../../ui/allocation/fairness_view.py" line="36" />
        <source>Na prvních místech (platná)</source>
        <translation>In the top ranks (current)</translation>
    </message>
    <message>
        <location filename="../../ui/allocation/fairness_view.py" line="38" />
        <source>Mezi způsobilými (návrh)</source>
        <translation>Among eligible (draft)</translation>
    </message>
    <message>
        <location filename="../../ui/allocation/fairness_view.py" line="40" />
        <source>Na prvních místech (návrh)</source>
        <translation>In the top ranks (draft)</translation>
    </message>
    <message>
        <location filename="../../ui/allocation/fairness_view.py" line="64" />
        <source>Podíl skupin domácností na prvních {0} místech pořadí všech volných bytů proti jejich podílu mezi způsobilými žádostmi – pro platná pravidla i upravovaný návrh. Zřetelně znevýhodněnou skupinu aplikace vyznačí dřív, než o pravidlech hlasuje rada.</source>
        <translation>The share of household groups in the top {0} ranks of every vacant flat against their share among eligible applications – for the current rules and the draft. A clearly disadvantaged group is marked before the council votes on the rules.</translation>
    </message>
    <message>
        <location filename="../../ui/allocation/fairness_view.py" line="70" />
        <source>Zkontrolovat spravedlnost</source>
        <translation>Check fairness</translation>
    </message>
    <message>
        <location filename="../../ui/allocation/fairness_view.py" line="74" />
        <source>Tisk pro radu…</source>
        <translation>Print for the council…</translation>
    </message>
    <message>
        <location filename="../../ui/allocation/fairness_view.py" line="95" />
        <location filename="../../ui/allocation/fairness_view.py" line="114" />
        <source>Návrh obsahuje chyby; opravte ho v Úpravách.</source>
        <translation>The draft has errors; fix it under Edit.</translation>
    </message>
    <message>
        <location filename="../../ui/allocation/fairness_view.py" line="100" />
        <source>Platná pravidla</source>
        <translation>Current rules</translation>
    </message>
    <message>
        <location filename="../../ui/allocation/fairness_view.py" line="102" />
        <source>Návrh</source>
        <translation>Proposal</translation>
    </message>
    <message>
        <location filename="../../ui/allocation/fairness_view.py" line="105" />
        <source>Počítám spravedlnost pravidel…</source>
        <translation>Computing the fairness of the rules…</translation>
    </message>
    <message>
        <location filename="../../ui/allocation/fairness_view.py" line="117" />
        <source>Kontrola spravedlnosti pravidel</source>
        <translation>Fairness check of the rules</translation>
    </message>
    <message>
        <location filename="../../ui/allocation/fairness_view.py" line="125" />
        <source>Platná pravidla: {0}</source>
        <translation>Current rules: {0}</translation>
    </message>
    <message>
        <location filename="../../ui/allocation/fairness_view.py" line="126" />
        <source>Návrh: {0}</source>
        <translation>Draft: {0}</translation>
    </message>
    <message>
        <location filename="../../ui/allocation/fairness_view.py" line="128" />
        <source>Žádná skupina není na prvních místech zřetelně znevýhodněná.</source>
        <translation>No group is clearly disadvantaged in the top ranks.</translation>
    </message>
</context>
<context>
    <name>FirstPasswordDialog</name>
    <message>
        <location filename="../../ui/login.py" line="146" />
        <source>bez řady</source>
        <translation>no series</translation>
    </message>
    <message>
        <location filename="../../ui/login.py" line="148" />
        <source>Kancelář (první instalace) čísluje případy, žádosti a smlouvy bez řady – nechte prázdné. Terénní notebook nebo druhá instalace potřebuje vlastní krátký kód, např. N1; dvě instalace se stejnou řadou by vydávaly stejná čísla a spárovat je nepůjde.</source>
        <translation>The office (the first installation) numbers cases, applications and leases without a series – leave this empty. A field laptop or a second installation needs its own short code, e.g. N1; two installations with the same series would issue the same numbers and cannot be paired.</translation>
    </message>
    <message>
        <location filename="../../ui/login.py" line="140" />
        <source>Uživatelské jméno</source>
        <translation>User name</translation>
    </message>
    <message>
        <location filename="../../ui/login.py" line="141" />
        <source>Heslo</source>
        <translation>Password</translation>
    </message>
    <message>
        <location filename="../../ui/login.py" line="142" />
        <source>Heslo znovu</source>
        <translation>Password again</translation>
    </message>
    <message>
        <location filename="../../ui/login.py" line="143" />
        <source>Řada čísel</source>
        <translation>Number series</translation>
    </message>
</context>
<context>
    <name>FlatDetail</name>
    <message>
        <location filename="../../ui/flats/detail.py" line="51" />
        <source>Nabídnuto</source>
        <translation>Offered</translation>
    </message>
    <message>
        <location filename="../../ui/flats/detail.py" line="53" />
        <location filename="../../ui/flats/detail.py" line="74" />
        <source>Domácnost</source>
        <translation>Household</translation>
    </message>
    <message>
        <location filename="../../ui/flats/detail.py" line="54" />
        <source>Žádost</source>
        <translation>Application</translation>
    </message>
    <message>
        <location filename="../../ui/flats/detail.py" line="55" />
        <source>Pořadí</source>
        <translation>Rank</translation>
    </message>
    <message>
        <location filename="../../ui/flats/detail.py" line="57" />
        <source>Body</source>
        <translation>Points</translation>
    </message>
    <message>
        <location filename="../../ui/flats/detail.py" line="58" />
        <source>Odpověď</source>
        <translation>Answer</translation>
    </message>
    <message>
        <location filename="../../ui/flats/detail.py" line="59" />
        <source>Dne</source>
        <translation>On</translation>
    </message>
    <message>
        <location filename="../../ui/flats/detail.py" line="61" />
        <source>Důvod odmítnutí / poznámka</source>
        <translation>Reason for refusal / note</translation>
    </message>
    <message>
        <location filename="../../ui/flats/detail.py" line="68" />
        <source>Rozhodnuto</source>
        <translation>Decided</translation>
    </message>
    <message>
        <location filename="../../ui/flats/detail.py" line="70" />
        <source>Kdo</source>
        <translation>Who</translation>
    </message>
    <message>
        <location filename="../../ui/flats/detail.py" line="71" />
        <source>Usnesení</source>
        <translation>Resolution</translation>
    </message>
    <message>
        <location filename="../../ui/flats/detail.py" line="72" />
        <source>Výsledek</source>
        <translation>Outcome</translation>
    </message>
    <message>
        <location filename="../../ui/flats/detail.py" line="75" />
        <source>Pravidla</source>
        <translation>Rules</translation>
    </message>
    <message>
        <location filename="../../ui/flats/offer_dialogs.py" line="22" />
        <source>schváleno</source>
        <translation>approved</translation>
    </message>
    <message>
        <location filename="../../ui/flats/offer_dialogs.py" line="23" />
        <source>neschváleno</source>
        <translation>rejected</translation>
    </message>
    <message>
        <location filename="../../ui/flats/offer_dialogs.py" line="24" />
        <source>odloženo</source>
        <translation>deferred</translation>
    </message>
</context>
<context>
    <name>FlatDetailView</name>
    <message>
        <location filename="../../ui/flats/detail.py" line="93" />
        <source>← Zpět na seznam bytů</source>
        <translation>← Back to the flats</translation>
    </message>
    <message>
        <location filename="../../ui/flats/detail.py" line="104" />
        <source>Upravit byt…</source>
        <translation>Edit flat…</translation>
    </message>
    <message>
        <location filename="../../ui/flats/detail.py" line="107" />
        <source>Upravit dům…</source>
        <translation>Edit building…</translation>
    </message>
    <message>
        <location filename="../../ui/flats/detail.py" line="110" />
        <source>Pořadník k tisku…</source>
        <translation>Ranking list to print…</translation>
    </message>
    <message>
        <location filename="../../ui/flats/detail.py" line="118" />
        <source>Domácnost přijala</source>
        <translation>Household accepted</translation>
    </message>
    <message>
        <location filename="../../ui/flats/detail.py" line="119" />
        <source>Domácnost odmítla…</source>
        <translation>Household refused…</translation>
    </message>
    <message>
        <location filename="../../ui/flats/detail.py" line="120" />
        <source>Stáhnout nabídku…</source>
        <translation>Withdraw offer…</translation>
    </message>
    <message>
        <location filename="../../ui/flats/detail.py" line="121" />
        <source>Zapsat rozhodnutí rady…</source>
        <translation>Record the council decision…</translation>
    </message>
    <message>
        <location filename="../../ui/flats/detail.py" line="155" />
        <source>Zmrazené pořadí vybraného rozhodnutí…</source>
        <translation>Frozen ranking of the selected decision…</translation>
    </message>
    <message>
        <location filename="../../ui/flats/detail.py" line="159" />
        <source>Nabídky</source>
        <translation>Offers</translation>
    </message>
    <message>
        <location filename="../../ui/flats/detail.py" line="161" />
        <source>Rozhodnutí rady (s pravidly a pořadím ke dni rozhodnutí)</source>
        <translation>Council decisions (with the rules and the ranking of the day)</translation>
    </message>
    <message>
        <location filename="../../ui/flats/detail.py" line="174" />
        <location filename="../../ui/flats/detail.py" line="289" />
        <source>Pořadí žadatelů</source>
        <translation>Ranked applicants</translation>
    </message>
    <message>
        <location filename="../../ui/flats/detail.py" line="175" />
        <source>Nabídky a rozhodnutí</source>
        <translation>Offers and decisions</translation>
    </message>
    <message>
        <location filename="../../ui/flats/detail.py" line="212" />
        <source>{0}, byt č. {1}</source>
        <translation>{0}, flat {1}</translation>
    </message>
    <message>
        <location filename="../../ui/flats/detail.py" line="213" />
        <source>{0} pok.</source>
        <translation>{0} rooms</translation>
    </message>
    <message>
        <location filename="../../ui/flats/detail.py" line="217" />
        <source>nájem {0} + zálohy {1}</source>
        <translation>rent {0} + advances {1}</translation>
    </message>
    <message>
        <location filename="../../ui/flats/detail.py" line="219" />
        <source>bezbariérový</source>
        <translation>barrier-free</translation>
    </message>
    <message>
        <location filename="../../ui/flats/detail.py" line="220" />
        <source>výtah</source>
        <translation>lift</translation>
    </message>
    <message>
        <location filename="../../ui/flats/detail.py" line="220" />
        <source>bez výtahu</source>
        <translation>no lift</translation>
    </message>
    <message>
        <location filename="../../ui/flats/detail.py" line="227" />
        <source>Pořadí žadatelů vidí pracovníci, kteří přidělují byty.</source>
        <translation>The ranking is visible to staff who allocate flats.</translation>
    </message>
    <message>
        <location filename="../../ui/flats/detail.py" line="229" />
        <source>Byt je obsazený. Pořadí žadatelů se sestavuje pro volný byt nebo byt v opravě.</source>
        <translation>The flat is occupied. Applicants are ranked for a vacant flat or one under repair.</translation>
    </message>
    <message>
        <location filename="../../ui/flats/detail.py" line="243" />
        <source>Sestavuji pořadí žadatelů…</source>
        <translation>Ranking the applicants…</translation>
    </message>
    <message>
        <location filename="../../ui/flats/detail.py" line="260" />
        <source>Pořadí žadatelů ({0})</source>
        <translation>Ranked applicants ({0})</translation>
    </message>
    <message>
        <location filename="../../ui/flats/detail.py" line="270" />
        <source>Pořadí se nepodařilo sestavit: {0}</source>
        <translation>The ranking could not be made: {0}</translation>
    </message>
    <message>
        <location filename="../../ui/flats/detail.py" line="274" />
        <source>Kategorie {0}: {1} bytů, {2} % fondu</source>
        <translation>Category {0}: {1} flats, {2} % of the stock</translation>
    </message>
    <message>
        <location filename="../../ui/flats/detail.py" line="278" />
        <source>chybí {0} bytů</source>
        <translation>{0} flats short</translation>
    </message>
    <message>
        <location filename="../../ui/flats/detail.py" line="279" />
        <source>o {0} bytů víc</source>
        <translation>{0} flats over</translation>
    </message>
    <message>
        <location filename="../../ui/flats/detail.py" line="279" />
        <source>splněno</source>
        <translation>done</translation>
    </message>
    <message>
        <location filename="../../ui/flats/detail.py" line="280" />
        <source> · cílová kvóta {0} % ({1})</source>
        <translation> · target quota {0} % ({1})</translation>
    </message>
    <message>
        <location filename="../../ui/flats/detail.py" line="310" />
        <source>Poslední rozhodnutí: {0} – {1}, usnesení {2}, domácnost {3}.</source>
        <translation>Last decision: {0} – {1}, resolution {2}, household {3}.</translation>
    </message>
    <message>
        <location filename="../../ui/flats/detail.py" line="315" />
        <source>Byt je volný a nikomu nenabídnutý. Vyberte domácnost v pořadí a nabídněte jí byt.</source>
        <translation>The flat is vacant and not offered. Select a household in the ranking and offer it the flat.</translation>
    </message>
    <message>
        <location filename="../../ui/flats/detail.py" line="324" />
        <source>Nabídnuto {0} domácnosti &lt;b&gt;{1}&lt;/b&gt; ({2}. v pořadí, {3} bodů) – čeká na odpověď.</source>
        <translation>Offered on {0} to &lt;b&gt;{1}&lt;/b&gt; (rank {2}, {3} points) – awaiting the answer.</translation>
    </message>
    <message>
        <location filename="../../ui/flats/detail.py" line="336" />
        <source>Rada přidělení domácnosti &lt;b&gt;{0}&lt;/b&gt; schválila {1} (usnesení {2}). Dalším krokem je nájemní smlouva.</source>
        <translation>The council approved the allocation to &lt;b&gt;{0}&lt;/b&gt; on {1} (resolution {2}). The lease comes next.</translation>
    </message>
    <message>
        <location filename="../../ui/flats/detail.py" line="342" />
        <source>Domácnost &lt;b&gt;{0}&lt;/b&gt; nabídku přijala {1}. Byt je pro ni rezervován; zapište rozhodnutí rady.</source>
        <translation>&lt;b&gt;{0}&lt;/b&gt; accepted the offer on {1}. The flat is reserved for them; record the council decision.</translation>
    </message>
    <message>
        <location filename="../../ui/flats/detail.py" line="361" />
        <source>Byt nabídnut domácnosti {0}.</source>
        <translation>Flat offered to {0}.</translation>
    </message>
    <message>
        <location filename="../../ui/flats/detail.py" line="375" />
        <source>Nabídka stažena.</source>
        <translation>Offer withdrawn.</translation>
    </message>
    <message>
        <location filename="../../ui/flats/detail.py" line="383" />
        <source>Rozhodnutí zapsáno; pravidla a pořadí ke dni rozhodnutí jsou uloženy s ním.</source>
        <translation>Decision recorded; the rules and the ranking of that day are stored with it.</translation>
    </message>
    <message>
        <location filename="../../ui/flats/detail.py" line="401" />
        <source>Pořadník žadatelů</source>
        <translation>Ranking list</translation>
    </message>
</context>
<context>
    <name>FlatDialog</name>
    <message>
        <location filename="../../ui/flats/edit.py" line="59" />
        <source>Upravit byt</source>
        <translation>Edit flat</translation>
    </message>
    <message>
        <location filename="../../ui/flats/edit.py" line="60" />
        <source>Nový byt</source>
        <translation>New flat</translation>
    </message>
    <message>
        <location filename="../../ui/flats/edit.py" line="65" />
        <source>Dům *</source>
        <translation>Building *</translation>
    </message>
    <message>
        <location filename="../../ui/flats/edit.py" line="69" />
        <source>Číslo bytu *</source>
        <translation>Flat number *</translation>
    </message>
    <message>
        <location filename="../../ui/flats/edit.py" line="70" />
        <source>Dispozice</source>
        <translation>Layout</translation>
    </message>
    <message>
        <location filename="../../ui/flats/edit.py" line="72" />
        <source>Pokojů *</source>
        <translation>Rooms *</translation>
    </message>
    <message>
        <location filename="../../ui/flats/edit.py" line="73" />
        <source>Plocha (m²) *</source>
        <translation>Floor area (m²) *</translation>
    </message>
    <message>
        <location filename="../../ui/flats/edit.py" line="75" />
        <source>Podlaží</source>
        <translation>Floor</translation>
    </message>
    <message>
        <location filename="../../ui/flats/edit.py" line="76" />
        <source>neuvedeno</source>
        <translation>not stated</translation>
    </message>
    <message>
        <location filename="../../ui/flats/edit.py" line="79" />
        <source>Kategorie</source>
        <translation>Category</translation>
    </message>
    <message>
        <location filename="../../ui/flats/edit.py" line="83" />
        <source>Stav</source>
        <translation>State</translation>
    </message>
    <message>
        <location filename="../../ui/flats/edit.py" line="87" />
        <source>bezbariérový byt</source>
        <translation>barrier-free flat</translation>
    </message>
    <message>
        <location filename="../../ui/flats/edit.py" line="89" />
        <source>Nájem měsíčně</source>
        <translation>Monthly rent</translation>
    </message>
    <message>
        <location filename="../../ui/flats/edit.py" line="90" />
        <source>Zálohy na služby</source>
        <translation>Advances for services</translation>
    </message>
    <message>
        <location filename="../../ui/flats/edit.py" line="92" />
        <source>Vlastník</source>
        <translation>Owner</translation>
    </message>
    <message>
        <location filename="../../ui/flats/edit.py" line="93" />
        <source>Správce</source>
        <translation>Manager</translation>
    </message>
    <message>
        <location filename="../../ui/flats/edit.py" line="94" />
        <source>Příslušenství</source>
        <translation>Appurtenances</translation>
    </message>
    <message>
        <location filename="../../ui/flats/edit.py" line="96" />
        <source>např. sklep č. 3, komora</source>
        <translation>e.g. cellar No. 3, storeroom</translation>
    </message>
    <message>
        <location filename="../../ui/flats/edit.py" line="97" />
        <source>Poznámka</source>
        <translation>Note</translation>
    </message>
    <message>
        <location filename="../../ui/flats/edit.py" line="105" />
        <source>Plochu zadejte číslem, např. 48,5.</source>
        <translation>Enter the area as a number, e.g. 48.5.</translation>
    </message>
</context>
<context>
    <name>FlatsPage</name>
    <message>
        <location filename="../../ui/flats/page.py" line="37" />
        <source>Adresa</source>
        <translation>Address</translation>
    </message>
    <message>
        <location filename="../../ui/flats/page.py" line="38" />
        <source>Byt</source>
        <translation>Flat</translation>
    </message>
    <message>
        <location filename="../../ui/flats/page.py" line="39" />
        <source>Dispozice</source>
        <translation>Layout</translation>
    </message>
    <message>
        <location filename="../../ui/flats/page.py" line="40" />
        <source>Plocha</source>
        <translation>Area</translation>
    </message>
    <message>
        <location filename="../../ui/flats/page.py" line="42" />
        <source>Podlaží</source>
        <translation>Floor</translation>
    </message>
    <message>
        <location filename="../../ui/flats/page.py" line="43" />
        <source>Kategorie</source>
        <translation>Category</translation>
    </message>
    <message>
        <location filename="../../ui/flats/page.py" line="44" />
        <source>Stav</source>
        <translation>State</translation>
    </message>
    <message>
        <location filename="../../ui/flats/page.py" line="45" />
        <source>Nájem</source>
        <translation>Rent</translation>
    </message>
    <message>
        <location filename="../../ui/flats/page.py" line="47" />
        <source>Bezbariérový</source>
        <translation>Barrier-free</translation>
    </message>
    <message>
        <location filename="../../ui/flats/page.py" line="56" />
        <source>Byty</source>
        <translation>Flats</translation>
    </message>
    <message>
        <location filename="../../ui/flats/page.py" line="59" />
        <source>Hledat ulici, číslo domu, dispozici…</source>
        <translation>Search street, house number, layout…</translation>
    </message>
    <message>
        <location filename="../../ui/flats/page.py" line="62" />
        <source>Všechny kategorie</source>
        <translation>All categories</translation>
    </message>
    <message>
        <location filename="../../ui/flats/page.py" line="66" />
        <source>Všechny stavy</source>
        <translation>All states</translation>
    </message>
    <message>
        <location filename="../../ui/flats/page.py" line="69" />
        <source>Otevřít byt</source>
        <translation>Open flat</translation>
    </message>
    <message>
        <location filename="../../ui/flats/page.py" line="72" />
        <source>Nový byt…</source>
        <translation>New flat…</translation>
    </message>
    <message>
        <location filename="../../ui/flats/page.py" line="74" />
        <source>Nový dům…</source>
        <translation>New building…</translation>
    </message>
    <message>
        <location filename="../../ui/flats/page.py" line="129" />
        <source>Načítám byty…</source>
        <translation>Loading flats…</translation>
    </message>
    <message>
        <location filename="../../ui/flats/page.py" line="143" />
        <source>Bytů: {0} · volných: {1}</source>
        <translation>Flats: {0} · vacant: {1}</translation>
    </message>
</context>
<context>
    <name>ForgottenPasswordDialog</name>
    <message>
        <location filename="../../ui/login.py" line="98" />
        <source>Uživatelské jméno</source>
        <translation>User name</translation>
    </message>
    <message>
        <location filename="../../ui/login.py" line="100" />
        <source>Klíč pro obnovu</source>
        <translation>Recovery key</translation>
    </message>
    <message>
        <location filename="../../ui/login.py" line="103" />
        <source>Nové heslo</source>
        <translation>New password</translation>
    </message>
    <message>
        <location filename="../../ui/login.py" line="104" />
        <source>Nové heslo znovu</source>
        <translation>New password again</translation>
    </message>
    <message>
        <location filename="../../ui/login.py" line="115" />
        <source>Vyplňte uživatelské jméno.</source>
        <translation>Enter the user name.</translation>
    </message>
</context>
<context>
    <name>FormDialog</name>
    <message>
        <location filename="../../ui/widgets/dialogs.py" line="52" />
        <source>Uložit</source>
        <translation>Save</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/dialogs.py" line="57" />
        <source>Zrušit</source>
        <translation>Cancel</translation>
    </message>
</context>
<context>
    <name>FundDetail</name>
    <message>
        <location filename="../../ui/fund/page.py" line="221" />
        <source>Rozhodnout…</source>
        <translation>Decide…</translation>
    </message>
    <message>
        <location filename="../../ui/fund/page.py" line="222" />
        <source>Vyplatit…</source>
        <translation>Pay out…</translation>
    </message>
    <message>
        <location filename="../../ui/fund/page.py" line="223" />
        <source>Splátkový kalendář…</source>
        <translation>Repayment plan…</translation>
    </message>
    <message>
        <location filename="../../ui/fund/page.py" line="224" />
        <source>Splátka…</source>
        <translation>Repayment…</translation>
    </message>
    <message>
        <location filename="../../ui/fund/page.py" line="225" />
        <source>Uzavřít bez splácení</source>
        <translation>Close without repayment</translation>
    </message>
    <message>
        <location filename="../../ui/fund/page.py" line="244" />
        <source>Vyberte žádost</source>
        <translation>Choose a request</translation>
    </message>
    <message>
        <location filename="../../ui/fund/page.py" line="245" />
        <source>Žádost prochází: podání → rozhodnutí → výplata → splátky.</source>
        <translation>A request goes: filing → decision → payment → repayments.</translation>
    </message>
    <message>
        <location filename="../../ui/fund/page.py" line="259" />
        <source>Žádost {0}</source>
        <translation>Request {0}</translation>
    </message>
    <message>
        <location filename="../../ui/fund/page.py" line="269" />
        <source>Žadatel</source>
        <translation>Applicant</translation>
    </message>
    <message>
        <location filename="../../ui/fund/page.py" line="269" />
        <source>Domácnost</source>
        <translation>Household</translation>
    </message>
    <message>
        <location filename="../../ui/fund/page.py" line="270" />
        <source>Účel</source>
        <translation>Purpose</translation>
    </message>
    <message>
        <location filename="../../ui/fund/page.py" line="271" />
        <source>Požadováno</source>
        <translation>Requested</translation>
    </message>
    <message>
        <location filename="../../ui/fund/page.py" line="272" />
        <source>Podána</source>
        <translation>Filed</translation>
    </message>
    <message>
        <location filename="../../ui/fund/page.py" line="273" />
        <source>Podal(a)</source>
        <translation>Filed by</translation>
    </message>
    <message>
        <location filename="../../ui/fund/page.py" line="274" />
        <source>Zdůvodnění</source>
        <translation>Justification</translation>
    </message>
    <message>
        <location filename="../../ui/fund/page.py" line="278" />
        <source>Rozhodnutí</source>
        <translation>Decision</translation>
    </message>
    <message>
        <location filename="../../ui/fund/page.py" line="279" />
        <source>Výsledek</source>
        <translation>Outcome</translation>
    </message>
    <message>
        <location filename="../../ui/fund/page.py" line="280" />
        <source>Kdo a kdy</source>
        <translation>Who and when</translation>
    </message>
    <message>
        <location filename="../../ui/fund/page.py" line="282" />
        <source>Důvod</source>
        <translation>Reason</translation>
    </message>
    <message>
        <location filename="../../ui/fund/page.py" line="284" />
        <source>Schváleno</source>
        <translation>Approved</translation>
    </message>
    <message>
        <location filename="../../ui/fund/page.py" line="286" />
        <source>Rozpočet</source>
        <translation>Budget</translation>
    </message>
    <message>
        <location filename="../../ui/fund/page.py" line="286" />
        <source>překročen se souhlasem vedoucí KMB</source>
        <translation>exceeded with the KMB lead's consent</translation>
    </message>
    <message>
        <location filename="../../ui/fund/page.py" line="289" />
        <source>Výplaty</source>
        <translation>Payments</translation>
    </message>
    <message>
        <location filename="../../ui/fund/page.py" line="294" />
        <source>Splátkový kalendář</source>
        <translation>Repayment plan</translation>
    </message>
    <message>
        <location filename="../../ui/fund/page.py" line="296" />
        <source>Celkem</source>
        <translation>Total</translation>
    </message>
    <message>
        <location filename="../../ui/fund/page.py" line="297" />
        <source>Měsíčně</source>
        <translation>Monthly</translation>
    </message>
    <message>
        <location filename="../../ui/fund/page.py" line="298" />
        <source>Od</source>
        <translation>From</translation>
    </message>
    <message>
        <location filename="../../ui/fund/page.py" line="299" />
        <source>Splaceno</source>
        <translation>Repaid</translation>
    </message>
    <message>
        <location filename="../../ui/fund/page.py" line="300" />
        <source>Zbývá</source>
        <translation>Left</translation>
    </message>
    <message>
        <location filename="../../ui/fund/page.py" line="302" />
        <source>Splátky</source>
        <translation>Repayments</translation>
    </message>
    <message>
        <location filename="../../ui/fund/page.py" line="318" />
        <source>Uzavřít žádost</source>
        <translation>Close request</translation>
    </message>
    <message>
        <location filename="../../ui/fund/page.py" line="319" />
        <source>Uzavřít vyplacenou žádost bez splácení (nevratná pomoc)?</source>
        <translation>Close the paid request without repayment (a grant)?</translation>
    </message>
</context>
<context>
    <name>FundPage</name>
    <message>
        <location filename="../../ui/fund/page.py" line="33" />
        <source>Číslo</source>
        <translation>Number</translation>
    </message>
    <message>
        <location filename="../../ui/fund/page.py" line="34" />
        <source>Podána</source>
        <translation>Filed</translation>
    </message>
    <message>
        <location filename="../../ui/fund/page.py" line="35" />
        <source>Žadatel</source>
        <translation>Applicant</translation>
    </message>
    <message>
        <location filename="../../ui/fund/page.py" line="36" />
        <source>Účel</source>
        <translation>Purpose</translation>
    </message>
    <message>
        <location filename="../../ui/fund/page.py" line="37" />
        <source>Požadováno</source>
        <translation>Requested</translation>
    </message>
    <message>
        <location filename="../../ui/fund/page.py" line="39" />
        <source>Stav</source>
        <translation>State</translation>
    </message>
    <message>
        <location filename="../../ui/fund/page.py" line="40" />
        <location filename="../../ui/fund/page.py" line="83" />
        <source>Vyplaceno</source>
        <translation>Paid</translation>
    </message>
    <message>
        <location filename="../../ui/fund/page.py" line="42" />
        <location filename="../../ui/fund/page.py" line="84" />
        <source>Splaceno</source>
        <translation>Repaid</translation>
    </message>
    <message>
        <location filename="../../ui/fund/page.py" line="63" />
        <source>Krizový fond</source>
        <translation>Crisis fund</translation>
    </message>
    <message>
        <location filename="../../ui/fund/page.py" line="70" />
        <source>Všechny žádosti</source>
        <translation>All requests</translation>
    </message>
    <message>
        <location filename="../../ui/fund/page.py" line="74" />
        <source>Hledat žadatele nebo číslo žádosti…</source>
        <translation>Search applicant or request number…</translation>
    </message>
    <message>
        <location filename="../../ui/fund/page.py" line="76" />
        <source>Nová žádost…</source>
        <translation>New request…</translation>
    </message>
    <message>
        <location filename="../../ui/fund/page.py" line="79" />
        <source>Rozpočet…</source>
        <translation>Budget…</translation>
    </message>
    <message>
        <location filename="../../ui/fund/page.py" line="83" />
        <source>Rozpočet</source>
        <translation>Budget</translation>
    </message>
    <message>
        <location filename="../../ui/fund/page.py" line="84" />
        <source>Zůstatek</source>
        <translation>Balance</translation>
    </message>
    <message>
        <location filename="../../ui/fund/page.py" line="85" />
        <source>Schváleno k výplatě</source>
        <translation>Approved, to be paid</translation>
    </message>
    <message>
        <location filename="../../ui/fund/page.py" line="86" />
        <source>Volné prostředky</source>
        <translation>Available</translation>
    </message>
    <message>
        <location filename="../../ui/fund/page.py" line="112" />
        <source>Rok</source>
        <translation>Year</translation>
    </message>
    <message>
        <location filename="../../ui/fund/page.py" line="158" />
        <source>Rozpočet − vyplaceno + splaceno, k {0}</source>
        <translation>Budget − paid + repaid, as of {0}</translation>
    </message>
    <message>
        <location filename="../../ui/fund/page.py" line="163" />
        <source>Žádostí: {0} · podaných k rozhodnutí: {1}</source>
        <translation>Requests: {0} · filed, to decide: {1}</translation>
    </message>
</context>
<context>
    <name>FundingDialog</name>
    <message>
        <location filename="../../ui/programmes/dialogs.py" line="100" />
        <source>Financování bytu z dotace</source>
        <translation>Grant funding of a flat</translation>
    </message>
    <message>
        <location filename="../../ui/programmes/dialogs.py" line="101" />
        <source>Do konce udržitelnosti nabídne pořadník byt jen domácnostem z cílové skupiny: stačí splnit jednu z vyplněných podmínek. Ostatní žádosti vyřadí s tímto důvodem.</source>
        <translation>Until the end of the sustainability period the ranking offers the flat only to households of the target group: meeting one of the conditions filled in is enough. Other applications are left out with this reason.</translation>
    </message>
    <message>
        <location filename="../../ui/programmes/dialogs.py" line="113" />
        <source>Byt *</source>
        <translation>Flat *</translation>
    </message>
    <message>
        <location filename="../../ui/programmes/dialogs.py" line="114" />
        <source>Zdroj financování *</source>
        <translation>Source of funding *</translation>
    </message>
    <message>
        <location filename="../../ui/programmes/dialogs.py" line="117" />
        <source>Projekt</source>
        <translation>Project</translation>
    </message>
    <message>
        <location filename="../../ui/programmes/dialogs.py" line="118" />
        <source>Udržitelnost do</source>
        <translation>Sustainability until</translation>
    </message>
    <message>
        <location filename="../../ui/programmes/dialogs.py" line="119" />
        <source>Kategorie ETHOS</source>
        <translation>ETHOS categories</translation>
    </message>
    <message>
        <location filename="../../ui/programmes/dialogs.py" line="120" />
        <source>např. 1-7</source>
        <translation>e.g. 1-7</translation>
    </message>
    <message>
        <location filename="../../ui/programmes/dialogs.py" line="122" />
        <source>nebo zařazení do programu</source>
        <translation>or in the programme</translation>
    </message>
    <message>
        <location filename="../../ui/programmes/dialogs.py" line="124" />
        <source>nebo příjem na osobu pod</source>
        <translation>or income per person below</translation>
    </message>
    <message>
        <location filename="../../ui/programmes/dialogs.py" line="126" />
        <source>Poznámka</source>
        <translation>Note</translation>
    </message>
    <message>
        <location filename="../../ui/programmes/dialogs.py" line="149" />
        <source>Vyberte byt.</source>
        <translation>Choose a flat.</translation>
    </message>
</context>
<context>
    <name>GeographyTab</name>
    <message>
        <location filename="../../ui/settings/geography_tab.py" line="27" />
        <source>Adresy z RÚIAN (výpis ČÚZK)</source>
        <translation>Addresses from RÚIAN (ČÚZK export)</translation>
    </message>
    <message>
        <location filename="../../ui/settings/geography_tab.py" line="31" />
        <source>Načíst výpis adres…</source>
        <translation>Load address export…</translation>
    </message>
    <message>
        <location filename="../../ui/settings/geography_tab.py" line="36" />
        <source>Výpis adresních míst stáhněte na nahlížení do RÚIAN (CSV za obce, windows-1250), celý zip nebo soubor jedné obce. Adresy se pak doplňují při psaní ulice a čísla domu; bez výpisu se píší volně.</source>
        <translation>Download the address point export from the RÚIAN viewer (CSV per municipality, windows-1250), the whole zip or one municipality's file. Addresses then complete as you type the street and house number; without the export they are typed freely.</translation>
    </message>
    <message>
        <location filename="../../ui/settings/geography_tab.py" line="44" />
        <source>Obce a lokality pro kontakty, případy a statistiky</source>
        <translation>Municipalities and localities for contacts, cases and statistics</translation>
    </message>
    <message>
        <location filename="../../ui/settings/geography_tab.py" line="51" />
        <source>Uložit seznamy</source>
        <translation>Save lists</translation>
    </message>
    <message>
        <location filename="../../ui/settings/geography_tab.py" line="58" />
        <source>Obce správního obvodu ORP (jedna na řádek; prázdné = obce z načteného výpisu RÚIAN):</source>
        <translation>Municipalities of the ORP district (one per line; empty = those of the loaded RÚIAN export):</translation>
    </message>
    <message>
        <location filename="../../ui/settings/geography_tab.py" line="61" />
        <source>Další lokality – vyloučené lokality, ubytovny (jedna na řádek; části obcí se nabízejí z RÚIAN samy):</source>
        <translation>Other localities – excluded localities, lodging houses (one per line; town parts come from RÚIAN by themselves):</translation>
    </message>
    <message>
        <location filename="../../ui/settings/geography_tab.py" line="78" />
        <source>Načteno {0} adresních míst ({1} obcí: {2}).</source>
        <translation>{0} address points loaded ({1} municipalities: {2}).</translation>
    </message>
    <message>
        <location filename="../../ui/settings/geography_tab.py" line="82" />
        <source>Výpis zatím není načten: adresy se píší volně.</source>
        <translation>No export loaded yet: addresses are typed freely.</translation>
    </message>
    <message>
        <location filename="../../ui/settings/geography_tab.py" line="95" />
        <source>Uloženo: {0} obcí, {1} dalších lokalit.</source>
        <translation>Saved: {0} municipalities, {1} other localities.</translation>
    </message>
    <message>
        <location filename="../../ui/settings/geography_tab.py" line="100" />
        <source>Výpis adresních míst RÚIAN</source>
        <translation>RÚIAN address point export</translation>
    </message>
    <message>
        <location filename="../../ui/settings/geography_tab.py" line="101" />
        <source>Výpis RÚIAN (*.csv *.zip);;Všechny soubory (*)</source>
        <translation>RÚIAN export (*.csv *.zip);;All files (*)</translation>
    </message>
    <message>
        <location filename="../../ui/settings/geography_tab.py" line="109" />
        <source>Načítám adresy RÚIAN…</source>
        <translation>Loading RÚIAN addresses…</translation>
    </message>
    <message>
        <location filename="../../ui/settings/geography_tab.py" line="119" />
        <source>Načteno {0} adresních míst ze {1} souborů.</source>
        <translation>{0} address points loaded from {1} files.</translation>
    </message>
</context>
<context>
    <name>GiveLoginDialog</name>
    <message>
        <location filename="../../ui/settings/users_tab.py" line="258" />
        <source>Přihlášení pro {0}</source>
        <translation>Login for {0}</translation>
    </message>
    <message>
        <location filename="../../ui/settings/users_tab.py" line="259" />
        <source>{0} přišel/přišla z jiné instalace a zatím se zde nemůže přihlásit. Uživatelské jméno, role a heslo platí jen v této instalaci.</source>
        <translation>{0} came from another installation and cannot sign in here yet. The user name, role and password apply to this installation only.</translation>
    </message>
    <message>
        <location filename="../../ui/settings/users_tab.py" line="264" />
        <source>Uživatelské jméno</source>
        <translation>User name</translation>
    </message>
    <message>
        <location filename="../../ui/settings/users_tab.py" line="266" />
        <source>Role</source>
        <translation>Role</translation>
    </message>
    <message>
        <location filename="../../ui/settings/users_tab.py" line="268" />
        <source>Heslo</source>
        <translation>Password</translation>
    </message>
    <message>
        <location filename="../../ui/settings/users_tab.py" line="269" />
        <source>Heslo znovu</source>
        <translation>Password again</translation>
    </message>
    <message>
        <location filename="../../ui/settings/users_tab.py" line="262" />
        <source>Dát přihlášení</source>
        <translation>Give a login</translation>
    </message>
</context>
<context>
    <name>GuaranteeDialog</name>
    <message>
        <location filename="../../ui/landlords/dialogs.py" line="162" />
        <source>Ručení obce</source>
        <translation>The town's guarantee</translation>
    </message>
    <message>
        <location filename="../../ui/landlords/dialogs.py" line="163" />
        <source>Obec ručí pronajímateli za dluhy nájemce {0} do výše částky po dobu ručení. Ručení dostane číslo řady ručení.</source>
        <translation>The town guarantees the landlord the debts of tenant {0} up to the amount for the term. The guarantee is numbered in the guarantees' series.</translation>
    </message>
    <message>
        <location filename="../../ui/landlords/dialogs.py" line="165" />
        <source>Zapsat ručení</source>
        <translation>Record guarantee</translation>
    </message>
    <message>
        <location filename="../../ui/landlords/dialogs.py" line="167" />
        <source>Ručí se do *</source>
        <translation>Guaranteed up to *</translation>
    </message>
    <message>
        <location filename="../../ui/landlords/dialogs.py" line="169" />
        <source>Od *</source>
        <translation>From *</translation>
    </message>
    <message>
        <location filename="../../ui/landlords/dialogs.py" line="171" />
        <source>Do *</source>
        <translation>To *</translation>
    </message>
    <message>
        <location filename="../../ui/landlords/dialogs.py" line="173" />
        <source>Poznámka</source>
        <translation>Note</translation>
    </message>
</context>
<context>
    <name>GuardiansPanel</name>
    <message>
        <location filename="../../ui/persons/guardians.py" line="24" />
        <location filename="../../ui/persons/guardians.py" line="99" />
        <source>Druh</source>
        <translation>Kind</translation>
    </message>
    <message>
        <location filename="../../ui/persons/guardians.py" line="25" />
        <source>Jméno</source>
        <translation>Name</translation>
    </message>
    <message>
        <location filename="../../ui/persons/guardians.py" line="26" />
        <source>Rozhodnutí</source>
        <translation>Decision</translation>
    </message>
    <message>
        <location filename="../../ui/persons/guardians.py" line="28" />
        <source>Platnost</source>
        <translation>Valid</translation>
    </message>
    <message>
        <location filename="../../ui/persons/guardians.py" line="50" />
        <source>Opatrovníci a zástupci</source>
        <translation>Guardians and representatives</translation>
    </message>
    <message>
        <location filename="../../ui/persons/guardians.py" line="70" />
        <source>Osoba nemá opatrovníka ani zástupce.</source>
        <translation>The person has no guardian or representative.</translation>
    </message>
    <message>
        <location filename="../../ui/persons/guardians.py" line="92" />
        <source>např. rozsudek OS Trutnov č. j. 12 P 34/2025</source>
        <translation>e.g. judgment of the District Court, ref. 12 P 34/2025</translation>
    </message>
    <message>
        <location filename="../../ui/persons/guardians.py" line="100" />
        <source>Jméno a příjmení</source>
        <translation>Full name</translation>
    </message>
    <message>
        <location filename="../../ui/persons/guardians.py" line="101" />
        <source>Rozhodnutí (č. j.)</source>
        <translation>Decision (ref. no.)</translation>
    </message>
    <message>
        <location filename="../../ui/persons/guardians.py" line="102" />
        <source>Platí od</source>
        <translation>Valid from</translation>
    </message>
    <message>
        <location filename="../../ui/persons/guardians.py" line="103" />
        <source>Platí do</source>
        <translation>Valid to</translation>
    </message>
    <message>
        <location filename="../../ui/persons/guardians.py" line="108" />
        <location filename="../../ui/persons/guardians.py" line="190" />
        <source>Přidat zástupce</source>
        <translation>Add representative</translation>
    </message>
    <message>
        <location filename="../../ui/persons/guardians.py" line="111" />
        <source>Odebrat vybraného</source>
        <translation>Remove selected</translation>
    </message>
    <message>
        <location filename="../../ui/persons/guardians.py" line="114" />
        <source>Nový</source>
        <translation>New</translation>
    </message>
    <message>
        <location filename="../../ui/persons/guardians.py" line="183" />
        <source>Uložit změny</source>
        <translation>Save changes</translation>
    </message>
    <message>
        <location filename="../../ui/persons/guardians.py" line="201" />
        <location filename="../../ui/persons/guardians.py" line="204" />
        <location filename="../../ui/persons/guardians.py" line="218" />
        <source>Nepodařilo se</source>
        <translation>Failed</translation>
    </message>
    <message>
        <location filename="../../ui/persons/guardians.py" line="213" />
        <source>Zástupci</source>
        <translation>Representatives</translation>
    </message>
    <message>
        <location filename="../../ui/persons/guardians.py" line="213" />
        <source>Vyberte zástupce.</source>
        <translation>Select a representative.</translation>
    </message>
</context>
<context>
    <name>HouseholdSection</name>
    <message>
        <location filename="../../ui/intake/household_section.py" line="46" />
        <source>Jméno</source>
        <translation>Name</translation>
    </message>
    <message>
        <location filename="../../ui/intake/household_section.py" line="47" />
        <source>Narozen(a)</source>
        <translation>Born</translation>
    </message>
    <message>
        <location filename="../../ui/intake/household_section.py" line="49" />
        <source>Vztah ke klientovi</source>
        <translation>Relation to the client</translation>
    </message>
    <message>
        <location filename="../../ui/intake/household_section.py" line="124" />
        <source>Domácnost</source>
        <translation>Household</translation>
    </message>
    <message>
        <location filename="../../ui/intake/household_section.py" line="145" />
        <source>Přidat člena…</source>
        <translation>Add member…</translation>
    </message>
    <message>
        <location filename="../../ui/intake/household_section.py" line="146" />
        <source>Přidat člena domácnosti (Ctrl+M)</source>
        <translation>Add a household member (Ctrl+M)</translation>
    </message>
    <message>
        <location filename="../../ui/intake/household_section.py" line="148" />
        <source>Odebrat</source>
        <translation>Remove</translation>
    </message>
    <message>
        <location filename="../../ui/intake/household_section.py" line="178" />
        <source>Nejdřív vyberte nebo založte klienta.</source>
        <translation>First choose or create the client.</translation>
    </message>
    <message>
        <location filename="../../ui/intake/household_section.py" line="180" />
        <source>Domácnost {0}</source>
        <translation>Household {0}</translation>
    </message>
    <message>
        <location filename="../../ui/intake/household_section.py" line="182" />
        <source>Členů domácnosti kromě klienta: {0}</source>
        <translation>Household members besides the client: {0}</translation>
    </message>
    <message>
        <location filename="../../ui/intake/household_section.py" line="185" />
        <source>Žije sama, nebo přidejte členy domácnosti (Ctrl+M).</source>
        <translation>Lives alone, or add household members (Ctrl+M).</translation>
    </message>
    <message>
        <location filename="../../ui/intake/household_section.py" line="187" />
        <source>Žije sám, nebo přidejte členy domácnosti (Ctrl+M).</source>
        <translation>Lives alone, or add household members (Ctrl+M).</translation>
    </message>
    <message>
        <location filename="../../ui/intake/household_section.py" line="189" />
        <source>Zatím bez dalších členů domácnosti – přidejte je (Ctrl+M).</source>
        <translation>No other household members yet – add them (Ctrl+M).</translation>
    </message>
</context>
<context>
    <name>ImportTab</name>
    <message>
        <location filename="../../ui/settings/import_tab.py" line="64" />
        <source>Seznamy, které úřad vede v Excelu (pořadník, nájemníci, byty), načtete sem: vyberte, co soubor obsahuje, a soubor XLSX nebo CSV; sloupce se přiřadí podle záhlaví a vy je zkontrolujete. Nic se neuloží, dokud import nepotvrdíte.</source>
        <translation>Load the lists the office keeps in Excel (waiting list, tenants, flats) here: choose what the file holds and an XLSX or CSV file; the columns are matched by their headers and you check them. Nothing is saved until you confirm the import.</translation>
    </message>
    <message>
        <location filename="../../ui/settings/import_tab.py" line="73" />
        <source>Vybrat soubor…</source>
        <translation>Choose file…</translation>
    </message>
    <message>
        <location filename="../../ui/settings/import_tab.py" line="76" />
        <source>Soubor není vybrán.</source>
        <translation>No file chosen.</translation>
    </message>
    <message>
        <location filename="../../ui/settings/import_tab.py" line="79" />
        <source>Co soubor obsahuje:</source>
        <translation>The file holds:</translation>
    </message>
    <message>
        <location filename="../../ui/settings/import_tab.py" line="86" />
        <source>Pole</source>
        <translation>Field</translation>
    </message>
    <message>
        <location filename="../../ui/settings/import_tab.py" line="86" />
        <source>Sloupec v souboru</source>
        <translation>Column in the file</translation>
    </message>
    <message>
        <location filename="../../ui/settings/import_tab.py" line="90" />
        <source>Zkontrolovat soubor</source>
        <translation>Check the file</translation>
    </message>
    <message>
        <location filename="../../ui/settings/import_tab.py" line="93" />
        <source>1. Přiřazení sloupců</source>
        <translation>1. Columns</translation>
    </message>
    <message>
        <location filename="../../ui/settings/import_tab.py" line="109" />
        <source>Importovat</source>
        <translation>Import</translation>
    </message>
    <message>
        <location filename="../../ui/settings/import_tab.py" line="113" />
        <source>2. Náhled a chybné řádky</source>
        <translation>2. Preview and bad rows</translation>
    </message>
    <message>
        <location filename="../../ui/settings/import_tab.py" line="117" />
        <source>Chybné řádky:</source>
        <translation>Bad rows:</translation>
    </message>
    <message>
        <location filename="../../ui/settings/import_tab.py" line="126" />
        <source>Vyvézt všechna data do Excelu…</source>
        <translation>Export all data to Excel…</translation>
    </message>
    <message>
        <location filename="../../ui/settings/import_tab.py" line="131" />
        <source>Osoby, domácnosti, žádosti, byty a smlouvy jako jeden sešit (list pro každý druh záznamu, česká záhlaví); vývoz se zapíše do auditu.</source>
        <translation>Persons, households, applications, flats and leases as one workbook (a sheet per record type, Czech headers); the export is recorded in the audit trail.</translation>
    </message>
    <message>
        <location filename="../../ui/settings/import_tab.py" line="159" />
        <source>Seznam k importu</source>
        <translation>List to import</translation>
    </message>
    <message>
        <location filename="../../ui/settings/import_tab.py" line="160" />
        <source>Tabulky (*.xlsx *.csv);;Všechny soubory (*)</source>
        <translation>Tables (*.xlsx *.csv);;All files (*)</translation>
    </message>
    <message>
        <location filename="../../ui/settings/import_tab.py" line="187" />
        <source>Kontroluji soubor…</source>
        <translation>Checking the file…</translation>
    </message>
    <message>
        <location filename="../../ui/settings/import_tab.py" line="191" />
        <source>Kontrola byla zrušena.</source>
        <translation>The check was cancelled.</translation>
    </message>
    <message>
        <location filename="../../ui/settings/import_tab.py" line="205" />
        <source>(nevybráno)</source>
        <translation>(not chosen)</translation>
    </message>
    <message>
        <location filename="../../ui/settings/import_tab.py" line="218" />
        <source>Přiřazení se změnilo – soubor znovu zkontrolujte.</source>
        <translation>The columns changed – check the file again.</translation>
    </message>
    <message>
        <location filename="../../ui/settings/import_tab.py" line="231" />
        <source>Řádků: {0} · nových: {1} · už v evidenci: {2} · chybných: {3}</source>
        <translation>Rows: {0} · new: {1} · already recorded: {2} · bad: {3}</translation>
    </message>
    <message>
        <location filename="../../ui/settings/import_tab.py" line="234" />
        <source> (přiřazení sloupců zapamatované z minula)</source>
        <translation> (columns remembered from last time)</translation>
    </message>
    <message>
        <location filename="../../ui/settings/import_tab.py" line="236" />
        <source> – opravte soubor, nebo chybné řádky výslovně vynechejte.</source>
        <translation> – correct the file, or skip the bad rows explicitly.</translation>
    </message>
    <message>
        <location filename="../../ui/settings/import_tab.py" line="238" />
        <source>Vynechat chybné řádky ({0}) a importovat ostatní</source>
        <translation>Skip the bad rows ({0}) and import the rest</translation>
    </message>
    <message>
        <location filename="../../ui/settings/import_tab.py" line="249" />
        <source>Řádek</source>
        <translation>Line</translation>
    </message>
    <message>
        <location filename="../../ui/settings/import_tab.py" line="249" />
        <source>Stav</source>
        <translation>State</translation>
    </message>
    <message>
        <location filename="../../ui/settings/import_tab.py" line="284" />
        <source>Importuji…</source>
        <translation>Importing…</translation>
    </message>
    <message>
        <location filename="../../ui/settings/import_tab.py" line="295" />
        <source>Importováno: {0} nových záznamů, {1} už bylo v evidenci, vynecháno {2} chybných řádků.</source>
        <translation>Imported: {0} new records, {1} were already recorded, {2} bad rows skipped.</translation>
    </message>
    <message>
        <location filename="../../ui/settings/import_tab.py" line="301" />
        <source>Import byl zrušen; nic se neuložilo.</source>
        <translation>The import was cancelled; nothing was saved.</translation>
    </message>
    <message>
        <location filename="../../ui/settings/import_tab.py" line="307" />
        <source>Vývoz dat úřadu</source>
        <translation>Export of the office's data</translation>
    </message>
    <message>
        <location filename="../../ui/settings/import_tab.py" line="307" />
        <source>Sešit Excelu (*.xlsx)</source>
        <translation>Excel workbook (*.xlsx)</translation>
    </message>
    <message>
        <location filename="../../ui/settings/import_tab.py" line="313" />
        <source>Vyvážím data…</source>
        <translation>Exporting data…</translation>
    </message>
    <message>
        <location filename="../../ui/settings/import_tab.py" line="319" />
        <source>Uloženo do {0} ({1}).</source>
        <translation>Saved to {0} ({1}).</translation>
    </message>
</context>
<context>
    <name>InboxPage</name>
    <message>
        <location filename="../../ui/inbox/page.py" line="31" />
        <source>můj úkol</source>
        <translation>my task</translation>
    </message>
    <message>
        <location filename="../../ui/inbox/page.py" line="32" />
        <source>úkol odboru</source>
        <translation>department task</translation>
    </message>
    <message>
        <location filename="../../ui/inbox/page.py" line="33" />
        <source>zástup</source>
        <translation>covering</translation>
    </message>
    <message>
        <location filename="../../ui/inbox/page.py" line="55" />
        <source>Termín</source>
        <translation>Due</translation>
    </message>
    <message>
        <location filename="../../ui/inbox/page.py" line="56" />
        <source>Úkol</source>
        <translation>Task</translation>
    </message>
    <message>
        <location filename="../../ui/inbox/page.py" line="57" />
        <source>Klient</source>
        <translation>Client</translation>
    </message>
    <message>
        <location filename="../../ui/inbox/page.py" line="58" />
        <source>Případ</source>
        <translation>Case</translation>
    </message>
    <message>
        <location filename="../../ui/inbox/page.py" line="59" />
        <source>Řeší</source>
        <translation>Assigned to</translation>
    </message>
    <message>
        <location filename="../../ui/inbox/page.py" line="60" />
        <source>Proč u mě</source>
        <translation>Why mine</translation>
    </message>
    <message>
        <location filename="../../ui/inbox/page.py" line="61" />
        <source>Druh</source>
        <translation>Kind</translation>
    </message>
    <message>
        <location filename="../../ui/inbox/page.py" line="89" />
        <source>Moje úkoly a úkoly odboru</source>
        <translation>My and my department's tasks</translation>
    </message>
    <message>
        <location filename="../../ui/inbox/page.py" line="109" />
        <source>Splněno</source>
        <translation>Done</translation>
    </message>
    <message>
        <location filename="../../ui/inbox/page.py" line="112" />
        <source>Otevřít případ</source>
        <translation>Open the case</translation>
    </message>
    <message>
        <location filename="../../ui/inbox/page.py" line="119" />
        <source>&lt;b&gt;Případy zastupovaných kolegů&lt;/b&gt;</source>
        <translation>&lt;b&gt;Cases of colleagues I cover for&lt;/b&gt;</translation>
    </message>
    <message>
        <location filename="../../ui/inbox/page.py" line="121" />
        <source>Zobrazit:</source>
        <translation>Show:</translation>
    </message>
    <message>
        <location filename="../../ui/inbox/page.py" line="154" />
        <source>Fronta: {0}</source>
        <translation>Queue: {0}</translation>
    </message>
    <message>
        <location filename="../../ui/inbox/page.py" line="156" />
        <source>Fronta: {0} (neaktivní)</source>
        <translation>Queue: {0} (inactive)</translation>
    </message>
    <message>
        <location filename="../../ui/inbox/page.py" line="178" />
        <source>Po termínu {0} · dnes {1} · později {2}</source>
        <translation>Overdue {0} · today {1} · later {2}</translation>
    </message>
    <message>
        <location filename="../../ui/inbox/page.py" line="181" />
        <source>Zastupujete: {0}</source>
        <translation>You cover for: {0}</translation>
    </message>
    <message>
        <location filename="../../ui/inbox/page.py" line="187" />
        <source>Otevřených úkolů ve frontě {0}, po termínu {1}</source>
        <translation>Open tasks in the queue {0}, overdue {1}</translation>
    </message>
    <message>
        <location filename="../../ui/inbox/page.py" line="126" />
        <location filename="../../ui/inbox/page.py" line="210" />
        <source>Úkoly</source>
        <translation>Tasks</translation>
    </message>
    <message>
        <location filename="../../ui/inbox/page.py" line="210" />
        <source>Vyberte úkol v seznamu.</source>
        <translation>Select a task in the list.</translation>
    </message>
    <message>
        <location filename="../../ui/inbox/page.py" line="215" />
        <source>Nepodařilo se</source>
        <translation>Failed</translation>
    </message>
</context>
<context>
    <name>InspectionEditor</name>
    <message>
        <location filename="../../ui/inspections/editor.py" line="62" />
        <source>← Seznam kontrol</source>
        <translation>← Inspections</translation>
    </message>
    <message>
        <location filename="../../ui/inspections/editor.py" line="69" />
        <source>Protokol…</source>
        <translation>Protocol…</translation>
    </message>
    <message>
        <location filename="../../ui/inspections/editor.py" line="71" />
        <source>Předávací protokol…</source>
        <translation>Handover protocol…</translation>
    </message>
    <message>
        <location filename="../../ui/inspections/editor.py" line="73" />
        <location filename="../../ui/inspections/editor.py" line="395" />
        <source>Uzavřít protokol</source>
        <translation>Close protocol</translation>
    </message>
    <message>
        <location filename="../../ui/inspections/editor.py" line="76" />
        <source>Zahodit koncept</source>
        <translation>Discard draft</translation>
    </message>
    <message>
        <location filename="../../ui/inspections/editor.py" line="81" />
        <source>Místnost</source>
        <translation>Room</translation>
    </message>
    <message>
        <location filename="../../ui/inspections/editor.py" line="82" />
        <source>Položka</source>
        <translation>Item</translation>
    </message>
    <message>
        <location filename="../../ui/inspections/editor.py" line="83" />
        <source>Stav</source>
        <translation>State</translation>
    </message>
    <message>
        <location filename="../../ui/inspections/editor.py" line="84" />
        <source>Závada</source>
        <translation>Defect</translation>
    </message>
    <message>
        <location filename="../../ui/inspections/editor.py" line="85" />
        <location filename="../../ui/inspections/editor.py" line="130" />
        <source>Poznámka</source>
        <translation>Note</translation>
    </message>
    <message>
        <location filename="../../ui/inspections/editor.py" line="86" />
        <source>Úkol</source>
        <translation>Task</translation>
    </message>
    <message>
        <location filename="../../ui/inspections/editor.py" line="87" />
        <source>Nezkontrolované označit „v pořádku“</source>
        <translation>Mark unchecked items “in order”</translation>
    </message>
    <message>
        <location filename="../../ui/inspections/editor.py" line="89" />
        <source>Přidat položku</source>
        <translation>Add item</translation>
    </message>
    <message>
        <location filename="../../ui/inspections/editor.py" line="91" />
        <source>Odebrat položku</source>
        <translation>Remove item</translation>
    </message>
    <message>
        <location filename="../../ui/inspections/editor.py" line="106" />
        <source>Měřidlo</source>
        <translation>Meter</translation>
    </message>
    <message>
        <location filename="../../ui/inspections/editor.py" line="107" />
        <source>Výrobní číslo</source>
        <translation>Serial number</translation>
    </message>
    <message>
        <location filename="../../ui/inspections/editor.py" line="108" />
        <source>EAN / EIC</source>
        <translation>EAN / EIC</translation>
    </message>
    <message>
        <location filename="../../ui/inspections/editor.py" line="109" />
        <source>Stav (T1)</source>
        <translation>Reading (T1)</translation>
    </message>
    <message>
        <location filename="../../ui/inspections/editor.py" line="110" />
        <source>T2</source>
        <translation>T2</translation>
    </message>
    <message>
        <location filename="../../ui/inspections/editor.py" line="111" />
        <source>Jedn.</source>
        <translation>Unit</translation>
    </message>
    <message>
        <location filename="../../ui/inspections/editor.py" line="112" />
        <source>Předchozí odečet</source>
        <translation>Previous reading</translation>
    </message>
    <message>
        <location filename="../../ui/inspections/editor.py" line="113" />
        <source>Přidat měřidlo</source>
        <translation>Add meter</translation>
    </message>
    <message>
        <location filename="../../ui/inspections/editor.py" line="117" />
        <source>Stavy opište z měřidel. Elektřina se dvěma tarify má stav T1 (vysoký) a T2 (nízký).</source>
        <translation>Copy the readings from the meters. Two-tariff electricity has T1 (high) and T2 (low).</translation>
    </message>
    <message>
        <location filename="../../ui/inspections/editor.py" line="128" />
        <source>Klíče od</source>
        <translation>Keys to</translation>
    </message>
    <message>
        <location filename="../../ui/inspections/editor.py" line="129" />
        <source>Počet</source>
        <translation>Count</translation>
    </message>
    <message>
        <location filename="../../ui/inspections/editor.py" line="131" />
        <source>Přidat klíče</source>
        <translation>Add keys</translation>
    </message>
    <message>
        <location filename="../../ui/inspections/editor.py" line="148" />
        <source>Datum kontroly</source>
        <translation>Inspection date</translation>
    </message>
    <message>
        <location filename="../../ui/inspections/editor.py" line="150" />
        <source>Přítomné osoby</source>
        <translation>Persons present</translation>
    </message>
    <message>
        <location filename="../../ui/inspections/editor.py" line="158" />
        <source>Nájemce / domácnost</source>
        <translation>Tenant / household</translation>
    </message>
    <message>
        <location filename="../../ui/inspections/editor.py" line="159" />
        <source>Shrnutí a ujednání</source>
        <translation>Summary and agreements</translation>
    </message>
    <message>
        <location filename="../../ui/inspections/editor.py" line="165" />
        <source>Místnosti</source>
        <translation>Rooms</translation>
    </message>
    <message>
        <location filename="../../ui/inspections/editor.py" line="166" />
        <location filename="../../ui/inspections/editor.py" line="351" />
        <source>Měřidla</source>
        <translation>Meters</translation>
    </message>
    <message>
        <location filename="../../ui/inspections/editor.py" line="167" />
        <source>Klíče</source>
        <translation>Keys</translation>
    </message>
    <message>
        <location filename="../../ui/inspections/editor.py" line="168" />
        <source>Osoby a shrnutí</source>
        <translation>Persons and summary</translation>
    </message>
    <message>
        <location filename="../../ui/inspections/editor.py" line="169" />
        <source>Fotografie</source>
        <translation>Photos</translation>
    </message>
    <message>
        <location filename="../../ui/inspections/editor.py" line="183" />
        <source>Kontrolu nelze otevřít</source>
        <translation>The inspection cannot be opened</translation>
    </message>
    <message>
        <location filename="../../ui/inspections/editor.py" line="198" />
        <source>vytvořen</source>
        <translation>created</translation>
    </message>
    <message>
        <location filename="../../ui/inspections/editor.py" line="222" />
        <source>nepřiřazena</source>
        <translation>not assigned</translation>
    </message>
    <message>
        <location filename="../../ui/inspections/editor.py" line="224" />
        <source>Fotografie ({0})</source>
        <translation>Photos ({0})</translation>
    </message>
    <message>
        <location filename="../../ui/inspections/editor.py" line="245" />
        <source>{0} ({1})</source>
        <translation>{0} ({1})</translation>
    </message>
    <message>
        <location filename="../../ui/inspections/editor.py" line="251" />
        <source>Kontrola bytu – {0}</source>
        <translation>Flat inspection – {0}</translation>
    </message>
    <message>
        <location filename="../../ui/inspections/editor.py" line="249" />
        <source>{0}, byt č. {1}</source>
        <translation>{0}, flat {1}</translation>
    </message>
    <message>
        <location filename="../../ui/inspections/editor.py" line="256" />
        <source>šablona: {0}</source>
        <translation>template: {0}</translation>
    </message>
    <message>
        <location filename="../../ui/inspections/editor.py" line="275" />
        <source>Protokol je uzavřený ({0}, {1}) a nelze ho měnit. Závady byly předány jako úkoly.</source>
        <translation>The protocol is closed ({0}, {1}) and cannot be changed. Defects were passed on as tasks.</translation>
    </message>
    <message>
        <location filename="../../ui/inspections/editor.py" line="278" />
        <source>Jen ke čtení</source>
        <translation>Read only</translation>
    </message>
    <message>
        <location filename="../../ui/inspections/editor.py" line="281" />
        <source>Koncept se ukládá sám.</source>
        <translation>The draft saves itself.</translation>
    </message>
    <message>
        <location filename="../../ui/inspections/editor.py" line="326" />
        <location filename="../../ui/inspections/editor.py" line="329" />
        <source>Neuloženo: {0}</source>
        <translation>Not saved: {0}</translation>
    </message>
    <message>
        <location filename="../../ui/inspections/editor.py" line="360" />
        <source>Měřidla ⚠</source>
        <translation>Meters ⚠</translation>
    </message>
    <message>
        <location filename="../../ui/inspections/editor.py" line="396" />
        <source>Po uzavření už protokol nepůjde měnit. Zjištěné závady se stanou úkoly.

Uzavřít protokol?</source>
        <translation>Once closed, the protocol cannot be changed. The defects found become tasks.

Close the protocol?</translation>
    </message>
    <message>
        <location filename="../../ui/inspections/editor.py" line="398" />
        <source>Protokol nelze uzavřít</source>
        <translation>The protocol cannot be closed</translation>
    </message>
    <message>
        <location filename="../../ui/inspections/editor.py" line="403" />
        <source>Protokol je uzavřený. Úkolů ze závad: {0}.</source>
        <translation>The protocol is closed. Defect tasks: {0}.</translation>
    </message>
    <message>
        <location filename="../../ui/inspections/editor.py" line="408" />
        <source>Zahodit rozpracovanou kontrolu? Tuto akci nelze vrátit.</source>
        <translation>Discard the draft inspection? This cannot be undone.</translation>
    </message>
    <message>
        <location filename="../../ui/inspections/editor.py" line="420" />
        <source>Tisk se nepodařil</source>
        <translation>Printing failed</translation>
    </message>
    <message>
        <location filename="../../ui/inspections/editor.py" line="413" />
        <source>Předávací protokol</source>
        <translation>Handover protocol</translation>
    </message>
    <message>
        <location filename="../../ui/inspections/editor.py" line="414" />
        <source>Protokol o kontrole bytu</source>
        <translation>Flat inspection protocol</translation>
    </message>
</context>
<context>
    <name>InspectionsPage</name>
    <message>
        <location filename="../../ui/inspections/page.py" line="26" />
        <source>Datum</source>
        <translation>Date</translation>
    </message>
    <message>
        <location filename="../../ui/inspections/page.py" line="28" />
        <source>Byt</source>
        <translation>Flat</translation>
    </message>
    <message>
        <location filename="../../ui/inspections/page.py" line="29" />
        <source>Druh</source>
        <translation>Kind</translation>
    </message>
    <message>
        <location filename="../../ui/inspections/page.py" line="30" />
        <source>Nájemce</source>
        <translation>Tenant</translation>
    </message>
    <message>
        <location filename="../../ui/inspections/page.py" line="31" />
        <source>Závady</source>
        <translation>Defects</translation>
    </message>
    <message>
        <location filename="../../ui/inspections/page.py" line="33" />
        <source>Stav</source>
        <translation>State</translation>
    </message>
    <message>
        <location filename="../../ui/inspections/page.py" line="35" />
        <source>Provedl(a)</source>
        <translation>Done by</translation>
    </message>
    <message>
        <location filename="../../ui/inspections/page.py" line="52" />
        <source>Kontroly bytů</source>
        <translation>Flat inspections</translation>
    </message>
    <message>
        <location filename="../../ui/inspections/page.py" line="53" />
        <source>Hledat adresu, byt nebo nájemce…</source>
        <translation>Search address, flat or tenant…</translation>
    </message>
    <message>
        <location filename="../../ui/inspections/page.py" line="44" />
        <source>Všechny druhy</source>
        <translation>All kinds</translation>
    </message>
    <message>
        <location filename="../../ui/inspections/page.py" line="48" />
        <source>Všechny stavy</source>
        <translation>All states</translation>
    </message>
    <message>
        <location filename="../../ui/inspections/page.py" line="56" />
        <source>Nová kontrola</source>
        <translation>New inspection</translation>
    </message>
    <message>
        <location filename="../../ui/inspections/page.py" line="73" />
        <source>Kontrol: {0} · zjištěných závad: {1}</source>
        <translation>Inspections: {0} · defects found: {1}</translation>
    </message>
    <message>
        <location filename="../../ui/inspections/page.py" line="85" />
        <source>Kontrolu nelze založit</source>
        <translation>The inspection cannot be started</translation>
    </message>
</context>
<context>
    <name>IntakeForm</name>
    <message>
        <location filename="../../ui/intake/form.py" line="84" />
        <source>Otevřít případ</source>
        <translation>Open the case</translation>
    </message>
    <message>
        <location filename="../../ui/intake/form.py" line="92" />
        <source>Zahodit</source>
        <translation>Discard</translation>
    </message>
    <message>
        <location filename="../../ui/intake/form.py" line="93" />
        <source>Zahodit rozepsaný příjem a začít znovu</source>
        <translation>Discard the intake in progress and start again</translation>
    </message>
    <message>
        <location filename="../../ui/intake/form.py" line="95" />
        <source>Uložit příjem</source>
        <translation>Save intake</translation>
    </message>
    <message>
        <location filename="../../ui/intake/form.py" line="98" />
        <source>Uložit celý příjem (Ctrl+S)</source>
        <translation>Save the whole intake (Ctrl+S)</translation>
    </message>
    <message>
        <location filename="../../ui/intake/form.py" line="100" />
        <source>Enter hledá · Ctrl+N nová osoba · Ctrl+M člen domácnosti · Ctrl+P předání · Ctrl+S uložit</source>
        <translation>Enter searches · Ctrl+N new person · Ctrl+M household member · Ctrl+P referral · Ctrl+S save</translation>
    </message>
    <message>
        <location filename="../../ui/intake/form.py" line="316" />
        <source>Zkontrolujte zvýrazněná pole ({0}).</source>
        <translation>Check the highlighted fields ({0}).</translation>
    </message>
    <message>
        <location filename="../../ui/intake/form.py" line="322" />
        <source>Uloženo: {0}.</source>
        <translation>Saved: {0}.</translation>
    </message>
    <message>
        <location filename="../../ui/intake/form.py" line="324" />
        <source>Předání: {0}, ověření naplánováno.</source>
        <translation>Referrals: {0}, follow-up planned.</translation>
    </message>
    <message>
        <location filename="../../ui/intake/form.py" line="326" />
        <source>Otevřen případ {0} – {1}.</source>
        <translation>Case {0} opened – {1}.</translation>
    </message>
    <message>
        <location filename="../../ui/intake/form.py" line="329" />
        <source>Kontakt připojen k případu {0}.</source>
        <translation>Contact added to case {0}.</translation>
    </message>
    <message>
        <location filename="../../ui/intake/form.py" line="331" />
        <source>Zahájeno šetření bytové situace (§16).</source>
        <translation>Housing-situation assessment (§16) started.</translation>
    </message>
    <message>
        <location filename="../../ui/intake/form.py" line="333" />
        <source>Označeno jako možná duplicita k posouzení.</source>
        <translation>Flagged as a possible duplicate for review.</translation>
    </message>
    <message>
        <location filename="../../ui/intake/form.py" line="368" />
        <source>Neuložený příjem</source>
        <translation>Unsaved intake</translation>
    </message>
    <message>
        <location filename="../../ui/intake/form.py" line="369" />
        <source>Příjem není uložený. Opravdu ho chcete zahodit?</source>
        <translation>The intake is not saved. Do you really want to discard it?</translation>
    </message>
</context>
<context>
    <name>IntakePage</name>
    <message>
        <location filename="../../ui/intake/page.py" line="19" />
        <source>Příjem</source>
        <translation>Intake</translation>
    </message>
    <message>
        <location filename="../../ui/intake/page.py" line="25" />
        <source>Nový příjem</source>
        <translation>New intake</translation>
    </message>
    <message>
        <location filename="../../ui/intake/page.py" line="26" />
        <source>Kontakty</source>
        <translation>Contacts</translation>
    </message>
    <message>
        <location filename="../../ui/intake/page.py" line="37" />
        <source>Možné duplicity ({0})</source>
        <translation>Possible duplicates ({0})</translation>
    </message>
    <message>
        <location filename="../../ui/intake/page.py" line="37" />
        <source>Možné duplicity</source>
        <translation>Possible duplicates</translation>
    </message>
</context>
<context>
    <name>IntakeRulesTab</name>
    <message>
        <location filename="../../ui/settings/intake_rules.py" line="33" />
        <source>Podmínky zápisu potřebného (§13–27)</source>
        <translation>Conditions of the entry as in need (§13–27)</translation>
    </message>
    <message>
        <location filename="../../ui/settings/intake_rules.py" line="38" />
        <source> roky</source>
        <translation> years</translation>
    </message>
    <message>
        <location filename="../../ui/settings/intake_rules.py" line="39" />
        <source>Vazba na obvod: žije, pracuje či studuje alespoň</source>
        <translation>Link to the district: lives, works or studies there for at least</translation>
    </message>
    <message>
        <location filename="../../ui/settings/intake_rules.py" line="50" />
        <source>Vazbu zakládá</source>
        <translation>The link is established by</translation>
    </message>
    <message>
        <location filename="../../ui/settings/intake_rules.py" line="51" />
        <source>Příjem</source>
        <translation>Intake</translation>
    </message>
    <message>
        <location filename="../../ui/settings/intake_rules.py" line="55" />
        <source>Přelidněné pod (m² na osobu)</source>
        <translation>Overcrowded below (m² per person)</translation>
    </message>
    <message>
        <location filename="../../ui/settings/intake_rules.py" line="60" />
        <source> dní</source>
        <translation> days</translation>
    </message>
    <message>
        <location filename="../../ui/settings/intake_rules.py" line="61" />
        <source>Ověřit předání na službu po</source>
        <translation>Check a referral after</translation>
    </message>
    <message>
        <location filename="../../ui/settings/intake_rules.py" line="64" />
        <source>Uložit</source>
        <translation>Save</translation>
    </message>
    <message>
        <location filename="../../ui/settings/intake_rules.py" line="78" />
        <source>Pravidla úřadu pro příjem. Částky životního minima, násobek příjmu a platnost zápisu (§ 23) jsou v Nastavení → Zákon, s datem platnosti a pramenem.</source>
        <translation>The office's rules for the intake. The subsistence minimum amounts, the income factor and the validity of an entry (§ 23) are in Settings → Law, with their dates and sources.</translation>
    </message>
    <message>
        <location filename="../../ui/settings/intake_rules.py" line="102" />
        <source>Zadejte číslo, např. 9,5.</source>
        <translation>Enter a number, e.g. 9.5.</translation>
    </message>
    <message>
        <location filename="../../ui/settings/intake_rules.py" line="89" />
        <source>Hodnoty mění vedoucí KMB nebo správce.</source>
        <translation>Values are changed by the KMB lead or an admin.</translation>
    </message>
    <message>
        <location filename="../../ui/settings/intake_rules.py" line="124" />
        <source>Uloženo. Nové příjmy počítají s těmito hodnotami.</source>
        <translation>Saved. New intakes use these values.</translation>
    </message>
</context>
<context>
    <name>LandlordDialog</name>
    <message>
        <location filename="../../ui/landlords/dialogs.py" line="36" />
        <source>Nový pronajímatel</source>
        <translation>New landlord</translation>
    </message>
    <message>
        <location filename="../../ui/landlords/dialogs.py" line="37" />
        <source>IČO a číslo účtu aplikace ověří podle kontrolní číslice.</source>
        <translation>The company ID and the account number are checked by their check digits.</translation>
    </message>
    <message>
        <location filename="../../ui/landlords/dialogs.py" line="38" />
        <source>Založit</source>
        <translation>Create</translation>
    </message>
    <message>
        <location filename="../../ui/landlords/dialogs.py" line="41" />
        <source>Druh *</source>
        <translation>Kind *</translation>
    </message>
    <message>
        <location filename="../../ui/landlords/dialogs.py" line="42" />
        <source>Jméno / název *</source>
        <translation>Name *</translation>
    </message>
    <message>
        <location filename="../../ui/landlords/dialogs.py" line="43" />
        <source>IČO</source>
        <translation>Company ID (IČO)</translation>
    </message>
    <message>
        <location filename="../../ui/landlords/dialogs.py" line="44" />
        <source>Kontaktní osoba</source>
        <translation>Contact person</translation>
    </message>
    <message>
        <location filename="../../ui/landlords/dialogs.py" line="45" />
        <source>Telefon</source>
        <translation>Phone</translation>
    </message>
    <message>
        <location filename="../../ui/landlords/dialogs.py" line="46" />
        <source>E-mail</source>
        <translation>E-mail</translation>
    </message>
    <message>
        <location filename="../../ui/landlords/dialogs.py" line="47" />
        <source>Adresa</source>
        <translation>Address</translation>
    </message>
    <message>
        <location filename="../../ui/landlords/dialogs.py" line="48" />
        <source>Číslo účtu</source>
        <translation>Account number</translation>
    </message>
</context>
<context>
    <name>LandlordEditor</name>
    <message>
        <location filename="../../ui/landlords/editor.py" line="40" />
        <source>Nájemce</source>
        <translation>Tenant</translation>
    </message>
    <message>
        <location filename="../../ui/landlords/editor.py" line="41" />
        <location filename="../../ui/landlords/editor.py" line="117" />
        <source>Adresa</source>
        <translation>Address</translation>
    </message>
    <message>
        <location filename="../../ui/landlords/editor.py" line="42" />
        <location filename="../../ui/landlords/editor.py" line="111" />
        <source>Druh</source>
        <translation>Kind</translation>
    </message>
    <message>
        <location filename="../../ui/landlords/editor.py" line="43" />
        <location filename="../../ui/landlords/editor.py" line="54" />
        <source>Od</source>
        <translation>From</translation>
    </message>
    <message>
        <location filename="../../ui/landlords/editor.py" line="45" />
        <location filename="../../ui/landlords/editor.py" line="56" />
        <source>Do</source>
        <translation>To</translation>
    </message>
    <message>
        <location filename="../../ui/landlords/editor.py" line="47" />
        <source>Stav</source>
        <translation>State</translation>
    </message>
    <message>
        <location filename="../../ui/landlords/editor.py" line="48" />
        <source>Nájemné</source>
        <translation>Rent</translation>
    </message>
    <message>
        <location filename="../../ui/landlords/editor.py" line="50" />
        <source>Ručitel</source>
        <translation>Guarantor</translation>
    </message>
    <message>
        <location filename="../../ui/landlords/editor.py" line="53" />
        <source>Číslo</source>
        <translation>Number</translation>
    </message>
    <message>
        <location filename="../../ui/landlords/editor.py" line="57" />
        <source>Ručí se do</source>
        <translation>Guaranteed up to</translation>
    </message>
    <message>
        <location filename="../../ui/landlords/editor.py" line="59" />
        <source>Plněno</source>
        <translation>Claims paid</translation>
    </message>
    <message>
        <location filename="../../ui/landlords/editor.py" line="61" />
        <source>Zbývá</source>
        <translation>Left</translation>
    </message>
    <message>
        <location filename="../../ui/landlords/editor.py" line="65" />
        <source>Zaplaceno</source>
        <translation>Paid on</translation>
    </message>
    <message>
        <location filename="../../ui/landlords/editor.py" line="67" />
        <location filename="../../ui/landlords/editor.py" line="74" />
        <source>Částka</source>
        <translation>Amount</translation>
    </message>
    <message>
        <location filename="../../ui/landlords/editor.py" line="69" />
        <source>Za co</source>
        <translation>For</translation>
    </message>
    <message>
        <location filename="../../ui/landlords/editor.py" line="72" />
        <source>Vyplaceno</source>
        <translation>Paid</translation>
    </message>
    <message>
        <location filename="../../ui/landlords/editor.py" line="76" />
        <source>Žádost</source>
        <translation>Application</translation>
    </message>
    <message>
        <location filename="../../ui/landlords/editor.py" line="77" />
        <source>Žadatel</source>
        <translation>Applicant</translation>
    </message>
    <message>
        <location filename="../../ui/landlords/editor.py" line="93" />
        <source>← Seznam pronajímatelů</source>
        <translation>← Landlords</translation>
    </message>
    <message>
        <location filename="../../ui/landlords/editor.py" line="99" />
        <source>Údaje pronajímatele</source>
        <translation>Landlord's details</translation>
    </message>
    <message>
        <location filename="../../ui/landlords/editor.py" line="109" />
        <source>spolupracuje s KMB (nabízí se u nových nájmů)</source>
        <translation>cooperates with the KMB (offered for new leases)</translation>
    </message>
    <message>
        <location filename="../../ui/landlords/editor.py" line="112" />
        <source>Jméno / název</source>
        <translation>Name</translation>
    </message>
    <message>
        <location filename="../../ui/landlords/editor.py" line="113" />
        <source>IČO</source>
        <translation>Company ID (IČO)</translation>
    </message>
    <message>
        <location filename="../../ui/landlords/editor.py" line="114" />
        <source>Kontaktní osoba</source>
        <translation>Contact person</translation>
    </message>
    <message>
        <location filename="../../ui/landlords/editor.py" line="115" />
        <source>Telefon</source>
        <translation>Phone</translation>
    </message>
    <message>
        <location filename="../../ui/landlords/editor.py" line="116" />
        <source>E-mail</source>
        <translation>E-mail</translation>
    </message>
    <message>
        <location filename="../../ui/landlords/editor.py" line="118" />
        <source>Číslo účtu</source>
        <translation>Account number</translation>
    </message>
    <message>
        <location filename="../../ui/landlords/editor.py" line="120" />
        <source>Poznámka</source>
        <translation>Note</translation>
    </message>
    <message>
        <location filename="../../ui/landlords/editor.py" line="146" />
        <source>Nový nájem…</source>
        <translation>New lease…</translation>
    </message>
    <message>
        <location filename="../../ui/landlords/editor.py" line="148" />
        <source>Upravit nájem…</source>
        <translation>Edit lease…</translation>
    </message>
    <message>
        <location filename="../../ui/landlords/editor.py" line="150" />
        <source>Ukončit nájem…</source>
        <translation>End lease…</translation>
    </message>
    <message>
        <location filename="../../ui/landlords/editor.py" line="161" />
        <source>Ručení…</source>
        <translation>Guarantee…</translation>
    </message>
    <message>
        <location filename="../../ui/landlords/editor.py" line="163" />
        <source>Plnění z ručení…</source>
        <translation>Claim under guarantee…</translation>
    </message>
    <message>
        <location filename="../../ui/landlords/editor.py" line="165" />
        <source>Tisk potvrzení o ručení…</source>
        <translation>Print guarantee confirmation…</translation>
    </message>
    <message>
        <location filename="../../ui/landlords/editor.py" line="176" />
        <source>Ručení obce za vybraný nájem</source>
        <translation>The town's guarantee for the selected lease</translation>
    </message>
    <message>
        <location filename="../../ui/landlords/editor.py" line="180" />
        <source>Plnění z vybraného ručení</source>
        <translation>Claims paid under the selected guarantee</translation>
    </message>
    <message>
        <location filename="../../ui/landlords/editor.py" line="192" />
        <source>Výplaty z krizového fondu, u kterých je tento pronajímatel příjemcem (zapisují se v Krizovém fondu tlačítkem Vyplatit…).</source>
        <translation>Crisis-fund payments with this landlord as the payee (recorded in the Crisis fund with Pay out…).</translation>
    </message>
    <message>
        <location filename="../../ui/landlords/editor.py" line="199" />
        <source>Údaje</source>
        <translation>Details</translation>
    </message>
    <message>
        <location filename="../../ui/landlords/editor.py" line="200" />
        <source>Nájmy a ručení</source>
        <translation>Leases and guarantees</translation>
    </message>
    <message>
        <location filename="../../ui/landlords/editor.py" line="201" />
        <source>Platby z fondu</source>
        <translation>Fund payments</translation>
    </message>
    <message>
        <location filename="../../ui/landlords/editor.py" line="208" />
        <source>Pronajímatele nelze otevřít</source>
        <translation>The landlord cannot be opened</translation>
    </message>
    <message>
        <location filename="../../ui/landlords/editor.py" line="229" />
        <source>Celkem vyplaceno z fondu: {0}</source>
        <translation>Paid from the fund in total: {0}</translation>
    </message>
    <message>
        <location filename="../../ui/landlords/editor.py" line="236" />
        <source>IČO {0}</source>
        <translation>company ID {0}</translation>
    </message>
    <message>
        <location filename="../../ui/landlords/editor.py" line="237" />
        <source>ručí se celkem {0}, plněno {1}</source>
        <translation>guaranteed {0} in total, claims paid {1}</translation>
    </message>
    <message>
        <location filename="../../ui/landlords/editor.py" line="239" />
        <source>nespolupracuje</source>
        <translation>no longer cooperates</translation>
    </message>
    <message>
        <location filename="../../ui/landlords/editor.py" line="272" />
        <location filename="../../ui/landlords/editor.py" line="279" />
        <source>Neuloženo: {0}</source>
        <translation>Not saved: {0}</translation>
    </message>
    <message>
        <location filename="../../ui/landlords/editor.py" line="275" />
        <source>Neuloženo: {0} Otevřete pronajímatele znovu.</source>
        <translation>Not saved: {0} Open the landlord again.</translation>
    </message>
    <message>
        <location filename="../../ui/landlords/editor.py" line="325" />
        <source>Pronajímatel zatím nemá žádný nájem.</source>
        <translation>The landlord has no lease yet.</translation>
    </message>
    <message>
        <location filename="../../ui/landlords/editor.py" line="327" />
        <source>Domácnost: {0}</source>
        <translation>Household: {0}</translation>
    </message>
    <message>
        <location filename="../../ui/landlords/editor.py" line="328" />
        <source>jistota {0}</source>
        <translation>deposit {0}</translation>
    </message>
    <message>
        <location filename="../../ui/landlords/editor.py" line="330" />
        <source>smlouva pronajímatele č. {0}</source>
        <translation>landlord's contract no. {0}</translation>
    </message>
    <message>
        <location filename="../../ui/landlords/editor.py" line="332" />
        <source>ručení obce zatím není zapsané</source>
        <translation>the town's guarantee is not recorded yet</translation>
    </message>
    <message>
        <location filename="../../ui/landlords/editor.py" line="367" />
        <source>Vyberte nájem.</source>
        <translation>Choose a lease.</translation>
    </message>
    <message>
        <location filename="../../ui/landlords/editor.py" line="377" />
        <source>Potvrzení o ručení</source>
        <translation>Guarantee confirmation</translation>
    </message>
</context>
<context>
    <name>LandlordsPage</name>
    <message>
        <location filename="../../ui/landlords/page.py" line="21" />
        <source>Pronajímatel</source>
        <translation>Landlord</translation>
    </message>
    <message>
        <location filename="../../ui/landlords/page.py" line="22" />
        <source>Druh</source>
        <translation>Kind</translation>
    </message>
    <message>
        <location filename="../../ui/landlords/page.py" line="23" />
        <source>IČO</source>
        <translation>Company ID (IČO)</translation>
    </message>
    <message>
        <location filename="../../ui/landlords/page.py" line="24" />
        <source>Telefon</source>
        <translation>Phone</translation>
    </message>
    <message>
        <location filename="../../ui/landlords/page.py" line="25" />
        <source>Účet</source>
        <translation>Account</translation>
    </message>
    <message>
        <location filename="../../ui/landlords/page.py" line="26" />
        <source>Platné nájmy</source>
        <translation>Current leases</translation>
    </message>
    <message>
        <location filename="../../ui/landlords/page.py" line="28" />
        <source>Spolupracuje</source>
        <translation>Cooperates</translation>
    </message>
    <message>
        <location filename="../../ui/landlords/page.py" line="39" />
        <source>Spolupracující</source>
        <translation>Cooperating</translation>
    </message>
    <message>
        <location filename="../../ui/landlords/page.py" line="40" />
        <source>Všichni pronajímatelé</source>
        <translation>All landlords</translation>
    </message>
    <message>
        <location filename="../../ui/landlords/page.py" line="42" />
        <source>Pronajímatelé</source>
        <translation>Landlords</translation>
    </message>
    <message>
        <location filename="../../ui/landlords/page.py" line="43" />
        <source>Hledat jméno, název, IČO nebo telefon…</source>
        <translation>Search name, company ID or phone…</translation>
    </message>
    <message>
        <location filename="../../ui/landlords/page.py" line="46" />
        <source>Nový pronajímatel</source>
        <translation>New landlord</translation>
    </message>
    <message>
        <location filename="../../ui/landlords/page.py" line="56" />
        <source>Pronajímatelů: {0} · platných nájmů: {1}</source>
        <translation>Landlords: {0} · current leases: {1}</translation>
    </message>
</context>
<context>
    <name>LawSection</name>
    <message>
        <location filename="../../ui/intake/law_section.py" line="27" />
        <source>Zákon o podpoře bydlení</source>
        <translation>Housing Support Act</translation>
    </message>
    <message>
        <location filename="../../ui/intake/law_section.py" line="30" />
        <source>Poskytnuto poradenství v bydlení (§12)</source>
        <translation>Housing counselling given (§12)</translation>
    </message>
    <message>
        <location filename="../../ui/intake/law_section.py" line="32" />
        <source>Zahájit šetření bytové situace (§16)</source>
        <translation>Start the housing-situation assessment (§16)</translation>
    </message>
    <message>
        <location filename="../../ui/intake/law_section.py" line="44" />
        <source>Kč měsíčně</source>
        <translation>CZK a month</translation>
    </message>
    <message>
        <location filename="../../ui/intake/law_section.py" line="49" />
        <source>— vyberte —</source>
        <translation>— choose —</translation>
    </message>
    <message>
        <location filename="../../ui/intake/law_section.py" line="54" />
        <source>{0} alespoň {1} roky</source>
        <translation>{0} for at least {1} years</translation>
    </message>
    <message>
        <location filename="../../ui/intake/law_section.py" line="56" />
        <source>Zvláštní zranitelnost (§6)</source>
        <translation>Special vulnerability (§6)</translation>
    </message>
    <message>
        <location filename="../../ui/intake/law_section.py" line="57" />
        <source>Zapsat jako potřebného (§13–27)</source>
        <translation>Register as in housing need (§13–27)</translation>
    </message>
    <message>
        <location filename="../../ui/intake/law_section.py" line="63" />
        <source>Příjem &amp;domácnosti</source>
        <translation>Household &amp;income</translation>
    </message>
    <message>
        <location filename="../../ui/intake/law_section.py" line="64" />
        <source>Životní &amp;minimum domácnosti</source>
        <translation>Household subsistence &amp;minimum</translation>
    </message>
    <message>
        <location filename="../../ui/intake/law_section.py" line="66" />
        <source>&amp;Vazba na obvod</source>
        <translation>&amp;Link to the district</translation>
    </message>
    <message>
        <location filename="../../ui/intake/law_section.py" line="113" />
        <source>{0} (z {1} osob)</source>
        <translation>{0} (from {1} persons)</translation>
    </message>
    <message>
        <location filename="../../ui/intake/law_section.py" line="114" />
        <source>spočítá se z domácnosti</source>
        <translation>computed from the household</translation>
    </message>
    <message>
        <location filename="../../ui/intake/law_section.py" line="140" />
        <source>limit příjmu {0} × životní minimum = {1}</source>
        <translation>income limit {0} × subsistence minimum = {1}</translation>
    </message>
    <message>
        <location filename="../../ui/intake/law_section.py" line="143" />
        <source>příjem pod limitem ✓</source>
        <translation>income below the limit ✓</translation>
    </message>
    <message>
        <location filename="../../ui/intake/law_section.py" line="146" />
        <source>příjem nad limitem ✗</source>
        <translation>income above the limit ✗</translation>
    </message>
    <message>
        <location filename="../../ui/intake/law_section.py" line="149" />
        <source>vazba na obvod ✓</source>
        <translation>link to the district ✓</translation>
    </message>
    <message>
        <location filename="../../ui/intake/law_section.py" line="152" />
        <source>bez potřebné vazby na obvod ✗</source>
        <translation>without the required link to the district ✗</translation>
    </message>
    <message>
        <location filename="../../ui/intake/law_section.py" line="155" />
        <source>zápis platí do {0}</source>
        <translation>entry valid until {0}</translation>
    </message>
    <message>
        <location filename="../../ui/intake/law_section.py" line="187" />
        <source>Šetření (§16) a zápis potřebného zahájíte zaškrtnutím; příjem se porovná s {0}násobkem životního minima.</source>
        <translation>Tick to start the assessment (§16) and the entry as in need; the income is compared with {0} times the subsistence minimum.</translation>
    </message>
</context>
<context>
    <name>LawTab</name>
    <message>
        <location filename="../../ui/settings/law_tab.py" line="24" />
        <location filename="../../ui/settings/law_tab.py" line="57" />
        <source>Údaj</source>
        <translation>Figure</translation>
    </message>
    <message>
        <location filename="../../ui/settings/law_tab.py" line="25" />
        <location filename="../../ui/settings/law_tab.py" line="59" />
        <source>Hodnota</source>
        <translation>Value</translation>
    </message>
    <message>
        <location filename="../../ui/settings/law_tab.py" line="27" />
        <location filename="../../ui/settings/law_tab.py" line="58" />
        <source>Platí od</source>
        <translation>Valid from</translation>
    </message>
    <message>
        <location filename="../../ui/settings/law_tab.py" line="28" />
        <source>Platí do</source>
        <translation>Valid to</translation>
    </message>
    <message>
        <location filename="../../ui/settings/law_tab.py" line="30" />
        <location filename="../../ui/settings/law_tab.py" line="60" />
        <source>Pramen</source>
        <translation>Source</translation>
    </message>
    <message>
        <location filename="../../ui/settings/law_tab.py" line="43" />
        <source>Nová hodnota (např. po novele nebo novém nařízení vlády)</source>
        <translation>New value (e.g. after an amendment or a new government regulation)</translation>
    </message>
    <message>
        <location filename="../../ui/settings/law_tab.py" line="56" />
        <source>např. nařízení vlády č. …/2027 Sb.</source>
        <translation>e.g. government regulation No. …/2027 Coll.</translation>
    </message>
    <message>
        <location filename="../../ui/settings/law_tab.py" line="63" />
        <source>Přidat hodnotu</source>
        <translation>Add value</translation>
    </message>
    <message>
        <location filename="../../ui/settings/law_tab.py" line="67" />
        <source>Odebrat vybranou hodnotu</source>
        <translation>Remove selected value</translation>
    </message>
    <message>
        <location filename="../../ui/settings/law_tab.py" line="76" />
        <source>Částky a lhůty stanovené zákonem nebo nařízením vlády. Každý výpočet bere hodnotu platnou ke dni, kterého se týká (např. ke dni šetření). Hodnoty označené „ověřit“ porovnejte se Sbírkou zákonů.</source>
        <translation>Amounts and periods set by law or government regulation. Every calculation takes the value valid on the day it concerns (e.g. the day of the assessment). Compare values marked “ověřit” (verify) with the Collection of Laws.</translation>
    </message>
    <message>
        <location filename="../../ui/settings/law_tab.py" line="94" />
        <source>Hodnoty mění vedoucí KMB nebo správce.</source>
        <translation>Values are changed by the KMB lead or an admin.</translation>
    </message>
    <message>
        <location filename="../../ui/settings/law_tab.py" line="114" />
        <source>Zadejte den, od kterého hodnota platí.</source>
        <translation>Enter the day the value applies from.</translation>
    </message>
    <message>
        <location filename="../../ui/settings/law_tab.py" line="127" />
        <source>Přidáno: {0} od {1}.</source>
        <translation>Added: {0} from {1}.</translation>
    </message>
    <message>
        <location filename="../../ui/settings/law_tab.py" line="142" />
        <source>Odebráno: {0} od {1}.</source>
        <translation>Removed: {0} from {1}.</translation>
    </message>
</context>
<context>
    <name>LazySections</name>
    <message>
        <location filename="../../ui/widgets/section_list.py" line="66" />
        <source>skupina nastavení</source>
        <translation>settings group</translation>
    </message>
</context>
<context>
    <name>LeaseDetailView</name>
    <message>
        <location filename="../../ui/leases/detail.py" line="59" />
        <source>Tisk smlouvy…</source>
        <translation>Print contract…</translation>
    </message>
    <message>
        <location filename="../../ui/leases/detail.py" line="60" />
        <source>Upravit…</source>
        <translation>Edit…</translation>
    </message>
    <message>
        <location filename="../../ui/leases/detail.py" line="61" />
        <source>Podepsat…</source>
        <translation>Sign…</translation>
    </message>
    <message>
        <location filename="../../ui/leases/detail.py" line="62" />
        <source>Zadat dluh…</source>
        <translation>Enter arrears…</translation>
    </message>
    <message>
        <location filename="../../ui/leases/detail.py" line="63" />
        <source>Ukončit nájem…</source>
        <translation>End lease…</translation>
    </message>
    <message>
        <location filename="../../ui/leases/detail.py" line="64" />
        <source>Zrušit návrh</source>
        <translation>Discard draft</translation>
    </message>
    <message>
        <location filename="../../ui/leases/detail.py" line="85" />
        <source>1 měsíc</source>
        <translation>1 month</translation>
    </message>
    <message>
        <location filename="../../ui/leases/detail.py" line="86" />
        <source>{0} měsíce</source>
        <translation>{0} months</translation>
    </message>
    <message>
        <location filename="../../ui/leases/detail.py" line="86" />
        <source>{0} měsíců</source>
        <translation>{0} months</translation>
    </message>
    <message>
        <location filename="../../ui/leases/detail.py" line="90" />
        <source>Vyberte smlouvu</source>
        <translation>Choose a lease</translation>
    </message>
    <message>
        <location filename="../../ui/leases/detail.py" line="92" />
        <source>Vyhledejte smlouvu podle čísla, nájemce nebo adresy bytu.</source>
        <translation>Find a lease by its number, tenant or the flat's address.</translation>
    </message>
    <message>
        <location filename="../../ui/leases/detail.py" line="108" />
        <source>Smlouva {0}</source>
        <translation>Lease {0}</translation>
    </message>
    <message>
        <location filename="../../ui/leases/detail.py" line="120" />
        <source>na dobu určitou {0}, {1} – {2}</source>
        <translation>fixed term {0}, {1} – {2}</translation>
    </message>
    <message>
        <location filename="../../ui/leases/detail.py" line="123" />
        <source>{0} – {1}</source>
        <translation>{0} – {1}</translation>
    </message>
    <message>
        <location filename="../../ui/leases/detail.py" line="124" />
        <source>na dobu neurčitou od {0}</source>
        <translation>indefinite from {0}</translation>
    </message>
    <message>
        <location filename="../../ui/leases/detail.py" line="127" />
        <source>Nájemce</source>
        <translation>Tenant</translation>
    </message>
    <message>
        <location filename="../../ui/leases/detail.py" line="128" />
        <source>Domácnost</source>
        <translation>Household</translation>
    </message>
    <message>
        <location filename="../../ui/leases/detail.py" line="130" />
        <source>Byt</source>
        <translation>Flat</translation>
    </message>
    <message>
        <location filename="../../ui/leases/detail.py" line="131" />
        <source>Doba nájmu</source>
        <translation>Term</translation>
    </message>
    <message>
        <location filename="../../ui/leases/detail.py" line="132" />
        <source>Podepsána</source>
        <translation>Signed</translation>
    </message>
    <message>
        <location filename="../../ui/leases/detail.py" line="132" />
        <source>zatím ne</source>
        <translation>not yet</translation>
    </message>
    <message>
        <location filename="../../ui/leases/detail.py" line="133" />
        <source>Nastěhování</source>
        <translation>Move-in</translation>
    </message>
    <message>
        <location filename="../../ui/leases/detail.py" line="134" />
        <source>Nájemné</source>
        <translation>Rent</translation>
    </message>
    <message>
        <location filename="../../ui/leases/detail.py" line="135" />
        <location filename="../../ui/leases/detail.py" line="147" />
        <source>Zálohy na služby</source>
        <translation>Advances for services</translation>
    </message>
    <message>
        <location filename="../../ui/leases/detail.py" line="136" />
        <source>Měsíčně celkem</source>
        <translation>Monthly total</translation>
    </message>
    <message>
        <location filename="../../ui/leases/detail.py" line="137" />
        <source>Jistota</source>
        <translation>Deposit</translation>
    </message>
    <message>
        <location filename="../../ui/leases/detail.py" line="138" />
        <source>Zabydlení přes KMB</source>
        <translation>Housed through the KMB</translation>
    </message>
    <message>
        <location filename="../../ui/leases/detail.py" line="138" />
        <source>ano</source>
        <translation>yes</translation>
    </message>
    <message>
        <location filename="../../ui/leases/detail.py" line="138" />
        <source>ne</source>
        <translation>no</translation>
    </message>
    <message>
        <location filename="../../ui/leases/detail.py" line="141" />
        <source>Poznámka</source>
        <translation>Note</translation>
    </message>
    <message>
        <location filename="../../ui/leases/detail.py" line="143" />
        <source>K ukončení</source>
        <translation>On ending</translation>
    </message>
    <message>
        <location filename="../../ui/leases/detail.py" line="150" />
        <source>Dluh na nájemném</source>
        <translation>Rent arrears</translation>
    </message>
    <message>
        <location filename="../../ui/leases/detail.py" line="155" />
        <source>Bez záznamu o dluhu.</source>
        <translation>No arrears recorded.</translation>
    </message>
    <message>
        <location filename="../../ui/leases/detail.py" line="158" />
        <source>Úkoly</source>
        <translation>Tasks</translation>
    </message>
    <message>
        <location filename="../../ui/leases/detail.py" line="159" />
        <source>bez řešitele</source>
        <translation>unassigned</translation>
    </message>
    <message>
        <location filename="../../ui/leases/detail.py" line="159" />
        <source>splněno</source>
        <translation>done</translation>
    </message>
    <message>
        <location filename="../../ui/leases/detail.py" line="164" />
        <source>Prodloužení</source>
        <translation>Renewals</translation>
    </message>
    <message>
        <location filename="../../ui/leases/detail.py" line="165" />
        <source>do {0}</source>
        <translation>until {0}</translation>
    </message>
</context>
<context>
    <name>LeaseDialog</name>
    <message>
        <location filename="../../ui/leases/form.py" line="277" />
        <source>Ve formuláři je uložená verze; upravte ji a uložte, nebo formulář zavřete.</source>
        <translation>The form shows the stored version; edit it and save, or close the form.</translation>
    </message>
</context>
<context>
    <name>LeaseForm</name>
    <message>
        <location filename="../../ui/leases/form.py" line="34" />
        <source> – pronajatý do {0}</source>
        <translation> – let until {0}</translation>
    </message>
    <message>
        <location filename="../../ui/leases/form.py" line="36" />
        <source> – pronajatý</source>
        <translation> – let</translation>
    </message>
    <message>
        <location filename="../../ui/leases/form.py" line="50" />
        <source> měsíců</source>
        <translation> months</translation>
    </message>
    <message>
        <location filename="../../ui/leases/form.py" line="51" />
        <source>na dobu neurčitou</source>
        <translation>indefinite</translation>
    </message>
    <message>
        <location filename="../../ui/leases/form.py" line="57" />
        <source>domácnost zabydlená přes kontaktní místo (KMB)</source>
        <translation>household housed through the contact point (KMB)</translation>
    </message>
    <message>
        <location filename="../../ui/leases/form.py" line="72" />
        <source>Byt *</source>
        <translation>Flat *</translation>
    </message>
    <message>
        <location filename="../../ui/leases/form.py" line="73" />
        <source>Domácnost</source>
        <translation>Household</translation>
    </message>
    <message>
        <location filename="../../ui/leases/form.py" line="74" />
        <source>Nájemce *</source>
        <translation>Tenant *</translation>
    </message>
    <message>
        <location filename="../../ui/leases/form.py" line="75" />
        <source>Začátek nájmu *</source>
        <translation>Lease start *</translation>
    </message>
    <message>
        <location filename="../../ui/leases/form.py" line="76" />
        <source>Doba nájmu</source>
        <translation>Term</translation>
    </message>
    <message>
        <location filename="../../ui/leases/form.py" line="77" />
        <source>Konec nájmu</source>
        <translation>Lease end</translation>
    </message>
    <message>
        <location filename="../../ui/leases/form.py" line="78" />
        <source>Nájemné měsíčně *</source>
        <translation>Monthly rent *</translation>
    </message>
    <message>
        <location filename="../../ui/leases/form.py" line="79" />
        <source>Jistota</source>
        <translation>Deposit</translation>
    </message>
    <message>
        <location filename="../../ui/leases/form.py" line="81" />
        <source>Poznámka</source>
        <translation>Note</translation>
    </message>
    <message>
        <location filename="../../ui/leases/form.py" line="99" />
        <source>Zálohy na služby měsíčně (zákon č. 67/2013 Sb.)</source>
        <translation>Monthly advances for services (Act No. 67/2013)</translation>
    </message>
    <message>
        <location filename="../../ui/leases/form.py" line="172" />
        <source>Zálohy celkem {0} · s nájemným {1}</source>
        <translation>Advances in total {0} · with rent {1}</translation>
    </message>
    <message>
        <location filename="../../ui/leases/form.py" line="174" />
        <source>nejvýše {0} (3× nájemné)</source>
        <translation>at most {0} (3× rent)</translation>
    </message>
</context>
<context>
    <name>LeaseListTab</name>
    <message>
        <location filename="../../ui/leases/list_tab.py" line="139" />
        <source>Hledat číslo smlouvy, nájemce, ulici…</source>
        <translation>Search lease number, tenant, street…</translation>
    </message>
    <message>
        <location filename="../../ui/leases/list_tab.py" line="142" />
        <source>Platné a návrhy</source>
        <translation>In force and drafts</translation>
    </message>
    <message>
        <location filename="../../ui/leases/list_tab.py" line="145" />
        <source>Všechny</source>
        <translation>All</translation>
    </message>
    <message>
        <location filename="../../ui/leases/list_tab.py" line="146" />
        <source>jen končící do 60 dnů</source>
        <translation>only ending within 60 days</translation>
    </message>
    <message>
        <location filename="../../ui/leases/list_tab.py" line="147" />
        <source>Nová smlouva…</source>
        <translation>New lease…</translation>
    </message>
    <message>
        <location filename="../../ui/leases/list_tab.py" line="148" />
        <source>Z přijaté nabídky…</source>
        <translation>From an accepted offer…</translation>
    </message>
    <message>
        <location filename="../../ui/leases/list_tab.py" line="224" />
        <source>Smluv: {0} · s dluhem: {1}</source>
        <translation>Leases: {0} · with arrears: {1}</translation>
    </message>
    <message>
        <location filename="../../ui/leases/list_tab.py" line="291" />
        <source>Zrušit návrh</source>
        <translation>Discard draft</translation>
    </message>
    <message>
        <location filename="../../ui/leases/list_tab.py" line="292" />
        <source>Zrušit nepodepsaný návrh smlouvy? Číslo smlouvy se znovu nepoužije.</source>
        <translation>Discard the unsigned draft lease? Its number will not be used again.</translation>
    </message>
    <message>
        <location filename="../../ui/leases/list_tab.py" line="311" />
        <source>Dluh je nad prahem pro upozornění: úkol dostal(a) {0}.</source>
        <translation>The arrears are above the alert threshold: a task went to {0}.</translation>
    </message>
    <message>
        <location filename="../../ui/leases/list_tab.py" line="312" />
        <source>vedoucí KMB</source>
        <translation>the KMB lead</translation>
    </message>
    <message>
        <location filename="../../ui/leases/list_tab.py" line="316" />
        <source>Nájemní smlouva</source>
        <translation>Lease contract</translation>
    </message>
</context>
<context>
    <name>LeaseRowsModel</name>
    <message>
        <location filename="../../ui/leases/list_tab.py" line="90" />
        <source>neurčito</source>
        <translation>indefinite</translation>
    </message>
    <message>
        <location filename="../../ui/leases/list_tab.py" line="94" />
        <source>od {0} do {1} · nájemné {2}</source>
        <translation>from {0} to {1} · rent {2}</translation>
    </message>
    <message>
        <location filename="../../ui/leases/list_tab.py" line="96" />
        <source>dluh {0}</source>
        <translation>arrears {0}</translation>
    </message>
</context>
<context>
    <name>LeaseSettingsTab</name>
    <message>
        <location filename="../../ui/leases/settings_tab.py" line="37" />
        <source> měsíců</source>
        <translation> months</translation>
    </message>
    <message>
        <location filename="../../ui/leases/settings_tab.py" line="40" />
        <source> dnů</source>
        <translation> days</translation>
    </message>
    <message>
        <location filename="../../ui/leases/settings_tab.py" line="45" />
        <source>× nájemné</source>
        <translation>× rent</translation>
    </message>
    <message>
        <location filename="../../ui/leases/settings_tab.py" line="55" />
        <source>např. V Trutnově</source>
        <translation>e.g. V Trutnově</translation>
    </message>
    <message>
        <location filename="../../ui/leases/settings_tab.py" line="63" />
        <source>Číslování a pravidla</source>
        <translation>Numbering and rules</translation>
    </message>
    <message>
        <location filename="../../ui/leases/settings_tab.py" line="66" />
        <source>Vzor čísla</source>
        <translation>Number pattern</translation>
    </message>
    <message>
        <location filename="../../ui/leases/settings_tab.py" line="67" />
        <source>{year} rok, {n:04d} pořadí v roce, {series} řada této instalace</source>
        <translation>{year} year, {n:04d} number within the year, {series} this installation's series</translation>
    </message>
    <message>
        <location filename="../../ui/leases/settings_tab.py" line="68" />
        <source>Řada instalace</source>
        <translation>Installation series</translation>
    </message>
    <message>
        <location filename="../../ui/leases/settings_tab.py" line="69" />
        <source>Čísluje-li smlouvy i notebook v terénu, dejte mu vlastní řadu (např. N) a do vzoru vložte {series}: NS/{year}/{series}{n:04d}.</source>
        <translation>If a field laptop numbers leases too, give it its own series (e.g. N) and put {series} into the pattern: NS/{year}/{series}{n:04d}.</translation>
    </message>
    <message>
        <location filename="../../ui/leases/settings_tab.py" line="71" />
        <source>Obvyklá doba nájmu</source>
        <translation>Usual term</translation>
    </message>
    <message>
        <location filename="../../ui/leases/settings_tab.py" line="72" />
        <source>Obvyklá jistota</source>
        <translation>Usual deposit</translation>
    </message>
    <message>
        <location filename="../../ui/leases/settings_tab.py" line="73" />
        <source>Hlídat konec nájmu</source>
        <translation>Watch the end of a lease</translation>
    </message>
    <message>
        <location filename="../../ui/leases/settings_tab.py" line="74" />
        <source>dnů předem</source>
        <translation>days ahead</translation>
    </message>
    <message>
        <location filename="../../ui/leases/settings_tab.py" line="75" />
        <source>Prodloužit automaticky</source>
        <translation>Renew automatically</translation>
    </message>
    <message>
        <location filename="../../ui/leases/settings_tab.py" line="77" />
        <source>při dluhu nejvýše této výše; vyšší dluh čeká na rozhodnutí</source>
        <translation>with arrears up to this amount; higher arrears wait for a decision</translation>
    </message>
    <message>
        <location filename="../../ui/leases/settings_tab.py" line="78" />
        <source>Upozornit na dluh</source>
        <translation>Alert on arrears</translation>
    </message>
    <message>
        <location filename="../../ui/leases/settings_tab.py" line="80" />
        <source>dluh vyšší než tato částka = úkol pro sociálního pracovníka</source>
        <translation>arrears above this amount = a task for the social worker</translation>
    </message>
    <message>
        <location filename="../../ui/leases/settings_tab.py" line="81" />
        <source>Pronajímatel ve smlouvě</source>
        <translation>Landlord in the contract</translation>
    </message>
    <message>
        <location filename="../../ui/leases/settings_tab.py" line="84" />
        <source>Název</source>
        <translation>Name</translation>
    </message>
    <message>
        <location filename="../../ui/leases/settings_tab.py" line="85" />
        <source>prázdné = Město podle názvu obce úřadu</source>
        <translation>empty = the town of the office</translation>
    </message>
    <message>
        <location filename="../../ui/leases/settings_tab.py" line="86" />
        <source>Sídlo</source>
        <translation>Address</translation>
    </message>
    <message>
        <location filename="../../ui/leases/settings_tab.py" line="87" />
        <source>prázdné = adresa úřadu</source>
        <translation>empty = the office's address</translation>
    </message>
    <message>
        <location filename="../../ui/leases/settings_tab.py" line="88" />
        <source>IČO</source>
        <translation>Company ID (IČO)</translation>
    </message>
    <message>
        <location filename="../../ui/leases/settings_tab.py" line="89" />
        <source>Zastoupený</source>
        <translation>Represented by</translation>
    </message>
    <message>
        <location filename="../../ui/leases/settings_tab.py" line="90" />
        <source>jméno, funkce</source>
        <translation>name, position</translation>
    </message>
    <message>
        <location filename="../../ui/leases/settings_tab.py" line="91" />
        <source>Účet pro nájemné</source>
        <translation>Account for the rent</translation>
    </message>
    <message>
        <location filename="../../ui/leases/settings_tab.py" line="93" />
        <source>variabilní symbol = číslice čísla smlouvy</source>
        <translation>variable symbol = the digits of the contract number</translation>
    </message>
    <message>
        <location filename="../../ui/leases/settings_tab.py" line="94" />
        <source>Místo podpisu</source>
        <translation>Place of signing</translation>
    </message>
    <message>
        <location filename="../../ui/leases/settings_tab.py" line="107" />
        <source>Obnovit výchozí znění</source>
        <translation>Restore the default wording</translation>
    </message>
    <message>
        <location filename="../../ui/leases/settings_tab.py" line="108" />
        <source>Uložit nastavení</source>
        <translation>Save settings</translation>
    </message>
    <message>
        <location filename="../../ui/leases/settings_tab.py" line="136" />
        <source>Znění smlouvy (šablona úřadu)</source>
        <translation>Contract wording (the office's template)</translation>
    </message>
    <message>
        <location filename="../../ui/leases/settings_tab.py" line="137" />
        <source>Číslování a pronajímatel</source>
        <translation>Numbering and landlord</translation>
    </message>
    <message>
        <location filename="../../ui/leases/settings_tab.py" line="140" />
        <source>Nastavení může měnit vedoucí KMB nebo správce.</source>
        <translation>Only the KMB lead or the administrator can change the settings.</translation>
    </message>
    <message>
        <location filename="../../ui/leases/settings_tab.py" line="117" />
        <source># nadpis, ## článek, **tučně**, - odrážka; řádky začínající % se netisknou.</source>
        <translation># title, ## article, **bold**, - bullet; lines starting with % are not printed.</translation>
    </message>
    <message>
        <location filename="../../ui/leases/settings_tab.py" line="106" />
        <source>Náhled na poslední smlouvě…</source>
        <translation>Preview on the latest lease…</translation>
    </message>
    <message>
        <location filename="../../ui/leases/settings_tab.py" line="223" />
        <source>Nastavení</source>
        <translation>Settings</translation>
    </message>
    <message>
        <location filename="../../ui/leases/settings_tab.py" line="223" />
        <source>Nastavení smluv je uloženo.</source>
        <translation>The lease settings are saved.</translation>
    </message>
    <message>
        <location filename="../../ui/leases/settings_tab.py" line="239" />
        <source>Náhled</source>
        <translation>Preview</translation>
    </message>
    <message>
        <location filename="../../ui/leases/settings_tab.py" line="240" />
        <source>Náhled potřebuje aspoň jednu smlouvu v evidenci.</source>
        <translation>The preview needs at least one lease on record.</translation>
    </message>
    <message>
        <location filename="../../ui/leases/settings_tab.py" line="251" />
        <source>Náhled smlouvy (neuloženo)</source>
        <translation>Contract preview (not saved)</translation>
    </message>
</context>
<context>
    <name>LeasesPage</name>
    <message>
        <location filename="../../ui/leases/page.py" line="16" />
        <source>Smlouvy</source>
        <translation>Leases</translation>
    </message>
    <message>
        <location filename="../../ui/leases/page.py" line="22" />
        <source>Nájemní smlouvy</source>
        <translation>Leases</translation>
    </message>
    <message>
        <location filename="../../ui/leases/page.py" line="23" />
        <source>Prodloužení</source>
        <translation>Renewals</translation>
    </message>
    <message>
        <location filename="../../ui/leases/page.py" line="24" />
        <source>Dluhy na nájemném</source>
        <translation>Rent arrears</translation>
    </message>
</context>
<context>
    <name>LeasesTab</name>
    <message>
        <location filename="../../ui/leases/list_tab.py" line="41" />
        <source>{0} do {1}</source>
        <translation>{0} until {1}</translation>
    </message>
    <message>
        <location filename="../../ui/leases/list_tab.py" line="51" />
        <source>do {0}</source>
        <translation>until {0}</translation>
    </message>
    <message>
        <location filename="../../ui/leases/list_tab.py" line="58" />
        <source>Číslo</source>
        <translation>Number</translation>
    </message>
    <message>
        <location filename="../../ui/leases/list_tab.py" line="59" />
        <source>Nájemce</source>
        <translation>Tenant</translation>
    </message>
    <message>
        <location filename="../../ui/leases/list_tab.py" line="60" />
        <source>Byt</source>
        <translation>Flat</translation>
    </message>
    <message>
        <location filename="../../ui/leases/list_tab.py" line="61" />
        <source>Od</source>
        <translation>From</translation>
    </message>
    <message>
        <location filename="../../ui/leases/list_tab.py" line="62" />
        <source>Stav</source>
        <translation>State</translation>
    </message>
    <message>
        <location filename="../../ui/leases/list_tab.py" line="63" />
        <source>Nájemné</source>
        <translation>Rent</translation>
    </message>
    <message>
        <location filename="../../ui/leases/list_tab.py" line="65" />
        <source>Dluh</source>
        <translation>Arrears</translation>
    </message>
</context>
<context>
    <name>ListDetailPage</name>
    <message>
        <location filename="../../ui/widgets/list_detail.py" line="52" />
        <source>Otevřít</source>
        <translation>Open</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/list_detail.py" line="121" />
        <source>Seznam se nepodařilo načíst.</source>
        <translation>The list could not be read.</translation>
    </message>
</context>
<context>
    <name>LockDialog</name>
    <message>
        <location filename="../../ui/login.py" line="188" />
        <source>Nesprávné heslo.</source>
        <translation>Wrong password.</translation>
    </message>
</context>
<context>
    <name>LoginDialog</name>
    <message>
        <location filename="../../ui/login.py" line="41" />
        <source>Přihlášení – KMB Desk</source>
        <translation>Sign in – KMB Desk</translation>
    </message>
    <message>
        <location filename="../../ui/login.py" line="52" />
        <source>Uživatelské jméno</source>
        <translation>User name</translation>
    </message>
    <message>
        <location filename="../../ui/login.py" line="53" />
        <source>Heslo</source>
        <translation>Password</translation>
    </message>
    <message>
        <location filename="../../ui/login.py" line="43" />
        <source>Přihlásit</source>
        <translation>Sign in</translation>
    </message>
    <message>
        <location filename="../../ui/login.py" line="44" />
        <source>Konec</source>
        <translation>Quit</translation>
    </message>
    <message>
        <location filename="../../ui/login.py" line="56" />
        <source>Zapomenuté heslo…</source>
        <translation>Forgotten password…</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../../ui/main_window.py" line="24" />
        <source>KMB Desk – {0}</source>
        <translation>KMB Desk – {0}</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="25" />
        <source> (ukázka)</source>
        <translation> (demo)</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="40" />
        <source>KMB Desk</source>
        <translation>KMB Desk</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="80" />
        <source>Přihlášena: {0}</source>
        <translation>Signed in: {0}</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="80" />
        <source>Přihlášen: {0}</source>
        <translation>Signed in: {0}</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="81" />
        <source>Přihlášen(a): {0}</source>
        <translation>Signed in: {0}</translation>
    </message>
</context>
<context>
    <name>MemberDialog</name>
    <message>
        <location filename="../../ui/intake/household_section.py" line="71" />
        <source>&amp;Jméno *</source>
        <translation>&amp;Given name *</translation>
    </message>
    <message>
        <location filename="../../ui/intake/household_section.py" line="72" />
        <source>Pří&amp;jmení *</source>
        <translation>Sur&amp;name *</translation>
    </message>
    <message>
        <location filename="../../ui/intake/household_section.py" line="73" />
        <source>Datum &amp;narození</source>
        <translation>Date of &amp;birth</translation>
    </message>
    <message>
        <location filename="../../ui/intake/household_section.py" line="74" />
        <source>&amp;Vztah ke klientovi</source>
        <translation>&amp;Relation to the client</translation>
    </message>
    <message>
        <location filename="../../ui/intake/household_section.py" line="102" />
        <source>Tato osoba už je možná v evidenci: &lt;b&gt;{0}&lt;/b&gt;, nar. {1}, {2}. Použijte existující záznam, nebo znovu stiskněte Přidat.</source>
        <translation>This person may already be registered: &lt;b&gt;{0}&lt;/b&gt;, born {1}, {2}. Use the existing record, or press Add again.</translation>
    </message>
</context>
<context>
    <name>MergeDialog</name>
    <message>
        <location filename="../../ui/intake/duplicates_tab.py" line="70" />
        <source>Ponechat tento záznam</source>
        <translation>Keep this record</translation>
    </message>
    <message>
        <location filename="../../ui/intake/duplicates_tab.py" line="76" />
        <source>nar. {0}</source>
        <translation>born {0}</translation>
    </message>
    <message>
        <location filename="../../ui/intake/duplicates_tab.py" line="77" />
        <source>RČ {0}</source>
        <translation>birth no. {0}</translation>
    </message>
    <message>
        <location filename="../../ui/intake/duplicates_tab.py" line="79" />
        <source>Vazby: {0}</source>
        <translation>Linked: {0}</translation>
    </message>
    <message>
        <location filename="../../ui/intake/duplicates_tab.py" line="79" />
        <source>žádné</source>
        <translation>none</translation>
    </message>
</context>
<context>
    <name>MoneyField</name>
    <message>
        <location filename="../../ui/widgets/fields.py" line="81" />
        <source>Kč</source>
        <translation>CZK</translation>
    </message>
</context>
<context>
    <name>MyTasksCard</name>
    <message>
        <location filename="../../ui/cases/cards.py" line="86" />
        <source>Zaškrtnutím úkol splníte, dvojklikem otevřete případ.</source>
        <translation>Tick to complete a task, double-click to open the case.</translation>
    </message>
    <message>
        <location filename="../../ui/cases/cards.py" line="108" />
        <source>Po termínu ({0})</source>
        <translation>Overdue ({0})</translation>
    </message>
    <message>
        <location filename="../../ui/cases/cards.py" line="109" />
        <source>Dnes ({0})</source>
        <translation>Today ({0})</translation>
    </message>
    <message>
        <location filename="../../ui/cases/cards.py" line="126" />
        <source>od {0}</source>
        <translation>since {0}</translation>
    </message>
    <message>
        <location filename="../../ui/cases/cards.py" line="136" />
        <source>… a dalších {0} v oblasti Úkoly</source>
        <translation>… and {0} more in Tasks</translation>
    </message>
    <message>
        <location filename="../../ui/cases/cards.py" line="140" />
        <source>Na dnešek nemáte žádné úkoly.</source>
        <translation>No tasks for today.</translation>
    </message>
    <message>
        <location filename="../../ui/cases/cards.py" line="144" />
        <source>Po termínu {0} · dnes {1} · později {2}</source>
        <translation>Overdue {0} · today {1} · later {2}</translation>
    </message>
</context>
<context>
    <name>NeedDialog</name>
    <message>
        <location filename="../../ui/cases/need_dialog.py" line="32" />
        <source>— vyberte —</source>
        <translation>— choose —</translation>
    </message>
    <message>
        <location filename="../../ui/cases/need_dialog.py" line="36" />
        <source>Zvláštní zranitelnost (§6)</source>
        <translation>Special vulnerability (§6)</translation>
    </message>
    <message>
        <location filename="../../ui/cases/need_dialog.py" line="43" />
        <source>Příjem domácnosti (Kč měsíčně)</source>
        <translation>Household income (CZK a month)</translation>
    </message>
    <message>
        <location filename="../../ui/cases/need_dialog.py" line="45" />
        <source>Životní minimum domácnosti (Kč)</source>
        <translation>Household subsistence minimum (CZK)</translation>
    </message>
    <message>
        <location filename="../../ui/cases/need_dialog.py" line="47" />
        <source>Vazba na obvod</source>
        <translation>Link to the district</translation>
    </message>
    <message>
        <location filename="../../ui/cases/need_dialog.py" line="49" />
        <source>Zjištění</source>
        <translation>Findings</translation>
    </message>
    <message>
        <location filename="../../ui/cases/need_dialog.py" line="74" />
        <source>Podmínky zápisu jsou splněny.</source>
        <translation>The conditions of the entry are met.</translation>
    </message>
    <message>
        <location filename="../../ui/cases/need_dialog.py" line="78" />
        <source>Doplňte příjem, životní minimum a vazbu na obvod.</source>
        <translation>Fill in the income, the subsistence minimum and the link to the district.</translation>
    </message>
</context>
<context>
    <name>NewAssessmentDialog</name>
    <message>
        <location filename="../../ui/assessments/person_picker.py" line="27" />
        <source>Příjmení a jméno</source>
        <translation>Surname and name</translation>
    </message>
    <message>
        <location filename="../../ui/assessments/person_picker.py" line="29" />
        <source>Narozen(a)</source>
        <translation>Born</translation>
    </message>
    <message>
        <location filename="../../ui/assessments/person_picker.py" line="31" />
        <source>Trvalé bydliště</source>
        <translation>Permanent address</translation>
    </message>
    <message>
        <location filename="../../ui/assessments/person_picker.py" line="46" />
        <source>Jméno, datum narození nebo rodné číslo…</source>
        <translation>Name, birth date or birth number…</translation>
    </message>
    <message>
        <location filename="../../ui/assessments/person_picker.py" line="66" />
        <source>Datum návštěvy</source>
        <translation>Visit date</translation>
    </message>
    <message>
        <location filename="../../ui/assessments/person_picker.py" line="95" />
        <source>Vyberte klienta ze seznamu.</source>
        <translation>Pick the client from the list.</translation>
    </message>
</context>
<context>
    <name>NewContactsCard</name>
    <message>
        <location filename="../../ui/cases/cards.py" line="191" />
        <source>od pondělí {0}: {1} osob, z toho akutních {2}</source>
        <translation>since Monday {0}: {1} persons, {2} acute</translation>
    </message>
    <message>
        <location filename="../../ui/cases/cards.py" line="197" />
        <source>Tento týden zatím nikdo nepřišel.</source>
        <translation>Nobody has come this week yet.</translation>
    </message>
</context>
<context>
    <name>NewInspectionDialog</name>
    <message>
        <location filename="../../ui/inspections/new_dialog.py" line="35" />
        <location filename="../../ui/inspections/new_dialog.py" line="42" />
        <source>Adresa</source>
        <translation>Address</translation>
    </message>
    <message>
        <location filename="../../ui/inspections/new_dialog.py" line="36" />
        <location filename="../../ui/inspections/new_dialog.py" line="107" />
        <source>Byt</source>
        <translation>Flat</translation>
    </message>
    <message>
        <location filename="../../ui/inspections/new_dialog.py" line="37" />
        <source>Dispozice</source>
        <translation>Layout</translation>
    </message>
    <message>
        <location filename="../../ui/inspections/new_dialog.py" line="38" />
        <source>Stav</source>
        <translation>State</translation>
    </message>
    <message>
        <location filename="../../ui/inspections/new_dialog.py" line="41" />
        <source>Domácnost</source>
        <translation>Household</translation>
    </message>
    <message>
        <location filename="../../ui/inspections/new_dialog.py" line="72" />
        <source>Ulice, číslo domu nebo bytu…</source>
        <translation>Street, house or flat number…</translation>
    </message>
    <message>
        <location filename="../../ui/inspections/new_dialog.py" line="89" />
        <source>Nájemce: hledat domácnost (nepovinné)…</source>
        <translation>Tenant: search household (optional)…</translation>
    </message>
    <message>
        <location filename="../../ui/inspections/new_dialog.py" line="98" />
        <source>Druh</source>
        <translation>Kind</translation>
    </message>
    <message>
        <location filename="../../ui/inspections/new_dialog.py" line="99" />
        <source>Šablona</source>
        <translation>Template</translation>
    </message>
    <message>
        <location filename="../../ui/inspections/new_dialog.py" line="100" />
        <source>Datum kontroly</source>
        <translation>Inspection date</translation>
    </message>
    <message>
        <location filename="../../ui/inspections/new_dialog.py" line="158" />
        <source>Vyhledejte a vyberte byt.</source>
        <translation>Find and pick the flat.</translation>
    </message>
</context>
<context>
    <name>NewPersonForm</name>
    <message>
        <location filename="../../ui/intake/person_section.py" line="54" />
        <source>jen je-li potřeba</source>
        <translation>only where needed</translation>
    </message>
    <message>
        <location filename="../../ui/intake/person_section.py" line="68" />
        <source>Není jisté, co je jméno a co příjmení – zkontrolujte je.</source>
        <translation>It is not clear which is the given name and which the surname – please check.</translation>
    </message>
    <message>
        <location filename="../../ui/intake/person_section.py" line="71" />
        <source>&amp;Prohodit</source>
        <translation>S&amp;wap</translation>
    </message>
    <message>
        <location filename="../../ui/intake/person_section.py" line="73" />
        <source>Prohodit jméno a příjmení</source>
        <translation>Swap given name and surname</translation>
    </message>
    <message>
        <location filename="../../ui/intake/person_section.py" line="83" />
        <source>&amp;Jméno *</source>
        <translation>&amp;Given name *</translation>
    </message>
    <message>
        <location filename="../../ui/intake/person_section.py" line="84" />
        <source>Pří&amp;jmení *</source>
        <translation>Sur&amp;name *</translation>
    </message>
    <message>
        <location filename="../../ui/intake/person_section.py" line="85" />
        <source>Datum &amp;narození</source>
        <translation>Date of &amp;birth</translation>
    </message>
    <message>
        <location filename="../../ui/intake/person_section.py" line="86" />
        <source>&amp;Rodné číslo</source>
        <translation>Birth &amp;number</translation>
    </message>
    <message>
        <location filename="../../ui/intake/person_section.py" line="87" />
        <source>Telefon</source>
        <translation>Phone</translation>
    </message>
    <message>
        <location filename="../../ui/intake/person_section.py" line="87" />
        <source>E-mail</source>
        <translation>E-mail</translation>
    </message>
    <message>
        <location filename="../../ui/intake/person_section.py" line="88" />
        <source>Ulice</source>
        <translation>Street</translation>
    </message>
    <message>
        <location filename="../../ui/intake/person_section.py" line="89" />
        <source>Číslo domu</source>
        <translation>House number</translation>
    </message>
    <message>
        <location filename="../../ui/intake/person_section.py" line="90" />
        <source>Obec</source>
        <translation>Municipality</translation>
    </message>
    <message>
        <location filename="../../ui/intake/person_section.py" line="90" />
        <source>PSČ</source>
        <translation>Postcode</translation>
    </message>
</context>
<context>
    <name>NewUserDialog</name>
    <message>
        <location filename="../../ui/settings/users_tab.py" line="202" />
        <source>Nový uživatel</source>
        <translation>New user</translation>
    </message>
    <message>
        <location filename="../../ui/settings/users_tab.py" line="204" />
        <source>Jméno a příjmení</source>
        <translation>Full name</translation>
    </message>
    <message>
        <location filename="../../ui/settings/users_tab.py" line="205" />
        <source>Uživatelské jméno</source>
        <translation>User name</translation>
    </message>
    <message>
        <location filename="../../ui/settings/users_tab.py" line="207" />
        <source>Role</source>
        <translation>Role</translation>
    </message>
    <message>
        <location filename="../../ui/settings/users_tab.py" line="208" />
        <source>Pohlaví</source>
        <translation>Sex</translation>
    </message>
    <message>
        <location filename="../../ui/settings/users_tab.py" line="213" />
        <source>Odbor</source>
        <translation>Department</translation>
    </message>
    <message>
        <location filename="../../ui/settings/users_tab.py" line="215" />
        <source>podle role</source>
        <translation>by role</translation>
    </message>
    <message>
        <location filename="../../ui/settings/users_tab.py" line="218" />
        <source>Heslo</source>
        <translation>Password</translation>
    </message>
    <message>
        <location filename="../../ui/settings/users_tab.py" line="219" />
        <source>Heslo znovu</source>
        <translation>Password again</translation>
    </message>
    <message>
        <location filename="../../ui/settings/users_tab.py" line="202" />
        <source>Založit</source>
        <translation>Create</translation>
    </message>
</context>
<context>
    <name>NoteDialog</name>
    <message>
        <location filename="../../ui/leases/dialogs.py" line="118" />
        <source>Zdůvodnění</source>
        <translation>Justification</translation>
    </message>
    <message>
        <location filename="../../ui/cases/dialogs.py" line="75" />
        <source>Poznámka k případu</source>
        <translation>Note on the case</translation>
    </message>
    <message>
        <location filename="../../ui/cases/dialogs.py" line="75" />
        <source>Uložit</source>
        <translation>Save</translation>
    </message>
    <message>
        <location filename="../../ui/cases/dialogs.py" line="80" />
        <source>Text</source>
        <translation>Text</translation>
    </message>
</context>
<context>
    <name>OfferDialog</name>
    <message>
        <location filename="../../ui/flats/offer_dialogs.py" line="34" />
        <source>Nabídnout byt</source>
        <translation>Offer the flat</translation>
    </message>
    <message>
        <location filename="../../ui/flats/offer_dialogs.py" line="39" />
        <source>Byt &lt;b&gt;{0}, byt č. {1}&lt;/b&gt; nabídnout domácnosti &lt;b&gt;{2}&lt;/b&gt; (žádost {3}, {4}. v pořadí, {5} bodů).</source>
        <translation>Offer &lt;b&gt;{0}, flat no. {1}&lt;/b&gt; to &lt;b&gt;{2}&lt;/b&gt; (application {3}, rank {4}, {5} points).</translation>
    </message>
    <message>
        <location filename="../../ui/flats/offer_dialogs.py" line="44" />
        <source>Nabídnuto dne</source>
        <translation>Offered on</translation>
    </message>
    <message>
        <location filename="../../ui/flats/offer_dialogs.py" line="46" />
        <source>Poznámka</source>
        <translation>Note</translation>
    </message>
    <message>
        <location filename="../../ui/flats/offer_dialogs.py" line="50" />
        <source>domácnost není první v pořadí – uveďte proč</source>
        <translation>the household is not first in the ranking – say why</translation>
    </message>
    <message>
        <location filename="../../ui/flats/offer_dialogs.py" line="52" />
        <source>před nabídkou je třeba individuálně posoudit: {0}</source>
        <translation>assess individually before offering: {0}</translation>
    </message>
    <message>
        <location filename="../../ui/flats/offer_dialogs.py" line="55" />
        <source>Povinné: </source>
        <translation>Required: </translation>
    </message>
    <message>
        <location filename="../../ui/flats/offer_dialogs.py" line="56" />
        <source>Nabídnout</source>
        <translation>Offer</translation>
    </message>
</context>
<context>
    <name>OfferPicker</name>
    <message>
        <location filename="../../ui/leases/dialogs.py" line="127" />
        <source>Domácnost</source>
        <translation>Household</translation>
    </message>
    <message>
        <location filename="../../ui/leases/dialogs.py" line="128" />
        <source>Žadatel</source>
        <translation>Applicant</translation>
    </message>
    <message>
        <location filename="../../ui/leases/dialogs.py" line="129" />
        <source>Byt</source>
        <translation>Flat</translation>
    </message>
    <message>
        <location filename="../../ui/leases/dialogs.py" line="130" />
        <source>Přijata</source>
        <translation>Accepted</translation>
    </message>
</context>
<context>
    <name>OfferPickerDialog</name>
    <message>
        <location filename="../../ui/leases/dialogs.py" line="139" />
        <source>Smlouva z přijaté nabídky</source>
        <translation>Lease from an accepted offer</translation>
    </message>
    <message>
        <location filename="../../ui/leases/dialogs.py" line="150" />
        <source>Přijaté nabídky bytů, ke kterým ještě není smlouva: {0}</source>
        <translation>Accepted flat offers without a lease yet: {0}</translation>
    </message>
    <message>
        <location filename="../../ui/leases/dialogs.py" line="152" />
        <source>Žádná přijatá nabídka nečeká na smlouvu.</source>
        <translation>No accepted offer is waiting for a lease.</translation>
    </message>
    <message>
        <location filename="../../ui/leases/dialogs.py" line="163" />
        <source>Vyberte nabídku ze seznamu.</source>
        <translation>Pick an offer from the list.</translation>
    </message>
    <message>
        <location filename="../../ui/leases/dialogs.py" line="141" />
        <source>Připravit smlouvu</source>
        <translation>Prepare the lease</translation>
    </message>
</context>
<context>
    <name>OfficeTab</name>
    <message>
        <location filename="../../ui/settings/office_tab.py" line="62" />
        <source>např. Městský úřad Trutnov</source>
        <translation>e.g. Městský úřad Trutnov</translation>
    </message>
    <message>
        <location filename="../../ui/settings/office_tab.py" line="63" />
        <source>ulice a číslo, PSČ obec</source>
        <translation>street and number, postcode town</translation>
    </message>
    <message>
        <location filename="../../ui/settings/office_tab.py" line="65" />
        <source>Název úřadu *</source>
        <translation>Office name *</translation>
    </message>
    <message>
        <location filename="../../ui/settings/office_tab.py" line="66" />
        <source>Odbor / oddělení</source>
        <translation>Department</translation>
    </message>
    <message>
        <location filename="../../ui/settings/office_tab.py" line="67" />
        <source>Adresa</source>
        <translation>Address</translation>
    </message>
    <message>
        <location filename="../../ui/settings/office_tab.py" line="68" />
        <source>Obec *</source>
        <translation>Town *</translation>
    </message>
    <message>
        <location filename="../../ui/settings/office_tab.py" line="69" />
        <source>Místo podpisu</source>
        <translation>Place of signing</translation>
    </message>
    <message>
        <location filename="../../ui/settings/office_tab.py" line="70" />
        <source>Pronajímatel bytů</source>
        <translation>Landlord of the flats</translation>
    </message>
    <message>
        <location filename="../../ui/settings/office_tab.py" line="71" />
        <source>Telefon</source>
        <translation>Phone</translation>
    </message>
    <message>
        <location filename="../../ui/settings/office_tab.py" line="72" />
        <source>E-mail</source>
        <translation>E-mail</translation>
    </message>
    <message>
        <location filename="../../ui/settings/office_tab.py" line="81" />
        <source>Vybrat obrázek…</source>
        <translation>Choose picture…</translation>
    </message>
    <message>
        <location filename="../../ui/settings/office_tab.py" line="83" />
        <source>Odebrat logo</source>
        <translation>Remove logo</translation>
    </message>
    <message>
        <location filename="../../ui/settings/office_tab.py" line="93" />
        <source>Logo (znak města)</source>
        <translation>Logo (coat of arms)</translation>
    </message>
    <message>
        <location filename="../../ui/settings/office_tab.py" line="95" />
        <source>Jméno a titul</source>
        <translation>Name and title</translation>
    </message>
    <message>
        <location filename="../../ui/settings/office_tab.py" line="96" />
        <source>Funkce</source>
        <translation>Function</translation>
    </message>
    <message>
        <location filename="../../ui/settings/office_tab.py" line="99" />
        <source>Přidat osobu</source>
        <translation>Add person</translation>
    </message>
    <message>
        <location filename="../../ui/settings/office_tab.py" line="101" />
        <source>Odebrat</source>
        <translation>Remove</translation>
    </message>
    <message>
        <location filename="../../ui/settings/office_tab.py" line="115" />
        <source>Podepisující osoby</source>
        <translation>Signatories</translation>
    </message>
    <message>
        <location filename="../../ui/settings/office_tab.py" line="118" />
        <source>Záznamy ze šetření schvaluje</source>
        <translation>Assessment records approved by</translation>
    </message>
    <message>
        <location filename="../../ui/settings/office_tab.py" line="120" />
        <source>Protokoly o bytech podepisuje</source>
        <translation>Flat protocols signed by</translation>
    </message>
    <message>
        <location filename="../../ui/settings/office_tab.py" line="123" />
        <source>Uložit</source>
        <translation>Save</translation>
    </message>
    <message>
        <location filename="../../ui/settings/office_tab.py" line="132" />
        <source>Tyto údaje se tisknou v hlavičce a v podpisech záznamů ze šetření, protokolů o kontrole bytu a předávacích protokolů.</source>
        <translation>These details are printed in the header and signatures of assessment records, flat inspection protocols and handover protocols.</translation>
    </message>
    <message>
        <location filename="../../ui/settings/office_tab.py" line="174" />
        <source>nikdo (jen pracovník a klient)</source>
        <translation>nobody (worker and client only)</translation>
    </message>
    <message>
        <location filename="../../ui/settings/office_tab.py" line="176" />
        <source>pracovník, který kontrolu provedl</source>
        <translation>the worker who did the inspection</translation>
    </message>
    <message>
        <location filename="../../ui/settings/office_tab.py" line="187" />
        <source>automaticky: „{0}“</source>
        <translation>automatic: “{0}”</translation>
    </message>
    <message>
        <location filename="../../ui/settings/office_tab.py" line="188" />
        <source>např. V Trutnově</source>
        <translation>e.g. V Trutnově</translation>
    </message>
    <message>
        <location filename="../../ui/settings/office_tab.py" line="190" />
        <source>automaticky: „Město {0}“</source>
        <translation>automatic: “Město {0}”</translation>
    </message>
    <message>
        <location filename="../../ui/settings/office_tab.py" line="191" />
        <source>např. Město Trutnov</source>
        <translation>e.g. Město Trutnov</translation>
    </message>
    <message>
        <location filename="../../ui/settings/office_tab.py" line="213" />
        <source>Uloženo. Nové údaje se použijí při příštím tisku.</source>
        <translation>Saved. The new details are used from the next print.</translation>
    </message>
    <message>
        <location filename="../../ui/settings/office_tab.py" line="224" />
        <source>Logo úřadu</source>
        <translation>Office logo</translation>
    </message>
    <message>
        <location filename="../../ui/settings/office_tab.py" line="225" />
        <source>Obrázky (*.png *.jpg *.jpeg *.bmp)</source>
        <translation>Pictures (*.png *.jpg *.jpeg *.bmp)</translation>
    </message>
    <message>
        <location filename="../../ui/settings/office_tab.py" line="235" />
        <location filename="../../ui/settings/office_tab.py" line="238" />
        <source>Logo nelze použít</source>
        <translation>The logo cannot be used</translation>
    </message>
    <message>
        <location filename="../../ui/settings/office_tab.py" line="241" />
        <source>Logo je uložené.</source>
        <translation>The logo is saved.</translation>
    </message>
    <message>
        <location filename="../../ui/settings/office_tab.py" line="247" />
        <source>Nepodařilo se</source>
        <translation>Failed</translation>
    </message>
    <message>
        <location filename="../../ui/settings/office_tab.py" line="254" />
        <source>bez loga</source>
        <translation>no logo</translation>
    </message>
    <message>
        <location filename="../../ui/settings/office_tab.py" line="277" />
        <source>Údaje úřadu může měnit vedoucí KMB nebo správce aplikace.</source>
        <translation>The office details can be changed by the KMB lead or the administrator.</translation>
    </message>
</context>
<context>
    <name>Op</name>
    <message>
        <location filename="../../ui/ops.py" line="126" />
        <source>Zrušit</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <location filename="../../ui/ops.py" line="209" />
        <source>Nastala neočekávaná chyba: {0}</source>
        <translation>An unexpected error occurred: {0}</translation>
    </message>
    <message>
        <location filename="../../ui/ops.py" line="210" />
        <source>Nepodařilo se</source>
        <translation>Failed</translation>
    </message>
</context>
<context>
    <name>OpenCasesCard</name>
    <message>
        <location filename="../../ui/cases/cards.py" line="256" />
        <source>Otevřených případů celkem: {0}</source>
        <translation>Open cases in total: {0}</translation>
    </message>
</context>
<context>
    <name>OutcomeSection</name>
    <message>
        <location filename="../../ui/intake/outcome_section.py" line="84" />
        <location filename="../../ui/intake/outcome_section.py" line="125" />
        <source>Výsledek</source>
        <translation>Outcome</translation>
    </message>
    <message>
        <location filename="../../ui/intake/outcome_section.py" line="95" />
        <source>Naléhavost</source>
        <translation>Urgency</translation>
    </message>
    <message>
        <location filename="../../ui/intake/outcome_section.py" line="111" />
        <source> min</source>
        <translation> min</translation>
    </message>
    <message>
        <location filename="../../ui/intake/outcome_section.py" line="113" />
        <source>Měří se od výběru klienta; můžete přepsat.</source>
        <translation>Measured from choosing the client; you may overwrite it.</translation>
    </message>
    <message>
        <location filename="../../ui/intake/outcome_section.py" line="115" />
        <source>Ča&amp;s s klientem</source>
        <translation>&amp;Time with the client</translation>
    </message>
    <message>
        <location filename="../../ui/intake/outcome_section.py" line="129" />
        <source>jen informace a poradenství</source>
        <translation>information and counselling only</translation>
    </message>
    <message>
        <location filename="../../ui/intake/outcome_section.py" line="130" />
        <source>předání na službu</source>
        <translation>referral</translation>
    </message>
    <message>
        <location filename="../../ui/intake/outcome_section.py" line="131" />
        <source>otevřít případ a přidělit pracovníkovi</source>
        <translation>open a case and assign a worker</translation>
    </message>
    <message>
        <location filename="../../ui/intake/outcome_section.py" line="148" />
        <source>Předání na službu</source>
        <translation>Referral to a service</translation>
    </message>
    <message>
        <location filename="../../ui/intake/outcome_section.py" line="150" />
        <source>Přidat předání</source>
        <translation>Add referral</translation>
    </message>
    <message>
        <location filename="../../ui/intake/outcome_section.py" line="152" />
        <source>Přidat předání na službu (Ctrl+P)</source>
        <translation>Add a referral to a service (Ctrl+P)</translation>
    </message>
    <message>
        <location filename="../../ui/intake/outcome_section.py" line="158" />
        <source>Ověření, zda klient ke službě dorazil, se naplánuje jako úkol.</source>
        <translation>Checking whether the client arrived at the service is planned as a task.</translation>
    </message>
    <message>
        <location filename="../../ui/intake/outcome_section.py" line="165" />
        <source>Přidělit &amp;pracovníkovi</source>
        <translation>Assign to &amp;worker</translation>
    </message>
    <message>
        <location filename="../../ui/intake/outcome_section.py" line="179" />
        <source>Poznámka</source>
        <translation>Note</translation>
    </message>
    <message>
        <location filename="../../ui/intake/outcome_section.py" line="235" />
        <source>Kontakt se připojí k otevřenému případu {0}.</source>
        <translation>The contact joins the open case {0}.</translation>
    </message>
    <message>
        <location filename="../../ui/intake/outcome_section.py" line="238" />
        <source>Pracovník dostane úkol klienta kontaktovat – termín podle naléhavosti.</source>
        <translation>The worker gets a task to contact the client – due by the urgency.</translation>
    </message>
</context>
<context>
    <name>PartnersTab</name>
    <message>
        <location filename="../../ui/settings/partners.py" line="22" />
        <source>Služba</source>
        <translation>Service</translation>
    </message>
    <message>
        <location filename="../../ui/settings/partners.py" line="23" />
        <location filename="../../ui/settings/partners.py" line="59" />
        <source>Druh</source>
        <translation>Kind</translation>
    </message>
    <message>
        <location filename="../../ui/settings/partners.py" line="24" />
        <location filename="../../ui/settings/partners.py" line="61" />
        <source>Telefon</source>
        <translation>Phone</translation>
    </message>
    <message>
        <location filename="../../ui/settings/partners.py" line="25" />
        <source>Předání</source>
        <translation>Referrals</translation>
    </message>
    <message>
        <location filename="../../ui/settings/partners.py" line="27" />
        <source>Aktivní</source>
        <translation>Active</translation>
    </message>
    <message>
        <location filename="../../ui/settings/partners.py" line="55" />
        <source>Nabízet při příjmu</source>
        <translation>Offer at intake</translation>
    </message>
    <message>
        <location filename="../../ui/settings/partners.py" line="59" />
        <source>Název *</source>
        <translation>Name *</translation>
    </message>
    <message>
        <location filename="../../ui/settings/partners.py" line="60" />
        <source>Kontaktní osoba</source>
        <translation>Contact person</translation>
    </message>
    <message>
        <location filename="../../ui/settings/partners.py" line="61" />
        <source>E-mail</source>
        <translation>E-mail</translation>
    </message>
    <message>
        <location filename="../../ui/settings/partners.py" line="62" />
        <source>Adresa</source>
        <translation>Address</translation>
    </message>
    <message>
        <location filename="../../ui/settings/partners.py" line="63" />
        <source>Úřední hodiny</source>
        <translation>Opening hours</translation>
    </message>
    <message>
        <location filename="../../ui/settings/partners.py" line="64" />
        <source>Poznámka</source>
        <translation>Note</translation>
    </message>
    <message>
        <location filename="../../ui/settings/partners.py" line="70" />
        <source>Nová služba</source>
        <translation>New service</translation>
    </message>
    <message>
        <location filename="../../ui/settings/partners.py" line="72" />
        <source>Uložit</source>
        <translation>Save</translation>
    </message>
    <message>
        <location filename="../../ui/settings/partners.py" line="92" />
        <source>Služby, na které KMB klienty předává. Při příjmu se nabízejí jen aktivní; službu s předáními nelze smazat, jen vypnout.</source>
        <translation>Services the KMB refers clients to. Only active ones are offered at intake; a service with referrals cannot be deleted, only switched off.</translation>
    </message>
    <message>
        <location filename="../../ui/settings/partners.py" line="101" />
        <source>Seznam upravuje vedoucí KMB nebo správce.</source>
        <translation>The KMB lead or the administrator edits the list.</translation>
    </message>
    <message>
        <location filename="../../ui/settings/partners.py" line="159" />
        <source>Uloženo: {0}</source>
        <translation>Saved: {0}</translation>
    </message>
</context>
<context>
    <name>PasswordDialog</name>
    <message>
        <location filename="../../ui/settings/users_tab.py" line="279" />
        <source>Heslo – {0}</source>
        <translation>Password – {0}</translation>
    </message>
    <message>
        <location filename="../../ui/settings/users_tab.py" line="281" />
        <source>Nové heslo</source>
        <translation>New password</translation>
    </message>
    <message>
        <location filename="../../ui/settings/users_tab.py" line="282" />
        <source>Heslo znovu</source>
        <translation>Password again</translation>
    </message>
</context>
<context>
    <name>PaymentDialog</name>
    <message>
        <location filename="../../ui/fund/dialogs.py" line="109" />
        <source>Výplata z fondu</source>
        <translation>Payment from the fund</translation>
    </message>
    <message>
        <location filename="../../ui/fund/dialogs.py" line="110" />
        <source>Schváleno {0}, vyplaceno {1}, zbývá vyplatit {2}.</source>
        <translation>Approved {0}, paid {1}, left to pay {2}.</translation>
    </message>
    <message>
        <location filename="../../ui/fund/dialogs.py" line="112" />
        <source>Zapsat platbu</source>
        <translation>Record payment</translation>
    </message>
    <message>
        <location filename="../../ui/fund/dialogs.py" line="114" />
        <source>Částka *</source>
        <translation>Amount *</translation>
    </message>
    <message>
        <location filename="../../ui/fund/dialogs.py" line="116" />
        <source>Vyplaceno dne *</source>
        <translation>Paid on *</translation>
    </message>
    <message>
        <location filename="../../ui/fund/dialogs.py" line="120" />
        <source>— není pronajímatel z evidence —</source>
        <translation>— not a registered landlord —</translation>
    </message>
    <message>
        <location filename="../../ui/fund/dialogs.py" line="124" />
        <source>Pronajímatel</source>
        <translation>Landlord</translation>
    </message>
    <message>
        <location filename="../../ui/fund/dialogs.py" line="125" />
        <source>Komu</source>
        <translation>Paid to</translation>
    </message>
    <message>
        <location filename="../../ui/fund/dialogs.py" line="126" />
        <source>Správa bytů města</source>
        <translation>Town housing management</translation>
    </message>
    <message>
        <location filename="../../ui/fund/dialogs.py" line="137" />
        <source>Vyberte pronajímatele ze seznamu.</source>
        <translation>Choose a landlord from the list.</translation>
    </message>
</context>
<context>
    <name>PdfPreviewDialog</name>
    <message>
        <location filename="../../ui/widgets/pdf_preview.py" line="57" />
        <source>Připravuji dokument…</source>
        <translation>Preparing the document…</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/pdf_preview.py" line="84" />
        <source>Tisk…</source>
        <translation>Print…</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/pdf_preview.py" line="86" />
        <source>Uložit jako PDF…</source>
        <translation>Save as PDF…</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/pdf_preview.py" line="87" />
        <source>Zavřít</source>
        <translation>Close</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/pdf_preview.py" line="91" />
        <source>Stran: {0}</source>
        <translation>Pages: {0}</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/pdf_preview.py" line="108" />
        <source>Uložit jako PDF</source>
        <translation>Save as PDF</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/pdf_preview.py" line="109" />
        <source>Dokument PDF (*.pdf)</source>
        <translation>PDF document (*.pdf)</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/pdf_preview.py" line="115" />
        <source>Nepodařilo se uložit</source>
        <translation>Could not save</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/pdf_preview.py" line="141" />
        <source>Stránky nebo rozsahy stránek oddělené čárkami; rozsah jsou dvě čísla spojená pomlčkou. Např. 3,5-7,9 vytiskne stránky 3, 5, 6, 7 a 9.</source>
        <translation>Pages or page ranges separated by commas; a range is two numbers joined by a hyphen. E.g. 3,5-7,9 prints pages 3, 5, 6, 7 and 9.</translation>
    </message>
</context>
<context>
    <name>PersonDetailView</name>
    <message>
        <location filename="../../ui/persons/detail.py" line="43" />
        <source>Upravit údaje</source>
        <translation>Edit details</translation>
    </message>
    <message>
        <location filename="../../ui/persons/detail.py" line="72" />
        <source>Vyberte osobu</source>
        <translation>Select a person</translation>
    </message>
    <message>
        <location filename="../../ui/persons/detail.py" line="73" />
        <source>Vyhledejte klienta podle jména, data narození nebo rodného čísla.</source>
        <translation>Find a client by name, birth date or birth number.</translation>
    </message>
    <message>
        <location filename="../../ui/persons/detail.py" line="87" />
        <source>neuvedeno</source>
        <translation>not stated</translation>
    </message>
    <message>
        <location filename="../../ui/persons/detail.py" line="88" />
        <source>narozen(a) {0}</source>
        <translation>born {0}</translation>
    </message>
    <message>
        <location filename="../../ui/persons/detail.py" line="91" />
        <source>Rodné číslo</source>
        <translation>Birth number</translation>
    </message>
    <message>
        <location filename="../../ui/persons/detail.py" line="92" />
        <source>Pohlaví</source>
        <translation>Sex</translation>
    </message>
    <message>
        <location filename="../../ui/persons/detail.py" line="93" />
        <source>Trvalé bydliště</source>
        <translation>Permanent address</translation>
    </message>
    <message>
        <location filename="../../ui/persons/detail.py" line="94" />
        <source>Telefon</source>
        <translation>Phone</translation>
    </message>
    <message>
        <location filename="../../ui/persons/detail.py" line="95" />
        <source>E-mail</source>
        <translation>E-mail</translation>
    </message>
    <message>
        <location filename="../../ui/persons/detail.py" line="96" />
        <source>Poznámka</source>
        <translation>Note</translation>
    </message>
    <message>
        <location filename="../../ui/persons/detail.py" line="97" />
        <source>Změněno</source>
        <translation>Changed</translation>
    </message>
    <message>
        <location filename="../../ui/persons/detail.py" line="102" />
        <source>Domácnost</source>
        <translation>Household</translation>
    </message>
    <message>
        <location filename="../../ui/persons/detail.py" line="102" />
        <source>Není členem žádné domácnosti.</source>
        <translation>Not a member of any household.</translation>
    </message>
</context>
<context>
    <name>PersonDialog</name>
    <message>
        <location filename="../../ui/persons/form.py" line="172" />
        <source>Ve formuláři je uložená verze; upravte ji a uložte, nebo formulář zavřete.</source>
        <translation>The form shows the stored version; edit it and save, or close the form.</translation>
    </message>
</context>
<context>
    <name>PersonForm</name>
    <message>
        <location filename="../../ui/persons/form.py" line="43" />
        <source>jen je-li potřeba, např. 850312/1234</source>
        <translation>only where needed, e.g. 850312/1234</translation>
    </message>
    <message>
        <location filename="../../ui/persons/form.py" line="45" />
        <source>neuvedeno</source>
        <translation>not stated</translation>
    </message>
    <message>
        <location filename="../../ui/persons/form.py" line="49" />
        <source>např. ČR</source>
        <translation>e.g. ČR</translation>
    </message>
    <message>
        <location filename="../../ui/persons/form.py" line="64" />
        <source>Jméno *</source>
        <translation>Given name *</translation>
    </message>
    <message>
        <location filename="../../ui/persons/form.py" line="65" />
        <source>Příjmení *</source>
        <translation>Surname *</translation>
    </message>
    <message>
        <location filename="../../ui/persons/form.py" line="66" />
        <source>Titul před jménem</source>
        <translation>Title before the name</translation>
    </message>
    <message>
        <location filename="../../ui/persons/form.py" line="67" />
        <source>Titul za jménem</source>
        <translation>Title after the name</translation>
    </message>
    <message>
        <location filename="../../ui/persons/form.py" line="68" />
        <source>Datum narození</source>
        <translation>Date of birth</translation>
    </message>
    <message>
        <location filename="../../ui/persons/form.py" line="69" />
        <source>Rodné číslo</source>
        <translation>Birth number</translation>
    </message>
    <message>
        <location filename="../../ui/persons/form.py" line="70" />
        <source>Pohlaví</source>
        <translation>Sex</translation>
    </message>
    <message>
        <location filename="../../ui/persons/form.py" line="71" />
        <source>Státní občanství</source>
        <translation>Citizenship</translation>
    </message>
    <message>
        <location filename="../../ui/persons/form.py" line="72" />
        <source>Telefon</source>
        <translation>Phone</translation>
    </message>
    <message>
        <location filename="../../ui/persons/form.py" line="73" />
        <source>E-mail</source>
        <translation>E-mail</translation>
    </message>
    <message>
        <location filename="../../ui/persons/form.py" line="74" />
        <source>Ulice</source>
        <translation>Street</translation>
    </message>
    <message>
        <location filename="../../ui/persons/form.py" line="75" />
        <source>Číslo domu</source>
        <translation>House number</translation>
    </message>
    <message>
        <location filename="../../ui/persons/form.py" line="76" />
        <source>Obec</source>
        <translation>Municipality</translation>
    </message>
    <message>
        <location filename="../../ui/persons/form.py" line="77" />
        <source>PSČ</source>
        <translation>Postcode</translation>
    </message>
    <message>
        <location filename="../../ui/persons/form.py" line="78" />
        <source>Poznámka</source>
        <translation>Note</translation>
    </message>
</context>
<context>
    <name>PersonListModel</name>
    <message>
        <location filename="../../ui/persons/list_model.py" line="28" />
        <source>Příjmení a jméno</source>
        <translation>Surname and name</translation>
    </message>
    <message>
        <location filename="../../ui/persons/list_model.py" line="29" />
        <source>Narozen(a)</source>
        <translation>Born</translation>
    </message>
    <message>
        <location filename="../../ui/persons/list_model.py" line="30" />
        <source>Trvalé bydliště</source>
        <translation>Permanent address</translation>
    </message>
</context>
<context>
    <name>PersonPrivacyPanel</name>
    <message>
        <location filename="../../ui/privacy/person_panel.py" line="20" />
        <source>Kdy</source>
        <translation>When</translation>
    </message>
    <message>
        <location filename="../../ui/privacy/person_panel.py" line="22" />
        <source>Kdo</source>
        <translation>Who</translation>
    </message>
    <message>
        <location filename="../../ui/privacy/person_panel.py" line="24" />
        <source>Akce</source>
        <translation>Action</translation>
    </message>
    <message>
        <location filename="../../ui/privacy/person_panel.py" line="43" />
        <source>Výpis údajů pro osobu (čl. 15 GDPR)…</source>
        <translation>Data subject access export (GDPR Art. 15)…</translation>
    </message>
    <message>
        <location filename="../../ui/privacy/person_panel.py" line="55" />
        <source>Kdo s tímto záznamem pracoval</source>
        <translation>Who worked with this record</translation>
    </message>
    <message>
        <location filename="../../ui/privacy/person_panel.py" line="87" />
        <source>Výpis údajů pro osobu</source>
        <translation>Data subject access export</translation>
    </message>
    <message>
        <location filename="../../ui/privacy/person_panel.py" line="88" />
        <source>Archiv ZIP (*.zip)</source>
        <translation>ZIP archive (*.zip)</translation>
    </message>
    <message>
        <location filename="../../ui/privacy/person_panel.py" line="100" />
        <source>Uloženo: {0} ({1} záznamů). Soubor obsahuje osobní údaje – předejte ho jen dotčené osobě.</source>
        <translation>Saved: {0} ({1} records). The file holds personal data – give it only to the person concerned.</translation>
    </message>
</context>
<context>
    <name>PersonSection</name>
    <message>
        <location filename="../../ui/intake/person_section.py" line="30" />
        <source>Příjmení a jméno</source>
        <translation>Surname and name</translation>
    </message>
    <message>
        <location filename="../../ui/intake/person_section.py" line="31" />
        <source>Narozen(a)</source>
        <translation>Born</translation>
    </message>
    <message>
        <location filename="../../ui/intake/person_section.py" line="33" />
        <source>Trvalé bydliště</source>
        <translation>Permanent address</translation>
    </message>
    <message>
        <location filename="../../ui/intake/person_section.py" line="36" />
        <source>stejné rodné číslo</source>
        <translation>same birth number</translation>
    </message>
    <message>
        <location filename="../../ui/intake/person_section.py" line="37" />
        <source>stejné jméno a datum narození</source>
        <translation>same name and birth date</translation>
    </message>
    <message>
        <location filename="../../ui/intake/person_section.py" line="175" />
        <source>Klient</source>
        <translation>Client</translation>
    </message>
    <message>
        <location filename="../../ui/intake/person_section.py" line="184" />
        <source>Jméno, datum narození nebo rodné číslo – Enter hledá</source>
        <translation>Name, birth date or birth number – Enter searches</translation>
    </message>
    <message>
        <location filename="../../ui/intake/person_section.py" line="186" />
        <source>Nová osoba</source>
        <translation>New person</translation>
    </message>
    <message>
        <location filename="../../ui/intake/person_section.py" line="187" />
        <source>Založit novou osobu (Ctrl+N)</source>
        <translation>Create a new person (Ctrl+N)</translation>
    </message>
    <message>
        <location filename="../../ui/intake/person_section.py" line="218" />
        <source>Vyhledejte klienta (Enter), vyberte ho šipkami a Enterem, nebo založte novou osobu (Ctrl+N).</source>
        <translation>Search for the client (Enter), pick them with the arrows and Enter, or create a new person (Ctrl+N).</translation>
    </message>
    <message>
        <location filename="../../ui/intake/person_section.py" line="227" />
        <source>Jiná osoba</source>
        <translation>Another person</translation>
    </message>
    <message>
        <location filename="../../ui/intake/person_section.py" line="246" />
        <source>Použít existující</source>
        <translation>Use the existing one</translation>
    </message>
    <message>
        <location filename="../../ui/intake/person_section.py" line="286" />
        <source>Nalezeno: {0}. Šipkami vyberte, Enter potvrdí.</source>
        <translation>Found: {0}. Choose with the arrows, Enter confirms.</translation>
    </message>
    <message>
        <location filename="../../ui/intake/person_section.py" line="288" />
        <source>Nalezeno víc než 50 – upřesněte hledání.</source>
        <translation>More than 50 found – refine the search.</translation>
    </message>
    <message>
        <location filename="../../ui/intake/person_section.py" line="292" />
        <source>Nikdo takový v evidenci není – založte novou osobu (Ctrl+N).</source>
        <translation>Nobody like that is registered – create a new person (Ctrl+N).</translation>
    </message>
    <message>
        <location filename="../../ui/intake/person_section.py" line="320" />
        <source>nar. {0}</source>
        <translation>born {0}</translation>
    </message>
    <message>
        <location filename="../../ui/intake/person_section.py" line="321" />
        <source>RČ {0}</source>
        <translation>birth no. {0}</translation>
    </message>
    <message>
        <location filename="../../ui/intake/person_section.py" line="323" />
        <source>bez data narození a adresy</source>
        <translation>no birth date or address</translation>
    </message>
    <message>
        <location filename="../../ui/intake/person_section.py" line="325" />
        <source>Kontaktů: {0}, naposledy {1}</source>
        <translation>Contacts: {0}, last {1}</translation>
    </message>
    <message>
        <location filename="../../ui/intake/person_section.py" line="328" />
        <source>První kontakt s KMB</source>
        <translation>First contact with the KMB</translation>
    </message>
    <message>
        <location filename="../../ui/intake/person_section.py" line="330" />
        <source>Otevřený případ {0} ({1})</source>
        <translation>Open case {0} ({1})</translation>
    </message>
    <message>
        <location filename="../../ui/intake/person_section.py" line="331" />
        <source>nepřidělen</source>
        <translation>not assigned</translation>
    </message>
    <message>
        <location filename="../../ui/intake/person_section.py" line="335" />
        <source>do {0}</source>
        <translation>until {0}</translation>
    </message>
    <message>
        <location filename="../../ui/intake/person_section.py" line="336" />
        <source>Zákon o podpoře bydlení: {0}</source>
        <translation>Housing Support Act: {0}</translation>
    </message>
    <message>
        <location filename="../../ui/intake/person_section.py" line="382" />
        <source>Pozor, možná už je v evidenci: &lt;b&gt;{0}&lt;/b&gt;, nar. {1}, {2} ({3}).</source>
        <translation>Careful, may already be registered: &lt;b&gt;{0}&lt;/b&gt;, born {1}, {2} ({3}).</translation>
    </message>
</context>
<context>
    <name>PersonsPage</name>
    <message>
        <location filename="../../ui/persons/page.py" line="33" />
        <source>Klienti</source>
        <translation>Clients</translation>
    </message>
    <message>
        <location filename="../../ui/persons/page.py" line="38" />
        <source>Hledat jméno, datum narození (3. 1. 1985) nebo rodné číslo…</source>
        <translation>Search name, birth date (3. 1. 1985) or birth number…</translation>
    </message>
    <message>
        <location filename="../../ui/persons/page.py" line="42" />
        <source>Nová osoba</source>
        <translation>New person</translation>
    </message>
    <message>
        <location filename="../../ui/persons/page.py" line="103" />
        <source>Nalezeno osob: více než {0}</source>
        <translation>Persons found: more than {0}</translation>
    </message>
    <message>
        <location filename="../../ui/persons/page.py" line="104" />
        <source>Nalezeno osob: {0}</source>
        <translation>Persons found: {0}</translation>
    </message>
    <message>
        <location filename="../../ui/persons/page.py" line="100" />
        <source>Celkem osob: {0}</source>
        <translation>Persons in total: {0}</translation>
    </message>
</context>
<context>
    <name>PhotosPanel</name>
    <message>
        <location filename="../../ui/inspections/photos.py" line="53" />
        <source>Přidat fotografie…</source>
        <translation>Add photos…</translation>
    </message>
    <message>
        <location filename="../../ui/inspections/photos.py" line="56" />
        <source>Popisek…</source>
        <translation>Caption…</translation>
    </message>
    <message>
        <location filename="../../ui/inspections/photos.py" line="58" />
        <source>Odebrat</source>
        <translation>Remove</translation>
    </message>
    <message>
        <location filename="../../ui/inspections/photos.py" line="60" />
        <source>Fotografie se zmenší a uloží k protokolu (bez údajů o poloze). Obrázek JPEG nebo PNG, nejvýše 15 MB.</source>
        <translation>Photos are scaled down and stored with the protocol (without location data). A JPEG or PNG picture, at most 15 MB.</translation>
    </message>
    <message>
        <location filename="../../ui/inspections/photos.py" line="95" />
        <source>Přidat fotografie</source>
        <translation>Add photos</translation>
    </message>
    <message>
        <location filename="../../ui/inspections/photos.py" line="96" />
        <source>Obrázky (*.jpg *.jpeg *.png *.heic *.webp *.bmp *.tif *.tiff);;Všechny soubory (*)</source>
        <translation>Pictures (*.jpg *.jpeg *.png *.heic *.webp *.bmp *.tif *.tiff);;All files (*)</translation>
    </message>
    <message>
        <location filename="../../ui/inspections/photos.py" line="104" />
        <source>Soubor „{0}“ nelze přečíst: {1}.</source>
        <translation>File “{0}” cannot be read: {1}.</translation>
    </message>
    <message>
        <location filename="../../ui/inspections/photos.py" line="125" />
        <source>Ukládám fotografie…</source>
        <translation>Saving photos…</translation>
    </message>
    <message>
        <location filename="../../ui/inspections/photos.py" line="134" />
        <source>Některé soubory nelze přidat</source>
        <translation>Some files cannot be added</translation>
    </message>
    <message>
        <location filename="../../ui/inspections/photos.py" line="146" />
        <source>Popisek fotografie</source>
        <translation>Photo caption</translation>
    </message>
    <message>
        <location filename="../../ui/inspections/photos.py" line="147" />
        <source>Co je na fotografii:</source>
        <translation>What the photo shows:</translation>
    </message>
    <message>
        <location filename="../../ui/inspections/photos.py" line="154" />
        <location filename="../../ui/inspections/photos.py" line="169" />
        <source>Nepodařilo se</source>
        <translation>Failed</translation>
    </message>
    <message>
        <location filename="../../ui/inspections/photos.py" line="162" />
        <source>Odebrat fotografii</source>
        <translation>Remove photo</translation>
    </message>
    <message>
        <location filename="../../ui/inspections/photos.py" line="163" />
        <source>Odebrat vybranou fotografii z protokolu?</source>
        <translation>Remove the selected photo from the protocol?</translation>
    </message>
</context>
<context>
    <name>PlaceDialog</name>
    <message>
        <location filename="../../ui/cases/place_dialog.py" line="15" />
        <source>Obec a lokalita případu</source>
        <translation>Municipality and locality of the case</translation>
    </message>
    <message>
        <location filename="../../ui/cases/place_dialog.py" line="16" />
        <source>Kde klient bydlí – pro statistiky podle obce a lokality. Změna se zapíše do auditu.</source>
        <translation>Where the client lives – for statistics by municipality and locality. The change is recorded in the audit log.</translation>
    </message>
    <message>
        <location filename="../../ui/cases/place_dialog.py" line="18" />
        <source>Uložit místo</source>
        <translation>Save place</translation>
    </message>
    <message>
        <location filename="../../ui/cases/place_dialog.py" line="24" />
        <location filename="../../ui/cases/place_dialog.py" line="38" />
        <source>— neuvedeno —</source>
        <translation>— not given —</translation>
    </message>
    <message>
        <location filename="../../ui/cases/place_dialog.py" line="33" />
        <source>Obec</source>
        <translation>Municipality</translation>
    </message>
    <message>
        <location filename="../../ui/cases/place_dialog.py" line="34" />
        <source>Lokalita</source>
        <translation>Locality</translation>
    </message>
</context>
<context>
    <name>PlanDialog</name>
    <message>
        <location filename="../../ui/fund/dialogs.py" line="147" />
        <source>Splátkový kalendář</source>
        <translation>Repayment plan</translation>
    </message>
    <message>
        <location filename="../../ui/fund/dialogs.py" line="148" />
        <source>Vyplaceno {0}. Domácnost vrací peníze do fondu v měsíčních splátkách.</source>
        <translation>Paid {0}. The household repays the fund in monthly instalments.</translation>
    </message>
    <message>
        <location filename="../../ui/fund/dialogs.py" line="151" />
        <source>Celkem ke splacení *</source>
        <translation>Total to repay *</translation>
    </message>
    <message>
        <location filename="../../ui/fund/dialogs.py" line="153" />
        <source>Měsíční splátka *</source>
        <translation>Monthly instalment *</translation>
    </message>
    <message>
        <location filename="../../ui/fund/dialogs.py" line="155" />
        <source>První splátka dne *</source>
        <translation>First instalment on *</translation>
    </message>
</context>
<context>
    <name>PrivateLeaseDialog</name>
    <message>
        <location filename="../../ui/landlords/dialogs.py" line="65" />
        <source>Upravit soukromý nájem</source>
        <translation>Edit private lease</translation>
    </message>
    <message>
        <location filename="../../ui/landlords/dialogs.py" line="65" />
        <source>Nový soukromý nájem</source>
        <translation>New private lease</translation>
    </message>
    <message>
        <location filename="../../ui/landlords/dialogs.py" line="66" />
        <source>Pronajímatel: {0}. Soukromý nájem nedostává číslo obecních smluv.</source>
        <translation>Landlord: {0}. A private lease takes no number of the municipal leases.</translation>
    </message>
    <message>
        <location filename="../../ui/landlords/dialogs.py" line="68" />
        <source>Uložit</source>
        <translation>Save</translation>
    </message>
    <message>
        <location filename="../../ui/landlords/dialogs.py" line="68" />
        <source>Založit nájem</source>
        <translation>Create lease</translation>
    </message>
    <message>
        <location filename="../../ui/landlords/dialogs.py" line="77" />
        <source>Domácnost *</source>
        <translation>Household *</translation>
    </message>
    <message>
        <location filename="../../ui/landlords/dialogs.py" line="78" />
        <source>Nájemce *</source>
        <translation>Tenant *</translation>
    </message>
    <message>
        <location filename="../../ui/landlords/dialogs.py" line="80" />
        <source>Druh *</source>
        <translation>Kind *</translation>
    </message>
    <message>
        <location filename="../../ui/landlords/dialogs.py" line="81" />
        <source>Adresa bytu *</source>
        <translation>Flat address *</translation>
    </message>
    <message>
        <location filename="../../ui/landlords/dialogs.py" line="82" />
        <source>Číslo smlouvy pronajímatele</source>
        <translation>Landlord's contract number</translation>
    </message>
    <message>
        <location filename="../../ui/landlords/dialogs.py" line="84" />
        <source>Nájemné měsíčně *</source>
        <translation>Monthly rent *</translation>
    </message>
    <message>
        <location filename="../../ui/landlords/dialogs.py" line="85" />
        <source>Jistota</source>
        <translation>Deposit</translation>
    </message>
    <message>
        <location filename="../../ui/landlords/dialogs.py" line="86" />
        <source>Od *</source>
        <translation>From *</translation>
    </message>
    <message>
        <location filename="../../ui/landlords/dialogs.py" line="88" />
        <source>Do</source>
        <translation>To</translation>
    </message>
    <message>
        <location filename="../../ui/landlords/dialogs.py" line="89" />
        <source>Stav *</source>
        <translation>State *</translation>
    </message>
    <message>
        <location filename="../../ui/landlords/dialogs.py" line="91" />
        <source>Ručitel *</source>
        <translation>Guarantor *</translation>
    </message>
    <message>
        <location filename="../../ui/landlords/dialogs.py" line="92" />
        <source>Jiný ručitel</source>
        <translation>Other guarantor</translation>
    </message>
    <message>
        <location filename="../../ui/landlords/dialogs.py" line="97" />
        <source>Bydlení zprostředkovala KMB (počítá se do udržení bydlení)</source>
        <translation>Housing arranged by the KMB (counts towards housing retention)</translation>
    </message>
    <message>
        <location filename="../../ui/landlords/dialogs.py" line="101" />
        <source>Poznámka</source>
        <translation>Note</translation>
    </message>
    <message>
        <location filename="../../ui/landlords/dialogs.py" line="130" />
        <source>Vyberte domácnost.</source>
        <translation>Choose a household.</translation>
    </message>
</context>
<context>
    <name>Procedure</name>
    <message>
        <location filename="../../ui/cases/procedure.py" line="32" />
        <source>hotovo</source>
        <translation>done</translation>
    </message>
    <message>
        <location filename="../../ui/cases/procedure.py" line="33" />
        <source>k vyřízení</source>
        <translation>to do</translation>
    </message>
    <message>
        <location filename="../../ui/cases/procedure.py" line="34" />
        <source>po termínu</source>
        <translation>overdue</translation>
    </message>
    <message>
        <location filename="../../ui/cases/procedure.py" line="35" />
        <source>čeká na předchozí krok</source>
        <translation>waiting for the previous step</translation>
    </message>
    <message>
        <location filename="../../ui/cases/procedure.py" line="36" />
        <source>není potřeba</source>
        <translation>not needed</translation>
    </message>
    <message>
        <location filename="../../ui/cases/procedure.py" line="42" />
        <source>Krok</source>
        <translation>Step</translation>
    </message>
    <message>
        <location filename="../../ui/cases/procedure.py" line="44" />
        <source>Stav</source>
        <translation>State</translation>
    </message>
    <message>
        <location filename="../../ui/cases/procedure.py" line="86" />
        <source>Zadejte datum.</source>
        <translation>Enter a date.</translation>
    </message>
</context>
<context>
    <name>ProcedureSection</name>
    <message>
        <location filename="../../ui/cases/procedure.py" line="151" />
        <source>Řízení o zápisu (zákon o podpoře bydlení)</source>
        <translation>Entry procedure (Housing Support Act)</translation>
    </message>
    <message>
        <location filename="../../ui/cases/procedure.py" line="156" />
        <source>Žádost o zápis…</source>
        <translation>Application for an entry…</translation>
    </message>
    <message>
        <location filename="../../ui/cases/procedure.py" line="158" />
        <source>Zapsat krok…</source>
        <translation>Record step…</translation>
    </message>
    <message>
        <location filename="../../ui/cases/procedure.py" line="161" />
        <source>Tisk</source>
        <translation>Print</translation>
    </message>
    <message>
        <location filename="../../ui/cases/procedure.py" line="164" />
        <location filename="../../ui/cases/procedure.py" line="287" />
        <source>Do spisové služby</source>
        <translation>To the records system</translation>
    </message>
    <message>
        <location filename="../../ui/cases/procedure.py" line="181" />
        <source>Klient zatím nepodal žádost o zápis do evidence.</source>
        <translation>The client has not applied for an entry yet.</translation>
    </message>
    <message>
        <location filename="../../ui/cases/procedure.py" line="240" />
        <source>Změny během zápisu (§ 24): </source>
        <translation>Changes during the entry (§ 24): </translation>
    </message>
    <message>
        <location filename="../../ui/cases/procedure.py" line="268" />
        <source>Krok „{0}“ zatím nelze zapsat: {1}.</source>
        <translation>Step “{0}” cannot be recorded yet: {1}.</translation>
    </message>
    <message>
        <location filename="../../ui/cases/procedure.py" line="288" />
        <source>Archiv ZIP (*.zip)</source>
        <translation>ZIP archive (*.zip)</translation>
    </message>
    <message>
        <location filename="../../ui/cases/procedure.py" line="292" />
        <source>Připravuji dokument pro spisovou službu…</source>
        <translation>Preparing the document for the records system…</translation>
    </message>
    <message>
        <location filename="../../ui/cases/procedure.py" line="297" />
        <source>Uloženo pro spisovou službu: {0}</source>
        <translation>Saved for the records system: {0}</translation>
    </message>
</context>
<context>
    <name>ProcedureTemplatesTab</name>
    <message>
        <location filename="../../ui/cases/templates_tab.py" line="41" />
        <source>Uložit znění</source>
        <translation>Save wording</translation>
    </message>
    <message>
        <location filename="../../ui/cases/templates_tab.py" line="44" />
        <source>Vložit výchozí znění</source>
        <translation>Insert the default wording</translation>
    </message>
    <message>
        <location filename="../../ui/cases/templates_tab.py" line="51" />
        <source>podpisy (samostatný řádek)</source>
        <translation>signatures (a line of its own)</translation>
    </message>
    <message>
        <location filename="../../ui/cases/templates_tab.py" line="54" />
        <source>Dokument</source>
        <translation>Document</translation>
    </message>
    <message>
        <location filename="../../ui/cases/templates_tab.py" line="74" />
        <location filename="../../ui/cases/templates_tab.py" line="89" />
        <source>upravené znění úřadu</source>
        <translation>the office's wording</translation>
    </message>
    <message>
        <location filename="../../ui/cases/templates_tab.py" line="75" />
        <location filename="../../ui/cases/templates_tab.py" line="90" />
        <source>výchozí znění</source>
        <translation>default wording</translation>
    </message>
    <message>
        <location filename="../../ui/cases/templates_tab.py" line="91" />
        <source>Uloženo. Vydaná rozhodnutí se nemění.</source>
        <translation>Saved. Issued decisions do not change.</translation>
    </message>
</context>
<context>
    <name>ProgrammeDialog</name>
    <message>
        <location filename="../../ui/programmes/dialogs.py" line="26" />
        <source>Upravit program</source>
        <translation>Edit programme</translation>
    </message>
    <message>
        <location filename="../../ui/programmes/dialogs.py" line="27" />
        <source>Nový program nebo projekt</source>
        <translation>New programme or project</translation>
    </message>
    <message>
        <location filename="../../ui/programmes/dialogs.py" line="28" />
        <source>Projekt nebo dotace, ze které KMB nebo byty financuje; indikátory jsou to, co poskytovatel sleduje (jeden na řádek).</source>
        <translation>A project or grant that pays for the KMB or flats; indicators are what the funder tracks (one a line).</translation>
    </message>
    <message>
        <location filename="../../ui/programmes/dialogs.py" line="32" />
        <source>Název *</source>
        <translation>Name *</translation>
    </message>
    <message>
        <location filename="../../ui/programmes/dialogs.py" line="33" />
        <source>Kód / registrační číslo *</source>
        <translation>Code / registration number *</translation>
    </message>
    <message>
        <location filename="../../ui/programmes/dialogs.py" line="38" />
        <source>Poskytovatel *</source>
        <translation>Funder *</translation>
    </message>
    <message>
        <location filename="../../ui/programmes/dialogs.py" line="39" />
        <source>Od</source>
        <translation>From</translation>
    </message>
    <message>
        <location filename="../../ui/programmes/dialogs.py" line="40" />
        <source>Do</source>
        <translation>To</translation>
    </message>
    <message>
        <location filename="../../ui/programmes/dialogs.py" line="41" />
        <source>Sledované indikátory</source>
        <translation>Indicators tracked</translation>
    </message>
    <message>
        <location filename="../../ui/programmes/dialogs.py" line="42" />
        <source>Poznámka</source>
        <translation>Note</translation>
    </message>
</context>
<context>
    <name>ProgrammesPage</name>
    <message>
        <location filename="../../ui/programmes/page.py" line="35" />
        <source>Program / projekt</source>
        <translation>Programme / project</translation>
    </message>
    <message>
        <location filename="../../ui/programmes/page.py" line="36" />
        <source>Kód</source>
        <translation>Code</translation>
    </message>
    <message>
        <location filename="../../ui/programmes/page.py" line="37" />
        <source>Poskytovatel</source>
        <translation>Funder</translation>
    </message>
    <message>
        <location filename="../../ui/programmes/page.py" line="39" />
        <source>Případů</source>
        <translation>Cases</translation>
    </message>
    <message>
        <location filename="../../ui/programmes/page.py" line="41" />
        <source>Smluv</source>
        <translation>Leases</translation>
    </message>
    <message>
        <location filename="../../ui/programmes/page.py" line="45" />
        <source>Ukazatel</source>
        <translation>Figure</translation>
    </message>
    <message>
        <location filename="../../ui/programmes/page.py" line="46" />
        <source>Hodnota</source>
        <translation>Value</translation>
    </message>
    <message>
        <location filename="../../ui/programmes/page.py" line="50" />
        <source>Druh</source>
        <translation>Kind</translation>
    </message>
    <message>
        <location filename="../../ui/programmes/page.py" line="51" />
        <source>Záznam</source>
        <translation>Record</translation>
    </message>
    <message>
        <location filename="../../ui/programmes/page.py" line="52" />
        <source>Zařazeno</source>
        <translation>Added</translation>
    </message>
    <message>
        <location filename="../../ui/programmes/page.py" line="56" />
        <source>Byt</source>
        <translation>Flat</translation>
    </message>
    <message>
        <location filename="../../ui/programmes/page.py" line="57" />
        <source>Zdroj</source>
        <translation>Source</translation>
    </message>
    <message>
        <location filename="../../ui/programmes/page.py" line="58" />
        <source>Projekt</source>
        <translation>Project</translation>
    </message>
    <message>
        <location filename="../../ui/programmes/page.py" line="59" />
        <source>Udržitelnost do</source>
        <translation>Sustainability until</translation>
    </message>
    <message>
        <location filename="../../ui/programmes/page.py" line="61" />
        <source>Cílová skupina</source>
        <translation>Target group</translation>
    </message>
    <message>
        <location filename="../../ui/programmes/page.py" line="77" />
        <source>Programy a dotace</source>
        <translation>Programmes and grants</translation>
    </message>
    <message>
        <location filename="../../ui/programmes/page.py" line="81" />
        <source>Programy a projekty</source>
        <translation>Programmes and projects</translation>
    </message>
    <message>
        <location filename="../../ui/programmes/page.py" line="83" />
        <source>Byty z dotací</source>
        <translation>Grant-funded flats</translation>
    </message>
    <message>
        <location filename="../../ui/programmes/page.py" line="102" />
        <source>Nový program…</source>
        <translation>New programme…</translation>
    </message>
    <message>
        <location filename="../../ui/programmes/page.py" line="104" />
        <location filename="../../ui/programmes/page.py" line="202" />
        <source>Upravit…</source>
        <translation>Edit…</translation>
    </message>
    <message>
        <location filename="../../ui/programmes/page.py" line="106" />
        <source>Odebrat</source>
        <translation>Remove</translation>
    </message>
    <message>
        <location filename="../../ui/programmes/page.py" line="126" />
        <source>Zobrazit</source>
        <translation>Show</translation>
    </message>
    <message>
        <location filename="../../ui/programmes/page.py" line="127" />
        <source>Export indikátorů pro poskytovatele…</source>
        <translation>Export indicators for the funder…</translation>
    </message>
    <message>
        <location filename="../../ui/programmes/page.py" line="139" />
        <source>Zařadit případ…</source>
        <translation>Add a case…</translation>
    </message>
    <message>
        <location filename="../../ui/programmes/page.py" line="141" />
        <source>Zařadit smlouvu…</source>
        <translation>Add a lease…</translation>
    </message>
    <message>
        <location filename="../../ui/programmes/page.py" line="143" />
        <source>Zařadit rozpočet fondu…</source>
        <translation>Add a fund budget…</translation>
    </message>
    <message>
        <location filename="../../ui/programmes/page.py" line="147" />
        <source>Vyřadit z programu</source>
        <translation>Take out of the programme</translation>
    </message>
    <message>
        <location filename="../../ui/programmes/page.py" line="164" />
        <source>Období</source>
        <translation>Period</translation>
    </message>
    <message>
        <location filename="../../ui/programmes/page.py" line="178" />
        <source>Zařazené záznamy</source>
        <translation>Records in the programme</translation>
    </message>
    <message>
        <location filename="../../ui/programmes/page.py" line="200" />
        <source>Zapsat financování bytu…</source>
        <translation>Record the funding of a flat…</translation>
    </message>
    <message>
        <location filename="../../ui/programmes/page.py" line="204" />
        <location filename="../../ui/programmes/page.py" line="425" />
        <source>Zrušit financování</source>
        <translation>Remove the funding</translation>
    </message>
    <message>
        <location filename="../../ui/programmes/page.py" line="207" />
        <source>Do konce udržitelnosti pořadník nabídne byt jen domácnostem z cílové skupiny; o tom, zda udržitelnost ještě trvá, rozhoduje den nabídky.</source>
        <translation>Until the end of the sustainability period the ranking offers the flat only to households of the target group; the day of the offer decides whether the period still lasts.</translation>
    </message>
    <message>
        <location filename="../../ui/programmes/page.py" line="245" />
        <source>V evidenci zatím není žádný program.</source>
        <translation>There is no programme in the register yet.</translation>
    </message>
    <message>
        <location filename="../../ui/programmes/page.py" line="251" />
        <source>{0}, poskytovatel {1}, {2} – {3}.
Indikátory: {4}</source>
        <translation>{0}, funder {1}, {2} – {3}.
Indicators: {4}</translation>
    </message>
    <message>
        <location filename="../../ui/programmes/page.py" line="260" />
        <source>Zadejte začátek i konec období.</source>
        <translation>Enter both the start and the end of the period.</translation>
    </message>
    <message>
        <location filename="../../ui/programmes/page.py" line="262" />
        <source>Začátek období je po jeho konci.</source>
        <translation>The start of the period is after its end.</translation>
    </message>
    <message>
        <location filename="../../ui/programmes/page.py" line="278" />
        <source>Počítám…</source>
        <translation>Computing…</translation>
    </message>
    <message>
        <location filename="../../ui/programmes/page.py" line="295" />
        <source>Podpořené domácnosti</source>
        <translation>Households supported</translation>
    </message>
    <message>
        <location filename="../../ui/programmes/page.py" line="296" />
        <source>Podpořené osoby</source>
        <translation>Persons supported</translation>
    </message>
    <message>
        <location filename="../../ui/programmes/page.py" line="297" />
        <source>Případy v období</source>
        <translation>Cases in the period</translation>
    </message>
    <message>
        <location filename="../../ui/programmes/page.py" line="298" />
        <source>z toho nové</source>
        <translation>of which new</translation>
    </message>
    <message>
        <location filename="../../ui/programmes/page.py" line="299" />
        <source>z toho zabydlené</source>
        <translation>of which housed</translation>
    </message>
    <message>
        <location filename="../../ui/programmes/page.py" line="300" />
        <source>Nájemní smlouvy</source>
        <translation>Leases</translation>
    </message>
    <message>
        <location filename="../../ui/programmes/page.py" line="301" />
        <source>Rozpočet fondu</source>
        <translation>Fund budget</translation>
    </message>
    <message>
        <location filename="../../ui/programmes/page.py" line="303" />
        <source>Zabydlené domácnosti (udržení bydlení)</source>
        <translation>Housed households (housing retention)</translation>
    </message>
    <message>
        <location filename="../../ui/programmes/page.py" line="306" />
        <source>Bydlí po {0} měsících</source>
        <translation>Still housed after {0} months</translation>
    </message>
    <message>
        <location filename="../../ui/programmes/page.py" line="310" />
        <source>{0}: {1} – {2}</source>
        <translation>{0}: {1} – {2}</translation>
    </message>
    <message>
        <location filename="../../ui/programmes/page.py" line="337" />
        <source>Odebrat program</source>
        <translation>Remove programme</translation>
    </message>
    <message>
        <location filename="../../ui/programmes/page.py" line="338" />
        <source>Odebrat program „{0}“ z evidence?</source>
        <translation>Remove the programme “{0}” from the register?</translation>
    </message>
    <message>
        <location filename="../../ui/programmes/page.py" line="356" />
        <source>Vyberte záznam, který z programu vyřadit.</source>
        <translation>Choose the record to take out of the programme.</translation>
    </message>
    <message>
        <location filename="../../ui/programmes/page.py" line="374" />
        <source>Export indikátorů</source>
        <translation>Indicator export</translation>
    </message>
    <message>
        <location filename="../../ui/programmes/page.py" line="376" />
        <source>Sešit Excel (*.xlsx)</source>
        <translation>Excel workbook (*.xlsx)</translation>
    </message>
    <message>
        <location filename="../../ui/programmes/page.py" line="387" />
        <source>Export byl zrušen; nic se neuložilo.</source>
        <translation>The export was cancelled; nothing was saved.</translation>
    </message>
    <message>
        <location filename="../../ui/programmes/page.py" line="398" />
        <source>Exportuji indikátory…</source>
        <translation>Exporting indicators…</translation>
    </message>
    <message>
        <location filename="../../ui/programmes/page.py" line="404" />
        <source>Uloženo: {0}</source>
        <translation>Saved: {0}</translation>
    </message>
    <message>
        <location filename="../../ui/programmes/page.py" line="426" />
        <source>Zrušit záznam o financování bytu {0}? Pořadník pak byt nabídne bez omezení cílovou skupinou.</source>
        <translation>Remove the funding record of the flat {0}? The ranking will then offer the flat without a target group.</translation>
    </message>
</context>
<context>
    <name>QuotaPanel</name>
    <message>
        <location filename="../../ui/flats/quotas.py" line="28" />
        <source>cíl nenastaven</source>
        <translation>no target set</translation>
    </message>
    <message>
        <location filename="../../ui/flats/quotas.py" line="30" />
        <source>splněno</source>
        <translation>done</translation>
    </message>
    <message>
        <location filename="../../ui/flats/quotas.py" line="32" />
        <source>o {0} víc</source>
        <translation>{0} over</translation>
    </message>
    <message>
        <location filename="../../ui/flats/quotas.py" line="33" />
        <source>chybí {0}</source>
        <translation>{0} short</translation>
    </message>
    <message>
        <location filename="../../ui/flats/quotas.py" line="37" />
        <source>Kategorie</source>
        <translation>Category</translation>
    </message>
    <message>
        <location filename="../../ui/flats/quotas.py" line="38" />
        <source>Bytů</source>
        <translation>Flats</translation>
    </message>
    <message>
        <location filename="../../ui/flats/quotas.py" line="39" />
        <source>Podíl fondu</source>
        <translation>Share of stock</translation>
    </message>
    <message>
        <location filename="../../ui/flats/quotas.py" line="40" />
        <source>Cílový podíl</source>
        <translation>Target share</translation>
    </message>
    <message>
        <location filename="../../ui/flats/quotas.py" line="41" />
        <source>Cíl (bytů)</source>
        <translation>Target (flats)</translation>
    </message>
    <message>
        <location filename="../../ui/flats/quotas.py" line="43" />
        <source>Proti cíli</source>
        <translation>Against target</translation>
    </message>
    <message>
        <location filename="../../ui/flats/quotas.py" line="44" />
        <source>Obsazeno</source>
        <translation>Occupied</translation>
    </message>
    <message>
        <location filename="../../ui/flats/quotas.py" line="45" />
        <source>Volné</source>
        <translation>Vacant</translation>
    </message>
    <message>
        <location filename="../../ui/flats/quotas.py" line="46" />
        <source>V opravě</source>
        <translation>Under repair</translation>
    </message>
    <message>
        <location filename="../../ui/flats/quotas.py" line="47" />
        <source>Přiděleno za 12 měsíců</source>
        <translation>Allocated in 12 months</translation>
    </message>
    <message>
        <location filename="../../ui/flats/quotas.py" line="65" />
        <source>Obsazenost a kvóty bytového fondu</source>
        <translation>Occupancy and quotas of the housing stock</translation>
    </message>
    <message>
        <location filename="../../ui/flats/quotas.py" line="105" />
        <source>Celkem {0} bytů: obsazeno {1}, volných {2}, v opravě {3}.</source>
        <translation>{0} flats in total: {1} occupied, {2} vacant, {3} under repair.</translation>
    </message>
    <message>
        <location filename="../../ui/flats/quotas.py" line="108" />
        <source>Cílové podíly kategorií nastavíte v Nastavení → Pravidla přidělování → Kvóty.</source>
        <translation>Set the categories' target shares in Settings → Allocation rules → Quotas.</translation>
    </message>
</context>
<context>
    <name>QuotaTargets</name>
    <message>
        <location filename="../../ui/allocation/quota_targets.py" line="24" />
        <source>Kolik procent městských bytů má sloužit kterému účelu (např. Trutnov: podíl sociálních bytů). Byty → Obsazenost a kvóty ukazuje skutečnost proti cíli; volný byt lze přeřadit do kategorie, které chybí.</source>
        <translation>What percentage of the town's flats serves which purpose (e.g. Trutnov: the share of social flats). Flats → Occupancy and quotas shows reality against the target; a vacant flat can be moved to a category that is short.</translation>
    </message>
    <message>
        <location filename="../../ui/allocation/quota_targets.py" line="39" />
        <source>bez cíle</source>
        <translation>no target</translation>
    </message>
    <message>
        <location filename="../../ui/allocation/quota_targets.py" line="53" />
        <source>Uložit kvóty</source>
        <translation>Save quotas</translation>
    </message>
    <message>
        <location filename="../../ui/allocation/quota_targets.py" line="79" />
        <source>dnes {0} bytů = {1} % fondu</source>
        <translation>today {0} flats = {1} % of the stock</translation>
    </message>
    <message>
        <location filename="../../ui/allocation/quota_targets.py" line="88" />
        <source>Součet cílů: {0} %</source>
        <translation>Sum of targets: {0} %</translation>
    </message>
    <message>
        <location filename="../../ui/allocation/quota_targets.py" line="101" />
        <source>Kvóty uloženy.</source>
        <translation>Quotas saved.</translation>
    </message>
</context>
<context>
    <name>RankingPanel</name>
    <message>
        <location filename="../../ui/flats/ranking_panel.py" line="47" />
        <location filename="../../ui/flats/ranking_panel.py" line="93" />
        <source>už má obecní byt</source>
        <translation>already rents a municipal flat</translation>
    </message>
    <message>
        <location filename="../../ui/flats/ranking_panel.py" line="49" />
        <source>k posouzení</source>
        <translation>to assess</translation>
    </message>
    <message>
        <location filename="../../ui/flats/ranking_panel.py" line="51" />
        <source>shoda bodů</source>
        <translation>tie</translation>
    </message>
    <message>
        <location filename="../../ui/flats/ranking_panel.py" line="56" />
        <source>Poř.</source>
        <translation>No.</translation>
    </message>
    <message>
        <location filename="../../ui/flats/ranking_panel.py" line="57" />
        <location filename="../../ui/flats/ranking_panel.py" line="74" />
        <source>Domácnost</source>
        <translation>Household</translation>
    </message>
    <message>
        <location filename="../../ui/flats/ranking_panel.py" line="59" />
        <source>Osob</source>
        <translation>Persons</translation>
    </message>
    <message>
        <location filename="../../ui/flats/ranking_panel.py" line="60" />
        <location filename="../../ui/flats/ranking_panel.py" line="76" />
        <source>Žádost</source>
        <translation>Application</translation>
    </message>
    <message>
        <location filename="../../ui/flats/ranking_panel.py" line="61" />
        <source>Podána</source>
        <translation>Filed</translation>
    </message>
    <message>
        <location filename="../../ui/flats/ranking_panel.py" line="62" />
        <location filename="../../ui/flats/ranking_panel.py" line="71" />
        <source>Body</source>
        <translation>Points</translation>
    </message>
    <message>
        <location filename="../../ui/flats/ranking_panel.py" line="63" />
        <source>Indiv.</source>
        <translation>Indiv.</translation>
    </message>
    <message>
        <location filename="../../ui/flats/ranking_panel.py" line="65" />
        <source>Poznámka</source>
        <translation>Note</translation>
    </message>
    <message>
        <location filename="../../ui/flats/ranking_panel.py" line="69" />
        <source>Kritérium</source>
        <translation>Criterion</translation>
    </message>
    <message>
        <location filename="../../ui/flats/ranking_panel.py" line="70" />
        <source>Proč</source>
        <translation>Why</translation>
    </message>
    <message>
        <location filename="../../ui/flats/ranking_panel.py" line="77" />
        <source>Důvod vyřazení</source>
        <translation>Reason left out</translation>
    </message>
    <message>
        <location filename="../../ui/flats/ranking_panel.py" line="88" />
        <source>K individuálnímu posouzení: {0}</source>
        <translation>To assess individually: {0}</translation>
    </message>
    <message>
        <location filename="../../ui/flats/ranking_panel.py" line="136" />
        <source>Nabídnout byt vybrané domácnosti…</source>
        <translation>Offer the flat to the selected household…</translation>
    </message>
    <message>
        <location filename="../../ui/flats/ranking_panel.py" line="162" />
        <source>zobrazit i žádosti o byt jiné kategorie</source>
        <translation>also show applications for another category</translation>
    </message>
    <message>
        <location filename="../../ui/flats/ranking_panel.py" line="215" />
        <source>Pořadí podle pravidel „{0}“, verze {1}, ke dni {2}. Žádostí v pořadí: {3}.</source>
        <translation>Ranked by the rules “{0}”, version {1}, as of {2}. Applications ranked: {3}.</translation>
    </message>
    <message>
        <location filename="../../ui/flats/ranking_panel.py" line="234" />
        <source>Vyřazené žádosti ({0}) a žádosti o jinou kategorii ({1})</source>
        <translation>Applications left out ({0}) and for another category ({1})</translation>
    </message>
    <message>
        <location filename="../../ui/flats/ranking_panel.py" line="249" />
        <source>Rozpis bodů</source>
        <translation>Points breakdown</translation>
    </message>
    <message>
        <location filename="../../ui/flats/ranking_panel.py" line="251" />
        <source>Žádná platná žádost tento byt podle pravidel nesplňuje.</source>
        <translation>No valid application meets the rules for this flat.</translation>
    </message>
    <message>
        <location filename="../../ui/flats/ranking_panel.py" line="254" />
        <source>{0}. {1} – celkem {2} bodů</source>
        <translation>{0}. {1} – {2} points in total</translation>
    </message>
    <message>
        <location filename="../../ui/flats/ranking_panel.py" line="261" />
        <source>Individuální posouzení: &lt;b&gt;{0} bodů&lt;/b&gt;</source>
        <translation>Individual assessment: &lt;b&gt;{0} points&lt;/b&gt;</translation>
    </message>
    <message>
        <location filename="../../ui/flats/ranking_panel.py" line="263" />
        <source>(navrženo {0}; {1})</source>
        <translation>(proposed {0}; {1})</translation>
    </message>
    <message>
        <location filename="../../ui/flats/ranking_panel.py" line="265" />
        <source>Odůvodnění: {0}</source>
        <translation>Justification: {0}</translation>
    </message>
    <message>
        <location filename="../../ui/flats/ranking_panel.py" line="268" />
        <source>K individuálnímu posouzení</source>
        <translation>For individual review</translation>
    </message>
    <message>
        <location filename="../../ui/flats/ranking_panel.py" line="268" />
        <source>Shoda bodů</source>
        <translation>Equal points</translation>
    </message>
</context>
<context>
    <name>RecordEditor</name>
    <message>
        <location filename="../../ui/widgets/record_editor.py" line="95" />
        <source>Záznam nelze otevřít</source>
        <translation>The record cannot be opened</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/record_editor.py" line="128" />
        <source>Neuložené změny…</source>
        <translation>Unsaved changes…</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/record_editor.py" line="129" />
        <source>Uloženo v {0}.</source>
        <translation>Saved at {0}.</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/record_editor.py" line="170" />
        <source>Zahodit koncept</source>
        <translation>Discard draft</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/record_editor.py" line="176" />
        <source>Nepodařilo se</source>
        <translation>Failed</translation>
    </message>
</context>
<context>
    <name>RecoveryKeyDialog</name>
    <message>
        <location filename="../../ui/widgets/recovery_key.py" line="27" />
        <source>Klíč pro obnovu databáze</source>
        <translation>Database recovery key</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/recovery_key.py" line="29" />
        <source>Opište nebo vytiskněte tento klíč a uložte ho do trezoru úřadu. Otevře databázi i zálohy, když se zapomenou hesla. Znovu se už nezobrazí.</source>
        <translation>Copy or print this key and keep it in the office safe. It opens the database and its backups when the passwords are forgotten. It will not be shown again.</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/recovery_key.py" line="40" />
        <source>Zkopírovat</source>
        <translation>Copy</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/recovery_key.py" line="44" />
        <source>Vytisknout list pro trezor…</source>
        <translation>Print the sheet for the safe…</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/recovery_key.py" line="48" />
        <source>Klíč mám zapsaný a uložený</source>
        <translation>I have written the key down and stored it</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/recovery_key.py" line="50" />
        <source>Pokračovat</source>
        <translation>Continue</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/recovery_key.py" line="69" />
        <source>Klíč pro obnovu</source>
        <translation>Recovery key</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/recovery_key.py" line="71" />
        <source>Klíč pro obnovu – list pro trezor</source>
        <translation>Recovery key – sheet for the safe</translation>
    </message>
</context>
<context>
    <name>ReferralRow</name>
    <message>
        <location filename="../../ui/intake/outcome_section.py" line="28" />
        <source>— vyberte službu —</source>
        <translation>— choose a service —</translation>
    </message>
    <message>
        <location filename="../../ui/intake/outcome_section.py" line="34" />
        <source>proč (nepovinné)</source>
        <translation>why (optional)</translation>
    </message>
    <message>
        <location filename="../../ui/intake/outcome_section.py" line="36" />
        <source>Odebrat předání</source>
        <translation>Remove the referral</translation>
    </message>
</context>
<context>
    <name>RenewalsTab</name>
    <message>
        <location filename="../../ui/leases/renewals_tab.py" line="33" />
        <source>bez návrhu</source>
        <translation>no proposal</translation>
    </message>
    <message>
        <location filename="../../ui/leases/renewals_tab.py" line="38" />
        <source>Konec nájmu</source>
        <translation>Lease end</translation>
    </message>
    <message>
        <location filename="../../ui/leases/renewals_tab.py" line="40" />
        <location filename="../../ui/leases/renewals_tab.py" line="53" />
        <source>Smlouva</source>
        <translation>Lease</translation>
    </message>
    <message>
        <location filename="../../ui/leases/renewals_tab.py" line="41" />
        <location filename="../../ui/leases/renewals_tab.py" line="54" />
        <source>Nájemce</source>
        <translation>Tenant</translation>
    </message>
    <message>
        <location filename="../../ui/leases/renewals_tab.py" line="42" />
        <source>Byt</source>
        <translation>Flat</translation>
    </message>
    <message>
        <location filename="../../ui/leases/renewals_tab.py" line="44" />
        <source>Dluh při kontrole</source>
        <translation>Arrears at check</translation>
    </message>
    <message>
        <location filename="../../ui/leases/renewals_tab.py" line="46" />
        <source>Podle pravidla</source>
        <translation>By the rule</translation>
    </message>
    <message>
        <location filename="../../ui/leases/renewals_tab.py" line="48" />
        <source>Stav</source>
        <translation>State</translation>
    </message>
    <message>
        <location filename="../../ui/leases/renewals_tab.py" line="51" />
        <source>Kontrola</source>
        <translation>Check</translation>
    </message>
    <message>
        <location filename="../../ui/leases/renewals_tab.py" line="55" />
        <source>Dluh</source>
        <translation>Arrears</translation>
    </message>
    <message>
        <location filename="../../ui/leases/renewals_tab.py" line="57" />
        <source>Návrh</source>
        <translation>Proposal</translation>
    </message>
    <message>
        <location filename="../../ui/leases/renewals_tab.py" line="58" />
        <source>Rozhodnutí</source>
        <translation>Decision</translation>
    </message>
    <message>
        <location filename="../../ui/leases/renewals_tab.py" line="60" />
        <source>Nově do</source>
        <translation>New end</translation>
    </message>
    <message>
        <location filename="../../ui/leases/renewals_tab.py" line="62" />
        <source>Dodatek</source>
        <translation>Amendment</translation>
    </message>
    <message>
        <location filename="../../ui/leases/renewals_tab.py" line="63" />
        <source>Zdůvodnění</source>
        <translation>Justification</translation>
    </message>
    <message>
        <location filename="../../ui/leases/renewals_tab.py" line="93" />
        <source>Navrhnout prodloužení</source>
        <translation>Propose renewals</translation>
    </message>
    <message>
        <location filename="../../ui/leases/renewals_tab.py" line="97" />
        <source>Smlouvy bez dluhu nad prahem se prodlouží automaticky, ostatní čekají na rozhodnutí.</source>
        <translation>Leases without arrears above the threshold are renewed automatically, the others wait for a decision.</translation>
    </message>
    <message>
        <location filename="../../ui/leases/renewals_tab.py" line="99" />
        <source>Prodloužit…</source>
        <translation>Renew…</translation>
    </message>
    <message>
        <location filename="../../ui/leases/renewals_tab.py" line="100" />
        <source>Neprodloužit…</source>
        <translation>Do not renew…</translation>
    </message>
    <message>
        <location filename="../../ui/leases/renewals_tab.py" line="101" />
        <source>Tisk dodatku / oznámení…</source>
        <translation>Print amendment / notice…</translation>
    </message>
    <message>
        <location filename="../../ui/leases/renewals_tab.py" line="121" />
        <source>Smlouvy končící v nejbližších dnech</source>
        <translation>Leases ending soon</translation>
    </message>
    <message>
        <location filename="../../ui/leases/renewals_tab.py" line="126" />
        <source>Historie prodloužení</source>
        <translation>Renewal history</translation>
    </message>
    <message>
        <location filename="../../ui/leases/renewals_tab.py" line="163" />
        <source>Končí do 60 dnů nebo čeká na rozhodnutí: {0} · bez návrhu: {1} (z toho s dluhem nad prahem {2}) · čeká na rozhodnutí: {3}</source>
        <translation>Ending within 60 days or waiting for a decision: {0} · without a proposal: {1} (with arrears above the threshold: {2}) · waiting for a decision: {3}</translation>
    </message>
    <message>
        <location filename="../../ui/leases/renewals_tab.py" line="186" />
        <source>Návrhy prodloužení</source>
        <translation>Renewal proposals</translation>
    </message>
    <message>
        <location filename="../../ui/leases/renewals_tab.py" line="187" />
        <source>Prodlouženo automaticky (bez dluhu nad prahem): {0}
Čeká na rozhodnutí (dluh): {1}</source>
        <translation>Renewed automatically (no arrears above the threshold): {0}
Waiting for a decision (arrears): {1}</translation>
    </message>
    <message>
        <location filename="../../ui/leases/renewals_tab.py" line="196" />
        <source>Prodloužit nájem</source>
        <translation>Renew the lease</translation>
    </message>
    <message>
        <location filename="../../ui/leases/renewals_tab.py" line="197" />
        <source>Smlouva {0} ({1}): dluh ke dni kontroly {2}. Nájem se prodlouží o další období a připraví se dodatek.</source>
        <translation>Lease {0} ({1}): arrears on the check date {2}. The lease is renewed for another term and the amendment is prepared.</translation>
    </message>
    <message>
        <location filename="../../ui/leases/renewals_tab.py" line="199" />
        <source>Prodloužit</source>
        <translation>Renew</translation>
    </message>
    <message>
        <location filename="../../ui/leases/renewals_tab.py" line="203" />
        <source>Neprodloužit nájem</source>
        <translation>Do not renew the lease</translation>
    </message>
    <message>
        <location filename="../../ui/leases/renewals_tab.py" line="204" />
        <source>Smlouva {0} ({1}): dluh ke dni kontroly {2}. Nájem skončí {3}; nájemce dostane oznámení s důvodem.</source>
        <translation>Lease {0} ({1}): arrears on the check date {2}. The lease ends on {3}; the tenant gets a notice with the reason.</translation>
    </message>
    <message>
        <location filename="../../ui/leases/renewals_tab.py" line="207" />
        <source>Neprodloužit</source>
        <translation>Do not renew</translation>
    </message>
    <message>
        <location filename="../../ui/leases/renewals_tab.py" line="216" />
        <source>Dodatek ke smlouvě</source>
        <translation>Lease amendment</translation>
    </message>
    <message>
        <location filename="../../ui/leases/renewals_tab.py" line="217" />
        <source>Oznámení o neprodloužení nájmu</source>
        <translation>Notice of non-renewal</translation>
    </message>
</context>
<context>
    <name>RepaymentDialog</name>
    <message>
        <location filename="../../ui/fund/dialogs.py" line="167" />
        <source>Splátka do fondu</source>
        <translation>Repayment to the fund</translation>
    </message>
    <message>
        <location filename="../../ui/fund/dialogs.py" line="168" />
        <source>Splaceno {0} z {1}, zbývá {2}.</source>
        <translation>Repaid {0} of {1}, {2} left.</translation>
    </message>
    <message>
        <location filename="../../ui/fund/dialogs.py" line="170" />
        <source>Zapsat splátku</source>
        <translation>Record repayment</translation>
    </message>
    <message>
        <location filename="../../ui/fund/dialogs.py" line="172" />
        <source>Částka *</source>
        <translation>Amount *</translation>
    </message>
    <message>
        <location filename="../../ui/fund/dialogs.py" line="173" />
        <source>Přijato dne *</source>
        <translation>Received on *</translation>
    </message>
</context>
<context>
    <name>RequestDialog</name>
    <message>
        <location filename="../../ui/fund/dialogs.py" line="31" />
        <source>Nová žádost do krizového fondu</source>
        <translation>New crisis fund request</translation>
    </message>
    <message>
        <location filename="../../ui/fund/dialogs.py" line="32" />
        <source>Žádost posoudí vedoucí KMB. Částku nad zbývající rozpočet může podat jen vedoucí s výslovným souhlasem.</source>
        <translation>The KMB lead decides on the request. An amount above the remaining budget can be filed only by the lead with explicit consent.</translation>
    </message>
    <message>
        <location filename="../../ui/fund/dialogs.py" line="33" />
        <source>Podat žádost</source>
        <translation>File the request</translation>
    </message>
    <message>
        <location filename="../../ui/fund/dialogs.py" line="41" />
        <source>Domácnost *</source>
        <translation>Household *</translation>
    </message>
    <message>
        <location filename="../../ui/fund/dialogs.py" line="43" />
        <source>Žadatel *</source>
        <translation>Applicant *</translation>
    </message>
    <message>
        <location filename="../../ui/fund/dialogs.py" line="49" />
        <source>Účel *</source>
        <translation>Purpose *</translation>
    </message>
    <message>
        <location filename="../../ui/fund/dialogs.py" line="50" />
        <source>Částka *</source>
        <translation>Amount *</translation>
    </message>
    <message>
        <location filename="../../ui/fund/dialogs.py" line="51" />
        <source>Podána dne</source>
        <translation>Filed on</translation>
    </message>
    <message>
        <location filename="../../ui/fund/dialogs.py" line="53" />
        <source>Zdůvodnění *</source>
        <translation>Justification *</translation>
    </message>
    <message>
        <location filename="../../ui/fund/dialogs.py" line="54" />
        <source>Překročit zbývající rozpočet (souhlas vedoucí KMB)</source>
        <translation>Exceed the remaining budget (KMB lead's consent)</translation>
    </message>
    <message>
        <location filename="../../ui/fund/dialogs.py" line="68" />
        <source>Vyberte domácnost.</source>
        <translation>Choose a household.</translation>
    </message>
</context>
<context>
    <name>RetentionCard</name>
    <message>
        <location filename="../../ui/leases/cards.py" line="83" />
        <source>Udržení bydlení (zabydlení přes KMB)</source>
        <translation>Housing retention (housed through the KMB)</translation>
    </message>
    <message>
        <location filename="../../ui/leases/cards.py" line="97" />
        <source>Statistiky nemáte oprávnění vidět.</source>
        <translation>You are not allowed to see statistics.</translation>
    </message>
    <message>
        <location filename="../../ui/leases/cards.py" line="107" />
        <source>po {0} měsících</source>
        <translation>after {0} months</translation>
    </message>
    <message>
        <location filename="../../ui/leases/cards.py" line="109" />
        <source>po {0} měsících bydlí {1} z {2}</source>
        <translation>after {0} months {1} of {2} still housed</translation>
    </message>
    <message>
        <location filename="../../ui/leases/cards.py" line="113" />
        <source>Sledováno {0} domácností zabydlených přes KMB: {1}. Podle kategorie bytu a roku nastěhování v ročních statistikách (kmb stats).</source>
        <translation>{0} households housed through the KMB followed: {1}. By flat category and year of moving in in the yearly statistics (kmb stats).</translation>
    </message>
    <message>
        <location filename="../../ui/leases/cards.py" line="116" />
        <source>Zatím žádná domácnost zabydlená přes KMB.</source>
        <translation>No household housed through the KMB yet.</translation>
    </message>
</context>
<context>
    <name>RetentionTab</name>
    <message>
        <location filename="../../ui/privacy/retention_tab.py" line="25" />
        <source>Osoba</source>
        <translation>Person</translation>
    </message>
    <message>
        <location filename="../../ui/privacy/retention_tab.py" line="26" />
        <source>Lhůta</source>
        <translation>Period</translation>
    </message>
    <message>
        <location filename="../../ui/privacy/retention_tab.py" line="27" />
        <source>Poslední činnost</source>
        <translation>Last activity</translation>
    </message>
    <message>
        <location filename="../../ui/privacy/retention_tab.py" line="29" />
        <source>Lhůta uplynula</source>
        <translation>Period ended</translation>
    </message>
    <message>
        <location filename="../../ui/privacy/retention_tab.py" line="34" />
        <source>Partnerská organizace</source>
        <translation>Partner organisation</translation>
    </message>
    <message>
        <location filename="../../ui/privacy/retention_tab.py" line="36" />
        <source>Zvláštní kategorie údajů</source>
        <translation>Special categories of data</translation>
    </message>
    <message>
        <location filename="../../ui/privacy/retention_tab.py" line="38" />
        <source>Právní základ</source>
        <translation>Legal basis</translation>
    </message>
    <message>
        <location filename="../../ui/privacy/retention_tab.py" line="59" />
        <location filename="../../ui/privacy/retention_tab.py" line="62" />
        <location filename="../../ui/privacy/retention_tab.py" line="65" />
        <source> let</source>
        <translation> years</translation>
    </message>
    <message>
        <location filename="../../ui/privacy/retention_tab.py" line="69" />
        <source>Uložit lhůty</source>
        <translation>Save periods</translation>
    </message>
    <message>
        <location filename="../../ui/privacy/retention_tab.py" line="72" />
        <source>Výchozí hodnoty: {0}.</source>
        <translation>Defaults: {0}.</translation>
    </message>
    <message>
        <location filename="../../ui/privacy/retention_tab.py" line="76" />
        <source>Uzavřené případy – anonymizovat po</source>
        <translation>Closed cases – anonymise after</translation>
    </message>
    <message>
        <location filename="../../ui/privacy/retention_tab.py" line="77" />
        <source>Jen kontakty (bez případu) – po</source>
        <translation>Contacts only (no case) – after</translation>
    </message>
    <message>
        <location filename="../../ui/privacy/retention_tab.py" line="78" />
        <source>Pronajímatelé – fyzické osoby a kontaktní osoby firem – po skončení nájmů a ručení</source>
        <translation>Landlords – natural persons and companies' contact persons – after their leases and guarantees ended</translation>
    </message>
    <message>
        <location filename="../../ui/privacy/retention_tab.py" line="82" />
        <source>Anonymizovat osoby po lhůtě…</source>
        <translation>Anonymise persons past the period…</translation>
    </message>
    <message>
        <location filename="../../ui/privacy/retention_tab.py" line="88" />
        <source>Anonymizace ponechá rok narození, pohlaví, kategorii ETHOS, data a částky pro statistiky; smaže jméno, rodné číslo, kontakty, adresy, poznámky, texty šetření (zdraví, dluhy) a přílohy. Změna odejde partnerům s příštím balíčkem. Nelze ji vrátit.</source>
        <translation>Anonymisation keeps the year of birth, sex, ETHOS category, dates and amounts for statistics; it deletes the name, birth number, contacts, addresses, notes, assessment texts (health, debts) and attachments. The change reaches peers with the next bundle. It cannot be undone.</translation>
    </message>
    <message>
        <location filename="../../ui/privacy/retention_tab.py" line="98" />
        <source>Skartační lhůty a anonymizace</source>
        <translation>Retention periods and anonymisation</translation>
    </message>
    <message>
        <location filename="../../ui/privacy/retention_tab.py" line="106" />
        <source>Záznam o činnostech zpracování (čl. 30)…</source>
        <translation>Record of processing activities (Art. 30)…</translation>
    </message>
    <message>
        <location filename="../../ui/privacy/retention_tab.py" line="109" />
        <location filename="../../ui/privacy/retention_tab.py" line="183" />
        <source>Záznam o činnostech zpracování</source>
        <translation>Record of processing activities</translation>
    </message>
    <message>
        <location filename="../../ui/privacy/retention_tab.py" line="119" />
        <source>Zvláštní kategorie údajů partnerským organizacím</source>
        <translation>Special categories of data to partner organisations</translation>
    </message>
    <message>
        <location filename="../../ui/privacy/retention_tab.py" line="120" />
        <source>Zdraví, postižení, závislosti a dluhy odcházejí partnerské organizaci jen s povolením vedoucí(ho) a uvedeným právním základem; jinak balíček tyto údaje nenese.</source>
        <translation>Health, disability, addiction and debts go to a partner organisation only with the lead's permission and a stated legal basis; otherwise the bundle does not carry them.</translation>
    </message>
    <message>
        <location filename="../../ui/privacy/retention_tab.py" line="130" />
        <source>Povolit…</source>
        <translation>Allow…</translation>
    </message>
    <message>
        <location filename="../../ui/privacy/retention_tab.py" line="131" />
        <source>Zakázat</source>
        <translation>Withdraw</translation>
    </message>
    <message>
        <location filename="../../ui/privacy/retention_tab.py" line="145" />
        <source>Vyberte partnerskou organizaci v tabulce.</source>
        <translation>Select a partner organisation in the table.</translation>
    </message>
    <message>
        <location filename="../../ui/privacy/retention_tab.py" line="154" />
        <source>Povolit zvláštní kategorie údajů</source>
        <translation>Allow special categories of data</translation>
    </message>
    <message>
        <location filename="../../ui/privacy/retention_tab.py" line="155" />
        <source>Právní základ předávání organizaci {0} (např. čl. 9 odst. 2 písm. h GDPR, smlouva o spolupráci č. …):</source>
        <translation>Legal basis for passing data to {0} (e.g. GDPR Art. 9(2)(h), cooperation agreement no. …):</translation>
    </message>
    <message>
        <location filename="../../ui/privacy/retention_tab.py" line="172" />
        <source>Uloženo.</source>
        <translation>Saved.</translation>
    </message>
    <message>
        <location filename="../../ui/privacy/retention_tab.py" line="184" />
        <source>PDF (*.pdf)</source>
        <translation>PDF (*.pdf)</translation>
    </message>
    <message>
        <location filename="../../ui/privacy/retention_tab.py" line="191" />
        <source>Připravuji záznam o zpracování…</source>
        <translation>Preparing the record of processing…</translation>
    </message>
    <message>
        <location filename="../../ui/privacy/retention_tab.py" line="193" />
        <source>Uloženo: {0}</source>
        <translation>Saved: {0}</translation>
    </message>
    <message>
        <location filename="../../ui/privacy/retention_tab.py" line="210" />
        <source>Osob po skartační lhůtě: {0}.</source>
        <translation>Persons past the retention period: {0}.</translation>
    </message>
    <message>
        <location filename="../../ui/privacy/retention_tab.py" line="211" />
        <source>Nikdo není po skartační lhůtě.</source>
        <translation>Nobody is past the retention period.</translation>
    </message>
    <message>
        <location filename="../../ui/privacy/retention_tab.py" line="226" />
        <source>Anonymizovat</source>
        <translation>Anonymise</translation>
    </message>
    <message>
        <location filename="../../ui/privacy/retention_tab.py" line="227" />
        <source>Anonymizovat {0} osob po skartační lhůtě? Jejich jména, rodná čísla, kontakty a texty budou nevratně smazány.</source>
        <translation>Anonymise {0} persons past the retention period? Their names, birth numbers, contacts and texts will be deleted for good.</translation>
    </message>
    <message>
        <location filename="../../ui/privacy/retention_tab.py" line="232" />
        <source>Anonymizuji…</source>
        <translation>Anonymising…</translation>
    </message>
    <message>
        <location filename="../../ui/privacy/retention_tab.py" line="237" />
        <source>Anonymizováno osob: {0}.</source>
        <translation>Persons anonymised: {0}.</translation>
    </message>
</context>
<context>
    <name>RolesTab</name>
    <message>
        <location filename="../../ui/privacy/roles_tab.py" line="23" />
        <source>Zaškrtnutím přidělíte roli oprávnění. Změny platí od dalšího přihlášení. Zvláštní kategorie údajů (zdraví, postižení, situace rodiny) vidí jen role s tímto oprávněním.</source>
        <translation>Tick to give a role a permission. Changes apply from the next sign-in. Special categories of data (health, disability, family situation) are seen only by roles with that permission.</translation>
    </message>
    <message>
        <location filename="../../ui/privacy/roles_tab.py" line="32" />
        <source>Uložit role</source>
        <translation>Save roles</translation>
    </message>
    <message>
        <location filename="../../ui/privacy/roles_tab.py" line="33" />
        <source>Obnovit výchozí</source>
        <translation>Restore defaults</translation>
    </message>
    <message>
        <location filename="../../ui/privacy/roles_tab.py" line="59" />
        <source>výchozí: ano</source>
        <translation>default: yes</translation>
    </message>
    <message>
        <location filename="../../ui/privacy/roles_tab.py" line="61" />
        <source>výchozí: ne</source>
        <translation>default: no</translation>
    </message>
    <message>
        <location filename="../../ui/privacy/roles_tab.py" line="78" />
        <source>Role</source>
        <translation>Role</translation>
    </message>
</context>
<context>
    <name>RulesFields</name>
    <message>
        <location filename="../../ui/allocation/rules_strings.py" line="63" />
        <source>počet členů domácnosti</source>
        <translation>household members</translation>
    </message>
    <message>
        <location filename="../../ui/allocation/rules_strings.py" line="64" />
        <source>nezaopatřené děti</source>
        <translation>dependent children</translation>
    </message>
    <message>
        <location filename="../../ui/allocation/rules_strings.py" line="65" />
        <source>těhotenství</source>
        <translation>pregnancy</translation>
    </message>
    <message>
        <location filename="../../ui/allocation/rules_strings.py" line="66" />
        <source>nezaopatřené dítě nebo těhotenství</source>
        <translation>dependent child or pregnancy</translation>
    </message>
    <message>
        <location filename="../../ui/allocation/rules_strings.py" line="67" />
        <source>potřebuje bezbariérový byt</source>
        <translation>needs a barrier-free flat</translation>
    </message>
    <message>
        <location filename="../../ui/allocation/rules_strings.py" line="68" />
        <source>zdravotní postižení</source>
        <translation>disability</translation>
    </message>
    <message>
        <location filename="../../ui/allocation/rules_strings.py" line="69" />
        <source>příjem na osobu</source>
        <translation>income per person</translation>
    </message>
    <message>
        <location filename="../../ui/allocation/rules_strings.py" line="70" />
        <source>příjem domácnosti</source>
        <translation>household income</translation>
    </message>
    <message>
        <location filename="../../ui/allocation/rules_strings.py" line="71" />
        <source>roky pobytu ve městě</source>
        <translation>years of residence in the town</translation>
    </message>
    <message>
        <location filename="../../ui/allocation/rules_strings.py" line="72" />
        <source>trvalý pobyt ve městě</source>
        <translation>permanent residence in town</translation>
    </message>
    <message>
        <location filename="../../ui/allocation/rules_strings.py" line="73" />
        <source>bytová situace (ETHOS 1–13)</source>
        <translation>housing situation (ETHOS 1–13)</translation>
    </message>
    <message>
        <location filename="../../ui/allocation/rules_strings.py" line="74" />
        <source>bytová situace (skupina ETHOS)</source>
        <translation>housing situation (ETHOS group)</translation>
    </message>
    <message>
        <location filename="../../ui/allocation/rules_strings.py" line="75" />
        <source>plocha současného bydlení</source>
        <translation>floor area of the current home</translation>
    </message>
    <message>
        <location filename="../../ui/allocation/rules_strings.py" line="76" />
        <source>počet pokojů současného bytu</source>
        <translation>rooms of the current flat</translation>
    </message>
    <message>
        <location filename="../../ui/allocation/rules_strings.py" line="77" />
        <source>plocha současného bydlení na osobu</source>
        <translation>floor area of the current home per person</translation>
    </message>
    <message>
        <location filename="../../ui/allocation/rules_strings.py" line="78" />
        <source>dvě domácnosti v jednom bytě</source>
        <translation>two households in one flat</translation>
    </message>
    <message>
        <location filename="../../ui/allocation/rules_strings.py" line="79" />
        <source>dluh vůči městu</source>
        <translation>debt to the town</translation>
    </message>
    <message>
        <location filename="../../ui/allocation/rules_strings.py" line="80" />
        <source>splátkový kalendář</source>
        <translation>repayment plan</translation>
    </message>
    <message>
        <location filename="../../ui/allocation/rules_strings.py" line="81" />
        <source>pobírá dávky</source>
        <translation>receives benefits</translation>
    </message>
    <message>
        <location filename="../../ui/allocation/rules_strings.py" line="82" />
        <source>klíčová profese</source>
        <translation>key profession</translation>
    </message>
    <message>
        <location filename="../../ui/allocation/rules_strings.py" line="83" />
        <source>celé roky od podání žádosti</source>
        <translation>whole years since the application</translation>
    </message>
    <message>
        <location filename="../../ui/allocation/rules_strings.py" line="84" />
        <source>odmítnuté nabídky</source>
        <translation>refused offers</translation>
    </message>
    <message>
        <location filename="../../ui/allocation/rules_strings.py" line="85" />
        <source>žádaná kategorie bytu</source>
        <translation>requested flat category</translation>
    </message>
</context>
<context>
    <name>RulesForm</name>
    <message>
        <location filename="../../ui/allocation/rules_strings.py" line="7" />
        <source>Bytová situace podle kategorie ETHOS</source>
        <translation>Housing situation by ETHOS category</translation>
    </message>
    <message>
        <location filename="../../ui/allocation/rules_strings.py" line="8" />
        <source>Dvě domácnosti v jednom bytě</source>
        <translation>Two households in one flat</translation>
    </message>
    <message>
        <location filename="../../ui/allocation/rules_strings.py" line="9" />
        <source>Nezaopatřené děti (za každé dítě)</source>
        <translation>Dependent children (per child)</translation>
    </message>
    <message>
        <location filename="../../ui/allocation/rules_strings.py" line="10" />
        <source>Nezaopatřené dítě nebo těhotenství</source>
        <translation>Dependent child or pregnancy</translation>
    </message>
    <message>
        <location filename="../../ui/allocation/rules_strings.py" line="11" />
        <source>Velikost domácnosti</source>
        <translation>Household size</translation>
    </message>
    <message>
        <location filename="../../ui/allocation/rules_strings.py" line="12" />
        <source>Zdravotní postižení</source>
        <translation>Disability</translation>
    </message>
    <message>
        <location filename="../../ui/allocation/rules_strings.py" line="13" />
        <source>Trvalý pobyt ve městě</source>
        <translation>Permanent residence in the town</translation>
    </message>
    <message>
        <location filename="../../ui/allocation/rules_strings.py" line="14" />
        <source>Skutečný pobyt ve městě (roky)</source>
        <translation>Actual residence in the town (years)</translation>
    </message>
    <message>
        <location filename="../../ui/allocation/rules_strings.py" line="15" />
        <source>Doba čekání (za každý rok)</source>
        <translation>Waiting time (per year)</translation>
    </message>
    <message>
        <location filename="../../ui/allocation/rules_strings.py" line="16" />
        <source>Odmítnuté nabídky (za každé odmítnutí)</source>
        <translation>Refused offers (per refusal)</translation>
    </message>
    <message>
        <location filename="../../ui/allocation/rules_strings.py" line="17" />
        <source>Klíčová profese (jen byty pro klíčové profese)</source>
        <translation>Key profession (only flats for key professions)</translation>
    </message>
    <message>
        <location filename="../../ui/allocation/rules_strings.py" line="18" />
        <source>Počet pokojů současného bytu</source>
        <translation>Rooms of the current flat</translation>
    </message>
    <message>
        <location filename="../../ui/allocation/rules_strings.py" line="19" />
        <source>Obytná plocha na osobu (vzorec)</source>
        <translation>Floor area per person (formula)</translation>
    </message>
    <message>
        <location filename="../../ui/allocation/rules_strings.py" line="20" />
        <source>Nízký příjem na osobu</source>
        <translation>Low income per person</translation>
    </message>
    <message>
        <location filename="../../ui/allocation/rules_strings.py" line="21" />
        <source>Vyřazení po odmítnutích</source>
        <translation>Exclusion after refusals</translation>
    </message>
    <message>
        <location filename="../../ui/allocation/rules_strings.py" line="22" />
        <source>Dluh vůči městu → individuální posouzení</source>
        <translation>Debt to the town → individual assessment</translation>
    </message>
    <message>
        <location filename="../../ui/allocation/rules_strings.py" line="23" />
        <source>Vyřazení podle podmínky</source>
        <translation>Exclusion by a condition</translation>
    </message>
    <message>
        <location filename="../../ui/allocation/rules_strings.py" line="24" />
        <source>Neobnovená žádost</source>
        <translation>Application not renewed</translation>
    </message>
    <message>
        <location filename="../../ui/allocation/rules_strings.py" line="25" />
        <source>Kategorie bytu a žádosti</source>
        <translation>Flat and application category</translation>
    </message>
    <message>
        <location filename="../../ui/allocation/rules_strings.py" line="26" />
        <source>Velikost bytu (osob na pokoj)</source>
        <translation>Flat size (persons per room)</translation>
    </message>
    <message>
        <location filename="../../ui/allocation/rules_strings.py" line="27" />
        <source>Bezbariérový byt</source>
        <translation>Barrier-free flat</translation>
    </message>
    <message>
        <location filename="../../ui/allocation/rules_strings.py" line="28" />
        <source>Podíl nájemného na příjmu → posouzení</source>
        <translation>Rent share of income → assessment</translation>
    </message>
    <message>
        <location filename="../../ui/allocation/rules_strings.py" line="29" />
        <source>ano/ne</source>
        <translation>yes/no</translation>
    </message>
    <message>
        <location filename="../../ui/allocation/rules_strings.py" line="30" />
        <source>podle hodnoty</source>
        <translation>by value</translation>
    </message>
    <message>
        <location filename="../../ui/allocation/rules_strings.py" line="31" />
        <source>podle pásma</source>
        <translation>by band</translation>
    </message>
    <message>
        <location filename="../../ui/allocation/rules_strings.py" line="32" />
        <source>za každou jednotku</source>
        <translation>per unit</translation>
    </message>
    <message>
        <location filename="../../ui/allocation/rules_strings.py" line="33" />
        <source>vzorec</source>
        <translation>formula</translation>
    </message>
    <message>
        <location filename="../../ui/allocation/rules_strings.py" line="34" />
        <source>odmítnuté nabídky</source>
        <translation>refused offers</translation>
    </message>
    <message>
        <location filename="../../ui/allocation/rules_strings.py" line="35" />
        <source>dluh vůči městu</source>
        <translation>debt to the town</translation>
    </message>
    <message>
        <location filename="../../ui/allocation/rules_strings.py" line="36" />
        <source>podmínka</source>
        <translation>condition</translation>
    </message>
    <message>
        <location filename="../../ui/allocation/rules_strings.py" line="37" />
        <source>neobnovená žádost</source>
        <translation>application not renewed</translation>
    </message>
    <message>
        <location filename="../../ui/allocation/rules_strings.py" line="38" />
        <source>kategorie bytu</source>
        <translation>flat category</translation>
    </message>
    <message>
        <location filename="../../ui/allocation/rules_strings.py" line="39" />
        <source>osob na pokoj</source>
        <translation>persons per room</translation>
    </message>
    <message>
        <location filename="../../ui/allocation/rules_strings.py" line="40" />
        <source>bezbariérovost</source>
        <translation>barrier-free access</translation>
    </message>
    <message>
        <location filename="../../ui/allocation/rules_strings.py" line="41" />
        <source>dostupnost nájemného</source>
        <translation>affordability of the rent</translation>
    </message>
    <message>
        <location filename="../../ui/allocation/rules_strings.py" line="42" />
        <source>dřívější podání žádosti</source>
        <translation>earlier application</translation>
    </message>
    <message>
        <location filename="../../ui/allocation/rules_strings.py" line="43" />
        <source>vážnější bytová nouze</source>
        <translation>more severe housing need</translation>
    </message>
    <message>
        <location filename="../../ui/allocation/rules_strings.py" line="44" />
        <source>více nezaopatřených dětí</source>
        <translation>more dependent children</translation>
    </message>
    <message>
        <location filename="../../ui/allocation/rules_strings.py" line="45" />
        <source>větší domácnost</source>
        <translation>larger household</translation>
    </message>
    <message>
        <location filename="../../ui/allocation/rules_strings.py" line="46" />
        <source>posoudit individuálně (žádost zůstává v pořadí)</source>
        <translation>assess individually (the application stays ranked)</translation>
    </message>
    <message>
        <location filename="../../ui/allocation/rules_strings.py" line="47" />
        <source>vyřadit (špatná praxe)</source>
        <translation>exclude (bad practice)</translation>
    </message>
    <message>
        <location filename="../../ui/allocation/rules_strings.py" line="48" />
        <source>posoudit individuálně</source>
        <translation>assess individually</translation>
    </message>
    <message>
        <location filename="../../ui/allocation/rules_strings.py" line="49" />
        <source>vyřadit</source>
        <translation>exclude</translation>
    </message>
    <message>
        <location filename="../../ui/allocation/rules_strings.py" line="50" />
        <source>nepřihlížet</source>
        <translation>disregard</translation>
    </message>
    <message>
        <location filename="../../ui/allocation/rules_strings.py" line="51" />
        <source>Body</source>
        <translation>Points</translation>
    </message>
    <message>
        <location filename="../../ui/allocation/rules_strings.py" line="52" />
        <source>Vyřazení</source>
        <translation>Exclusions</translation>
    </message>
    <message>
        <location filename="../../ui/allocation/rules_strings.py" line="53" />
        <source>Byt a domácnost</source>
        <translation>Flat and household</translation>
    </message>
    <message>
        <location filename="../../ui/allocation/rules_strings.py" line="54" />
        <source>Název</source>
        <translation>Name</translation>
    </message>
    <message>
        <location filename="../../ui/allocation/rules_strings.py" line="55" />
        <source>Verze</source>
        <translation>Version</translation>
    </message>
    <message>
        <location filename="../../ui/allocation/rules_strings.py" line="56" />
        <source>Zdroj</source>
        <translation>Source</translation>
    </message>
    <message>
        <location filename="../../ui/allocation/rules_strings.py" line="57" />
        <source>Individuální body</source>
        <translation>Individual points</translation>
    </message>
    <message>
        <location filename="../../ui/allocation/rules_strings.py" line="58" />
        <source>ETHOS: 1–2 bez střechy, 3–7 bez bytu (ubytovny, azylové domy, instituce), 8–10 nejisté bydlení (nejisté, vystěhování, násilí), 11–13 nevyhovující (provizorium, nevhodné, přelidněné).</source>
        <translation>ETHOS: 1–2 roofless, 3–7 houseless (hostels, shelters, institutions), 8–10 insecure housing (insecure, eviction, violence), 11–13 inadequate (temporary, unfit, overcrowded).</translation>
    </message>
    <message>
        <location filename="../../ui/allocation/rules_parts.py" line="21" />
        <source>je</source>
        <translation>is</translation>
    </message>
    <message>
        <location filename="../../ui/allocation/rules_parts.py" line="22" />
        <source>není</source>
        <translation>is not</translation>
    </message>
    <message>
        <location filename="../../ui/allocation/rules_parts.py" line="23" />
        <source>je jedno z</source>
        <translation>is one of</translation>
    </message>
    <message>
        <location filename="../../ui/allocation/rules_parts.py" line="24" />
        <source>není z</source>
        <translation>is not one of</translation>
    </message>
</context>
<context>
    <name>RulesPreview</name>
    <message>
        <location filename="../../ui/allocation/rules_preview.py" line="24" />
        <source>{0}
změn: {1} · první: {2}</source>
        <translation>{0}
changes: {1} · first: {2}</translation>
    </message>
    <message>
        <location filename="../../ui/allocation/rules_preview.py" line="29" />
        <source>{0}
První dnes: {1}
První podle návrhu: {2}
Změn pořadí: {3}</source>
        <translation>{0}
First today: {1}
First by the draft: {2}
Rank changes: {3}</translation>
    </message>
    <message>
        <location filename="../../ui/allocation/rules_preview.py" line="34" />
        <source>Volný byt</source>
        <translation>Vacant flat</translation>
    </message>
    <message>
        <location filename="../../ui/allocation/rules_preview.py" line="83" />
        <source>Přehled</source>
        <translation>Overview</translation>
    </message>
    <message>
        <location filename="../../ui/allocation/rules_preview.py" line="84" />
        <source>Co kdyby</source>
        <translation>What if</translation>
    </message>
    <message>
        <location filename="../../ui/allocation/rules_preview.py" line="100" />
        <source>Návrh obsahuje chyby; porovnání počká na opravu.</source>
        <translation>The draft has errors; the comparison waits until they are fixed.</translation>
    </message>
    <message>
        <location filename="../../ui/allocation/rules_preview.py" line="102" />
        <source>Porovnávám s platnými pravidly…</source>
        <translation>Comparing with the current rules…</translation>
    </message>
    <message>
        <location filename="../../ui/allocation/rules_preview.py" line="114" />
        <source>Proti platným pravidlům ({0}): pořadí se mění u {1} z {2} volných bytů (posunů celkem {3}), jiná domácnost by byla první u {4}.</source>
        <translation>Against the current rules ({0}): the order changes for {1} of {2} vacant flats ({3} moves in all), another household would be first for {4}.</translation>
    </message>
</context>
<context>
    <name>RulesTab</name>
    <message>
        <location filename="../../ui/allocation/rules_tab.py" line="35" />
        <source>návrh</source>
        <translation>draft</translation>
    </message>
    <message>
        <location filename="../../ui/allocation/rules_tab.py" line="36" />
        <source>platná</source>
        <translation>valid</translation>
    </message>
    <message>
        <location filename="../../ui/allocation/rules_tab.py" line="37" />
        <source>archivovaná</source>
        <translation>archived</translation>
    </message>
    <message>
        <location filename="../../ui/allocation/rules_tab.py" line="38" />
        <source>výchozí (dodaná s aplikací)</source>
        <translation>default (shipped with the app)</translation>
    </message>
    <message>
        <location filename="../../ui/allocation/rules_tab.py" line="49" />
        <source>Pravidla přidělování vidí pracovníci, kteří přidělují byty.</source>
        <translation>The allocation rules are visible to staff who allocate flats.</translation>
    </message>
    <message>
        <location filename="../../ui/allocation/rules_tab.py" line="61" />
        <source>Sady pravidel</source>
        <translation>Rule sets</translation>
    </message>
    <message>
        <location filename="../../ui/allocation/rules_tab.py" line="63" />
        <source>Nový návrh z platných</source>
        <translation>New draft from the current rules</translation>
    </message>
    <message>
        <location filename="../../ui/allocation/rules_tab.py" line="65" />
        <source>Nový návrh ze vzoru</source>
        <translation>New draft from an example</translation>
    </message>
    <message>
        <location filename="../../ui/allocation/rules_tab.py" line="70" />
        <source>Smazat návrh</source>
        <translation>Delete draft</translation>
    </message>
    <message>
        <location filename="../../ui/allocation/rules_tab.py" line="77" />
        <source>Pravidla jsou data: bodová kritéria, vyřazení a párování bytu s domácností. Platná pravidla se nemění – upravuje se návrh, který rada přijme.</source>
        <translation>The rules are data: point criteria, exclusions and matching of flat and household. Rules in force do not change – you edit a draft that the council adopts.</translation>
    </message>
    <message>
        <location filename="../../ui/allocation/rules_tab.py" line="109" />
        <source>Uložit návrh</source>
        <translation>Save draft</translation>
    </message>
    <message>
        <location filename="../../ui/allocation/rules_tab.py" line="112" />
        <source>Rada pravidla přijala…</source>
        <translation>Council adopted the rules…</translation>
    </message>
    <message>
        <location filename="../../ui/allocation/rules_tab.py" line="129" />
        <source>Načíst z JSON…</source>
        <translation>Import JSON…</translation>
    </message>
    <message>
        <location filename="../../ui/allocation/rules_tab.py" line="131" />
        <source>Uložit jako JSON…</source>
        <translation>Export as JSON…</translation>
    </message>
    <message>
        <location filename="../../ui/allocation/rules_tab.py" line="161" />
        <source>Přehled a upozornění</source>
        <translation>Overview and warnings</translation>
    </message>
    <message>
        <location filename="../../ui/allocation/rules_tab.py" line="161" />
        <source>Přehled</source>
        <translation>Overview</translation>
    </message>
    <message>
        <location filename="../../ui/allocation/rules_tab.py" line="162" />
        <source>Úpravy</source>
        <translation>Edit</translation>
    </message>
    <message>
        <location filename="../../ui/allocation/rules_tab.py" line="163" />
        <source>JSON</source>
        <translation>JSON</translation>
    </message>
    <message>
        <location filename="../../ui/allocation/rules_tab.py" line="163" />
        <source>Pravidla jako JSON: načtení a uložení</source>
        <translation>The rules as JSON: load and save</translation>
    </message>
    <message>
        <location filename="../../ui/allocation/rules_tab.py" line="164" />
        <source>Co kdyby – porovnání s platnými</source>
        <translation>What if – compared with the current rules</translation>
    </message>
    <message>
        <location filename="../../ui/allocation/rules_tab.py" line="164" />
        <source>Co kdyby</source>
        <translation>What if</translation>
    </message>
    <message>
        <location filename="../../ui/allocation/rules_tab.py" line="165" />
        <source>Spravedlnost pravidel</source>
        <translation>Fairness of the rules</translation>
    </message>
    <message>
        <location filename="../../ui/allocation/rules_tab.py" line="165" />
        <source>Spravedlnost</source>
        <translation>Fairness</translation>
    </message>
    <message>
        <location filename="../../ui/allocation/rules_tab.py" line="166" />
        <source>Kvóty bytového fondu</source>
        <translation>Housing stock quotas</translation>
    </message>
    <message>
        <location filename="../../ui/allocation/rules_tab.py" line="166" />
        <source>Kvóty</source>
        <translation>Quotas</translation>
    </message>
    <message>
        <location filename="../../ui/allocation/rules_tab.py" line="199" />
        <source>{0}
verze {1} · {2}</source>
        <translation>{0}
version {1} · {2}</translation>
    </message>
    <message>
        <location filename="../../ui/allocation/rules_tab.py" line="201" />
        <source> od {0}</source>
        <translation> since {0}</translation>
    </message>
    <message>
        <location filename="../../ui/allocation/rules_tab.py" line="203" />
        <source>{0} upozornění</source>
        <translation>{0} warnings</translation>
    </message>
    <message>
        <location filename="../../ui/allocation/rules_tab.py" line="221" />
        <source>Ukázat seznam pravidel</source>
        <translation>Show the list of rule sets</translation>
    </message>
    <message>
        <location filename="../../ui/allocation/rules_tab.py" line="221" />
        <source>Skrýt seznam pravidel</source>
        <translation>Hide the list of rule sets</translation>
    </message>
    <message>
        <location filename="../../ui/allocation/rules_tab.py" line="246" />
        <source>Tato pravidla se už nemění. Pro změnu vytvořte nový návrh.</source>
        <translation>These rules no longer change. Create a new draft to change them.</translation>
    </message>
    <message>
        <location filename="../../ui/allocation/rules_tab.py" line="261" />
        <source>Chyby – takto pravidla uložit nelze:</source>
        <translation>Errors – the rules cannot be saved like this:</translation>
    </message>
    <message>
        <location filename="../../ui/allocation/rules_tab.py" line="267" />
        <source>Pravidla jsou v pořádku.</source>
        <translation>The rules are valid.</translation>
    </message>
    <message>
        <location filename="../../ui/allocation/rules_tab.py" line="281" />
        <source>Špatná praxe podle MV a veřejného ochránce práv</source>
        <translation>Bad practice according to the Ministry of the Interior and the Ombudsman</translation>
    </message>
    <message>
        <location filename="../../ui/allocation/rules_tab.py" line="293" />
        <source>verze {0}</source>
        <translation>version {0}</translation>
    </message>
    <message>
        <location filename="../../ui/allocation/rules_tab.py" line="297" />
        <source>přijato {0} ({1})</source>
        <translation>adopted {0} ({1})</translation>
    </message>
    <message>
        <location filename="../../ui/allocation/rules_tab.py" line="307" />
        <source>Zdroj</source>
        <translation>Source</translation>
    </message>
    <message>
        <location filename="../../ui/allocation/rules_tab.py" line="322" />
        <source>Návrh vytvořen. Upravte ho a uložte.</source>
        <translation>Draft created. Edit it and save it.</translation>
    </message>
    <message>
        <location filename="../../ui/allocation/rules_tab.py" line="337" />
        <source>Návrh uložen.</source>
        <translation>Draft saved.</translation>
    </message>
    <message>
        <location filename="../../ui/allocation/rules_tab.py" line="345" />
        <source>Pravidla jsou platná; předchozí byla archivována.</source>
        <translation>The rules are in force; the previous ones were archived.</translation>
    </message>
    <message>
        <location filename="../../ui/allocation/rules_tab.py" line="384" />
        <source>Načíst pravidla z JSON</source>
        <translation>Import rules from JSON</translation>
    </message>
    <message>
        <location filename="../../ui/allocation/rules_tab.py" line="385" />
        <location filename="../../ui/allocation/rules_tab.py" line="402" />
        <source>Pravidla (*.json)</source>
        <translation>Rules (*.json)</translation>
    </message>
    <message>
        <location filename="../../ui/allocation/rules_tab.py" line="394" />
        <source>Pravidla načtena do návrhu; zkontrolujte je a uložte.</source>
        <translation>Rules loaded into the draft; check them and save.</translation>
    </message>
    <message>
        <location filename="../../ui/allocation/rules_tab.py" line="399" />
        <source>Pravidla obsahují chyby; opravte je před uložením.</source>
        <translation>The rules contain errors; fix them before exporting.</translation>
    </message>
    <message>
        <location filename="../../ui/allocation/rules_tab.py" line="401" />
        <source>Uložit pravidla jako JSON</source>
        <translation>Export the rules as JSON</translation>
    </message>
    <message>
        <location filename="../../ui/allocation/rules_tab.py" line="412" />
        <source>Pravidla uložena do {0}.</source>
        <translation>Rules saved to {0}.</translation>
    </message>
</context>
<context>
    <name>ScopeDialog</name>
    <message>
        <location filename="../../ui/sync/page.py" line="329" />
        <source>Rozsah dat pro „{0}“</source>
        <translation>Data scope for “{0}”</translation>
    </message>
    <message>
        <location filename="../../ui/sync/page.py" line="332" />
        <source>Rozsah</source>
        <translation>Scope</translation>
    </message>
    <message>
        <location filename="../../ui/sync/page.py" line="334" />
        <source>všechna data – vlastní kancelář</source>
        <translation>all data – own office</translation>
    </message>
    <message>
        <location filename="../../ui/sync/page.py" line="335" />
        <source>všechna data – partnerská kancelář (bez nastavení a pravidel)</source>
        <translation>all data – partner office (no settings or rules)</translation>
    </message>
    <message>
        <location filename="../../ui/sync/page.py" line="337" />
        <source>jen případy, k jejichž předání dal klient souhlas – partnerská kancelář</source>
        <translation>only cases whose client consented to sharing – partner office</translation>
    </message>
    <message>
        <location filename="../../ui/sync/page.py" line="340" />
        <source>jen případy: {0}</source>
        <translation>only the cases of: {0}</translation>
    </message>
    <message>
        <location filename="../../ui/sync/page.py" line="330" />
        <source>Co se má posílat na tuto instalaci:</source>
        <translation>What to send to this installation:</translation>
    </message>
</context>
<context>
    <name>SettingsPage</name>
    <message>
        <location filename="../../ui/areas.py" line="314" />
        <source>Úřad</source>
        <translation>Office</translation>
    </message>
    <message>
        <location filename="../../ui/areas.py" line="315" />
        <source>Partnerské služby</source>
        <translation>Partner services</translation>
    </message>
    <message>
        <location filename="../../ui/areas.py" line="316" />
        <source>Zákon</source>
        <translation>Law</translation>
    </message>
    <message>
        <location filename="../../ui/areas.py" line="317" />
        <source>Zákon o podpoře bydlení</source>
        <translation>Housing Support Act</translation>
    </message>
    <message>
        <location filename="../../ui/areas.py" line="319" />
        <source>Kontroly bytů</source>
        <translation>Flat inspections</translation>
    </message>
    <message>
        <location filename="../../ui/areas.py" line="320" />
        <source>Smlouvy</source>
        <translation>Leases</translation>
    </message>
    <message>
        <location filename="../../ui/areas.py" line="318" />
        <source>Pravidla přidělování</source>
        <translation>Allocation rules</translation>
    </message>
    <message>
        <location filename="../../ui/areas.py" line="321" />
        <source>Dokumenty řízení</source>
        <translation>Procedure documents</translation>
    </message>
    <message>
        <location filename="../../ui/areas.py" line="322" />
        <source>Obce a lokality</source>
        <translation>Municipalities and localities</translation>
    </message>
    <message>
        <location filename="../../ui/areas.py" line="323" />
        <source>Uživatelé</source>
        <translation>Users</translation>
    </message>
    <message>
        <location filename="../../ui/areas.py" line="324" />
        <source>Odbory</source>
        <translation>Departments</translation>
    </message>
    <message>
        <location filename="../../ui/areas.py" line="325" />
        <source>Odbory a zástupy</source>
        <translation>Departments and deputies</translation>
    </message>
    <message>
        <location filename="../../ui/areas.py" line="326" />
        <source>Role</source>
        <translation>Role</translation>
    </message>
    <message>
        <location filename="../../ui/areas.py" line="327" />
        <source>Audit</source>
        <translation>Audit</translation>
    </message>
    <message>
        <location filename="../../ui/areas.py" line="328" />
        <source>Ochrana údajů</source>
        <translation>Data protection</translation>
    </message>
    <message>
        <location filename="../../ui/areas.py" line="329" />
        <source>Import a export</source>
        <translation>Import and export</translation>
    </message>
    <message>
        <location filename="../../ui/areas.py" line="330" />
        <source>O instalaci</source>
        <translation>About this installation</translation>
    </message>
    <message>
        <location filename="../../ui/areas.py" line="335" />
        <source>Úřad a lidé</source>
        <translation>Office and people</translation>
    </message>
    <message>
        <location filename="../../ui/areas.py" line="337" />
        <source>Pravidla a zákon</source>
        <translation>Rules and law</translation>
    </message>
    <message>
        <location filename="../../ui/areas.py" line="339" />
        <source>Byty a smlouvy</source>
        <translation>Flats and contracts</translation>
    </message>
    <message>
        <location filename="../../ui/areas.py" line="341" />
        <source>Data a ochrana údajů</source>
        <translation>Data and privacy</translation>
    </message>
    <message>
        <location filename="../../ui/settings/page.py" line="30" />
        <source>Další</source>
        <translation>More</translation>
    </message>
    <message>
        <location filename="../../ui/settings/page.py" line="38" />
        <source>Nastavení</source>
        <translation>Settings</translation>
    </message>
    <message>
        <location filename="../../ui/settings/page.py" line="41" />
        <source>Části nastavení</source>
        <translation>Settings sections</translation>
    </message>
</context>
<context>
    <name>SexDialog</name>
    <message>
        <location filename="../../ui/settings/users_tab.py" line="238" />
        <source>Podle pohlaví tisknou dokumenty „zpracovala“ nebo „zpracoval“, „sociální pracovnice“ nebo „sociální pracovník“.</source>
        <translation>Printed documents use the Czech feminine or masculine form of the worker's role by it (e.g. “zpracovala” or “zpracoval”, “processed by”).</translation>
    </message>
    <message>
        <location filename="../../ui/settings/users_tab.py" line="241" />
        <source>Zatím neuvedeno; návrh podle jména: {0}. Potvrďte ho uložením.</source>
        <translation>Not stated yet; suggested from the given name: {0}. Save to confirm it.</translation>
    </message>
    <message>
        <location filename="../../ui/settings/users_tab.py" line="243" />
        <source>Pohlaví – {0}</source>
        <translation>Sex – {0}</translation>
    </message>
    <message>
        <location filename="../../ui/settings/users_tab.py" line="245" />
        <source>Pohlaví</source>
        <translation>Sex</translation>
    </message>
</context>
<context>
    <name>SignDialog</name>
    <message>
        <location filename="../../ui/leases/dialogs.py" line="30" />
        <source>Podpis smlouvy</source>
        <translation>Signing the lease</translation>
    </message>
    <message>
        <location filename="../../ui/leases/dialogs.py" line="31" />
        <source>Podpisem se návrh stane platnou smlouvou a byt se označí jako obsazený.</source>
        <translation>Signing makes the draft a lease in force and marks the flat as occupied.</translation>
    </message>
    <message>
        <location filename="../../ui/leases/dialogs.py" line="32" />
        <source>Smlouva je podepsaná</source>
        <translation>The lease is signed</translation>
    </message>
    <message>
        <location filename="../../ui/leases/dialogs.py" line="34" />
        <source>Podepsána dne *</source>
        <translation>Signed on *</translation>
    </message>
    <message>
        <location filename="../../ui/leases/dialogs.py" line="36" />
        <source>Nastěhování</source>
        <translation>Move-in</translation>
    </message>
</context>
<context>
    <name>StaleCasesCard</name>
    <message>
        <location filename="../../ui/cases/cards.py" line="262" />
        <source>{0} · {1} · {2} · {3} dní</source>
        <translation>{0} · {1} · {2} · {3} days</translation>
    </message>
    <message>
        <location filename="../../ui/cases/cards.py" line="264" />
        <source>nepřidělen</source>
        <translation>not assigned</translation>
    </message>
    <message>
        <location filename="../../ui/cases/cards.py" line="270" />
        <source>Poslední kontakt {0}</source>
        <translation>Last contact {0}</translation>
    </message>
    <message>
        <location filename="../../ui/cases/cards.py" line="317" />
        <source>Všechny otevřené případy mají čerstvý kontakt.</source>
        <translation>Every open case has a recent contact.</translation>
    </message>
    <message>
        <location filename="../../ui/cases/cards.py" line="315" />
        <source>{0} případů čeká na ozvání; dvojklikem otevřete.</source>
        <translation>{0} cases are waiting for a call; double-click to open.</translation>
    </message>
</context>
<context>
    <name>StartDialog</name>
    <message>
        <location filename="../../ui/cases/procedure.py" line="64" />
        <source>Žádost o zápis (§ 13–14)</source>
        <translation>Application for an entry (§ 13–14)</translation>
    </message>
    <message>
        <location filename="../../ui/cases/procedure.py" line="65" />
        <source>Žádost o zápis do evidence zahájí řízení podle zákona č. 175/2025 Sb., o podpoře bydlení.</source>
        <translation>An application for an entry opens the procedure under Act No. 175/2025 Coll. on housing support.</translation>
    </message>
    <message>
        <location filename="../../ui/cases/procedure.py" line="67" />
        <source>Zahájit řízení</source>
        <translation>Open the procedure</translation>
    </message>
    <message>
        <location filename="../../ui/cases/procedure.py" line="69" />
        <source>Žádost podána dne</source>
        <translation>Application filed on</translation>
    </message>
    <message>
        <location filename="../../ui/cases/procedure.py" line="71" />
        <source>Jak byla podána</source>
        <translation>How it was filed</translation>
    </message>
    <message>
        <location filename="../../ui/cases/procedure.py" line="74" />
        <source>Spisová značka</source>
        <translation>File reference</translation>
    </message>
</context>
<context>
    <name>StatsPage</name>
    <message>
        <location filename="../../ui/stats/page.py" line="27" />
        <source>Letos</source>
        <translation>This year</translation>
    </message>
    <message>
        <location filename="../../ui/stats/page.py" line="28" />
        <source>Loni</source>
        <translation>Last year</translation>
    </message>
    <message>
        <location filename="../../ui/stats/page.py" line="29" />
        <source>Tento měsíc</source>
        <translation>This month</translation>
    </message>
    <message>
        <location filename="../../ui/stats/page.py" line="30" />
        <source>Minulý měsíc</source>
        <translation>Last month</translation>
    </message>
    <message>
        <location filename="../../ui/stats/page.py" line="31" />
        <source>Posledních 12 měsíců</source>
        <translation>Last 12 months</translation>
    </message>
    <message>
        <location filename="../../ui/stats/page.py" line="32" />
        <source>Vlastní období</source>
        <translation>Custom period</translation>
    </message>
    <message>
        <location filename="../../ui/stats/page.py" line="65" />
        <source>Statistiky</source>
        <translation>Statistics</translation>
    </message>
    <message>
        <location filename="../../ui/stats/page.py" line="76" />
        <source>Zobrazit</source>
        <translation>Show</translation>
    </message>
    <message>
        <location filename="../../ui/stats/page.py" line="79" />
        <source>Exportovat…</source>
        <translation>Export…</translation>
    </message>
    <message>
        <location filename="../../ui/stats/page.py" line="80" />
        <source>Uložit všechny tabulky do CSV nebo Excelu</source>
        <translation>Save all tables to CSV or Excel</translation>
    </message>
    <message>
        <location filename="../../ui/stats/page.py" line="85" />
        <source>Období</source>
        <translation>Period</translation>
    </message>
    <message>
        <location filename="../../ui/stats/page.py" line="152" />
        <source>Zadejte začátek i konec období.</source>
        <translation>Enter both the start and the end of the period.</translation>
    </message>
    <message>
        <location filename="../../ui/stats/page.py" line="154" />
        <source>Začátek období je po jeho konci.</source>
        <translation>The start of the period is after its end.</translation>
    </message>
    <message>
        <location filename="../../ui/stats/page.py" line="169" />
        <location filename="../../ui/stats/page.py" line="247" />
        <source>Počítám statistiky…</source>
        <translation>Computing statistics…</translation>
    </message>
    <message>
        <location filename="../../ui/stats/page.py" line="219" />
        <source>Graf: {0}</source>
        <translation>Chart: {0}</translation>
    </message>
    <message>
        <location filename="../../ui/stats/page.py" line="234" />
        <source>Exportovat statistiky</source>
        <translation>Export statistics</translation>
    </message>
    <message>
        <location filename="../../ui/stats/page.py" line="235" />
        <source>Sešit Excel (*.xlsx);;CSV pro Excel (*.csv)</source>
        <translation>Excel workbook (*.xlsx);;CSV for Excel (*.csv)</translation>
    </message>
    <message>
        <location filename="../../ui/stats/page.py" line="248" />
        <source>Připravuji soubor…</source>
        <translation>Preparing the file…</translation>
    </message>
    <message>
        <location filename="../../ui/stats/page.py" line="248" />
        <source>Ukládám…</source>
        <translation>Saving…</translation>
    </message>
    <message>
        <location filename="../../ui/stats/page.py" line="249" />
        <source>Export byl zrušen; nic se neuložilo.</source>
        <translation>The export was cancelled; nothing was saved.</translation>
    </message>
    <message>
        <location filename="../../ui/stats/page.py" line="266" />
        <source>Exportuji statistiky…</source>
        <translation>Exporting statistics…</translation>
    </message>
    <message>
        <location filename="../../ui/stats/page.py" line="269" />
        <source>Export zrušen; nic se neuložilo.</source>
        <translation>Export cancelled; nothing was saved.</translation>
    </message>
    <message>
        <location filename="../../ui/stats/page.py" line="273" />
        <source>Uloženo: {0} (období {1} – {2})</source>
        <translation>Saved: {0} (period {1} – {2})</translation>
    </message>
</context>
<context>
    <name>StatusDialog</name>
    <message>
        <location filename="../../ui/cases/dialogs.py" line="40" />
        <source>Změnit stav případu</source>
        <translation>Change the case status</translation>
    </message>
    <message>
        <location filename="../../ui/cases/dialogs.py" line="40" />
        <source>Změnit stav</source>
        <translation>Change status</translation>
    </message>
    <message>
        <location filename="../../ui/cases/dialogs.py" line="50" />
        <source>Nový stav</source>
        <translation>New status</translation>
    </message>
    <message>
        <location filename="../../ui/cases/dialogs.py" line="51" />
        <source>Poznámka</source>
        <translation>Note</translation>
    </message>
</context>
<context>
    <name>StepDialog</name>
    <message>
        <location filename="../../ui/cases/procedure.py" line="108" />
        <source>— vyberte —</source>
        <translation>— choose —</translation>
    </message>
</context>
<context>
    <name>SyncPage</name>
    <message>
        <location filename="../../ui/sync/page.py" line="31" />
        <source>Partner</source>
        <translation>Partner</translation>
    </message>
    <message>
        <location filename="../../ui/sync/page.py" line="32" />
        <source>Otisk</source>
        <translation>Fingerprint</translation>
    </message>
    <message>
        <location filename="../../ui/sync/page.py" line="33" />
        <source>Stav</source>
        <translation>State</translation>
    </message>
    <message>
        <location filename="../../ui/sync/page.py" line="34" />
        <source>odvolán</source>
        <translation>revoked</translation>
    </message>
    <message>
        <location filename="../../ui/sync/page.py" line="35" />
        <source>aktivní</source>
        <translation>active</translation>
    </message>
    <message>
        <location filename="../../ui/sync/page.py" line="36" />
        <source>Druh</source>
        <translation>Kind</translation>
    </message>
    <message>
        <location filename="../../ui/sync/page.py" line="37" />
        <source>Rozsah</source>
        <translation>Scope</translation>
    </message>
    <message>
        <location filename="../../ui/sync/page.py" line="38" />
        <source>Přidán</source>
        <translation>Added</translation>
    </message>
    <message>
        <location filename="../../ui/sync/page.py" line="42" />
        <source>Záznam</source>
        <translation>Record</translation>
    </message>
    <message>
        <location filename="../../ui/sync/page.py" line="43" />
        <source>Pole</source>
        <translation>Field</translation>
    </message>
    <message>
        <location filename="../../ui/sync/page.py" line="44" />
        <source>Platná hodnota</source>
        <translation>Current value</translation>
    </message>
    <message>
        <location filename="../../ui/sync/page.py" line="45" />
        <location filename="../../ui/sync/page.py" line="48" />
        <source>Zapsal(a)</source>
        <translation>Written by</translation>
    </message>
    <message>
        <location filename="../../ui/sync/page.py" line="47" />
        <source>Přepsaná hodnota</source>
        <translation>Overwritten value</translation>
    </message>
    <message>
        <location filename="../../ui/sync/page.py" line="61" />
        <source>jen případy se souhlasem klienta</source>
        <translation>only cases with the client's consent</translation>
    </message>
    <message>
        <location filename="../../ui/sync/page.py" line="64" />
        <source>jen případy: {0}</source>
        <translation>only the cases of: {0}</translation>
    </message>
    <message>
        <location filename="../../ui/sync/page.py" line="67" />
        <source>všechna data</source>
        <translation>all data</translation>
    </message>
    <message>
        <location filename="../../ui/sync/page.py" line="105" />
        <location filename="../../ui/sync/page.py" line="205" />
        <location filename="../../ui/sync/page.py" line="210" />
        <source>Synchronizace</source>
        <translation>Synchronisation</translation>
    </message>
    <message>
        <location filename="../../ui/sync/page.py" line="108" />
        <source>Výměna dat bez serveru: balíček se uloží do souboru (USB disk, e-mail), je podepsaný a zašifrovaný jen pro zvoleného partnera.</source>
        <translation>Exchange without a server: a bundle is saved to a file (USB stick, e-mail), signed and encrypted for the chosen partner only.</translation>
    </message>
    <message>
        <location filename="../../ui/sync/page.py" line="117" />
        <source>&lt;b&gt;Tato instalace:&lt;/b&gt; {0}&lt;br&gt;Otisk pro ověření telefonem: &lt;span style='font-size:13pt; font-family:monospace'&gt;{1}&lt;/span&gt;</source>
        <translation>&lt;b&gt;This installation:&lt;/b&gt; {0}&lt;br&gt;Fingerprint to check by phone: &lt;span style='font-size:13pt; font-family:monospace'&gt;{1}&lt;/span&gt;</translation>
    </message>
    <message>
        <location filename="../../ui/sync/page.py" line="121" />
        <source>Uložit kartu instalace…</source>
        <translation>Save installation card…</translation>
    </message>
    <message>
        <location filename="../../ui/sync/page.py" line="128" />
        <source>Přidat partnera z karty…</source>
        <translation>Add partner from card…</translation>
    </message>
    <message>
        <location filename="../../ui/sync/page.py" line="129" />
        <source>Rozsah dat…</source>
        <translation>Data scope…</translation>
    </message>
    <message>
        <location filename="../../ui/sync/page.py" line="130" />
        <source>Odvolat</source>
        <translation>Revoke</translation>
    </message>
    <message>
        <location filename="../../ui/sync/page.py" line="131" />
        <source>Vytvořit balíček pro partnera…</source>
        <translation>Create bundle for partner…</translation>
    </message>
    <message>
        <location filename="../../ui/sync/page.py" line="133" />
        <source>Načíst balíček…</source>
        <translation>Load bundle…</translation>
    </message>
    <message>
        <location filename="../../ui/sync/page.py" line="162" />
        <source>Ponechat platnou hodnotu</source>
        <translation>Keep the current value</translation>
    </message>
    <message>
        <location filename="../../ui/sync/page.py" line="163" />
        <source>Obnovit přepsanou hodnotu</source>
        <translation>Restore the overwritten value</translation>
    </message>
    <message>
        <location filename="../../ui/sync/page.py" line="167" />
        <source>Když dva lidé změní stejný údaj, než si instalace vymění data, platí novější změna. Ta druhá se neztratí: je tady, dokud ji někdo neposoudí. Obnovená hodnota platí po další výměně všude.</source>
        <translation>When two people change the same field before the installations exchange data, the newer change wins. The other one is not lost: it waits here until someone reviews it. A restored value applies everywhere after the next exchange.</translation>
    </message>
    <message>
        <location filename="../../ui/sync/page.py" line="183" />
        <source>Partneři a výměna</source>
        <translation>Partners and exchange</translation>
    </message>
    <message>
        <location filename="../../ui/sync/page.py" line="199" />
        <source>Konflikty ({0})</source>
        <translation>Conflicts ({0})</translation>
    </message>
    <message>
        <location filename="../../ui/sync/page.py" line="206" />
        <source>Nejdřív vyberte partnera v seznamu.</source>
        <translation>Select a partner in the list first.</translation>
    </message>
    <message>
        <location filename="../../ui/sync/page.py" line="214" />
        <source>Uložit kartu instalace</source>
        <translation>Save installation card</translation>
    </message>
    <message>
        <location filename="../../ui/sync/page.py" line="216" />
        <source>Karta instalace (*.kmbcard)</source>
        <translation>Installation card (*.kmbcard)</translation>
    </message>
    <message>
        <location filename="../../ui/sync/page.py" line="224" />
        <source>Karta uložena do {0}. Pošlete ji partnerovi a otisk mu přečtěte do telefonu.</source>
        <translation>Card saved to {0}. Send it to the partner and read them the fingerprint by phone.</translation>
    </message>
    <message>
        <location filename="../../ui/sync/page.py" line="228" />
        <source>Karta partnera</source>
        <translation>Partner's card</translation>
    </message>
    <message>
        <location filename="../../ui/sync/page.py" line="229" />
        <source>Karta instalace (*.kmbcard *.json);;Všechny soubory (*)</source>
        <translation>Installation card (*.kmbcard *.json);;All files (*)</translation>
    </message>
    <message>
        <location filename="../../ui/sync/page.py" line="240" />
        <source>Ověřte otisk</source>
        <translation>Check the fingerprint</translation>
    </message>
    <message>
        <location filename="../../ui/sync/page.py" line="241" />
        <source>Partner: {0}

Otisk: {1}

Zavolejte partnerovi a nechte si přečíst otisk jeho instalace. Souhlasí?</source>
        <translation>Partner: {0}

Fingerprint: {1}

Call the partner and have them read their installation's fingerprint. Does it match?</translation>
    </message>
    <message>
        <location filename="../../ui/sync/page.py" line="256" />
        <source>Odvolat partnera</source>
        <translation>Revoke partner</translation>
    </message>
    <message>
        <location filename="../../ui/sync/page.py" line="257" />
        <source>Odvolat instalaci „{0}“? Její balíčky se už nenačtou (např. ztracený notebook). Vrátit to nelze.</source>
        <translation>Revoke installation “{0}”? Its bundles will no longer load (e.g. a lost laptop). This cannot be undone.</translation>
    </message>
    <message>
        <location filename="../../ui/sync/page.py" line="272" />
        <source>Uložit balíček</source>
        <translation>Save bundle</translation>
    </message>
    <message>
        <location filename="../../ui/sync/page.py" line="274" />
        <source>Balíček KMB (*.kmbx)</source>
        <translation>KMB bundle (*.kmbx)</translation>
    </message>
    <message>
        <location filename="../../ui/sync/page.py" line="278" />
        <source>Vytvářím balíček…</source>
        <translation>Creating bundle…</translation>
    </message>
    <message>
        <location filename="../../ui/sync/page.py" line="283" />
        <source>Balíček pro „{0}“ je uložen: {1} záznamů, {2} kB.</source>
        <translation>Bundle for “{0}” saved: {1} records, {2} kB.</translation>
    </message>
    <message>
        <location filename="../../ui/sync/page.py" line="287" />
        <source>Načíst balíček</source>
        <translation>Load bundle</translation>
    </message>
    <message>
        <location filename="../../ui/sync/page.py" line="288" />
        <source>Balíček KMB (*.kmbx);;Všechny soubory (*)</source>
        <translation>KMB bundle (*.kmbx);;All files (*)</translation>
    </message>
    <message>
        <location filename="../../ui/sync/page.py" line="292" />
        <source>Načítám balíček…</source>
        <translation>Loading bundle…</translation>
    </message>
    <message>
        <location filename="../../ui/sync/page.py" line="305" />
        <source>Zrušeno; nic se nezměnilo.</source>
        <translation>Cancelled; nothing changed.</translation>
    </message>
    <message>
        <location filename="../../ui/sync/page.py" line="311" />
        <source>Konflikty</source>
        <translation>Conflicts</translation>
    </message>
    <message>
        <location filename="../../ui/sync/page.py" line="312" />
        <source>Nejdřív vyberte konflikt v seznamu.</source>
        <translation>Select a conflict in the list first.</translation>
    </message>
</context>
<context>
    <name>TagDialog</name>
    <message>
        <location filename="../../ui/programmes/dialogs.py" line="64" />
        <source>Zařadit případ do programu</source>
        <translation>Add a case to the programme</translation>
    </message>
    <message>
        <location filename="../../ui/programmes/dialogs.py" line="65" />
        <source>Zařadit smlouvu do programu</source>
        <translation>Add a lease to the programme</translation>
    </message>
    <message>
        <location filename="../../ui/programmes/dialogs.py" line="66" />
        <source>Zařadit rozpočet fondu do programu</source>
        <translation>Add a fund budget to the programme</translation>
    </message>
    <message>
        <location filename="../../ui/programmes/dialogs.py" line="68" />
        <source>Program: {0}</source>
        <translation>Programme: {0}</translation>
    </message>
    <message>
        <location filename="../../ui/programmes/dialogs.py" line="69" />
        <source>Zařadit</source>
        <translation>Add</translation>
    </message>
    <message>
        <location filename="../../ui/programmes/dialogs.py" line="77" />
        <source>Případ *</source>
        <translation>Case *</translation>
    </message>
    <message>
        <location filename="../../ui/programmes/dialogs.py" line="77" />
        <source>Smlouva *</source>
        <translation>Lease *</translation>
    </message>
    <message>
        <location filename="../../ui/programmes/dialogs.py" line="78" />
        <source>Rozpočet *</source>
        <translation>Budget *</translation>
    </message>
    <message>
        <location filename="../../ui/programmes/dialogs.py" line="80" />
        <source>Zařazeno dne</source>
        <translation>Added on</translation>
    </message>
    <message>
        <location filename="../../ui/programmes/dialogs.py" line="89" />
        <source>Vyberte záznam ze seznamu.</source>
        <translation>Choose a record from the list.</translation>
    </message>
</context>
<context>
    <name>TaskDialog</name>
    <message>
        <location filename="../../ui/cases/dialogs.py" line="92" />
        <source>Nový úkol</source>
        <translation>New task</translation>
    </message>
    <message>
        <location filename="../../ui/cases/dialogs.py" line="92" />
        <source>Přidat úkol</source>
        <translation>Add task</translation>
    </message>
    <message>
        <location filename="../../ui/cases/dialogs.py" line="99" />
        <source>schránka odboru: {0}</source>
        <translation>department inbox: {0}</translation>
    </message>
    <message>
        <location filename="../../ui/cases/dialogs.py" line="105" />
        <source>Co udělat</source>
        <translation>What to do</translation>
    </message>
    <message>
        <location filename="../../ui/cases/dialogs.py" line="106" />
        <source>Kdo</source>
        <translation>Who</translation>
    </message>
    <message>
        <location filename="../../ui/cases/dialogs.py" line="107" />
        <source>Termín</source>
        <translation>Due</translation>
    </message>
    <message>
        <location filename="../../ui/cases/dialogs.py" line="108" />
        <source>Podrobnosti</source>
        <translation>Details</translation>
    </message>
</context>
<context>
    <name>TemplateEditor</name>
    <message>
        <location filename="../../ui/widgets/template_editor.py" line="34" />
        <source>Hledat zástupný symbol…</source>
        <translation>Search placeholders…</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/template_editor.py" line="48" />
        <source>Vložit do textu</source>
        <translation>Insert into the text</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/template_editor.py" line="53" />
        <source>Zástupné symboly – vloží se na místo kurzoru:</source>
        <translation>Placeholders – inserted at the cursor:</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/template_editor.py" line="79" />
        <source>Náhled (vzorová data)</source>
        <translation>Preview (example data)</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/template_editor.py" line="114" />
        <source>připravuji…</source>
        <translation>preparing…</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/template_editor.py" line="132" />
        <source>stran: {0}</source>
        <translation>pages: {0}</translation>
    </message>
</context>
<context>
    <name>UsersTab</name>
    <message>
        <location filename="../../ui/settings/users_tab.py" line="29" />
        <source>Jméno</source>
        <translation>Name</translation>
    </message>
    <message>
        <location filename="../../ui/settings/users_tab.py" line="30" />
        <source>Uživatelské jméno</source>
        <translation>User name</translation>
    </message>
    <message>
        <location filename="../../ui/settings/users_tab.py" line="32" />
        <source>Role</source>
        <translation>Role</translation>
    </message>
    <message>
        <location filename="../../ui/settings/users_tab.py" line="34" />
        <source>Stav</source>
        <translation>State</translation>
    </message>
    <message>
        <location filename="../../ui/settings/users_tab.py" line="35" />
        <source>Pohlaví</source>
        <translation>Sex</translation>
    </message>
    <message>
        <location filename="../../ui/settings/users_tab.py" line="41" />
        <source>žena</source>
        <translation>woman</translation>
    </message>
    <message>
        <location filename="../../ui/settings/users_tab.py" line="42" />
        <source>muž</source>
        <translation>man</translation>
    </message>
    <message>
        <location filename="../../ui/settings/users_tab.py" line="43" />
        <source>neuvedeno</source>
        <translation>not stated</translation>
    </message>
    <message>
        <location filename="../../ui/settings/users_tab.py" line="56" />
        <source>z jiné instalace, bez přihlášení</source>
        <translation>from another installation, no login</translation>
    </message>
    <message>
        <location filename="../../ui/settings/users_tab.py" line="57" />
        <source>aktivní</source>
        <translation>active</translation>
    </message>
    <message>
        <location filename="../../ui/settings/users_tab.py" line="58" />
        <source>zablokován</source>
        <translation>blocked</translation>
    </message>
    <message>
        <location filename="../../ui/settings/users_tab.py" line="81" />
        <source>Nový uživatel…</source>
        <translation>New user…</translation>
    </message>
    <message>
        <location filename="../../ui/settings/users_tab.py" line="82" />
        <source>Nastavit heslo…</source>
        <translation>Set password…</translation>
    </message>
    <message>
        <location filename="../../ui/settings/users_tab.py" line="83" />
        <source>Změnit své heslo…</source>
        <translation>Change my password…</translation>
    </message>
    <message>
        <location filename="../../ui/settings/users_tab.py" line="84" />
        <source>Zablokovat / odblokovat</source>
        <translation>Block / unblock</translation>
    </message>
    <message>
        <location filename="../../ui/settings/users_tab.py" line="85" />
        <source>Dát přihlášení…</source>
        <translation>Give a login…</translation>
    </message>
    <message>
        <location filename="../../ui/settings/users_tab.py" line="87" />
        <source>Nový klíč databáze…</source>
        <translation>New database key…</translation>
    </message>
    <message>
        <location filename="../../ui/settings/users_tab.py" line="88" />
        <source>Pohlaví…</source>
        <translation>Sex…</translation>
    </message>
    <message>
        <location filename="../../ui/settings/users_tab.py" line="107" />
        <source>Hesla zůstávají v této instalaci; do balíčků pro jiné instalace se nepřenášejí.</source>
        <translation>Passwords stay on this installation; they never travel in bundles.</translation>
    </message>
    <message>
        <location filename="../../ui/settings/users_tab.py" line="149" />
        <source>Zablokovat účet</source>
        <translation>Block account</translation>
    </message>
    <message>
        <location filename="../../ui/settings/users_tab.py" line="150" />
        <source>Zablokovat účet {0}? Databáze dostane nový klíč a zobrazí se nový klíč pro obnovu – připravte si ho vytisknout a uložit do trezoru.</source>
        <translation>Block the account of {0}? The database gets a new key and a new recovery key is shown – be ready to print it and store it in the safe.</translation>
    </message>
    <message>
        <location filename="../../ui/settings/users_tab.py" line="157" />
        <source>Uživatelé</source>
        <translation>Users</translation>
    </message>
    <message>
        <location filename="../../ui/settings/users_tab.py" line="167" />
        <location filename="../../ui/settings/users_tab.py" line="174" />
        <location filename="../../ui/settings/users_tab.py" line="185" />
        <source>Nový klíč databáze</source>
        <translation>New database key</translation>
    </message>
    <message>
        <location filename="../../ui/settings/users_tab.py" line="168" />
        <source>Dát databázi nový klíč? Starý klíč pro obnovu pak otevře už jen starší zálohy.</source>
        <translation>Give the database a new key? The old recovery key will then open only older backups.</translation>
    </message>
    <message>
        <location filename="../../ui/settings/users_tab.py" line="186" />
        <source>Tyto účty mají heslo ze starší verze a nový klíč nedostaly; nastavte jim nové heslo (Nastavit heslo…): {0}</source>
        <translation>These accounts have a password from an older version and did not get the new key; set them a new password (Set password…): {0}</translation>
    </message>
</context>
<context>
    <name>WhatIfView</name>
    <message>
        <location filename="../../ui/allocation/whatif_view.py" line="33" />
        <source>vyřazena</source>
        <translation>excluded</translation>
    </message>
    <message>
        <location filename="../../ui/allocation/whatif_view.py" line="40" />
        <source>nově v pořadí</source>
        <translation>newly ranked</translation>
    </message>
    <message>
        <location filename="../../ui/allocation/whatif_view.py" line="42" />
        <source>nově vyřazena</source>
        <translation>newly left out</translation>
    </message>
    <message>
        <location filename="../../ui/allocation/whatif_view.py" line="52" />
        <source>Byt</source>
        <translation>Flat</translation>
    </message>
    <message>
        <location filename="../../ui/allocation/whatif_view.py" line="53" />
        <source>Kategorie</source>
        <translation>Category</translation>
    </message>
    <message>
        <location filename="../../ui/allocation/whatif_view.py" line="64" />
        <source>Domácnost</source>
        <translation>Household</translation>
    </message>
    <message>
        <location filename="../../ui/allocation/whatif_view.py" line="65" />
        <location filename="../../ui/allocation/whatif_view.py" line="78" />
        <source>Dnes</source>
        <translation>Today</translation>
    </message>
    <message>
        <location filename="../../ui/allocation/whatif_view.py" line="80" />
        <source>Podle návrhu</source>
        <translation>By the draft</translation>
    </message>
    <message>
        <location filename="../../ui/allocation/whatif_view.py" line="68" />
        <source>Změna</source>
        <translation>Change</translation>
    </message>
    <message>
        <location filename="../../ui/allocation/whatif_view.py" line="55" />
        <source>První
dnes</source>
        <translation>First
today</translation>
    </message>
    <message>
        <location filename="../../ui/allocation/whatif_view.py" line="57" />
        <source>První podle
návrhu</source>
        <translation>First by
the draft</translation>
    </message>
    <message>
        <location filename="../../ui/allocation/whatif_view.py" line="59" />
        <source>V pořadí
dnes / návrh</source>
        <translation>Ranked
today / draft</translation>
    </message>
    <message>
        <location filename="../../ui/allocation/whatif_view.py" line="61" />
        <source>Změn
pořadí</source>
        <translation>Rank
changes</translation>
    </message>
    <message>
        <location filename="../../ui/allocation/whatif_view.py" line="66" />
        <source>Podle
návrhu</source>
        <translation>By the
draft</translation>
    </message>
    <message>
        <location filename="../../ui/allocation/whatif_view.py" line="69" />
        <source>Body
dnes</source>
        <translation>Points
today</translation>
    </message>
    <message>
        <location filename="../../ui/allocation/whatif_view.py" line="71" />
        <source>Body podle
návrhu</source>
        <translation>Points by
the draft</translation>
    </message>
    <message>
        <location filename="../../ui/allocation/whatif_view.py" line="73" />
        <source>Proč
vyřazena</source>
        <translation>Why
left out</translation>
    </message>
    <message>
        <location filename="../../ui/allocation/whatif_view.py" line="77" />
        <source>Skupina</source>
        <translation>Group</translation>
    </message>
    <message>
        <location filename="../../ui/allocation/whatif_view.py" line="82" />
        <source>Rozdíl</source>
        <translation>Difference</translation>
    </message>
    <message>
        <location filename="../../ui/allocation/whatif_view.py" line="116" />
        <source>Porovná pořadí na všech volných bytech podle platných pravidel a podle upravovaného návrhu (i neuloženého). Nic se neukládá.</source>
        <translation>Compares the ranking of every vacant flat by the current rules and by the edited draft (even unsaved). Nothing is stored.</translation>
    </message>
    <message>
        <location filename="../../ui/allocation/whatif_view.py" line="120" />
        <source>Porovnat s platnými pravidly</source>
        <translation>Compare with the current rules</translation>
    </message>
    <message>
        <location filename="../../ui/allocation/whatif_view.py" line="137" />
        <source>Vyberte byt</source>
        <translation>Select a flat</translation>
    </message>
    <message>
        <location filename="../../ui/allocation/whatif_view.py" line="140" />
        <source>Kdyby každý volný byt dostala první domácnost v jeho pořadí, která ještě žádný byt nedostala: komu by byty připadly podle žádané kategorie a podle bytové nouze – dnes a podle návrhu.</source>
        <translation>If each vacant flat went to the first household in its ranking not yet given one: who would get the flats, by the category asked for and by housing need – today and by the draft.</translation>
    </message>
    <message>
        <location filename="../../ui/allocation/whatif_view.py" line="161" />
        <source>Volné byty a posuny v pořadí</source>
        <translation>Vacant flats and rank changes</translation>
    </message>
    <message>
        <location filename="../../ui/allocation/whatif_view.py" line="162" />
        <source>Podíly přidělení</source>
        <translation>Allocation shares</translation>
    </message>
    <message>
        <location filename="../../ui/allocation/whatif_view.py" line="174" />
        <source>Návrh obsahuje chyby; opravte ho v Úpravách.</source>
        <translation>The draft has errors; fix it under Edit.</translation>
    </message>
    <message>
        <location filename="../../ui/allocation/whatif_view.py" line="181" />
        <source>Porovnávám pravidla…</source>
        <translation>Comparing the rules…</translation>
    </message>
    <message>
        <location filename="../../ui/allocation/whatif_view.py" line="195" />
        <source>Platná: &lt;b&gt;{0}&lt;/b&gt; · návrh: &lt;b&gt;{1}&lt;/b&gt;. Volných bytů {2}; pořadí se mění u {3}, jiná domácnost by byla první u {4}.</source>
        <translation>In force: &lt;b&gt;{0}&lt;/b&gt; · draft: &lt;b&gt;{1}&lt;/b&gt;. {2} vacant flats; the ranking changes for {3}, another household would be first for {4}.</translation>
    </message>
    <message>
        <location filename="../../ui/allocation/whatif_view.py" line="208" />
        <source>{0}, byt č. {1}: kdo se posune</source>
        <translation>{0}, flat no. {1}: who moves</translation>
    </message>
</context>
<context>
    <name>WithdrawDialog</name>
    <message>
        <location filename="../../ui/flats/offer_dialogs.py" line="99" />
        <source>Stáhnout nabídku</source>
        <translation>Withdraw the offer</translation>
    </message>
    <message>
        <location filename="../../ui/flats/offer_dialogs.py" line="103" />
        <source>Stáhnout nabídku bytu domácnosti &lt;b&gt;{0}&lt;/b&gt;? Stažení se do odmítnutí nepočítá.</source>
        <translation>Withdraw the offer to &lt;b&gt;{0}&lt;/b&gt;? A withdrawal does not count as a refusal.</translation>
    </message>
    <message>
        <location filename="../../ui/flats/offer_dialogs.py" line="105" />
        <source>Proč *</source>
        <translation>Why *</translation>
    </message>
    <message>
        <location filename="../../ui/flats/offer_dialogs.py" line="106" />
        <source>Stáhnout</source>
        <translation>Withdraw</translation>
    </message>
    <message>
        <location filename="../../ui/cases/consents.py" line="81" />
        <source>Od tohoto dne se k účelu „{0}“ nic dalšího nepředá.</source>
        <translation>From this day nothing more is passed on for “{0}”.</translation>
    </message>
    <message>
        <location filename="../../ui/cases/consents.py" line="84" />
        <source>Údaje, které partnerská organizace už dostala, u ní zůstávají – požádejte ji o jejich výmaz.</source>
        <translation>Data the partner organisation has already received stay with it – ask it to erase them.</translation>
    </message>
    <message>
        <location filename="../../ui/cases/consents.py" line="86" />
        <source>Odvolání souhlasu</source>
        <translation>Withdrawal of consent</translation>
    </message>
    <message>
        <location filename="../../ui/cases/consents.py" line="87" />
        <source>Odvolat souhlas</source>
        <translation>Withdraw consent</translation>
    </message>
    <message>
        <location filename="../../ui/cases/consents.py" line="89" />
        <source>Odvolán dne</source>
        <translation>Withdrawn on</translation>
    </message>
    <message>
        <location filename="../../ui/cases/consents.py" line="95" />
        <source>Zadejte datum.</source>
        <translation>Enter a date.</translation>
    </message>
</context>
<context>
    <name>_Slot</name>
    <message>
        <location filename="../../ui/widgets/lazy_tabs.py" line="27" />
        <source>Tato část není pro vaši roli.</source>
        <translation>This part is not for your role.</translation>
    </message>
</context>
<context>
    <name>areas</name>
    <message>
        <location filename="../../ui/areas.py" line="119" />
        <source>Klienti</source>
        <translation>Clients</translation>
    </message>
    <message>
        <location filename="../../ui/areas.py" line="123" />
        <source>Byty</source>
        <translation>Flats</translation>
    </message>
    <message>
        <location filename="../../ui/areas.py" line="124" />
        <source>Žádosti o byt</source>
        <translation>Flat applications</translation>
    </message>
    <message>
        <location filename="../../ui/areas.py" line="121" />
        <source>Sociální šetření</source>
        <translation>Social assessments</translation>
    </message>
    <message>
        <location filename="../../ui/areas.py" line="115" />
        <source>Přehled</source>
        <translation>Overview</translation>
    </message>
    <message>
        <location filename="../../ui/areas.py" line="116" />
        <source>Úkoly</source>
        <translation>Tasks</translation>
    </message>
    <message>
        <location filename="../../ui/areas.py" line="117" />
        <source>Příjem</source>
        <translation>Intake</translation>
    </message>
    <message>
        <location filename="../../ui/areas.py" line="118" />
        <source>Případy</source>
        <translation>Cases</translation>
    </message>
    <message>
        <location filename="../../ui/areas.py" line="126" />
        <source>Kontroly bytů</source>
        <translation>Flat inspections</translation>
    </message>
    <message>
        <location filename="../../ui/areas.py" line="128" />
        <source>Smlouvy</source>
        <translation>Leases</translation>
    </message>
    <message>
        <location filename="../../ui/areas.py" line="129" />
        <source>Pronajímatelé</source>
        <translation>Landlords</translation>
    </message>
    <message>
        <location filename="../../ui/areas.py" line="131" />
        <source>Krizový fond</source>
        <translation>Crisis fund</translation>
    </message>
    <message>
        <location filename="../../ui/areas.py" line="132" />
        <source>Statistiky</source>
        <translation>Statistics</translation>
    </message>
    <message>
        <location filename="../../ui/areas.py" line="134" />
        <source>Programy a dotace</source>
        <translation>Programmes and grants</translation>
    </message>
    <message>
        <location filename="../../ui/areas.py" line="136" />
        <source>Synchronizace</source>
        <translation>Synchronisation</translation>
    </message>
    <message>
        <location filename="../../ui/areas.py" line="138" />
        <source>Nastavení</source>
        <translation>Settings</translation>
    </message>
</context>
<context>
    <name>demo</name>
    <message>
        <location filename="../../ui/app.py" line="95" />
        <source>Vytvářím ukázkový úřad: {0}</source>
        <translation>Building the demo office: {0}</translation>
    </message>
    <message>
        <location filename="../../ui/app.py" line="98" />
        <source>Vytvářím ukázkový úřad…</source>
        <translation>Building the demo office…</translation>
    </message>
</context>
<context>
    <name>labels</name>
    <message>
        <location filename="../../app/labels.py" line="33" />
        <source>opatrovník</source>
        <translation>guardian</translation>
    </message>
    <message>
        <location filename="../../app/labels.py" line="34" />
        <source>zákonný zástupce</source>
        <translation>legal representative</translation>
    </message>
    <message>
        <location filename="../../app/labels.py" line="35" />
        <source>zmocněnec</source>
        <translation>attorney</translation>
    </message>
    <message>
        <location filename="../../app/labels.py" line="36" />
        <source>podpůrce</source>
        <translation>supporter</translation>
    </message>
    <message>
        <location filename="../../app/labels.py" line="37" />
        <source>sociální</source>
        <translation>social</translation>
    </message>
    <message>
        <location filename="../../app/labels.py" line="38" />
        <source>klíčové profese</source>
        <translation>key professions</translation>
    </message>
    <message>
        <location filename="../../app/labels.py" line="39" />
        <source>senioři</source>
        <translation>seniors</translation>
    </message>
    <message>
        <location filename="../../app/labels.py" line="40" />
        <source>zvláštní určení</source>
        <translation>special purpose</translation>
    </message>
    <message>
        <location filename="../../app/labels.py" line="41" />
        <source>běžný</source>
        <translation>standard</translation>
    </message>
    <message>
        <location filename="../../app/labels.py" line="42" />
        <source>volný</source>
        <translation>vacant</translation>
    </message>
    <message>
        <location filename="../../app/labels.py" line="43" />
        <source>obsazený</source>
        <translation>occupied</translation>
    </message>
    <message>
        <location filename="../../app/labels.py" line="44" />
        <source>v opravě</source>
        <translation>under repair</translation>
    </message>
    <message>
        <location filename="../../app/labels.py" line="45" />
        <source>žena</source>
        <translation>woman</translation>
    </message>
    <message>
        <location filename="../../app/labels.py" line="46" />
        <source>muž</source>
        <translation>man</translation>
    </message>
    <message>
        <location filename="../../app/labels.py" line="47" />
        <source>žadatel / hlava domácnosti</source>
        <translation>applicant / head of household</translation>
    </message>
    <message>
        <location filename="../../app/labels.py" line="48" />
        <source>manžel(ka) / partner(ka)</source>
        <translation>spouse / partner</translation>
    </message>
    <message>
        <location filename="../../app/labels.py" line="49" />
        <source>dítě</source>
        <translation>child</translation>
    </message>
    <message>
        <location filename="../../app/labels.py" line="50" />
        <source>rodič</source>
        <translation>parent</translation>
    </message>
    <message>
        <location filename="../../app/labels.py" line="51" />
        <source>sourozenec</source>
        <translation>sibling</translation>
    </message>
    <message>
        <location filename="../../app/labels.py" line="52" />
        <source>vnouče</source>
        <translation>grandchild</translation>
    </message>
    <message>
        <location filename="../../app/labels.py" line="53" />
        <source>prarodič</source>
        <translation>grandparent</translation>
    </message>
    <message>
        <location filename="../../app/labels.py" line="54" />
        <source>jiný příbuzný</source>
        <translation>other relative</translation>
    </message>
    <message>
        <location filename="../../app/labels.py" line="55" />
        <source>jiný vztah</source>
        <translation>other relation</translation>
    </message>
    <message>
        <location filename="../../app/labels.py" line="56" />
        <source>osobně</source>
        <translation>in person</translation>
    </message>
    <message>
        <location filename="../../app/labels.py" line="57" />
        <source>telefon</source>
        <translation>phone</translation>
    </message>
    <message>
        <location filename="../../app/labels.py" line="58" />
        <source>e-mail</source>
        <translation>e-mail</translation>
    </message>
    <message>
        <location filename="../../app/labels.py" line="59" />
        <source>terén</source>
        <translation>field</translation>
    </message>
    <message>
        <location filename="../../app/labels.py" line="60" />
        <source>akutní – dnes</source>
        <translation>acute – today</translation>
    </message>
    <message>
        <location filename="../../app/labels.py" line="61" />
        <source>do týdne</source>
        <translation>within a week</translation>
    </message>
    <message>
        <location filename="../../app/labels.py" line="62" />
        <source>plánované</source>
        <translation>planned</translation>
    </message>
    <message>
        <location filename="../../app/labels.py" line="63" />
        <source>jen informace</source>
        <translation>information only</translation>
    </message>
    <message>
        <location filename="../../app/labels.py" line="64" />
        <source>předání na službu</source>
        <translation>referral</translation>
    </message>
    <message>
        <location filename="../../app/labels.py" line="65" />
        <source>otevřen případ</source>
        <translation>case opened</translation>
    </message>
    <message>
        <location filename="../../app/labels.py" line="66" />
        <source>občanská poradna</source>
        <translation>citizens' advice</translation>
    </message>
    <message>
        <location filename="../../app/labels.py" line="67" />
        <source>dluhová poradna</source>
        <translation>debt counselling</translation>
    </message>
    <message>
        <location filename="../../app/labels.py" line="68" />
        <source>nestátní nezisková organizace</source>
        <translation>NGO</translation>
    </message>
    <message>
        <location filename="../../app/labels.py" line="69" />
        <source>sociální rehabilitace</source>
        <translation>social rehabilitation</translation>
    </message>
    <message>
        <location filename="../../app/labels.py" line="70" />
        <source>psychiatrická péče</source>
        <translation>psychiatric care</translation>
    </message>
    <message>
        <location filename="../../app/labels.py" line="71" />
        <source>úřad práce</source>
        <translation>labour office</translation>
    </message>
    <message>
        <location filename="../../app/labels.py" line="72" />
        <source>sociální odbor</source>
        <translation>social department</translation>
    </message>
    <message>
        <location filename="../../app/labels.py" line="73" />
        <source>azylové a noclehárenské služby</source>
        <translation>shelters and night shelters</translation>
    </message>
    <message>
        <location filename="../../app/labels.py" line="74" />
        <location filename="../../app/labels.py" line="172" />
        <source>jiná služba</source>
        <translation>other service</translation>
    </message>
    <message>
        <location filename="../../app/labels.py" line="75" />
        <source>předání případu partnerské organizaci</source>
        <translation>sharing the case with a partner organisation</translation>
    </message>
    <message>
        <location filename="../../app/labels.py" line="77" />
        <source>kontaktování příbuzných a blízkých osob</source>
        <translation>contacting relatives and close persons</translation>
    </message>
    <message>
        <location filename="../../app/labels.py" line="79" />
        <source>předání údajů dalším institucím</source>
        <translation>passing data to other institutions</translation>
    </message>
    <message>
        <location filename="../../app/labels.py" line="81" />
        <source>nový</source>
        <translation>new</translation>
    </message>
    <message>
        <location filename="../../app/labels.py" line="82" />
        <source>v řešení</source>
        <translation>in progress</translation>
    </message>
    <message>
        <location filename="../../app/labels.py" line="83" />
        <source>zabydlen</source>
        <translation>housed</translation>
    </message>
    <message>
        <location filename="../../app/labels.py" line="84" />
        <source>uzavřen</source>
        <translation>closed</translation>
    </message>
    <message>
        <location filename="../../app/labels.py" line="85" />
        <source>šetření probíhá</source>
        <translation>assessment in progress</translation>
    </message>
    <message>
        <location filename="../../app/labels.py" line="86" />
        <source>zapsán jako potřebný</source>
        <translation>registered as in need</translation>
    </message>
    <message>
        <location filename="../../app/labels.py" line="87" />
        <source>nesplňuje podmínky</source>
        <translation>does not qualify</translation>
    </message>
    <message>
        <location filename="../../app/labels.py" line="88" />
        <source>platnost zápisu skončila</source>
        <translation>entry expired</translation>
    </message>
    <message>
        <location filename="../../app/labels.py" line="89" />
        <source>zrušeno</source>
        <translation>cancelled</translation>
    </message>
    <message>
        <location filename="../../app/labels.py" line="90" />
        <source>trvalý pobyt v obvodu</source>
        <translation>permanent residence in the district</translation>
    </message>
    <message>
        <location filename="../../app/labels.py" line="91" />
        <source>v obvodu žije</source>
        <translation>lives in the district</translation>
    </message>
    <message>
        <location filename="../../app/labels.py" line="92" />
        <source>v obvodu pracuje</source>
        <translation>works in the district</translation>
    </message>
    <message>
        <location filename="../../app/labels.py" line="93" />
        <source>v obvodu studuje</source>
        <translation>studies in the district</translation>
    </message>
    <message>
        <location filename="../../app/labels.py" line="94" />
        <source>bez vazby na obvod</source>
        <translation>no link to the district</translation>
    </message>
    <message>
        <location filename="../../app/labels.py" line="95" />
        <source>zadaný ručně</source>
        <translation>entered by hand</translation>
    </message>
    <message>
        <location filename="../../app/labels.py" line="96" />
        <source>ověření předání</source>
        <translation>referral follow-up</translation>
    </message>
    <message>
        <location filename="../../app/labels.py" line="97" />
        <source>dohodnutý krok</source>
        <translation>agreed step</translation>
    </message>
    <message>
        <location filename="../../app/labels.py" line="98" />
        <source>závada v bytě</source>
        <translation>defect in a flat</translation>
    </message>
    <message>
        <location filename="../../app/labels.py" line="99" />
        <source>dluh na nájemném</source>
        <translation>rent arrears</translation>
    </message>
    <message>
        <location filename="../../app/labels.py" line="100" />
        <source>prodloužení nájmu</source>
        <translation>lease renewal</translation>
    </message>
    <message>
        <location filename="../../app/labels.py" line="101" />
        <source>krizový fond</source>
        <translation>crisis fund</translation>
    </message>
    <message>
        <location filename="../../app/labels.py" line="102" />
        <source>stanovisko Úřadu práce</source>
        <translation>Labour Office opinion</translation>
    </message>
    <message>
        <location filename="../../app/labels.py" line="103" />
        <source>právní moc rozhodnutí</source>
        <translation>decision becoming final</translation>
    </message>
    <message>
        <location filename="../../app/labels.py" line="104" />
        <source>konec platnosti zápisu</source>
        <translation>end of the entry's validity</translation>
    </message>
    <message>
        <location filename="../../app/labels.py" line="105" />
        <source>podmínky splněny</source>
        <translation>conditions met</translation>
    </message>
    <message>
        <location filename="../../app/labels.py" line="106" />
        <source>podmínky nesplněny</source>
        <translation>conditions not met</translation>
    </message>
    <message>
        <location filename="../../app/labels.py" line="107" />
        <source>vyhověno – zápis do evidence</source>
        <translation>granted – entered in the register</translation>
    </message>
    <message>
        <location filename="../../app/labels.py" line="108" />
        <source>žádost zamítnuta</source>
        <translation>application rejected</translation>
    </message>
    <message>
        <location filename="../../app/labels.py" line="109" />
        <source>řízení zastaveno</source>
        <translation>procedure discontinued</translation>
    </message>
    <message>
        <location filename="../../app/labels.py" line="110" />
        <source>rozpracováno</source>
        <translation>draft</translation>
    </message>
    <message>
        <location filename="../../app/labels.py" line="111" />
        <source>uzavřeno</source>
        <translation>closed</translation>
    </message>
    <message>
        <location filename="../../app/labels.py" line="112" />
        <source>předání při nastěhování</source>
        <translation>move-in handover</translation>
    </message>
    <message>
        <location filename="../../app/labels.py" line="113" />
        <source>převzetí při vystěhování</source>
        <translation>move-out handover</translation>
    </message>
    <message>
        <location filename="../../app/labels.py" line="114" />
        <source>pravidelná kontrola</source>
        <translation>periodic inspection</translation>
    </message>
    <message>
        <location filename="../../app/labels.py" line="115" />
        <source>mimořádná kontrola</source>
        <translation>extraordinary inspection</translation>
    </message>
    <message>
        <location filename="../../app/labels.py" line="116" />
        <source>v pořádku</source>
        <translation>fine</translation>
    </message>
    <message>
        <location filename="../../app/labels.py" line="117" />
        <source>opotřebené</source>
        <translation>worn</translation>
    </message>
    <message>
        <location filename="../../app/labels.py" line="118" />
        <source>poškozené</source>
        <translation>damaged</translation>
    </message>
    <message>
        <location filename="../../app/labels.py" line="119" />
        <source>chybí</source>
        <translation>missing</translation>
    </message>
    <message>
        <location filename="../../app/labels.py" line="120" />
        <source>nekontrolováno</source>
        <translation>not checked</translation>
    </message>
    <message>
        <location filename="../../app/labels.py" line="121" />
        <source>byt</source>
        <translation>flat</translation>
    </message>
    <message>
        <location filename="../../app/labels.py" line="122" />
        <source>schránka</source>
        <translation>mailbox</translation>
    </message>
    <message>
        <location filename="../../app/labels.py" line="123" />
        <source>společné prostory</source>
        <translation>common areas</translation>
    </message>
    <message>
        <location filename="../../app/labels.py" line="124" />
        <source>jiné</source>
        <translation>other</translation>
    </message>
    <message>
        <location filename="../../app/labels.py" line="125" />
        <source>elektřina</source>
        <translation>electricity</translation>
    </message>
    <message>
        <location filename="../../app/labels.py" line="126" />
        <source>plyn</source>
        <translation>gas</translation>
    </message>
    <message>
        <location filename="../../app/labels.py" line="127" />
        <source>studená voda</source>
        <translation>cold water</translation>
    </message>
    <message>
        <location filename="../../app/labels.py" line="128" />
        <source>teplá voda</source>
        <translation>hot water</translation>
    </message>
    <message>
        <location filename="../../app/labels.py" line="129" />
        <source>teplo</source>
        <translation>heat</translation>
    </message>
    <message>
        <location filename="../../app/labels.py" line="130" />
        <source>mzda, plat</source>
        <translation>wage, salary</translation>
    </message>
    <message>
        <location filename="../../app/labels.py" line="131" />
        <source>důchod</source>
        <translation>pension</translation>
    </message>
    <message>
        <location filename="../../app/labels.py" line="132" />
        <source>podpora v nezaměstnanosti</source>
        <translation>unemployment benefit</translation>
    </message>
    <message>
        <location filename="../../app/labels.py" line="133" />
        <source>příspěvek na živobytí</source>
        <translation>subsistence allowance</translation>
    </message>
    <message>
        <location filename="../../app/labels.py" line="134" />
        <source>příspěvek na bydlení</source>
        <translation>housing allowance</translation>
    </message>
    <message>
        <location filename="../../app/labels.py" line="135" />
        <source>doplatek na bydlení</source>
        <translation>housing supplement</translation>
    </message>
    <message>
        <location filename="../../app/labels.py" line="136" />
        <source>přídavek na dítě</source>
        <translation>child benefit</translation>
    </message>
    <message>
        <location filename="../../app/labels.py" line="137" />
        <source>příspěvek na péči</source>
        <translation>care allowance</translation>
    </message>
    <message>
        <location filename="../../app/labels.py" line="138" />
        <source>rodičovský příspěvek</source>
        <translation>parental allowance</translation>
    </message>
    <message>
        <location filename="../../app/labels.py" line="139" />
        <source>výživné</source>
        <translation>maintenance</translation>
    </message>
    <message>
        <location filename="../../app/labels.py" line="140" />
        <source>dávka státní sociální pomoci</source>
        <translation>state social assistance benefit</translation>
    </message>
    <message>
        <location filename="../../app/labels.py" line="141" />
        <source>jiný příjem</source>
        <translation>other income</translation>
    </message>
    <message>
        <location filename="../../app/labels.py" line="142" />
        <location filename="../../app/labels.py" line="152" />
        <location filename="../../app/labels.py" line="200" />
        <source>platná</source>
        <translation>valid</translation>
    </message>
    <message>
        <location filename="../../app/labels.py" line="143" />
        <source>vyřízena přidělením</source>
        <translation>housed</translation>
    </message>
    <message>
        <location filename="../../app/labels.py" line="144" />
        <location filename="../../app/labels.py" line="150" />
        <source>stažena</source>
        <translation>withdrawn</translation>
    </message>
    <message>
        <location filename="../../app/labels.py" line="145" />
        <source>neobnovena</source>
        <translation>not renewed</translation>
    </message>
    <message>
        <location filename="../../app/labels.py" line="146" />
        <source>vyřazena</source>
        <translation>excluded</translation>
    </message>
    <message>
        <location filename="../../app/labels.py" line="147" />
        <source>čeká na odpověď</source>
        <translation>awaiting reply</translation>
    </message>
    <message>
        <location filename="../../app/labels.py" line="148" />
        <source>přijata</source>
        <translation>accepted</translation>
    </message>
    <message>
        <location filename="../../app/labels.py" line="149" />
        <source>odmítnuta</source>
        <translation>refused</translation>
    </message>
    <message>
        <location filename="../../app/labels.py" line="151" />
        <source>návrh</source>
        <translation>draft</translation>
    </message>
    <message>
        <location filename="../../app/labels.py" line="153" />
        <source>prodloužená</source>
        <translation>renewed</translation>
    </message>
    <message>
        <location filename="../../app/labels.py" line="154" />
        <location filename="../../app/labels.py" line="201" />
        <source>ukončená</source>
        <translation>ended</translation>
    </message>
    <message>
        <location filename="../../app/labels.py" line="155" />
        <source>odstěhování</source>
        <translation>moved out</translation>
    </message>
    <message>
        <location filename="../../app/labels.py" line="156" />
        <source>výpověď</source>
        <translation>notice</translation>
    </message>
    <message>
        <location filename="../../app/labels.py" line="157" />
        <source>dohoda</source>
        <translation>agreement</translation>
    </message>
    <message>
        <location filename="../../app/labels.py" line="158" />
        <source>úmrtí</source>
        <translation>death</translation>
    </message>
    <message>
        <location filename="../../app/labels.py" line="159" />
        <source>přestěhování</source>
        <translation>transfer</translation>
    </message>
    <message>
        <location filename="../../app/labels.py" line="160" />
        <source>výměna bytu</source>
        <translation>exchange of flats</translation>
    </message>
    <message>
        <location filename="../../app/labels.py" line="161" />
        <source>uplynutí doby</source>
        <translation>expiry</translation>
    </message>
    <message>
        <location filename="../../app/labels.py" line="162" />
        <source>jiný důvod</source>
        <translation>other reason</translation>
    </message>
    <message>
        <location filename="../../app/labels.py" line="164" />
        <source>vytápění</source>
        <translation>heating</translation>
    </message>
    <message>
        <location filename="../../app/labels.py" line="165" />
        <source>ohřev teplé vody</source>
        <translation>hot water</translation>
    </message>
    <message>
        <location filename="../../app/labels.py" line="166" />
        <source>vodné a stočné</source>
        <translation>water and sewage</translation>
    </message>
    <message>
        <location filename="../../app/labels.py" line="167" />
        <source>provoz výtahu</source>
        <translation>lift</translation>
    </message>
    <message>
        <location filename="../../app/labels.py" line="168" />
        <source>osvětlení a úklid společných prostor</source>
        <translation>lighting and cleaning of common areas</translation>
    </message>
    <message>
        <location filename="../../app/labels.py" line="169" />
        <source>odvoz odpadu</source>
        <translation>waste collection</translation>
    </message>
    <message>
        <location filename="../../app/labels.py" line="170" />
        <source>čištění komínů</source>
        <translation>chimney sweeping</translation>
    </message>
    <message>
        <location filename="../../app/labels.py" line="171" />
        <source>společná anténa</source>
        <translation>shared aerial</translation>
    </message>
    <message>
        <location filename="../../app/labels.py" line="173" />
        <source>zadáno ručně</source>
        <translation>entered by hand</translation>
    </message>
    <message>
        <location filename="../../app/labels.py" line="174" />
        <source>import od správce</source>
        <translation>imported from the manager</translation>
    </message>
    <message>
        <location filename="../../app/labels.py" line="175" />
        <source>automaticky (bez dluhu)</source>
        <translation>automatic (no arrears)</translation>
    </message>
    <message>
        <location filename="../../app/labels.py" line="176" />
        <source>k rozhodnutí (dluh)</source>
        <translation>to decide (arrears)</translation>
    </message>
    <message>
        <location filename="../../app/labels.py" line="177" />
        <source>čeká na rozhodnutí</source>
        <translation>waiting for a decision</translation>
    </message>
    <message>
        <location filename="../../app/labels.py" line="178" />
        <source>prodlouženo</source>
        <translation>renewed</translation>
    </message>
    <message>
        <location filename="../../app/labels.py" line="179" />
        <source>neprodlouženo</source>
        <translation>not renewed</translation>
    </message>
    <message>
        <location filename="../../app/labels.py" line="181" />
        <source>jistota</source>
        <translation>deposit</translation>
    </message>
    <message>
        <location filename="../../app/labels.py" line="182" />
        <source>dluh na nájmu</source>
        <translation>rent arrears</translation>
    </message>
    <message>
        <location filename="../../app/labels.py" line="183" />
        <source>první nájem</source>
        <translation>first rent</translation>
    </message>
    <message>
        <location filename="../../app/labels.py" line="184" />
        <source>vybavení</source>
        <translation>furnishing</translation>
    </message>
    <message>
        <location filename="../../app/labels.py" line="185" />
        <source>jiný účel</source>
        <translation>other purpose</translation>
    </message>
    <message>
        <location filename="../../app/labels.py" line="186" />
        <source>podaná</source>
        <translation>filed</translation>
    </message>
    <message>
        <location filename="../../app/labels.py" line="187" />
        <source>schválená</source>
        <translation>approved</translation>
    </message>
    <message>
        <location filename="../../app/labels.py" line="188" />
        <source>zamítnutá</source>
        <translation>rejected</translation>
    </message>
    <message>
        <location filename="../../app/labels.py" line="189" />
        <source>vyplacená</source>
        <translation>paid</translation>
    </message>
    <message>
        <location filename="../../app/labels.py" line="190" />
        <source>splácí se</source>
        <translation>repaying</translation>
    </message>
    <message>
        <location filename="../../app/labels.py" line="191" />
        <source>uzavřená</source>
        <translation>closed</translation>
    </message>
    <message>
        <location filename="../../app/labels.py" line="192" />
        <source>schváleno</source>
        <translation>approved</translation>
    </message>
    <message>
        <location filename="../../app/labels.py" line="193" />
        <source>zamítnuto</source>
        <translation>rejected</translation>
    </message>
    <message>
        <location filename="../../app/labels.py" line="195" />
        <source>fyzická osoba</source>
        <translation>private person</translation>
    </message>
    <message>
        <location filename="../../app/labels.py" line="196" />
        <source>právnická osoba</source>
        <translation>company</translation>
    </message>
    <message>
        <location filename="../../app/labels.py" line="197" />
        <source>nájem</source>
        <translation>lease</translation>
    </message>
    <message>
        <location filename="../../app/labels.py" line="198" />
        <source>podnájem</source>
        <translation>sublease</translation>
    </message>
    <message>
        <location filename="../../app/labels.py" line="199" />
        <source>sjednává se</source>
        <translation>being arranged</translation>
    </message>
    <message>
        <location filename="../../app/labels.py" line="202" />
        <source>obec (KMB)</source>
        <translation>town (KMB)</translation>
    </message>
    <message>
        <location filename="../../app/labels.py" line="203" />
        <source>jiný ručitel</source>
        <translation>other guarantor</translation>
    </message>
    <message>
        <location filename="../../app/labels.py" line="204" />
        <source>bez ručení</source>
        <translation>no guarantee</translation>
    </message>
    <message>
        <location filename="../../app/labels.py" line="209" />
        <source>Bez střechy</source>
        <translation>Roofless</translation>
    </message>
    <message>
        <location filename="../../app/labels.py" line="210" />
        <source>Bez bytu</source>
        <translation>Houseless</translation>
    </message>
    <message>
        <location filename="../../app/labels.py" line="211" />
        <source>Nejisté bydlení</source>
        <translation>Insecure housing</translation>
    </message>
    <message>
        <location filename="../../app/labels.py" line="212" />
        <source>Nevyhovující bydlení</source>
        <translation>Inadequate housing</translation>
    </message>
    <message>
        <location filename="../../app/labels.py" line="215" />
        <source>osoby přežívající venku</source>
        <translation>people living rough</translation>
    </message>
    <message>
        <location filename="../../app/labels.py" line="216" />
        <source>osoby v noclehárně</source>
        <translation>people in emergency accommodation</translation>
    </message>
    <message>
        <location filename="../../app/labels.py" line="217" />
        <source>osoby v ubytovnách pro bezdomovce</source>
        <translation>people in accommodation for the homeless</translation>
    </message>
    <message>
        <location filename="../../app/labels.py" line="218" />
        <source>osoby v azylových domech pro ženy</source>
        <translation>people in women's shelters</translation>
    </message>
    <message>
        <location filename="../../app/labels.py" line="219" />
        <source>osoby v ubytovacích zařízeních pro imigranty</source>
        <translation>people in accommodation for immigrants</translation>
    </message>
    <message>
        <location filename="../../app/labels.py" line="220" />
        <source>osoby před opuštěním instituce</source>
        <translation>people due to be released from institutions</translation>
    </message>
    <message>
        <location filename="../../app/labels.py" line="221" />
        <source>uživatelé dlouhodobé podpory z důvodu bezdomovectví</source>
        <translation>people receiving longer-term support due to homelessness</translation>
    </message>
    <message>
        <location filename="../../app/labels.py" line="222" />
        <source>osoby žijící v nejistém bydlení</source>
        <translation>people living in insecure accommodation</translation>
    </message>
    <message>
        <location filename="../../app/labels.py" line="223" />
        <source>osoby ohrožené vystěhováním</source>
        <translation>people living under threat of eviction</translation>
    </message>
    <message>
        <location filename="../../app/labels.py" line="224" />
        <source>osoby ohrožené domácím násilím</source>
        <translation>people living under threat of violence</translation>
    </message>
    <message>
        <location filename="../../app/labels.py" line="225" />
        <source>osoby žijící v provizorních a neobvyklých stavbách</source>
        <translation>people living in temporary / non-conventional structures</translation>
    </message>
    <message>
        <location filename="../../app/labels.py" line="226" />
        <source>osoby žijící v nevhodném bydlení</source>
        <translation>people living in unfit housing</translation>
    </message>
    <message>
        <location filename="../../app/labels.py" line="227" />
        <source>osoby žijící v extrémně přelidněném bydlení</source>
        <translation>people living in extreme overcrowding</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="40" />
        <source>přízemí</source>
        <translation>ground floor</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="42" />
        <source>suterén</source>
        <translation>basement</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="44" />
        <source>{0}. podzemní podlaží</source>
        <translation>basement level {0}</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="45" />
        <source>{0}. patro</source>
        <translation>floor {0}</translation>
    </message>
</context>
<context>
    <name>parent</name>
    <message>
        <location filename="../../ui/widgets/dialogs.py" line="158" />
        <source>Nepodařilo se</source>
        <translation>Failed</translation>
    </message>
</context>
<context>
    <name>start</name>
    <message>
        <location filename="../../ui/app.py" line="123" />
        <source>KMB Desk nelze spustit</source>
        <translation>KMB Desk cannot start</translation>
    </message>
</context>
</TS>