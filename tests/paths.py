"""Where the tests find the project, the shipped fact base and the fixture fact bases."""

from __future__ import annotations

from pathlib import Path

#: The project root (where `python -m bot` runs from).
ROOT = Path(__file__).resolve().parent.parent
#: The shipped fact base: the editor's to change, so tests check only its properties.
KNOWLEDGE = ROOT / "knowledge"
#: The small fact base owned by the tests (a few facts and gaps of the same article).
SMALL = Path(__file__).resolve().parent / "fixtures" / "visit_small"
