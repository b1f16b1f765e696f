"""Tells a message composed for a group of the app's users from a form that files a record.

An admin's announcement box picks who hears it (all patients, one site, the staff) and types a
subject and a body; it may be scheduled for later. Sending it is the app's messaging (a chat or
a workflow), no business record is entered and no visit is booked by its "schedule" switch
(LABELLING: chat inputs are not forms).
"""

from __future__ import annotations

from l4ydesk.core.analyzer.forms import FoundForm
from l4ydesk.core.analyzer.values import words

# a picker of who receives the message, in the words apps name it with
_AUDIENCE = frozenset(
    {"audience", "target", "targets", "segment", "recipients", "recipient", "sendto"}
    | {"destinatarios", "destinatario", "destinataires", "destinatari", "empfanger", "publico"}
    | {"ontvangers", "doelgroep", "zielgruppe", "cible", "pubblico"}
)
# the message itself
_BODY = frozenset(
    {"body", "message", "content", "text", "announcement", "mensaje", "mensagem", "nachricht"}
    | {"contenu", "messaggio", "bericht", "inhalt", "contenido", "conteudo", "noi", "dung"}
)


def composes_for_an_audience(form: FoundForm) -> bool:
    """A text box for the message and a picker of who receives it (a select or radios named for
    the audience or the target), and nothing that says who the sender is (no e-mail, no phone):
    an announcement or a broadcast, not a lead, a ticket or a booking."""
    types = {f.type for f in form.fields}
    if types & {"email", "tel"} or "textarea" not in types:
        return False
    picks = any(
        f.type in ("select", "radio") and set(words(f.name)) & _AUDIENCE for f in form.fields
    )
    body = any(f.type == "textarea" and set(words(f.name)) & _BODY for f in form.fields)
    return picks and body
