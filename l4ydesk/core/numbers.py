"""Prices, currencies and counts as people and generated code write them: "1.299,00 €",
"$1,299.5", "eur", "1,200 seats". Shared by the ontology, the analyzer and the platform API."""

from __future__ import annotations

import re
from decimal import ROUND_HALF_UP, Decimal, InvalidOperation
from typing import Any, Final

_CURRENCY_SYMBOLS: Final = {"$": "USD", "€": "EUR", "£": "GBP", "¥": "JPY", "₹": "INR"}
_NUMBER = re.compile(r"-?\d[\d,.\s']*")
_EXPONENT = re.compile(r"[-+]?(?:\d+\.?\d*|\.\d+)[eE][-+]?\d{1,4}")


def money(value: Any) -> str | None:
    """A price as a two-decimal string ("1,299.5 €" -> "1299.50"); None when not a price."""
    if isinstance(value, bool):
        return None
    if isinstance(value, int | float | Decimal):
        number = Decimal(str(value))
    elif isinstance(value, str) and _EXPONENT.fullmatch(value.strip()):
        number = Decimal(value.strip())  # "1e3" is a thousand, not a one followed by junk
    elif isinstance(value, str):
        match = _NUMBER.search(value)
        if match is None:
            return None
        number_text = match.group(0).strip().replace(" ", "").replace("'", "")
        parsed = _parse_localized_number(number_text)
        if parsed is None:
            return None
        number = parsed
    else:
        return None
    if not number.is_finite():
        return None
    try:
        return str(number.quantize(Decimal("0.01"), rounding=ROUND_HALF_UP))
    except InvalidOperation:
        return None  # more digits than a price can have (28 significant)


def _parse_localized_number(text: str) -> Decimal | None:
    # "1,299.00" (en) and "1.299,00" (de) both occur in generated shops; the last separator
    # followed by exactly two digits is the decimal one.
    last_dot, last_comma = text.rfind("."), text.rfind(",")
    decimal_sep = "." if last_dot > last_comma else ","
    sep_index = max(last_dot, last_comma)
    if sep_index < 0 or len(text) - sep_index - 1 not in (1, 2):
        decimal_sep = ""  # "1,299" is a thousands separator, not a decimal comma
    if decimal_sep:
        whole, frac = text[:sep_index], text[sep_index + 1 :]
        whole = whole.replace(".", "").replace(",", "")
        text = f"{whole}.{frac}"
    else:
        text = text.replace(".", "").replace(",", "")
    try:
        return Decimal(text)
    except InvalidOperation:
        return None


def currency_code(value: Any) -> str | None:
    """An ISO 4217 code from a code or a symbol ("eur", "€" -> "EUR")."""
    if not isinstance(value, str):
        return None
    text = value.strip()
    if text in _CURRENCY_SYMBOLS:
        return _CURRENCY_SYMBOLS[text]
    if re.fullmatch(r"[A-Za-z]{3}", text):
        return text.upper()
    return None


def to_int(value: object) -> int | None:
    """A whole number from 8, 8.0 or "1,200 seats"; None for anything else (and for bools)."""
    if isinstance(value, bool):
        return None
    if isinstance(value, int):
        return value
    if isinstance(value, float) and value.is_integer():
        return int(value)
    if isinstance(value, str):
        match = re.search(r"\d{1,3}(?:,\d{3})+|\d+", value)
        return int(match.group(0).replace(",", "")) if match else None
    return None
