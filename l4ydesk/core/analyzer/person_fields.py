"""Says whether a form asks only about the person filling it in: who they are and how to
reach them (split out of intents.py, which decides what a form files)."""

from __future__ import annotations

from l4ydesk.core.analyzer.forms import FoundForm
from l4ydesk.core.analyzer.values import words

_PERSON_WORDS = frozenset(
    {"name", "first", "last", "full", "surname", "email", "mail", "phone", "mobile", "tel"}
)
_CONSENT_WORDS = frozenset(
    {"privacy", "consent", "terms", "gdpr", "accept", "agree", "newsletter", "marketing"}
)


def asks_who(form: FoundForm) -> bool:
    names = [set(words(f.name)) for f in form.fields]
    return any(
        f.type == "email" or "email" in n for f, n in zip(form.fields, names, strict=True)
    ) and any(n & {"name", "first", "surname"} for n in names)


def only_about_the_person(form: FoundForm) -> bool:
    """Every field is the visitor's name, e-mail or phone, or a consent box; a name is asked."""
    if not any({"name", "first", "surname"} & set(words(f.name)) for f in form.fields):
        return False
    for f in form.fields:
        tokens = set(words(f.name))
        if f.type == "checkbox" and tokens & _CONSENT_WORDS:
            continue
        if f.type in ("textarea", "select", "radio", "checkbox") or not tokens & _PERSON_WORDS:
            return False
    return True
