"""Import of application numbers (issue 17): Czech text → English."""

EN = {
    "Původní číslo žádosti: {number}": "Original application number: {number}",
    "nová, dostane číslo této evidence (původní {number})":
        "new, gets a number of these records (original {number})",
}
