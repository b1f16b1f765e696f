"""Tells a weekly timetable entry from a booking request.

A class timetable's "Add slot" asks a day of the week, a start and an end time, and what is
taught where: it repeats every week and reserves nothing for anyone (no date, no guest, no way
to reach a person), like the opening hours a business sets.
"""

from __future__ import annotations

from l4ydesk.core.analyzer.forms import FoundForm
from l4ydesk.core.analyzer.values import words

# a day of the week picked, as forms name it
_WEEKDAY = frozenset(
    {"weekday", "dayofweek", "semana", "wochentag", "jour", "giorno", "weekdag", "thứ", "gun"}
    | {"dia", "day", "tag", "dag"}
)
_DATES = ("date", "date_range", "datetime-local")


def weekly_slot(form: FoundForm) -> bool:
    """A weekday chosen from a list, a start and an end time, no calendar day and nobody's
    e-mail or phone: a slot of a weekly timetable, not a reservation."""
    types = [f.type for f in form.fields]
    if any(t in (*_DATES, "email", "tel") for t in types) or types.count("time") < 2:
        return False
    return any(f.type in ("select", "radio") and set(words(f.name)) & _WEEKDAY for f in form.fields)
