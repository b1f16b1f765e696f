"""Checks an .ics file line by line before it is parsed, so a refusal can name the line.

RFC 5545 section 3.1: content lines are `name *(";" param) ":" value`, folded lines continue
with a space or tab, and components nest with BEGIN/END. The line numbers are the file's own.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from l4ydesk.core.calendar.model import CalendarError

_CONTENT_LINE = re.compile(
    r'^[A-Za-z0-9-]+(;[A-Za-z0-9-]+=("[^"]*"|[^";:,]*)(,("[^"]*"|[^";:,]*))*)*:'
)


class IcsFormatError(CalendarError):
    def __init__(self, message: str, line: int | None) -> None:
        super().__init__(message)
        self.line = line


@dataclass
class EventLines:
    """Where one VEVENT sits in the file: its BEGIN line and the line of each property."""

    begin: int
    properties: dict[str, int] = field(default_factory=dict)


@dataclass
class IcsLayout:
    events: list[EventLines] = field(default_factory=list)


def decode_text(data: bytes, name: str) -> str:
    try:
        return data.decode("utf-8-sig")
    except UnicodeDecodeError as exc:
        line = data[: exc.start].count(b"\n") + 1
        raise IcsFormatError(
            f"{name} is not UTF-8 text (line {line}); save it as UTF-8 and import it again. "
            "Nothing was imported.",
            line,
        ) from exc


def check_lines(text: str, name: str) -> IcsLayout:
    """The layout of a well-formed file, or IcsFormatError naming the first bad line."""
    layout = IcsLayout()
    stack: list[str] = []
    logical: list[tuple[int, str]] = []
    for number, raw in enumerate(text.splitlines(), start=1):
        if raw[:1] in (" ", "\t") and logical:
            logical[-1] = (logical[-1][0], logical[-1][1] + raw[1:])
        elif raw.strip():
            logical.append((number, raw))
    if not logical:
        raise IcsFormatError(f"{name} is empty; nothing was imported.", None)
    for number, line in logical:
        if not _CONTENT_LINE.match(line):
            shown = line if len(line) <= 60 else line[:57] + "..."
            raise _bad(name, number, f"is not an iCalendar line ('{shown}')")
        head, _, value = line.partition(":")
        prop = head.split(";", 1)[0].upper()
        if not stack and not (prop == "BEGIN" and value.strip().upper() == "VCALENDAR"):
            raise _bad(
                name, number, f"is '{line[:40]}', but an iCalendar file starts with BEGIN:VCALENDAR"
            )
        if prop == "BEGIN":
            stack.append(value.strip().upper())
            if stack[-1] == "VEVENT":
                layout.events.append(EventLines(number))
        elif prop == "END":
            if not stack or stack[-1] != value.strip().upper():
                expected = f"END:{stack[-1]}" if stack else "nothing"
                raise _bad(name, number, f"ends {value.strip()} where {expected} was expected")
            stack.pop()
        elif stack and stack[-1] == "VEVENT":
            layout.events[-1].properties.setdefault(prop, number)
    if stack:
        raise _bad(name, logical[-1][0], f"ends the file with {stack[-1]} still open")
    return layout


def _bad(name: str, line: int, what: str) -> IcsFormatError:
    return IcsFormatError(f"Line {line} of {name} {what}. Nothing was imported.", line)
