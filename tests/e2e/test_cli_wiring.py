"""`l4ydesk wiring APP`: the forms and checkout buttons a publish wires, and those it cannot."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

from l4ydesk.core.vfs import VirtualFileSystem
from l4ydesk.storage.db import Store
from tests.publish_support import connected_sample


def test_the_report_names_wired_and_not_wired_elements(tmp_path: Path) -> None:
    url = f"sqlite:///{tmp_path / 'l4ydesk.db'}"
    store = Store(url)
    try:
        app_id = connected_sample(store, name="Harbor Shop")
        # the newsletter form now gets its handler from a prop: a shape the wiring leaves alone
        vfs = VirtualFileSystem(store, max_file_bytes=1 << 20)
        text = vfs.read_text(app_id, "components/newsletter-form.tsx")
        text = text.replace(
            "export function NewsletterForm() {",
            "export function NewsletterForm({ onJoin }: { onJoin: () => void }) {",
        )
        vfs.write(
            app_id,
            "components/newsletter-form.tsx",
            text.replace("onSubmit={handleSubmit}", "onSubmit={onJoin}").encode(),
        )
    finally:
        store.close()
    env = dict(os.environ, L4YDESK_DATA_DIR=str(tmp_path / "data"), L4YDESK_DB_URL=url)
    shown = subprocess.run(
        [sys.executable, "-m", "l4ydesk", "wiring", "harbor-shop", "--json"],
        env=env,
        capture_output=True,
        text=True,
    )
    assert shown.returncode == 0, shown.stderr
    changes = json.loads(shown.stdout)
    wired = sorted(p for c in changes for p in c["paths"])
    assert wired == [
        "components/booking-form.tsx",
        "components/cart-summary.tsx",
        "components/contact-form.tsx",
    ]
    refused = [c["description"] for c in changes if not c["paths"]]
    assert refused == [
        "components/newsletter-form.tsx: the form 'Newsletter form' (#12) not wired: its "
        "onSubmit handler 'onJoin' is defined elsewhere (a prop or an import)."
    ]
    plain = subprocess.run(
        [sys.executable, "-m", "l4ydesk", "wiring", "harbor-shop"],
        env=env,
        capture_output=True,
        text=True,
    )
    assert plain.returncode == 0 and refused[0] in plain.stdout.splitlines()
    assert (
        "components/contact-form.tsx: the form 'Contact us' (#11) posts to the platform now."
        in plain.stdout
    )
