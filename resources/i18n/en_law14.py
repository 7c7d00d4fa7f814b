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
                                  "forms of the worker's role (“zpracovala”/“zpracoval”, "
                                  "“sociální pracovnice”/“sociální pracovník”) by it.",
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
}
