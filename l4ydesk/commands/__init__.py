"""Command-line verbs that live in modules of their own (each has `register` and `run`)."""
