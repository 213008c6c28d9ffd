"""Slow work of the negotiation tab (evidence check, case-file export) off the UI thread: a
``QRunnable`` on the tab's ``QThreadPool`` that reports back through queued signals.

The work opens its own session and hands back plain values, never ORM objects."""

from __future__ import annotations

import logging
from collections.abc import Callable
from functools import partial
from typing import Any

from PySide6.QtCore import QObject, QRunnable, QThreadPool, QTimer, Signal

from debttracker.core.messages import DomainError

log = logging.getLogger(__name__)


class TaskSignals(QObject):
    finished = Signal(object)  # the work's result
    failed = Signal(object)  # a core Message, an OSError or a str


class Task(QRunnable):
    def __init__(self, work: Callable[[], Any]) -> None:
        super().__init__()
        self.setAutoDelete(False)
        self.signals = TaskSignals()
        self._work = work

    def run(self) -> None:
        try:
            result = self._work()
        except DomainError as exc:
            self.signals.failed.emit(exc.message)
        except OSError as exc:
            self.signals.failed.emit(exc)
        except Exception as exc:  # reported to the user, not lost in a thread
            log.exception("negotiation task failed")
            self.signals.failed.emit(str(exc))
        else:
            self.signals.finished.emit(result)


_RUNNING: set[Task] = set()  # alive until they report back (the pool does not own them)


def start(
    pool: QThreadPool,
    work: Callable[[], Any],
    finished: Callable[[Any], None],
    failed: Callable[[Any], None],
) -> Task:
    """Run ``work()`` on ``pool``; ``finished(result)`` or ``failed(error)`` on the UI thread."""
    task = Task(work)
    _RUNNING.add(task)

    def release(_value: object) -> None:
        QTimer.singleShot(0, partial(_RUNNING.discard, task))

    task.signals.finished.connect(finished)
    task.signals.failed.connect(failed)
    task.signals.finished.connect(release)
    task.signals.failed.connect(release)
    pool.start(task)
    return task
