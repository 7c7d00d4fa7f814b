"""KMB Desk core: database, services, sync and the `kmb` command line.

Nothing in this package imports Qt (a test enforces it)."""

__version__ = "0.1.0"
