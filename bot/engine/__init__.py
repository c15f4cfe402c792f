"""The answer engine: from a question to a decision with its evidence (pure; no Telegram, no I/O
per question). The stages are modules of this package; see docs/engine.md."""

from bot.engine.analysis import AnalysedQuestion, bound_question
from bot.engine.config import DEFAULT_CONFIG, EngineConfig
from bot.engine.decision import Decision, Outcome, Reason
from bot.engine.engine import Engine
from bot.engine.scoring import Candidate, Match

__all__ = [
    "DEFAULT_CONFIG",
    "AnalysedQuestion",
    "Candidate",
    "Decision",
    "Engine",
    "EngineConfig",
    "Match",
    "Outcome",
    "Reason",
    "bound_question",
]
