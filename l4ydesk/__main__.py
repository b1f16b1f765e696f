"""Entry point for `python -m l4ydesk`."""

from l4ydesk.cli import main

raise SystemExit(main())
