"""Sample budget: a year of income and spending for the sample borrower (deterministic).

The story behind the figures: a salary of 12,000 until a pay cut six months ago brought it to
8,500; delivery side work since then (varying actual amounts); rent, food, transport, phone,
childcare and a parent's medicine as essentials; a hospital check-up as a one-off; eating out
cut back.  Before the cut the money covers the ledger's minimum payments; after it, the
minimums exceed what is available -- the months the borrower has to negotiate.
"""

from __future__ import annotations

from datetime import date
from decimal import Decimal
from typing import Any

from sqlmodel import Session

from debttracker.core.budget import EXPENSE, INCOME, BudgetLine, Month
from debttracker.store import budget as repo

#: (kind, name, category, planned, essential, first month back, last month back or None)
RECURRING = (
    (INCOME, "工资", "salary", "12000", True, 11, 6),
    (INCOME, "工资（降薪后）", "salary", "8500", True, 5, None),
    (INCOME, "外卖兼职", "side_work", "1200", True, 5, None),
    (EXPENSE, "房租", "rent", "2200", True, 11, None),
    (EXPENSE, "伙食", "food", "1800", True, 11, None),
    (EXPENSE, "交通", "transport", "300", True, 11, None),
    (EXPENSE, "水电燃气和话费", "utilities", "260", True, 11, None),
    (EXPENSE, "孩子托管", "children", "800", True, 11, None),
    (EXPENSE, "母亲的药费", "medical", "150", True, 11, None),
    (EXPENSE, "聚餐娱乐", "leisure", "600", False, 11, 5),
    (EXPENSE, "聚餐娱乐（已缩减）", "leisure", "150", False, 4, None),
)
#: (kind, name, category, amount, essential, month back)
ONE_OFF = (
    (EXPENSE, "医院检查", "medical", "1350", True, 3),
    (INCOME, "父母资助", "family", "2000", True, 2),
    (EXPENSE, "孩子秋季学杂费", "education", "1600", True, 7),
)
#: actual side-work income, months back -> amount
SIDE_WORK_ACTUALS = {5: "980", 4: "1350", 3: "1120", 2: "1260", 1: "1050"}
FOOD_ACTUALS = {3: "1920.50", 2: "1765.30", 1: "1830"}

HARDSHIP = (
    "{cut}起公司业务收缩，我的工资从每月12,000元降到8,500元。我晚上送外卖补贴家用，"
    "每月大约多1,000元。\n"
    "扣除房租、伙食、孩子托管和母亲的药费，每月能用于还款的钱约4,000元，不够支付所有"
    "最低还款额。我没有逃避还款的意思，希望能协商分期或减免罚息，按实际能力按时还款。"
)


def _line(kind: str, name: str, category: str, planned: str, essential: bool, start: Month,
          end: Month | None = None, recurring: bool = True) -> BudgetLine:  # fmt: skip
    return BudgetLine(
        None, kind, name, category, Decimal(planned), start, end, recurring, essential
    )


def generate(s: Session, *, today: date, scale: str) -> dict[str, Any]:
    """Write the sample budget as of ``today`` (``scale`` does not change it: one person)."""
    this = Month.of(today)
    ids: dict[str, int] = {}
    for kind, name, category, planned, essential, first, last in RECURRING:
        end = this.shift(-last) if last is not None else None
        line = _line(kind, name, category, planned, essential, this.shift(-first), end)
        ids[name] = repo.add_line(s, line)
    for kind, name, category, amount, essential, back in ONE_OFF:
        repo.add_line(
            s, _line(kind, name, category, amount, essential, this.shift(-back), recurring=False)
        )
    for back, amount in SIDE_WORK_ACTUALS.items():
        repo.set_actual(s, ids["外卖兼职"], this.shift(-back), Decimal(amount))
    for back, amount in FOOD_ACTUALS.items():
        repo.set_actual(s, ids["伙食"], this.shift(-back), Decimal(amount))
    cut = this.shift(-5)
    repo.set_hardship_note(s, cut, HARDSHIP.format(cut=f"{cut.year}年{cut.month}月"))
    return {"budget_lines": len(RECURRING) + len(ONE_OFF)}
