"""English for texts that met at the stop-12 merge."""
EN = {
    "„účastník“ nebo „účastnice“ (řízení) podle pohlaví žadatele":
        "“party to the procedure” in the form for the applicant's sex",
    "„žadatel“ nebo „žadatelka“ podle pohlaví": "“applicant” in the form for the applicant's sex",
}
