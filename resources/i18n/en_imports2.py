"""Import identity, the records-system export CLI, the worker's form by sex
(issues 17 and 14, helper imports2): Czech → English."""

EN = {
    "nový": "new",
    "již v evidenci": "already in the records",
    "chyba": "error",
    "Stav": "State",
    "{folder} je soubor, ne složka; zadejte složku pro dokumenty.":
        "{folder} is a file, not a folder; give a folder for the documents.",
    "Případ „{case}“ není v evidenci (zadejte id nebo spisovou značku případu).":
        "Case “{case}” is not in the records (give the case's id or file reference).",
    "předat dokumenty řízení do spisové služby":
        "hand the procedure documents to the records system",
    "AKCE": "ACTION",
    "žádosti, protokoly a rozhodnutí jako PDF s metadaty (JSON)":
        "applications, protocols and decisions as PDF with metadata (JSON)",
    "PŘÍPAD": "CASE",
    "jen řízení tohoto případu (id nebo spisová značka)":
        "only this case's procedure (id or file reference)",
    "DATUM": "DATE",
    "jen dokumenty ze dne DATUM a pozdější, např. 1. 7. 2026":
        "only documents of DATE or later, e.g. 1. 7. 2026",
    "SLOŽKA": "FOLDER",
    "Žádné dokumenty k předání; nic se neuložilo.":
        "No documents to hand over; nothing was saved.",
    "Uloženo {count} dokumentů (PDF a metadata JSON) do {folder}.":
        "Saved {count} documents (PDF and JSON metadata) to {folder}.",
}
