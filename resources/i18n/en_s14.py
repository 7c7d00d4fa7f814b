"""English for the lead's strings of stop 14 (a paired installation's series)."""
EN = {
    "řadu „{tag}“": "the series “{tag}”",
    "čísla bez řady": "numbers without a series",
    "Spárovaná instalace „{name}“ už používá {shown}; obě by vydávaly stejná čísla případů, "
    "žádostí a smluv. Zvolte jinou řadu.":
        "The paired installation “{name}” already uses {shown}; both would issue the same case, "
        "application and lease numbers. Choose another series.",
}
