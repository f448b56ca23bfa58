"""Questions about one saved account (remove it, sign out of it, name it): each names the account as the list
does, its sign-in method and, where the game has several, the environment whose servers it belongs to. The texts
are plain text: an account's name comes from a server or a file and is never read as markup."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QInputDialog, QMessageBox, QWidget

from launcher.account_labels import cut

from . import plain


def which(method: str, environment: str) -> str:
    """"Custom ID, on the staging servers": the line under the question that tells accounts apart."""
    where = f", on the {environment} servers" if environment else ""
    return f"Signed in with {method}{where}." if method else (f"On the {environment} servers." if environment else "")


def _ask(parent: QWidget, title: str, question: str, detail: str, action: str, name: str) -> bool:
    box = QMessageBox(QMessageBox.Icon.Warning, title, question, QMessageBox.StandardButton.Cancel, parent)
    box.setTextFormat(Qt.TextFormat.PlainText)
    box.setInformativeText(detail)
    box.setObjectName(title.replace(" ", ""))
    button = box.addButton(action, QMessageBox.ButtonRole.DestructiveRole)
    button.setObjectName("Danger")
    button.setAccessibleName(f"{action} {name}")
    box.setDefaultButton(QMessageBox.StandardButton.Cancel)
    box.exec()
    return box.clickedButton() is button


def confirm_remove(parent: QWidget, name: str, method: str, environment: str) -> bool:
    shown = plain.text(cut(name, 60))
    return _ask(parent, "Remove account", f"Remove {shown} from this launcher?",
                f"{which(method, environment)}\n\nIts saved session is deleted from the keychain. "
                "The account itself is not deleted from the game.", "Remove", shown)


def confirm_sign_out(parent: QWidget, name: str, method: str, environment: str) -> bool:
    shown = plain.text(cut(name, 60))
    return _ask(parent, "Sign out", f"Sign out of {shown}?",
                f"{which(method, environment)}\n\nIts session is deleted from the keychain; the account stays "
                "in the list, and signing in again asks for its details.", "Sign out", shown)


def ask_name(parent: QWidget, name: str, current: str, method: str, environment: str) -> str | None:
    """A name of the player's own for the account (empty: back to the name the launcher gives it)."""
    text, ok = QInputDialog.getText(parent, "Name this account",
                                    f"{which(method, environment)}\nName shown in the list of accounts:",
                                    text=current)
    return text.strip() if ok else None
