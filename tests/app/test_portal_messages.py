"""Every message the portal gives comes from the translatable catalogue."""

from __future__ import annotations

import ast
from pathlib import Path

from app.portal import messages

ROOT = Path(__file__).resolve().parents[2]


def _raised_messages(path: Path) -> list[ast.expr]:
    found = []
    for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
        if (
            isinstance(node, ast.Call)
            and getattr(node.func, "attr", getattr(node.func, "id", None)) == "PortalError"
            and len(node.args) == 2
        ):
            found.append(node.args[1])
    return found


def test_portal_errors_use_catalogue_messages_only():
    """A literal message would reach the user untranslated."""
    offenders = []
    for folder in ("server", "app"):
        for path in (ROOT / folder).rglob("*.py"):
            for arg in _raised_messages(path):
                is_catalogue = (
                    isinstance(arg, ast.Attribute)
                    and isinstance(arg.value, ast.Name)
                    and arg.value.id == "msg"
                    and hasattr(messages, arg.attr)
                )
                if not is_catalogue:
                    offenders.append(f"{path.relative_to(ROOT)}:{arg.lineno}")
    assert offenders == []
