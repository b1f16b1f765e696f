"""Detects products and events written out as static JSX (pricing cards, an event hero).

A heading whose surrounding block (its card) shows a price becomes a product; one that shows a
calendar date plus an event cue (a time, a place, a capacity, an event word) becomes an event.
Cards rendered inside `.map()` are left to the data-array detector, which knows the real values.
"""

from __future__ import annotations

import bisect
import re
from collections.abc import Callable
from typing import Any

from tree_sitter import Node

from l4ydesk.core.analyzer import jsx, vocabulary
from l4ydesk.core.analyzer.event_cues import names_occasion, spoken_hour
from l4ydesk.core.analyzer.fields import CONTROL_TYPES
from l4ydesk.core.analyzer.forms import PAYMENT_ELEMENTS
from l4ydesk.core.analyzer.model import Detection
from l4ydesk.core.analyzer.offer_headings import exclaimed_offer
from l4ydesk.core.analyzer.offers import only_reports
from l4ydesk.core.analyzer.plan_rows import unpriced_plans
from l4ydesk.core.analyzer.record_stamps import only_stamped_dates
from l4ydesk.core.analyzer.shown_prices import every_price_struck
from l4ydesk.core.analyzer.syntax import SourceFile, key
from l4ydesk.core.analyzer.values import (
    find_count,
    find_date,
    find_offer_price,
    find_time,
    first_year,
    has_date,
    words,
)

_EVENT_WORDS = frozenset(
    {
        "festival",
        "conference",
        "conf",
        "concert",
        "workshop",
        "course",
        "meetup",
        "webinar",
        "summit",
        "gala",
        "party",
        "tour",
        "exhibition",
        "fair",
        "expo",
        "retreat",
        "hackathon",
        "seminar",
        "masterclass",
        "launch",
        "screening",
        "tasting",
        "marathon",
        "race",
        "camp",
    }
)
_LOCATION_ICONS = frozenset(
    {"MapPin", "MapPinIcon", "MapPinned", "Map", "Navigation", "Building", "Building2", "Landmark"}
)
_MAX_CLIMB = 4
# words that make a heading name an occasion in itself (in the languages v0 apps are written in);
# with a date icon and a time or place icon beside it, the block is that occasion's details
_OCCASION_WORDS = _EVENT_WORDS | frozenset(
    re.findall(
        r"\S+",
        "event evento événement evenement veranstaltung evenimento ceremony ceremonia cerimônia "
        "cerimonia cérémonie zeremonie ceremonie wedding boda casamento mariage hochzeit "
        "matrimonio bruiloft casamiento fiesta festa fête feier celebración celebração",
    )
)
_CJK_OCCASION = ("イベント", "結婚式", "挙式", "セミナー", "sự kiện", "lễ cưới")
_DATE_ICON = re.compile(r"Calendar(?:Days|Check|Heart|Clock)?(?:Icon)?$")
_TIME_ICON = re.compile(r"Clock\d*(?:Icon)?$")
_PLACE_ICON = re.compile(r"(?:MapPin\w*|Pin|Navigation|Building2?|Landmark)(?:Icon)?$")

# working days, counted only for deliveries: "business days", "días hábiles", "Werktage"...
_BUSINESS_DAYS = re.compile(
    r"\b(business|working) days?\b|d[ií]as? h[aá]bil(es)?|dias? [uú]teis|dia [uú]til|"
    r"jours? ouvr[ée]s?|werktage?\b|giorni lavorativi|giorno lavorativo|werkdag(en)?|"
    r"ngày làm việc|営業日",
    re.I,
)
# two amounts joined by a dash or "to": a range quoted as a guide, not a price tag
_RANGE = re.compile(r"[$€£¥₹]\s?\d[\d.,]*\s*(?:-|–|to|a|à|bis)\s*[$€£¥₹]?\s?\d", re.I)


# the app's settings screen (`settings/page.tsx`, `pages/settings.tsx`), in the languages v0
# writes: what it dates (sessions, backups, exports) is the app's own state, no happening
_SETTINGS_SCREEN = re.compile(
    r"(^|/)(settings?|configuraci[oó]n|configuracoes|configurações|einstellungen|"
    r"parametres|paramètres|impostazioni|instellingen|cai-dat|preferences)(/|\.|$)",
    re.I,
)


# a letter of any script: a heading without one is a figure, not a name
_LETTER = re.compile(r"[^\W\d_]")


def detect_cards(src: SourceFile) -> list[Detection]:
    detections: list[Detection] = []
    product_cards: list[Node] = []
    used: set[tuple[int, int, str]] = set()
    root = src.tree.root_node
    headings = [h for h in src.headings_within(root) if not src.in_map_callback(h)]
    titles = {key(h): jsx.text(h, src, dynamic=False) for h in src.headings_within(root)}
    # starts of headings with words in them: counting them in a range is two bisects
    titled = sorted(h.start_byte for h in src.headings_within(root) if titles[key(h)])
    for heading in headings:
        title = titles[key(heading)]
        if not title or len(title) > 80:
            continue
        if title.rstrip().endswith(("!", "！")) and not exclaimed_offer(title):
            continue  # "Booking confirmed!": a message to the visitor, not a thing's name
        if not _LETTER.search(title):
            continue  # "$2,450", "24/7": a figure set as a heading names nothing
        card = _card_for(src, heading, titled)
        occasion = card is None
        card = _occasion_block(src, heading, title, titled) if card is None else card
        if card is None or key(card) in used:
            continue
        found = _occasion(src, card, title) if occasion else _describe(src, card, title)
        if found is None:
            continue
        used.add(key(card))
        detections.append(found)
        if found.type_key == "product":
            product_cards.append(card)
    detections.extend(unpriced_plans(src, product_cards, lambda n: _has_controls(src, n)))
    return detections


def _card_for(src: SourceFile, heading: Node, titled: list[int]) -> Node | None:
    """The smallest block around a heading that shows a price or a date, and no other heading."""

    def shows_price_or_date(block: Node) -> bool:
        text = jsx.text(block, src, dynamic=False, skip_maps=True)
        return bool(
            find_offer_price(text) or has_date(text) or find_offer_price(_priced_text(src, block))
        )

    return _climb(src, heading, titled, shows_price_or_date)


def _climb(
    src: SourceFile, heading: Node, titled: list[int], accept: Callable[[Node], bool]
) -> Node | None:
    """The smallest block around a heading that `accept`s, holding no other titled heading."""
    current: Node | None = heading
    for _ in range(_MAX_CLIMB):
        current = jsx.jsx_parent(current, src) if current is not None else None
        if current is None:
            return None
        inside = bisect.bisect_left(titled, current.end_byte) - bisect.bisect_left(
            titled, current.start_byte
        )
        if inside > 1:
            return None
        if accept(current):
            return current
    return None


def _priced_text(src: SourceFile, card: Node) -> str:
    """The card's text with the numbers it computes in JSX: `€{yearly ? 190 : 19}` reads "€ 19".

    Of a switch's two amounts the last branch is read, the one shown before anyone clicks.
    """
    return jsx.text(card, src, dynamic=False, skip_maps=True, idle=True, numbers=True)


def _occasion_block(src: SourceFile, heading: Node, title: str, titled: list[int]) -> Node | None:
    """The block of a heading naming an occasion whose date is shown by an icon, not in text.

    v0 writes event details as icon cards ("Calendar: {date}", "Clock: 17:00", "Pin: venue") whose
    values come from props or settings; the icons are what says which is the date and the place.
    """
    lowered = title.lower()
    if not (set(words(title)) & _OCCASION_WORDS or any(w in lowered for w in _CJK_OCCASION)):
        return None

    def shows_date_icon_with_time_or_place(block: Node) -> bool:
        icons = [jsx.name(el, src) or "" for el in src.jsx_within(block)]
        return any(_DATE_ICON.search(i) for i in icons) and any(
            _TIME_ICON.search(i) or _PLACE_ICON.search(i) for i in icons
        )

    return _climb(src, heading, titled, shows_date_icon_with_time_or_place)


def _occasion(src: SourceFile, card: Node, title: str) -> Detection | None:
    # the icon named Calendar is the date's icon here; any other control makes the block a form
    if _has_controls(src, card, ignore=_DATE_ICON):
        return None
    fields: dict[str, Any] = {"title": title, "source": "jsx"}
    location = _location(src, card)
    if location:
        fields["location"] = location
    evidence = (src.evidence(card),)
    component = f"{src.path}:{src.component_of(card).name}"
    return Detection("event", title, fields, 0.7, evidence, component)


def _has_controls(src: SourceFile, node: Node, ignore: re.Pattern[str] | None = None) -> bool:
    for el in src.jsx_within(node):
        name = jsx.name(el, src) or ""
        if ignore is not None and ignore.search(name):
            continue
        if name in CONTROL_TYPES or name in PAYMENT_ELEMENTS or name == "form":
            return True
    return False


def _describe(src: SourceFile, card: Node, title: str) -> Detection | None:
    if _has_controls(src, card):
        return None  # a block with inputs is a form, its prices are options
    text = jsx.text(card, src, dynamic=False, skip_maps=True)
    component = f"{src.path}:{src.component_of(card).name}"
    evidence = (src.evidence(card),)
    # "Submitted: 25 May 2025": a record's time stamp, not when anyone attends anything
    if has_date(text) and not only_stamped_dates(text):
        if _SETTINGS_SCREEN.search(src.path):
            return None  # a session signed in, a backup run: the app's own state, dated
        if _repeats_dated(src, card):
            return None  # alike dated blocks inside: a schedule of many, not one occasion
        location = _location(src, card)
        capacity = find_count(text)
        time = find_time(text)
        text_words = set(words(text))
        cue_words = text_words & _EVENT_WORDS or names_occasion(text_words, text.lower())
        time_said = time is not None or spoken_hour(text)  # "7 pm", or "20h", "20 Uhr"
        if location or capacity or time_said or cue_words:
            fields: dict[str, Any] = {"title": title, "source": "jsx"}
            iso = find_date(text, first_year(title) or first_year(text))
            if iso:
                fields["date"] = iso
            if time:
                fields["time"] = time
            if location:
                fields["location"] = location
            if capacity:
                fields["capacity"] = capacity
            price = find_offer_price(text)
            if price is not None:
                fields["price"] = price.amount
                fields["currency"] = price.currency
            cues = (location, capacity, time_said, cue_words)
            confidence = 0.6 + 0.1 * sum(bool(x) for x in cues)
            return Detection("event", title, fields, min(confidence, 0.95), evidence, component)
    price = find_offer_price(text)
    if price is None:
        text = _priced_text(src, card)
        price = find_offer_price(text)
        if price is not None and not float(price.amount):
            return None  # "₹{totalCollected}" reads 0: a figure the page sums at run time
    if price is None or vocabulary.PRICE_SECTION.search(title) or _RANGE.search(text):
        return None  # "Pricing" or "$75 - $300" describes prices; it is not a thing for sale
    if only_reports(src, card):
        return None  # a statistic, a table, a bonus explained, an order summary
    if _BUSINESS_DAYS.search(text):
        return None  # "£5.99 · 1-2 business days": a delivery option's fee and transit time
    if _fact_of_occasion(src, card):
        return None  # "Price" beside "Date" and "Place" tiles: what one occasion costs
    if every_price_struck(src, card):
        return None  # "~~$29.90~~ free entry": the one price shown is crossed out
    if _in_footer(src, card):
        return None  # a footer's brand blurb ("NotaryOutlet · $5 notaries"): the site, no goods
    fields = {"name": title, "price": price.amount, "source": "jsx"}
    if price.currency:
        fields["currency"] = price.currency
    if price.interval:
        fields["interval"] = price.interval
    image = _image(src, card)
    if image:
        fields["image"] = image
    return Detection("product", title, fields, 0.75, evidence, component)


def _in_footer(src: SourceFile, card: Node) -> bool:
    """True when the card sits in the page's <footer> element."""
    current: Node | None = card
    while current is not None:
        if jsx.name(current, src) == "footer":
            return True
        current = src.jsx_parent(current)
    return False


def _fact_of_occasion(src: SourceFile, card: Node) -> bool:
    """True when the priced block sits in a row of alike tiles one of which shows a date: the
    row lays out one occasion's facts (date, place, hours, price), the price is its entry fee."""
    node: Node | None = card
    for _ in range(2):
        parent = jsx.jsx_parent(node, src) if node is not None else None
        if parent is None or node is None:
            return False
        tag, own = jsx.name(node, src), key(node)
        if any(k != own and t == tag for k, t in _dated_tiles(src, parent)):
            return True
        node = parent
    return False


def _dated_tiles(src: SourceFile, parent: Node) -> list[tuple[Any, str]]:
    """(key, tag) of the children of `parent` that show a date and no price, read once per
    parent: every card of a long grid asks about the same siblings."""
    index: dict[Any, list[tuple[Any, str]]] = src.cached("dated_tiles", dict)
    found = index.get(key(parent))
    if found is None:
        found = []
        for child in jsx.jsx_children(parent):
            text = jsx.text(child, src, dynamic=False, skip_maps=True)
            if has_date(text) and not find_offer_price(text):
                found.append((key(child), jsx.name(child, src)))
        index[key(parent)] = found
    return found


def _repeats_dated(src: SourceFile, card: Node) -> bool:
    """True when the block holds two or more alike children (same tag) that each show a date
    or an hour: rows of visits or sessions written out one by one under the block's title."""
    for el in src.jsx_within(card):
        tags: dict[str, int] = {}
        for child in jsx.jsx_children(el):
            text = jsx.text(child, src, dynamic=False, skip_maps=True)
            if has_date(text) or find_time(text):
                tag = jsx.name(child, src) or ""
                tags[tag] = tags.get(tag, 0) + 1
        if any(count >= 2 for count in tags.values()):
            return True
    return False


def _location(src: SourceFile, card: Node) -> str | None:
    for el in src.jsx_within(card):
        if jsx.name(el, src) in _LOCATION_ICONS:
            parent = jsx.jsx_parent(el, src)
            if parent is not None:
                text = jsx.text(parent, src, dynamic=False)
                if text:
                    return text
    return None


def _image(src: SourceFile, card: Node) -> str | None:
    for el in src.jsx_within(card):
        if jsx.name(el, src) in ("Image", "img"):
            value = jsx.attr_text(el, "src", src)
            if value:
                return value
    return None
