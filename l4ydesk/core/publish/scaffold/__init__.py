"""The thin-client scaffold a published app gets (see generate.py); pure Python, no Qt or HTTP."""

from l4ydesk.core.publish.scaffold.contract import (
    API_KEY_VAR,
    API_URL_VAR,
    BUILDER_MODE_VAR,
    WEBHOOK_PATH,
    WEBHOOK_SECRET_VAR,
)
from l4ydesk.core.publish.scaffold.generate import Scaffold, ScaffoldInputs, generate
from l4ydesk.core.publish.scaffold.links import LinkedRecord, linked_records
from l4ydesk.core.publish.scaffold.merge import HEADER_TEXT, is_generated, is_owned

__all__ = [
    "API_KEY_VAR",
    "API_URL_VAR",
    "BUILDER_MODE_VAR",
    "HEADER_TEXT",
    "WEBHOOK_PATH",
    "WEBHOOK_SECRET_VAR",
    "LinkedRecord",
    "Scaffold",
    "ScaffoldInputs",
    "generate",
    "is_generated",
    "is_owned",
    "linked_records",
]
