"""Tells forms that collect business data from forms that operate the app.

Sign-in, sign-up and password forms, search, filter and "find" bars, exports and imports, the
visitor's own profile, a lone upload, a coupon box, a chat composer and a verdict on an existing
record (cancel, approve, reject) capture no record an agency would connect.
"""

from __future__ import annotations

import re

from tree_sitter import Node

from l4ydesk.core.analyzer import jsx, machinery_words, vocabulary
from l4ydesk.core.analyzer.comment_boxes import leaves_a_comment
from l4ydesk.core.analyzer.fields import FormField
from l4ydesk.core.analyzer.form_writes import filters_rows, saves_from_overlay
from l4ydesk.core.analyzer.forms import FoundForm
from l4ydesk.core.analyzer.literals import unwrap
from l4ydesk.core.analyzer.message_composers import composes_for_an_audience
from l4ydesk.core.analyzer.settings_panels import own_business_details, toggles_and_figures
from l4ydesk.core.analyzer.site_content import edits_site_content
from l4ydesk.core.analyzer.support_requests import asks_for_support
from l4ydesk.core.analyzer.syntax import SourceFile
from l4ydesk.core.analyzer.values import humanize, words

REGISTRATION = re.compile(r"\b(register|registration|rsvp|enrol+|attend)\b", re.I)
_ACCOUNT_CALL = re.compile(
    r"\b(auth|otp|login|log ?in|logout|sign ?in|sign ?up|session|magic ?link|2fa|mfa|verify "
    r"(code|email|token))\b"
)


# reading who is signed in (`getUser`, `getSession`, `getCurrentUser`) before a write
_READS_WHO = re.compile(r"get(Current)?(User|Session|Claims)$")


def signs_in(src: SourceFile, form: FoundForm) -> bool:
    """True when a small form's submit handler calls an account endpoint or function.

    An e-mail box that requests a one-time code or a magic link has no password field, yet it
    signs the visitor in: what the handler calls says so, whatever the page calls the form.
    """
    if len(form.fields) > 3 or any(f.type == "textarea" for f in form.fields):
        return False
    # a <form> asking two things or more (a file aside) reads who is signed in only to write
    # their row; a lone message box or loose inputs keep the older, wider reading
    asks_several = form.explicit and sum(f.type != "file" for f in form.fields) >= 2
    for handler in form.handlers:
        body: Node | None = handler
        if handler.type == "identifier":
            body = src.function_named(src.text(handler), handler)
        if body is None:
            continue
        for call in src.calls_within(body):
            fn = call.child_by_field_name("function")
            if (
                asks_several
                and fn is not None
                and _READS_WHO.match(src.text(fn).rsplit(".", 1)[-1])
            ):
                continue  # `auth.getUser()` finds whose row the form writes; it signs no one in
            args = call.child_by_field_name("arguments")
            said = [src.text(fn)] if fn is not None else []
            if args is not None and args.named_child_count:
                first = unwrap(args.named_children[0])
                address = src.text(first).strip("\"'`")
                # an address says where the data goes; a logged message says nothing
                if first.type in ("string", "template_string") and address.startswith(
                    ("/", "http", "${")
                ):
                    said.append(address)
            if _ACCOUNT_CALL.search(" ".join(words(" ".join(said)))):
                return True
    return False


def steers_a_view(form: FoundForm, src: SourceFile) -> bool:
    """A group without a `<form>` that asks for no value of its own: only pickers (selects,
    radios, checkboxes), or only a period (one or two dates); it sets how a list is shown."""
    if form.explicit or not form.fields or places_order(form) or saves_from_overlay(src, form):
        return False
    types = [f.type for f in form.fields]
    if all(t in ("select", "radio", "checkbox") for t in types) or filters_rows(src, form):
        return True
    # a picker and a day (a project, then "Generate"), or a period alone: which slice to show
    return len(types) <= 2 and all(t in (*_PERIOD, "select", "radio") for t in types)


_PERIOD = ("date", "datetime-local", "month", "week")

# a button working figures out on the page, in the languages v0 apps are written in
_CALCULATES = re.compile(
    r"\s*(re)?(calculat|comput|berechne|calcul|calcol|bereken|przelicz|oblicz|hesapla|"
    r"tính|рассчита|пересчита|розрахува|hitung|計算|계산|احسب)",
    re.I,
)


def captures_business_data(form: FoundForm, path: str = "") -> bool:
    """False for forms that only operate the app: sign-in and password, search and filter bars,
    exports, settings, a lone coupon box, a chat composer."""
    types = [f.type for f in form.fields]
    if "password" in types or any(_PASSWORD.search(_field_words(f)) for f in form.fields):
        return False  # setting a password creates a login, even typed in a plain text box
    if (
        types
        and all(t in ("number", "range") for t in types)
        and _CALCULATES.match(form.submit_label or "")
    ):
        return False  # figures typed to be worked out on the spot ("Calculate"): no record
    if any(_ACCESS & (said := set(words(f.name))) and said <= _ACCESS_OF for f in form.fields):
        return False  # a user's role or permissions: an app account (not a `target_role`)
    if set(words(" ".join([form.submit_label or "", form.title or "", path]))) & _ACCESS:
        return False  # defining a role and what it may do sets up the app's access
    text = words_of(form)
    heading = " ".join([form.name, form.title or "", form.submit_label or ""])
    names = [" ".join(words(f.name)) for f in form.fields]
    personal = any(t in ("email", "tel", "textarea") for t in types) or any(
        set(n.split()) & {"email", "phone", "message", "name"} for n in names
    )
    own_name = " ".join(
        [humanize(form.component.name), form.submit_label or "", " ".join(words(path))]
    )
    # "Sign up" for a newsletter or a class is a subscription or a booking, not an account
    business_words = (
        vocabulary.NEWSLETTER.search(text)
        or vocabulary.BOOKING.search(text)
        or REGISTRATION.search(text)
        or vocabulary.CONTACT.search(text)
    )
    if (
        machinery_words.AUTH.search(text)
        and not business_words
        and (len(form.fields) <= 3 or machinery_words.AUTH.search(own_name))
        and "textarea" not in types
    ):
        return False
    if _CREATES_ACCOUNT.search(form.submit_label or ""):
        return False  # its own button opens an account, whatever the page registers people for
    if (
        machinery_words.AUTH.search(place := " ".join(words(path)))
        or set(place.split()) & machinery_words.ACCOUNT_PAGES
    ) and not (business_words and (_said_besides_contact(text) or "textarea" in types)):
        # a form on the login or onboarding pages sets up the account; a "Contact details"
        # step with no message to send asks for the account holder's own
        return False
    if machinery_words.SEARCH_OR_FILTER.search(heading) and not personal:
        return False
    own_button = form.submit_label or ""
    if "textarea" not in types and (
        machinery_words.SEARCH_OR_FILTER.match(own_button.strip())
        or machinery_words.FIND.match(own_button.strip())
    ):
        return False  # its own button says "Search": it looks people up, whatever it asks
    # a help desk's form on the visitor's own profile page still files a ticket
    support = asks_for_support(form, heading)
    if machinery_words.SETTINGS.search(heading) and not _adds_one(form) and not support:
        return False
    if not business_words and (
        (
            _MACHINERY.search(heading)
            and (NEW_RECORD.match(form.title or form.name) or jsx.EDIT.match(form.title or ""))
        )
        or (_SETS_UP.match(form.title or form.name) and _OWN_PLACE.search(form.title or form.name))
    ):
        # a message template, an automation rule, or setting up one's own shop or clinic
        # configures the app's machinery; no customer, order or booking is recorded
        return False
    if (
        machinery_words.SETTINGS.search(own_name)
        and not _business_heading(heading)
        and not _enters_a_record(form)
        and not support
    ):
        # the visitor's own profile page edits an account, not a business record, even when a
        # field is the emergency contact (a record added there, a branch or an employee, is
        # admin entry all the same: round 17)
        return False
    if machinery_words.SETTINGS.search(own_name) and own_business_details(form):
        return False  # the business's own name, address and phone typed on its settings page
    if toggles_and_figures(form):
        return False  # switches and a limit or two set how the app behaves; no record typed
    if machinery_words.CASH_REGISTER.search(f"{heading} {own_name}"):
        return False  # the drawer's opening or counted cash: the till's ledger, not a record
    if machinery_words.DATA_TRANSFER.search(heading):
        return False  # a paste box to import or a text to export moves data, it captures none
    if "file" in types and all(
        f.type == "file" or (f.type == "text" and set(words(f.name)) & _LINK_WORDS)
        for f in form.fields
    ):
        return False  # an upload (or the address of the same picture) adds a file, no record
    if any(
        set(words(f.name)) & (_RECIPIENT if f.type == "email" else _NAMED_RECIPIENT)
        for f in form.fields
    ) and ("textarea" in types):
        return False  # a mail composed to someone: its sending is the workflow, not a record
    if leaves_a_comment(form):
        return False  # a comment or a review is the page's content, not a business record
    if composes_for_an_audience(form):
        return False  # an announcement to a group of users is messaging, not a record
    if not form.explicit and _OPENS_EDITOR.match(form.submit_label or ""):
        return False  # "Edit" beside a record's inline controls opens an editor elsewhere
    if _decides(form, heading):
        return False  # cancelling, approving or rejecting acts on a record that exists
    if edits_site_content(form):
        return False  # a banner, a tip or a footer link is the site's text, not a record
    if not any(t in ("email", "tel", "textarea") for t in types) and any(
        machinery_words.SEARCH_OR_FILTER.search(text := _plain(b.text or b""))
        or machinery_words.FIND.search(text)
        for b in form.buttons
    ):
        return False  # "where to, when" with a Search or Find button looks records up
    typed = [f for f in form.fields if f.type not in ("select", "radio", "checkbox", *_PERIOD)]
    if (
        typed
        and not personal
        and all(
            machinery_words.SEARCH_OR_FILTER.search(f"{f.label or ''} {' '.join(words(f.name))}")
            for f in typed
        )
    ):
        return False  # a search box and its pickers filter a list, whatever the page's title
    if (
        len(types) <= 2
        and all(t in ("select", "radio", "checkbox") for t in types)
        and not places_order(form)
    ):
        return False  # a picker or two with "Refresh" or "Apply" steers a view ("Submit
        # order" under a dish picked and its extras places an order)
    if all(t in ("select", "radio", "checkbox", *_PERIOD) for t in types) and _REPORT.search(
        f"{heading} {' '.join(words(path))}"
    ):
        return False  # a report's period and pickers choose which figures to show; nothing
        # typed in, nothing recorded
    if len(form.fields) == 1:
        only = form.fields[0]
        about = " ".join([names[0], only.label or "", heading])
        if machinery_words.COUPON.search(about) or set(names[0].split()) & {"coupon", "promo"}:
            return False
        if machinery_words.CHAT.search(about) and only.type in ("text", "textarea"):
            return False
    # an order's id and the e-mail it was placed with find the order; they record nothing new
    return not (
        len(names) <= 2 and "textarea" not in types and any(set(n.split()) & _KEYS for n in names)
    )


# a password asked for, in the languages v0 apps are written in (a field's name or label)
_PASSWORD = vocabulary.phrases(
    r"password",
    r"passwort",
    r"mot de passe",
    r"contraseña",
    r"senha",
    r"wachtwoord",
    r"parola",
    r"пароль",
    r"hasło",
    r"kata sandi",
    r"şifre",
    r"mật khẩu",
    "パスワード",
    "密码",
    "비밀번호",
)


def _field_words(field: FormField) -> str:
    return f"{' '.join(words(field.name))} {field.label or ''}"


# a report, in the languages v0 apps are written in
_REPORT = vocabulary.phrases(
    r"reports?",
    r"rapor(lar[ıi]?|u)?",
    r"informes?",
    r"relat[óo]rios?",
    r"rapports?",
    r"berichte?",
    r"rapport[oi]",
    r"verslag(en)?",
    r"отч[её]т\w*",
    r"звіт\w*",
    r"laporan",
    r"báo cáo",
    "レポート",
    "报表",
    "報表",
    "보고서",
)


# a title that opens with "new", "add" or "create" in the languages v0 apps are written in
NEW_RECORD = re.compile(
    r"\s*(new|add|create|register|nuev[oa]s?|nov[oa]s?|nouve(au|l|lle)|neue?[rsn]?|nuov[oa]|"
    r"nieuwe?|yeni|crear|criar|cr[ée]er|agregar|adicionar|ajouter|aggiungi|hinzuf[üu]gen|"
    r"anlegen|erstellen|registrar|th[êe]m|t[ạa]o|"
    # Russian, Indonesian and Arabic, as the seen sets write them ("Новый клиент", "Tambah
    # Produk", "إضافة قيد")
    r"нов(ый|ая|ое|ые|ую)|добавить|создать|tambah|buat|إضافة|أضف|إنشاء)\b|"
    r"新規|追加|新建|添加|신규|추가|"
    # Japanese and Korean put the verb last: "従業員を追加" (add an employee), "직원 추가"
    r".{1,20}?(を追加|を登録|の追加|の登録|추가|등록)\s*$",
    re.I,
)

# a title naming a registration or an application sent by the visitor; CJK titles put the
# noun last ("求職者登録", job-seeker registration), so no word boundary there
APPLICATION_TITLE = re.compile(
    r"\b(registration|application|enrol(l?ment)?|inscri[cpç]\w*|candidatur[ae]|"
    r"bewerbung|anmeldung|aanmelding|sollicitatie|iscrizione|заявка|регистрация|"
    r"başvuru|kayıt|pendaftaran|đăng ký|تسجيل)\b|登録|応募|申込|申し込み|注册|报名|申请|등록|신청",
    re.I,
)

_ACCESS = frozenset({"role", "roles", "permission", "permissions"})
_ACCESS_OF = _ACCESS | {"user", "account", "staff", "member", "admin", "select", "selected"}
_MACHINERY = re.compile(
    r"\b(templates?|plantillas?|vorlagen?|sjablo(on|nen)|automations?|automatizaci[oó]n\w*|"
    r"automa[cç][aã]o|automa[cç][oõ]es|automatisierung\w*|automatisations?|automazion[ei]|"
    r"automatisering\w*|шаблон\w*|автоматизац\w*|автоматическ\w*)\b",
    re.I,
)
# ...the visitor's own place in the app (a product being configured is a purchase, no set-up)
_OWN_PLACE = re.compile(
    r"\b(shop|store|business|clinic|account|profile|company|workspace|studio|office|tienda|"
    r"loja|cl[ií]nica|negocio|neg[oó]cio|empresa|perfil|cuenta|conta|boutique|entreprise|"
    r"compte|gesch[äa]ft|laden|praxis|konto|negozio|attivit[àa]|profilo|winkel|bedrijf|"
    r"c[ửu]a h[àa]ng|ph[òo]ng kh[áa]m|店舗|ショップ|店铺|诊所)\b",
    re.I,
)
# a title that tells the visitor to set up or configure their own place in the app
_SETS_UP = re.compile(
    r"\s*(set ?up|configure|configura|configurez|konfiguriere|einrichten|configurar|"
    r"thiết lập|cài đặt)\b",
    re.I,
)
_LINK_WORDS = frozenset({"url", "link", "src", "href"})
# the address a message goes to (someone else's), not the sender's own e-mail
_RECIPIENT = frozenset({"to", "recipient", "recipients", "cc", "bcc"})
# ...or an input of any type named for the recipient ("to" alone may be a trip's destination)
_NAMED_RECIPIENT = _RECIPIENT - {"to"}
# a button that opens an account for the visitor, in the languages v0 apps are written in
_CREATES_ACCOUNT = re.compile(
    r"\b(create (an |my |your )?account|crear (una |mi )?cuenta|criar (uma |minha )?conta|"
    r"cr[ée]er (un |mon )?compte|konto erstellen|crea (un )?account|account aanmaken|"
    r"tạo tài khoản|hesap oluştur)\b|会員登録|アカウント作成|注册账号|创建账户",
    re.I,
)
# words naming an existing record's key: a form asking for one looks that record up
_KEYS = frozenset({"id", "tracking", "ref", "reference"})


def _adds_one(form: FoundForm) -> bool:
    """ "Create profile", "New profile": one more record added to a list (a donor's, a
    member's), not the visitor's own profile ("Create your profile") or settings."""
    title = form.title or form.name
    return NEW_RECORD.match(title) is not None and not set(words(title)) & _OWN


# the visitor's own (English first, then the languages v0 apps are written in)
_OWN = frozenset(
    {"your", "my", "tu", "mi", "su", "seu", "sua", "meu", "minha", "votre", "ton", "mon", "ma"}
    | {"dein", "deine", "mein", "meine", "tuo", "je", "mijn", "của", "bạn", "sizin"}
)


def _enters_a_record(form: FoundForm) -> bool:
    """A dialog titled for adding one more record ("Nueva sucursal", "従業員を追加") that asks
    its name and at least one thing more: a business record entered wherever the page sits."""
    named = any(set(words(f.name)) & _NAME_KEYS for f in form.fields)
    return _adds_one(form) and len(form.fields) >= 2 and named


# a record's name field in the languages v0 apps are written in
_NAME_KEYS = frozenset({"name", "nombre", "nom", "naam", "nome", "ten", "isim", "bezeichnung"})


def _business_heading(heading: str) -> bool:
    return bool(
        vocabulary.NEWSLETTER.search(heading)
        or vocabulary.BOOKING.search(heading)
        or REGISTRATION.search(heading)
        or vocabulary.CONTACT.search(heading)
    )


def _decides(form: FoundForm, heading: str) -> bool:
    """A dialog titled for a verdict ("Cancel class"), or whose buttons are all verdicts
    ("Approve", "Reject") besides closing it: it acts on a record, it captures none."""
    title = form.title or form.name
    if machinery_words.DECISION.match(title.strip()):
        return True
    said = [_plain(b.text or b"").strip() for b in form.buttons]
    said = [t for t in said if t and not _CLOSE.fullmatch(t)]
    return len(said) >= 2 and all(machinery_words.DECISION.search(t) for t in said)


def places_order(form: FoundForm) -> bool:
    """A button submits or places an order, or the group is a sheet: what is picked is kept."""
    return form.sheet or any(_ORDERS.search(_plain(b.text or b"")) for b in form.buttons)


_ORDERS = re.compile(r"\b(submit|place|confirm|send) (my |the |your )?order\b", re.I)


# a button that opens a record's editor: its inputs live in the dialog it opens, not here
_OPENS_EDITOR = re.compile(
    r"\s*(edit|editar|modifier|bearbeiten|modifica|bewerken|sửa|chỉnh sửa|düzenle|編集|编辑)\b",
    re.I,
)


# buttons that only close a dialog
_CLOSE = re.compile(
    r"(close|back|schließen|zurück|fermer|retour|cerrar|volver|chiudi|indietro|fechar|voltar|"
    r"sluiten|terug|đóng|quay lại|閉じる|戻る)",
    re.I,
)


def _plain(jsx_source: bytes) -> str:
    """A button's words without its tags and expressions (`onClick={() => {...}}` nests)."""
    text, last = jsx_source.decode("utf-8", errors="replace"), ""
    while text != last:
        text, last = re.sub(r"\{[^{}]*\}", " ", text), text
    return re.sub(r"<[^>]*>", " ", text)


def _said_besides_contact(text: str) -> bool:
    return bool(
        vocabulary.NEWSLETTER.search(text)
        or vocabulary.BOOKING.search(text)
        or REGISTRATION.search(text)
    )


def words_of(form: FoundForm) -> str:
    parts = [form.name, form.title or "", form.submit_label or "", humanize(form.component.name)]
    parts.extend(f.label or "" for f in form.fields)
    return " ".join(parts)
