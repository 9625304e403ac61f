"""Make raw input safe to parse: drop the BOM, control characters and terminal escapes."""

from __future__ import annotations

import re

from tipcli.importing.structure.narrative import NarrativeError

# ESC sequences first (CSI, OSC, two-character), so their printable tails do not survive.
_ESCAPES = re.compile(r"\x1b\[[0-?]*[ -/]*[@-~]|\x1b\][^\x07\x1b]*(?:\x07|\x1b\\)?|\x1b[@-Z\\-_]?")
_CONTROLS = re.compile(r"[\x00-\x08\x0b-\x1f\x7f-\x9f]")
_NON_TEXT = re.compile(r"[\x01-\x08\x0b\x0c\x0e-\x1a\x1c-\x1f\x7f-\x9f\ufffd]")
# Above this share of control or undecodable characters the input is binary, not text.
_BINARY_SHARE = 0.3


def clean_input(text: str) -> str:
    """Return the text without BOM, escapes and control characters, with \\n line ends."""
    if not isinstance(text, str):
        raise NarrativeError(f"expected the narrative as text (str), got {type(text).__name__}")
    if "\x00" in text or (text and len(_NON_TEXT.findall(text)) > _BINARY_SHARE * len(text)):
        raise NarrativeError("binary data, not text: expected a narrative in plain text, HTML or wiki export")
    text = text.removeprefix("\ufeff").replace("\r\n", "\n").replace("\r", "\n")
    text = _CONTROLS.sub("", _ESCAPES.sub("", text))
    if not text.strip():
        raise NarrativeError("empty text: expected a TIP country narrative")
    return text
