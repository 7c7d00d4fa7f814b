"""English of the texts of issue 18 (session 17, helper msgs17): the hidden-value
mark on screen (documents and exports that show it are built inside
``i18n.czech()`` and keep the Czech mark)."""
EN = {
    "(skryto – zvláštní kategorie údajů)": "(hidden – special category data)",
}
