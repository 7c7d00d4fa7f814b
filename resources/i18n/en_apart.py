"""Czech texts of the namesakes, grammar and procedure-template preview work
(issue 18 items 2, 5, 6) → English."""

EN = {
    "Šablonu nelze použít: {problems}": "The template cannot be used: {problems}",
    "VZOR – náhled šablony": "SAMPLE – template preview",
    "podpisy (samostatný řádek)": "signatures (a line of its own)",
}
