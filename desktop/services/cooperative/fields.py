"""The cooperative's fields, declared once: what forms ask, what tables and lists show."""

from __future__ import annotations

from desktop.i18n import QT_TRANSLATE_NOOP
from desktop.services.fields import BOOL, CHOICE, DATE, DECIMAL, INT, REF, Field

COOPERATIVE_FIELDS = [
    Field("name", QT_TRANSLATE_NOOP("Fields", "Cooperative"), required=True, max_length=200,
          width=260),
    Field("ruc", QT_TRANSLATE_NOOP("Fields", "RUC"), required=True, max_length=11, width=110,
          placeholder="20601234567"),
    Field("address", QT_TRANSLATE_NOOP("Fields", "Address"), max_length=200, width=260),
    Field("receipt_prefix", QT_TRANSLATE_NOOP("Fields", "Receipt prefix"), max_length=12,
          file_safe=True,
          width=100, placeholder="COOP"),
]

MEMBERSHIP_FIELDS = [
    Field("member_code", QT_TRANSLATE_NOOP("Fields", "Member code"), max_length=20, width=90,
          placeholder=QT_TRANSLATE_NOOP("Fields", "automatic"), key_column=True),
    Field("name", QT_TRANSLATE_NOOP("Fields", "Member"), in_form=False, width=220, key_column=True),
    Field("family_code", QT_TRANSLATE_NOOP("Fields", "Family code"), required=True,
          max_length=20, width=90, key_column=True),
    # The list shows the member person's DNI (to roles that may read it); the form chooses
    # the person by name with a lookup, so a manager who cannot see DNIs can still choose.
    Field("dni", QT_TRANSLATE_NOOP("Fields", "Member's DNI"), max_length=8, width=90,
          in_form=False),
    Field("person_id", QT_TRANSLATE_NOOP("Fields", "Member (person)"), REF, in_table=False,
          placeholder=QT_TRANSLATE_NOOP("Fields", "head of family if empty")),
    Field("joined_on", QT_TRANSLATE_NOOP("Fields", "Joined on"), DATE, width=100),
    Field("certifications", QT_TRANSLATE_NOOP("Fields", "Certifications"), in_form=False,
          width=200),
    Field("organic_until", QT_TRANSLATE_NOOP("Fields", "Organic certified until"), DATE,
          in_table=False),
    Field("fair_trade_until", QT_TRANSLATE_NOOP("Fields", "Fair trade certified until"), DATE,
          in_table=False),
    Field("other_until", QT_TRANSLATE_NOOP("Fields", "Other certification until"), DATE,
          in_table=False),
]

#: The members list's figures of the current year, beside MEMBERSHIP_FIELDS' columns
#: (figures.totals_of_members, a page of members at a time).
MEMBER_SEASON_FIELDS = [
    Field("deliveries", QT_TRANSLATE_NOOP("Fields", "Deliveries this year"), INT,
          in_form=False, width=90),
    Field("net_kg", QT_TRANSLATE_NOOP("Fields", "Net kg this year"), DECIMAL, places=2,
          in_form=False, width=110, unit="kg"),
    Field("amount_pen", QT_TRANSLATE_NOOP("Fields", "Amount this year (S/)"), DECIMAL,
          places=2, in_form=False, width=120, unit="pen"),
    Field("unpaid_pen", QT_TRANSLATE_NOOP("Fields", "Unpaid this year (S/)"), DECIMAL,
          places=2, in_form=False, width=120, unit="pen"),
]

DELIVERY_FIELDS = [
    Field("receipt_number", QT_TRANSLATE_NOOP("Fields", "Receipt number"), in_form=False,
          aliases=(QT_TRANSLATE_NOOP("Fields", "Receipt"),), width=160,
          file_safe=True, key_column=True),
    Field("delivered_on", QT_TRANSLATE_NOOP("Fields", "Date"), DATE, required=True, width=95,
          key_column=True),
    Field("member_code", QT_TRANSLATE_NOOP("Fields", "Member code"), in_form=False, width=95),
    Field("member", QT_TRANSLATE_NOOP("Fields", "Member"), in_form=False, width=200,
          key_column=True),
    Field("membership_id", QT_TRANSLATE_NOOP("Fields", "Member"), REF, required=True,
          in_table=False),
    Field("plot_id", QT_TRANSLATE_NOOP("Fields", "Plot"), REF, in_table=False),
    Field("plot", QT_TRANSLATE_NOOP("Fields", "Plot"), in_form=False, width=130),
    Field("product", QT_TRANSLATE_NOOP("Fields", "Product"), CHOICE, required=True,
          choices="product", width=120),
    Field("gross_kg", QT_TRANSLATE_NOOP("Fields", "Gross (kg)"), DECIMAL, required=True,
          places=2, width=85, unit="kg"),
    Field("tare_kg", QT_TRANSLATE_NOOP("Fields", "Tare (kg)"), DECIMAL, places=2, width=70, unit="kg"),
    Field("net_kg", QT_TRANSLATE_NOOP("Fields", "Net kg"), DECIMAL, places=2, in_form=False,
          aliases=(QT_TRANSLATE_NOOP("Fields", "Net (kg)"),),
          width=85, unit="kg", key_column=True),
    Field("moisture_pct", QT_TRANSLATE_NOOP("Fields", "Moisture (%)"), DECIMAL, required=True,
          places=1, width=80, unit="pct"),
    Field("grade", QT_TRANSLATE_NOOP("Fields", "Grade"), max_length=20, width=90),
    Field("cup_score", QT_TRANSLATE_NOOP("Fields", "Cup score"), DECIMAL, places=2, width=70),
    Field("price_per_kg_pen", QT_TRANSLATE_NOOP("Fields", "Price per kg (S/)"), DECIMAL,
          aliases=(QT_TRANSLATE_NOOP("Fields", "Price (S/ per kg)"),),
          required=True, places=2, width=85, unit="pen"),
    Field("amount_pen", QT_TRANSLATE_NOOP("Fields", "Amount (S/)"), DECIMAL, places=2,
          in_form=False, width=95, unit="pen", key_column=True),
    Field("paid_on", QT_TRANSLATE_NOOP("Fields", "Paid on"), DATE, in_form=False, width=95,
          key_column=True),
    Field("lot", QT_TRANSLATE_NOOP("Fields", "Lot"), in_form=False, width=90),
    Field("flags", QT_TRANSLATE_NOOP("Fields", "Flags"), in_form=False, width=200),
    Field("voided_at", QT_TRANSLATE_NOOP("Fields", "Voided on"), DATE, in_form=False, width=95),
    Field("void_reason", QT_TRANSLATE_NOOP("Fields", "Reason for voiding"), in_form=False,
          in_table=False),
    # Read from the scale or typed (issue 16): set by the station, shown on the receipt.
    Field("weight_source", QT_TRANSLATE_NOOP("Fields", "Weight taken"), CHOICE,
          choices="weight_source", in_form=False, in_table=False),
    # Discounts (issue 16 item 3): the defect points typed at the station, then what the rule
    # in force took off the net and what is paid for. Columns added at the end of the lists.
    Field("defects", QT_TRANSLATE_NOOP("Fields", "Defects (points)"), DECIMAL, places=1,
          width=80),
    Field("discount_kg", QT_TRANSLATE_NOOP("Fields", "Discounts (kg)"), DECIMAL, places=2,
          in_form=False, width=95, unit="kg"),
    Field("payable_kg", QT_TRANSLATE_NOOP("Fields", "Payable kg"), DECIMAL, places=2,
          in_form=False, width=95, unit="kg"),
    Field("moisture_discount_kg", QT_TRANSLATE_NOOP("Fields", "Moisture discount (kg)"),
          DECIMAL, places=2, in_form=False, in_table=False, unit="kg"),
    Field("defects_discount_kg", QT_TRANSLATE_NOOP("Fields", "Defects discount (kg)"),
          DECIMAL, places=2, in_form=False, in_table=False, unit="kg"),
]

LOT_FIELDS = [
    Field("code", QT_TRANSLATE_NOOP("Fields", "Lot code"), required=True, max_length=40,
          file_safe=True,
          width=110, key_column=True),
    Field("buyer", QT_TRANSLATE_NOOP("Fields", "Buyer"), max_length=200, width=180,
          key_column=True),
    Field("destination_country", QT_TRANSLATE_NOOP("Fields", "Destination country"),
          max_length=80, width=140),
    Field("shipping_date", QT_TRANSLATE_NOOP("Fields", "Shipping date"), DATE, width=100,
          key_column=True),
    Field("certifications", QT_TRANSLATE_NOOP("Fields", "Certifications"), in_form=False,
          width=180),
    Field("organic", QT_TRANSLATE_NOOP("Fields", "Organic"), BOOL, in_table=False),
    Field("fair_trade", QT_TRANSLATE_NOOP("Fields", "Fair trade"), BOOL, in_table=False),
    Field("other", QT_TRANSLATE_NOOP("Fields", "Other certification"), BOOL, in_table=False),
    Field("deliveries", QT_TRANSLATE_NOOP("Fields", "Deliveries"), INT, in_form=False,
          width=80, key_column=True),
    Field("net_kg", QT_TRANSLATE_NOOP("Fields", "Total (kg)"), DECIMAL, places=2,
          in_form=False, width=100, unit="kg", key_column=True),
]

#: The list of what is owed, per member.
OWED_FIELDS = [
    Field("member_code", QT_TRANSLATE_NOOP("Fields", "Member code"), width=90),
    Field("member", QT_TRANSLATE_NOOP("Fields", "Member"), width=220),
    Field("deliveries", QT_TRANSLATE_NOOP("Fields", "Deliveries"), INT, width=80),
    Field("net_kg", QT_TRANSLATE_NOOP("Fields", "Net kg"), DECIMAL, places=2, width=100, unit="kg"),
    Field("amount_pen", QT_TRANSLATE_NOOP("Fields", "Owed (S/)"), DECIMAL, places=2, width=110, unit="pen"),
    Field("oldest", QT_TRANSLATE_NOOP("Fields", "Oldest delivery"), DATE, width=110),
]

#: A payment day's line per member (the list reviewed, its PDF and its workbook).
PAYMENT_LINE_FIELDS = [
    Field("member_code", QT_TRANSLATE_NOOP("Fields", "Member code"), width=90),
    Field("member", QT_TRANSLATE_NOOP("Fields", "Member"), width=220),
    Field("deliveries", QT_TRANSLATE_NOOP("Fields", "Deliveries"), INT, width=80),
    Field("net_kg", QT_TRANSLATE_NOOP("Fields", "Net kg"), DECIMAL, places=2, width=100,
          unit="kg"),
    Field("gross_pen", QT_TRANSLATE_NOOP("Fields", "Gross amount (S/)"), DECIMAL, places=2,
          width=120, unit="pen"),
    Field("deductions_pen", QT_TRANSLATE_NOOP("Fields", "Deductions (S/)"), DECIMAL,
          places=2, width=110, unit="pen"),
    Field("net_pen", QT_TRANSLATE_NOOP("Fields", "Net payable (S/)"), DECIMAL, places=2,
          width=120, unit="pen"),
]

#: Where a price's or a rule's period stands today (labels.toml "period_status").
PERIOD_STATUS = Field("status", QT_TRANSLATE_NOOP("Fields", "Status"), CHOICE,
                      choices="period_status", in_form=False, width=90, key_column=True)

#: The price table: a price per kg of a product (and grade) for a period.
PRICE_FIELDS = [
    Field("product", QT_TRANSLATE_NOOP("Fields", "Product"), CHOICE, required=True,
          choices="product", width=150, key_column=True),
    Field("grade", QT_TRANSLATE_NOOP("Fields", "Grade"), max_length=20, width=100,
          placeholder=QT_TRANSLATE_NOOP("Fields", "any grade if empty"), key_column=True),
    Field("valid_from", QT_TRANSLATE_NOOP("Fields", "Valid from"), DATE, required=True,
          width=95, key_column=True),
    Field("valid_to", QT_TRANSLATE_NOOP("Fields", "Valid to"), DATE, width=95,
          placeholder=QT_TRANSLATE_NOOP("Fields", "open-ended if empty"), key_column=True),
    Field("price_per_kg_pen", QT_TRANSLATE_NOOP("Fields", "Price per kg (S/)"), DECIMAL,
          required=True, places=2, width=95, unit="pen", key_column=True),
    PERIOD_STATUS,
]

#: Discount rules: kilos deducted for every 100 kg of net weight, per point of moisture above
#: the limit and per defect point above those allowed.
DISCOUNT_RULE_FIELDS = [
    Field("product", QT_TRANSLATE_NOOP("Fields", "Product"), CHOICE, required=True,
          choices="product", width=150, key_column=True),
    Field("valid_from", QT_TRANSLATE_NOOP("Fields", "Valid from"), DATE, required=True,
          width=95, key_column=True),
    Field("valid_to", QT_TRANSLATE_NOOP("Fields", "Valid to"), DATE, width=95,
          placeholder=QT_TRANSLATE_NOOP("Fields", "open-ended if empty"), key_column=True),
    Field("moisture_limit_pct", QT_TRANSLATE_NOOP("Fields", "Moisture limit (%)"), DECIMAL,
          required=True, places=1, width=95, unit="pct", key_column=True),
    Field("moisture_kg_per_point", QT_TRANSLATE_NOOP(
        "Fields", "kg off per moisture point (per 100 kg)"), DECIMAL, required=True, places=2,
        width=110, unit="kg", key_column=True),
    Field("defects_allowed", QT_TRANSLATE_NOOP("Fields", "Defect points allowed"), DECIMAL,
          places=1, width=95, placeholder="0", key_column=True),
    Field("defects_kg_per_point", QT_TRANSLATE_NOOP(
        "Fields", "kg off per defect point (per 100 kg)"), DECIMAL, places=2, width=110,
        unit="kg", placeholder="0", key_column=True),
    PERIOD_STATUS,
]

#: What is typed for a delivery, except the member (looked up separately).
DELIVERY_INPUT_FIELDS = [f for f in DELIVERY_FIELDS if f.in_form and f.name != "membership_id"]

#: A member's plots as the traceability export sees them.
PLOT_TRACE_FIELDS = [
    Field("name", QT_TRANSLATE_NOOP("Fields", "Plot"), width=160),
    Field("area_ha", QT_TRANSLATE_NOOP("Fields", "Area (ha)"), DECIMAL, places=2, width=80, unit="ha"),
    Field("boundary", QT_TRANSLATE_NOOP("Fields", "Boundary walked"), BOOL, width=110),
    Field("located", QT_TRANSLATE_NOOP("Fields", "Coordinates"), BOOL, width=100),
]

#: An advance or loan to a member (issue 16 item 4): typed in its dialog, listed per member.
ADVANCE_FIELDS = [
    Field("given_on", QT_TRANSLATE_NOOP("Fields", "Date"), DATE, required=True, width=95,
          key_column=True),
    Field("member_code", QT_TRANSLATE_NOOP("Fields", "Member code"), in_form=False, width=90),
    Field("kind", QT_TRANSLATE_NOOP("Fields", "Given in"), CHOICE, required=True,
          choices="advance_kind", width=90, key_column=True),
    Field("description", QT_TRANSLATE_NOOP("Fields", "What was given"), required=True,
          max_length=200, width=180, key_column=True,
          placeholder=QT_TRANSLATE_NOOP("Fields", "e.g. 2 bags of fertiliser")),
    Field("amount_pen", QT_TRANSLATE_NOOP("Fields", "Amount (S/)"), DECIMAL, required=True,
          places=2, width=95, unit="pen", key_column=True),
    Field("rule", QT_TRANSLATE_NOOP("Fields", "Deduction"), CHOICE, required=True,
          choices="deduction_rule", width=170),
    Field("share_pct", QT_TRANSLATE_NOOP("Fields", "Share of each payment (%)"), DECIMAL,
          places=2, width=90, unit="pct",
          placeholder=QT_TRANSLATE_NOOP("Fields", "only for a share of each payment")),
    Field("outstanding_pen", QT_TRANSLATE_NOOP("Fields", "Outstanding (S/)"), DECIMAL,
          places=2, in_form=False, width=100, unit="pen", key_column=True),
    Field("notes", QT_TRANSLATE_NOOP("Fields", "Notes"), max_length=1000, multiline=True,
          in_table=False),
    Field("voided_at", QT_TRANSLATE_NOOP("Fields", "Voided on"), DATE, in_form=False, width=95),
    Field("void_reason", QT_TRANSLATE_NOOP("Fields", "Reason for voiding"), in_form=False,
          in_table=False),
]

#: What is typed for an advance (the member is chosen before).
ADVANCE_INPUT_FIELDS = [f for f in ADVANCE_FIELDS if f.in_form]

#: A member's account: one line per delivery, payment, advance or deduction.
ACCOUNT_FIELDS = [
    Field("day", QT_TRANSLATE_NOOP("Fields", "Date"), DATE, width=95),
    Field("kind", QT_TRANSLATE_NOOP("Fields", "Movement"), CHOICE,
          choices="statement_movement", width=180),
    Field("reference", QT_TRANSLATE_NOOP("Fields", "Receipt or detail"), width=240),
    Field("net_kg", QT_TRANSLATE_NOOP("Fields", "Net kg"), DECIMAL, places=2, width=80,
          unit="kg"),
    Field("credit", QT_TRANSLATE_NOOP("Fields", "Credit (S/)"), DECIMAL, places=2, width=95,
          unit="pen"),
    Field("debit", QT_TRANSLATE_NOOP("Fields", "Debit (S/)"), DECIMAL, places=2, width=95,
          unit="pen"),
    Field("balance", QT_TRANSLATE_NOOP("Fields", "Balance (S/)"), DECIMAL, places=2,
          width=100, unit="pen"),
]

#: The kilos per hectare a coffee plot is expected to give in a season (issue 16 item 8).
EXPECTED_YIELD_FIELDS = [
    Field("product", QT_TRANSLATE_NOOP("Fields", "Product"), CHOICE, required=True,
          choices="product", width=140),
    Field("community", QT_TRANSLATE_NOOP("Fields", "Community"), width=200),
    Field("kg_per_ha", QT_TRANSLATE_NOOP("Fields", "Expected yield (kg/ha)"), DECIMAL,
          required=True, places=1, width=150, unit="kg"),
]


#: A weighing station's day once closed (issue 16 item 7): who closed it, and who reopened it
#: and why, as the audit names them. (desktop.services.sync.fields still declares the same
#: labels for its conflicts: they may point here.)
STATION_DAY_FIELDS = [
    Field("day", QT_TRANSLATE_NOOP("Fields", "Day"), DATE, width=95),
    Field("closed_at", QT_TRANSLATE_NOOP("Fields", "Closed at"), in_form=False, width=130),
    Field("closed_by", QT_TRANSLATE_NOOP("Fields", "Closed by"), in_form=False, width=120),
    Field("reopened_at", QT_TRANSLATE_NOOP("Fields", "Reopened at"), in_form=False, width=130),
    Field("reopened_by", QT_TRANSLATE_NOOP("Fields", "Reopened by"), in_form=False, width=120),
    Field("reopen_reason", QT_TRANSLATE_NOOP("Fields", "Why it was reopened"), in_form=False,
          width=200),
]

__all__ = [
    "COOPERATIVE_FIELDS", "MEMBERSHIP_FIELDS", "MEMBER_SEASON_FIELDS", "DELIVERY_FIELDS",
    "LOT_FIELDS", "OWED_FIELDS",
    "PAYMENT_LINE_FIELDS",
    "DELIVERY_INPUT_FIELDS", "PLOT_TRACE_FIELDS", "PRICE_FIELDS", "DISCOUNT_RULE_FIELDS",
    "ADVANCE_FIELDS", "ADVANCE_INPUT_FIELDS", "ACCOUNT_FIELDS",
    "EXPECTED_YIELD_FIELDS", "STATION_DAY_FIELDS",
]
