"""Tells a back-office list of the sellers or providers a platform serves (its vendors, stores,
registered notaries), whose rows hold a way to reach each one, from a business's suppliers.

LABELLING "Round 20": such a list is a contact list, the platform's CRM owns them; the public
pages where visitors browse them stay shop fronts. A list of those who supply the business
stays no contact list (round 15), so a vendors list counts only when its rows show the seller's
life on the platform (its products, its approval, when it joined).
"""

from __future__ import annotations

from l4ydesk.core.analyzer.row_names import key_parts
from l4ydesk.core.analyzer.values import words

# the pages only the platform's own team opens
_BACK_OFFICE = frozenset({"admin", "dashboard", "backoffice", "panel", "manage", "gestion"})
# who sells or serves through the platform, as a set of rows is named in code
_SELLERS = frozenset(
    {"seller", "sellers", "vendor", "vendors", "merchant", "merchants", "store", "stores"}
    | {"shop", "shops", "provider", "providers", "notary", "notaries", "partner", "partners"}
    | {"vendedor", "vendedores", "comerciante", "comerciantes", "tienda", "tiendas"}
    | {"loja", "lojas", "lojista", "lojistas", "prestador", "prestadores", "vendeur", "vendeurs"}
    | {"boutique", "boutiques", "commercant", "commercants", "prestataire", "prestataires"}
    | {"verkaeufer", "haendler", "anbieter", "venditore", "venditori", "negozio", "negozi"}
    | {"verkoper", "verkopers", "winkel", "winkels", "aanbieder", "aanbieders"}
    # people onboarded to sell their own lessons or sessions (round 21); a business's own
    # trainers have no approval, feature or verification on a platform, so they stay staff
    | {"tutor", "tutors", "trainer", "trainers", "coach", "coaches", "instructor", "instructors"}
    | {"tutores", "entrenadores", "instructores", "treinadores", "instrutores", "tuteurs"}
    | {"formateurs", "coachs", "nachhilfelehrer", "allenatori", "istruttori", "docenten"}
)
# a way to reach each one
_REACH = frozenset({"email", "mail", "phone", "mobile", "tel", "whatsapp", "telefono", "telefone"})
# what a seller has on the platform and a supplier has not: goods listed there, an approval,
# a day it joined, a commission the platform takes
_ON_PLATFORM = frozenset(
    {"product", "products", "listing", "listings", "commission", "approved", "verified"}
    | {"joined", "onboarded", "kyc", "payout", "payouts", "owner", "store", "shop"}
    # the platform puts one forward or checks it before it may sell (round 21)
    | {"featured", "approval", "verification"}
)
# keys only an account of the app has
_ACCOUNT = frozenset({"role", "password", "permissions", "lastlogin"})


def served_sellers(path: str, row_names: set[str], keys: set[str]) -> bool:
    """Rows of a back-office page named for sellers or providers (`vendors.map(`,
    `filteredNotaries`) that show an e-mail or a phone and something each has on the platform:
    the businesses the platform serves, a contact list (round 20)."""
    if not set(words(path)) & _BACK_OFFICE or not row_names & _SELLERS:
        return False
    parts = key_parts(keys)
    if not parts & _REACH or parts & _ACCOUNT:
        return False
    return bool(parts & _ON_PLATFORM)
