"""The keys of sample records, in every language v0 writes them: `unitPrice`, `precio`,
`eventTitle` and `fecha` read as price, title and date; and the lookups the detectors make."""

from __future__ import annotations

import re
from typing import Any

from l4ydesk.core.analyzer.literals import Unresolved
from l4ydesk.core.analyzer.values import find_price

_PRICE_KEYS = (
    "price",
    "monthlyprice",
    "pricemonthly",
    "priceperday",
    "pricepernight",
    "priceperhour",
    "dailyrate",
    "hourlyrate",
    "nightlyrate",
    "weeklyrate",
    "dayrate",
    "rate",
    "cost",
    "fee",
    "amount",
    "unitprice",
    "yearlyprice",
)


def lower_keys(value: Any, depth: int = 0) -> Any:
    """Keys in lower case, so lookups ignore `unitPrice` vs `unitprice` once, not per call.

    Keys in other languages and with a prefix (`precio`, `fecha`, `eventTitle`) also appear
    under the English key the rest of the analyzer reads, unless that key is already there.
    """
    if depth > 8:
        return value
    if isinstance(value, dict):
        lowered = {str(k).lower(): lower_keys(v, depth + 1) for k, v in value.items()}
        for k, v in list(lowered.items()):
            alias = canonical_key(k)
            if alias is not None and alias not in lowered:
                lowered[alias] = v
        return lowered
    if isinstance(value, list):
        return [lower_keys(v, depth + 1) for v in value]
    return value


# the same field in the languages v0 apps are written in (accents dropped: keys are ASCII)
_KEY_ALIASES = {
    "name": ("nombre", "nom", "naam", "nome", "ten", "isim", "nama", "bezeichnung"),
    "title": ("titulo", "titre", "titel", "titolo", "tieude", "baslik", "judul"),
    "price": (
        "precio",
        "prix",
        "preis",
        "prezzo",
        "preco",
        "prijs",
        "gia",
        "fiyat",
        "harga",
        "valor",
        "tarif",
        "tarifa",
        "kosten",
    ),
    "date": ("fecha", "datum", "ngay", "tarih", "tanggal"),
    "location": (
        "lugar",
        "lieu",
        "ort",
        "luogo",
        "local",
        "locatie",
        "diadiem",
        "konum",
        "lokasi",
        "ubicacion",
        "sede",
    ),
    "description": (
        "descripcion",
        "beschreibung",
        "descrizione",
        "descricao",
        "beschrijving",
        "mota",
        "aciklama",
        "deskripsi",
    ),
    "image": ("imagen", "bild", "immagine", "imagem", "afbeelding", "hinhanh", "gorsel", "gambar"),
    "time": ("hora", "heure", "uhrzeit", "ora", "tijd", "gio", "saat", "jam"),
}
_ALIAS_OF = {alias: key for key, aliases in _KEY_ALIASES.items() for alias in aliases}
# price words that open a key naming a size or a variant after them (`precoMedia`, `prixPetit`)
_PRICE_FIRST = ("preco", "precio", "prix", "preis", "prezzo", "prijs", "fiyat", "harga")
# ...unless what follows says it is no price of the item's own (a total, the old price)
_NOT_OWN = ("total", "antigo", "anterior", "original", "alt", "ancien", "vecchio", "oud", "old")
# `eventTitle`, `productName`, `itemPrice`, `startDate`: a prefix names what the field is of
_SUFFIXES = ("title", "name", "price", "date", "location", "venue", "image")


def canonical_key(key_name: str) -> str | None:
    """The English key a lower-cased key stands for, or None when it is already plain."""
    bare = re.sub(r"[^a-z]", "", key_name)
    if bare in _ALIAS_OF:
        return _ALIAS_OF[bare]
    for word in _PRICE_FIRST:
        rest = bare[len(word) :]
        if bare.startswith(word) and len(rest) >= 3 and not rest.startswith(_NOT_OWN):
            return "price"  # `precoGrande`, `precioChico`: the price of one size, in any language
    for suffix in _SUFFIXES:
        if bare.endswith(suffix) and bare != suffix and len(bare) - len(suffix) >= 3:
            prefix = bare[: -len(suffix)]
            if prefix in _PREFIX_OK:
                return suffix
    return None


# prefixes that only say whose field it is; `originalPrice`, `oldPrice`, `userName` are not it
_PREFIX_OK = frozenset(
    {
        "event",
        "product",
        "item",
        "service",
        "plan",
        "room",
        "class",
        "course",
        "tour",
        "ticket",
        "menu",
        "dish",
        "package",
        "show",
        "concert",
        "session",
        "workshop",
        "listing",
        "property",
        "offer",
        "deal",
        "unit",
        "start",
        "display",
        "full",
        "short",
    }
)


def get(item: dict[str, Any], *names: str) -> Any:
    """The first present value among `names`; items have lower-case keys (`lower_keys`)."""
    for name in names:
        value = item.get(name)
        if value is not None and not isinstance(value, Unresolved) and value != "":
            return value
    return None


def text_of(value: Any) -> str | None:
    if isinstance(value, str):
        return value.strip() or None
    if isinstance(value, int | float) and not isinstance(value, bool):
        return str(value)
    if isinstance(value, Unresolved):
        return value.text
    return None


def find_price_key(keys: set[str], items: list[dict[str, Any]] | None = None) -> str | None:
    for candidate in _PRICE_KEYS:
        if candidate in keys and not _unpriced(candidate, items):
            return candidate
    for k in sorted(keys):
        if (
            ("price" in k and not any(w in k for w in ("compare", "original", "old", "was")))
            or (k.endswith(("rate", "cost")) and "tax" not in k and _amounts(k, items))
        ) and not _unpriced(k, items):
            return k
    # `from: "$6,000"`: a key whose values are written as prices is a price, whatever its name
    for k in sorted(keys):
        if _SUMMED.search(k):
            continue  # what a row spent or brought in all told is a figure, not its price
        values = [get(i, k) for i in items or []]
        texts = [v for v in values if isinstance(v, str)]
        if texts and len(texts) * 2 > len(items or []) and all(find_price(t) for t in texts):
            return k
    return None


# a sum over a row's dealings: `totalSpent`, `lifetimeValue`, `revenue`
_SUMMED = re.compile(r"total|spent|revenue|earn|lifetime|balance")


def _unpriced(key_name: str, items: list[dict[str, Any]] | None) -> bool:
    return (
        _blank(key_name, items)
        or _shares(key_name, items)
        or _levels(key_name, items)
        or _restocked(key_name, items)
    )


# what a stock row's purchase costs, in the languages v0 apps are written in
_PURCHASE_COSTS = frozenset({"cost", "unitcost", "costo", "coste", "cout", "custo", "kosten"})
# the level under which a stock row is bought again: `threshold`, `minStock`, `reorderLevel`
_REORDER = re.compile(r"threshold|minstock|reorder|minimum|minimo|seuil|umbral|limiar|mindest")


def _restocked(key_name: str, items: list[dict[str, Any]] | None) -> bool:
    """True when the key is what a row costs to buy and every row carries the level at which it is
    bought again (`cost: 15.5` beside `threshold: 500`): supplies a place keeps in stock and
    re-orders, a kitchen's ingredients or an office's paper, not goods it sells."""
    if key_name not in _PURCHASE_COSTS or not items:
        return False
    return all(isinstance(i, dict) and any(_REORDER.search(str(k)) for k in i) for i in items)


def _levels(key_name: str, items: list[dict[str, Any]] | None) -> bool:
    """True when the key's values are price levels written as signs alone ("$$", "€€€"): how
    dear a listed business is, no amount anything costs."""
    texts = [v for i in items or [] if isinstance(v := i.get(key_name), str)]
    return bool(texts) and all(_SIGNS_ONLY.fullmatch(t.strip()) for t in texts)


# a price level: one currency sign repeated, and nothing else
_SIGNS_ONLY = re.compile(r"([$€£¥₹])\1{0,4}")


def _amounts(key_name: str, items: list[dict[str, Any]] | None) -> bool:
    """True unless the key's values are mostly prose with no amount in it ("successRate": "60-80%
    of couples..."): a word ending like a price (rate, cost) holds a price only as a figure."""
    texts = [v for i in items or [] if isinstance(v := i.get(key_name), str)]
    return not texts or sum(
        1 for t in texts if len(t.split()) > 4 and not find_price(t)
    ) * 2 <= len(texts)


def _shares(key_name: str, items: list[dict[str, Any]] | None) -> bool:
    """True when the key's values are written as shares ("36.4%"): a rate of something, no price."""
    texts = [v for i in items or [] if isinstance(v := i.get(key_name), str)]
    return bool(texts) and sum(1 for t in texts if t.strip().endswith("%")) * 2 > len(texts)


def _blank(key_name: str, items: list[dict[str, Any]] | None) -> bool:
    """True when every item leaves the key empty (`price: ""` in a table of texts to translate):
    a slot for a price nobody wrote is no price."""
    return bool(items) and all(item.get(key_name) in (None, "") for item in items or [])
