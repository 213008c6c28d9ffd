"""Translatable messages produced by pure code.

``core`` may not import Qt, yet its validation errors must reach the user in their language.
A :class:`Message` carries the Qt translation context, the English source text with ``%1``..``%n``
placeholders, and the arguments.  The ``ui`` and ``cli`` layers translate it with
``QCoreApplication.translate(context, text)`` and then fill the placeholders
(see :func:`Message.render`).  ``QT_TRANSLATE_NOOP`` below is the marker that ``pyside6-lupdate``
extracts, so these strings end up in the ``.ts`` files.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass
from decimal import Decimal

_PLACEHOLDER = re.compile(r"%(\d+)")


def QT_TRANSLATE_NOOP(context: str, text: str) -> str:
    """Mark ``text`` for translation in ``context``; returns it unchanged."""
    return text


def _text(value: object) -> str:
    """An argument as text; amounts (Decimals with two places) grouped: 7,455.62 (exact)."""
    if isinstance(value, Decimal) and value.is_finite() and value.as_tuple().exponent == -2:
        return format(value, ",.2f")
    return str(value)


def fill(template: str, args: tuple[object, ...]) -> str:
    """Replace ``%1``..``%n`` in ``template`` by ``args`` (Qt's ``QString.arg`` rule)."""

    def sub(match: re.Match[str]) -> str:
        index = int(match.group(1)) - 1
        return _text(args[index]) if 0 <= index < len(args) else match.group(0)

    return _PLACEHOLDER.sub(sub, template)


@dataclass(frozen=True)
class Message:
    """A user-facing message: context + English template + arguments."""

    context: str
    text: str
    args: tuple[object, ...] = ()

    def render(self, translate: Callable[[str, str], str] | None = None) -> str:
        """The message in the user's language (``translate`` is ``QCoreApplication.translate``)."""
        template = translate(self.context, self.text) if translate else self.text
        return fill(template, self.args)

    def __str__(self) -> str:
        return self.render()


class DomainError(ValueError):
    """A rejected input or impossible request, with a translatable explanation."""

    def __init__(self, message: Message, field: str | None = None) -> None:
        super().__init__(message.render())
        self.message = message
        self.field = field


def msg(context: str, text: str, *args: object) -> Message:
    """Shorthand used by core modules: ``msg("money", QT_TRANSLATE_NOOP("money", "..."), x)``."""
    return Message(context, text, tuple(args))
