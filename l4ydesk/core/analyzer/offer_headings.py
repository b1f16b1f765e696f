"""A sales page's exclaimed offer heading ("Grab this exclusive offer!") names what it sells.

Headings that end in "!" are messages to the visitor ("Booking confirmed!") and name nothing,
so cards skip them. A course or an e-book sold on its own landing page heads its one priced
block that way, though: the heading calls the block an offer, and the block's price and button
sell the page's product. Read in the languages v0 pages are written in.
"""

from __future__ import annotations

import re

_OFFER_WORD = re.compile(
    r"\b(?:offer|deal|oferta|ofertas|offre|angebot|offerta|aanbieding|aanbod|promo(?:ção|ción)?)\b"
    r"|ưu đãi|オファー|特別価格|限定価格|优惠|특가",
    re.I,
)


def exclaimed_offer(title: str) -> bool:
    """True for a heading that ends in "!" and calls what follows an offer."""
    return title.rstrip().endswith(("!", "！")) and _OFFER_WORD.search(title) is not None
