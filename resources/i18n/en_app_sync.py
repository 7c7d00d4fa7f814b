"""English for the messages of app/ (app.i18n): synchronisation and bundles."""
EN = {
    "Konflikt neexistuje.": "The conflict does not exist.",
    "Konflikt už je vyřešený.": "The conflict has already been resolved.",
    "Tuto hodnotu nelze obnovit.": "This value cannot be restored.",
    "Záznam, kterého se konflikt týká, neexistuje.": "The record of the conflict does not exist.",
    "Balíček nelze zašifrovat: {exc}": "The bundle cannot be encrypted: {exc}",
    "Balíček je větší než povolených {v1} MB; nic se nenačte (limit je v nastavení "
    "sync.max_bundle_mb).":
        "The bundle is larger than the allowed {v1} MB; nothing is loaded (the limit is the "
        "setting sync.max_bundle_mb).",
    "Soubor {name} není balíček KMB Desk.": "The file {name} is not a KMB Desk bundle.",
    "Balíček není určen této instalaci (je zašifrovaný pro někoho jiného).":
        "The bundle is not meant for this installation (it is encrypted for someone else).",
    "Balíček je poškozený nebo neúplný (nelze ho rozšifrovat).":
        "The bundle is damaged or incomplete (it cannot be decrypted).",
    "Balíček má neplatný řádek změn.": "The bundle has an invalid row of changes.",
    "Balíček má neplatnou vnitřní strukturu.": "The bundle has an invalid inner structure.",
    "Podpis balíčku nesouhlasí – balíček byl změněn nebo ho nepodepsal uvedený odesílatel.":
        "The bundle's signature does not match – the bundle was changed or not signed by the "
        "sender named in it.",
    "Balíček má neplatný manifest.": "The bundle has an invalid manifest.",
    "Neznámý formát balíčku.": "Unknown bundle format.",
    "Balíček obsahuje neočekávaný soubor.": "The bundle contains an unexpected file.",
    "Balíček je poškozený (nesouhlasí velikost části).":
        "The bundle is damaged (a part's size does not match).",
    "Balíček je poškozený (nesouhlasí kontrolní součet).":
        "The bundle is damaged (the checksum does not match).",
    "Balíček je poškozený nebo neúplný.": "The bundle is damaged or incomplete.",
    "Balíček je neúplný (chybí některé části).": "The bundle is incomplete (some parts are "
                                                 "missing).",
    "Balíček je poškozený (nelze přečíst změny).": "The bundle is damaged (the changes cannot "
                                                   "be read).",
    "Počet záznamů v balíčku nesouhlasí s manifestem.":
        "The number of rows in the bundle does not match the manifest.",
    "Balíček odkazuje na chybějící nebo neplatnou přílohu.":
        "The bundle refers to a missing or invalid attachment.",
    "Export byl zrušen; žádný balíček nevznikl.": "The export was cancelled; no bundle was made.",
    "Řádek {name}/{v3} nemá razítka synchronizace.": "The row {name}/{v3} has no sync stamps.",
    "Složka {parent} neexistuje.": "The folder {parent} does not exist.",
    "Instalace „{name}“ je odvolaná; nic jí nelze poslat.":
        "The installation “{name}” is revoked; nothing can be sent to it.",
    "Soubor není platná karta instalace KMB Desk (je poškozená nebo jde o jiný soubor).":
        "The file is not a valid KMB Desk installation card (it is damaged or another file).",
    "Instalace „{name}“ má stejnou řadu čísel jako tato ({shown}); spárované by vydávaly "
    "stejná čísla případů, žádostí a smluv. Na terénním notebooku nebo druhé instalaci "
    "nastavte vlastní řadu příkazem „kmb series KÓD“ (např. kmb series N1), pošlete novou "
    "kartu a párování opakujte.":
        "The installation “{name}” has the same number series as this one ({shown}); paired, "
        "they would issue the same case, application and lease numbers. On the field laptop "
        "or the other installation set its own series with “kmb series CODE” (e.g. kmb "
        "series N1), send a new card and pair again.",
    "Rozsah musí mít tvar worker:ID_UŽIVATELE.": "The scope must have the form worker:USER_ID.",
    "Druh partnera musí být office, laptop nebo partner.":
        "The kind of peer must be office, laptop or partner.",
    "Terénní notebook potřebuje rozsah worker:ID_UŽIVATELE.":
        "A field laptop needs the scope worker:USER_ID.",
    "To je karta této instalace; přidejte kartu druhé strany.":
        "That is this installation's own card; add the other side's card.",
    "Instalace „{name}“ byla odvolána; znovu ji přidat nelze.":
        "The installation “{name}” was revoked; it cannot be added again.",
    "Instalace „{name}“ je už přidaná s jinými klíči. Ověřte kartu telefonem a starou "
    "odvolejte.":
        "The installation “{name}” has already been added with other keys. Verify the card by "
        "phone and revoke the old one.",
    "„{ref}“ odpovídá více instalacím; zadejte celé id.":
        "“{ref}” matches several installations; give the whole id.",
    "Partnerská instalace „{ref}“ není známa (kmb peers list).":
        "The peer installation “{ref}” is not known (kmb peers list).",
    "Druh partnera bez rozsahu je office nebo partner.":
        "A peer without a scope is of kind office or partner.",
    "Balíček poslala neznámá instalace; nejdřív přidejte její kartu (kmb peers add).":
        "The bundle was sent by an unknown installation; first add its card (kmb peers add).",
    "Balíček poslala odvolaná instalace „{name}“; nic se nenačte.":
        "The bundle was sent by the revoked installation “{name}”; nothing is loaded.",
    "Odesílatel v balíčku nesouhlasí s podpisem.":
        "The sender named in the bundle does not match the signature.",
    "Balíček byl vytvořen pro jinou instalaci (znovu zašifrovaný cizí balíček); nic se "
    "nenačte.":
        "The bundle was made for another installation (someone else's bundle re-encrypted); "
        "nothing is loaded.",
    "Balíček vytvořila novější verze KMB Desk (schéma {revision}); nejdřív aktualizujte "
    "aplikaci.":
        "The bundle was made by a newer KMB Desk version (schema {revision}); update the "
        "application first.",
    "Balíček odkazuje na záznamy, které tato instalace nemá; nic se nenačte. Požádejte "
    "odesílatele o úplný balíček (--full).":
        "The bundle refers to records this installation does not have; nothing is loaded. "
        "Ask the sender for a full bundle (--full).",
    "Balíček obsahuje neznámou tabulku „{table}“.": "The bundle contains an unknown table "
                                                     "“{table}”.",
    "Balíček od „{sender_name}“ odmítnut: {why}; nic se nenačetlo.":
        "Bundle from “{sender_name}” refused: {why}; nothing was loaded.",
    "rozsah hodin v balíčku je neplatný": "the clock range in the bundle is invalid",
    "potvrzení v balíčku jsou neplatná": "the acknowledgements in the bundle are invalid",
    "počet záznamů v balíčku je neplatný": "the number of rows in the bundle is invalid",
    "obsahuje neznámou tabulku „{name}“": "it contains an unknown table “{name}”",
    "tabulka „{name}“ má v manifestu neznámý sloupec {v3}":
        "the table “{name}” has an unknown column in the manifest: {v3}",
    "seznam tabulek v manifestu je neplatný": "the list of tables in the manifest is invalid",
    "jeho hodiny jdou o {describe_ahead} napřed před hodinami tohoto počítače (povoleno "
    "{describe_ahead2}); nastavte na odesílajícím počítači správný čas":
        "its clock is {describe_ahead} ahead of this computer's (allowed {describe_ahead2}); "
        "set the right time on the sending computer",
    "terénní notebook nemůže odvolávat jiné instalace":
        "a field laptop cannot revoke other installations",
    "záznam o odvolání instalace je neplatný": "the revocation record is invalid",
    "záznam o odvolání se týká příjemce nebo odesílatele":
        "the revocation record concerns the recipient or the sender",
    "záznam má neplatná časová razítka": "a row has invalid time stamps",
    "Balíček od „{sender_name}“ odmítnut: obsahuje razítko mimo rozsah hodin uvedený "
    "v manifestu; nic se nenačetlo.":
        "Bundle from “{sender_name}” refused: it contains a stamp outside the clock range "
        "given in the manifest; nothing was loaded.",
    "{get} nesmí měnit tabulku „{table}“": "{get} may not change the table “{table}”",
    "záznam nemá platné id": "a row has no valid id",
    "záznam v tabulce „{table}“ tvrdí, že viděl změny jiné instalace, které tato instalace "
    "nezná":
        "a row in the table “{table}” claims to have seen changes of another installation "
        "that this installation does not know",
    "obsahuje změnu v tabulce „{table}“ vydávanou za změnu této instalace, kterou tu "
    "nemáme{hint}":
        "it contains a change in the table “{table}” passed off as this installation's, which "
        "we do not have{hint}",
    "obsahuje změnu v tabulce „{table}“ od odvolané instalace provedenou po jejím odvolání":
        "it contains a change in the table “{table}” by a revoked installation made after its "
        "revocation",
    "obsahuje změnu v tabulce „{table}“ vydávanou za změnu jiné instalace":
        "it contains a change in the table “{table}” passed off as another installation's",
    "mění záznam v tabulce „{table}“ mimo rozsah pracovníka":
        "it changes a row in the table “{table}” outside the worker's scope",
    "záznam v tabulce „{table}“ odkazuje mimo rozsah pracovníka":
        "a row in the table “{table}” refers outside the worker's scope",
    "příloha patří k záznamu mimo rozsah pracovníka":
        "an attachment belongs to a record outside the worker's scope",
    "konflikt se týká záznamu mimo rozsah pracovníka":
        "a conflict concerns a record outside the worker's scope",
}
