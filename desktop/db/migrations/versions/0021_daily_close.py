"""the weighing station's closed days (the daily cash close) and the expected yield of a
product per hectare, per cooperative and community (issue 16 items 7 and 8)

Two new tables; nothing existing is copied.

Revision ID: 0021
Revises: 0020
"""
from typing import Sequence, Union

import sqlalchemy as sa
from alembic import op

revision: str = "0021"
down_revision: Union[str, Sequence[str], None] = "0020"
branch_labels: Union[str, Sequence[str], None] = None
depends_on: Union[str, Sequence[str], None] = None


def _record_columns(table: str) -> list:
    return [
        sa.Column("id", sa.String(length=36), nullable=False),
        sa.Column("created_at", sa.DateTime(), nullable=False),
        sa.Column("updated_at", sa.DateTime(), nullable=False),
        sa.Column("deleted_at", sa.DateTime(), nullable=True),
        sa.Column("version", sa.Integer(), server_default=sa.text("1"), nullable=False),
        sa.Column("usn", sa.Integer(), server_default=sa.text("-1"), nullable=False),
        sa.Column("base_version", sa.Integer(), server_default=sa.text("0"), nullable=False),
        sa.PrimaryKeyConstraint("id", name=op.f(f"pk_{table}")),
    ]


def upgrade() -> None:
    op.create_table(
        "station_days",
        sa.Column("cooperative_id", sa.String(length=36), nullable=False),
        sa.Column("day", sa.Date(), nullable=False),
        sa.Column("closed_at", sa.DateTime(), nullable=True),
        sa.Column("closed_by", sa.String(length=100), nullable=False),
        sa.Column("reopened_at", sa.DateTime(), nullable=True),
        sa.Column("reopened_by", sa.String(length=100), nullable=False),
        sa.Column("reopen_reason", sa.Text(), nullable=False),
        *_record_columns("station_days"),
        sa.ForeignKeyConstraint(["cooperative_id"], ["cooperatives.id"],
                                name=op.f("fk_station_days_cooperative_id_cooperatives")),
        sa.UniqueConstraint("cooperative_id", "day", name="uq_station_days_day"),
    )
    op.create_index("ix_station_days_usn", "station_days", ["usn"])
    op.create_table(
        "expected_yields",
        sa.Column("cooperative_id", sa.String(length=36), nullable=False),
        sa.Column("product", sa.String(length=20), nullable=False),
        sa.Column("community_id", sa.String(length=36), nullable=True),
        sa.Column("kg_per_ha", sa.Integer(), nullable=False),
        *_record_columns("expected_yields"),
        sa.CheckConstraint("kg_per_ha > 0", name=op.f("ck_expected_yields_kg_per_ha_positive")),
        sa.CheckConstraint("product IN ('cherry', 'wet_parchment', 'dry_parchment')",
                           name=op.f("ck_expected_yields_product_known")),
        sa.ForeignKeyConstraint(["cooperative_id"], ["cooperatives.id"],
                                name=op.f("fk_expected_yields_cooperative_id_cooperatives")),
        sa.ForeignKeyConstraint(["community_id"], ["communities.id"],
                                name=op.f("fk_expected_yields_community_id_communities")),
    )
    op.create_index("ix_expected_yields_usn", "expected_yields", ["usn"])
    op.create_index("ix_expected_yields_product", "expected_yields",
                    ["cooperative_id", "product"])


def downgrade() -> None:
    op.drop_table("expected_yields")
    op.drop_table("station_days")
