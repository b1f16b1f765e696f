"""Custom domains in the window: the wizard's page (validated, saved, restored; disabled with
the way to the plans below Agency) and the console's DNS records with Check Again, which checks
the waiting domains only (no publish run)."""

from __future__ import annotations

import io
import sys
from collections.abc import Callable
from pathlib import Path
from typing import Any

from PySide6.QtWidgets import QApplication

from l4ydesk.app import Services
from l4ydesk.clients.vercel_models import DnsRecord
from l4ydesk.commands.publish import PrintedEvents
from l4ydesk.core.publish.config_store import load_config
from l4ydesk.core.publish.domain_check import DomainCheck
from l4ydesk.core.publish.events import PublishResult, Step
from l4ydesk.core.tiers import Tier
from l4ydesk.ui.main_window import MainWindow
from l4ydesk.ui.publish.child import check_domains_child
from l4ydesk.ui.publish.domains_page import DomainsPage
from l4ydesk.ui.publish.feature import PAGE_KEY
from l4ydesk.ui.publish.wizard import PublishWizard
from tests.conftest import wait_for
from tests.gui.publish_helpers import ECHO, publish_feature, shots_dir, through_child, window

Run = Callable[[Any], Any]
DOMAINS_PAGE = 5


def set_tier(services: Services, tier: Tier) -> None:
    with services.ledger.locked() as (_session, account):
        account.tier = tier.value


def open_on_domains(window: MainWindow, arun: Run, app_id: int) -> PublishWizard:
    window.ctx.layout.setValue(PAGE_KEY.format(app_id=app_id), DOMAINS_PAGE)
    feature = publish_feature(window)
    window.ctx.actions["publish"].trigger()
    arun(wait_for(lambda: feature.wizard is not None and feature.wizard.isVisible(), 30))
    wizard = feature.wizard
    assert wizard is not None and wizard.current_page() is wizard.domains
    return wizard


def add(page: DomainsPage, typed: str) -> str | None:
    page.entry.setText(typed)
    page.add_button.click()
    return page.problem_line.text() if page.problem_line.isVisible() else None


def test_domains_validate_save_and_restore(
    window: MainWindow, services: Services, arun: Run
) -> None:
    set_tier(services, Tier.AGENCY)
    app = arun(window.apps.create_app("Harbor Shop"))
    wizard = open_on_domains(window, arun, app.app_id)
    page = wizard.domains
    assert page.entry.isEnabled() and not page.upgrade_button.isVisible()

    assert "not a domain name" in (add(page, "https://shop.example.com/") or "")
    assert page.entry.text() == "https://shop.example.com/"  # kept, to be corrected
    assert "not a domain name" in (add(page, "shop example.com") or "")
    assert "not a domain name" in (add(page, "localhost") or "")
    assert "IP address" in (add(page, "10.0.0.1") or "")
    assert add(page, "Shop.Example.com.") is None
    assert page.entry.text() == ""
    assert "already in the list" in (add(page, "shop.example.com") or "")
    for name in ("example.org", "a.example.org", "b.example.org", "c.example.org"):
        assert add(page, name) is None
    assert "Up to 5" in (add(page, "d.example.org") or "")
    page.entry.clear()
    page.domains.setCurrentRow(2)
    page.remove_button.click()
    assert page.names() == ["shop.example.com", "example.org", "b.example.org", "c.example.org"]

    # typed but not added, Next adds it (or stays with the sentence)
    page.entry.setText("ftp://x")
    wizard.next_button.click()
    assert wizard.current_page() is page and "address" in wizard.error.text()
    page.entry.setText("shop.example.net")
    wizard.next_button.click()
    assert wizard.index == DOMAINS_PAGE + 1
    wanted = ("shop.example.com", "example.org", "b.example.org", "c.example.org")
    wanted += ("shop.example.net",)

    def saved() -> tuple[str, ...]:
        config = load_config(services.store, app.app_id)
        return config.custom_domains if config is not None else ()

    arun(wait_for(lambda: saved() == wanted, may_hold=True))  # saved in the worker
    wizard.reject()

    # reopened: the same domains
    wizard = open_on_domains_again(window, arun)
    assert wizard.domains.names() == list(wanted)
    wizard.reject()


def open_on_domains_again(window: MainWindow, arun: Run) -> PublishWizard:
    feature = publish_feature(window)
    assert feature.wizard is None
    window.ctx.actions["publish"].trigger()
    arun(wait_for(lambda: feature.wizard is not None and feature.wizard.isVisible(), 30))
    assert feature.wizard is not None
    return feature.wizard


def test_below_agency_the_page_is_disabled_and_offers_the_plans(
    window: MainWindow, services: Services, arun: Run
) -> None:
    set_tier(services, Tier.PRO)
    app = arun(window.apps.create_app("Small Shop"))
    wizard = open_on_domains(window, arun, app.app_id)
    page = wizard.domains
    assert not page.entry.isEnabled() and not page.add_button.isEnabled()
    assert page.upgrade_button.isVisible()
    sentence = page.upgrade_note.text()
    assert "Agency plan" in sentence and "up to 5" in sentence
    page.upgrade_button.click()
    credits = publish_feature(window)._credits
    assert credits is not None
    assert credits.store is not None and credits.store.isVisible()
    assert credits.store.notice.text() == sentence
    credits.store.close()
    wizard.next_button.click()  # no domains: nothing to refuse
    assert wizard.index == DOMAINS_PAGE + 1
    wizard.reject()


def test_console_shows_the_records_and_check_again_checks_only_the_domains(
    window: MainWindow, arun: Run, tmp_path: Path
) -> None:
    arun(window.apps.create_app("Harbor"))
    feature = publish_feature(window)
    txt = DnsRecord("TXT", "_vercel.example.com", "vc-domain-verify=shop.example.com,5f1e9a")
    cname = DnsRecord("CNAME", "shop.example.com", "cname.vercel-dns.com")
    apex = DnsRecord("A", "example.org", "76.76.21.21")
    missing = "The TXT record for _vercel.example.com is missing: create it at your DNS provider."
    url = "https://harbor-pine.vercel.app"
    resumes: list[bool] = []

    async def runner(_services: Any, _app_id: int, events: Any, resume: bool) -> Any:
        resumes.append(resume)
        for step in Step:
            events.step_started(step, f"Doing {step}")
            if step is Step.DOMAINS and len(resumes) == 1:
                events.domain_records("shop.example.com", (txt, cname), missing)
                events.domain_records("example.org", (apex,), "")
            events.step_finished(step, "ok")
        result = PublishResult(len(resumes), url, "abc", committed=len(resumes) == 1)
        events.finished(result)
        return result

    feature.runner = through_child(runner)
    feature.start_run(resume=False)
    console = feature.console
    panel = console.domains
    arun(wait_for(lambda: console.live_button.isVisible()))
    assert panel.isVisible()
    assert panel.rows() == [
        ("shop.example.com", "TXT", txt.name, txt.value),
        ("shop.example.com", "CNAME", cname.name, cname.value),
        ("example.org", "A", "example.org", "76.76.21.21"),
    ]
    assert "example.org, shop.example.com wait for DNS" in panel.intro.text()
    assert panel.problems.text() == missing
    panel.copy_button.click()
    copied = QApplication.clipboard().text().splitlines()
    assert copied[0] == "Domain\tType\tName\tValue"
    assert copied[1] == f"shop.example.com\tTXT\t{txt.name}\t{txt.value}"

    dock = window.ctx.docks["publish"]
    dock.setFloating(True)
    dock.resize(1100, 480)
    arun(wait_for(lambda: dock.height() >= 480, may_hold=True))
    console.flush_log()
    assert dock.grab().save(str(shots_dir(tmp_path) / "publish-domains.png"))
    dock.setFloating(False)

    # Check Again: only the waiting domains are checked (a child `publish --check-domains`), the
    # run is not resumed; shop.example.com is verified now, example.org still waits.
    checks: list[int] = []

    async def checker(services: Services, app_id: int, events: Any) -> DomainCheck:
        checks.append(app_id)
        out = io.StringIO()
        printed = PrintedEvents(True, out)
        printed.step_started(Step.DOMAINS, "Checking the custom domains again")
        printed.domain_records("example.org", (apex,), "The A record for example.org is missing.")
        check = DomainCheck(("shop.example.com",), ("example.org",))
        printed.step_finished(Step.DOMAINS, check.summary)
        printed.domains_checked(check)
        command = [sys.executable, "-c", ECHO, out.getvalue(), "0"]
        return await check_domains_child(services, app_id, events, command=command)

    feature.domain_checker = checker
    steps_before = dict(console.states)
    panel.check_button.click()
    assert not panel.check_button.isEnabled()
    arun(wait_for(lambda: feature.run_task is not None and feature.run_task.done()))
    assert panel.check_button.isEnabled()
    assert resumes == [False] and len(checks) == 1  # no publish run: no commit, no deploy
    assert panel.isVisible()
    assert panel.rows() == [("example.org", "A", "example.org", "76.76.21.21")]
    assert panel.problems.text() == "The A record for example.org is missing."
    assert "shop.example.com verified" in console.headline.text()
    assert console.states == steps_before  # the last run's steps as they were, domains done
    assert console.production_url == url and console.live_button.isVisible()


def test_check_again_says_why_when_the_check_fails(window: MainWindow, arun: Run) -> None:
    arun(window.apps.create_app("Harbor"))
    feature = publish_feature(window)
    panel = feature.console.domains

    async def failing(services: Services, app_id: int, events: Any) -> DomainCheck:
        command = [sys.executable, "-c", ECHO, "", "1"]
        return await check_domains_child(services, app_id, events, command=command)

    feature.domain_checker = failing
    panel.check_button.click()
    arun(wait_for(lambda: feature.run_task is not None and feature.run_task.done()))
    assert panel.check_button.isEnabled()
    assert "stopped unexpectedly" in feature.console.headline.text()


__all__ = ["window"]  # the fixture, imported so this module's tests can use it
