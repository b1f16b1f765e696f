"""Reads and writes weekly hours as text: "mon-fri 09:00-12:00,13:00-17:00; sat 10:00-14:00"."""

from __future__ import annotations

import re
from collections.abc import Mapping, Sequence
from itertools import pairwise

from l4ydesk.core.errors import L4yError

WEEKDAYS = ("mon", "tue", "wed", "thu", "fri", "sat", "sun")
_TIME = re.compile(r"^(\d{1,2}):(\d{2})$")


class HoursSpecError(L4yError):
    pass


def _minute(text: str, whole: str) -> int:
    match = _TIME.match(text.strip())
    if not match:
        raise HoursSpecError(
            f"'{text}' in \"{whole}\" is not a time; write it as HH:MM, e.g. 09:00."
        )
    hour, minute = int(match.group(1)), int(match.group(2))
    if minute > 59 or hour > 24 or (hour == 24 and minute):
        raise HoursSpecError(f"'{text}' in \"{whole}\" is not a time of day (00:00 to 24:00).")
    return hour * 60 + minute


def _days(text: str, whole: str) -> list[int]:
    days: list[int] = []
    for part in text.lower().split(","):
        first, _, last = part.strip().partition("-")
        if first not in WEEKDAYS or (last and last not in WEEKDAYS):
            raise HoursSpecError(
                f"'{part.strip()}' in \"{whole}\" is not a day or range of days; "
                "use mon, tue, wed, thu, fri, sat, sun, e.g. mon-fri."
            )
        a = WEEKDAYS.index(first)
        b = WEEKDAYS.index(last) if last else a
        days.extend(range(a, b + 1) if a <= b else [*range(a, 7), *range(0, b + 1)])
    return days


def parse_intervals(text: str, whole: str | None = None) -> list[tuple[int, int]]:
    """ "09:00-12:00,13:00-17:00" as minute pairs; an empty text or "closed" is no intervals."""
    whole = whole if whole is not None else text
    if text.strip().lower() in ("", "closed"):
        return []
    intervals: list[tuple[int, int]] = []
    for part in text.split(","):
        start, sep, end = part.strip().partition("-")
        if not sep:
            raise HoursSpecError(
                f"'{part.strip()}' in \"{whole}\" needs a start and an end: 09:00-17:00."
            )
        a, b = _minute(start, whole), _minute(end, whole)
        if a >= b:
            raise HoursSpecError(f"'{part.strip()}' in \"{whole}\" ends before it starts.")
        intervals.append((a, b))
    return sorted(intervals)


def parse_hours(text: str) -> dict[int, list[tuple[int, int]]]:
    """Weekly hours from text; each ';'-separated group is days then intervals."""
    weekly: dict[int, list[tuple[int, int]]] = {}
    for group in filter(None, (g.strip() for g in text.split(";"))):
        days, _, times = group.partition(" ")
        if not times.strip():
            raise HoursSpecError(f'"{group}" needs days and hours, e.g. "mon-fri 09:00-17:00".')
        intervals = parse_intervals(times.replace(" ", ""), text)
        for day in _days(days, text):
            weekly.setdefault(day, []).extend(intervals)
    if not weekly:
        raise HoursSpecError('No hours given; write them like "mon-fri 09:00-17:00".')
    for day, intervals in weekly.items():
        intervals.sort()
        for (_, end), (start, _) in pairwise(intervals):
            if start < end:
                raise HoursSpecError(f'The hours for {WEEKDAYS[day]} overlap in "{text}".')
    return weekly


def format_minutes(minute: int) -> str:
    return f"{minute // 60:02d}:{minute % 60:02d}"


def format_intervals(intervals: Sequence[tuple[int, int]]) -> str:
    if not intervals:
        return "closed"
    return ",".join(f"{format_minutes(a)}-{format_minutes(b)}" for a, b in intervals)


def format_hours(weekly: Mapping[int, Sequence[tuple[int, int]]]) -> str:
    """Weekly hours as text, runs of days with the same hours joined: "mon-fri 09:00-17:00"."""
    groups: list[tuple[int, int, str]] = []
    for day in range(7):
        if not weekly.get(day):
            continue
        text = format_intervals(weekly[day])
        if groups and groups[-1][1] == day - 1 and groups[-1][2] == text:
            groups[-1] = (groups[-1][0], day, text)
        else:
            groups.append((day, day, text))
    return "; ".join(
        f"{WEEKDAYS[a]}{'-' + WEEKDAYS[b] if b > a else ''} {text}" for a, b, text in groups
    )
