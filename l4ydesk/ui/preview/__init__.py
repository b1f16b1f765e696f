"""The embedded web preview of the app: `PreviewPanel` and the types its API speaks."""

from l4ydesk.ui.preview.interceptor import PREVIEW_TOKEN_HEADER, PreviewTokenInterceptor
from l4ydesk.ui.preview.panel import PreviewPanel
from l4ydesk.ui.preview.sources import (
    DESKTOP,
    DEVICE_SIZES,
    PHONE,
    TABLET,
    DeviceSize,
    LoadState,
    PreviewSource,
)

__all__ = [
    "DESKTOP",
    "DEVICE_SIZES",
    "PHONE",
    "PREVIEW_TOKEN_HEADER",
    "TABLET",
    "DeviceSize",
    "LoadState",
    "PreviewPanel",
    "PreviewSource",
    "PreviewTokenInterceptor",
]
