"""Reads prices, dates, counts and names out of string values found in the code.

These regular expressions only ever see the values of string literals and JSX text, never the
source structure (that is the parser's job).
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date

from l4ydesk.core.ontology import currency_code, money
from l4ydesk.core.ontology import to_int as to_int  # shared with the ontology, re-exported

_SYMBOLS = "$€£¥₹₩₫₱₺₦₽"
_CODES = (
    "USD|EUR|GBP|JPY|CHF|CAD|AUD|SEK|NOK|DKK|INR|KES|KSHS?"
    "|BRL|MXN|ARS|COP|CLP|PEN|VND|TRY|PLN|ZAR|RUB|KRW|PHP|NGN|IDR|MYR|руб"
)
# read to the last digit: "$1450" is not "$145" followed by a stray 0
_AMOUNT = r"(?:\d{1,3}(?:[,.]\d{3})*(?:[.,]\d{1,2})?|\d+(?:[.,]\d{1,2})?)(?!\d)"
_MARKER = rf"[{_SYMBOLS}]|\b(?:{_CODES})\b"
_PRICE = re.compile(
    rf"(?P<pre>{_MARKER})\s?(?P<num>{_AMOUNT})|(?P<num2>{_AMOUNT})\s?(?P<post>{_MARKER})",
    re.IGNORECASE,
)
_INTERVAL = re.compile(
    r"/\s*(?:per\s+)?(mo|month|yr|year|day|night|hour|hr|week|wk)\b"
    r"|per (month|year|day|night|hour|week)",
    re.I,
)
_MONTHS = {
    m: i + 1
    for i, names in enumerate(
        # English, then the names (and unambiguous short forms) in Spanish, French, German,
        # Italian, Portuguese and Dutch: an event's date is written in the visitor's language
        (
            (
                "jan",
                "january",
                "enero",
                "ene",
                "janvier",
                "janv",
                "januar",
                "gennaio",
                "janeiro",
                "januari",
            ),
            (
                "feb",
                "february",
                "febrero",
                "février",
                "fevrier",
                "févr",
                "februar",
                "febbraio",
                "fevereiro",
                "fev",
                "februari",
            ),
            (
                "mar",
                "march",
                "marzo",
                "mars",
                "märz",
                "maerz",
                "marzo",
                "março",
                "marco",
                "maart",
                "mrt",
            ),
            ("apr", "april", "abril", "abr", "avril", "avr", "aprile"),
            ("may", "mayo", "mai", "maggio", "maio", "mei"),
            ("jun", "june", "junio", "juin", "juni", "giugno", "junho"),
            ("jul", "july", "julio", "juillet", "juil", "juli", "luglio", "julho"),
            ("aug", "august", "agosto", "août", "aout", "augustus"),
            (
                "sep",
                "sept",
                "september",
                "septiembre",
                "setiembre",
                "septembre",
                "settembre",
                "setembro",
            ),
            ("oct", "october", "octubre", "octobre", "oktober", "okt", "ottobre", "outubro"),
            ("nov", "november", "noviembre", "novembre", "novembro"),
            (
                "dec",
                "december",
                "diciembre",
                "dic",
                "décembre",
                "decembre",
                "dezember",
                "dez",
                "dicembre",
                "dezembro",
            ),
        )
    )
    for m in names
}
_MONTH_RE = "|".join(sorted(_MONTHS, key=len, reverse=True))
_ISO_DATE = re.compile(r"\b(\d{4})-(\d{2})-(\d{2})(?:[T ](\d{2}:\d{2}))?")
_ORDINAL_RANGE = r"(?:st|nd|rd|th)?(?:\s*[–—-]\s*\d{1,2})?"
_MONTH_FIRST = re.compile(
    rf"\b({_MONTH_RE})\.?\s+(\d{{1,2}}){_ORDINAL_RANGE}(?:,?\s+(\d{{4}}))?\b", re.I
)
_DAY_FIRST = re.compile(
    rf"\b(\d{{1,2}}){_ORDINAL_RANGE}\.?\s+(?:de\s+)?({_MONTH_RE})\.?(?:,?\s+(?:de\s+)?(\d{{4}}))?\b",
    re.I,
)
# "21.06.2025" (day, month, year with dots) and "2025年6月21日"
_DOTTED_DMY = re.compile(r"\b(\d{1,2})\.(\d{1,2})\.(\d{4})\b")
_CJK_YMD = re.compile(r"(\d{4})年\s?(\d{1,2})月\s?(\d{1,2})日")
MONTHS = frozenset(_MONTHS)  # month names and short forms, in the languages v0 apps use
_YEAR = re.compile(r"\b(20\d{2})\b")
_TIME = re.compile(
    r"\b([01]?\d|2[0-3])[:.]([0-5]\d)\s*(am|pm)?\b|\b(1[0-2]|[1-9])\s*(am|pm)\b", re.I
)
_TIME_ONLY = re.compile(
    r"\s*(?:[01]?\d|2[0-3])[:.][0-5]\d\s*(?:am|pm)?\s*|\s*(?:1[0-2]|[1-9])\s*(?:am|pm)\s*", re.I
)
_COUNT = re.compile(
    r"(\d{1,3}(?:,\d{3})+|\d+)\s*(?:\+\s*)?(seats?|spots?|places?|attendees|guests|people|"
    r"capacity|tickets? left|participants|persons?)\b",
    re.I,
)
_CAPACITY_PREFIX = re.compile(
    r"(?:capacity|up to|max(?:imum)?)\s*:?\s*(\d{1,3}(?:,\d{3})+|\d+)", re.I
)
_WEEKDAYS = ("monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday")


@dataclass(frozen=True)
class Price:
    amount: str
    currency: str | None
    interval: str | None = None


def find_price(text: str) -> Price | None:
    """The first price written with a currency ("$29", "29 €", "EUR 12.50") in a text."""
    match = _PRICE.search(text)
    if match is None:
        return None
    number = match.group("num") or match.group("num2")
    marker = match.group("pre") or match.group("post")
    amount = money(number)
    if amount is None:
        return None
    if marker.upper().startswith("KSH"):
        marker = "KES"  # "Ksh 120": the Kenyan shilling, as v0 writes it
    return Price(
        amount,
        currency_code(marker.upper() if len(marker) == 3 else marker),
        find_interval(text[match.end() : match.end() + 40]),
    )


_THRESHOLD_BEFORE = re.compile(
    # "orders > €500": a comparison sign before an amount is a condition, as the words are
    r"(?:\b(?:over|above|under|below|than|spend(?:ing)?|save|saving|exceeding|at least|"
    r"minimum(?: of)?|min\.?|up to|"
    # the same thresholds in the other languages v0 apps are written in ("compras acima de R$ 500")
    r"acima de|mais de|superiores? a|más de|mayor(?:es)? (?:a|de)|por encima de|"
    r"plus de|au-delà de|supérieure?s? à|über|mehr als|oltre|più di|superiori a|boven|meer dan)"
    r"|[<>≤≥]=?)\s*[A-Z]{0,3}$",  # the letters of "R$", "US$" stand before the sign
    re.I,
)
_DISCOUNT_AFTER = re.compile(r"^\s*(?:off|discount|credit|back|cashback)\b", re.I)
# a scale or a "more than" after an amount: a figure of size, in any language
_MAGNITUDE_AFTER = re.compile(
    r"^\s?(?:[kKmMbB]\b|[kKmMbB]\+|\+|bn\b|mn\b|mil\b|mio\b|mrd\b|million|billion|"
    r"millones|milhões|millions|milliards|milliarden|tỷ|triệu)",
    re.I,
)


def find_offer_price(text: str) -> Price | None:
    """The first price in a text that is what something costs, not a condition or a saving.

    "Free shipping on orders over $40" and "$10 off your first bag" name amounts, not a price;
    "From $49" and "$29/month" are prices.
    """
    start = offer_price_at(text)
    return None if start is None else find_price(text[start:])


def offer_price_at(text: str) -> int | None:
    """Where the first price that is what something costs starts in a text (find_offer_price)."""
    for match in _PRICE.finditer(text):
        if _THRESHOLD_BEFORE.search(text[max(0, match.start() - 24) : match.start()]):
            continue
        if _DISCOUNT_AFTER.match(text[match.end() : match.end() + 16]):
            continue
        if _MAGNITUDE_AFTER.match(text[match.end() : match.end() + 12]):
            continue  # "$2.5B+", "€10k", "$3M in sales": a figure, not what something costs
        return match.start()
    return None


def find_interval(text: str) -> str | None:
    match = _INTERVAL.search(text)
    if match is None:
        return None
    word = (match.group(1) or match.group(2)).lower()
    return {"mo": "month", "yr": "year", "hr": "hour", "wk": "week", "night": "day"}.get(word, word)


def price_value(value: object) -> Price | None:
    """A price from a data value: a number (currency unknown) or a string like "€14"."""
    if isinstance(value, bool):
        return None
    if isinstance(value, int | float):
        amount = money(value)
        return Price(amount, None) if amount is not None and value >= 0 else None
    if isinstance(value, str):
        found = find_price(value)
        if found is not None:
            return found
        if re.fullmatch(r"\s*\d+(?:[.,]\d{1,2})?\s*", value):
            amount = money(value)
            return Price(amount, None) if amount is not None else None
    return None


def find_date(text: str, default_year: int | None = None) -> str | None:
    """The first calendar date in a text as ISO YYYY-MM-DD; None without a year to anchor it."""
    iso = _ISO_DATE.search(text)
    candidates: list[tuple[int, str]] = []
    if iso:
        candidates.append(
            (iso.start(), _iso(int(iso.group(1)), int(iso.group(2)), int(iso.group(3))))
        )
    year_in_text = _YEAR.search(text)
    fallback_year = int(year_in_text.group(1)) if year_in_text else default_year
    for regex, month_group, day_group, year_group in (
        (_MONTH_FIRST, 1, 2, 3),
        (_DAY_FIRST, 2, 1, 3),
    ):
        match = regex.search(text)
        if match is None:
            continue
        year = int(match.group(year_group)) if match.group(year_group) else fallback_year
        if year is None:
            continue
        month = _MONTHS[match.group(month_group).lower().rstrip(".")]
        candidates.append((match.start(), _iso(year, month, int(match.group(day_group)))))
    for regex, (d, m, y) in ((_DOTTED_DMY, (1, 2, 3)), (_CJK_YMD, (3, 2, 1))):
        found = regex.search(text)
        if found is not None and 1 <= int(found.group(m)) <= 12:
            iso_text = _iso(int(found.group(y)), int(found.group(m)), int(found.group(d)))
            candidates.append((found.start(), iso_text))
    valid = [(pos, iso_text) for pos, iso_text in candidates if iso_text]
    return min(valid)[1] if valid else None


def has_date(text: str) -> bool:
    """True when a text mentions a calendar day, with or without a year."""
    return bool(
        _ISO_DATE.search(text)
        or _MONTH_FIRST.search(text)
        or _DAY_FIRST.search(text)
        or _DOTTED_DMY.search(text)
        or _CJK_YMD.search(text)
    )


def date_starts(text: str) -> list[int]:
    """Where each calendar day a text mentions starts (the matches `has_date` looks for)."""
    patterns = (_ISO_DATE, _MONTH_FIRST, _DAY_FIRST, _DOTTED_DMY, _CJK_YMD)
    return sorted({m.start() for p in patterns for m in p.finditer(text)})


def _iso(year: int, month: int, day: int) -> str:
    try:
        return date(year, month, day).isoformat()
    except ValueError:
        return ""


def find_time(text: str) -> str | None:
    """The first time of day in a text as HH:MM; an ISO timestamp gives its own (local) time."""
    iso = _ISO_DATE.search(text)
    if iso is not None and iso.group(4):
        return iso.group(4)
    match = _TIME.search(text)
    if match is None:
        return None
    if match.group(4):
        hour, minute, meridiem = int(match.group(4)), 0, match.group(5)
    else:
        hour, minute, meridiem = int(match.group(1)), int(match.group(2)), match.group(3)
    if meridiem:
        hour = hour % 12 + (12 if meridiem.lower() == "pm" else 0)
    return f"{hour:02d}:{minute:02d}"


def is_time_text(text: str) -> bool:
    """True for a value that is just a time of day ("09:45", "7 pm")."""
    return bool(_TIME_ONLY.fullmatch(text))


def is_weekday(text: str) -> bool:
    return text.strip().lower().rstrip("s") in _WEEKDAYS


def find_count(text: str) -> int | None:
    """A capacity written as "10 places", "1,200 attendees" or "Up to 8"."""
    match = _COUNT.search(text) or _CAPACITY_PREFIX.search(text)
    if match is None:
        return None
    return int(match.group(1).replace(",", ""))


# --- names --------------------------------------------------------------------------------

_CAMEL = re.compile(r"(?<=[a-z0-9])(?=[A-Z])|(?<=[A-Z])(?=[A-Z][a-z])")


def words(identifier: str) -> list[str]:
    """Split camelCase, PascalCase, snake_case and kebab-case into lowercase words."""
    spaced = _CAMEL.sub(" ", identifier)
    return [w.lower() for w in re.split(r"[\s_\-./:]+", spaced) if w]


def humanize(identifier: str) -> str:
    """ "ContactSalesDialog" -> "Contact sales dialog"."""
    parts = words(identifier)
    if not parts:
        return identifier
    text = " ".join(parts)
    return text[0].upper() + text[1:]


def snake(text: str) -> str:
    """A field name from a label: "Full name *" -> "full_name"."""
    cleaned = re.sub(r"\(.*?\)", " ", text)
    parts = re.findall(r"[A-Za-z0-9]+", cleaned.lower())
    return "_".join(parts[:4])


def clean_text(text: str) -> str:
    return " ".join(text.split()).strip(" ·-–—:|")


def first_year(text: str) -> int | None:
    match = _YEAR.search(text)
    return int(match.group(1)) if match else None
