"""Colour contrast as WCAG 2 measures it, and the shades that reach its thresholds."""

from __future__ import annotations

TEXT = 4.5  # WCAG 2 AA (1.4.3): text against its background
GRAPHICS = 3.0  # WCAG 2 AA (1.4.11): lines, fills and symbols that carry meaning

DARK_INK = "#1c2733"
WHITE = "#ffffff"


def _channels(colour: str) -> tuple[int, int, int]:
    text = colour.strip().lstrip("#")
    if len(text) != 6:
        raise ValueError(f"not a #rrggbb colour: {colour!r}")
    return int(text[0:2], 16), int(text[2:4], 16), int(text[4:6], 16)


def relative_luminance(colour: str) -> float:
    """The relative luminance of '#rrggbb' (0 for black, 1 for white)."""

    def linear(channel: int) -> float:
        c = channel / 255
        return c / 12.92 if c <= 0.04045 else ((c + 0.055) / 1.055) ** 2.4

    r, g, b = (linear(c) for c in _channels(colour))
    return 0.2126 * r + 0.7152 * g + 0.0722 * b


def contrast_ratio(first: str, second: str) -> float:
    """From 1 (the same) to 21 (black on white); the order of the colours does not matter."""
    high, low = sorted((relative_luminance(first), relative_luminance(second)), reverse=True)
    return (high + 0.05) / (low + 0.05)


def readable_on(fill: str, light: str = WHITE, dark: str = DARK_INK) -> str:
    """The ink, white or dark, that reads better on `fill` (a letter in a coloured marker)."""
    return light if contrast_ratio(light, fill) >= contrast_ratio(dark, fill) else dark


def darkened_to(colour: str, against: str, ratio: float = GRAPHICS) -> str:
    """`colour`, darkened just enough to stand out from `against` by `ratio` (an outline
    for a yellow parking zone on pale paper keeps the zone's hue)."""
    r, g, b = _channels(colour)
    shade = f"#{r:02x}{g:02x}{b:02x}"
    while contrast_ratio(shade, against) < ratio and (r or g or b):
        r, g, b = (int(c * 0.92) for c in (r, g, b))
        shade = f"#{r:02x}{g:02x}{b:02x}"
    return shade
