"""change tracking for sync: an update sequence number (usn, -1 = changed here since the last
sync) and the version a pending change was based on on every synced record, a usn on the audit
trail, and the tables of the exchange (state, packages taken in, heads, conflicts)

Existing rows start at -1: a database that never synced has everything still to send.

Revision ID: 0015
Revises: 0014
"""
from typing import Sequence, Union

import sqlalchemy as sa
from alembic import op

revision: str = "0015"
down_revision: Union[str, Sequence[str], None] = "0014"
branch_labels: Union[str, Sequence[str], None] = None
depends_on: Union[str, Sequence[str], None] = None

#: Every table of records (desktop.db.base.Record).
RECORDS = ("agreements", "attendance", "benefit_deliveries", "benefits", "commitments",
           "communities", "compliance_visits", "consent_records", "cooperatives", "deliveries",
           "incidents",
           "families", "grievances", "lots", "memberships", "persons", "plots", "signatories",
           "training_sessions", "users")


def upgrade() -> None:
    # Plain ADD COLUMN (in place on SQLite, as 0010 did), no table copied.
    for table in RECORDS:
        op.add_column(table, sa.Column("usn", sa.Integer(), nullable=False,
                                       server_default=sa.text("-1")))
        op.add_column(table, sa.Column("base_version", sa.Integer(), nullable=False,
                                       server_default=sa.text("0")))
        op.create_index(f"ix_{table}_usn", table, ["usn"])
    op.add_column("audit_entries", sa.Column("usn", sa.Integer(), nullable=False,
                                             server_default=sa.text("-1")))
    op.create_index("ix_audit_entries_usn", "audit_entries", ["usn"])
    op.create_table(
        "sync_state",
        sa.Column("key", sa.String(length=40), nullable=False),
        sa.Column("value", sa.Text(), nullable=False),
        sa.PrimaryKeyConstraint("key", name=op.f("pk_sync_state")),
    )
    op.create_table(
        "sync_packages",
        sa.Column("id", sa.String(length=36), nullable=False),
        sa.Column("kind", sa.String(length=10), nullable=False),
        sa.Column("office", sa.String(length=10), nullable=False),
        sa.Column("received_at", sa.DateTime(), nullable=False),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_sync_packages")),
    )
    op.create_table(
        "sync_heads",
        sa.Column("table_name", sa.String(length=40), nullable=False),
        sa.Column("record_id", sa.String(length=36), nullable=False),
        sa.Column("office", sa.String(length=10), nullable=False),
        sa.Column("version", sa.Integer(), nullable=False),
        sa.PrimaryKeyConstraint("table_name", "record_id", name=op.f("pk_sync_heads")),
    )
    op.create_table(
        "sync_conflicts",
        sa.Column("id", sa.String(length=36), nullable=False),
        sa.Column("table_name", sa.String(length=40), nullable=False),
        sa.Column("record_id", sa.String(length=36), nullable=False),
        sa.Column("kind", sa.String(length=10), nullable=False),
        sa.Column("office", sa.String(length=10), nullable=False),
        sa.Column("their_user", sa.String(length=100), nullable=False),
        sa.Column("their_version", sa.Integer(), nullable=False),
        sa.Column("their_values", sa.Text(), nullable=False),
        sa.Column("their_at", sa.DateTime(), nullable=True),
        sa.Column("our_user", sa.String(length=100), nullable=False),
        sa.Column("our_version", sa.Integer(), nullable=True),
        sa.Column("our_values", sa.Text(), nullable=False),
        sa.Column("our_at", sa.DateTime(), nullable=True),
        sa.Column("reason", sa.Text(), nullable=False),
        sa.Column("detected_at", sa.DateTime(), nullable=False),
        sa.Column("resolved_at", sa.DateTime(), nullable=True),
        sa.Column("resolved_by", sa.String(length=100), nullable=False),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_sync_conflicts")),
    )
    op.create_index("ix_sync_conflicts_record", "sync_conflicts", ["table_name", "record_id"])
    op.create_index("ix_sync_conflicts_open", "sync_conflicts", ["resolved_at"])


def downgrade() -> None:
    for name in ("sync_conflicts", "sync_heads", "sync_packages", "sync_state"):
        op.drop_table(name)
    op.drop_index("ix_audit_entries_usn", "audit_entries")
    op.drop_column("audit_entries", "usn")
    for table in RECORDS:
        op.drop_index(f"ix_{table}_usn", table)
        op.drop_column(table, "base_version")
        op.drop_column(table, "usn")
