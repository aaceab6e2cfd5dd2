"""What every area of the window shares: page.py (Page, ListPage), form_dialog.py, the table
models (lazy_table_model, record_table_model, text_table_model, family_list_model), tables.py,
operations.py (long work off the GUI thread, and the app-wide announcement of what changed),
lookups.py, language.py and style.py."""
