"""Says whether a form asks only about the person filling it in: who they are and how to
reach them (split out of intents.py, which decides what a form files)."""

from __future__ import annotations

from l4ydesk.core.analyzer.forms import FoundForm
from l4ydesk.core.analyzer.values import words

# a person's name, and how to reach them, in the languages v0 apps are written in
_NAME_WORDS = frozenset(
    {
        *("name", "first", "surname", "nombre", "apellido", "apellidos", "nome", "sobrenome"),
        *("cognome", "nom", "prenom", "prénom", "vorname", "nachname", "naam", "voornaam"),
        *("achternaam", "ten", "名前", "氏名"),
    }
)
_PERSON_WORDS = _NAME_WORDS | frozenset(
    {
        *("last", "full", "completo", "completa", "complet", "email", "mail", "correo"),
        *("courriel", "phone", "mobile", "tel", "telefono", "teléfono", "telefone", "telephone"),
        *("téléphone", "telefon", "telefoon", "celular", "movil", "móvil", "cellulare"),
        *("portable", "handy", "whatsapp", "sdt", "電話"),
    }
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
    if not any(_NAME_WORDS & set(words(f.name)) for f in form.fields):
        return False
    for f in form.fields:
        tokens = set(words(f.name))
        if f.type == "checkbox" and tokens & _CONSENT_WORDS:
            continue
        if f.type in ("textarea", "select", "radio", "checkbox") or not tokens & _PERSON_WORDS:
            return False
    return True
