"""Re-analysis after an edit parses only the changed files, and relinks across files."""

from __future__ import annotations

from analyzer_support import CORPUS

from l4ydesk.core.analyzer import IncrementalAnalyzer, load_project


def _project() -> dict[str, bytes]:
    files = load_project(CORPUS / "salon-booking")
    files.pop("expected.json")
    return files


def test_unchanged_files_are_not_parsed_again() -> None:
    files = _project()
    sources = [p for p in files if p.endswith((".ts", ".tsx"))]
    analyzer = IncrementalAnalyzer()
    first = analyzer.analyze(files)
    assert analyzer.files_parsed == len(sources) == first.files_parsed
    second = analyzer.analyze(dict(files))
    assert analyzer.files_parsed == len(sources)
    assert second.files_parsed == 0 and analyzer.last_parsed == ()
    assert second.detections == first.detections


def test_an_edit_parses_one_file_and_updates_its_detections() -> None:
    files = _project()
    analyzer = IncrementalAnalyzer()
    analyzer.analyze(files)
    before = analyzer.files_parsed
    files["lib/services.ts"] = files["lib/services.ts"].replace(b"price: 25", b"price: 30")
    report = analyzer.analyze(files)
    assert analyzer.files_parsed == before + 1
    assert analyzer.last_parsed == ("lib/services.ts",)
    beard = next(d for d in report.of_type("product") if d.name == "Beard Trim")
    assert beard.fields["price"] == "30.00"


def test_editing_an_api_route_changes_whether_the_form_starts_a_workflow() -> None:
    files = _project()
    analyzer = IncrementalAnalyzer()
    (flow,) = analyzer.analyze(files).of_type("workflow")
    assert "send_email" in flow.fields["step_kinds"]
    route = "app/api/bookings/route.ts"
    files[route] = files[route].replace(b"await transporter.sendMail", b"await Promise.resolve")
    report = analyzer.analyze(files)
    assert analyzer.last_parsed == (route,)
    # without the email the route only stores the booking: that is the form's job, no workflow
    assert report.of_type("workflow") == ()
    assert report.of_type("booking")


def test_deleted_files_drop_out_and_new_ones_are_parsed() -> None:
    files = _project()
    analyzer = IncrementalAnalyzer()
    analyzer.analyze(files)
    del files["lib/services.ts"]
    files["app/extra.tsx"] = b"export const X = () => <div>hi</div>"
    report = analyzer.analyze(files)
    assert analyzer.last_parsed == ("app/extra.tsx",)
    assert report.of_type("product") == ()
    assert "lib/services.ts" not in report.files_analyzed
