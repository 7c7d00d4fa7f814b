"""English for the strings added by the city-scale speed work."""

EN = {
    "Nalezeno osob: více než {0}": "Persons found: more than {0}",
}
