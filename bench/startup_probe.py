"""Child process of the cold-start benchmark: the real app until its main window is painted.

``python -m bench.startup_probe FOLDER TOKEN [--then-open-invoices]`` runs ``app.main.main``
with ``--data-dir FOLDER`` (a bench tier: embedded portal, settings and a cache whose
account was signed in before), exactly as ``dealerdesk --data-dir FOLDER`` does, with two
bench-only changes made from outside the app:

* the session token is served by an in-memory keyring (the app reads it through
  ``keyring`` as usual), so the app resumes the account without a sign-in dialog;
* an event filter on the application watches paint events; at the first paint of a
  landing tile's headline that shows a count (not the placeholder), it prints the time
  and ends the process (``os._exit``: the start-up sync still running on its worker thread
  is cut off; nothing of the bench data depends on it).

With ``--memory`` it goes on instead (see ``bench.memory_probe``).
"""

from __future__ import annotations

import time

STARTED = time.time()  # as early as this module can note it

import json  # noqa: E402 (after the first timestamp on purpose)
import os  # noqa: E402
import sys  # noqa: E402
from collections.abc import Callable  # noqa: E402
from typing import Any  # noqa: E402

PLACEHOLDER = "–"


def install_keyring(token_key: str, token: str) -> None:
    import keyring
    from keyring.backend import KeyringBackend

    class BenchKeyring(KeyringBackend):
        priority = 1  # type: ignore[assignment]

        def __init__(self) -> None:
            super().__init__()
            self.secrets = {("DealerDesk", token_key): token}

        def get_password(self, service: str, username: str) -> str | None:
            return self.secrets.get((service, username))

        def set_password(self, service: str, username: str, password: str) -> None:
            self.secrets[(service, username)] = password

        def delete_password(self, service: str, username: str) -> None:
            self.secrets.pop((service, username), None)

    keyring.set_keyring(BenchKeyring())


def report(data: dict[str, Any]) -> None:
    print("BENCH-RESULT " + json.dumps(data), flush=True)


def watch_first_paint(on_painted: Callable[[Any, dict[str, Any]], None]) -> None:
    """Call ``on_painted(controller, marks)`` once the main window shows its counts."""
    from PySide6.QtCore import QEvent, QObject, QTimer
    from PySide6.QtWidgets import QApplication, QLabel

    import app.gui

    marks: dict[str, Any] = {"imports_done": time.time()}
    original_start = app.gui.AppController.start

    class PaintWatcher(QObject):
        def __init__(self, controller: Any) -> None:
            super().__init__()
            self.controller = controller
            self.done = False

        def eventFilter(self, obj: Any, event: Any) -> bool:  # noqa: N802 (Qt's name)
            if self.done or event.type() != QEvent.Type.Paint:
                return False
            window = self.controller.window
            if window is None or not isinstance(obj, QLabel) or obj.window() is not window:
                return False
            tiles = getattr(getattr(window, "landing", None), "tiles", None)
            headlines = [t.headline for t in (tiles or {}).values()]
            if headlines and obj not in headlines:
                return False
            if headlines and obj.text() in ("", PLACEHOLDER):
                return False
            self.done = True
            marks["painted"] = time.time()
            marks["criterion"] = "tile headline with a count" if headlines else "window label"
            # After this paint event is handled: the count is on screen.
            QTimer.singleShot(0, lambda: on_painted(self.controller, marks))
            return False

    def start(self: Any) -> None:
        marks["controller_start"] = time.time()
        watcher = PaintWatcher(self)
        self._bench_watcher = watcher  # kept alive with the controller
        app_instance = QApplication.instance()
        assert app_instance is not None
        app_instance.installEventFilter(watcher)
        original_start(self)

    app.gui.AppController.start = start  # type: ignore[method-assign]


def main(argv: list[str] | None = None) -> int:
    args = list(sys.argv[1:] if argv is None else argv)
    folder, token, token_key = args[0], args[1], args[2]
    memory = "--memory" in args
    install_keyring(token_key, token)

    if memory:
        from bench.memory_probe import after_paint
    else:

        def after_paint(controller: Any, marks: dict[str, Any]) -> None:
            report({"started": STARTED, **marks})
            os._exit(0)

    watch_first_paint(after_paint)
    from app.main import main as app_main

    app_main(["--data-dir", folder])
    report({"error": "the app ended before its main window was painted"})
    os._exit(3)


if __name__ == "__main__":
    sys.exit(main())
