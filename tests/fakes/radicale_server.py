"""A real CalDAV server for tests: Radicale (PyPI `radicale`) on 127.0.0.1, in a subprocess.

Not a fake: the sync tests talk to a real implementation of RFC 4791 and RFC 6578, with its
own sync tokens, ETags, multiget and htpasswd authentication, as ARCHITECTURE.md asks.
`make_calendar` makes a calendar collection (MKCALENDAR, RFC 4791 5.3.1), and `put_event` /
`delete_event` change it behind l4ydesk's back, as another calendar app would.
"""

from __future__ import annotations

import socket
import subprocess
import sys
import time
from pathlib import Path
from types import TracebackType
from typing import Self

import httpx

USER, PASSWORD = "lee", "correct horse battery staple"


def _free_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return int(probe.getsockname()[1])


class RadicaleServer:
    def __init__(self, folder: Path) -> None:
        self.folder = folder
        self.port = 0
        self._process: subprocess.Popen[bytes] | None = None

    @property
    def origin(self) -> str:
        return f"http://127.0.0.1:{self.port}"

    def start(self) -> None:
        users = self.folder / "users"
        users.write_text(f"{USER}:{PASSWORD}\n", encoding="utf-8")
        self.port = self.port or _free_port()  # a restart keeps the address
        self._process = subprocess.Popen(
            [
                sys.executable,
                "-m",
                "radicale",
                "--server-hosts",
                f"127.0.0.1:{self.port}",
                "--storage-filesystem-folder",
                str(self.folder / "collections"),
                "--auth-type",
                "htpasswd",
                "--auth-htpasswd-filename",
                str(users),
                "--auth-htpasswd-encryption",
                "plain",
                "--auth-delay",
                "0",
                "--rights-type",
                "owner_only",
                "--logging-level",
                "warning",
            ],
            stdout=subprocess.DEVNULL,
            stderr=subprocess.PIPE,
        )
        deadline = time.monotonic() + 30
        while time.monotonic() < deadline:
            if self._process.poll() is not None:
                raise RuntimeError(f"Radicale did not start: {self._read_stderr()}")
            try:
                with socket.create_connection(("127.0.0.1", self.port), timeout=0.2):
                    return
            except OSError:
                time.sleep(0.05)  # a child process starting; not a test waiting
        raise RuntimeError("Radicale did not listen within 30 s")

    def start_again(self) -> None:
        """Start on the same port after `stop()`, with the same calendars (the network is back)."""
        self.start()

    def _read_stderr(self) -> str:
        assert self._process is not None and self._process.stderr is not None
        return self._process.stderr.read().decode(errors="replace")[-2000:]

    def stop(self) -> None:
        if self._process is not None:
            self._process.terminate()
            try:
                self._process.wait(10)
            except subprocess.TimeoutExpired:
                self._process.kill()
                self._process.wait()
            if self._process.stderr is not None:
                self._process.stderr.close()
            self._process = None

    def __enter__(self) -> Self:
        self.start()
        return self

    def __exit__(
        self, kind: type[BaseException] | None, exc: BaseException | None, tb: TracebackType | None
    ) -> None:
        self.stop()

    def _client(self) -> httpx.Client:
        return httpx.Client(base_url=self.origin, auth=(USER, PASSWORD), timeout=10)

    def make_calendar(self, name: str = "work") -> str:
        """A new calendar collection of the user; its URL (ending with /)."""
        path = f"/{USER}/{name}/"
        body = (
            '<?xml version="1.0" encoding="utf-8"?><C:mkcalendar xmlns:D="DAV:" '
            'xmlns:C="urn:ietf:params:xml:ns:caldav"><D:set><D:prop>'
            f"<D:displayname>{name.title()}</D:displayname></D:prop></D:set></C:mkcalendar>"
        )
        with self._client() as client:
            answer = client.request("MKCALENDAR", path, content=body)
            assert answer.status_code == 201, answer.text
        return self.origin + path

    def put_event(self, calendar_url: str, name: str, ics: str) -> None:
        with self._client() as client:
            answer = client.put(
                calendar_url + name,
                content=ics.encode(),
                headers={"Content-Type": "text/calendar; charset=utf-8"},
            )
            assert answer.status_code in (201, 204), answer.text

    def delete_event(self, calendar_url: str, name: str) -> None:
        with self._client() as client:
            assert client.delete(calendar_url + name).status_code in (200, 204)

    def events(self, calendar_url: str) -> dict[str, str]:
        """Every event resource of the calendar: name -> iCalendar text (a PROPFIND + GETs)."""
        body = (
            '<?xml version="1.0"?><D:propfind xmlns:D="DAV:"><D:prop><D:getetag/></D:prop>'
            "</D:propfind>"
        )
        found: dict[str, str] = {}
        with self._client() as client:
            answer = client.request("PROPFIND", calendar_url, content=body, headers={"Depth": "1"})
            assert answer.status_code == 207, answer.text
            import xml.etree.ElementTree as ET

            for href in ET.fromstring(answer.content).iter("{DAV:}href"):
                path = (href.text or "").strip()
                if path.endswith(".ics"):
                    found[path.rsplit("/", 1)[1]] = client.get(path).text
        return found
