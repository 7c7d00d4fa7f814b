"""English for the clients' consents on a case and partner sharing by consent."""
EN = {
    "Účel": "Purpose",
    "Komu": "Recipient",
    "Dán": "Given",
    "Odvolán": "Withdrawn",
    "Souhlas klienta": "Client's consent",
    "Zaznamenejte souhlas, který klient dal k jednomu účelu. Klient ho může kdykoli odvolat.":
        "Record a consent the client gave for one purpose. The client may withdraw it at "
        "any time.",
    "Zaznamenat": "Record",
    "Partnerská organizace": "Partner organisation",
    "Žádná partnerská kancelář nemá nastaveno posílání jen vybraných případů "
    "(Synchronizace → Rozsah dat).":
        "No partner office is set to receive chosen cases only (Synchronisation → Data "
        "scope).",
    "Souhlas dán dne": "Consent given on",
    "Jak": "How",
    "Poznámka": "Note",
    "Zadejte datum.": "Enter a date.",
    "Od tohoto dne se k účelu „{0}“ nic dalšího nepředá.":
        "From this day nothing more is passed on for “{0}”.",
    "Údaje, které partnerská organizace už dostala, u ní zůstávají – požádejte ji o jejich "
    "výmaz.": "Data the partner organisation has already received stay with it – ask it to "
              "erase them.",
    "Odvolání souhlasu": "Withdrawal of consent",
    "Odvolat souhlas": "Withdraw consent",
    "Odvolán dne": "Withdrawn on",
    "Souhlasy klienta": "Client's consents",
    "Zaznamenat souhlas…": "Record consent…",
    "Odvolat…": "Withdraw…",
    "Klient zatím nedal žádný souhlas.": "The client has not given any consent yet.",
    "předání případu partnerské organizaci": "sharing the case with a partner organisation",
    "kontaktování příbuzných a blízkých osob": "contacting relatives and close persons",
    "předání údajů dalším institucím": "passing data to other institutions",
    "jen případy, k jejichž předání dal klient souhlas – partnerská kancelář":
        "only cases whose client consented to sharing – partner office",
}
