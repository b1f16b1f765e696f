"""Use cases of the platform API (`l4ydesk serve`): keys, records per app, form submissions,
the webhook outbox and checkout. Shared by the server, the command line and the window."""
