"""The PySide6 user interface. Calls app/ only; no SQL, no business rules."""
