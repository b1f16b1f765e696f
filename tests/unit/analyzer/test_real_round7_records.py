"""Round 7 of issue 12, records side: rules that find records people see (a featured item, a
calendar's dated rows, the same happening on two pages, the lists of an admin) by structure,
replayed on small files written here (tests/data/real_round7/records) in several languages."""

from __future__ import annotations

from pathlib import Path

from analyzer_support import analyze_tree

from l4ydesk.core.analyzer import AnalysisReport, analyze_files

DATA = Path(__file__).resolve().parents[2] / "data" / "real_round7" / "records"


def _project(name: str) -> AnalysisReport:
    return analyze_tree(DATA / name)


def _where(report: AnalysisReport, type_key: str) -> set[tuple[str, str]]:
    return {(d.name, e.path) for d in report.of_type(type_key) for e in d.evidence}


def test_a_featured_object_with_the_rows_keys_is_one_more_row() -> None:
    found = _where(_project("termine"), "event")
    # the highlighted evening is a lone object, written with the keys of the list below it
    assert ("Sommerfest am See", "app/page.tsx") in found
    assert ("Lesenacht", "app/page.tsx") in found


def test_dates_built_with_new_date_are_read_and_each_page_keeps_its_own_events() -> None:
    report = _project("termine")
    found = _where(report, "event")
    # `new Date(2025, 6, 12)` is the 12th of July; the calendar's rows are its own to connect
    assert {name for name, path in found if path == "app/kalender/page.tsx"} == {
        "Sommerfest am See",
        "Lesenacht",
        "Herbstmarkt",
    }
    dates = {d.fields.get("date") for d in report.of_type("event")}
    assert dates == {"2025-07-12", "2025-08-03", "2025-09-14"}
    assert len(report.of_type("event")) == 6


def _lists(report: AnalysisReport) -> set[tuple[str, str, str]]:
    return {
        (d.type_key, d.name, d.evidence[0].path)
        for d in report.detections
        if d.fields.get("list") and d.evidence
    }


def test_rows_loaded_at_run_time_are_a_list_of_what_their_fields_show() -> None:
    found = _lists(_project("listas"))
    # something raised, how urgent and where it stands: the complaints are a ticket list
    assert ("ticket", "Quejas recibidas", "app/admin/quejas/page.tsx") in found
    # who, for what service, when: rows handed in by a parent are a list of bookings
    assert ("booking", "Agenda de hoy", "app/admin/citas/page.tsx") in found
    # a name with an e-mail and a phone, fetched from an API: the clients are one contact list
    assert ("contact", "Cartera de clientes", "app/admin/clientes/page.tsx") in found
    # the person's name and a mobile, in the page's own language, with an e-mail
    assert ("contact", "Resultados", "app/admin/alumnos/page.tsx") in found


def test_rows_of_tasks_and_of_accounts_are_no_lists_of_records() -> None:
    names = {name for _, name, _ in _lists(_project("listas"))}
    # a task's urgency says it is work, and people with a role are the app's users
    assert "Tareas pendientes" not in names
    assert "Equipo" not in names


def _rows(name: str) -> AnalysisReport:
    data = (DATA / "rows" / name).read_bytes()
    return analyze_files({f"app/{name[:-4]}/page.tsx": data}, calibrated=False)


def test_priced_shows_on_a_day_without_its_year_held_somewhere_are_events() -> None:
    report = _rows("spectacles.tsx")
    # "Ven. 14 mars · 20h30" at a theatre: a happening, though its year is left out
    assert {d.name for d in report.of_type("event")} == {"Le Malade imaginaire", "Soirée impro"}
    # goods with the day they were added and no place they are held at stay goods
    assert {d.name for d in report.of_type("product")} == {
        "Affiche encadrée",
        "Programme de saison",
    }


def test_a_dated_row_with_a_place_and_a_list_titled_invoices_are_certain() -> None:
    # scores were moved where the structure was right every time on the seen sets
    events = _project("termine").of_type("event")
    assert events and all(d.confidence >= 0.9 for d in events)
    invoices = _rows("rechnungen.tsx").of_type("invoice")
    assert [(d.name, d.confidence >= 0.9) for d in invoices] == [("Rechnungen", True)]
    # rows read only by their fields stay a guess
    tickets = _project("listas").of_type("ticket")
    assert tickets and all(d.confidence < 0.9 for d in tickets)


def test_a_priced_row_that_describes_itself_is_certain_a_bare_one_is_not() -> None:
    scores = {d.name: d.confidence for d in _rows("carta.tsx").of_type("product")}
    # a name, a price and a description (or a picture): an offer shown as one
    assert scores["Risotto ai funghi"] >= 0.9 and scores["Tagliata di manzo"] >= 0.9
    # a name and a price alone were right about half the time on the seen sets: a guess
    assert all(scores[n] < 0.9 for n in ("Pane", "Coperto") if n in scores)


def test_a_heading_with_no_words_of_its_own_names_no_list() -> None:
    # `<h1>{settings.title}</h1>` over typed rows: a list nobody could name is no detection
    report = _rows("contacto.tsx")
    assert [d.name for d in report.detections if d.fields.get("list")] == []


def test_a_list_titled_by_the_records_word_alone_is_certain() -> None:
    kunden = (DATA / "rows" / "kunden.tsx").read_bytes()
    report = analyze_files({"app/dashboard/kunden/page.tsx": kunden}, calibrated=False)
    assert [(d.name, d.confidence >= 0.9) for d in report.of_type("contact")] == [
        ("Alle Kunden", True)
    ]
    # "Cartera de clientes": the word qualifies another noun, so the title stays a guess
    listed = _project("listas").of_type("contact")
    assert listed and all(d.confidence < 0.9 for d in listed)


def test_an_amount_to_reach_is_no_price() -> None:
    # a goal ("meta", "target") is what a partner must sell to win the plaque, not its price
    assert _rows("metas.tsx").of_type("product") == ()
