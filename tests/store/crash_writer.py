"""Writer process for the crash-safety test: many small transactions through the real store
code, printing each committed id (``L``ender, ``D``ebt, ``P``ayment) once its commit returned.

Run as ``python -m tests.store.crash_writer DATA_DIR SEED``; it writes until it is killed.
"""

from __future__ import annotations

import random
import sys
from datetime import date, timedelta
from decimal import Decimal
from pathlib import Path

from debttracker.core.debts import DebtInput, LenderInput, PaymentInput
from debttracker.core.rates import Rate
from debttracker.store import ledger
from debttracker.store.db import open_database


def new_debt(db, lender_id: int, n: int) -> int:
    data = DebtInput(
        lender_id=lender_id,
        name=f"loan {n}",
        principal=Decimal("12000.00"),
        start_date=date(2025, 1, 1),
        term_months=12,
        rate=Rate(Decimal("0.12")),
    )
    with db.session() as s:
        return ledger.add_debt(s, data)


def main() -> None:
    data_dir, seed = Path(sys.argv[1]), int(sys.argv[2])
    rng = random.Random(seed)
    db = open_database(data_dir)
    print("ready", flush=True)
    with db.session() as s:
        lender_id = ledger.add_lender(s, LenderInput(f"crash lender {seed}"))
    print(f"L {lender_id}", flush=True)
    n = 0
    debt_id = new_debt(db, lender_id, n)
    print(f"D {debt_id}", flush=True)
    while True:
        n += 1
        if n % 25 == 0:
            debt_id = new_debt(db, lender_id, n)
            print(f"D {debt_id}", flush=True)
        elif n % 7 == 0:
            with db.session() as s:
                lender_id = ledger.add_lender(s, LenderInput(f"crash lender {seed}-{n}"))
            print(f"L {lender_id}", flush=True)
        else:
            paid = PaymentInput(
                date(2025, 2, 1) + timedelta(days=n % 300),
                Decimal(rng.randint(1, 200_000)) / 100,
                note=f"payment {n}",
            )
            with db.session() as s:
                result = ledger.add_payment(s, debt_id, paid)
            print(f"P {result.payment_id}", flush=True)


if __name__ == "__main__":
    main()
