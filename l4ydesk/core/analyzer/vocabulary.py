"""Words that tell what a form or a page is for, in the languages v0 apps are written in.

English, German, French, Spanish, Italian, Portuguese, Dutch, Japanese and Vietnamese (plus a
few Turkish and Indonesian words seen in real projects). Words only break ties: the analyzer
decides by structure first (fields, handlers, prices next to names), so a missing word here
costs a detection's name or purpose, not the detection.
"""

from __future__ import annotations

import re


def phrases(*alternatives: str) -> re.Pattern[str]:
    """A case-insensitive pattern matching any of the phrases as whole words.

    `\\b` does not work between Japanese characters, so phrases in scripts without spaces are
    matched anywhere.
    """
    spaced = [a for a in alternatives if a.isascii() or " " in a or _latin(a)]
    unspaced = [a for a in alternatives if a not in spaced]
    parts = []
    if spaced:
        parts.append(r"(?<!\w)(?:" + "|".join(spaced) + r")(?!\w)")
    if unspaced:
        parts.append("(?:" + "|".join(unspaced) + ")")
    return re.compile("|".join(parts), re.I)


def _latin(text: str) -> bool:
    return all(ord(c) < 0x2E80 for c in text)


BOOKING = phrases(
    r"book\w*",
    r"reserv\w*",
    r"r[ée]serv\w*",
    r"appointments?",
    r"schedul\w*",
    r"rent(al)?",
    r"slot",
    r"check[- ]?in",
    r"rendez-vous",
    r"buch\w*",
    r"termin\w*",
    r"prenot\w*",
    r"agend\w*",
    r"marcação",
    r"afspraak",
    r"citas?",
    r"đặt (lịch|chỗ|bàn|phòng)",
    r"randevu\w*",
    r"umów(ić|ienie|ienia|ieniu)?( się)?",
    r"(za)?rezerwuj\w*",
    r"rezerwacj\w*",
    r"objedn(at|ejte)( se)?",
    r"rezerv\w*",  # Czech, Slovak, Croatian, Slovene, Romanian, Hungarian
    r"rezerwac\w*",  # Polish
    r"bestill\w*",  # Norwegian, Danish
    # Russian and Ukrainian: signing up for a visit ("Записаться на приём"; signing up for a
    # course is no booking), booking
    r"(записаться|записатися|запис[ьи]) на при(йо|ё|е)м",
    r"(за)?бронирова\w*",
    r"(за)?бронюва\w*",
    r"umów (się|wizytę)",  # Polish
    r"wizyt[aęy]",
    r"janji temu",  # Indonesian
    r"reservasi",
    r"boeken|boeking\w*",  # Dutch
    "予約",
    "预订",
    "预约",
    "預約",
    "예약",
)

CONTACT = phrases(
    r"contact\w*",
    r"get in touch",
    r"messages?",
    r"enquir\w*",
    r"inquir\w*",
    r"reach out",
    r"talk to",
    r"kontakt\w*",
    r"nachricht",
    r"contactez",
    r"contáct\w*",
    r"escríbenos",
    r"mensajes?",
    r"contatt\w*",
    r"messaggio",
    r"contato",
    r"fale conosco",
    r"mensagem",
    r"neem contact",
    r"bericht",
    r"liên hệ",
    r"iletişim",
    r"hubungi",
    "お問い合わせ",
    "問い合わせ",
)

NEWSLETTER = phrases(
    r"newsletter",
    r"subscrib\w*",
    r"subscription",
    r"inbox",
    r"updates",
    r"digest",
    r"mailing list",
    r"stay updated",
    r"suscr[ií]b\w*",
    r"abonn\w*",
    r"iscriviti",
    r"inscreva-se",
    r"boletín",
    r"nieuwsbrief",
    r"bản tin",
    r"bülten",
    "ニュースレター",
    "メルマガ",
    "订阅",
    "訂閱",
    "구독",
)

TICKET = phrases(
    r"support",
    r"tickets?",
    r"issues?",
    r"bug",
    r"help ?desk",
    r"problems?",
    r"incident",
    r"report a",
    r"soporte",
    r"assistance",
    r"suporte",
    r"supporto",
    r"hilfe",
    r"incidencia",
    r"hỗ trợ",
    "サポート",
    # a complaint or grievance is a support request by another name
    r"complaints?",
    r"grievances?",
    r"quejas?",
    r"reclamos?",
    r"reclama[cç](ão|ões|ao|oes)",
    r"r[ée]clamations?",
    r"beschwerden?",
    r"reclami",
    r"klachten?",
    r"khiếu nại",
    "投诉",
    "苦情",
)

# a heading about prices in general ("Pricing", "Price list") titles a section, not an offer
PRICE_SECTION = phrases(
    r"pric(es|ing)",
    r"price list",
    r"how pricing works",
    r"rates",
    r"preise",
    r"preisliste",
    r"tarifs",
    r"prix",
    r"precios",
    r"lista de precios",
    r"tarifas",
    r"prezzi",
    r"listino",
    r"preços",
    r"tabela de preços",
    r"prijzen",
    r"bảng giá",
    r"fiyatlar",
    r"harga",
    "料金",
    "価格表",
)

# a form's title asking for an appointment or a reservation ("Book an Appointment",
# "Reservar", "Schedule your consultation"); not a schedule or a rental of goods
VISIT_REQUEST = phrases(
    r"book(ing|ings)?",
    r"appointments?",
    r"reserv(e|ation|ations|ar|a|as|e[sz]|ieren|ierung)",
    r"réserv(er|ez|ation)",
    r"schedule (an?|your|my)",
    r"rendez-vous",
    r"termin(e|vereinbarung|anfrage)?",
    r"prenot(a|are|azione)",
    r"citas?",
    r"agend(ar|e|amento)",
    r"marcação",
    r"afspraak",
    r"randevu\w*",
    r"umów(ić|ienie|ienia|ieniu)?( się)?",
    r"(za)?rezerwuj\w*",
    r"rezerwacj\w*",
    r"objedn(at|ejte)( se)?",
    r"đặt (lịch|chỗ|bàn|phòng)",
    r"(записаться|записатися|запис[ьи]) на при(йо|ё|е)м",
    "予約",
    "预约",
    "預約",
    "예약",
)

# a button that buys or orders
PAY_ACTION = phrases(
    r"(proceed|continue|go on|go) to (payment|checkout)",
    r"comprar( ahora| agora)?",
    r"finalizar (compra|pedido|pagamento)",
    r"pagar",
    r"proceder al pago",
    r"(confirmar|realizar|hacer|enviar|fazer) (el |o )?pedido",
    r"pedir",
    r"payer",
    r"commander",
    r"passer (la )?commande",
    r"acheter",
    r"kaufen",
    r"jetzt kaufen",
    r"bezahlen",
    r"zur kasse",
    r"bestellen",
    r"kostenpflichtig bestellen",
    r"acquista",
    r"paga( ora)?",
    r"ordina",
    r"procedi al pagamento",
    r"afrekenen",
    r"betalen",
    r"thanh toán",
    r"đặt hàng",
    r"mua ngay",
    r"satın al",
    r"sipariş ver",
    r"ödeme",
    "購入",
    "注文",
    "お支払い",
    "決済",
    "结算",
    "立即购买",
    "支付",
    "付款",
    "提交订单",
    "下单",
    "결제",
    "구매하기",
    "주문하기",
)

# a form's last button that sends an order (the words PAY_ACTION lacks: Slavic, Indonesian,
# and the English ways of confirming one)
ORDER_SUBMIT = phrases(
    r"(confirm|send|submit|place|complete) (the |my |your )?order",
    r"відправити замовлення",
    r"оформити замовлення",
    r"підтвердити замовлення",
    r"замовити",
    r"оформить заказ",
    r"отправить заказ",
    r"подтвердить заказ",
    r"заказать",
    r"zamów",
    r"złóż zamówienie",
    r"potwierdź zamówienie",
    r"objednat",
    r"odeslat objednávku",
    r"naruči",
    r"pošalji narudžbu",
    r"pesan sekarang",
    r"buat pesanan",
    r"kirim pesanan",
    r"konfirmasi pesanan",
)

# where picked items wait to be bought
CART = phrases(
    r"carrito",
    r"panier",
    r"warenkorb",
    r"carrello",
    r"carrinho",
    r"winkelwagen",
    r"giỏ hàng",
    r"sepet",
    r"cesta",
    r"tu pedido",
    r"votre commande",
    r"seu pedido",
    r"ihre bestellung",
    r"il tuo ordine",
    r"корзина",
    r"кошик",
    r"koszyk",
    r"košík",
    r"košarica",
    r"keranjang",
    "カート",
    "ご注文内容",
    "购物车",
    "購物車",
    "订单摘要",
    "장바구니",
)

TOTAL = phrases(
    r"gesamt\w*",
    r"summe",
    r"totale",
    r"totaal",
    r"tổng( cộng)?",
    r"toplam",
    r"importe",
    "合計",
    "小計",
    "合计",
    "总计",
    "小计",
    "합계",
)

INVOICE = phrases(
    r"invoices?",
    r"factur(a|as|e|es)",
    r"rechnung(en)?",
    r"fattur(a|e)",
    r"fatura(s)?",
    r"factu(u)?r(en)?",
    r"hóa đơn",
    r"nota fiscal",
    "請求書",
)

# what a list or cart says when it has nothing in it: never a name
EMPTY_STATE = phrases(
    r"(is |está |est |ist |è |é |is )?(empty|vac[ií]o|vide|leer|vuoto|vazio|leeg|trống|boş)",
    r"no (items|listings|results|products)",
    r"nothing here",
    r"keine",
    r"aucun",
    r"ningún",
    r"nenhum",
    "空です",
    "ありません",
)


# how many of a thing a line of an order, a cart or a bill holds (`qty`, `cantidad`, `qtd`)
QUANTITY_WORDS = frozenset(
    {"quantity", "qty", "cantidad", "cant", "quantidade", "qtd", "quantite", "menge", "anzahl"}
    | {"quantita", "aantal", "soluong", "units"}
)
