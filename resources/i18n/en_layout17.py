"""Issue 18 layout (Nastavení's sections, the rules screens, lease settings): Czech → English."""

EN = {
    # Nastavení: the list of sections under group headings
    "Úřad a lidé": "Office and people",
    "Pravidla a zákon": "Rules and law",
    "Byty a smlouvy": "Flats and contracts",
    "Data a ochrana údajů": "Data and privacy",
    "Další": "More",
    "Části nastavení": "Settings sections",
    "skupina nastavení": "settings group",
    # Pravidla přidělování
    "Sady pravidel": "Rule sets",
    "Pravidla jako JSON: načtení a uložení": "The rules as JSON: load and save",
    "Spravedlnost": "Fairness",
    "Kvóty": "Quotas",
    "Ukázat seznam pravidel": "Show the list of rule sets",
    "Skrýt seznam pravidel": "Hide the list of rule sets",
    "Volný byt": "Vacant flat",
    "{0}\nzměn: {1} · první: {2}": "{0}\nchanges: {1} · first: {2}",
    "{0}\nPrvní dnes: {1}\nPrvní podle návrhu: {2}\nZměn pořadí: {3}":
        "{0}\nFirst today: {1}\nFirst by the draft: {2}\nRank changes: {3}",
    "První\ndnes": "First\ntoday",
    "První podle\nnávrhu": "First by\nthe draft",
    "V pořadí\ndnes / návrh": "Ranked\ntoday / draft",
    "Změn\npořadí": "Rank\nchanges",
    "Podle\nnávrhu": "By the\ndraft",
    "Body\ndnes": "Points\ntoday",
    "Body podle\nnávrhu": "Points by\nthe draft",
    "Proč\nvyřazena": "Why\nleft out",
    # Nastavení → Smlouvy
    "Číslování a pronajímatel": "Numbering and landlord",
}
