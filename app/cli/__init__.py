"""The ``kmb`` command line (Qt-free; the GUI is started by ui.launch)."""
