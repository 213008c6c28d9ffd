"""Messages from pure code: placeholders filled, amounts grouped exactly."""

from __future__ import annotations

from decimal import Decimal

from debttracker.core.messages import QT_TRANSLATE_NOOP, Message, fill, msg


def test_placeholders_are_filled_in_any_order():
    assert fill("%2 before %1", ("a", "b")) == "b before a"
    assert fill("%3 stays", ("a",)) == "%3 stays"


def test_amounts_are_grouped_and_other_numbers_left_alone():
    text = fill("short by %1 at %2 over %3 months", (Decimal("7455.62"), Decimal("0.049"), 12))
    assert text == "short by 7,455.62 at 0.049 over 12 months"
    assert fill("%1", (Decimal("-1234567.00"),)) == "-1,234,567.00"


def test_render_translates_the_template_then_fills_it():
    message = msg("budget", QT_TRANSLATE_NOOP("budget", "Short by %1"), Decimal("1000.50"))
    assert isinstance(message, Message)
    assert (
        message.render(lambda ctx, text: "缺口 %1" if ctx == "budget" else text) == "缺口 1,000.50"
    )
