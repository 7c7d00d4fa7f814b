"""Landlords in data protection and the guarantee document (issue 16.2 leftovers):
Czech → English."""

EN = {
    "Potvrzení o ručení": "Guarantee confirmation",
    "Tisk potvrzení o ručení…": "Print guarantee confirmation…",
    "Pronajímatel neexistuje.": "The landlord does not exist.",
    "Pronajímatelé – fyzické osoby a kontaktní osoby firem – po skončení nájmů a ručení":
        "Landlords – natural persons and companies' contact persons – after their leases "
        "and guarantees ended",
    "kontaktní osoba pronajímatele (firma)": "landlord's contact person (company)",
    "pronajímatel – fyzická osoba": "landlord – natural person",
    "např. pronajimatel.zip": "e.g. landlord.zip",
    "práva subjektu údajů u pronajímatele (GDPR)": "a landlord's data subject rights (GDPR)",
    "všechny údaje o pronajímateli pro něj samotného (čl. 15 GDPR), soubor ZIP":
        "everything about a landlord, for the landlord (Art. 15 GDPR), a ZIP file",
    "vzor spisového a skartačního plánu obce: spisy sociální práce S/10 od uzavření, "
    "evidence jednorázových kontaktů 5 let, smlouvy a platby s pronajímateli S/10 od "
    "skončení – ověřte podle plánu svého úřadu":
        "a model municipal filing and retention plan: social work files S/10 from closing, "
        "one-off contacts 5 years, contracts and payments with landlords S/10 from their "
        "end – check against your office's plan",
}
