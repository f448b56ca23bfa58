"""What a delivery failure means to a person and to a script (exit 8, or 4 for the network)."""

from __future__ import annotations

import errno

from ..outcomes import ExitCode, LauncherError
from ..translatable import QT_TRANSLATE_NOOP


class DeliveryError(LauncherError):
    """The game's files could not be installed, updated or verified: exit 8."""

    exit_code = ExitCode.DELIVERY
    default_message = QT_TRANSLATE_NOOP("DeliveryErrors", "The game's files could not be installed.")


class RepositoryRefused(DeliveryError):
    """The repository's metadata or content did not check out (a signature, a hash, an expiry, a rollback)."""


class NotInstalled(DeliveryError):
    default_message = QT_TRANSLATE_NOOP("DeliveryErrors", "The game is not installed.")


class Busy(DeliveryError):
    """Another launcher is installing, repairing or removing the same game folder."""


class DeliveryNetworkError(LauncherError):
    """The repository could not be reached or answered with a server failure: exit 4, everything kept."""

    exit_code = ExitCode.NETWORK
    default_message = QT_TRANSLATE_NOOP("DeliveryErrors", "The game's download server can't be reached right now. "
                                                          "Nothing was changed; try again later.")


def disk_error(exc: OSError, where: object) -> DeliveryError:
    """A write that failed, in words: a full disk, a folder that cannot be written, or the system's reason."""
    if exc.errno in (errno.ENOSPC, getattr(errno, "EDQUOT", -1)):
        return DeliveryError(QT_TRANSLATE_NOOP("DeliveryErrors", "The disk holding {folder} is full. What was "
                                                                 "downloaded is kept; free some space and run the "
                                                                 "same command again.").fill(folder=where))
    if exc.errno in (errno.EACCES, errno.EPERM, errno.EROFS):
        return DeliveryError(QT_TRANSLATE_NOOP("DeliveryErrors", "The launcher cannot write to {folder} ({reason}). "
                                                                 "Choose another folder with --dir, or fix its "
                                                                 "permissions.", "reason: the system's words").fill(
            folder=where, reason=exc.strerror))
    return DeliveryError(QT_TRANSLATE_NOOP("DeliveryErrors", "The game's files could not be written to {folder} "
                                                             "({reason}).", "reason: the system's words").fill(
        folder=where, reason=exc.strerror or exc))
