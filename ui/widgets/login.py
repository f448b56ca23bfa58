"""The login form of one provider, built from the fields it declares."""

from __future__ import annotations

import html
import re
from typing import Any

from PySide6.QtCore import Qt, QUrl, Signal
from PySide6.QtGui import QAction, QDesktopServices, QGuiApplication, QIcon
from PySide6.QtWidgets import (QCheckBox, QComboBox, QFormLayout, QFrame, QHBoxLayout, QLabel, QLineEdit,
                               QProgressBar,
                               QPushButton, QVBoxLayout, QWidget)

from launcher.models import Field, FieldKind
from launcher.providers.base import DeviceCode, Provider

from ..icons import provider_icon


class LoginForm(QWidget):
    submitted = Signal(str, dict, bool)   # provider id, values, remember
    cancelled = Signal()
    external = Signal(str, dict)          # provider id, the other values (a chained provider's method)
    back = Signal()

    def __init__(self, provider: Provider, values: dict[str, str] | None = None, parent: QWidget | None = None):
        super().__init__(parent)
        self.provider = provider
        self.inputs: dict[str, QWidget] = {}
        self.errors: dict[str, QLabel] = {}
        self.rows: dict[str, tuple[QLabel, QWidget, QLabel]] = {}
        self.touched: set[str] = set()
        self.busy = False
        self.setObjectName(f"LoginForm-{provider.id}")

        page = QVBoxLayout(self)
        page.setContentsMargins(40, 28, 40, 28)
        column = QWidget()
        column.setMaximumWidth(620)
        page.addWidget(column, 1, Qt.AlignmentFlag.AlignLeft)
        outer = QVBoxLayout(column)
        outer.setContentsMargins(0, 0, 0, 0)
        outer.setSpacing(12)

        back = QPushButton("← All sign-in methods")
        back.setFlat(True)
        back.setAccessibleName("Back to all sign-in methods")
        back.clicked.connect(self.back)
        outer.addWidget(back, 0, Qt.AlignmentFlag.AlignLeft)

        header = QHBoxLayout()
        logo = QLabel()
        logo.setPixmap(provider_icon(provider.id).pixmap(44, 44))
        header.addWidget(logo)
        titles = QVBoxLayout()
        title = QLabel(f"Sign in with {provider.display_name}")
        title.setObjectName("PageTitle")
        titles.addWidget(title)
        description = QLabel(provider.description)
        description.setObjectName("Muted")
        description.setWordWrap(True)
        titles.addWidget(description)
        header.addLayout(titles, 1)
        if provider.testing_only:
            badge = QLabel("Testing tool")
            badge.setObjectName("WarnBadge")
            badge.setToolTip("Uses the title secret key. For testers only; the key stays in your keychain.")
            header.addWidget(badge, 0, Qt.AlignmentFlag.AlignTop)
        outer.addLayout(header)

        self.external_button: QPushButton | None = None
        self.external_hint: QLabel | None = None
        if provider.external is not None:
            ext = provider.external
            self.external_button = QPushButton(ext.label)
            if ext.icon:
                self.external_button.setIcon(QIcon(provider_icon(ext.icon)))
            self.external_button.setObjectName("External")
            if re.fullmatch(r"#[0-9a-fA-F]{6}", ext.brand_color):
                self.external_button.setStyleSheet(f"QPushButton#External {{ background: {ext.brand_color}; }}")
            self.external_button.setAccessibleName(ext.label)
            self.external_button.setAccessibleDescription(ext.hint)
            self.external_button.clicked.connect(self._external)
            outer.addWidget(self.external_button, 0, Qt.AlignmentFlag.AlignLeft)
            self.external_hint = QLabel(ext.hint + (" Testers can paste the credential below instead."
                                                    if ext.hides else ""))
            self.external_hint.setObjectName("Muted")
            outer.addWidget(self.external_hint)
        self.code_box = self._code_box()
        outer.addWidget(self.code_box)

        form = QFormLayout()
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        form.setVerticalSpacing(4)
        for f in provider.fields:
            widget = self._make_input(f, (values or {}).get(f.name))
            label = QLabel("" if f.kind is FieldKind.CHECKBOX else
                           f.label + ("" if f.is_required(self._defaults()) or f.required_when else " (optional)"))
            label.setBuddy(widget)
            error = QLabel("")
            error.setObjectName("FieldError")
            error.setVisible(False)
            holder = QWidget()
            box = QVBoxLayout(holder)
            box.setContentsMargins(0, 0, 0, 6)
            box.setSpacing(2)
            box.addWidget(widget)
            if f.help:
                helptext = QLabel(f.help)
                helptext.setObjectName("FieldHelp")
                box.addWidget(helptext)
            box.addWidget(error)
            form.addRow(label, holder)
            self.inputs[f.name], self.errors[f.name] = widget, error
            self.rows[f.name] = (label, holder, error)
        outer.addLayout(form)

        self.remember = QCheckBox("Remember this account on this computer")
        self.remember.setChecked(True)
        self.remember.setAccessibleName("Remember this account")
        outer.addWidget(self.remember)

        self.form_error = QLabel("")
        self.form_error.setObjectName("FormError")
        self.form_error.setWordWrap(True)
        self.form_error.setVisible(False)
        self.form_error.setAccessibleName("Sign-in error")
        self.form_error.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        outer.addWidget(self.form_error)

        actions = QHBoxLayout()
        self.submit = QPushButton("Sign in")
        self.submit.setObjectName("Primary")
        self.submit.setDefault(True)
        self.submit.setAccessibleName("Sign in")
        self.submit.clicked.connect(self._submit_or_cancel)
        actions.addWidget(self.submit)
        self.progress = QProgressBar()
        self.progress.setRange(0, 0)
        self.progress.setMaximumWidth(160)
        self.progress.setTextVisible(False)
        self.progress.setVisible(False)
        actions.addWidget(self.progress)
        self.steps = QLabel("")
        self.steps.setObjectName("Steps")
        actions.addWidget(self.steps, 1)
        outer.addLayout(actions)
        outer.addStretch(1)

        self._update_visibility()
        self.validate()

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
        self.code_label.setAccessibleName("Sign-in code")
        lay.addWidget(self.code_label)
        row = QHBoxLayout()
        self.copy_code = QPushButton("Copy code")
        self.copy_code.setObjectName("Secondary")
        self.copy_code.clicked.connect(self._copy_code)
        self.open_address = QPushButton("Open the page")
        self.open_address.setObjectName("Secondary")
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
        if code is None:
            return
        minutes = max(1, round(code.expires_in_s / 60))
        self.code_intro.setText(f"Go to <b>{html.escape(code.verification_uri)}</b> on this computer or your "
                                "phone and enter this code:")
        self.code_label.setText(code.user_code)
        self.code_hint.setText(f"The code works for {minutes} minute{'s' if minutes != 1 else ''}. This page moves "
                               "on by itself once you have confirmed; Cancel stops waiting.")
        self.copy_code.setFocus()

    def _copy_code(self) -> None:
        if self._code is not None:
            QGuiApplication.clipboard().setText(self._code.user_code)
            self.copy_code.setText("Copied")

    def _open_address(self) -> None:
        if self._code is not None:
            QDesktopServices.openUrl(QUrl(self._code.verification_uri))

    # --- inputs -----------------------------------------------------------------------------------
    def _defaults(self) -> dict[str, str]:
        return {f.name: f.default or "" for f in self.provider.fields}

    def _make_input(self, f: Field, value: str | None) -> QWidget:
        if f.kind is FieldKind.CHOICE:
            combo = QComboBox()
            labels = f.choice_labels if len(f.choice_labels) == len(f.choices) else f.choices
            for choice, label in zip(f.choices, labels):
                combo.addItem(label, choice)
            wanted = combo.findData(value or f.default or "")
            if wanted >= 0:
                combo.setCurrentIndex(wanted)
            combo.currentIndexChanged.connect(lambda _i, name=f.name: self._changed(name))
            widget: QWidget = combo
        elif f.kind is FieldKind.CHECKBOX:
            box = QCheckBox(f.help or f.label)
            box.setChecked(str(value or f.default or "").lower() in ("true", "1", "yes"))
            widget = box
        else:
            edit = QLineEdit(value or f.default or "")
            if f.secret:
                edit.setEchoMode(QLineEdit.EchoMode.Password)
                edit.setInputMethodHints(Qt.InputMethodHint.ImhHiddenText | Qt.InputMethodHint.ImhNoPredictiveText)
                toggle = QAction("Show", edit)
                toggle.setToolTip("Show or hide what you typed")
                toggle.setCheckable(True)
                toggle.toggled.connect(lambda on, e=edit, a=toggle: (
                    e.setEchoMode(QLineEdit.EchoMode.Normal if on else QLineEdit.EchoMode.Password),
                    a.setText("Hide" if on else "Show")))
                edit.addAction(toggle, QLineEdit.ActionPosition.TrailingPosition)
                edit.setProperty("toggle", toggle)
            if f.kind is FieldKind.EMAIL:
                edit.setPlaceholderText("name@example.com")
                edit.setInputMethodHints(Qt.InputMethodHint.ImhEmailCharactersOnly)
            edit.textEdited.connect(lambda _t, name=f.name: self._changed(name))
            edit.returnPressed.connect(self._submit_or_cancel)
            widget = edit
        widget.setAccessibleName(f.label)
        widget.setObjectName(f"field-{f.name}")
        return widget

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
        for f in self.provider.fields:
            shown = self._relevant(f, values)
            for part in self.rows[f.name][:2]:
                part.setVisible(shown)
        ext = self.provider.external
        if ext is not None and self.external_button is not None and self.external_hint is not None:
            shown = ext.applies(values)
            self.external_button.setVisible(shown)
            self.external_hint.setVisible(shown)

    def _changed(self, name: str) -> None:
        self.touched.add(name)
        self._update_visibility()
        self.validate()

    def validate(self, *, show_all: bool = False) -> bool:
        """Check as the player types; messages appear for fields already touched (all of them on submit)."""
        values = self.values()
        ok = True
        for f in self.provider.fields:
            error = self.errors[f.name]
            problem = f.problem(values[f.name], values) if self._relevant(f, values) else None
            ok = ok and problem is None
            visible = bool(problem) and (show_all or f.name in self.touched)
            error.setText(problem or "")
            error.setVisible(visible)
        return ok

    # --- actions ----------------------------------------------------------------------------------
    def relevant_values(self) -> dict[str, Any]:
        values = self.values()
        return {f.name: values[f.name] for f in self.provider.fields if self._relevant(f, values)}

    def _submit_or_cancel(self) -> None:
        if self.busy:
            self.cancelled.emit()
            return
        if not self.validate(show_all=True):
            self.touched.update(self.inputs)
            first = next((n for n, e in self.errors.items() if e.isVisible()), None)
            if first:
                self.inputs[first].setFocus()
            return
        self.submitted.emit(self.provider.id, self.relevant_values(), self.remember.isChecked())

    def _external(self) -> None:
        ext = self.provider.external
        if self.busy or ext is None:
            return
        values = {k: v for k, v in self.relevant_values().items() if k != ext.fills}
        self.external.emit(self.provider.id, values)

    def set_busy(self, label: str, step: int = 0, total: int = 0) -> None:
        self.busy = bool(label)
        self.submit.setText("Cancel" if self.busy else "Sign in")
        self.submit.setAccessibleName("Cancel sign-in" if self.busy else "Sign in")
        self.submit.setObjectName("" if self.busy else "Primary")
        self.submit.style().unpolish(self.submit)
        self.submit.style().polish(self.submit)
        self.progress.setVisible(self.busy)
        for widget in self.inputs.values():
            widget.setEnabled(not self.busy)
        if self.external_button is not None:
            self.external_button.setEnabled(not self.busy)
        prefix = f"Step {step} of {total}: " if total > 1 and step else ""
        self.steps.setText(prefix + label if self.busy else "")

    def set_error(self, message: str) -> None:
        self.form_error.setText(message)
        self.form_error.setVisible(bool(message))

    def focus_first(self) -> None:
        values = self.values()
        for f in self.provider.fields:
            widget = self.inputs[f.name]
            if self._relevant(f, values) and isinstance(widget, QLineEdit) and not widget.text():
                widget.setFocus()
                return
        self.submit.setFocus()
