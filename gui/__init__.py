"""Activation Lab's Qt user interface. Talks to ``engine`` through plain calls."""
