"""The programme's areas shown in the window's navigation, in order.

Each entry: (name, "module:Class", title). A page class takes the open
Database; a `changed(str)` signal, if it has one, shows messages in the status
bar. An area appears here only once it works, and only to the roles AREA_PERMISSIONS names.
"""

from PySide6.QtCore import QT_TRANSLATE_NOOP

AREAS = [
    ("home", "desktop.ui.home.home_page:HomePage", QT_TRANSLATE_NOOP("MainWindow", "Home")),
    ("families", "desktop.ui.families.families_page:FamiliesPage",
     QT_TRANSLATE_NOOP("MainWindow", "Families")),
    ("agreements", "desktop.ui.agreements.agreements_page:AgreementsPage",
     QT_TRANSLATE_NOOP("MainWindow", "Agreements")),
    ("grievances", "desktop.ui.grievances.grievances_page:GrievancesPage",
     QT_TRANSLATE_NOOP("MainWindow", "Grievances")),
    ("training", "desktop.ui.training.training_page:TrainingPage",
     QT_TRANSLATE_NOOP("MainWindow", "Training")),
    ("cooperative", "desktop.ui.cooperative.cooperative_page:CooperativePage",
     QT_TRANSLATE_NOOP("MainWindow", "Cooperative")),
    ("map", "desktop.ui.map.map_page:MapPage", QT_TRANSLATE_NOOP("MainWindow", "Map")),
    ("reports", "desktop.ui.reports.reports_page:ReportsPage",
     QT_TRANSLATE_NOOP("MainWindow", "Reports")),
    ("sync", "desktop.ui.sync.sync_page:SyncPage", QT_TRANSLATE_NOOP("MainWindow", "Sync")),
    ("audit", "desktop.ui.people.audit_page:AuditPage", QT_TRANSLATE_NOOP("MainWindow", "Audit")),
    ("incidents", "desktop.ui.people.incidents_page:IncidentsPage",
     QT_TRANSLATE_NOOP("MainWindow", "Data protection")),
]

#: Areas shown only to a role holding the action (desktop.services.people); the rest, always.
AREA_PERMISSIONS = {"audit": "audit.read", "incidents": "incidents.manage",
                    "sync": "sync.run"}
