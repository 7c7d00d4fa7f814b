"""The widget kit every area builds on; an area imports these (and ui/ops,
ui/context, ui/labels, ui/style, ui/i18n), never another area's package.

fields        DateField (d. M. yyyy), MoneyField (Kč, kept in haléře), SearchCombo,
              FieldErrors (a message under its field)
sections      Section (numbered step card), FormSection (card with a labelled form),
              text_box, error_label/mark/hint
dialogs       FormDialog (Save/Cancel, errors at the fields), show_error
tables        list_table and its helpers; table_model: RowsModel over plain rows
lines         LinesTable: editable lines of a record (incomes, meters, keys …)
autosave      Autosaver: drafts save themselves; leave-or-ask
list_detail   ListDetailPage: searchable list and the open record in one place
record_editor RecordEditor: header, locked banner, status line, close/discard steps
lazy          LazyLoad: a list read when first shown and after changes, off the GUI thread
card          Card of Přehled (reads through Card.load, off the GUI thread); nav: open_record()
              of another area via ui/areas.py
hooks         Hook (a Python-side signal); bar_chart, pdf_preview
"""
