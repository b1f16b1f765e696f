"""The button that pays on a checkout page whose detection points at its heading or its card
fields rather than at a button: the acting button whose words pay, order, buy or confirm.

A checkout page ends in one such button ("Confirm Booking", "Finalizar Pagamento", "تکمیل
خرید"); when several say so, the last one written is the page's final step. Links and buttons
that only go back, add, remove or count are never it.
"""

from __future__ import annotations

from tree_sitter import Node

from l4ydesk.core.analyzer import jsx
from l4ydesk.core.analyzer.syntax import SourceFile
from l4ydesk.core.analyzer.vocabulary import PAY_ACTION, phrases

BUTTON_TAGS = frozenset({"Button", "button"})
LINK_TAGS = frozenset({"a", "Link"})
# PAY_ACTION holds the cart-to-payment words of every language; these add the last step of a
# booking or a purchase, which PAY_ACTION leaves to the analyzer's other rules.
_PAYS = phrases(
    r"pay( now)?",
    r"check ?out",
    r"buy( now)?",
    r"purchase",
    r"(place|submit|complete|confirm) (my |the |your )?"
    r"(order|booking|reservation|purchase|payment)",
    r"(confirm|complete) and pay",
    r"book now",
    r"reserve( now)?",
    r"subscribe",
    r"confirmar( (la |o |a )?(reserva|compra|pago|pagamento|pedido))?",
    r"reservar( ahora| agora)?",
    r"finalizar",
    r"confirmer( la (commande|réservation))?",
    r"réserver",
    r"buchen",
    r"jetzt buchen",
    r"prenota( ora)?",
    r"conferma( (ordine|prenotazione))?",
    r"boeken",
    r"đặt (lịch|phòng|chỗ)",
    "予約する",
    "確定",
    "تکمیل خرید",
    "پرداخت",
    "ثبت سفارش",
)

# a button that also does one of these is a step of the page, not its payment
_OTHER_STEP = phrases(
    "connect",
    "continue",
    "next",
    "back",
    "full amount",
    "weiter",
    "zurück",
    "siguiente",
    "continuar",
    "volver",
    "suivant",
    "continuer",
    "retour",
    "avanti",
    "indietro",
    "próximo",
    "voltar",
    "volgende",
    "terug",
    "tiếp tục",
    "次へ",
    "戻る",
)


def paying_button(src: SourceFile) -> Node | None:
    """The last acting button in the file whose words pay or confirm; None if there is none."""
    found = None
    for el in src.jsx:
        if jsx.name(el, src) not in BUTTON_TAGS or _is_link(el, src):
            continue
        if not (jsx.has_attr(el, "onClick", src) or jsx.attr_text(el, "type", src) == "submit"):
            continue
        if pays(el, src):
            found = el
    return found


def pays(button: Node, src: SourceFile) -> bool:
    """The button's words pay, order, buy or confirm (either branch of a busy label), and it
    does not also step on, go back or connect ("Connect Wallet to Purchase", "Continue")."""
    words = jsx.text(button, src)  # template text too: `Purchase for ${total} ETH`
    if PAY_ACTION.search(words):
        return True
    return bool(_PAYS.search(words)) and not _OTHER_STEP.search(words)


def _is_link(el: Node, src: SourceFile) -> bool:
    return jsx.has_attr(el, "href", src) or any(
        jsx.name(child, src) in LINK_TAGS for child in jsx.jsx_children(el)
    )
