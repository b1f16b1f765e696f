"""`l4ydesk github login|status|logout`: the GitHub token publishing uses, kept in the keyring.

`login --token-stdin` stores a pasted fine-grained personal access token (checked first with
GET /user); plain `login` signs in with GitHub's OAuth device flow, which needs the client id
of a GitHub OAuth app with device flow enabled (`--client-id` or L4YDESK_GITHUB_CLIENT_ID).
The token is never printed.
"""

from __future__ import annotations

import argparse
import asyncio
import os
import sys
from typing import Any

from l4ydesk.app import Services
from l4ydesk.clients.github_models import DeviceCode
from l4ydesk.core.errors import L4yError
from l4ydesk.core.publish.github_login import (
    DEFAULT_SCOPE,
    forget_token,
    load_token,
    save_token,
    sign_in_with_device,
)

CLIENT_ID_ENV = "L4YDESK_GITHUB_CLIENT_ID"


def register(verbs: Any) -> None:
    github = verbs.add_parser("github", help="the GitHub account publishing pushes to")
    actions = github.add_subparsers(dest="action", required=True)
    login = actions.add_parser("login", help="sign in with GitHub, or store a pasted token")
    login.add_argument(
        "--token-stdin", action="store_true", help="read a personal access token from stdin"
    )
    login.add_argument("--client-id", help=f"OAuth app for device sign-in (or ${CLIENT_ID_ENV})")
    login.add_argument("--scope", default=DEFAULT_SCOPE)
    actions.add_parser("status", help="who the stored token belongs to")
    actions.add_parser("logout", help="delete the stored token")
    github.set_defaults(handler=run)


def run(args: argparse.Namespace, services: Services) -> int:
    if args.action == "logout":
        forget_token(services.secrets)
        print("The GitHub token was removed from the keyring.")
        return 0
    if args.action == "status":
        token = load_token(services.secrets)
        if token is None:
            print("Not signed in to GitHub. Run `l4ydesk github login`.")
            return 1
        print(f"Signed in to GitHub as {asyncio.run(_login_of(token, services))}.")
        return 0
    if args.token_stdin:
        token = sys.stdin.readline().strip()
    else:
        client_id = args.client_id or os.environ.get(CLIENT_ID_ENV, "")
        if not client_id:
            raise L4yError(
                "Device sign-in needs the client id of a GitHub OAuth app (--client-id or "
                f"{CLIENT_ID_ENV}). Or paste a fine-grained personal access token: "
                "l4ydesk github login --token-stdin"
            )
        token = asyncio.run(_device_flow(client_id, args.scope, services))
    login = asyncio.run(_login_of(token, services))  # refused tokens are not stored
    save_token(services.secrets, token)
    print(f"Signed in to GitHub as {login}; the token is in the keyring.")
    return 0


async def _login_of(token: str, services: Services) -> str:
    from l4ydesk.clients.github import GitHubClient

    async with GitHubClient(token, base_url=services.settings.service_url("github")) as client:
        return (await client.viewer()).login


async def _device_flow(client_id: str, scope: str, services: Services) -> str:
    from l4ydesk.clients.github_oauth import GitHubDeviceClient

    def show(code: DeviceCode) -> None:
        print(f"Open {code.verification_uri} and enter the code {code.user_code}", flush=True)

    url = services.settings.service_url("github_oauth")
    async with GitHubDeviceClient(base_url=url) as client:
        return await sign_in_with_device(client, client_id, show_code=show, scope=scope)
