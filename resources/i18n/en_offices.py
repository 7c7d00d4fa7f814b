"""Issue 16 leftovers (helper "offices"): a case's place, the office's IČO."""

EN = {
    "Obec a lokalita…": "Municipality and locality…",
    "Obec a lokalita případu": "Municipality and locality of the case",
    "Kde klient bydlí – pro statistiky podle obce a lokality. Změna se zapíše do auditu.":
        "Where the client lives – for statistics by municipality and locality. "
        "The change is recorded in the audit log.",
    "Uložit místo": "Save place",
    "— neuvedeno —": "— not given —",
    "Obec": "Municipality",
    "Lokalita": "Locality",
    "Vyberte nejdřív obec, ke které lokalita patří.":
        "First choose the municipality the locality belongs to.",
}
