"""A GUI-like worker process for the multi-process tests, driven line by line on stdin.

Run as ``python -m tests.store.mp_worker DATA_DIR``.  It opens the database the way the app
does (``open_database``, one pooled engine and the plain reader kept open) and answers each
command with one line on stdout:

* ``write`` -- add one lender in its own transaction; prints ``ack <id>`` once committed.
* ``check`` -- run the integrity check on the live file (what backup/restore/import do).
* ``backup`` -- the start-of-day backup path (``ensure_daily_backup``), then ``rotate``.
* ``read`` -- count the lenders through the plain reader; prints ``count <n>``.
* ``quit`` -- close and exit.

Every answer ends with a newline and is flushed, so the test knows it happened.
"""

from __future__ import annotations

import sys
from datetime import date, datetime
from pathlib import Path

from debttracker import paths
from debttracker.core.debts import LenderInput
from debttracker.store import backup, ledger
from debttracker.store.db import open_database
from debttracker.store.integrity import check_database


def main() -> None:
    data_dir = Path(sys.argv[1])
    db = open_database(data_dir)
    with db.read() as conn:  # the GUI keeps its plain reader open
        conn.execute("SELECT count(*) FROM lender").fetchone()
    print("ready", flush=True)
    n = 0
    for line in sys.stdin:
        word = line.strip()
        if word == "write":
            n += 1
            with db.session() as s:
                ident = ledger.add_lender(s, LenderInput(f"worker lender {n}"))
            print(f"ack {ident}", flush=True)
        elif word == "check":
            print(f"checked {check_database(paths.database_path(data_dir)).status}", flush=True)
        elif word == "backup":
            info = backup.ensure_daily_backup(data_dir, date.today(), now=datetime.now())
            print(f"backup {'none' if info is None else info.kind}", flush=True)
        elif word == "read":
            with db.read() as conn:
                print(
                    f"count {conn.execute('SELECT count(*) FROM lender').fetchone()[0]}", flush=True
                )
        elif word == "quit":
            break
    db.close()
    print("bye", flush=True)


if __name__ == "__main__":
    main()
