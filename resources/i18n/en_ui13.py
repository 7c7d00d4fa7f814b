"""Czech text of the declined-name placeholders and the layout fixes of issue 18
(leftovers, helper ui13) → English (merged by ``python resources/i18n/update.py``)."""

EN = {
    "jméno žadatele ve 2. pádě („Šárky Řezníčkové“, „Jana Nováka“)":
        "the applicant's name in the genitive (Czech 2nd case)",
    "jméno žadatele ve 3. pádě („Šárce Řezníčkové“, „Janu Novákovi“)":
        "the applicant's name in the dative (Czech 3rd case)",
    "jméno žadatele ve 4. pádě („Šárku Řezníčkovou“, „Jana Nováka“)":
        "the applicant's name in the accusative (Czech 4th case)",
    "oslovení žadatele („Vážená paní Řezníčková,“ / „Vážený pane Šimku,“)":
        "the letter's salutation of the applicant (Dear Ms/Mr …)",
    "„pan“ nebo „paní“ podle pohlaví žadatele": "Mr or Ms (the Czech title) by the applicant's sex",
    "jméno nájemce ve 2. pádě („Šárky Řezníčkové“, „Jana Nováka“)":
        "the tenant's name in the genitive (Czech 2nd case)",
    "jméno nájemce ve 3. pádě („Šárce Řezníčkové“, „Janu Novákovi“)":
        "the tenant's name in the dative (Czech 3rd case)",
    "jméno nájemce ve 4. pádě („Šárku Řezníčkovou“, „Jana Nováka“)":
        "the tenant's name in the accusative (Czech 4th case)",
    "oslovení nájemce („Vážená paní Řezníčková,“ / „Vážený pane Šimku,“)":
        "the letter's salutation of the tenant (Dear Ms/Mr …)",
    "„pan“ nebo „paní“ podle pohlaví nájemce": "Mr or Ms (the Czech title) by the tenant's sex",
}
EN.update({
    "{0} do {1}": "{0} until {1}",
    "neurčito": "indefinite",
    "od {0} do {1} · nájemné {2}": "from {0} to {1} · rent {2}",
    "dluh {0}": "arrears {0}",
})
