"""English for the dialogs moved onto the kit's FormDialog (helper kit13)."""
EN = {
    "Vyberte nabídku ze seznamu.": "Pick an offer from the list.",
}
