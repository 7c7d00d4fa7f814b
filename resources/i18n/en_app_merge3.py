"""English for texts that met at the stop-12 merge."""
EN = {
    "„účastník“ nebo „účastnice“ (řízení) podle pohlaví žadatele":
        "“party to the procedure” in the form for the applicant's sex",
    "„žadatel“ nebo „žadatelka“ podle pohlaví": "“applicant” in the form for the applicant's sex",
}
# the Act's procedure steps and their fields (app/cases/procedure.py STEPS)
EN.update({
    "Co se změnilo": "What changed",
    "Doručeno dne": "Delivered on",
    "Doručení rozhodnutí": "Delivery of the decision",
    "Odůvodnění": "Reasoning",
    "Právní moc": "Legal force",
    "Rozhodnutí nabylo právní moci dne": "Decision final on",
    "Stanovisko": "Opinion",
    "Stanovisko doručeno dne": "Opinion received on",
    "Výrok": "Operative part",
    "Zapsáno dne": "Entered on",
    "Změna během zápisu": "Change during the entry",
    "Změna oznámena dne": "Change reported on",
    "Zápis do evidence": "Entry in the register",
    "Závazné stanovisko Úřadu práce": "Binding opinion of the Labour Office",
    "Č. j. stanoviska": "Opinion reference no.",
    "Číslo jednací": "Reference number",
    "Číslo zápisu": "Entry number",
    "Šetření bytové situace": "Inquiry into the housing situation",
    "Šetření dokončeno dne": "Inquiry completed on",
    "Šetření zahájeno dne": "Inquiry started on",
    "Žádost o zápis": "Application for entry",
    "Žádost o závazné stanovisko Úřadu práce": "Request for the Labour Office's binding opinion",
    "Žádost odeslána dne": "Request sent on",
})
EN.update({        # floors, one naming everywhere (ui.labels.floor_text)
    "přízemí": "ground floor",
    "suterén": "basement",
    "{0}. podzemní podlaží": "basement level {0}",
    "{0}. patro": "floor {0}",
})
EN.update({"Přihlášena: {0}": "Signed in: {0}", "Přihlášen: {0}": "Signed in: {0}"})
