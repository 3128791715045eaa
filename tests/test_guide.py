"""docs/huong-dan.md cannot rot: its pictures exist, and what it quotes the bot saying is what
the bot says when scripts/guide_screens.py plays the guide's story against the emulator."""

from __future__ import annotations

import importlib.util
import re
import sys
from pathlib import Path
from types import ModuleType

import pytest
from PIL import Image

ROOT = Path(__file__).resolve().parent.parent
GUIDE = ROOT / "docs" / "huong-dan.md"
PICTURE = re.compile(r"!\[[^\]]*\]\((img/[^)]+\.png)\)")
QUOTE = re.compile(r"^> (.+)$", re.MULTILINE)


@pytest.fixture(scope="module")
def screens() -> ModuleType:
    """scripts/guide_screens.py, imported from its path (scripts/ is not a package)."""
    spec = importlib.util.spec_from_file_location(
        "guide_screens", ROOT / "scripts" / "guide_screens.py"
    )
    module = importlib.util.module_from_spec(spec)
    sys.modules[spec.name] = module  # dataclasses look their module up
    spec.loader.exec_module(module)
    return module


def spaced(text: str) -> str:
    """Whitespace made single spaces."""
    return " ".join(text.split())


def test_every_picture_is_committed_and_every_screen_is_shown(screens: ModuleType) -> None:
    guide = GUIDE.read_text("utf-8")
    pictures = PICTURE.findall(guide)
    assert sorted(pictures) == sorted(f"img/{screen.file}" for screen in screens.SCREENS)
    for picture in pictures:
        with Image.open(GUIDE.parent / picture) as image:
            assert image.format == "PNG" and image.width == screens.WIDTH


def test_the_readme_links_the_guide() -> None:
    assert "(docs/huong-dan.md)" in (ROOT / "README.md").read_text("utf-8")


async def test_the_guide_quotes_what_the_bot_says(screens: ModuleType, tmp_path: Path) -> None:
    transcript = await screens.guide_transcript(tmp_path)
    said = spaced(" ".join(message.text for message in transcript if "Bot" in message.who))
    quotes = QUOTE.findall(GUIDE.read_text("utf-8"))
    assert len(quotes) >= 10
    for quote in quotes:
        assert spaced(quote) in said, quote
    for screen in screens.SCREENS:  # each step of the story has the bot's answer to show
        assert any(m.step == screen.step and "Bot" in m.who for m in transcript), screen.step
    for path in screens.write_screens(transcript, tmp_path / "img"):
        with Image.open(path) as image:
            assert image.width == screens.WIDTH and image.height > 200
