"""Cues, beyond English, that a dated block written out in JSX is a happening to attend.

A card with a date becomes an event when something besides the date says so: a place, a
capacity, a time of day or an event word. Those cues were read in English only ("7 pm",
"workshop"), so a Portuguese hero's "Evento Gratuito · 27 de Abril · 20h" had a date and no cue.
"""

from __future__ import annotations

import re

# the hour as Romance and German pages write it: "20h", "19h30", "às 20h", "20 Uhr", "20時"
_SPOKEN_HOUR = re.compile(
    r"\b(?:[01]?\d|2[0-3])\s?h(?:[0-5]\d)?\b|\b(?:[01]?\d|2[0-3])\s?Uhr\b|\d{1,2}時"
)

# words that name a happening one attends, in the languages v0 pages are written in
OCCASION_CUES = frozenset(
    re.findall(
        r"\S+",
        # pt es it fr de nl
        "evento eventos evenement événement évènement veranstaltung evenement "
        "palestra palestras conferência conferencia conferenza conférence konferenz "
        "workshop taller talleres seminário seminario séminaire seminar "
        "encontro encuentro incontro rencontre treffen bijeenkomst "
        "concerto concierto konzert festa fiesta fête feier "
        "espetáculo espectáculo spettacolo spectacle aufführung voorstelling ",
    )
)
# Japanese, Chinese and Korean event words, found inside text that is not split into words
# (and Vietnamese, whose words are split by syllable)
_CJK_CUES = (
    *("イベント", "セミナー", "説明会", "活动", "研讨会", "행사", "세미나"),
    *("sự kiện", "hội thảo"),
)


def spoken_hour(text: str) -> bool:
    """True when the text gives an hour the way "20h" or "20 Uhr" is written."""
    return bool(_SPOKEN_HOUR.search(text))


def names_occasion(text_words: set[str], text: str) -> bool:
    """True when a block's words (lowercase) or its text name a happening to attend."""
    return bool(text_words & OCCASION_CUES) or any(cue in text for cue in _CJK_CUES)
