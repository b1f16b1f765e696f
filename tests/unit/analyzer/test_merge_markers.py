"""An edit dialog's copy of an add dialog folds into it whatever its fields are called."""

from __future__ import annotations

from pathlib import Path

from l4ydesk.core.analyzer import analyze_files

DATA = Path(__file__).resolve().parents[2] / "data" / "real_round9" / "merge"


def test_an_edit_dialog_with_camel_case_markers_folds_even_with_an_address_field() -> None:
    # "add" opens "address" and "new" opens "newsletter": neither is a marker there
    source = (DATA / "customers-admin.tsx").read_bytes()
    report = analyze_files({"components/customers-admin.tsx": source})
    assert [form.name for form in report.of_type("form")] == ["Yeni Müşteri Ekle"]
