"""How each column type travels in the JSON export, both ways, without loss.

=========  ==========================================  =====================================
kind       JSON                                        refused on import
=========  ==========================================  =====================================
integer    number without fraction                     booleans, fractions, beyond 64 bits
boolean    ``true`` / ``false``                        numbers, strings
text       string                                      lone surrogates, longer than the column
date       ``"2026-03-15"``                            any other shape, impossible dates
datetime   ``"2026-03-15T08:30:00.123456+00:00"``      no UTC offset (aware columns)
decimal    string ``"12.34"``                          NaN, Infinity, exponents
float      number                                      NaN, Infinity (JSON has none)
bytes      base64 string                               not base64
=========  ==========================================  =====================================

``null`` is accepted only where the column allows it.
"""

from __future__ import annotations

import base64
import binascii
import re
from datetime import date, datetime
from decimal import Decimal, InvalidOperation
from typing import Any

from sqlalchemy import Column, TypeDecorator

from debttracker.core.messages import QT_TRANSLATE_NOOP, DomainError, msg

_DATE = re.compile(r"\d{4}-\d{2}-\d{2}", re.ASCII)
_DATETIME = re.compile(
    r"\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(\.\d{1,6})?(Z|[+-]\d{2}:\d{2})?", re.ASCII
)
_DECIMAL = re.compile(r"-?\d{1,30}(\.\d{1,30})?", re.ASCII)
INT_MIN, INT_MAX = -(2**63), 2**63 - 1


def _refuse(reason: str, *args: object) -> DomainError:
    return DomainError(msg("exchange", reason, *args))


def column_kind(column: Column[Any]) -> str:
    """integer, boolean, text, date, datetime, datetime_aware, decimal or bytes.

    There is no float kind: no table may hold a float (money is integer fen, rates are decimal
    text); ``tests/store/test_migrations.py`` checks the schema for it.
    """
    type_ = column.type
    base = type_.impl_instance if isinstance(type_, TypeDecorator) else type_
    try:
        python = base.python_type
    except NotImplementedError:  # pragma: no cover - every column type we use names one
        return "text"
    if python is bool:
        return "boolean"
    if python is int:
        return "integer"
    if python is datetime:
        return "datetime_aware" if getattr(base, "timezone", False) else "datetime"
    if python is date:
        return "date"
    if python is Decimal:
        return "decimal"
    if python is float:
        raise TypeError(f"{column}: float columns are not allowed (store integer fen or text)")
    if python is bytes:
        return "bytes"
    return "text"


def encode_value(kind: str, value: Any) -> Any:
    """The JSON value for a database value of ``kind``."""
    if value is None:
        return None
    if kind in ("date", "datetime", "datetime_aware"):
        return value.isoformat()
    if kind == "decimal":
        return str(value)
    if kind == "bytes":
        return base64.b64encode(value).decode("ascii")
    return value


def decode_value(column: Column[Any], value: Any) -> Any:
    """The database value for a JSON ``value`` of ``column``; ``DomainError`` when wrong."""
    if value is None:
        if column.nullable:
            return None
        raise _refuse(QT_TRANSLATE_NOOP("exchange", "a value is required"))
    kind = column_kind(column)
    decoder = _DECODERS[kind]
    return decoder(column, value)


def _integer(column: Column[Any], value: Any) -> int:
    if type(value) is not int or not INT_MIN <= value <= INT_MAX:
        raise _refuse(QT_TRANSLATE_NOOP("exchange", "expected a whole number"))
    return value


def _boolean(column: Column[Any], value: Any) -> bool:
    if type(value) is not bool:
        raise _refuse(QT_TRANSLATE_NOOP("exchange", "expected true or false"))
    return value


def _text(column: Column[Any], value: Any) -> str:
    if not isinstance(value, str):
        raise _refuse(QT_TRANSLATE_NOOP("exchange", "expected text"))
    try:
        value.encode("utf-8")
    except UnicodeEncodeError:
        raise _refuse(QT_TRANSLATE_NOOP("exchange", "the text is not valid Unicode")) from None
    length = getattr(column.type, "length", None)
    if length is not None and len(value) > length:
        raise _refuse(QT_TRANSLATE_NOOP("exchange", "at most %1 characters"), length)
    return value


def _date(column: Column[Any], value: Any) -> date:
    if not isinstance(value, str) or not _DATE.fullmatch(value):
        raise _refuse(QT_TRANSLATE_NOOP("exchange", "expected a date like 2026-03-15"))
    try:
        return date.fromisoformat(value)
    except ValueError:
        raise _refuse(QT_TRANSLATE_NOOP("exchange", "not a real date")) from None


def _datetime(column: Column[Any], value: Any) -> datetime:
    if not isinstance(value, str) or not _DATETIME.fullmatch(value):
        raise _refuse(
            QT_TRANSLATE_NOOP("exchange", "expected a time like 2026-03-15T08:30:00+00:00")
        )
    try:
        moment = datetime.fromisoformat(value)
    except ValueError:
        raise _refuse(QT_TRANSLATE_NOOP("exchange", "not a real time")) from None
    if column_kind(column) == "datetime_aware" and moment.tzinfo is None:
        raise _refuse(QT_TRANSLATE_NOOP("exchange", "the time needs its UTC offset"))
    return moment


def _decimal(column: Column[Any], value: Any) -> Decimal:
    if not isinstance(value, str) or not _DECIMAL.fullmatch(value):
        raise _refuse(QT_TRANSLATE_NOOP("exchange", "expected a decimal number as text"))
    try:
        return Decimal(value)
    except InvalidOperation:  # pragma: no cover - the pattern admits only valid numbers
        raise _refuse(QT_TRANSLATE_NOOP("exchange", "expected a decimal number")) from None


def _bytes(column: Column[Any], value: Any) -> bytes:
    if not isinstance(value, str):
        raise _refuse(QT_TRANSLATE_NOOP("exchange", "expected base64 text"))
    try:
        return base64.b64decode(value.encode("ascii"), validate=True)
    except (binascii.Error, UnicodeEncodeError):
        raise _refuse(QT_TRANSLATE_NOOP("exchange", "expected base64 text")) from None


_DECODERS = {
    "integer": _integer,
    "boolean": _boolean,
    "text": _text,
    "date": _date,
    "datetime": _datetime,
    "datetime_aware": _datetime,
    "decimal": _decimal,
    "bytes": _bytes,
}
