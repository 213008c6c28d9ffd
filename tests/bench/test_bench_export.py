"""Export of the large sample as the streamed archive: time (pytest-benchmark) and the peak
memory (VmHWM) of an export process, beside a floor measured the same way in the same run
(a process that only imports the exporter).  Goal (issue 15 item 9): peak RSS <= 150 MB,
time linear in the data.  The figures go to extra_info and are printed; nothing is asserted
on speed."""

from __future__ import annotations

import subprocess
import sys

EXPORT = """
import sys
from pathlib import Path
from debttracker.store.db import open_database
from debttracker.store.exchange_export import write_archive
db = open_database(Path(sys.argv[1]))
write_archive(db, Path(sys.argv[2]))
db.close()
print(open("/proc/self/status").read().split("VmHWM:")[1].split()[0])
"""
FLOOR = """
import debttracker.store.exchange_export, debttracker.store.db
print(open("/proc/self/status").read().split("VmHWM:")[1].split()[0])
"""


def _peak_kib(code: str, *args: str) -> int:
    out = subprocess.run(
        [sys.executable, "-c", code, *args], capture_output=True, text=True, check=True
    )
    return int(out.stdout.split()[-1])


def test_export_of_the_large_sample(benchmark, large_sample_dir, tmp_path):
    from debttracker.store.db import open_database
    from debttracker.store.exchange_export import write_archive

    db = open_database(large_sample_dir)
    try:
        summary = benchmark(write_archive, db, tmp_path / "large.zip")
    finally:
        db.close()
    if sys.platform.startswith("linux"):
        floor = _peak_kib(FLOOR)
        peak = _peak_kib(EXPORT, str(large_sample_dir), str(tmp_path / "sub.zip"))
        benchmark.extra_info.update(floor_kib=floor, export_kib=peak, rows=summary.rows)
        print(f"\nexport rows {summary.rows}: peak {peak} KiB, floor {floor} KiB")
