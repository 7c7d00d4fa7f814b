"""The worker's sex on the user and the procedure documents' new placeholders
(issue 14, helper law14): Czech → English."""

EN = {
    "Pohlaví": "Sex",
    "Pohlaví…": "Sex…",
    "Pohlaví – {0}": "Sex – {0}",
    "žena": "woman",
    "muž": "man",
    "neuvedeno": "not stated",
    "Pohlaví: zvolte žena, muž, nebo neuvedeno.": "Sex: choose woman, man or not stated.",
    "Podle pohlaví tisknou dokumenty „zpracovala“ nebo „zpracoval“, „sociální pracovnice“ "
    "nebo „sociální pracovník“.": "Printed documents use the Czech feminine or masculine "
                                  "form of the worker's role by it (e.g. “zpracovala” or "
                                  "“zpracoval”, “processed by”).",
    "Zatím neuvedeno; návrh podle jména: {0}. Potvrďte ho uložením.":
        "Not stated yet; suggested from the given name: {0}. Save to confirm it.",
    "„sociální pracovnice“ nebo „sociální pracovník“ podle pohlaví pracovníka":
        "the worker's role (social worker) in the form agreeing with the worker's sex",
    "„provedla“ nebo „provedl“ podle pohlaví pracovníka":
        "“carried out” in the form agreeing with the worker's sex",
    "„zpracovala“ nebo „zpracoval“ podle pohlaví pracovníka":
        "“prepared by” in the form agreeing with the worker's sex",
    "„, za niž/něhož jedná opatrovník …“ platný v den dokumentu (s čárkou na začátku); "
    "prázdné, jedná-li žadatel sám":
        "“, represented by the guardian …” valid on the document's day (with a leading "
        "comma); empty when the applicant acts alone",
    "{out} je složka; zadejte soubor, např. {name}.":
        "{out} is a folder; give a file, e.g. {name}.",
    "Složka {folder} neexistuje.": "The folder {folder} does not exist.",
    "Řízení ani případ „{ref}“ není v evidenci (zadejte spisovou značku řízení nebo případu).":
        "No procedure or case “{ref}” is on record (give the file reference of the procedure "
        "or the case).",
    "Případ „{ref}“ má víc řízení; zadejte spisovou značku jednoho z nich: {refs}.":
        "The case “{ref}” has more than one procedure; give the file reference of one of "
        "them: {refs}.",
    "jeden dokument řízení jako ZIP (PDF a metadata JSON se SHA-256), jako ho předává "
    "obrazovka řízení": "one procedure document as a ZIP (PDF and JSON metadata with its "
                        "SHA-256), as the procedure screen hands it over",
    "ŘÍZENÍ": "PROCEDURE",
    "spisová značka řízení nebo případu (nebo jejich id)":
        "file reference of the procedure or the case (or their id)",
    "application = žádost o zápis, protocol = protokol o šetření, decision = rozhodnutí":
        "application = application for entry, protocol = record of the housing inquiry, "
        "decision = decision",
    "SOUBOR": "FILE",
    "Uloženo {path} (PDF a metadata JSON; SHA-256 souboru ZIP {digest}).":
        "Saved {path} (PDF and JSON metadata; SHA-256 of the ZIP file {digest}).",
}
