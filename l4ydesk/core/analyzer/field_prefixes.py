"""The word a form puts before every input's name (`payment-unit`, `payment-amount`,
`payment-date`, `payment-notes`): it names the form ("Record payment"), not what each input
asks, so a rule reading the inputs' own words leaves it out."""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from l4ydesk.core.analyzer.values import words


def shared_prefix(fields: Sequence[Any]) -> str:
    """The first word of every named input's name when three inputs or more share it and each
    says something after it; "" otherwise. Inputs named by their position (`select_1`) are
    left out: they carry no prefix."""
    named = [
        w
        for f in fields
        if isinstance(f, dict)
        and len(w := words(str(f.get("name") or ""))) >= 2
        and not w[-1].isdigit()
    ]
    if len(named) < 3:
        return ""
    first = {w[0] for w in named}
    prefix = first.pop() if len(first) == 1 else ""
    # a card's inputs (`cardNumber`, `cardExpiry`, `cardCvc`) are all the card: no prefix
    return "" if prefix in _CARD else prefix


_CARD = frozenset({"card", "cc", "credit", "debit", "tarjeta", "cartao", "carte", "karte"})
