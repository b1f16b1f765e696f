"""Custom domains end to end: the Vercel fake, the client, and a real DNS server on 127.0.0.1.

The user's DNS provider is played by FakeDnsServer; both l4ydesk's check (dnspython) and the
Vercel fake's verification read it over UDP, so a record is "there" only when it really answers.
"""

from __future__ import annotations

import socket
from collections.abc import Iterator
from pathlib import Path

import pytest

from l4ydesk.clients.vercel import VercelClient
from l4ydesk.clients.vercel_models import DnsRecord, ProjectDomain
from l4ydesk.core.apps import AppCatalog
from l4ydesk.core.publish import domains
from l4ydesk.core.publish.domains import DnsChecker, DomainError
from l4ydesk.storage.db import Store
from l4ydesk.storage.publish_models import PublishSettings
from tests.fakes.dns_server import FakeDnsServer
from tests.fakes.vercel_server import FakeVercelServer
from tests.integration.conftest import RecordingSleep

TOKEN = "vercel-test-token-0123456789"


@pytest.fixture
def dns_server() -> Iterator[FakeDnsServer]:
    with FakeDnsServer() as server:
        yield server


@pytest.fixture
def vercel(dns_server: FakeDnsServer) -> Iterator[FakeVercelServer]:
    with FakeVercelServer(TOKEN, builds=False, nameserver=dns_server.address) as server:
        yield server
    assert not server.errors, "\n".join(server.errors)


def checker(dns_server: FakeDnsServer) -> DnsChecker:
    host, port = dns_server.address
    return DnsChecker(host, port, timeout=2.0)


async def test_records_missing_wrong_then_verified(
    vercel: FakeVercelServer, dns_server: FakeDnsServer, sleep: RecordingSleep
) -> None:
    async with VercelClient(TOKEN, base_url=vercel.base_url, sleep=sleep) as api:
        project = await api.create_project("shop", repo="acme/shop")
        added = await domains.add_domain(api, project, " Shop.Example.com ")
        assert added.name == "shop.example.com" and not added.verified
        records = domains.records_for(added)
        txt, routing = records
        assert txt.type == "TXT" and txt.name == "_vercel.example.com"
        assert txt.value.startswith("vc-domain-verify=shop.example.com,")
        assert routing == DnsRecord("CNAME", "shop.example.com", "cname.vercel-dns.com")
        # Adding again (a resumed run) gives the same challenge, not an error.
        assert await domains.add_domain(api, project, "shop.example.com") == added

        with pytest.raises(DomainError) as missing:
            await domains.verify(api, project, "shop.example.com", checker(dns_server))
        assert "TXT record for _vercel.example.com is missing" in str(missing.value)
        assert "CNAME record for shop.example.com is missing" in str(missing.value)
        assert (
            vercel.requests_to(f"/v9/projects/{project.id}/domains/shop.example.com/verify") == []
        )

        dns_server.set("_vercel.example.com", "TXT", "vc-domain-verify=shop.example.com,stale")
        dns_server.set("shop.example.com", "CNAME", "cname.vercel-dns.com")
        with pytest.raises(DomainError) as wrong:
            await domains.verify(api, project, "shop.example.com", checker(dns_server))
        assert "has the wrong value (vc-domain-verify=shop.example.com,stale)" in str(wrong.value)
        assert [p.record.type for p in wrong.value.problems] == ["TXT"]

        dns_server.set("_vercel.example.com", "TXT", txt.value)
        verified = await domains.verify(api, project, "shop.example.com", checker(dns_server))
        assert verified == ProjectDomain("shop.example.com", True, ())
        assert (await api.get_domain(project, "shop.example.com")).verified
    assert ("_vercel.example.com", "TXT") in dns_server.queries


async def test_vercel_not_verified_yet_polls_then_says_so(
    dns_server: FakeDnsServer, sleep: RecordingSleep
) -> None:
    # Vercel reads another resolver that has not seen the records yet (no nameserver at all).
    with FakeVercelServer(TOKEN, builds=False, nameserver=None) as vercel:
        async with VercelClient(TOKEN, base_url=vercel.base_url, sleep=sleep) as api:
            project = await api.create_project("shop", repo="acme/shop")
            added = await domains.add_domain(api, project, "example.com")
            txt, routing = domains.records_for(added)
            assert routing == DnsRecord("A", "example.com", "76.76.21.21")
            dns_server.set("_vercel.example.com", "TXT", txt.value)
            dns_server.set("example.com", "A", "76.76.21.21")
            ticks = iter(range(100))
            with pytest.raises(DomainError) as pending:
                await domains.verify(
                    api,
                    project,
                    "example.com",
                    checker(dns_server),
                    timeout=3,
                    interval=1,
                    sleep=sleep,
                    clock=lambda: float(next(ticks)),
                )
        assert "Vercel has not verified the domain yet" in str(pending.value)
        assert sleep.calls == [1, 1]  # polled, then gave up at the deadline
        assert len(vercel.requests_to(f"/v9/projects/{project.id}/domains/example.com/verify")) == 3


async def test_bad_name_and_unreachable_nameserver(sleep: RecordingSleep) -> None:
    with FakeVercelServer(TOKEN, builds=False) as vercel:
        async with VercelClient(TOKEN, base_url=vercel.base_url, sleep=sleep) as api:
            project = await api.create_project("shop", repo="acme/shop")
            with pytest.raises(DomainError, match="is not a domain name"):
                await domains.add_domain(api, project, "my shop")
            await domains.add_domain(api, project, "example.com")
            silent = DnsChecker("127.0.0.1", _closed_udp_port(), timeout=0.5)
            with pytest.raises(DomainError, match="did not answer"):
                await domains.verify(api, project, "example.com", silent)


def _closed_udp_port() -> int:
    with socket.socket(socket.AF_INET, socket.SOCK_DGRAM) as sock:
        sock.bind(("127.0.0.1", 0))
        return int(sock.getsockname()[1])


def test_domains_in_use_counts_every_apps_domains(tmp_path: Path) -> None:
    store = Store(f"sqlite:///{tmp_path}/l4y.db")
    catalog = AppCatalog(store)
    apps = [catalog.create(f"App {i}").app_id for i in range(3)]
    with store.write_session() as session:
        session.add_all(
            [
                PublishSettings(app_id=apps[0], data={"custom_domains": ["a.com", "www.a.com"]}),
                PublishSettings(app_id=apps[1], data={"custom_domains": ["A.com."]}),
                PublishSettings(app_id=apps[2], data={}),
            ]
        )
    with store.session() as session:
        assert domains.domains_in_use(session) == 2
        assert domains.domains_in_use(session, except_app_id=apps[0]) == 1
