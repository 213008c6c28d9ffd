"""CSV work off the UI thread: a ``QRunnable`` on a ``QThreadPool`` that reports progress and
its result through the signals of a ``QObject`` (delivered on the UI thread, queued).

The work opens its own session (one per action, IDs and plain values across threads, never
ORM objects), so an import still lands in one transaction -- all rows or none.
"""

from __future__ import annotations

import logging
from collections.abc import Callable
from functools import partial
from typing import Any

from PySide6.QtCore import QObject, QRunnable, QThreadPool, QTimer, Signal

from debttracker.core.messages import DomainError

log = logging.getLogger(__name__)

Work = Callable[[Callable[[int, int], None]], Any]


class TaskSignals(QObject):
    progress = Signal(int, int)  # done, in all
    finished = Signal(object)  # the work's result
    failed = Signal(object)  # a core Message or a str


class CsvTask(QRunnable):
    """Runs ``work(progress)`` on a pool thread; keep a reference until it reports back."""

    def __init__(self, work: Work) -> None:
        super().__init__()
        self.setAutoDelete(False)
        self.signals = TaskSignals()
        self._work = work

    def run(self) -> None:
        try:
            result = self._work(self.signals.progress.emit)
        except DomainError as exc:
            self.signals.failed.emit(exc.message)
        except Exception as exc:  # reported to the user, not lost in a thread
            log.exception("CSV task failed")
            self.signals.failed.emit(str(exc))
        else:
            self.signals.finished.emit(result)


_RUNNING: set[CsvTask] = set()  # alive until they report back (the pool does not own them)


def start(pool: QThreadPool, task: CsvTask) -> CsvTask:
    """Run ``task`` on ``pool``, keeping it alive until it has reported back."""
    _RUNNING.add(task)

    def release(_result: object) -> None:
        QTimer.singleShot(0, partial(_RUNNING.discard, task))

    task.signals.finished.connect(release)
    task.signals.failed.connect(release)
    pool.start(task)
    return task
