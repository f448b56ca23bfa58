"""The embedded sandbox backend: speaks each provider's documented API on loopback, with demo data and faults."""

from .persist import demo_state_file
from .server import SERVICES, Sandbox
from .state import Fault, SandboxState

__all__ = ["SERVICES", "Fault", "Sandbox", "SandboxState", "demo_state_file"]
