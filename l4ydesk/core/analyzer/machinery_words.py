"""Words of inputs that capture no business record: signing in, searching, settings, chat.

A form made of these (a log-in box, a filter bar, a coupon field, a chat composer, an import
paste box, an approve/reject decision) is the app's machinery, not a form an agency connects.
Split from vocabulary.py, which keeps the words of the records themselves.
"""

from __future__ import annotations

from l4ydesk.core.analyzer.vocabulary import phrases

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
    r"configuracion",
    # the app's or the site's own set-up ("Site Configuration", a `configuration/` page); a
    # product configurator's "Invia configurazione" sends an order and is not matched
    r"configuration",
    r"konfiguration",
    r"configuratie",
    r"configuração",
    r"cấu hình",
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

# a till's own count: opening or closing the register, the cash counted in the drawer keeps
# the shop's cash ledger (round 8: a cash ledger is not an invoice); no customer, order or
# booking is recorded
CASH_REGISTER = phrases(
    r"cash ?registers?",
    r"cash drawer",
    r"(open|close|opening|closing) (the )?(register|till)",
    r"caja (registradora|abierta|cerrada|chica|del d[ií]a)",
    r"(apertura|cierre|arqueo|abrir|cerrar|corte) (de |la )?caja",
    r"caixa (registradora|aberta|fechada|do dia)",
    r"(abertura|fechamento|abrir|fechar) (de |o )?caixa",
    r"registrierkasse",
    r"kassen(abschluss|sturz|bericht|bestand)",
    r"(ouverture|cl[oô]ture|fermeture) de caisse",
    r"caisse enregistreuse",
    r"registratore di cassa",
    r"(apertura|chiusura) (di |della )?cassa",
    r"kasregister",
    r"(kas|kassa) (openen|sluiten)",
    r"(mở|đóng) két",
    "レジ締め",
)

# a chat composer: one box to talk to someone or something
CHAT = phrases(r"chat\w*", r"ask (the |our )?(ai|assistant|anything)", r"assistant", r"prompt")

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

# folders of the pages that sign in or set up the visitor's own account
ACCOUNT_PAGES = frozenset({"auth", "onboarding"})
