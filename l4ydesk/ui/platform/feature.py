"""The platform API's part of the window, installed with one call: the API Keys dock, the
server's status item and request log, and App → Start/Stop Platform API."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from PySide6.QtCore import Qt

from l4ydesk.ui.platform.keys_page import KeysPage
from l4ydesk.ui.platform.server_panel import RequestLogPanel, ServerStatusButton
from l4ydesk.ui.platform.webhooks_page import WebhooksPage
from l4ydesk.ui.window.actions import ActionSpec
from l4ydesk.ui.window.changes import Changes
from l4ydesk.ui.window.context import WindowContext

if TYPE_CHECKING:
    from l4ydesk.core.platform.keys import KeyInfo, NewKey
    from l4ydesk.core.platform.service import Platform
    from l4ydesk.server.run import BackgroundServer

Area = Qt.DockWidgetArea
DEFAULT_PORT = 8787


class PlatformFeature:
    """API keys of the open app, and the platform server the local preview can call."""

    page: KeysPage

    def install(self, ctx: WindowContext) -> None:
        self._ctx = ctx
        self._platform: Platform | None = None
        self.server: BackgroundServer | None = None
        self.page = KeysPage(ctx.window)
        self.page.create_requested.connect(self._on_page_create_requested)
        self.page.revoke_requested.connect(self._on_page_revoke_requested)
        ctx.add_dock("api_keys", "API Keys", self.page, Area.RightDockWidgetArea, hidden=True)
        self.log_panel = RequestLogPanel(ctx.window)
        # Records written by API callers appear in the Records panel without a manual refresh.
        self.log_panel.writes_seen.connect(lambda: ctx.publish(Changes(records=True, source=self)))
        ctx.add_dock(
            "api_log", "API Requests", self.log_panel, Area.BottomDockWidgetArea, hidden=True
        )
        self.status = ServerStatusButton(ctx.window)
        self.status.toggle_requested.connect(self.toggle_server)
        ctx.add_status_widget(self.status)
        self.action = ctx.add_action(
            ActionSpec("platform_api", "Start Platform API", "&App", self.toggle_server, section=1)
        )
        ctx.add_action(
            ActionSpec("api_keys", "API Keys…", "&App", self.show_keys, section=1, needs_app=True)
        )
        self.webhooks = WebhooksPage(ctx.window)
        self.webhooks.add_requested.connect(self._on_webhooks_add_requested)
        self.webhooks.endpoint_selected.connect(self._on_webhooks_endpoint_selected)
        self.webhooks.resend_requested.connect(self._on_webhooks_resend_requested)
        ctx.add_dock(
            "webhooks",
            "Webhooks",
            self.webhooks,
            Area.RightDockWidgetArea,
            tab_with="api_keys",
            hidden=True,
        )
        ctx.add_action(
            ActionSpec(
                "webhooks", "Webhooks…", "&App", self.show_webhooks, section=1, needs_app=True
            )
        )
        ctx.changes.changed.connect(self._on_changes)
        ctx.on_shutdown(self._stop_now)

    # ----- keys ------------------------------------------------------------------------------

    def _platform_now(self) -> Platform:
        # Runs in the worker: the server secret may come from the keyring.
        if self._platform is None:
            from l4ydesk.app import build_platform_for

            self._platform = build_platform_for(self._ctx.services, dev=True)
        return self._platform

    def show_keys(self) -> None:
        dock = self._ctx.docks["api_keys"]
        dock.show()
        dock.raise_()
        self.refresh()

    def refresh(self) -> None:
        app = self._ctx.current_app
        self.page.set_app(app.name if app else None)
        if app is None:
            return
        self._ctx.app_op("list API keys", self._list).success(
            self.page.show_keys
        ).run_in_background()

    def _list(self, app_id: int) -> list[KeyInfo]:
        return self._platform_now().keys.list_keys(app_id)

    def _create(self, app_id: int, scopes: list[str], expires: str, origins: list[str]) -> Any:
        new = self._platform_now().keys.create(
            app_id, scopes, expires=expires or None, origins=origins
        )
        return new, self._platform_now().keys.list_keys(app_id)

    def _on_page_create_requested(
        self, scopes: list[str], expires: str, origins: list[str]
    ) -> None:
        def done(result: tuple[NewKey, list[KeyInfo]]) -> None:
            new, keys = result
            self.page.show_keys(keys)
            self.page.show_new_key(new.key, new.info.prefix)

        op = self._ctx.app_op("create an API key", self._create, scopes, expires, origins)
        op.success(done).failure(lambda exc: self.page.show_message(str(exc)))
        op.run_in_background()

    def _on_page_revoke_requested(self, prefix: str) -> None:
        def revoke(app_id: int) -> list[KeyInfo]:
            self._platform_now().keys.revoke(prefix)
            return self._platform_now().keys.list_keys(app_id)

        op = self._ctx.app_op("revoke an API key", revoke).success(self.page.show_keys)
        op.run_in_background()
        self.page.show_message(f"Key {prefix} revoked: calls with it now answer 401.")

    def _on_changes(self, changes: Changes) -> None:
        # Hidden pages wait until shown (show_keys / show_webhooks refresh them): the server
        # secret they need may come from a keyring the user has not unlocked yet.
        if changes.app and self._ctx.docks["api_keys"].isVisible():
            self.refresh()
        if changes.app and self._ctx.docks["webhooks"].isVisible():
            self.refresh_webhooks()

    # ----- webhooks --------------------------------------------------------------------------

    def show_webhooks(self) -> None:
        dock = self._ctx.docks["webhooks"]
        dock.show()
        dock.raise_()
        self.refresh_webhooks()

    def refresh_webhooks(self) -> None:
        if self._ctx.current_app is None:
            self.webhooks.show_endpoints([])
            self.webhooks.show_deliveries([])
            return
        op = self._ctx.app_op(
            "list webhooks", lambda app_id: self._platform_now().outbox.endpoints(app_id)
        )
        op.success(self.webhooks.show_endpoints).run_in_background()

    def _on_webhooks_add_requested(self, url: str, events: list[str]) -> None:
        def add(app_id: int) -> tuple[str, list[Any]]:
            outbox = self._platform_now().outbox
            _endpoint, secret = outbox.register(app_id, url, events)
            return secret, outbox.endpoints(app_id)

        def done(result: tuple[str, list[Any]]) -> None:
            self.webhooks.show_endpoints(result[1])
            self.webhooks.show_secret(result[0])

        op = self._ctx.app_op("add a webhook endpoint", add).success(done)
        op.failure(lambda exc: self.webhooks.show_message(str(exc))).run_in_background()

    def _on_webhooks_endpoint_selected(self, endpoint_id: int) -> None:
        op = self._ctx.op(
            "list deliveries", lambda: self._platform_now().outbox.deliveries(endpoint_id)
        )
        op.success(self.webhooks.show_deliveries).run_in_background()

    def _on_webhooks_resend_requested(self, delivery_id: int) -> None:
        endpoint_id = self.webhooks.selected_endpoint()

        def resend() -> list[Any]:
            outbox = self._platform_now().outbox
            outbox.resend(delivery_id)
            return outbox.deliveries(endpoint_id) if endpoint_id is not None else []

        op = self._ctx.op("resend a delivery", resend).success(self.webhooks.show_deliveries)
        op.run_in_background()
        self.webhooks.show_message(
            f"Delivery #{delivery_id} will be sent again by the running platform API."
        )

    # ----- server ----------------------------------------------------------------------------

    def toggle_server(self) -> None:
        if self.server is not None:
            self.stop_server()
            return
        self._ctx.op("start the platform API", self._start).success(
            self._on_started
        ).run_in_background()

    def _start(self) -> BackgroundServer:
        from l4ydesk.server.run import BackgroundServer

        try:
            server = BackgroundServer(self._platform_now(), port=DEFAULT_PORT)
        except OSError:  # the usual port is taken (another l4ydesk serve): any free one
            server = BackgroundServer(self._platform_now(), port=0)
        server.start()
        return server

    def _on_started(self, server: BackgroundServer) -> None:
        self.server = server
        self.status.set_url(server.url)
        self.action.setText("Stop Platform API")
        self.log_panel.follow(server.request_log)
        self._ctx.docks["api_log"].show()
        self._ctx.status(f"Platform API listening on {server.url}", 5000)

    def _stop_now(self) -> None:
        # On close the worker is gone: stop here (uvicorn ends its connections in well under 1 s).
        server, self.server = self.server, None
        if server is not None:
            server.stop()

    def stop_server(self) -> None:
        server, self.server = self.server, None
        if server is None:
            return
        self.log_panel.follow(None)
        self.status.set_url(None)
        self.action.setText("Start Platform API")
        self._ctx.op("stop the platform API", server.stop).run_in_background()
