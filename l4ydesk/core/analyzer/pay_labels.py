"""Tells an amount paid to a person (a salary, a stipend, an intern's reward) from a price.

A job or internship card ("Duration 3 weeks · Reward ¥150,000 · Starts 1 Feb") shows money
under a heading the way a product card does; the label in front of the amount says it is what
the person is paid, not what anything costs. Read in the languages v0 pages are written in.
"""

from __future__ import annotations

import re

# the label of pay, then at most a colon and a currency's letters before the amount
_PAY_LABEL = re.compile(
    r"(?:salary|salaries|wages?|stipend|compensation|remuneration|"
    r"salário|salario|sueldo|remuneração|remuneración|bolsa-auxílio|"
    r"salaire|rémunération|gratification|gehalt|vergütung|lohn|"
    r"stipendio|retribuzione|compenso|salaris|loon|vergoeding|"
    r"lương|thù lao|報酬|給与|給料|月給|時給|日給|年収|薪资|工资|급여|연봉)"
    r"[^\d$€£¥₹₫₩:]{0,12}:?\s*[^\s\d]{0,4}\s*$",
    re.I,
)


def paid_to_person(text: str, price_at: int) -> bool:
    """True when the words just before the amount at `price_at` label it as pay."""
    return _PAY_LABEL.search(text[max(0, price_at - 30) : price_at]) is not None
