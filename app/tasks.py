"""Running work off the GUI thread with callbacks on the GUI thread.

One small helper for all background work (in the style of Picard's ``util/thread.py``):
``run_in_background(fn, on_done, on_error)``. Callbacks are delivered through a queued
signal, so they run on the GUI thread; a callback whose owner was deleted is skipped.
"""

from __future__ import annotations

import logging
from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QObject, QRunnable, QThreadPool, Signal, Slot

log = logging.getLogger(__name__)


class _Relay(QObject):
    done = Signal(object)
    failed = Signal(object)


class _Task(QRunnable):
    def __init__(self, fn: Callable[[], Any], relay: _Relay) -> None:
        super().__init__()
        self._fn = fn
        self._relay = relay

    @Slot()
    def run(self) -> None:
        try:
            result = self._fn()
        except Exception as err:  # reported to the caller's on_error on the GUI thread
            log.debug("Background task failed", exc_info=True)
            self._emit(self._relay.failed, err)
        else:
            self._emit(self._relay.done, result)

    @staticmethod
    def _emit(signal: Any, value: object) -> None:
        try:
            signal.emit(value)
        except RuntimeError:
            pass  # the owner was deleted meanwhile: nobody is left to tell


_live_relays: set[_Relay] = set()


def run_in_background(
    fn: Callable[[], Any],
    on_done: Callable[[Any], None],
    on_error: Callable[[Exception], None],
    owner: QObject | None = None,
    pool: QThreadPool | None = None,
) -> None:
    """Run ``fn`` on a pool thread; then ``on_done(result)`` or ``on_error(exc)``.

    With ``owner``, the callbacks are bound to it: they do not run after it is deleted.
    """
    relay = _Relay(owner)
    _live_relays.add(relay)

    def finish(callback: Callable[[Any], None], value: Any) -> None:
        _live_relays.discard(relay)
        relay.deleteLater()
        callback(value)

    relay.done.connect(lambda result: finish(on_done, result))
    relay.failed.connect(lambda err: finish(on_error, err))
    (pool or QThreadPool.globalInstance()).start(_Task(fn, relay))
