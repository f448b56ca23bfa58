"""The login form of one provider, built from the fields it shows in this mode (a player never sees a studio's
provisioned secrets), and the page shown instead when a player's method is not set up on this computer."""

from __future__ import annotations

import html
import re
import time
from collections.abc import Mapping
from typing import Any

from PySide6.QtCore import QEvent, QLocale, QPointF, QRectF, QSize, Qt, QTimer, QUrl, Signal
from PySide6.QtGui import (
    QAction,
    QColor,
    QDesktopServices,
    QGuiApplication,
    QIcon,
    QKeyEvent,
    QPainter,
    QPen,
    QPixmap,
)
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QFormLayout,
    QFrame,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QProgressBar,
    QPushButton,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from launcher.models import EMAIL_RE, Field, FieldKind
from launcher.providers.base import DeviceCode, Provider
from launcher.translatable import Text
from launcher.translatable import fill as fill_plain

from .. import plain
from ..contrast import TEXT, over, ratio
from ..i18n import Context, fill, text
from ..icons import provider_icon

SignIn = Context("SignIn")


def session_only() -> str:
    return SignIn.tr("Nothing can be saved on this computer: this session ends when you quit the launcher.")


def link_labels() -> dict[str, tuple[str, str]]:
    """The studio's pages a form links to: (the link, its name for screen readers)."""
    return {"forgot_password_url": (SignIn.tr("Forgot password?"),
                                    SignIn.tr("Forgot password (opens the website)")),
            "create_account_url": (SignIn.tr("Create an account"),
                                   SignIn.tr("Create an account (opens the website)"))}


def clock(seconds: int) -> str:
    """4:05 in the locale's digits."""
    locale = QLocale()
    minutes, seconds = divmod(max(0, seconds), 60)
    tens = locale.toString(seconds)
    return f"{locale.toString(minutes)}:{locale.zeroDigit() if seconds < 10 else ''}{tens}"


def eye_icon(colour: str, *, crossed: bool, size: int = 20) -> QIcon:
    """An eye (what you typed is hidden: click to show it), or an eye struck through (shown: click to hide it),
    drawn in the text colour so that it shows on any palette."""
    icon = QIcon()
    for scale in (1.0, 2.0):
        pixmap = QPixmap(int(size * scale), int(size * scale))
        pixmap.setDevicePixelRatio(scale)
        pixmap.fill(Qt.GlobalColor.transparent)
        painter = QPainter(pixmap)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        pen = QPen(QColor(colour), 1.6)
        painter.setPen(pen)
        painter.drawEllipse(QRectF(2, size * 0.28, size - 4, size * 0.44))
        painter.setBrush(QColor(colour))
        painter.drawEllipse(QPointF(size / 2, size / 2), size * 0.13, size * 0.13)
        if crossed:
            painter.drawLine(QPointF(3, size - 3), QPointF(size - 3, 3))
        painter.end()
        icon.addPixmap(pixmap)
    return icon


def sign_in_slow_after_s() -> float:
    """When a running sign-in is said to take longer than usual: a third of its deadline, well before it ends."""
    from launcher.reply import sign_in_deadline_s

    return max(1.0, sign_in_deadline_s() / 3)


class SubmitButton(QPushButton):
    """"Sign in", which turns into "Cancel" while signing in. Return and Enter never cancel (a second Enter or a
    key held down would): only a click, Space on it, or Esc does."""

    cancelling = False

    def keyPressEvent(self, event: QKeyEvent) -> None:  # noqa: N802
        if self.cancelling and event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
            event.accept()
            return
        super().keyPressEvent(event)


def link_button(text: str, url: str, accessible: str) -> QPushButton:
    """A page of the studio's website, as a flat link-coloured button (Tab reaches it, Space or Enter opens it)."""
    button = QPushButton(text)
    button.setObjectName("LinkButton")
    button.setFlat(True)
    button.setAutoDefault(True)
    button.setCursor(Qt.CursorShape.PointingHandCursor)
    button.setAccessibleName(accessible)
    button.setToolTip(plain.tip(url))
    button.setStyleSheet("QPushButton#LinkButton { color: palette(link); text-decoration: underline; "
                         "border: none; padding: 2px 0px; text-align: left; }"
                         "QPushButton#LinkButton:focus { outline: 2px solid palette(link); }")
    button.clicked.connect(lambda: QDesktopServices.openUrl(QUrl(url)))
    return button


def readable_brand(colour: str) -> str:
    """A brand colour darkened just enough for white text at 4.5:1 (Facebook's blue is 4.2:1)."""
    for step in range(0, 11):
        candidate = over("#000000", step * 0.04, colour)
        if ratio(candidate, "#ffffff") >= TEXT:
            return candidate
    return "#1b1b21"


class BackButton(QPushButton):
    """"← All sign-in methods", at the top of a sign-in page (Esc does the same). The arrow points back in the
    reading direction: "→" in a right-to-left language (Unicode does not mirror arrows by itself)."""

    def __init__(self) -> None:
        super().__init__()
        self.setFlat(True)
        self.setAutoDefault(True)
        self.retranslate()

    def retranslate(self) -> None:
        right_to_left = self.layoutDirection() == Qt.LayoutDirection.RightToLeft
        self.setText(fill_plain(SignIn.tr("{arrow} All sign-in methods", "a button back to the list of sign-in "
                                          "methods; {arrow} is an arrow pointing back"),
                                {"arrow": "→" if right_to_left else "←"}))
        self.setAccessibleName(SignIn.tr("Back to all sign-in methods"))
        self.setToolTip(SignIn.tr("Back to all sign-in methods (Esc)"))

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802
        if event.type() in (QEvent.Type.LayoutDirectionChange, QEvent.Type.LanguageChange):
            self.retranslate()
        super().changeEvent(event)


def back_button(back: Any) -> QPushButton:
    button = BackButton()
    button.clicked.connect(back)
    return button


class LoginForm(QWidget):
    submitted = Signal(str, dict, bool)   # provider id, values, remember
    cancelled = Signal()
    external = Signal(str, dict)          # provider id, the other values (a chained provider's method)
    back = Signal()

    def __init__(self, provider: Provider, values: dict[str, str] | None = None, parent: QWidget | None = None,
                 *, fields: tuple[Field, ...] | None = None, label: str = "", description: str = "",
                 testing: bool = False, stored: set[str] | None = None, environment: str = "",
                 remembers: bool = True, tester: bool = False, show_environment: bool = False,
                 links: Mapping[str, str] | None = None, support_url: str = "",
                 choice_labels: Mapping[str, str] | None = None) -> None:
        super().__init__(parent)
        self.provider = provider
        self.tester = tester
        self.support_url = support_url
        self.choice_labels = dict(choice_labels or {})  # a choice's value -> its label (the manifest's words)
        self._last: tuple[str, dict[str, Any], bool] | None = None  # what Retry sends again
        self._busy_label = ""
        self._code_ends: float | None = None  # monotonic time the shown code stops working
        self._busy_since = 0.0
        self.slow_after_s = sign_in_slow_after_s()
        self._ticker = QTimer(self)
        self._ticker.setInterval(1000)
        self._ticker.timeout.connect(self._show_busy_text)
        self._slow_timer = QTimer(self)
        self._slow_timer.setSingleShot(True)
        self._slow_timer.timeout.connect(self._show_busy_text)
        self.fields = tuple(fields if fields is not None else provider.fields)
        self.stored = set(stored or ())  # provisioned secrets already kept for this environment: may stay empty
        self.environment = environment
        self.inputs: dict[str, QWidget] = {}
        self.errors: dict[str, QLabel] = {}
        self.helps: dict[str, str] = {}
        self.rows: dict[str, tuple[QLabel, QWidget, QLabel]] = {}
        self.reveal_buttons: dict[str, QToolButton] = {}
        self.touched: set[str] = set()
        self.busy = False
        self.setObjectName(f"LoginForm-{provider.id}")
        label = text(label or provider.display_name)

        page = QVBoxLayout(self)
        page.setContentsMargins(40, 28, 40, 28)
        column = QWidget()
        column.setMaximumWidth(620)
        page.addWidget(column, 1)
        outer = QVBoxLayout(column)
        outer.setContentsMargins(0, 0, 0, 0)
        outer.setSpacing(12)

        self.back_button = back_button(self.back)
        outer.addWidget(self.back_button, 0, Qt.AlignmentFlag.AlignLeft)

        header = QHBoxLayout()
        logo = QLabel()
        logo.setPixmap(provider_icon(provider.id).pixmap(44, 44))
        header.addWidget(logo)
        titles = QVBoxLayout()
        # The method's own name as its tile shows it: "Sign in with Play online" read badly.
        self.title = QLabel(label)
        self.title.setObjectName("PageTitle")
        self.title.setWordWrap(True)
        self.title.setAccessibleName(fill(self.tr("Sign-in method: {method}"), method=label))
        titles.addWidget(self.title)
        self.description = QLabel(text(description or provider.description))
        self.description.setObjectName("Muted")
        self.description.setWordWrap(True)
        titles.addWidget(self.description)
        self.environment_label = QLabel(fill(self.tr("Signs in to: {environment}", "a testing environment"),
                                             environment=environment) if environment else "")
        self.environment_label.setObjectName("Muted")
        self.environment_label.setAccessibleName(fill(self.tr("Signs in to the {environment} environment"),
                                                      environment=environment) if environment else "")
        self.environment_label.setVisible(bool(show_environment and environment))
        titles.addWidget(self.environment_label)
        header.addLayout(titles, 1)
        if testing:
            badge = QLabel(self.tr("Testing tool"))
            badge.setObjectName("WarnBadge")
            badge.setToolTip(self.tr("For testers, not for players."))
            header.addWidget(badge, 0, Qt.AlignmentFlag.AlignTop)
        outer.addLayout(header)

        self.external_button: QPushButton | None = None
        self.external_hint: QLabel | None = None
        names = {f.name for f in self.fields}
        external_box = QWidget()
        external_column = QVBoxLayout(external_box)
        external_column.setContentsMargins(0, 0, 0, 0)
        external_column.setSpacing(6)
        if provider.external is not None:
            ext = provider.external
            self.external_button = QPushButton(text(ext.label))
            self.external_button.setAutoDefault(True)
            if ext.icon:
                self.external_button.setIcon(QIcon(provider_icon(ext.icon)))
            self.external_button.setObjectName("External")
            if re.fullmatch(r"#[0-9a-fA-F]{6}", ext.brand_color):
                self.external_button.setStyleSheet(
                    f"QPushButton#External {{ background: {readable_brand(ext.brand_color)}; }}"
                    "QPushButton#External:disabled { background: palette(mid); }")
            self.external_button.setAccessibleName(text(ext.label))
            self.external_button.setAccessibleDescription(text(ext.hint))
            self.external_button.clicked.connect(self._external)
            external_column.addWidget(self.external_button, 0, Qt.AlignmentFlag.AlignLeft)
            typed = any(h in names for h in ext.hides)
            self.external_hint = QLabel(fill(self.tr("{hint} Testers can paste the credential below instead."),
                                             hint=ext.hint) if typed else text(ext.hint))
            self.external_hint.setObjectName("Muted")
            self.external_hint.setWordWrap(True)
            external_column.addWidget(self.external_hint)
        self.code_box = self._code_box()
        external_column.addWidget(self.code_box)
        # A button that a choice of the form shows or hides goes below that choice: above it, it would push the
        # choice down under the pointer each time it appears.
        below_form = provider.external is not None and provider.external.shown_when is not None
        if not below_form:
            outer.addWidget(external_box)

        form = QFormLayout()
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        # A field that does not fit beside its label goes under it (a long label or choice in another language).
        form.setRowWrapPolicy(QFormLayout.RowWrapPolicy.WrapLongRows)
        form.setVerticalSpacing(4)
        for f in self.fields:
            widget = self._make_input(f, (values or {}).get(f.name))
            optional = not (self._required(f, self._defaults()) or f.required_when)
            name = text(f.label)
            if optional:
                name = fill(self.tr("{field} (optional)", "a field's label"), field=name)
            row_label = QLabel("" if f.kind is FieldKind.CHECKBOX else name)
            row_label.setBuddy(widget)
            error = QLabel("")
            error.setObjectName("FieldError")
            error.setWordWrap(True)
            error.setVisible(False)
            holder = QWidget()
            box = QVBoxLayout(holder)
            box.setContentsMargins(0, 0, 0, 6)
            box.setSpacing(2)
            reveal = self.reveal_buttons.get(f.name)
            if reveal is not None:
                row = QHBoxLayout()
                row.setSpacing(4)
                row.addWidget(widget, 1)
                row.addWidget(reveal)
                box.addLayout(row)
            else:
                box.addWidget(widget)
            helptext = self._help(f)
            if helptext and f.kind is not FieldKind.CHECKBOX:
                shown = QLabel(helptext)
                shown.setObjectName("FieldHelp")
                shown.setWordWrap(True)
                box.addWidget(shown)
            self.helps[f.name] = helptext
            widget.setAccessibleDescription(helptext)
            box.addWidget(error)
            form.addRow(row_label, holder)
            self.inputs[f.name], self.errors[f.name] = widget, error
            self.rows[f.name] = (row_label, holder, error)
        outer.addLayout(form)
        if below_form:
            outer.addWidget(external_box)

        self.links: dict[str, QPushButton] = {}
        link_row = QHBoxLayout()
        for key, (shown_text, accessible) in link_labels().items():
            url = (links or {}).get(key, "")
            if url.startswith(("https://", "http://")):
                self.links[key] = link_button(shown_text, url, accessible)
                link_row.addWidget(self.links[key])
        link_row.addStretch(1)
        if self.links:
            outer.addLayout(link_row)

        self.provision = QCheckBox(fill(self.tr("Remember for this environment ({environment})"),
                                        environment=environment) if environment
                                   else self.tr("Remember these keys on this computer"))
        self.provision.setAccessibleName(self.tr("Remember the testing keys for this environment"))
        self.provision.setToolTip(self.tr("The keys go to this computer's keychain, for every tester account of "
                                          "this environment; you will not be asked for them again."))
        self.provision.setChecked(remembers)
        self.provision.setVisible(any(self._is_provisioned(f) for f in self.fields))
        outer.addWidget(self.provision)

        self.remember = QCheckBox(self.tr("Remember this account on this computer"))
        self.remember.setAccessibleName(self.tr("Remember this account"))
        self.set_remembers(remembers)
        outer.addWidget(self.remember)

        self.form_error = plain.label(QLabel(""))  # server text: shown as text, never as HTML
        self.form_error.setObjectName("FormError")
        self.form_error.setWordWrap(True)
        self.form_error.setVisible(False)
        self.form_error.setAccessibleName(self.tr("Sign-in error"))
        self.form_error.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        outer.addWidget(self.form_error)
        self.form_info = QLabel("")  # "Sign-in cancelled.": said where the player looks, and not as an error
        self.form_info.setObjectName("FormInfo")
        self.form_info.setWordWrap(True)
        self.form_info.setVisible(False)
        self.form_info.setAccessibleName(self.tr("Sign-in status"))
        outer.addWidget(self.form_info)
        after_error = QHBoxLayout()
        self.retry_button = QPushButton(self.tr("Retry", "the same sign-in again"))
        self.retry_button.setObjectName("Secondary")
        self.retry_button.setAutoDefault(True)
        self.retry_button.setAccessibleName(self.tr("Retry the sign-in"))
        self.retry_button.setVisible(False)
        self.retry_button.clicked.connect(self.retry)
        after_error.addWidget(self.retry_button)
        self.support_button: QPushButton | None = None
        if support_url.startswith(("https://", "http://")):
            self.support_button = link_button(self.tr("Contact the game's support"), support_url,
                                              self.tr("Contact the game's support (opens the website)"))
            self.support_button.setVisible(False)
            after_error.addWidget(self.support_button)
        after_error.addStretch(1)
        outer.addLayout(after_error)

        actions = QHBoxLayout()
        self.submit = SubmitButton(self.tr("Sign in", "a button"))
        self.submit.setObjectName("Primary")
        self.submit.setDefault(True)
        self.submit.setAccessibleName(self.tr("Sign in", "a button"))
        self.submit.clicked.connect(self._submit_or_cancel)
        actions.addWidget(self.submit)
        self.progress = QProgressBar()
        self.progress.setRange(0, 0)
        self.progress.setMaximumWidth(160)
        self.progress.setTextVisible(False)
        self.progress.setVisible(False)
        self.progress.setAccessibleName(self.tr("Signing in"))
        actions.addWidget(self.progress)
        self.steps = QLabel("")
        self.steps.setObjectName("Steps")
        self.steps.setWordWrap(True)
        actions.addWidget(self.steps, 1)
        outer.addLayout(actions)
        outer.addStretch(1)

        self._update_visibility()
        self.validate()

    @staticmethod
    def _is_provisioned(f: Field) -> bool:
        return bool(getattr(f, "provisioned", False)) or f.name in ("secret_key", "publisher_token", "signing_key")

    def _help(self, f: Field) -> str:
        if self._is_provisioned(f) and f.name in self.stored:
            if self.environment:
                return fill(self.tr("Saved for {environment}; leave empty to use it, or type to replace it."),
                            environment=self.environment)
            return self.tr("Saved on this computer; leave empty to use it, or type to replace it.")
        return text(f.help)

    def _required(self, f: Field, values: dict[str, str]) -> bool:
        if self._is_provisioned(f) and f.name in self.stored:
            return False
        return f.is_required(values)

    def set_remembers(self, remembers: bool) -> None:
        """Whether anything can be saved: when not, "Remember" is off and says why."""
        self.remember.setEnabled(remembers)
        self.remember.setChecked(remembers)
        self.remember.setToolTip(self.tr("Keeps the session in this computer's keychain; the password is never "
                                         "stored.") if remembers else session_only())
        self.remember.setAccessibleDescription("" if remembers else session_only())
        self.provision.setEnabled(remembers)
        if not remembers:
            self.provision.setChecked(False)
            self.provision.setToolTip(session_only())

    def keyPressEvent(self, event: QKeyEvent) -> None:  # noqa: N802
        """Return from a checkbox, a choice or any field submits (buttons handle their own Return); while signing
        in it does nothing: Enter never cancels."""
        if event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
            event.accept()
            if not self.busy and self.submit.isVisible():
                self._submit_or_cancel()
            return
        super().keyPressEvent(event)

    # --- a code the player enters elsewhere (Login for Devices) -----------------------------------------
    def _code_box(self) -> QFrame:
        box = QFrame()
        box.setObjectName("CodeBox")
        box.setVisible(False)
        lay = QVBoxLayout(box)
        lay.setContentsMargins(16, 12, 16, 12)
        self.code_intro = QLabel("")
        self.code_intro.setWordWrap(True)
        lay.addWidget(self.code_intro)
        self.code_label = QLabel("")
        self.code_label.setObjectName("DeviceCode")
        self.code_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse
                                                | Qt.TextInteractionFlag.TextSelectableByKeyboard)
        self.code_label.setAccessibleName(self.tr("Sign-in code"))
        lay.addWidget(self.code_label)
        row = QHBoxLayout()
        self.copy_code = QPushButton(self.tr("Copy code"))
        self.copy_code.setObjectName("Secondary")
        self.copy_code.setAutoDefault(True)
        self.copy_code.clicked.connect(self._copy_code)
        self.open_address = QPushButton(self.tr("Open the page", "the web page where the code is entered"))
        self.open_address.setObjectName("Secondary")
        self.open_address.setAutoDefault(True)
        self.open_address.clicked.connect(self._open_address)
        row.addWidget(self.copy_code)
        row.addWidget(self.open_address)
        row.addStretch(1)
        lay.addLayout(row)
        self.code_hint = QLabel("")
        self.code_hint.setObjectName("Muted")
        self.code_hint.setWordWrap(True)
        lay.addWidget(self.code_hint)
        self._code: DeviceCode | None = None
        return box

    def show_code(self, code: DeviceCode | None) -> None:
        """Show the code and the address where the player enters it; None hides them again."""
        self._code = code
        self.code_box.setVisible(code is not None)
        self._code_ends = None if code is None else time.monotonic() + code.expires_in_s
        self._show_busy_text()
        if code is None:
            return
        self.copy_code.setText(self.tr("Copy code"))
        minutes = max(1, round(code.expires_in_s / 60))
        self.code_intro.setText(fill(self.tr("Go to <b>{address}</b> on this computer or your phone and enter this "
                                             "code:"), address=html.escape(code.verification_uri)))
        self.code_label.setText(code.user_code)
        self.code_hint.setText(SignIn.tr("The code works for %n minute(s); a new one appears by itself if it runs "
                                         "out. This page moves on by itself once you have confirmed; Cancel or Esc "
                                         "stops waiting.", "", minutes))
        self.copy_code.setFocus()

    def _copy_code(self) -> None:
        if self._code is not None:
            QGuiApplication.clipboard().setText(self._code.user_code)
            self.copy_code.setText(self.tr("Copied", "the code is on the clipboard"))

    def _open_address(self) -> None:
        if self._code is not None:
            QDesktopServices.openUrl(QUrl(self._code.verification_uri))

    # --- inputs -----------------------------------------------------------------------------------
    def _defaults(self) -> dict[str, str]:
        return {f.name: f.default or "" for f in self.fields}

    def _make_input(self, f: Field, value: str | None) -> QWidget:
        if f.kind is FieldKind.CHOICE:
            combo = QComboBox()
            labels = f.choice_labels if len(f.choice_labels) == len(f.choices) else f.choices
            for choice, label in zip(f.choices, labels, strict=False):
                combo.addItem(text(self.choice_labels.get(choice, label)), choice)
            combo.setMaxVisibleItems(max(10, combo.count()))
            wanted = combo.findData(value or f.default or "")
            if wanted >= 0:
                combo.setCurrentIndex(wanted)
            combo.currentIndexChanged.connect(lambda _i, name=f.name: self._changed(name))
            widget: QWidget = combo
        elif f.kind is FieldKind.CHECKBOX:
            box = QCheckBox(text(f.help or f.label))
            box.setChecked(str(value or f.default or "").lower() in ("true", "1", "yes"))
            widget = box
        else:
            edit = QLineEdit(value or f.default or "")
            if f.secret:
                edit.setEchoMode(QLineEdit.EchoMode.Password)
                edit.setInputMethodHints(Qt.InputMethodHint.ImhHiddenText | Qt.InputMethodHint.ImhNoPredictiveText)
                self._reveal_toggle(edit, f)
            if f.kind is FieldKind.EMAIL:
                edit.setPlaceholderText(self.tr("name@example.com", "an example email address"))
                edit.setInputMethodHints(Qt.InputMethodHint.ImhEmailCharactersOnly)
            edit.textEdited.connect(lambda _t, name=f.name: self._changed(name))
            # Return is not connected here: the line edit passes it on to the form (keyPressEvent), which submits
            # once; connecting returnPressed too sent every sign-in twice, the second cancelling the first.
            widget = edit
        widget.setAccessibleName(text(f.label))
        widget.setObjectName(f"field-{f.name}")
        if self._is_provisioned(f) and f.name in self.stored and isinstance(widget, QLineEdit):
            widget.setPlaceholderText(fill(self.tr("Saved for {environment}; type to replace"),
                                           environment=self.environment) if self.environment
                                      else self.tr("Saved on this computer; type to replace"))
        return widget

    def _reveal_toggle(self, edit: QLineEdit, f: Field) -> None:
        """Show/Hide beside a secret field: an eye icon that says which it does, a button Tab reaches (Space
        toggles it), and Alt+F8 from the field itself (the shortcut Windows' password fields use)."""
        toggle = QAction(edit)
        toggle.setCheckable(True)
        toggle.setShortcut("Alt+F8")
        toggle.setShortcutContext(Qt.ShortcutContext.WidgetShortcut)
        edit.addAction(toggle)  # the shortcut, while the field has focus (no icon inside the field)
        button = QToolButton()
        button.setObjectName(f"reveal-{f.name}")
        button.setDefaultAction(toggle)
        button.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        button.setAutoRaise(True)
        button.setIconSize(QSize(20, 20))
        button.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonIconOnly)
        colour = self.palette().color(self.foregroundRole()).name()

        field = text(f.label).lower()  # said by a screen reader: the case is not heard

        def show(on: bool) -> None:
            edit.setEchoMode(QLineEdit.EchoMode.Normal if on else QLineEdit.EchoMode.Password)
            toggle.setText(self.tr("Hide", "what was typed in a password field") if on
                           else self.tr("Show", "what was typed in a password field"))
            toggle.setIcon(eye_icon(colour, crossed=on))
            toggle.setToolTip(self.tr("Hide what you typed (Alt+F8)") if on
                              else self.tr("Show what you typed (Alt+F8)"))
            button.setAccessibleName(fill(self.tr("Hide {field}", "a password field: hide what was typed") if on
                                          else self.tr("Show {field}", "a password field: show what was typed"),
                                          field=field))

        toggle.toggled.connect(show)
        show(False)
        edit.setProperty("toggle", toggle)
        edit.setProperty("reveal", button)
        self.reveal_buttons[f.name] = button

    def value(self, name: str) -> str:
        widget = self.inputs[name]
        if isinstance(widget, QComboBox):
            return str(widget.currentData())
        if isinstance(widget, QCheckBox):
            return "true" if widget.isChecked() else "false"
        assert isinstance(widget, QLineEdit)
        return widget.text()

    def values(self) -> dict[str, str]:
        return {name: self.value(name) for name in self.inputs}

    def _relevant(self, f: Field, values: dict[str, str]) -> bool:
        if f.required_when is None:
            return True
        other, wanted = f.required_when
        return values.get(other, "") in wanted

    def _update_visibility(self) -> None:
        values = self.values()
        for f in self.fields:
            shown = self._relevant(f, values)
            for part in self.rows[f.name][:2]:
                part.setVisible(shown)
        ext = self.provider.external
        if ext is not None and self.external_button is not None and self.external_hint is not None:
            shown = ext.applies(values)
            self.external_button.setVisible(shown)
            self.external_hint.setVisible(shown)
        self.submit.setVisible(self.busy or self.submits())

    def submits(self) -> bool:
        """Whether "Sign in" can do anything: not where "Continue with Facebook" stands for the only credential
        and the field it fills is not in the form (a player's Facebook page: a Sign in button there could only
        fail)."""
        ext = self.provider.external
        if ext is None or not ext.applies(self.values()):
            return True
        return any(name in self.inputs for name in ext.hides)

    def _changed(self, name: str) -> None:
        self.touched.add(name)
        self._update_visibility()
        self.validate()

    def validate(self, *, show_all: bool = False) -> bool:
        """Check as the player types; messages appear for fields already touched (all of them on submit)."""
        values = self.values()
        ok = True
        for f in self.fields:
            error = self.errors[f.name]
            problem = self._problem(f, values) if self._relevant(f, values) else None
            if problem and not values[f.name].strip() and not self._required(f, values):
                problem = None  # a provisioned secret already saved for this environment
            ok = ok and problem is None
            visible = bool(problem) and (show_all or f.name in self.touched)
            error.setText(problem or "")
            error.setVisible(visible)
            widget = self.inputs[f.name]
            widget.setAccessibleDescription(" ".join(t for t in (problem if visible else "", self.helps[f.name])
                                                     if t))
        return ok

    def _problem(self, f: Field, values: dict[str, str]) -> str | None:
        """What the core finds wrong with a field, in the player's language."""
        value = values[f.name]
        problem = f.problem(value, values)
        if problem is None or isinstance(problem, Text):
            return None if problem is None else text(problem)
        if not value.strip():
            return fill(self.tr("{field} is required."), field=text(f.label))
        if f.kind is FieldKind.EMAIL and not EMAIL_RE.match(value.strip()):
            return fill(self.tr("“{address}” is not a valid email address."), address=value.strip())
        if f.kind is FieldKind.CHOICE:
            return fill(self.tr("{field} must be one of: {choices}."), field=text(f.label),
                        choices=", ".join(f.choices))
        return problem

    # --- actions ----------------------------------------------------------------------------------
    def relevant_values(self) -> dict[str, Any]:
        values = self.values()
        return {f.name: values[f.name] for f in self.fields if self._relevant(f, values)
                and not (self._is_provisioned(f) and not values[f.name].strip())}

    def provisioned_typed(self) -> bool:
        values = self.values()
        return any(self._is_provisioned(f) and values[f.name].strip() for f in self.fields)

    def _submit_or_cancel(self) -> None:
        if self.busy:
            self.cancelled.emit()
            return
        if not self.validate(show_all=True):
            self.touched.update(self.inputs)
            first = next((n for n, e in self.errors.items() if e.isVisible()), None)
            if first:
                self.inputs[first].setFocus(Qt.FocusReason.OtherFocusReason)
            return
        self._send(("submit", self.relevant_values(), self.remember.isChecked()))

    def _external(self) -> None:
        ext = self.provider.external
        if self.busy or ext is None:
            return
        values = {k: v for k, v in self.relevant_values().items() if k != ext.fills}
        self._send(("external", values, self.remember.isChecked()))

    def _send(self, action: tuple[str, dict[str, Any], bool]) -> None:
        self._last = action
        self.form_info.setVisible(False)
        kind, values, remember = action
        if kind == "external":
            self.external.emit(self.provider.id, dict(values))
        else:
            self.submitted.emit(self.provider.id, dict(values), remember)

    def retry(self) -> None:
        """The last sign-in again, as it was sent (one click after a server error)."""
        if self._last is not None and not self.busy:
            self.set_error("")
            self._send(self._last)

    def show_cancelled(self) -> None:
        self.set_busy("")
        cancelled = self.tr("Sign-in cancelled.")
        self.form_info.setText(cancelled)
        self.form_info.setAccessibleDescription(cancelled)
        self.form_info.setVisible(True)

    def set_busy(self, label: str, step: int = 0, total: int = 0) -> None:
        was_busy, self.busy = self.busy, bool(label)
        self.submit.cancelling = self.busy
        self.submit.setVisible(self.busy or self.submits())
        if self.busy:
            self.form_info.setVisible(False)
            self.retry_button.setVisible(False)
        self.submit.setText(self.tr("Cancel", "stop signing in") if self.busy else self.tr("Sign in", "a button"))
        self.submit.setAccessibleName(self.tr("Cancel sign-in") if self.busy else self.tr("Sign in", "a button"))
        self.submit.setObjectName("" if self.busy else "Primary")
        self.submit.style().unpolish(self.submit)
        self.submit.style().polish(self.submit)
        self.progress.setVisible(self.busy)
        for widget in self.inputs.values():
            widget.setEnabled(not self.busy)
        if self.external_button is not None:
            self.external_button.setEnabled(not self.busy)
        if self.busy and not was_busy:
            self.submit.setFocus(Qt.FocusReason.OtherFocusReason)  # the fields are disabled: Cancel keeps focus
        if self.busy and not was_busy:
            self._busy_since = time.monotonic()
            self._slow_timer.start(int(self.slow_after_s * 1000))
            self._ticker.start()
        elif not self.busy:
            self._slow_timer.stop()
            self._ticker.stop()
        shown = text(label)
        if total > 1 and step:
            shown = fill(self.tr("Step {step} of {total}: {label}", "a sign-in's progress: Step 1 of 2: Signing in…"),
                         step=step, total=total, label=label)
        self._busy_label = shown if self.busy else ""
        self._show_busy_text()

    def _show_busy_text(self) -> None:
        """The step running; while a code waits for the player, the time it has left; past `slow_after_s`
        otherwise, that this takes longer than usual (before the deadline ends it)."""
        shown = self._busy_label
        if shown and self._code is not None and self._code_ends is not None:
            left = max(0, int(self._code_ends - time.monotonic()))
            shown = fill_plain(self.tr("{step} {time} left", "the step, then how long the code still works: "
                                       "Waiting for you to confirm on Facebook… 4:59 left"),
                               {"step": shown, "time": clock(left)})
        elif shown and time.monotonic() - self._busy_since >= self.slow_after_s:
            shown = fill_plain(self.tr("{step} — this is taking longer than usual"), {"step": shown})
        self.steps.setText(shown)

    def set_error(self, message: str, *, retry: bool = False, gone: bool = False) -> None:
        """The sign-in's error under the form; with `retry` (the network, a server error) a Retry that sends the
        same again; with `gone` (a banned account) the way to the game's support instead of a field to retype."""
        message = text(message)  # a core message (launcher.translatable.Text) in the player's language
        self.form_error.setText(message)
        self.form_error.setVisible(bool(message))
        self.form_error.setAccessibleDescription(message)
        self.submit.setAccessibleDescription(message)
        self.retry_button.setVisible(bool(message) and retry and self._last is not None)
        if self.support_button is not None:
            self.support_button.setVisible(bool(message) and gone)
        if message:
            self.form_info.setVisible(False)

    def _shown_inputs(self) -> list[tuple[Field, QWidget]]:
        values = self.values()
        return [(f, self.inputs[f.name]) for f in self.fields
                if self._relevant(f, values) and self.inputs[f.name].isEnabled()]

    def focus_first(self) -> None:
        """The first empty field (or the first field, or Sign in)."""
        shown = self._shown_inputs()
        for _f, widget in shown:
            if isinstance(widget, QLineEdit) and not widget.text():
                widget.setFocus(Qt.FocusReason.OtherFocusReason)
                return
        if self.external_button is not None and self.external_button.isVisibleTo(self):
            self.external_button.setFocus(Qt.FocusReason.OtherFocusReason)
            return
        self.submit.setFocus(Qt.FocusReason.OtherFocusReason)

    def focus_start(self) -> None:
        """After a cancel: the first field, whatever it holds."""
        shown = [w for _f, w in self._shown_inputs()]
        target = shown[0] if shown else (self.external_button or self.submit)
        target.setFocus(Qt.FocusReason.OtherFocusReason)

    def focus_to_fix(self) -> None:
        """After a failed sign-in: the field with a problem, else the password (selected, ready to retype), else
        the last text field."""
        if self.support_button is not None and self.support_button.isVisibleTo(self):
            self.support_button.setFocus(Qt.FocusReason.OtherFocusReason)  # retyping cannot help a banned account
            return
        if self.retry_button.isVisibleTo(self):
            self.retry_button.setFocus(Qt.FocusReason.OtherFocusReason)
            return
        shown = self._shown_inputs()
        flagged = [w for f, w in shown if self.errors[f.name].isVisible()]
        secrets = [w for f, w in shown if f.kind is FieldKind.PASSWORD]
        texts = [w for f, w in shown if isinstance(w, QLineEdit) and not self._is_provisioned(f)]
        fallback: QWidget = self.submit
        if not self.submit.isVisibleTo(self) and self.external_button is not None:
            fallback = self.external_button
        target = (flagged or secrets or texts[-1:] or [fallback])[0]
        target.setFocus(Qt.FocusReason.OtherFocusReason)
        if isinstance(target, QLineEdit):
            target.selectAll()


class NotSetUp(QWidget):
    """A player's sign-in method whose studio secrets are not on this computer: say so, offer the way back."""

    back = Signal()

    def __init__(self, provider: Provider, label: str, support_url: str = "",
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.provider = provider
        self.setObjectName("NotSetUp")
        outer = QVBoxLayout(self)
        outer.setContentsMargins(40, 28, 40, 28)
        outer.setSpacing(12)
        self.back_button = back_button(self.back)
        outer.addWidget(self.back_button, 0, Qt.AlignmentFlag.AlignLeft)
        title = QLabel(fill(self.tr("Sign in with {method}"), method=text(label)))
        title.setObjectName("PageTitle")
        outer.addWidget(title)
        self.message = QLabel(self.tr("This sign-in method is not set up on this computer. Choose another way to "
                                      "sign in, or ask the game's support team."))
        self.message.setObjectName("FormInfo")
        self.message.setWordWrap(True)
        self.message.setAccessibleName(self.tr("This sign-in method is not set up on this computer"))
        outer.addWidget(self.message)
        row = QHBoxLayout()
        self.other = QPushButton(self.tr("Choose another way to sign in"))
        self.other.setObjectName("Primary")
        self.other.setAutoDefault(True)
        self.other.clicked.connect(self.back)
        row.addWidget(self.other)
        self.support: QPushButton | None = None
        if support_url:
            self.support = QPushButton(self.tr("Contact support"))
            self.support.setAutoDefault(True)
            self.support.setToolTip(plain.tip(support_url))
            self.support.clicked.connect(lambda: QDesktopServices.openUrl(QUrl(support_url)))
            row.addWidget(self.support)
        row.addStretch(1)
        outer.addLayout(row)
        outer.addStretch(1)

    def focus_first(self) -> None:
        self.other.setFocus(Qt.FocusReason.OtherFocusReason)

    def keyPressEvent(self, event: QKeyEvent) -> None:  # noqa: N802
        if event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
            self.back.emit()
            return
        super().keyPressEvent(event)
