"""Benchmarks for the payoff planner (DESIGN.md §7: 50 debts to payoff ≤ 10 ms).

Measures only; no assertion on time. Run with
``pytest tests/bench/test_bench_payoff.py -p no:cacheprovider``.
"""

from __future__ import annotations

import random
from decimal import Decimal

from debttracker.core.payoff import PayoffDebt, balance_series, plan


def fifty_debts() -> list[PayoffDebt]:
    """50 deterministic, realistic debts: 1,000–100,000 yuan, 0–36 %, minimum 3 %."""
    rng = random.Random(20260930)
    debts = []
    for i in range(50):
        balance = Decimal(rng.randrange(100_000, 10_000_000)) / 100
        rate = Decimal(rng.randrange(0, 3600)) / 10_000
        debts.append(PayoffDebt(i, f"debt {i}", balance, rate, (balance * 3 / 100).quantize(1)))
    return debts


DEBTS = fifty_debts()
MONTHLY = sum((d.minimum for d in DEBTS), Decimal(0)) + Decimal("5000")


def test_bench_plan_fifty_debts(benchmark):
    result = benchmark(plan, DEBTS, MONTHLY, "avalanche")
    assert result.feasible and result.debt_free_month is not None


def test_bench_chart_series_fifty_debts(benchmark):
    series = benchmark(balance_series, DEBTS, MONTHLY, "avalanche")
    assert len(series) == 50


def test_bench_slider_hundred_steps(benchmark):
    """What-if slider: re-plan for extra = 0, 10, ..., 990 yuan a month."""

    def slide() -> list[int | None]:
        return [
            plan(DEBTS, MONTHLY + Decimal(10 * step), "avalanche").debt_free_month
            for step in range(100)
        ]

    months = benchmark(slide)
    assert months == sorted(months, reverse=True)  # paying more never takes longer
