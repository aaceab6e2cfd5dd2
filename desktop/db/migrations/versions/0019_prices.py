"""prices and discount rules per cooperative, product (and grade) and period; what each
delivery applied (issue 16 item 3)

The deliveries get plain ADD COLUMNs, in place on SQLite (a table of 1,000,000 deliveries is
not copied): existing deliveries have no defects counted, 0 kg of discounts, no rule values,
and a NULL payable weight, which reads as their net (desktop.db.cooperative.Delivery.payable).

Revision ID: 0019
Revises: 0018
"""
from typing import Sequence, Union

import sqlalchemy as sa
from alembic import op

revision: str = "0019"
down_revision: Union[str, Sequence[str], None] = "0018"
branch_labels: Union[str, Sequence[str], None] = None
depends_on: Union[str, Sequence[str], None] = None

PRODUCT_KNOWN = "product IN ('cherry', 'wet_parchment', 'dry_parchment')"
PERIOD = "valid_to IS NULL OR valid_to >= valid_from"
DELIVERY_COLUMNS = ("defects", "moisture_discount_kg", "defects_discount_kg", "payable_kg",
                    "moisture_limit_pct", "moisture_kg_per_point", "defects_allowed",
                    "defects_kg_per_point")


def _record_columns() -> list:
    return [
        sa.Column("id", sa.String(length=36), nullable=False),
        sa.Column("created_at", sa.DateTime(), nullable=False),
        sa.Column("updated_at", sa.DateTime(), nullable=False),
        sa.Column("deleted_at", sa.DateTime(), nullable=True),
        sa.Column("version", sa.Integer(), server_default=sa.text("1"), nullable=False),
        sa.Column("usn", sa.Integer(), server_default=sa.text("-1"), nullable=False),
        sa.Column("base_version", sa.Integer(), server_default=sa.text("0"), nullable=False),
    ]


def _period_table(name: str, *columns, checks=()) -> None:
    op.create_table(
        name,
        sa.Column("cooperative_id", sa.String(length=36), nullable=False),
        sa.Column("product", sa.String(length=20), nullable=False),
        *columns,
        sa.Column("valid_from", sa.Date(), nullable=False),
        sa.Column("valid_to", sa.Date(), nullable=True),
        *_record_columns(),
        sa.CheckConstraint(PERIOD, name=op.f(f"ck_{name}_period_ordered")),
        sa.CheckConstraint(PRODUCT_KNOWN, name=op.f(f"ck_{name}_product_known")),
        *checks,
        sa.ForeignKeyConstraint(["cooperative_id"], ["cooperatives.id"],
                                name=op.f(f"fk_{name}_cooperative_id_cooperatives")),
        sa.PrimaryKeyConstraint("id", name=op.f(f"pk_{name}")),
    )
    op.create_index(f"ix_{name}_in_force", name, ["cooperative_id", "product", "valid_from"])
    op.create_index(f"ix_{name}_usn", name, ["usn"])


def upgrade() -> None:
    _period_table(
        "prices",
        sa.Column("grade", sa.String(length=20), nullable=False),
        sa.Column("price_per_kg_pen", sa.Integer(), nullable=False),
        checks=[sa.CheckConstraint("price_per_kg_pen > 0",
                                   name=op.f("ck_prices_price_positive"))])
    _period_table(
        "discount_rules",
        sa.Column("moisture_limit_pct", sa.Integer(), nullable=False),
        sa.Column("moisture_kg_per_point", sa.Integer(), nullable=False),
        sa.Column("defects_allowed", sa.Integer(), nullable=False),
        sa.Column("defects_kg_per_point", sa.Integer(), nullable=False),
        checks=[sa.CheckConstraint("moisture_limit_pct BETWEEN 0 AND 10000",
                                   name=op.f("ck_discount_rules_moisture_limit_0_100")),
                sa.CheckConstraint("moisture_kg_per_point >= 0 AND defects_kg_per_point >= 0 "
                                   "AND defects_allowed >= 0",
                                   name=op.f("ck_discount_rules_rates_nonneg"))])
    # ALTER TABLE … ADD COLUMN: instant at any size (no copy of the deliveries table).
    for name in DELIVERY_COLUMNS:
        zero = name.endswith("_discount_kg")
        op.add_column("deliveries", sa.Column(name, sa.Integer(), nullable=not zero,
                                              server_default="0" if zero else None))


def downgrade() -> None:
    for name in reversed(DELIVERY_COLUMNS):
        op.drop_column("deliveries", name)
    for name in ("discount_rules", "prices"):
        op.drop_index(f"ix_{name}_usn", name)
        op.drop_index(f"ix_{name}_in_force", name)
        op.drop_table(name)
