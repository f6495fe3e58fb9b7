"""Where DealerDesk keeps its files: the platform's data dir, or one folder (portable)."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

import platformdirs

APP_NAME = "DealerDesk"


@dataclass(frozen=True)
class AppPaths:
    data_dir: Path
    config_dir: Path

    @classmethod
    def default(cls) -> AppPaths:
        return cls(
            data_dir=Path(platformdirs.user_data_dir(APP_NAME, appauthor=False)),
            config_dir=Path(platformdirs.user_config_dir(APP_NAME, appauthor=False)),
        )

    @classmethod
    def portable(cls, folder: Path) -> AppPaths:
        """Everything under one folder (``--data-dir``): tests and USB-stick use."""
        folder = folder.expanduser().resolve()
        return cls(data_dir=folder / "data", config_dir=folder / "config")

    @property
    def settings_file(self) -> Path:
        return self.config_dir / "settings.json"
