"""Every message the portal gives comes from the translatable catalogue."""

from __future__ import annotations

import ast
from pathlib import Path

from app.portal import messages

ROOT = Path(__file__).resolve().parents[2]


def _message_args(path: Path) -> list[ast.expr]:
    """The message argument of every ``PortalError(...)`` call, positional or keyword."""
    found: list[ast.expr] = []
    for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
        if not isinstance(node, ast.Call):
            continue
        if getattr(node.func, "attr", getattr(node.func, "id", None)) != "PortalError":
            continue
        found.extend(node.args[1:2])
        found.extend(k.value for k in node.keywords if k.arg == "message")
    return found


def test_portal_errors_never_carry_a_literal_message():
    """A literal would reach the user untranslated: messages come from the catalogue."""
    offenders = []
    for folder in ("server", "app"):
        for path in (ROOT / folder).rglob("*.py"):
            for arg in _message_args(path):
                if isinstance(arg, ast.Constant | ast.JoinedStr | ast.BinOp):
                    offenders.append(f"{path.relative_to(ROOT)}:{arg.lineno}")
                elif isinstance(arg, ast.Attribute) and getattr(arg.value, "id", "") == "msg":
                    assert hasattr(messages, arg.attr), arg.attr
    assert offenders == []


def test_catalogued_accepts_only_catalogue_messages():
    assert messages.catalogued(messages.BAD_CREDENTIALS) == messages.BAD_CREDENTIALS
    assert messages.catalogued("Something the server made up") is None
