"""Drops an event named by a "what happens next" heading.

After a payment or a sign-up, a page lists the steps that follow ("What Happens Next?": pay,
receive a confirmation, arrive on the first day). One of the steps may give a date, but the list
is instructions for the buyer, not an occasion people attend: the occasion is labelled where it
is offered (round 21).
"""

from __future__ import annotations

import re

from l4ydesk.core.analyzer.model import Detection

# "what happens next", "next steps" in the languages v0 apps are written in
_NEXT_STEPS = re.compile(
    r"\b(what\s+happens\s+next|what(?:'|’)?s\s+next|next\s+steps"
    r"|pr[óo]xim[oa]s\s+pas(?:o|so)s|qu[ée]\s+sigue|qu[ée]\s+pasa\s+despu[ée]s"
    r"|prochaines\s+[ée]tapes|et\s+ensuite|n[äa]chste\s+schritte|wie\s+geht\s+es\s+weiter"
    r"|prossimi\s+passi|volgende\s+stappen)\b",
    re.I,
)


def names_next_steps(name: str) -> bool:
    """True when a heading announces the steps that follow an order or a sign-up."""
    return bool(_NEXT_STEPS.search(name))


def without_next_steps(detections: list[Detection]) -> list[Detection]:
    """The detections less each event named by a "what happens next" heading."""
    return [d for d in detections if not (d.type_key == "event" and names_next_steps(d.name or ""))]
