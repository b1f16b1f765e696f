"""Custom domain names as the wizard accepts them, and the CLI's printing of the DNS records a
domain waits for (sentences for people, one JSON object with the records for scripts)."""

from __future__ import annotations

import io
import json

import pytest

from l4ydesk.clients.vercel_models import DnsRecord
from l4ydesk.commands.publish import PrintedEvents
from l4ydesk.core.publish.config import PublishConfig
from l4ydesk.ui.publish.validation import domain_problem, domains_problem


@pytest.mark.parametrize(
    "name", ["shop.example.com", "Example.ORG", "example.co.uk.", "a-b.x9.example.io"]
)
def test_host_names_are_accepted(name: str) -> None:
    assert domain_problem(name) is None


@pytest.mark.parametrize(
    ("name", "words"),
    [
        ("https://shop.example.com", "only the host"),
        ("shop.example.com/path", "only the host"),
        ("shop.example.com:443", "only the host"),
        ("localhost", "not a domain name"),
        ("-shop.example.com", "not a domain name"),
        ("shop_.example.com", "not a domain name"),
        ("shop..example.com", "not a domain name"),
        ("x" * 64 + ".example.com", "not a domain name"),
        ("192.168.1.10", "IP address"),
    ],
)
def test_other_text_gets_a_sentence(name: str, words: str) -> None:
    problem = domain_problem(name)
    assert problem is not None and words in problem and name in problem


def test_the_list_refuses_duplicates_and_more_than_five() -> None:
    twice = PublishConfig(custom_domains=("shop.example.com", "Shop.Example.com."))
    assert domains_problem(twice) == "shop.example.com is listed twice; keep one."
    six = PublishConfig(custom_domains=tuple(f"s{i}.example.com" for i in range(6)))
    assert domains_problem(six) == "Up to 5 custom domains per app; remove 1."
    assert domains_problem(PublishConfig(custom_domains=six.custom_domains[:5])) is None


RECORDS = (
    DnsRecord("TXT", "_vercel.example.com", "vc-domain-verify=shop.example.com,ab12"),
    DnsRecord("CNAME", "shop.example.com", "cname.vercel-dns.com"),
)


def test_the_cli_prints_the_records_to_create() -> None:
    out = io.StringIO()
    PrintedEvents(as_json=False, out=out).domain_records("shop.example.com", RECORDS, "")
    text = out.getvalue()
    assert "shop.example.com waits for DNS" in text
    assert "TXT" in text and "vc-domain-verify=shop.example.com,ab12" in text
    assert "CNAME  shop.example.com" in text and "with --check-domains" in text

    out = io.StringIO()
    PrintedEvents(as_json=True, out=out).domain_records("shop.example.com", RECORDS, "missing")
    event = json.loads(out.getvalue())
    assert event["event"] == "domain_records" and event["problem"] == "missing"
    assert event["records"][1] == {
        "type": "CNAME", "name": "shop.example.com", "value": "cname.vercel-dns.com",
    }  # fmt: skip
