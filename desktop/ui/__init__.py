"""The window (Qt widgets only; nothing below imports this package).

    app.py, main_window.py, areas.py   starting the window, its menus and navigation
    widgets/        what every area uses: the page base (list + detail, refresh, delete with
                    undo), the form dialog, table models and tables, the operation helper for
                    long work (operations.py), lookups, language switching, colours and styles
    families/ agreements/ grievances/ training/ cooperative/ reports/ imports/ settings/
                    one module per page, tab or dialog of that area
"""

from desktop.ui import qt_workarounds  # noqa: E402,F401 - before any Qt call (see its docstring)
