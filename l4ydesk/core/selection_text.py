"""Text helpers of selection matching: folding and cutting text, reading prices, dates and times."""

from __future__ import annotations

import re
from datetime import date, datetime
from typing import Final

from l4ydesk.core.ontology import currency_code


def fold(text: str) -> str:
    return " ".join(re.findall(r"\w+", text.casefold()))


def cut(text: str, limit: int) -> str:
    return text if len(text) <= limit else text[: limit - 1].rstrip() + "…"


_CURRENCY_TOKEN: Final = re.compile(r"[$€£¥₹]|\b[A-Z]{3}\b")


def currency(price: str) -> str | None:
    match = _CURRENCY_TOKEN.search(price)
    return currency_code(match.group(0)) if match else None


_DATE_FORMATS: Final = ("%B %d, %Y", "%b %d, %Y", "%B %d %Y", "%d %B %Y", "%d %b %Y")


def iso_date(text: str) -> str | None:
    """ "2027-01-16", "January 16, 2027" or "16 Jan 2027" as "2027-01-16"; None otherwise."""
    text = text.strip()
    if re.match(r"\d{4}-\d{2}-\d{2}", text):
        try:
            return date.fromisoformat(text[:10]).isoformat()
        except ValueError:
            return None
    cleaned = re.sub(r"(\d)(?:st|nd|rd|th)\b", r"\1", text).replace(".", "")
    for pattern in _DATE_FORMATS:
        try:
            return datetime.strptime(cleaned, pattern).date().isoformat()
        except ValueError:
            continue
    return None


def time_of_day(text: str) -> str | None:
    match = re.search(r"\b([0-2]?\d):([0-5]\d)\b", text)
    if match is None or int(match.group(1)) > 23:
        return None
    return f"{int(match.group(1)):02d}:{match.group(2)}"
