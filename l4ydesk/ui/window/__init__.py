"""The window's parts: context and feature protocol, operations, actions, file and app operations.

`ui/main_window.py` composes them; a feature installs itself with one `install(ctx)` call (see
`context.Feature`).
"""
