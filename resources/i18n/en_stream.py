"""English for the change stream and background work (ui/ops, ui/widgets/pdf_preview)."""
EN = {
    "Připravuji dokument…": "Preparing the document…",
}
