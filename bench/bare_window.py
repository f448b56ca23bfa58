"""The floor for cold_start.py: a bare PySide6 script that shows an empty QMainWindow.

It prints "first paint" when the window first paints and quits half a second later, like the launcher does
under LAUNCHER_QUIT_AFTER_START."""

import sys

from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication, QMainWindow


class Window(QMainWindow):
    painted = False

    def paintEvent(self, event):  # noqa: N802
        super().paintEvent(event)
        if not self.painted:
            self.painted = True
            print("first paint", flush=True)
            QTimer.singleShot(500, app.quit)


app = QApplication(sys.argv[:1])
window = Window()
window.resize(1120, 720)
window.show()
app.exec()
