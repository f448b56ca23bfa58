"""Questions about one saved account (remove it, sign out of it, name it): each names the account as the list
does, its sign-in method and, where the game has several, the environment whose servers it belongs to. The texts
are plain text: an account's name comes from a server or a file and is never read as markup."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QInputDialog, QMessageBox, QWidget

from launcher.account_labels import cut

from . import plain
from .i18n import Context, fill, text

AccountDialogs = Context("AccountDialogs")


def which(method: str, environment: str) -> str:
    """"Signed in with Custom ID, on the staging servers.": the line under the question that tells accounts apart."""
    method = text(method)
    if method and environment:
        return fill(AccountDialogs.tr("Signed in with {method}, on the {environment} servers.",
                                      "which account a question is about: Custom ID, staging"),
                    method=method, environment=environment)
    if method:
        return fill(AccountDialogs.tr("Signed in with {method}."), method=method)
    if environment:
        return fill(AccountDialogs.tr("On the {environment} servers.", "which servers an account belongs to"),
                    environment=environment)
    return ""


def _ask(parent: QWidget, name: str, title: str, question: str, detail: str, action: str, accessible: str) -> bool:
    box = QMessageBox(QMessageBox.Icon.Warning, title, question, QMessageBox.StandardButton.Cancel, parent)
    box.setTextFormat(Qt.TextFormat.PlainText)
    box.setInformativeText(detail)
    box.setObjectName(name)
    button = box.addButton(action, QMessageBox.ButtonRole.DestructiveRole)
    button.setObjectName("Danger")
    button.setAccessibleName(accessible)
    box.setDefaultButton(QMessageBox.StandardButton.Cancel)
    box.exec()
    return box.clickedButton() is button


def confirm_remove(parent: QWidget, name: str, method: str, environment: str) -> bool:
    shown = plain.text(cut(name, 60))
    detail = fill(AccountDialogs.tr("{which}\n\nIts saved session is deleted from the keychain. The account itself "
                                    "is not deleted from the game.", "{which}: Signed in with Custom ID."),
                  which=which(method, environment)).strip()
    return _ask(parent, "Removeaccount", AccountDialogs.tr("Remove account", "a window title"),
                fill(AccountDialogs.tr("Remove {name} from this launcher?"), name=shown), detail,
                AccountDialogs.tr("Remove", "the button that removes a saved account"),
                fill(AccountDialogs.tr("Remove {name}", "the Remove button's name for screen readers"), name=shown))


def confirm_sign_out(parent: QWidget, name: str, method: str, environment: str) -> bool:
    shown = plain.text(cut(name, 60))
    detail = fill(AccountDialogs.tr("{which}\n\nIts session is deleted from the keychain; the account stays in the "
                                    "list, and signing in again asks for its details.",
                                    "{which}: Signed in with Custom ID."),
                  which=which(method, environment)).strip()
    return _ask(parent, "Signout", AccountDialogs.tr("Sign out", "a window title"),
                fill(AccountDialogs.tr("Sign out of {name}?"), name=shown), detail,
                AccountDialogs.tr("Sign out", "the button that signs out of a saved account"),
                fill(AccountDialogs.tr("Sign out of {name}", "the Sign out button's name for screen readers"),
                     name=shown))


def ask_name(parent: QWidget, name: str, current: str, method: str, environment: str) -> str | None:
    """A name of the player's own for the account (empty: back to the name the launcher gives it)."""
    prompt = fill(AccountDialogs.tr("{which}\nName shown in the list of accounts:",
                                    "{which}: Signed in with Custom ID."), which=which(method, environment)).strip()
    value, ok = QInputDialog.getText(parent, AccountDialogs.tr("Name this account", "a window title"), prompt,
                                     text=current)
    return value.strip() if ok else None
