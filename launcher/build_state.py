"""The game build's state as the window shows it (see launcher.builds): plain data, cheap to import, so that the
first screen's Play can be drawn from it before the rest of the launcher is loaded. No Qt."""

from __future__ import annotations

import enum
from dataclasses import dataclass

SPACE_MARGIN = 16 * 1024 * 1024  # left free beyond the build: the system and the game's own logs need room


class Phase(enum.Enum):
    CHECKING = "checking"  # the installed build is being read, the channel asked
    MISSING = "missing"  # nothing installed
    READY = "ready"  # installed, and the newest the channel offers (or the channel could not be asked)
    UPDATE = "update"  # a newer build is offered
    DOWNLOADING = "downloading"
    PAUSED = "paused"
    DAMAGED = "damaged"  # the installed build lost files: Repair
    FAILED = "failed"  # the last install, update or repair failed: `message` says why


class Purpose(enum.Enum):
    INSTALL = "install"
    UPDATE = "update"
    REPAIR = "repair"


@dataclass(frozen=True)
class BuildState:
    phase: Phase
    installed: str | None = None  # the installed, complete version
    offered: str | None = None  # what the channel offers now (None: not known)
    required: bool = False  # the offered build must be installed before playing
    download: int | None = None  # bytes to fetch for the offered build (None: not known yet)
    size: int | None = None  # the offered build's size once installed
    free: int | None = None  # free bytes on the disk it installs to
    purpose: Purpose | None = None  # what is being downloaded, or was when paused or failed
    done: int = 0
    total: int = 0
    downloaded: int = 0
    rate: float = 0.0  # bytes per second
    reachable: bool = True  # False: the channel could not be asked (offline); an installed build still plays
    message: str = ""  # why it failed, or what is damaged
    notes: str = ""  # the offered build's patch notes
    installed_notes: str = ""
    just_updated: bool = False  # `installed` arrived in this run: its notes are worth showing once
    known: bool = False  # the disk has been read (until then Play shows as it did at the last start)

    @property
    def update_pending(self) -> bool:
        return self.offered is not None and self.installed is not None and self.offered != self.installed

    @property
    def playable(self) -> bool:
        """An installed build can be started now (a required update not yet installed blocks it)."""
        if self.installed is None or self.phase is Phase.DAMAGED:
            return False
        if self.purpose is Purpose.REPAIR and self.phase in (Phase.DOWNLOADING, Phase.PAUSED, Phase.FAILED):
            return False  # the installed build is the one being repaired
        return not (self.required and self.update_pending)

    @property
    def fits(self) -> bool:
        return self.free is None or self.download is None or self.free >= self.download + SPACE_MARGIN

    @property
    def seconds_left(self) -> float | None:
        if self.rate <= 0 or self.total <= 0:
            return None
        left_to_fetch = max(0, (self.download or self.total) - self.downloaded)
        return left_to_fetch / self.rate
