"""A one-line progress bar for imports, drawn only when a person is watching."""

import time

from django.core.management.base import OutputWrapper


class Progress:
    """Redraws "label  42% |#####     | 155,000 rows, 12 s" on a terminal.

    ``update`` is cheap enough to call for every row: the bar is redrawn at most
    a few times a second. On anything that is not a terminal nothing is written,
    so logs and captured output stay clean.
    """

    WIDTH = 30
    INTERVAL = 0.2

    def __init__(self, stream, label):
        while isinstance(stream, OutputWrapper):
            # Write past a command's wrapper, which would end each write with a
            # newline and colour its stderr as an error.
            stream = stream._out
        self.stream = stream
        self.label = label
        self.enabled = bool(getattr(stream, "isatty", None) and stream.isatty())
        self.started = time.monotonic()
        self.last_drawn = 0.0

    def update(self, fraction, rows):
        if not self.enabled:
            return
        now = time.monotonic()
        if now - self.last_drawn < self.INTERVAL:
            return
        self.last_drawn = now
        self.draw(fraction, rows, now)

    def draw(self, fraction, rows, now):
        fraction = min(max(fraction, 0.0), 1.0)
        filled = int(fraction * self.WIDTH)
        bar = "#" * filled + " " * (self.WIDTH - filled)
        elapsed = now - self.started
        self.write(f"\r{self.label} {fraction:4.0%} |{bar}| {rows:,} rows, {elapsed:.0f} s")

    def close(self, rows):
        """The bar at 100% once everything is read."""
        if not self.enabled:
            return
        self.draw(1.0, rows, time.monotonic())
        self.write("\n")
        self.enabled = False

    def __enter__(self):
        return self

    def __exit__(self, *exc_info):
        # Stopped by an error: end the bar's line so that the message starts on its own.
        if self.enabled and self.last_drawn:
            self.write("\n")

    def write(self, text):
        self.stream.write(text)
        self.stream.flush()
