"""The programme's security document (Ley 29733, DS 016-2024-JUS; issue 14 item 5): which
personal data the register holds, where it lives, who may see it, how long it is kept, how
it is protected and what to do on an incident — a PDF (es/en) to approve and sign, written
from the program's own settings (desktop.services.people.security)."""

from __future__ import annotations

from datetime import date
from pathlib import Path

from reportlab.lib.units import mm
from reportlab.platypus import SimpleDocTemplate, Spacer

from desktop.i18n import QT_TRANSLATE_NOOP, translate
from desktop.i18n.formatting import fmt_date, fmt_number
from desktop.i18n.labels import label
from desktop.reports.pdf import (
    PAGE_SIZE, cell, grid_table, numbered_canvas, styles, write_atomically,
)
from desktop.services.people.incidents import NOTIFY_WITHIN
from desktop.services.people.permissions import ACTIONS
from desktop.services.people.security import SecurityFacts

CONTEXT = "SecurityDocument"
SIDE = 18 * mm
WIDTH = PAGE_SIZE[0] - 2 * SIDE - 12
#: DS 016-2024-JUS's deadline, declared once with the incident log.
NOTIFY_WITHIN_HOURS = int(NOTIFY_WITHIN.total_seconds() // 3600)

#: (category, what is held) of the register; how many are counted from the database.
HELD = (
    (QT_TRANSLATE_NOOP("SecurityDocument", "Members of families"),
     QT_TRANSLATE_NOOP("SecurityDocument", "names, DNI, sex, birth date, relationship to the head,"
                                           " phone, signs or uses a thumbprint")),
    (QT_TRANSLATE_NOOP("SecurityDocument", "Families"),
     QT_TRANSLATE_NOOP("SecurityDocument", "address or sector, phone, lives inside the forest")),
    (QT_TRANSLATE_NOOP("SecurityDocument", "Plots"),
     QT_TRANSLATE_NOOP("SecurityDocument", "area, land use, points and walked boundaries (they "
                                           "show where a family lives and works)")),
    (QT_TRANSLATE_NOOP("SecurityDocument", "Agreements"),
     QT_TRANSLATE_NOOP("SecurityDocument", "signatories' names and DNIs, compliance visits, "
                                           "consent records, benefits received")),
    (QT_TRANSLATE_NOOP("SecurityDocument", "Training"),
     QT_TRANSLATE_NOOP("SecurityDocument", "attendance: names, sex, age band")),
    (QT_TRANSLATE_NOOP("SecurityDocument", "Cooperative"),
     QT_TRANSLATE_NOOP("SecurityDocument", "deliveries, amounts paid, member codes")),
    (QT_TRANSLATE_NOOP("SecurityDocument", "Grievances"),
     QT_TRANSLATE_NOOP("SecurityDocument", "what was raised and by whom")),
    (QT_TRANSLATE_NOOP("SecurityDocument", "Users of the program"),
     QT_TRANSLATE_NOOP("SecurityDocument", "names, roles, password hashes (Argon2id), the audit of"
                                           " who changed what")),
)
MEASURES = (
    QT_TRANSLATE_NOOP("SecurityDocument", "Each person signs in with a name and a password; "
                                          "passwords are kept only as Argon2id hashes; after five "
                                          "failed attempts further tries are slowed down."),
    QT_TRANSLATE_NOOP("SecurityDocument", "The window locks after {minutes} minutes without use."),
    QT_TRANSLATE_NOOP("SecurityDocument", "Each role sees only what it needs: cooperative managers"
                                          " and viewers never see DNIs, phones or birth dates; "
                                          "only coordinators and administrators export personal "
                                          "data; the rest get anonymised figures."),
    QT_TRANSLATE_NOOP("SecurityDocument", "Every change is audited with the user's name and "
                                          "workstation."),
    QT_TRANSLATE_NOOP("SecurityDocument", "The database and its backups are readable only by the "
                                          "laptop's user (folders 0700, files 0600); backups that "
                                          "leave the laptop are encrypted with AES-256-GCM under a"
                                          " passphrase."),
    QT_TRANSLATE_NOOP("SecurityDocument", "Deleted content is overwritten in the file (SQLite "
                                          "secure_delete); a person anonymised on request leaves "
                                          "no trace in the file or in new backups."),
)
STRINGS = (
    QT_TRANSLATE_NOOP("SecurityDocument", "Security document"),
    QT_TRANSLATE_NOOP("SecurityDocument", "{programme} — {office}"),
    QT_TRANSLATE_NOOP("SecurityDocument", "Written on {day} by Conservation Desk from its own "
                                          "settings. Approve it, sign it, and keep it with the "
                                          "passphrase of the encrypted backups."),
    QT_TRANSLATE_NOOP("SecurityDocument", "1. Personal data held"),
    QT_TRANSLATE_NOOP("SecurityDocument", "Category"),
    QT_TRANSLATE_NOOP("SecurityDocument", "What"),
    QT_TRANSLATE_NOOP("SecurityDocument", "How many"),
    QT_TRANSLATE_NOOP("SecurityDocument", "{people} people ({with_dni} with DNI)"),
    QT_TRANSLATE_NOOP("SecurityDocument", "{located} with location"),
    QT_TRANSLATE_NOOP("SecurityDocument", "2. Where it lives"),
    QT_TRANSLATE_NOOP("SecurityDocument", "Database: {path}"),
    QT_TRANSLATE_NOOP("SecurityDocument", "Backups: {path} (checked copies, private to the "
                                          "laptop's user)"),
    QT_TRANSLATE_NOOP("SecurityDocument", "Encrypted backups on a USB stick or another disk: "
                                          "{path}"),
    QT_TRANSLATE_NOOP("SecurityDocument", "none made yet"),
    QT_TRANSLATE_NOOP("SecurityDocument", "Documents and workbooks: wherever their users save "
                                          "them; workbooks with names and DNIs only from "
                                          "coordinators and administrators."),
    QT_TRANSLATE_NOOP("SecurityDocument", "3. Who may see it"),
    QT_TRANSLATE_NOOP("SecurityDocument", "Role"),
    QT_TRANSLATE_NOOP("SecurityDocument", "May"),
    QT_TRANSLATE_NOOP("SecurityDocument", "Users"),
    QT_TRANSLATE_NOOP("SecurityDocument", "(disabled)"),
    QT_TRANSLATE_NOOP("SecurityDocument", "no personal data"),
    QT_TRANSLATE_NOOP("SecurityDocument", "This database has no users: whoever opens the laptop "
                                          "may do everything. Create users (conservation-desk "
                                          "users add) before it holds real data."),
    QT_TRANSLATE_NOOP("SecurityDocument", "4. How long it is kept"),
    QT_TRANSLATE_NOOP("SecurityDocument", "Backups: the newest {keep}, then one a day for a week, "
                                          "one a week for a month and one a month for a year."),
    QT_TRANSLATE_NOOP("SecurityDocument", "The backups take at most {megabytes} MB."),
    QT_TRANSLATE_NOOP("SecurityDocument", "Deleted records are kept, marked as deleted, so a "
                                          "mistake can be undone. A person may ask for their data "
                                          "(access) and for it to be erased (an administrator "
                                          "anonymises them)."),
    QT_TRANSLATE_NOOP("SecurityDocument", "5. How it is protected"),
    QT_TRANSLATE_NOOP("SecurityDocument", "6. Security incidents"),
    QT_TRANSLATE_NOOP("SecurityDocument", "A lost laptop or USB stick, data seen by someone who "
                                          "should not see it, a break-in: write it in the "
                                          "incident log at once, and report it to the Autoridad "
                                          "Nacional de Protección de Datos Personales within "
                                          "{hours} hours."),
    QT_TRANSLATE_NOOP("SecurityDocument", "Approved by (name, role, signature, date)"),
)


def _t(text: str, lang: str) -> str:
    return translate(CONTEXT, text, lang)


def story(facts: SecurityFacts, lang: str, today: date) -> list:
    s = styles()
    p = [cell(_t("Security document", lang), s["title"]),
         cell(_t("{programme} — {office}", lang).format(
             programme=facts.programme, office=f"{facts.office_name} ({facts.office_code})"
             if facts.office_code else facts.office_name), s["center"]),
         Spacer(1, 3 * mm),
         cell(_t("Written on {day} by Conservation Desk from its own settings. Approve it, "
                 "sign it, and keep it with the passphrase of the encrypted backups.", lang)
              .format(day=fmt_date(today, lang, "long")), s["body"]),
         cell(_t("1. Personal data held", lang), s["heading"])]
    counts = {0: _t("{people} people ({with_dni} with DNI)", lang).format(
                  people=fmt_number(facts.people, lang), with_dni=fmt_number(facts.with_dni, lang)),
              1: fmt_number(facts.families, lang),
              2: _t("{located} with location", lang).format(
                  located=fmt_number(facts.plots_with_location, lang)),
              7: fmt_number(len(facts.users), lang)}
    rows = [[cell(_t(h, lang), s["cell"]) for h in ("Category", "What", "How many")]]
    rows += [[cell(_t(category, lang), s["cell"]), cell(_t(what, lang), s["cell"]),
              cell(counts.get(i, ""), s["cell"])] for i, (category, what) in enumerate(HELD)]
    p.append(grid_table(rows, [WIDTH * 0.22, WIDTH * 0.53, WIDTH * 0.25]))
    p.append(cell(_t("2. Where it lives", lang), s["heading"]))
    for line in (_t("Database: {path}", lang).format(path=facts.database),
                 _t("Backups: {path} (checked copies, private to the laptop's user)", lang)
                 .format(path=facts.backup_dir),
                 _t("Encrypted backups on a USB stick or another disk: {path}", lang).format(
                     path=facts.sealed_backup_dir or _t("none made yet", lang)),
                 _t("Documents and workbooks: wherever their users save them; workbooks with "
                    "names and DNIs only from coordinators and administrators.", lang)):
        p.append(cell("• " + line, s["body"]))
    p.append(cell(_t("3. Who may see it", lang), s["heading"]))
    if not facts.users:
        p.append(cell(_t("This database has no users: whoever opens the laptop may do "
                         "everything. Create users (conservation-desk users add) before it "
                         "holds real data.", lang), s["body"]))
    rows = [[cell(_t(h, lang), s["cell"]) for h in ("Role", "May", "Users")]]
    for role, actions in facts.rights.items():
        may = "; ".join(translate("Permissions", ACTIONS[a][1], lang) for a in actions)
        users = ", ".join(u.name + (" " + _t("(disabled)", lang) if u.disabled else "")
                          for u in facts.users if u.role == role)
        rows.append([cell(label("role", role, lang), s["cell"]),
                     cell(may or _t("no personal data", lang), s["cell"]),
                     cell(users, s["cell"])])
    p.append(grid_table(rows, [WIDTH * 0.22, WIDTH * 0.48, WIDTH * 0.30]))
    p.append(cell(_t("4. How long it is kept", lang), s["heading"]))
    kept = [_t("Backups: the newest {keep}, then one a day for a week, one a week for a month "
               "and one a month for a year.", lang).format(keep=facts.backups_kept)]
    if facts.backup_limit_mb:
        kept.append(_t("The backups take at most {megabytes} MB.", lang).format(
            megabytes=fmt_number(facts.backup_limit_mb, lang)))
    kept.append(_t("Deleted records are kept, marked as deleted, so a mistake can be undone. "
                   "A person may ask for their data (access) and for it to be erased (an "
                   "administrator anonymises them).", lang))
    p += [cell("• " + line, s["body"]) for line in kept]
    p.append(cell(_t("5. How it is protected", lang), s["heading"]))
    p += [cell("• " + _t(m, lang).format(minutes=facts.lock_after_minutes), s["body"])
          for m in MEASURES]
    p.append(cell(_t("6. Security incidents", lang), s["heading"]))
    p.append(cell(_t("A lost laptop or USB stick, data seen by someone who should not see it, "
                     "a break-in: write it in the incident log at once, and report it to the "
                     "Autoridad Nacional de Protección de Datos Personales within {hours} "
                     "hours.", lang).format(hours=NOTIFY_WITHIN_HOURS), s["body"]))
    p += [Spacer(1, 14 * mm), cell("_" * 60, s["body"]),
          cell(_t("Approved by (name, role, signature, date)", lang), s["small"])]
    return p


def write_security_document(facts: SecurityFacts, out: Path, lang: str = "es",
                            today: date | None = None) -> Path:
    parts = story(facts, lang, today or date.today())

    def build(path: Path) -> None:
        SimpleDocTemplate(str(path), pagesize=PAGE_SIZE, leftMargin=SIDE, rightMargin=SIDE,
                          topMargin=15 * mm, bottomMargin=18 * mm,
                          title=_t("Security document", lang)).build(
            parts, canvasmaker=numbered_canvas(lang, facts.programme))

    return write_atomically(out, build)
