"""One process start to first paint, for cold_start.py: `bare` (an empty QMainWindow) or `launcher`
(the launcher window on the demo manifest, no network). Prints the resident memory once painted."""

from __future__ import annotations

import os
import sys

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
sys.path.insert(0, os.path.dirname(os.path.dirname(os.path.abspath(__file__))))


def main(kind: str) -> None:
    from PySide6.QtCore import QEvent, QObject
    from PySide6.QtWidgets import QApplication, QMainWindow

    app = QApplication(sys.argv[:1])

    class QuitOnPaint(QObject):
        def eventFilter(self, obj, event):  # noqa: N802
            if event.type() == QEvent.Type.Paint:
                app.quit()
            return False

    if kind == "bare":
        window = QMainWindow()
        window.resize(1120, 720)
    else:
        from launcher.manifest import DEMO_MANIFEST, load
        from ui import theme
        from ui.app import build_window

        theme.apply(app)
        window = build_window(load(DEMO_MANIFEST))
    quitter = QuitOnPaint()
    window.installEventFilter(quitter)
    window.show()
    if os.environ.get("QT_QPA_PLATFORM") == "offscreen":
        window.grab()  # offscreen has no expose: force the first paint as a real screen would
    app.exec()
    from bench.common import rss_mb

    print(f"rss_mb={rss_mb():.1f}")


if __name__ == "__main__":
    main(sys.argv[1])
