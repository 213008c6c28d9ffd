"""Import every table module so that ``SQLModel.metadata`` knows the whole schema.

Each aggregate adds its module here (ledger, budget, negotiation, reminders).
"""

from debttracker.store import models  # noqa: F401
from debttracker.store import budget_tables  # noqa: F401
