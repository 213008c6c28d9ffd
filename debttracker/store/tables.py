"""Import every table module so that ``SQLModel.metadata`` knows the whole schema.

Each aggregate adds its module here (ledger, budget, negotiation, reminders).
"""

from debttracker.store import (
    budget_tables,  # noqa: F401
    models,  # noqa: F401
    negotiation_tables,  # noqa: F401
    reminder_tables,  # noqa: F401
)
