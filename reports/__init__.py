"""ReportLab documents: plain data (dataclasses) in, PDF bytes out.

Imports neither Qt nor SQLAlchemy (a test enforces it)."""
