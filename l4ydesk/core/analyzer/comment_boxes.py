"""Tells a comment left under a post from a business form.

A blog's "Leave a comment" takes a name, perhaps an e-mail, and the text: content the site
shows under the page, not a record the business works on (no lead asked to be answered, no
order, no request).
"""

from __future__ import annotations

import re

from l4ydesk.core.analyzer.forms import FoundForm
from l4ydesk.core.analyzer.values import words

# a comment or a reply, as the title or the button says it
_COMMENT = re.compile(
    r"\b(comments?|comment[ae]r|reply|replies|kommentar\w*|commentaires?|comentarios?|"
    r"comentar|commenti?|commenta|reacties?|reageer|coment[áa]rios?|b[ìi]nh lu[ậa]n|yorum|"
    r"комментари\w*)\b|コメント|评论|댓글",
    re.I,
)
# a review of a product is left out: the seen sets label one ("Avalie este produto") a form


# besides the text: who writes it and how many stars
_WRITER = frozenset(
    {"name", "author", "email", "rating", "stars", "score", "nombre", "nom", "nome", "naam"}
)


def leaves_a_comment(form: FoundForm) -> bool:
    """The title or button says comment, one text box holds it, and every other field is the
    writer's name or e-mail or a rating."""
    said = f"{form.title or form.name} {form.submit_label or ''}"
    if _COMMENT.search(said) is None:
        return False
    boxes = [f for f in form.fields if f.type == "textarea"]
    others = [f for f in form.fields if f.type != "textarea"]
    return len(boxes) == 1 and all(set(words(f.name)) & _WRITER for f in others)
