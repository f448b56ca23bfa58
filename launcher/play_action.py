"""What the main button reads and does, from the game's build, this account's session and its game: Install (with
the size and the free space), Update (with the download size), Play, Resume, Repair, Retry, Sign in again, or
Playing. Never a button that can only fail: what cannot work now is said beside a button that can. No Qt."""

from __future__ import annotations

import enum
from dataclasses import dataclass

from .build_state import SPACE_MARGIN, BuildState, Phase, Purpose


class Action(enum.Enum):
    PLAY = "play"
    INSTALL = "install"
    UPDATE = "update"
    PAUSE = "pause"
    RESUME = "resume"
    CANCEL = "cancel"
    REPAIR = "repair"
    RETRY = "retry"  # ask the servers again (the channel, or the account's session)
    SIGN_IN = "sign_in"  # the saved session ended: sign in again
    NOTES = "notes"  # what's new in the offered or the just installed build
    NONE = "none"


class Reach(enum.Enum):
    """Where this account's session stands for Play."""

    READY = "ready"  # signed in (or a saved session that Play resumes first)
    OFFLINE_PLAY = "offline_play"  # the servers can't be reached; the manifest allows playing with the saved session
    OFFLINE = "offline"  # the servers can't be reached and the game needs them
    EXPIRED = "expired"  # the saved session ended: the player signs in again


@dataclass(frozen=True)
class ActionView:
    action: Action
    label: str
    enabled: bool = True
    detail: str = ""  # one short line under the button
    tooltip: str = ""
    accessible: str = ""
    progress: float | None = None  # 0..1 while a download is shown
    progress_text: str = ""
    extras: tuple[tuple[Action, str], ...] = ()  # at most two small buttons under it
    can_stop: bool = False


def size(count: float) -> str:
    for unit in ("bytes", "KB", "MB", "GB", "TB"):
        if count < 1000 or unit == "TB":
            return f"{count:.0f} {unit}" if unit == "bytes" else f"{count:.1f} {unit}"
        count /= 1000
    raise AssertionError


def duration(seconds: float) -> str:
    if seconds < 60:
        return "less than a minute" if seconds >= 10 else "a few seconds"
    minutes = round(seconds / 60)
    if minutes < 60:
        return f"{minutes} min"
    hours, minutes = divmod(minutes, 60)
    return f"{hours} h {minutes} min" if minutes else f"{hours} h"


def progress_line(state: BuildState) -> str:
    if state.total <= 0:
        return "Starting…"
    text = f"{size(state.done)} of {size(state.total)}"
    if state.phase is Phase.PAUSED:
        return f"Paused at {text}"
    if state.rate > 0:
        text += f" · {size(state.rate)}/s"
        left = state.seconds_left
        if left is not None:
            text += f" · {duration(left)} left"
    return text


def action_for(game: str, *, running: bool, can_stop: bool = True, installing: bool = False,
               build: BuildState | None, reach: Reach = Reach.READY, reason: str = "") -> ActionView:
    """`reason`: why the servers could not be reached (Reach.OFFLINE), or the session ended (Reach.EXPIRED)."""
    if running:
        return ActionView(Action.NONE, "Playing", enabled=False, can_stop=can_stop,
                          accessible=f"{game} is running")
    play = _play_view(game, reach, reason)
    if build is None or (not build.known and build.phase is Phase.CHECKING):
        return play  # no [delivery], or the disk not read yet: Play (it installs what is missing)
    notes = ((Action.NOTES, f"What's new in {build.installed}"),) if build.just_updated and build.installed else ()
    offered_notes = ((Action.NOTES, "What's new"),) if build.notes and build.update_pending else ()
    if build.phase in (Phase.DOWNLOADING, Phase.PAUSED):
        share = build.done / build.total if build.total > 0 else 0.0
        paused = build.phase is Phase.PAUSED
        doing = {Purpose.INSTALL: f"Installing {build.offered or ''}".rstrip(),
                 Purpose.UPDATE: f"Updating to {build.offered}" if build.offered else "Updating",
                 Purpose.REPAIR: "Repairing"}.get(build.purpose or Purpose.INSTALL, "Installing")
        toggle = (Action.RESUME, "Resume") if paused else (Action.PAUSE, "Pause")
        line = progress_line(build)
        if build.playable and play.action is Action.PLAY:  # the installed build plays while the new one arrives
            return _with(play, detail=f"{doing} in the background", progress=share, progress_text=line,
                         extras=(toggle, (Action.CANCEL, "Cancel")))
        if installing:  # Play asked for it: the game starts when it is in place
            return ActionView(Action.NONE, "Installing…", enabled=False, detail=doing, progress=share,
                              progress_text=line, extras=(toggle, (Action.CANCEL, "Cancel")),
                              accessible=f"{game} is being installed")
        return ActionView(toggle[0], toggle[1], detail=doing, progress=share, progress_text=line,
                          accessible=f"{toggle[1]} {doing.lower()}", extras=((Action.CANCEL, "Cancel"),),
                          tooltip="What has arrived is kept: Resume carries on from there" if not paused else "")
    if build.phase is Phase.DAMAGED:
        return ActionView(Action.REPAIR, "Repair", detail="Some of the game's files are missing or changed",
                          tooltip=build.message, accessible=f"Repair {game}")
    if build.phase is Phase.FAILED:
        if build.playable and play.action is Action.PLAY:
            return _with(play, detail="The update did not finish", tooltip=build.message,
                         extras=((Action.RETRY, "Try again"),))
        return ActionView(Action.RETRY, "Try again", detail=_first_sentence(build.message), tooltip=build.message,
                          accessible=f"Try again: {build.message}")
    if build.installed is None:
        if build.phase is Phase.CHECKING:
            return ActionView(Action.INSTALL, "Install", enabled=False, detail="Checking for the game…")
        if not build.reachable:
            return ActionView(Action.RETRY, "Retry", detail="Can't reach the game's download server",
                              tooltip=build.message, accessible="Retry: can't reach the game's download server")
        return _install(build, game)
    if build.phase is Phase.UPDATE or build.update_pending:
        if build.required or play.action is not Action.PLAY:
            if not build.fits:
                return _no_room(build, "Update", game)
            need = f"{size(build.download)} to download" if build.download is not None else "Update available"
            return ActionView(Action.UPDATE, "Update", detail=f"{need} · required to play" if build.required
                              else need, accessible=f"Update {game} to {build.offered}",
                              extras=offered_notes, tooltip=f"Version {build.offered}")
        label = f"Update ({size(build.download)})" if build.download else "Update"
        return _with(play, extras=((Action.UPDATE, label), *offered_notes),
                     detail=play.detail or f"Version {build.offered} is available")
    return _with(play, extras=notes) if notes else play


def _play_view(game: str, reach: Reach, reason: str) -> ActionView:
    if reach is Reach.EXPIRED:
        return ActionView(Action.SIGN_IN, "Sign in again", detail=reason or "Your session has ended",
                          accessible=f"Sign in again to play {game}")
    if reach is Reach.OFFLINE:
        return ActionView(Action.RETRY, "Retry", detail=reason or "Can't reach the servers",
                          accessible=f"Retry: {reason or 'can not reach the servers'}")
    if reach is Reach.OFFLINE_PLAY:
        return ActionView(Action.PLAY, "Play offline", detail="Can't reach the servers: you play with your saved "
                          "session", accessible=f"Play {game} offline",
                          tooltip=f"Start {game} with the session saved at your last sign-in (Ctrl+P)")
    return ActionView(Action.PLAY, "Play", accessible=f"Play {game}",
                      tooltip=f"Start {game} signed in as this player (Ctrl+P)")


def _install(build: BuildState, game: str) -> ActionView:
    if not build.fits:
        return _no_room(build, "Install", game)
    parts = []
    if build.download is not None:
        parts.append(size(build.download))
    if build.free is not None:
        parts.append(f"{size(build.free)} free")
    return ActionView(Action.INSTALL, "Install", detail=" · ".join(parts),
                      accessible=f"Install {game}" + (f", {size(build.download)}" if build.download else ""))


def _no_room(build: BuildState, verb: str, game: str) -> ActionView:
    need = (build.download or 0) + SPACE_MARGIN
    return ActionView(Action.RETRY, "Check again", detail=f"{verb} needs {size(need)}; {size(build.free or 0)} free. "
                      "Free some space, then check again.", accessible=f"Not enough disk space to {verb.lower()} "
                      f"{game}: check again")


def _first_sentence(message: str) -> str:
    head = message.split(". ", maxsplit=1)[0].rstrip(".")
    return head[:120] + ("…" if len(head) > 120 else "")


def _with(view: ActionView, **changes: object) -> ActionView:
    from dataclasses import replace

    return replace(view, **changes)  # type: ignore[arg-type]
