"""Command-line verbs, one module per feature, each with `register(verbs)` and its handlers."""
