"""A tiny authoritative DNS server on 127.0.0.1 (UDP) for the custom-domain tests.

Answers from a dict the test fills (`set(name, type, *values)`): NOERROR with the records, an
empty NOERROR answer when the name has other types, NXDOMAIN when it has none. Messages are
parsed and built with dnspython (RFC 1035 wire format), so the client under test speaks real DNS.
"""

from __future__ import annotations

import socket
import threading
from types import TracebackType
from typing import Self

import dns.flags
import dns.message
import dns.rcode
import dns.rdata
import dns.rdataclass
import dns.rdatatype
import dns.rrset


class FakeDnsServer:
    def __init__(self) -> None:
        self.records: dict[tuple[str, str], list[str]] = {}
        self.queries: list[tuple[str, str]] = []
        self._lock = threading.Lock()
        self._sock = socket.socket(socket.AF_INET, socket.SOCK_DGRAM)
        self._sock.bind(("127.0.0.1", 0))
        self._sock.settimeout(0.1)
        self._stop = threading.Event()
        self._thread = threading.Thread(target=self._serve, name="fake-dns")

    @property
    def address(self) -> tuple[str, int]:
        host, port = self._sock.getsockname()[:2]
        return str(host), int(port)

    def set(self, name: str, rdtype: str, *values: str) -> None:
        """Replace `name`'s records of `rdtype` (TXT values unquoted, CNAME targets with or
        without the final dot)."""
        with self._lock:
            self.records[(name.lower().rstrip("."), rdtype.upper())] = list(values)

    def __enter__(self) -> Self:
        self._thread.start()
        return self

    def __exit__(
        self,
        exc_type: type[BaseException] | None,
        exc: BaseException | None,
        tb: TracebackType | None,
    ) -> None:
        self._stop.set()
        self._thread.join()
        self._sock.close()

    def _serve(self) -> None:
        while not self._stop.is_set():
            try:
                data, peer = self._sock.recvfrom(4096)
            except TimeoutError:
                continue
            except OSError:
                return
            try:
                query = dns.message.from_wire(data)
            except Exception:
                continue  # not DNS: a real server drops it too
            self._sock.sendto(self._answer(query).to_wire(), peer)

    def _answer(self, query: dns.message.Message) -> dns.message.Message:
        response = dns.message.make_response(query)
        response.flags |= dns.flags.AA
        question = query.question[0]
        name = question.name.to_text().lower().rstrip(".")
        rdtype = dns.rdatatype.to_text(question.rdtype)
        with self._lock:
            self.queries.append((name, rdtype))
            values = list(self.records.get((name, rdtype), ()))
            known = any(key[0] == name for key in self.records)
        if not known:
            response.set_rcode(dns.rcode.NXDOMAIN)
            return response
        if values:
            rdatas = [
                dns.rdata.from_text(dns.rdataclass.IN, question.rdtype, _text(rdtype, v))
                for v in values
            ]
            response.answer.append(dns.rrset.from_rdata_list(question.name, 300, rdatas))
        return response


def _text(rdtype: str, value: str) -> str:
    if rdtype == "TXT":
        return '"' + value.replace("\\", "\\\\").replace('"', '\\"') + '"'
    if rdtype == "CNAME" and not value.endswith("."):
        return value + "."
    return value
