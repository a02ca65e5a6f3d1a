"""The setting that holds the window's language, apart from Preferences so start-up reads it cheaply."""

from __future__ import annotations

LANGUAGE_KEY = "ui/language"  # "" follows the system, else "da" or "en"
