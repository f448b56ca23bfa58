"""Game launcher core: providers, sessions, account store, game launch, sandbox. Never imports Qt."""

__version__ = "0.1.0"
APP_NAME = "game-launcher"  # the demo's app id; a launcher's own is launcher.identity.app_id() (per game)
