"""The catalogues are complete and compiled: a new or changed string without a finished
translation in every language fails here (lupdate runs on temporary copies)."""

from __future__ import annotations

import importlib.util
import shutil
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
spec = importlib.util.spec_from_file_location("translations_build", ROOT / "translations/build.py")
assert spec is not None and spec.loader is not None
build = importlib.util.module_from_spec(spec)
sys.modules["translations_build"] = build
spec.loader.exec_module(build)


def test_every_source_string_is_translated_in_every_language():
    assert build.check() == {}


def test_compiled_catalogues_match_their_sources(tmp_path: Path):
    for code in build.LANGUAGES:
        ts = build.ts_path(code)
        copy = tmp_path / ts.name
        shutil.copy(ts, copy)
        subprocess.run(
            ["pyside6-lrelease", str(copy), "-qm", str(copy.with_suffix(".qm"))],
            check=True,
            capture_output=True,
        )
        shipped = ts.with_suffix(".qm").read_bytes()
        assert copy.with_suffix(".qm").read_bytes() == shipped, f"rebuild {ts.name}"
