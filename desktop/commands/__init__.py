"""Sub-commands of the command line, one module per area.

Each module has `register(groups)`, where `groups` maps "root", "print",
"export" and "import" to argparse sub-parser collections; every parser it adds
sets `func=handler`, and `handler(args) -> int` returns the exit code. A
handler raises desktop.commands.common.CliError (or a DatabaseProblem/ValidationError)
for a one-line error.
"""

AREA_MODULES = [
    "desktop.commands.demo",
    "desktop.commands.workbooks",
    "desktop.commands.agreements",
    "desktop.commands.cooperative",
    "desktop.commands.payments",
    "desktop.commands.training",
    "desktop.commands.imports",
    "desktop.commands.backups",
    "desktop.commands.users",
    "desktop.commands.privacy",
    "desktop.commands.init",
    "desktop.commands.sync",
]
