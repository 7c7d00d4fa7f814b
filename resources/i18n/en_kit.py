"""English for the widget kit's own strings (ui/widgets/)."""
EN = {
    "Záznam nelze otevřít": "The record cannot be opened",
}
