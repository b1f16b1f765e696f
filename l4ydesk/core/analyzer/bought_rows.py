"""Named rows the page sells one by one with a buy button each, though no price is written.

A coffee roaster's carousel maps its blends (`{ name: "…", description: "…", image: "…" }`)
into slides that each end in "Comprar"; an affiliate shop's rows each end in "Buy on Amazon".
Issue 12 calls a product "a sellable item shown with a name", and round 15 counts an item with
its own buy, order or add-to-cart action as sold, priced or not. The button inside the row's
own markup is what says so, in any language.
"""

from __future__ import annotations

import bisect
import re
from typing import Any

from l4ydesk.core.analyzer import jsx
from l4ydesk.core.analyzer.model import Detection
from l4ydesk.core.analyzer.record_keys import find_price_key, get, text_of
from l4ydesk.core.analyzer.record_kinds import NAME_KEYS, DataSet
from l4ydesk.core.analyzer.shown_rows import rows_of
from l4ydesk.core.analyzer.syntax import SourceFile

# a button's whole text that buys, orders or puts the row in a cart
_BUY_TEXT = re.compile(
    r"^(?:"
    r"add to (?:cart|bag|basket)|buy(?: now| it now)?|order(?: now)?|purchase|"
    r"(?:adicionar|colocar) (?:ao|no) carrinho|(?:añadir|agregar) al carrito|"
    r"comprar(?: ahora| agora| ya| já)?|pedir(?: ahora| agora| ya| já)?|encomendar|"
    r"ajouter au panier|acheter|commander|"
    r"in den warenkorb|(?:jetzt )?kaufen|(?:jetzt )?bestellen|"
    r"aggiungi al carrello|acquista(?: ora)?|ordina(?: ora)?|"
    r"in (?:de )?winkelwagen|(?:nu )?kopen|bestel(?: nu)?|"
    r"thêm vào giỏ(?: hàng)?|mua(?: ngay)?|đặt (?:hàng|mua)|"
    r"в корзину|купить|заказать|do koszyka|kup(?: teraz)?|zamów|sepete ekle|satın al|"
    r"カートに入れる|購入する|注文する|加入购物车|立即购买|장바구니 담기|구매하기"
    r")"
    # "Buy on Amazon", "Pedir por WhatsApp": where the purchase happens
    r"(?:\s+(?:on|via|at|por|pelo|pela|no|na|em|en|sur|auf|su|op|bei|на|в)\s+\S+)?$",
    re.I,
)
_ACTION_TAGS = frozenset({"button", "Button", "a", "Link"})
# a category, a brand or a collection is never a product, whatever button it carries
_GROUP_TOKENS = frozenset({"categories", "category", "collections", "collection", "brands"})
_CONFIDENCE = 0.75


def bought_rows(src: SourceFile, ds: DataSet) -> list[Detection]:
    """One product per named row, when the rows carry no price and this file maps them into
    markup with a buy button of each row's own."""
    if len(ds.items) < 2 or ds.tokens & _GROUP_TOKENS:
        return []
    if find_price_key(ds.keys, ds.items) is not None:
        return []  # priced rows are the classifier's to read
    names = [text_of(get(item, *NAME_KEYS)) for item in ds.items]
    if not all(names):
        return []
    if not any(_buys(src, start, end) for start, end in rows_of(src, ds.var_name.split(".")[0])):
        return []
    return named_goods(src, ds)


def named_goods(src: SourceFile, ds: DataSet) -> list[Detection]:
    """One unpriced product per row of the set, named by its name key."""
    names = [text_of(get(item, *NAME_KEYS)) for item in ds.items]
    if not all(names):
        return []
    component = f"{src.path}:{src.component_of(ds.decl).name}"
    found: list[Detection] = []
    for item, name, node in zip(ds.items, names, ds.item_nodes, strict=True):
        fields: dict[str, Any] = {"name": name, "source": "data"}
        image = text_of(get(item, "image", "img", "src", "photo", "picture", "thumbnail"))
        if image:
            fields["image"] = image
        found.append(
            Detection("product", str(name), fields, _CONFIDENCE, (src.evidence(node),), component)
        )
    return found


def _buys(src: SourceFile, start: int, end: int) -> bool:
    """True when the row's markup (the map callback at start..end) holds a buy button."""
    starts: list[int] = src.cached("jsx_starts", lambda: [el.start_byte for el in src.jsx])
    for el in src.jsx[bisect.bisect_left(starts, start) : bisect.bisect_left(starts, end)]:
        if jsx.name(el, src) not in _ACTION_TAGS:
            continue
        said = " ".join(jsx.text(el, src, dynamic=False).split()).strip(" →›»!.")
        if said and _BUY_TEXT.match(said):
            return True
    return False
