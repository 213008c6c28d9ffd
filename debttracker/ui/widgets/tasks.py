"""Slow work off the UI thread: a ``QRunnable`` on a ``QThreadPool`` that reports back through
queued signals (so handlers run on the UI thread).

The work opens its own session and hands back plain values, never ORM objects.  A failure
arrives as a core ``Message`` (a refusal), an ``OSError`` (the disk said no) or a ``str``
(anything unexpected, also logged) -- never lost in the thread.
"""

from __future__ import annotations

import logging
from collections.abc import Callable
from functools import partial
from typing import Any

from PySide6.QtCore import QObject, QRunnable, QThreadPool, QTimer, Signal

from debttracker.core.messages import DomainError, Message
from debttracker.ui.i18n import translate_message

log = logging.getLogger(__name__)


def failure_text(error: object) -> str:
    """What to show for a task's failure: a refusal in the user's language, else its text."""
    return translate_message(error) if isinstance(error, Message) else str(error)


class TaskSignals(QObject):
    progress = Signal(int, int)  # done, in all
    finished = Signal(object)  # the work's result
    failed = Signal(object)  # a core Message, an OSError or a str


class Task(QRunnable):
    """Runs ``work()`` -- or ``work(progress)`` with ``with_progress`` -- on a pool thread."""

    def __init__(self, work: Callable[..., Any], *, with_progress: bool = False) -> None:
        super().__init__()
        self.setAutoDelete(False)  # kept alive by :func:`start` until it has reported back
        self.signals = TaskSignals()
        self._work = work
        self._with_progress = with_progress

    def run(self) -> None:
        try:
            if self._with_progress:
                result = self._work(self.signals.progress.emit)
            else:
                result = self._work()
        except DomainError as exc:
            self.signals.failed.emit(exc.message)
        except OSError as exc:
            self.signals.failed.emit(exc)
        except Exception as exc:  # reported to the user, not lost in a thread
            log.exception("background task failed")
            self.signals.failed.emit(str(exc))
        else:
            self.signals.finished.emit(result)


_RUNNING: set[Task] = set()  # alive until they report back (the pool does not own them)


def start(pool: QThreadPool, task: Task) -> Task:
    """Run ``task`` on ``pool``, keeping it alive until it has reported back."""
    _RUNNING.add(task)

    def release(_value: object) -> None:
        QTimer.singleShot(0, partial(_RUNNING.discard, task))

    task.signals.finished.connect(release)
    task.signals.failed.connect(release)
    pool.start(task)
    return task


def run(
    pool: QThreadPool,
    work: Callable[[], Any],
    finished: Callable[[Any], None],
    failed: Callable[[Any], None],
) -> Task:
    """Run ``work()`` on ``pool``; ``finished(result)`` or ``failed(error)`` on the UI thread."""
    task = Task(work)
    task.signals.finished.connect(finished)
    task.signals.failed.connect(failed)
    return start(pool, task)
