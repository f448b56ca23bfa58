"""What the main button reads and does, from the game's build, this account's session and its game: Install (with
the size and the free space), Update (with the download size), Play, Resume, Repair, Retry, Sign in again, or
Playing. Never a button that can only fail: what cannot work now is said beside a button that can. No Qt.

Every text is a launcher.translatable.Text: English here (tests, logs), translated by the window, which also
formats the sizes, rates and times it carries in the player's locale."""

from __future__ import annotations

import enum
from dataclasses import dataclass

from .build_state import SPACE_MARGIN, BuildState, Phase, Purpose
from .translatable import QT_TRANSLATE_NOOP, Bytes, Duration, Rate, Text


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


def progress_line(state: BuildState) -> Text:
    if state.total <= 0:
        return QT_TRANSLATE_NOOP("PlayAction", "Starting…", "a download that has not started yet")
    amount = QT_TRANSLATE_NOOP("PlayAction", "{done} of {total}", "downloaded so far: 1.2 GB of 3.4 GB").fill(
        done=Bytes(state.done), total=Bytes(state.total))
    if state.phase is Phase.PAUSED:
        return QT_TRANSLATE_NOOP("PlayAction", "Paused at {amount}").fill(amount=amount)
    if state.rate <= 0:
        return amount
    left = state.seconds_left
    if left is None:
        return QT_TRANSLATE_NOOP("PlayAction", "{amount} · {rate}", "1.2 GB of 3.4 GB · 12 MB/s").fill(
            amount=amount, rate=Rate(state.rate))
    return QT_TRANSLATE_NOOP("PlayAction", "{amount} · {rate} · {time} left",
                             "1.2 GB of 3.4 GB · 12 MB/s · 2 min left").fill(
        amount=amount, rate=Rate(state.rate), time=Duration(left))


def _doing(build: BuildState, *, background: bool) -> Text:
    """What is being downloaded, as the line under the button says it."""
    purpose = build.purpose or Purpose.INSTALL
    if purpose is Purpose.REPAIR:
        return (QT_TRANSLATE_NOOP("PlayAction", "Repairing in the background") if background
                else QT_TRANSLATE_NOOP("PlayAction", "Repairing"))
    if purpose is Purpose.UPDATE and build.offered:
        return (QT_TRANSLATE_NOOP("PlayAction", "Updating to {version} in the background") if background
                else QT_TRANSLATE_NOOP("PlayAction", "Updating to {version}")).fill(version=build.offered)
    if purpose is Purpose.UPDATE:
        return (QT_TRANSLATE_NOOP("PlayAction", "Updating in the background") if background
                else QT_TRANSLATE_NOOP("PlayAction", "Updating"))
    if build.offered:
        return (QT_TRANSLATE_NOOP("PlayAction", "Installing {version} in the background") if background
                else QT_TRANSLATE_NOOP("PlayAction", "Installing {version}")).fill(version=build.offered)
    return (QT_TRANSLATE_NOOP("PlayAction", "Installing in the background") if background
            else QT_TRANSLATE_NOOP("PlayAction", "Installing"))


def action_for(game: str, *, running: bool, can_stop: bool = True, installing: bool = False,
               build: BuildState | None, reach: Reach = Reach.READY, reason: str = "") -> ActionView:
    """`reason`: why the servers could not be reached (Reach.OFFLINE), or the session ended (Reach.EXPIRED)."""
    if running:
        playing = QT_TRANSLATE_NOOP("PlayAction", "Playing", "the main button while the game runs")
        return ActionView(Action.NONE, playing, enabled=False, can_stop=can_stop,
                          accessible=QT_TRANSLATE_NOOP("PlayAction", "{game} is running").fill(game=game))
    play = _play_view(game, reach, reason)
    if build is None or (not build.known and build.phase is Phase.CHECKING):
        return play  # no [delivery], or the disk not read yet: Play (it installs what is missing)
    notes = ((Action.NOTES, QT_TRANSLATE_NOOP("PlayAction", "What's new in {version}").fill(
        version=build.installed)),) if build.just_updated and build.installed else ()
    offered_notes = ((Action.NOTES, QT_TRANSLATE_NOOP("PlayAction", "What's new")),) \
        if build.notes and build.update_pending else ()
    cancel = (Action.CANCEL, QT_TRANSLATE_NOOP("PlayAction", "Cancel", "stop a download and drop it"))
    if build.phase in (Phase.DOWNLOADING, Phase.PAUSED):
        share = build.done / build.total if build.total > 0 else 0.0
        paused = build.phase is Phase.PAUSED
        doing = _doing(build, background=False)
        toggle = (Action.RESUME, QT_TRANSLATE_NOOP("PlayAction", "Resume", "a paused download")) if paused \
            else (Action.PAUSE, QT_TRANSLATE_NOOP("PlayAction", "Pause", "a download"))
        line = progress_line(build)
        if build.playable and play.action is Action.PLAY:  # the installed build plays while the new one arrives
            return _with(play, detail=_doing(build, background=True), progress=share, progress_text=line,
                         extras=(toggle, cancel))
        if installing:  # Play asked for it: the game starts when it is in place
            return ActionView(Action.NONE, QT_TRANSLATE_NOOP("PlayAction", "Installing…", "the main button"),
                              enabled=False, detail=doing, progress=share, progress_text=line,
                              extras=(toggle, cancel),
                              accessible=QT_TRANSLATE_NOOP("PlayAction", "{game} is being installed").fill(game=game))
        accessible = (QT_TRANSLATE_NOOP("PlayAction", "Resume: {doing}") if paused
                      else QT_TRANSLATE_NOOP("PlayAction", "Pause: {doing}")).fill(doing=doing)
        return ActionView(toggle[0], toggle[1], detail=doing, progress=share, progress_text=line,
                          accessible=accessible, extras=(cancel,),
                          tooltip=QT_TRANSLATE_NOOP("PlayAction", "What has arrived is kept: Resume carries on from "
                                                                  "there") if not paused else "")
    if build.phase is Phase.DAMAGED:
        return ActionView(Action.REPAIR, QT_TRANSLATE_NOOP("PlayAction", "Repair"),
                          detail=QT_TRANSLATE_NOOP("PlayAction", "Some of the game's files are missing or changed"),
                          tooltip=build.message,
                          accessible=QT_TRANSLATE_NOOP("PlayAction", "Repair {game}").fill(game=game))
    try_again = QT_TRANSLATE_NOOP("PlayAction", "Try again", "a download that failed")
    if build.phase is Phase.FAILED:
        if build.playable and play.action is Action.PLAY:
            return _with(play, detail=QT_TRANSLATE_NOOP("PlayAction", "The update did not finish"),
                         tooltip=build.message, extras=((Action.RETRY, try_again),))
        return ActionView(Action.RETRY, try_again, detail=_first_sentence(build.message), tooltip=build.message,
                          accessible=QT_TRANSLATE_NOOP("PlayAction", "Try again: {message}").fill(
                              message=build.message))
    if build.installed is None:
        if build.phase is Phase.CHECKING:
            return ActionView(Action.INSTALL, QT_TRANSLATE_NOOP("PlayAction", "Install"), enabled=False,
                              detail=QT_TRANSLATE_NOOP("PlayAction", "Checking for the game…"))
        if not build.reachable:
            return ActionView(Action.RETRY, QT_TRANSLATE_NOOP("PlayAction", "Retry"),
                              detail=QT_TRANSLATE_NOOP("PlayAction", "Can't reach the game's download server"),
                              tooltip=build.message,
                              accessible=QT_TRANSLATE_NOOP("PlayAction", "Retry: can't reach the game's download "
                                                                         "server"))
        return _install(build, game)
    if build.phase is Phase.UPDATE or build.update_pending:
        if build.required or play.action is not Action.PLAY:
            if not build.fits:
                return _no_room(build, Action.UPDATE, game)
            return ActionView(Action.UPDATE, QT_TRANSLATE_NOOP("PlayAction", "Update"), detail=_update_need(build),
                              accessible=QT_TRANSLATE_NOOP("PlayAction", "Update {game} to {version}").fill(
                                  game=game, version=build.offered),
                              extras=offered_notes,
                              tooltip=QT_TRANSLATE_NOOP("PlayAction", "Version {version}").fill(version=build.offered))
        label = QT_TRANSLATE_NOOP("PlayAction", "Update ({size})", "a small button: update, with the download "
                                                                   "size").fill(size=Bytes(build.download)) \
            if build.download else QT_TRANSLATE_NOOP("PlayAction", "Update")
        return _with(play, extras=((Action.UPDATE, label), *offered_notes),
                     detail=play.detail or QT_TRANSLATE_NOOP("PlayAction", "Version {version} is available").fill(
                         version=build.offered))
    return _with(play, extras=notes) if notes else play


def _update_need(build: BuildState) -> Text:
    if build.download is None:
        return (QT_TRANSLATE_NOOP("PlayAction", "Update available · required to play") if build.required
                else QT_TRANSLATE_NOOP("PlayAction", "Update available"))
    return (QT_TRANSLATE_NOOP("PlayAction", "{size} to download · required to play") if build.required
            else QT_TRANSLATE_NOOP("PlayAction", "{size} to download")).fill(size=Bytes(build.download))


def _play_view(game: str, reach: Reach, reason: str) -> ActionView:
    if reach is Reach.EXPIRED:
        return ActionView(Action.SIGN_IN, QT_TRANSLATE_NOOP("PlayAction", "Sign in again"),
                          detail=reason or QT_TRANSLATE_NOOP("PlayAction", "Your session has ended"),
                          accessible=QT_TRANSLATE_NOOP("PlayAction", "Sign in again to play {game}").fill(game=game))
    if reach is Reach.OFFLINE:
        return ActionView(Action.RETRY, QT_TRANSLATE_NOOP("PlayAction", "Retry"),
                          detail=reason or QT_TRANSLATE_NOOP("PlayAction", "Can't reach the servers"),
                          accessible=QT_TRANSLATE_NOOP("PlayAction", "Retry: {reason}").fill(reason=reason)
                          if reason else QT_TRANSLATE_NOOP("PlayAction", "Retry: can't reach the servers"))
    if reach is Reach.OFFLINE_PLAY:
        return ActionView(Action.PLAY, QT_TRANSLATE_NOOP("PlayAction", "Play offline"),
                          detail=QT_TRANSLATE_NOOP("PlayAction", "Can't reach the servers: you play with your saved "
                                                                 "session"),
                          accessible=QT_TRANSLATE_NOOP("PlayAction", "Play {game} offline").fill(game=game),
                          tooltip=QT_TRANSLATE_NOOP("PlayAction", "Start {game} with the session saved at your last "
                                                                  "sign-in (Ctrl+P)").fill(game=game))
    return ActionView(Action.PLAY, QT_TRANSLATE_NOOP("PlayAction", "Play", "the main button"),
                      accessible=QT_TRANSLATE_NOOP("PlayAction", "Play {game}").fill(game=game),
                      tooltip=QT_TRANSLATE_NOOP("PlayAction", "Start {game} signed in as this player (Ctrl+P)").fill(
                          game=game))


def _install(build: BuildState, game: str) -> ActionView:
    if not build.fits:
        return _no_room(build, Action.INSTALL, game)
    detail: str = ""
    if build.download is not None and build.free is not None:
        detail = QT_TRANSLATE_NOOP("PlayAction", "{size} · {free} free", "download size · free disk space").fill(
            size=Bytes(build.download), free=Bytes(build.free))
    elif build.download is not None:
        detail = QT_TRANSLATE_NOOP("PlayAction", "{size}", "the download size alone").fill(size=Bytes(build.download))
    elif build.free is not None:
        detail = QT_TRANSLATE_NOOP("PlayAction", "{free} free", "free disk space").fill(free=Bytes(build.free))
    accessible = QT_TRANSLATE_NOOP("PlayAction", "Install {game}, {size}").fill(game=game, size=Bytes(build.download)) \
        if build.download else QT_TRANSLATE_NOOP("PlayAction", "Install {game}").fill(game=game)
    return ActionView(Action.INSTALL, QT_TRANSLATE_NOOP("PlayAction", "Install"), detail=detail, accessible=accessible)


def _no_room(build: BuildState, action: Action, game: str) -> ActionView:
    need, free = Bytes((build.download or 0) + SPACE_MARGIN), Bytes(build.free or 0)
    if action is Action.UPDATE:
        detail = QT_TRANSLATE_NOOP("PlayAction", "The update needs {size}; {free} free. Free some space, then check "
                                                 "again.")
        accessible = QT_TRANSLATE_NOOP("PlayAction", "Not enough disk space to update {game}: check again")
    else:
        detail = QT_TRANSLATE_NOOP("PlayAction", "The game needs {size}; {free} free. Free some space, then check "
                                                 "again.")
        accessible = QT_TRANSLATE_NOOP("PlayAction", "Not enough disk space to install {game}: check again")
    return ActionView(Action.RETRY, QT_TRANSLATE_NOOP("PlayAction", "Check again", "free disk space, then check"),
                      detail=detail.fill(size=need, free=free), accessible=accessible.fill(game=game))


def _first_sentence(message: str) -> str:
    head = message.split(". ", maxsplit=1)[0].rstrip(".")
    return head[:120] + ("…" if len(head) > 120 else "")


def _with(view: ActionView, **changes: object) -> ActionView:
    from dataclasses import replace

    return replace(view, **changes)  # type: ignore[arg-type]
