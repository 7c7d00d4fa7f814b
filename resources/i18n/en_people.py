"""Czech UI text of the keyboard-safe intake and people told apart (issue 18,
items 4–6) → English (merged into kmb_en.qm by ``python resources/i18n/update.py``)."""

EN = {
    "Není jisté, co je jméno a co příjmení – zkontrolujte je.":
        "It is not clear which is the given name and which the surname – please check.",
    "&Prohodit": "S&wap",
    "Prohodit jméno a příjmení": "Swap given name and surname",
    "Členů domácnosti kromě klienta: {0}": "Household members besides the client: {0}",
    "Žije sama, nebo přidejte členy domácnosti (Ctrl+M).":
        "Lives alone, or add household members (Ctrl+M).",
    "Žije sám, nebo přidejte členy domácnosti (Ctrl+M).":
        "Lives alone, or add household members (Ctrl+M).",
    "Zatím bez dalších členů domácnosti – přidejte je (Ctrl+M).":
        "No other household members yet – add them (Ctrl+M).",
}
