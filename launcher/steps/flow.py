"""The step runtime: a sign-in or a refresh is a plan of small async steps run in order.

Providers build plans from steps (launcher/providers/); steps are written against this module only, so nothing
here or in the step modules knows which provider runs them."""

from __future__ import annotations

import logging
from collections.abc import Awaitable, Callable, Mapping
from dataclasses import dataclass, field
from typing import TYPE_CHECKING

from ..models import DeviceFacts, Profile, Session, Settings
from ..outcomes import SessionExpired, SignInError

if TYPE_CHECKING:
    from ..http import Http

log = logging.getLogger("launcher.flow")


@dataclass(frozen=True)
class Progress:
    """Step `index` (1-based) of `total` began; `label` is what the player reads meanwhile. With `warning`, the
    step was an extra that failed: the sign-in goes on, and the player is told what is missing."""

    label: str
    index: int
    total: int
    warning: str = ""


ProgressFn = Callable[[Progress], None]


def _ignore(progress: Progress) -> None:
    return None


@dataclass
class Context:
    """What every step may use: the shared HTTP client, the game's settings, the device facts."""

    http: Http
    settings: Settings
    device: DeviceFacts
    progress: ProgressFn = _ignore


@dataclass
class Attempt:
    """The state one plan run builds up; each step reads what earlier steps left here.

    `provider` is the id of the provider whose plan runs (a chained provider's inner login signs in under the
    outer id); `credentials` are the validated values of its form, or those a refresh replays."""

    provider: str
    credentials: Mapping[str, str] = field(default_factory=dict)
    session: Session | None = None
    profile: Profile | None = None

    def require_session(self) -> Session:
        if self.session is None:
            raise SessionExpired("There is no session to continue from. Please sign in again.")
        return self.session


StepFn = Callable[[Context, Attempt], Awaitable[None]]


@dataclass(frozen=True)
class Step:
    label: str  # shown to the player while it runs ("Signing in to the game server…")
    run: StepFn
    # An extra: when it fails for any reason but a refused session, the plan goes on without it (logged, and
    # `missing` is reported as a warning: what the player will not see because of it).
    optional: bool = False
    missing: str = ""


@dataclass(frozen=True)
class Plan:
    steps: tuple[Step, ...]

    def __len__(self) -> int:
        return len(self.steps)

    def then(self, *steps: Step) -> Plan:
        return Plan(self.steps + steps)

    @property
    def first_label(self) -> str:
        return self.steps[0].label if self.steps else ""


async def run_plan(ctx: Context, plan: Plan, attempt: Attempt) -> Attempt:
    total = len(plan.steps)
    for index, step in enumerate(plan.steps, 1):
        ctx.progress(Progress(step.label, index, total))
        if not step.optional:
            await step.run(ctx, attempt)
            continue
        try:
            await step.run(ctx, attempt)
        except SessionExpired:
            raise
        except SignInError as exc:
            log.warning("skipped the optional step %r: %s (%s)", step.label, exc.message, exc.code or "no code")
            if step.missing:
                ctx.progress(Progress(step.label, index, total, warning=step.missing))
    return attempt
