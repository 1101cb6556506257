"""The one error type the engine raises for bad input."""


class EngineError(ValueError):
    """Bad input to the engine; ``field`` names what was wrong (e.g. ``"x_min"``)."""

    def __init__(self, field: str, message: str):
        super().__init__(f"{field}: {message}")
        self.field = field
        self.message = message
