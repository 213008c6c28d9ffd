"""Labels that show text as typed: a lender named ``<h1>…`` must read ``<h1>…``, not render
as a heading (issue #15 item 10).  Qt guesses rich text (``Qt.AutoText``) from anything that
looks like a tag before the first line break, so every label that can hold user data --
names, notes, file names, messages quoting them -- is made with :func:`plain_label`."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLabel, QMessageBox


def plain_label(*args: Any, **kwargs: Any) -> QLabel:
    """A ``QLabel(*args, **kwargs)`` that never interprets its text as HTML."""
    label = QLabel(*args, **kwargs)
    label.setTextFormat(Qt.TextFormat.PlainText)
    return label


def plain_box(*args: Any, **kwargs: Any) -> QMessageBox:
    """A ``QMessageBox(*args, **kwargs)`` whose text is shown as given (it may quote names)."""
    box = QMessageBox(*args, **kwargs)
    box.setTextFormat(Qt.TextFormat.PlainText)
    return box
