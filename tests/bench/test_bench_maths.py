"""Budgets: under 1 ms per 360-month schedule (DESIGN.md §7, issue 3)."""

from __future__ import annotations

from datetime import date
from decimal import Decimal

from debttracker.core.irr import borrower_flows, true_cost
from debttracker.core.rates import Rate
from debttracker.core.schedule import build_schedule

PRINCIPAL = Decimal(1_000_000)
RATE = Rate(Decimal("0.049"))
START = date(2024, 1, 31)


def test_bench_schedule_360(benchmark):
    schedule = benchmark(build_schedule, PRINCIPAL, RATE, 360, "annuity", START)
    assert schedule.total_interest == Decimal("910615.12")


def test_bench_apr_360_payments(benchmark):
    flows = borrower_flows(build_schedule(PRINCIPAL, RATE, 360, "annuity", START), PRINCIPAL)
    cost = benchmark(true_cost, flows)
    assert abs(cost.apr - Decimal("0.049")) < Decimal("0.0001")


def test_bench_1000_schedules(benchmark):
    def thousand():
        return [build_schedule(PRINCIPAL + k, RATE, 360, "annuity", START) for k in range(1000)]

    schedules = benchmark.pedantic(thousand, rounds=3, iterations=1)
    assert len(schedules) == 1000
