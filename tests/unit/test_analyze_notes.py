"""`l4ydesk analyze FOLDER`: images and fonts are one note; a broken source file keeps its own."""

from __future__ import annotations

from pathlib import Path

import pytest

from l4ydesk.cli import main

PAGE = """export default function Page() {
  return <main><h1>Menu</h1><div><h3>Margherita</h3><span>$12.00</span></div></main>
}
"""
PNG = b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR\x00\x00"


def test_binary_assets_are_one_note_and_a_binary_source_file_its_own(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("L4YDESK_DATA_DIR", str(tmp_path / "data"))
    app = tmp_path / "app"
    (app / "app").mkdir(parents=True)
    (app / "public").mkdir()
    (app / "app" / "page.tsx").write_text(PAGE, encoding="utf-8")
    for n in range(5):
        (app / "public" / f"photo-{n}.png").write_bytes(PNG)
    (app / "app" / "broken.tsx").write_bytes(b"export const x = 1\x00\x00\x00" + PNG)

    assert main(["analyze", str(app)]) == 0
    err = capsys.readouterr().err.splitlines()
    assets = [line for line in err if "binary files are not analyzed" in line]
    assert assets == [
        "note: 5 binary files are not analyzed (images, fonts): public/photo-0.png, "
        "public/photo-1.png, public/photo-2.png and 2 more"
    ]
    # a source file holding binary data is a problem the user should see by name
    assert any(line.startswith("note: app/broken.tsx: Skipped") for line in err)
    assert not any("photo-3.png" in line for line in err)
