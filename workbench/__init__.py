"""Workbench: source-claim verification for conflict reporting."""

__version__ = "0.1.0"
