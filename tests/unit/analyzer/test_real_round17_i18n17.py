"""Round 17, reading translation tables: small projects written here
(tests/data/real_round17/i18n17); each test failed before the table was read."""

from __future__ import annotations

import hashlib

from analyzer_support import DATA, analyze_tree

from l4ydesk.core.analyzer import AnalysisReport, IncrementalAnalyzer
from l4ydesk.core.analyzer.translation_tables import TableIndex, file_hints

APPS = DATA / "real_round17" / "i18n17"


def _project(name: str) -> AnalysisReport:
    report: AnalysisReport = analyze_tree(APPS / name, "*.*")  # the JSON tables too
    return report


def _named(report: AnalysisReport, type_key: str) -> set[str]:
    return {d.name for d in report.of_type(type_key)}


def test_json_messages_read_through_next_intl_give_names_and_a_contact() -> None:
    """`messages/de.json` beside `messages/en.json`, German the configured default: a page
    reads `useTranslations("Inquiry")` + `t("heading")`, a catalogue reads `t("Shop.bike1")`.
    The form is named by its heading and is a contact because a label asks for an e-mail;
    the bikes are named as the shop shows them."""
    report = _project("next-intl-json")
    assert _named(report, "contact") == {"Schreiben Sie uns"}
    assert _named(report, "product") == {"Stadtrad Classic", "Trekkingrad Pro"}
    form = next(iter(report.of_type("form")))
    labels = [f.get("label") for f in form.fields["fields"]]
    assert labels == ["Ihr Name", "E-Mail-Adresse", "Ihre Nachricht"]


def test_a_table_keyed_by_locale_read_through_a_context_gives_names_and_a_booking() -> None:
    """`const translations = { en: {...}, es: {...} }`, a context starting in "es" that hands
    out `translations[language]` as `t`: `t.booking.title` names a form that asks a day and an
    hour ("Reserva tu mesa", a booking), and dishes named `t.menu.paella` are products."""
    report = _project("keyed-context")
    assert _named(report, "booking") == {"Reserva tu mesa"}
    assert {"Paella de marisco", "Tortilla de patatas"} <= _named(report, "product")


def _table(files: dict[str, bytes]) -> dict[str, str]:
    digests = {p: hashlib.blake2b(d, digest_size=16).digest() for p, d in files.items()}
    return dict(TableIndex().table(files, digests).strings)


def test_language_folders_answer_under_their_namespace_and_the_first_key_decides() -> None:
    """`public/locales/<lang>/<ns>.json` answers `common.cta` and `cta`; with no default
    configured and no context, a table in code is read in its first language."""
    folders = {
        "public/locales/fr/common.json": b'{"cta": "Commander"}',
        "public/locales/en/common.json": b'{"cta": "Order"}',
        "lib/i18n.ts": b'export const defaultLocale = "fr"\n',
    }
    table = _table(folders)
    assert table["common.cta"] == "Commander" and table["cta"] == "Commander"
    keyed = {
        "lib/copy.ts": b"export const copy = { it: { a: 'Prenota', b: 'Menu', c: 'Orari', "
        b"d: 'Dove siamo', e: 'Contatti' }, en: { a: 'Book', b: 'Menu', c: 'Hours', "
        b"d: 'Find us', e: 'Contact' } }\n"
    }
    assert _table(keyed)["a"] == "Prenota"
    # a language picker's settings, a word or two per language, are no table
    picker = {
        "lib/langs.ts": b"export const langs = "
        b'{ it: { label: "Italiano" }, en: { label: "English" } }'
    }
    assert _table(picker) == {}
    # a page kept under a language folder is a page, not that language's table
    assert file_hints("app/locales/en/header.tsx", b"export const x = {}").json_locale is None
    assert file_hints("lib/i18n/fr.ts", b"export const fr = {}").json_locale == "fr"


def test_editing_a_table_reanalyzes_and_editing_a_page_keeps_the_table() -> None:
    """The table is built once per analysis and kept while no file holding one changes."""
    files = {
        str(p.relative_to(APPS / "keyed-context")): p.read_bytes()
        for p in (APPS / "keyed-context").rglob("*.*")
    }
    analyzer = IncrementalAnalyzer(calibrated=False)
    analyzer.analyze(files)
    page = "app/page.tsx"
    files[page] = files[page] + b"\n"
    analyzer.analyze(files)
    assert analyzer.last_parsed == (page,)
    files["lib/i18n.ts"] = files["lib/i18n.ts"].replace(b"Reserva tu mesa", b"Reservar")
    report = analyzer.analyze(files)
    assert _named(report, "booking") == {"Reservar"}


def test_rows_in_another_languages_table_are_the_same_rows_again() -> None:
    """`dictionaries/pl.json` and `dictionaries/en.json` hold the same three courses, Polish
    the configured default: the courses are the Polish rows, once, not six products."""
    report = _project("json-rows")
    assert _named(report, "product") == {
        "Angielski dla początkujących",
        "Niemiecki w biznesie",
        "Hiszpański konwersacje",
    }


def test_a_read_only_box_to_copy_a_number_from_is_no_form() -> None:
    """A dialog shows the phone number in a read-only box beside a "copy" button and a
    messenger link: nothing is typed, so nothing is captured (no form, no contact)."""
    report = _project("read-only")
    assert not report.of_type("form") and not report.of_type("contact")


def test_rows_written_per_language_or_by_table_key_read_in_the_visitors_words() -> None:
    """`{ titleEn, titleEs }` rows and `{ nameKey: "plans.small" }` rows shown through
    `t(plan.nameKey)`: the products are named in Spanish, the language the visitor meets."""
    names = _named(_project("keyed-context"), "product")
    assert {"Club de cata", "Club del chef", "Maridaje de vinos"} <= names


def test_a_table_kept_as_one_script_per_language_is_read_in_the_visitors_language() -> None:
    """`lib/translations/fr.ts` and `en.ts` each export one object, gathered as
    `{ fr, en }`; the page starts in French: the quote form is named "Demander un devis" and is a
    contact, its labels asking a name, an e-mail and a message."""
    report = _project("per-language-files")
    assert _named(report, "contact") == {"Demander un devis"}


def test_a_ternary_on_the_language_shows_the_visitors_branch() -> None:
    """`{language === "en" ? "Weekly offers" : "Ofertas de la semana"}` heads a sign-up form
    in an app whose visitors start in Spanish: the form is named in Spanish."""
    assert "Ofertas de la semana" in _named(_project("keyed-context"), "contact")
