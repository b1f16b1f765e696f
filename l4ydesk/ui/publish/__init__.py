"""Publishing in the window: the wizard, the build console, heal cards and the Live preview."""
