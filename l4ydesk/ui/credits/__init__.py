"""The credits UI: the toolbar balance, the credit wall and the store window."""
