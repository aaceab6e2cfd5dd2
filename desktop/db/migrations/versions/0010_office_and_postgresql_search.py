"""the office's code and name; a version on every record; on PostgreSQL, fold(),
group_concat() and trigram search

Revision ID: 0010
Revises: 0009
"""
from typing import Sequence, Union

import sqlalchemy as sa
from alembic import op

from desktop.db import postgres

revision: str = "0010"
down_revision: Union[str, Sequence[str], None] = "0009"
branch_labels: Union[str, Sequence[str], None] = None
depends_on: Union[str, Sequence[str], None] = None

#: Every table of records (desktop.db.base.Record): each gets the version of optimistic checks.
RECORDS = ("agreements", "attendance", "benefit_deliveries", "benefits", "commitments",
           "communities", "compliance_visits", "consent_records", "cooperatives", "deliveries",
           "families", "grievances", "lots", "memberships", "persons", "plots", "signatories",
           "training_sessions", "users")


def upgrade() -> None:
    op.create_table(
        "office_settings",
        sa.Column("id", sa.String(length=40), nullable=False),
        sa.Column("value", sa.Text(), nullable=False),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_office_settings")),
    )
    # A plain ALTER TABLE ... ADD COLUMN: SQLite adds a column with a default in place, where
    # a batch operation would copy each table (and drop the FTS5 triggers on families).
    for table in RECORDS:
        op.add_column(table, sa.Column("version", sa.Integer(), nullable=False,
                                       server_default=sa.text("1")))
    if postgres.is_postgresql(op.get_bind()):
        postgres.install(op.get_bind())


def downgrade() -> None:
    if postgres.is_postgresql(op.get_bind()):
        postgres.uninstall(op.get_bind())
    for table in RECORDS:  # SQLite 3.35+ drops a plain column in place, as PostgreSQL does
        op.drop_column(table, "version")
    op.drop_table("office_settings")
