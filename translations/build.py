"""Update the Qt Linguist catalogues from the sources and compile them.

    uv run python translations/build.py            # lupdate (.ts) + lrelease (.qm)
    uv run python translations/build.py --check    # fail if a string is missing/unfinished

lupdate reads every ``tr()`` / ``QCoreApplication.translate`` / ``QT_TRANSLATE_NOOP`` in
app/, models/ and views/; translators then fill the .ts files (Qt Linguist, or by hand).
"""

from __future__ import annotations

import argparse
import shutil
import subprocess
import sys
import tempfile
import xml.etree.ElementTree as ET
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
LANGUAGES = ("nl", "de", "en", "fr")
SOURCE_DIRS = ("app", "models", "views")


def ts_path(code: str, folder: Path = ROOT / "translations") -> Path:
    return folder / f"dealerdesk_{code}.ts"


def sources() -> list[Path]:
    return sorted(p for d in SOURCE_DIRS for p in (ROOT / d).rglob("*.py"))


def lupdate(ts_files: list[Path]) -> None:
    """Merge the sources' strings into ``ts_files`` (new ones come in as unfinished)."""
    args = ["pyside6-lupdate", *map(str, sources()), "-no-obsolete", "-locations", "none"]
    for ts in ts_files:
        subprocess.run([*args, "-ts", str(ts)], check=True, capture_output=True)


def lrelease(ts: Path) -> None:
    subprocess.run(
        ["pyside6-lrelease", str(ts), "-qm", str(ts.with_suffix(".qm"))],
        check=True,
        capture_output=True,
    )


def unfinished(ts: Path) -> list[str]:
    """Source texts without a finished translation (every plural form filled)."""
    problems = []
    for message in ET.parse(ts).getroot().iter("message"):
        source = message.findtext("source") or ""
        translation = message.find("translation")
        if translation is None or translation.get("type") in ("unfinished", "vanished"):
            problems.append(source)
            continue
        forms = translation.findall("numerusform")
        texts = [f.text for f in forms] if forms else [translation.text]
        if not all(t and t.strip() for t in texts):
            problems.append(source)
    return problems


def check() -> dict[str, list[str]]:
    """Run lupdate on copies of the catalogues; report what is missing or unfinished."""
    report: dict[str, list[str]] = {}
    with tempfile.TemporaryDirectory() as tmp:
        copies = []
        for code in LANGUAGES:
            copy = ts_path(code, Path(tmp))
            shutil.copy(ts_path(code), copy)
            copies.append(copy)
        lupdate(copies)
        for code, copy in zip(LANGUAGES, copies, strict=True):
            problems = unfinished(copy)
            if problems:
                report[code] = problems
    return report


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--check", action="store_true", help="only report, change nothing")
    args = parser.parse_args(argv)
    if args.check:
        report = check()
        for code, problems in report.items():
            print(f"{code}: {len(problems)} missing or unfinished", file=sys.stderr)
            for source in problems[:20]:
                print(f"    {source!r}", file=sys.stderr)
        return 1 if report else 0
    ts_files = [ts_path(code) for code in LANGUAGES]
    lupdate(ts_files)
    for ts in ts_files:
        lrelease(ts)
    print("Updated and compiled:", ", ".join(p.name for p in ts_files))
    return 0


if __name__ == "__main__":
    sys.exit(main())
