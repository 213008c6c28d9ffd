"""negotiation: contacts, promises, agreements, incidents, evidence, notes, FTS5 search

Revision ID: n001_negotiation
Revises: 0001
Create Date: 2026-11-23 12:30:00

The FTS5 table ``negotiation_fts`` (trigram tokenizer, so Chinese text is searchable without a
word segmenter) is filled and kept in sync by triggers on the source tables.  SQLite's batch
mode drops triggers when it rebuilds a table: a later migration that batch-alters one of these
tables must create its triggers again (copy ``_fts_triggers`` into it; migrations stay frozen).
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "n001_negotiation"
down_revision = "0001"
branch_labels = ("negotiation",)
depends_on = None

FTS = "negotiation_fts"

# table -> (kind stored in the FTS row, SQL expression of the lender, SQL text of the body)
_SOURCES = {
    "contact": (
        "contact",
        "{r}.lender_id",
        "{r}.person_name || ' ' || {r}.staff_id || ' ' || {r}.number || ' ' || {r}.summary"
        " || ' ' || {r}.notes || ' ' || {r}.answer || ' ' || {r}.verification",
    ),
    "promise": ("promise", "{r}.lender_id", "{r}.description"),
    "agreement": ("agreement", "{r}.lender_id", "{r}.notes"),
    "incident": ("incident", "{r}.lender_id", "{r}.description || ' ' || {r}.reported_to"),
    "negotiation_note": ("note", "{r}.lender_id", "{r}.worked || ' ' || {r}.differently"),
    "evidence": ("evidence", "NULL", "{r}.original_name || ' ' || {r}.description"),
}


def _fts_triggers(table: str) -> list[str]:
    kind, lender, body = _SOURCES[table]
    insert = (
        f"INSERT INTO {FTS}(kind, ref_id, lender_id, body) VALUES "
        f"('{kind}', new.id, {lender.format(r='new')}, {body.format(r='new')});"
    )
    delete = f"DELETE FROM {FTS} WHERE kind = '{kind}' AND ref_id = old.id;"
    return [
        f"CREATE TRIGGER {table}_fts_ai AFTER INSERT ON {table} BEGIN {insert} END",
        f"CREATE TRIGGER {table}_fts_ad AFTER DELETE ON {table} BEGIN {delete} END",
        f"CREATE TRIGGER {table}_fts_au AFTER UPDATE ON {table} BEGIN {delete} {insert} END",
    ]


def _index(table: str, name: str, columns: list[str], unique: bool = False) -> None:
    with op.batch_alter_table(table, schema=None) as batch_op:
        batch_op.create_index(name, columns, unique=unique)


def upgrade() -> None:
    op.create_table(
        "contact",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("lender_id", sa.Integer(), nullable=False),
        sa.Column("debt_id", sa.Integer(), nullable=True),
        sa.Column("at", sa.DateTime(), nullable=False),
        sa.Column("direction", sa.String(length=3), nullable=False),
        sa.Column("channel", sa.String(length=10), nullable=False),
        sa.Column("number", sa.String(length=100), nullable=False),
        sa.Column("number_official", sa.Boolean(), nullable=False),
        sa.Column("my_number", sa.String(length=100), nullable=False),
        sa.Column("answered", sa.Boolean(), nullable=False),
        sa.Column("person_name", sa.String(length=100), nullable=False),
        sa.Column("staff_id", sa.String(length=100), nullable=False),
        sa.Column("identity_verified", sa.Boolean(), nullable=False),
        sa.Column("verification", sa.String(), nullable=False),
        sa.Column("summary", sa.String(), nullable=False),
        sa.Column("notes", sa.String(), nullable=False),
        sa.Column("requests", sa.String(length=200), nullable=False),
        sa.Column("answer", sa.String(), nullable=False),
        sa.Column("outcome", sa.String(length=20), nullable=False),
        sa.Column("flags", sa.String(length=200), nullable=False),
        sa.Column("created_at", sa.DateTime(), nullable=False),
        sa.ForeignKeyConstraint(["debt_id"], ["debt.id"]),
        sa.ForeignKeyConstraint(["lender_id"], ["lender.id"]),
        sa.PrimaryKeyConstraint("id"),
    )
    _index("contact", "ix_contact_at", ["at"])
    _index("contact", "ix_contact_debt_id", ["debt_id"])
    _index("contact", "ix_contact_lender_at", ["lender_id", "at"])

    op.create_table(
        "promise",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("lender_id", sa.Integer(), nullable=False),
        sa.Column("debt_id", sa.Integer(), nullable=True),
        sa.Column("contact_id", sa.Integer(), nullable=True),
        sa.Column("by", sa.String(length=10), nullable=False),
        sa.Column("kind", sa.String(length=20), nullable=False),
        sa.Column("description", sa.String(), nullable=False),
        sa.Column("amount_fen", sa.Integer(), nullable=True),
        sa.Column("made_on", sa.Date(), nullable=False),
        sa.Column("working_days", sa.Integer(), nullable=True),
        sa.Column("due_earliest", sa.Date(), nullable=False),
        sa.Column("due_latest", sa.Date(), nullable=False),
        sa.Column("calendar_known", sa.Boolean(), nullable=False),
        sa.Column("status", sa.String(length=10), nullable=False),
        sa.Column("resolved_on", sa.Date(), nullable=True),
        sa.Column("created_at", sa.DateTime(), nullable=False),
        sa.ForeignKeyConstraint(["contact_id"], ["contact.id"]),
        sa.ForeignKeyConstraint(["debt_id"], ["debt.id"]),
        sa.ForeignKeyConstraint(["lender_id"], ["lender.id"]),
        sa.PrimaryKeyConstraint("id"),
    )
    for column in ("lender_id", "debt_id", "contact_id", "due_earliest"):
        _index("promise", f"ix_promise_{column}", [column])

    op.create_table(
        "agreement",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("debt_id", sa.Integer(), nullable=False),
        sa.Column("lender_id", sa.Integer(), nullable=False),
        sa.Column("contact_id", sa.Integer(), nullable=True),
        sa.Column("kind", sa.String(length=20), nullable=False),
        sa.Column("signed_on", sa.Date(), nullable=False),
        sa.Column("first_due", sa.Date(), nullable=False),
        sa.Column("balance_fen", sa.Integer(), nullable=False),
        sa.Column("months", sa.Integer(), nullable=False),
        sa.Column("annual_rate", sa.String(length=40), nullable=False),
        sa.Column("deferral_months", sa.Integer(), nullable=False),
        sa.Column("settlement_fen", sa.Integer(), nullable=True),
        sa.Column("waived_interest_fen", sa.Integer(), nullable=False),
        sa.Column("waived_penalty_fen", sa.Integer(), nullable=False),
        sa.Column("waived_fees_fen", sa.Integer(), nullable=False),
        sa.Column("from_terms_version", sa.Integer(), nullable=False),
        sa.Column("to_terms_version", sa.Integer(), nullable=False),
        sa.Column("previous_status", sa.String(length=20), nullable=False),
        sa.Column("notes", sa.String(), nullable=False),
        sa.Column("created_at", sa.DateTime(), nullable=False),
        sa.ForeignKeyConstraint(["contact_id"], ["contact.id"]),
        sa.ForeignKeyConstraint(["debt_id"], ["debt.id"]),
        sa.ForeignKeyConstraint(["lender_id"], ["lender.id"]),
        sa.PrimaryKeyConstraint("id"),
    )
    _index("agreement", "ix_agreement_debt_id", ["debt_id"])
    _index("agreement", "ix_agreement_lender_id", ["lender_id"])

    op.create_table(
        "incident",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("lender_id", sa.Integer(), nullable=True),
        sa.Column("contact_id", sa.Integer(), nullable=True),
        sa.Column("at", sa.DateTime(), nullable=False),
        sa.Column("kind", sa.String(length=30), nullable=False),
        sa.Column("description", sa.String(), nullable=False),
        sa.Column("reported_to", sa.String(length=100), nullable=False),
        sa.Column("reported_on", sa.Date(), nullable=True),
        sa.Column("created_at", sa.DateTime(), nullable=False),
        sa.ForeignKeyConstraint(["contact_id"], ["contact.id"]),
        sa.ForeignKeyConstraint(["lender_id"], ["lender.id"]),
        sa.PrimaryKeyConstraint("id"),
    )
    _index("incident", "ix_incident_at", ["at"])
    _index("incident", "ix_incident_lender_id", ["lender_id"])

    op.create_table(
        "evidence",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("stored_name", sa.String(length=300), nullable=False),
        sa.Column("original_name", sa.String(length=300), nullable=False),
        sa.Column("sha256", sa.String(length=64), nullable=False),
        sa.Column("size", sa.Integer(), nullable=False),
        sa.Column("description", sa.String(), nullable=False),
        sa.Column("added_at", sa.DateTime(), nullable=False),
        sa.PrimaryKeyConstraint("id"),
        sa.UniqueConstraint("stored_name"),
    )
    _index("evidence", "ix_evidence_sha256", ["sha256"])

    op.create_table(
        "evidence_link",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("evidence_id", sa.Integer(), nullable=False),
        sa.Column("contact_id", sa.Integer(), nullable=True),
        sa.Column("promise_id", sa.Integer(), nullable=True),
        sa.Column("agreement_id", sa.Integer(), nullable=True),
        sa.Column("incident_id", sa.Integer(), nullable=True),
        sa.ForeignKeyConstraint(["agreement_id"], ["agreement.id"]),
        sa.ForeignKeyConstraint(["contact_id"], ["contact.id"]),
        sa.ForeignKeyConstraint(["evidence_id"], ["evidence.id"]),
        sa.ForeignKeyConstraint(["incident_id"], ["incident.id"]),
        sa.ForeignKeyConstraint(["promise_id"], ["promise.id"]),
        sa.PrimaryKeyConstraint("id"),
    )
    for column in ("evidence_id", "contact_id", "promise_id", "agreement_id", "incident_id"):
        _index("evidence_link", f"ix_evidence_link_{column}", [column])

    op.create_table(
        "negotiation_note",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("lender_id", sa.Integer(), nullable=False),
        sa.Column("debt_id", sa.Integer(), nullable=True),
        sa.Column("closed_on", sa.Date(), nullable=False),
        sa.Column("outcome", sa.String(length=20), nullable=False),
        sa.Column("worked", sa.String(), nullable=False),
        sa.Column("differently", sa.String(), nullable=False),
        sa.Column("created_at", sa.DateTime(), nullable=False),
        sa.ForeignKeyConstraint(["debt_id"], ["debt.id"]),
        sa.ForeignKeyConstraint(["lender_id"], ["lender.id"]),
        sa.PrimaryKeyConstraint("id"),
    )
    _index("negotiation_note", "ix_negotiation_note_lender_id", ["lender_id"])

    op.execute(
        f"CREATE VIRTUAL TABLE {FTS} USING fts5("
        "kind UNINDEXED, ref_id UNINDEXED, lender_id UNINDEXED, body, tokenize = 'trigram')"
    )
    for table in _SOURCES:
        for statement in _fts_triggers(table):
            op.execute(statement)


def downgrade() -> None:
    for table in _SOURCES:
        for suffix in ("ai", "ad", "au"):
            op.execute(f"DROP TRIGGER IF EXISTS {table}_fts_{suffix}")
    op.execute(f"DROP TABLE IF EXISTS {FTS}")
    for table in (
        "negotiation_note",
        "evidence_link",
        "evidence",
        "incident",
        "agreement",
        "promise",
        "contact",
    ):
        op.drop_table(table)
