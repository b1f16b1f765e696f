"""l4ydesk: a desktop builder for agencies (chat, connect, publish)."""

__version__ = "0.1.0"
