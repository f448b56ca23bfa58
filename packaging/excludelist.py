"""Shared libraries a Linux bundle leaves to the player's system (after AppImage's excludelist,
https://github.com/AppImageCommunity/pkg2appimage/blob/master/excludelist).

They are on every desktop, and a bundled copy either must match the system's graphics stack and its drivers
(Mesa loads the system's libstdc++, libdrm, libxcb, libwayland-client into the launcher's process; a bundled
older or newer copy is the classic "GLIBCXX_3.4.3x not found") or raises the bundle's glibc floor to the
build machine's. Read by packaging/launcher.spec (leave out) and tools/check-bundle-floor (prove left out).

Kept on purpose: xcb-util's libraries (libxcb-cursor, -icccm, -image, -keysyms, -render-util, -util), which Qt
needs and many desktops lack (Qt's "libxcb-cursor0 is needed"), and which only call libxcb's stable API;
OpenSSL (Python's ssl module and Qt's TLS backend need OpenSSL 3; Debian 11 and Ubuntu 20.04 have 1.1);
Kerberos (named differently across distributions)."""

from __future__ import annotations

import fnmatch

PATTERNS: tuple[str, ...] = (
    # glibc itself: never bundled
    "ld-linux*.so*", "libc.so.*", "libm.so.*", "libmvec.so.*", "libdl.so.*", "libpthread.so.*", "librt.so.*",
    "libutil.so.*", "libresolv.so.*", "libanl.so.*", "libnss_*.so.*", "libthread_db.so.*", "libBrokenLocale.so.*",
    "libcidn.so.*",
    # the compiler's runtime: the system's is the newest one loaded (Mesa's drivers link it too)
    "libstdc++.so.*", "libgcc_s.so.*",
    # the graphics stack and its drivers
    "libGL.so.*", "libEGL.so.*", "libGLX.so.*", "libGLdispatch.so.*", "libOpenGL.so.*", "libGLESv2.so.*",
    "libglapi.so.*", "libgbm.so.*", "libdrm.so.*", "libwayland-client.so.*",
    # X11 and libxcb's own libraries (same source as libxcb.so.1, which must match the X server's protocol);
    # xcb-util's libraries are not among them (see above)
    "libX11.so.*", "libX11-xcb.so.*", "libXau.so.*", "libXdmcp.so.*", "libXext.so.*", "libXrender.so.*",
    "libXi.so.*", "libXfixes.so.*", "libICE.so.*", "libSM.so.*", "libxcb.so.*", "libxcb-glx.so.*",
    "libxcb-dri2.so.*", "libxcb-dri3.so.*", "libxcb-present.so.*", "libxcb-randr.so.*", "libxcb-render.so.*",
    "libxcb-shape.so.*", "libxcb-shm.so.*", "libxcb-sync.so.*", "libxcb-xfixes.so.*", "libxcb-xinput.so.*",
    "libxcb-xkb.so.*",
    # fonts: the system's configuration and its fonts belong together
    "libfontconfig.so.*", "libfreetype.so.*", "libharfbuzz.so.*", "libfribidi.so.*", "libexpat.so.*",
    # the desktop's message bus and GLib, and the base system's small libraries
    "libdbus-1.so.*", "libglib-2.0.so.*", "libgthread-2.0.so.*", "libgobject-2.0.so.*", "libgio-2.0.so.*",
    "libgmodule-2.0.so.*", "libz.so.*", "libuuid.so.*", "libcom_err.so.*", "libgpg-error.so.*", "libgmp.so.*",
    "libusb-1.0.so.*", "libasound.so.*", "libjack.so.*", "libpipewire-0.3.so.*",
)

XCB_UTIL_KEPT = ("libxcb-cursor.so.", "libxcb-icccm.so.", "libxcb-image.so.", "libxcb-keysyms.so.",
                 "libxcb-render-util.so.", "libxcb-util.so.", "libxcb-ewmh.so.")


def excluded(name: str) -> bool:
    """True when the shared library called `name` (a file name or a soname) is left to the system."""
    base = name.replace("\\", "/").rsplit("/", 1)[-1]
    if base.startswith(XCB_UTIL_KEPT):
        return False
    return any(fnmatch.fnmatchcase(base, pattern) for pattern in PATTERNS)
