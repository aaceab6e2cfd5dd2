"""a consent record per person and purpose (Ley 29733), and the workstation and reason of every
audit entry

Revision ID: 0016
Revises: 0015
"""
from typing import Sequence, Union

import sqlalchemy as sa
from alembic import op

revision: str = "0016"
down_revision: Union[str, Sequence[str], None] = "0015"
branch_labels: Union[str, Sequence[str], None] = None
depends_on: Union[str, Sequence[str], None] = None


def upgrade() -> None:
    # Plain ADD COLUMN (in place on SQLite): the audit of a big register is not copied.
    op.add_column("audit_entries", sa.Column("workstation", sa.String(length=10), nullable=False,
                                             server_default=""))
    op.add_column("audit_entries", sa.Column("reason", sa.Text(), nullable=False,
                                             server_default=""))
    op.create_table(
        "person_consents",
        sa.Column("person_id", sa.String(length=36), nullable=False),
        sa.Column("purpose", sa.String(length=20), nullable=False),
        sa.Column("answer", sa.String(length=10), nullable=False),
        sa.Column("informed_on", sa.Date(), nullable=False),
        sa.Column("explained_by", sa.String(length=200), nullable=False),
        sa.Column("notes", sa.Text(), nullable=False),
        sa.Column("id", sa.String(length=36), nullable=False),
        sa.Column("created_at", sa.DateTime(), nullable=False),
        sa.Column("updated_at", sa.DateTime(), nullable=False),
        sa.Column("deleted_at", sa.DateTime(), nullable=True),
        sa.Column("version", sa.Integer(), server_default=sa.text("1"), nullable=False),
        sa.Column("usn", sa.Integer(), server_default=sa.text("-1"), nullable=False),
        sa.Column("base_version", sa.Integer(), server_default=sa.text("0"), nullable=False),
        sa.CheckConstraint("purpose IN ('registration', 'photos', 'sharing')",
                           name=op.f("ck_person_consents_purpose_known")),
        sa.CheckConstraint("answer IN ('agrees', 'refuses')",
                           name=op.f("ck_person_consents_answer_known")),
        sa.ForeignKeyConstraint(["person_id"], ["persons.id"],
                                name=op.f("fk_person_consents_person_id_persons")),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_person_consents")),
    )
    op.create_index("ix_person_consents_person", "person_consents",
                    ["person_id", "purpose", "informed_on"])
    op.create_index("ix_person_consents_usn", "person_consents", ["usn"])


def downgrade() -> None:
    op.drop_table("person_consents")
    op.drop_column("audit_entries", "reason")
    op.drop_column("audit_entries", "workstation")
