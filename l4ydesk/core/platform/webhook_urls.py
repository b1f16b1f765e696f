"""Which outbound webhook URLs are allowed: https only (http on loopback in development), and
never a private, link-local or otherwise internal address (no server-side request forgery).

The check runs when an endpoint is registered and again before every delivery, on the addresses
the name resolves to then, so a name re-pointed at an internal address later is still refused.
"""

from __future__ import annotations

import ipaddress
import socket
from collections.abc import Callable
from urllib.parse import urlsplit

from l4ydesk.core.platform.errors import FieldProblem, InvalidInputError

Resolver = Callable[[str, int], list[str]]


def resolve(host: str, port: int) -> list[str]:
    infos = socket.getaddrinfo(host, port, type=socket.SOCK_STREAM)
    return sorted({str(info[4][0]) for info in infos})


def check_webhook_url(
    url: str, *, allow_loopback: bool = False, resolver: Resolver = resolve
) -> str:
    """`url` when it may receive webhooks, else InvalidInputError saying why."""

    def refuse(why: str) -> InvalidInputError:
        return InvalidInputError([FieldProblem("url", why)], why)

    if not isinstance(url, str) or len(url) > 2000:
        raise refuse("A webhook URL is a text of at most 2000 characters.")
    try:
        parts = urlsplit(url.strip())
        port = parts.port or (443 if parts.scheme == "https" else 80)
    except ValueError as exc:
        raise refuse(f"'{url}' is not a URL ({exc}).") from exc
    host = parts.hostname
    if not host or parts.scheme not in ("https", "http") or parts.username or parts.password:
        raise refuse(f"'{url}' is not an https URL (and must not carry a user or password).")
    try:
        addresses = resolver(host, port)
    except OSError as exc:
        raise refuse(f"The webhook host '{host}' could not be resolved ({exc}).") from exc
    if not addresses:
        raise refuse(f"The webhook host '{host}' has no address.")
    for address in addresses:
        ip = ipaddress.ip_address(address.split("%")[0])
        if ip.is_loopback:
            if not allow_loopback:
                raise refuse(
                    f"'{host}' is this machine ({ip}); webhooks to loopback are allowed only "
                    "in development (l4ydesk serve --dev)."
                )
        elif not ip.is_global or ip.is_multicast:
            raise refuse(
                f"'{host}' points at {ip}, a private or reserved address; webhooks go only to "
                "public addresses."
            )
    if parts.scheme == "http" and not (allow_loopback and _all_loopback(addresses)):
        raise refuse(f"'{url}' is not https; only https URLs receive webhooks.")
    return url.strip()


def _all_loopback(addresses: list[str]) -> bool:
    return all(ipaddress.ip_address(a.split("%")[0]).is_loopback for a in addresses)
