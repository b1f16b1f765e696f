"""Tells a support request sent from the visitor's own profile or settings page.

A profile page's forms edit the account (its name, its phone, its password) and are no business
record; a "Contact support" panel on the same page, asking a subject or a description of the
problem under a button that submits a ticket, is a support request the business answers
(LABELLING: ticket + form), wherever the app puts its help section.
"""

from __future__ import annotations

from l4ydesk.core.analyzer import vocabulary
from l4ydesk.core.analyzer.forms import FoundForm
from l4ydesk.core.analyzer.values import words

# what a support request asks besides who sends it: what the problem is about
_PROBLEM_FIELDS = frozenset(
    {"subject", "description", "issue", "problem", "message", "details", "category"}
    | {"asunto", "descripcion", "problema", "mensaje", "assunto", "descricao", "mensagem"}
    | {"objet", "sujet", "probleme", "betreff", "beschreibung", "nachricht", "oggetto"}
    | {"descrizione", "messaggio", "onderwerp", "beschrijving", "bericht", "tieu", "mo", "ta"}
)


def asks_for_support(form: FoundForm, heading: str) -> bool:
    """The form's title or button names a support ticket or a problem report, and it asks what
    the problem is (a description box, a subject): the visitor writes to the help desk."""
    if vocabulary.TICKET.search(heading) is None:
        return False
    described = any(f.type == "textarea" for f in form.fields)
    said = {w for f in form.fields for w in words(f.name)}
    return described and bool(said & _PROBLEM_FIELDS)
