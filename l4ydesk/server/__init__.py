"""The platform API (`l4ydesk serve`): an ASGI app over the same core use cases and store."""
