"""A form is named as a person names it: by its own heading, or, when its headings only split it
into sections, by the title above it (issue 12, item 4)."""

from __future__ import annotations

from l4ydesk.core.analyzer import analyze_files

SECTIONED = b"""
export default function QuotePage() {
  const send = async (e) => { e.preventDefault(); await fetch("/api/quote", { method: "POST" }) }
  return (
    <main>
      <h1>Request a Quote</h1>
      <form onSubmit={send}>
        <h3>Personal Information</h3>
        <input name="name" placeholder="Full name" />
        <input name="email" type="email" placeholder="Email" />
        <h3>Project Details</h3>
        <textarea name="details" placeholder="Tell us about the project" />
        <button type="submit">Send request</button>
      </form>
    </main>
  )
}
"""

TITLED = SECTIONED.replace(b"<h3>Project Details</h3>", b"")


def _form_names(source: bytes) -> list[str]:
    report = analyze_files({"app/quote/page.tsx": source}, calibrated=False)
    return [d.name for d in report.detections if d.type_key == "form"]


def test_a_form_split_into_sections_takes_the_title_above_it() -> None:
    assert _form_names(SECTIONED) == ["Request a Quote"]


def test_a_form_with_one_heading_of_its_own_keeps_it() -> None:
    assert _form_names(TITLED) == ["Personal Information"]
