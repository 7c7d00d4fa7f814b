"""English for helper bundlemem15 (bundle memory)."""
EN = {
    "Řádek {rid} se nepodařilo přečíst celý.": "Row {rid} could not be read whole.",
}
