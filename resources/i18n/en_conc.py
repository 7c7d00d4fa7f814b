"""English for the concurrent-save question (ui/widgets/concurrent.py) and the
editors that reload the stored version."""
EN = {
    "Záznam mezitím uložil někdo jiný": "Someone else saved the record meanwhile",
    "mezitím": "meanwhile",
    "{0} mezitím uložil(a) {1} ({2}). Vaše změny zatím nejsou uložené. Vyberte, která verze "
    "má platit.": "{0} was saved meanwhile by {1} ({2}). Your changes are not saved yet. "
                  "Choose which version is to stand.",
    "Údaj": "Field",
    "Vaše hodnota": "Your value",
    "Uložená hodnota": "Stored value",
    "Údaje ve formuláři se s uloženými shodují; změnily se jiné části záznamu.":
        "The fields of the form match the stored ones; other parts of the record changed.",
    "Ponechat moje a uložit": "Keep mine and save",
    "Převzít uložené": "Take the stored version",
    "Zpět k formuláři": "Back to the form",
    "Ve formuláři je uložená verze; upravte ji a uložte, nebo formulář zavřete.":
        "The form shows the stored version; edit it and save, or close the form.",
}
