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


# account access: a form asking for these creates no business record
AUTH = phrases(
    r"log ?in",
    r"log ?out",
    r"sign ?in",
    r"sign ?up",
    r"sign ?out",
    r"passwor[dt]",
    r"create (an |your )?account",
    r"welcome back",
    r"verification code",
    r"one[- ]time code",
    r"otp",
    r"2fa",
    r"magic link",
    r"anmelden",
    r"einloggen",
    r"abmelden",
    r"kennwort",
    r"konto erstellen",
    r"connexion",
    r"se connecter",
    r"déconnexion",
    r"mot de passe",
    r"créer un compte",
    r"code de vérification",
    r"iniciar sesión",
    r"cerrar sesión",
    r"contraseña",
    r"crear (una )?cuenta",
    r"código de verificación",
    r"accedi",
    r"crea (un )?account",
    r"senha",
    r"criar conta",
    r"cadastre-se",
    r"verificar código",
    r"código de (acesso|verificação)",
    r"inloggen",
    r"wachtwoord",
    r"account aanmaken",
    r"uitloggen",
    r"đăng nhập",
    r"đăng xuất",
    r"mật khẩu",
    r"mã xác (nhận|thực)",
    r"giriş yap",
    r"şifre",
    r"kata sandi",
    "ログイン",
    "ログアウト",
    "パスワード",
    "会員登録",
    "新規登録",
    "認証コード",
)

# finding things, not capturing them
SEARCH_OR_FILTER = phrases(
    r"search\w*",
    r"filters?",
    r"sort by",
    r"export\w*",
    r"apply filters",
    r"such\w*",
    r"filtern",
    r"sortieren",
    r"exportieren",
    r"recherch\w*",
    r"filtrer",
    r"filtres",
    r"trier",
    r"exporter",
    r"busca\w*",
    r"búsqueda",
    r"filtr(ar|os?)",
    r"ordenar",
    r"exportar",
    r"cerca",
    r"ricerca",
    r"filtri",
    r"esporta",
    r"pesquis\w*",
    r"zoeken",
    r"filteren",
    r"tìm kiếm",
    r"lọc",
    r"ara",
    r"cari",
    "検索",
    "絞り込み",
    "並び替え",
)

# the app's own settings and the user's profile
SETTINGS = phrases(
    r"settings",
    r"preferences",
    r"(my |edit |your )?profile",
    r"account settings",
    r"einstellungen",
    r"profil",
    r"paramètres",
    r"préférences",
    r"configuración",
    r"ajustes",
    r"perfil",
    r"impostazioni",
    r"profilo",
    r"configurações",
    r"instellingen",
    r"cài đặt",
    r"hồ sơ",
    r"ayarlar",
    "設定",
    "プロフィール",
)

# a lone code box for a discount is part of a cart, not a form
COUPON = phrases(
    r"coupon",
    r"promo\w*",
    r"discount code",
    r"voucher",
    r"gift card",
    r"gutschein\w*",
    r"rabattcode",
    r"code promo",
    r"cupón",
    r"código (promocional|de descuento)",
    r"cupom",
    r"codice sconto",
    r"kortingscode",
    r"mã giảm giá",
    "クーポン",
)

# a chat composer: one box to talk to someone or something
CHAT = phrases(r"chat\w*", r"ask (the |our )?(ai|assistant|anything)", r"assistant", r"prompt")

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
    r"rezerv\w*",  # Czech, Slovak, Croatian, Slovene, Romanian, Hungarian
    r"rezerwac\w*",  # Polish
    r"bestill\w*",  # Norwegian, Danish
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

# a button that buys or orders
PAY_ACTION = phrases(
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

# moving data in or out of the app: a paste box for an import is no record
DATA_TRANSFER = phrases(
    r"import\w*",
    r"export\w*",
    r"importer",
    r"exporter",
    r"importar",
    r"exportar",
    r"importare",
    r"esportare",
    r"importeren",
    r"exporteren",
    r"nhập dữ liệu",
    r"xuất dữ liệu",
    r"içe aktar",
    r"dışa aktar",
    "インポート",
    "エクスポート",
    "导入",
    "导出",
)

# a verdict on a record that exists (cancel it, approve or reject it): no new record is captured
DECISION = phrases(
    r"cancel\w*",
    r"reject\w*",
    r"approv\w*",
    r"decline",
    r"deny",
    r"stornier\w*",
    r"absagen",
    r"ablehnen",
    r"genehmigen",
    r"annuler",
    r"annulation",
    r"refuser",
    r"approuver",
    r"cancelar",
    r"cancelación",
    r"cancelamento",
    r"rechazar",
    r"aprobar",
    r"recusar",
    r"aprovar",
    r"annullare",
    r"rifiutare",
    r"approvare",
    r"annuleren",
    r"afwijzen",
    r"goedkeuren",
    r"hủy",
    r"từ chối",
    r"phê duyệt",
    r"iptal",
    r"reddet",
    r"onayla",
    "キャンセル",
    "却下",
    "承認",
    "取消",
)

# a button that looks records up ("Find deals", "Explore"), beyond the search words
FIND = phrases(
    r"find\w*",
    r"discover",
    r"explore",
    r"finden",
    r"trouver",
    r"encontrar",
    r"trovare",
    r"vinden",
    r"tìm",
    "探す",
)
