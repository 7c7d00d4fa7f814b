"""Dated legal parameters (Nastavení → Zákon): figures set by a law or a
government regulation, each with the period it applies to and its source.
A calculation asks for the value valid on the date it concerns (the date of
the assessment, of the entry …), never for "the current" value."""
