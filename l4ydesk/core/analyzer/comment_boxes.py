"""Tells a comment or a review left under a post or a product from a business form.

A blog's "Leave a comment" or a product's "Write a review" takes a name, perhaps an e-mail and a
rating, and the text: content the site shows under the page, not a record the business works
on (no lead asked to be answered, no order, no request). Labels of every seen set leave them
out.
"""

from __future__ import annotations

import re

from l4ydesk.core.analyzer.forms import FoundForm
from l4ydesk.core.analyzer.values import words

# a comment, a reply or a review, as the title or the button says it
_COMMENT = re.compile(
    r"\b(comments?|comment[ae]r|reply|replies|reviews?|write a review|kommentar\w*|"
    r"bewertung\w*|rezension\w*|commentaires?|avis|comentarios?|comentar|rese[ñn]as?|"
    r"opini[oó]n|commenti?|commenta|recension[ei]|recensie|reacties?|reageer|"
    r"avalia[çc][ãa]o|coment[áa]rio|b[ìi]nh lu[ậa]n|đánh giá|yorum|комментари\w*|отзыв\w*)\b"
    r"|コメント|レビュー|评论|评价|댓글|리뷰",
    re.I,
)
# besides the text: who writes it and how many stars
_WRITER = frozenset(
    {"name", "author", "email", "rating", "stars", "score", "nombre", "nom", "nome", "naam"}
)


def leaves_a_comment(form: FoundForm) -> bool:
    """The title or button says comment or review, one text box holds it, and every other
    field is the writer's name or e-mail or a rating."""
    said = f"{form.title or form.name} {form.submit_label or ''}"
    if _COMMENT.search(said) is None:
        return False
    boxes = [f for f in form.fields if f.type == "textarea"]
    others = [f for f in form.fields if f.type != "textarea"]
    return len(boxes) == 1 and all(set(words(f.name)) & _WRITER for f in others)
