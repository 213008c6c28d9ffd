"""Pure domain logic: money, rates, schedules, APR, penalties, budget and payoff maths.

No Qt, no SQL, no I/O and no clock: callers pass ``today``/``now`` in.
"""
