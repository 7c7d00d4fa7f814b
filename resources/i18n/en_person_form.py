"""English for the person form's title and citizenship fields."""
EN = {
    "Titul před jménem": "Title before the name",
    "Titul za jménem": "Title after the name",
    "Státní občanství": "Citizenship",
    "např. ČR": "e.g. ČR",
}
