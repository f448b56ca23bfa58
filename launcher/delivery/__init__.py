"""Game delivery: install, update and repair the game from a studio's signed static repository. No Qt here.

The parts, each testable alone (as legendary's downloader is split):
- `buildlist`: a build's file list (paths, sizes, modes, chunk lists), validated as the hostile input it is;
- `repo_layout` and `chunking`: where content lives in a repository, and how a file becomes chunks;
- `publish` and `keys`: a studio's side (init, publish, re-sign, rotate), signing with The Update Framework;
- `trust`: the player's side of TUF (python-tuf's updater over the app's one HTTP client): which build a
  channel holds, with signatures, expiry and rollback checked;
- `planner`: what each chunk of the new build needs (already on disk, or fetched);
- `fetcher`: gets one chunk (from disk or the network) and verifies its hash before anyone uses it;
- `writer`: the one writer: assembles the build in a staging folder and switches to it atomically;
- `installer`: the commands (install, verify, repair, status, uninstall) put together from those parts.

Importing this package is free: the window and the sign-in commands never load the delivery code."""
