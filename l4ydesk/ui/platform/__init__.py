"""The platform API in the window: the API keys page and the server's status item and log."""
