"""English for the lead's strings of stop 13 (lazy settings tabs, background lists, migrations)."""
EN = {
    "Migrace databáze nemají jedinou poslední revizi: {heads}.":
        "The database migrations do not have a single latest revision: {heads}.",
    "Seznam se nepodařilo načíst.": "The list could not be read.",
    "Tato část není pro vaši roli.": "This part is not for your role.",
}
