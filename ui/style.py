"""The application's look: Fusion with a calm palette and a dark sidebar."""
from __future__ import annotations

from PySide6.QtGui import QColor, QPalette
from PySide6.QtWidgets import QApplication

ACCENT = "#1f5f8b"
SIDEBAR = "#16324a"

QSS = f"""
QListWidget#sidebar {{
    background: {SIDEBAR}; color: #dce6ef; border: none; font-size: 11pt;
    padding-top: 6px; outline: 0;
}}
QListWidget#sidebar::item {{ padding: 9px 12px; border-left: 3px solid transparent; }}
QListWidget#sidebar::item:selected {{
    background: #244d6e; color: white; border-left: 3px solid #7cc1f0;
}}
QListWidget#sidebar::item:hover:!selected {{ background: #1d405e; }}
QWidget#side {{ background: {SIDEBAR}; }}
QLabel#brand {{ background: {SIDEBAR}; color: white; font-size: 13pt; font-weight: 600;
               padding: 14px 12px 6px 12px; }}
QLabel#brandSub {{ background: {SIDEBAR}; color: #9fb6c9; padding: 0 12px 10px 12px; }}
QLabel#pageTitle {{ font-size: 15pt; font-weight: 600; color: #1b2b38; }}
QLabel#muted, QLabel[muted="true"] {{ color: #5f6f7c; }}
QLabel#sectionTitle {{ font-size: 11pt; font-weight: 600; color: #1b2b38; padding-top: 6px; }}
QLabel.fieldError, QLabel[error="true"] {{ color: #b3261e; }}
QFrame#card {{ background: white; border: 1px solid #d9e0e6; border-radius: 6px; }}
QTableView {{ background: white; alternate-background-color: #f4f7fa;
             gridline-color: #e3e8ed; selection-background-color: #cfe3f3;
             selection-color: #102030; border: 1px solid #d9e0e6; }}
QHeaderView::section {{ background: #eef2f5; padding: 5px 6px; border: none;
                        border-bottom: 1px solid #d0d8df; font-weight: 600; color: #2a3a47; }}
QLineEdit, QComboBox, QDateEdit, QSpinBox, QPlainTextEdit, QTextEdit {{
    padding: 4px 6px; border: 1px solid #c4ced6; border-radius: 4px; background: white;
}}
QLineEdit:focus, QComboBox:focus, QPlainTextEdit:focus, QTextEdit:focus {{
    border: 1px solid {ACCENT};
}}
QLineEdit[invalid="true"], QComboBox[invalid="true"] {{ border: 1px solid #b3261e;
    background: #fff5f4; }}
QPushButton {{ padding: 5px 14px; border: 1px solid #b8c4ce; border-radius: 4px;
              background: #f7f9fb; }}
QPushButton:hover {{ background: #eaf1f7; }}
QPushButton[primary="true"] {{ background: {ACCENT}; color: white; border: 1px solid {ACCENT}; }}
QPushButton[primary="true"]:hover {{ background: #24709f; }}
QPushButton[primary="true"]:disabled {{ background: #a9bccb; border: 1px solid #a9bccb;
              color: #eef3f7; }}
QStatusBar {{ color: #4a5a67; }}
"""


def apply(app: QApplication) -> None:
    app.setStyle("Fusion")
    pal = app.palette()
    pal.setColor(QPalette.Window, QColor("#f3f5f7"))
    pal.setColor(QPalette.Base, QColor("white"))
    pal.setColor(QPalette.AlternateBase, QColor("#f4f7fa"))
    pal.setColor(QPalette.Highlight, QColor("#cfe3f3"))
    pal.setColor(QPalette.HighlightedText, QColor("#102030"))
    pal.setColor(QPalette.Button, QColor("#f7f9fb"))
    app.setPalette(pal)
    app.setStyleSheet(QSS)
