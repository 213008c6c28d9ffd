"""Persistence: SQLite through SQLModel, Alembic migrations, one repository module per aggregate.

No Qt here. Amounts are integer fen; rates are decimal strings; events are stored in UTC.
"""
