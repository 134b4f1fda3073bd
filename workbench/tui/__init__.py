"""The review TUI: a Textual app over the service API. It never runs SQL itself."""
