"""The local preview: the app's files, source-tagged, served by `next dev` on this computer."""

from l4ydesk.core.preview.errors import (
    InstallFailedError,
    NodeMissingError,
    NodeTooOldError,
    NotReadyError,
    NotRunnableError,
    PortTakenError,
    PreviewError,
    PreviewStoppedError,
    ServerExitedError,
)
from l4ydesk.core.preview.local_server import LocalPreview, OutputLine, PreviewTimings
from l4ydesk.core.preview.node import NodeRuntime, find_node
from l4ydesk.core.preview.source_tags import SOURCE_ATTRIBUTE, TagResult, tag_source
from l4ydesk.core.preview.workspace import PreviewWorkspace, SyncReport, workspace_dir

__all__ = [
    "SOURCE_ATTRIBUTE",
    "InstallFailedError",
    "LocalPreview",
    "NodeMissingError",
    "NodeRuntime",
    "NodeTooOldError",
    "NotReadyError",
    "NotRunnableError",
    "OutputLine",
    "PortTakenError",
    "PreviewError",
    "PreviewStoppedError",
    "PreviewTimings",
    "PreviewWorkspace",
    "ServerExitedError",
    "SyncReport",
    "TagResult",
    "find_node",
    "tag_source",
    "workspace_dir",
]
