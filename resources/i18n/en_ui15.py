"""Issue 18 (ui15): the print dialog's page-range tip (Qt's Czech catalogue lacks it)."""

EN = {
    "Stránky nebo rozsahy stránek oddělené čárkami; rozsah jsou dvě čísla spojená pomlčkou. "
    "Např. 3,5-7,9 vytiskne stránky 3, 5, 6, 7 a 9.":
        "Pages or page ranges separated by commas; a range is two numbers joined by a hyphen. "
        "E.g. 3,5-7,9 prints pages 3, 5, 6, 7 and 9.",
}
