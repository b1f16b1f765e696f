"""Verbs of the `l4ydesk` command that live in modules of their own (one module per capability)."""
