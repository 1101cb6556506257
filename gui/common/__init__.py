"""Shared GUI building blocks: theme, worker, parameter panel, device bar, the tab base classes, engine text."""
