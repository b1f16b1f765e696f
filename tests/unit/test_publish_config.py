"""The publish wizard's answers survive a save and a load, and give exactly the chosen scopes."""

from __future__ import annotations

from pathlib import Path

from l4ydesk.core.apps import AppCatalog
from l4ydesk.core.publish.config import GitHubTarget, PublishConfig, VisitorAuth
from l4ydesk.core.publish.config_store import load_config, save_config
from l4ydesk.storage.db import Store


def test_scopes_are_read_for_every_category_and_write_where_visitors_write() -> None:
    config = PublishConfig(categories=("products", "forms"))
    assert config.scopes() == ("products:read", "forms:read", "forms:write")


def test_answers_round_trip_through_the_store(tmp_path: Path) -> None:
    store = Store(f"sqlite:///{tmp_path / 'db.sqlite'}")
    app = AppCatalog(store).create("Shop")
    assert load_config(store, app.app_id) is None
    config = PublishConfig(
        name="Shop",
        categories=("products", "unknown-category"),
        visitor_auth=VisitorAuth.PLATFORM,
        github=GitHubTarget(owner="acme", repo="shop"),
        extra_env=(("FEATURE", "on"),),
    )
    save_config(store, app.app_id, config)
    save_config(store, app.app_id, config.with_changes(description="Our shop"))
    loaded = load_config(store, app.app_id)
    assert loaded is not None
    assert loaded.description == "Our shop"
    assert loaded.github.repo == "shop"
    assert loaded.categories == ("products",)  # an unknown category is dropped, not kept
    assert loaded.extra_env == (("FEATURE", "on"),)
