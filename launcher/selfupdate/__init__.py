"""The launcher updating itself (a studio's PyInstaller bundle): no Qt here, and nothing imported by this package's
`__init__`, so that the bundle's entry script and `started.mark_started` stay cheap.

- `local`: this installation (the bundle's folder, executable, version), the updates folder, versions, the marks
  (which downloaded versions started, which did not);
- `kind`: whether this installation updates itself, and how to update it when it does not (pip, pipx, a package
  manager);
- `slots`: a downloaded version checked before it is run (never a link, a missing or changed file, a record
  naming another folder);
- `startup`: the bundle's entry: runs the newest downloaded version that is complete and not marked bad, and goes
  back to the previous one in the same start when it fails to start;
- `started`: `mark_started()`, called by a version that has started (window shown, command parsed);
- `check`: `check_and_download()`, the background check (the window) and `launcher self-update`;
- `command`: the `self-update` command.

Layout, in the launcher's data folder:

    launcher-updates/<bundle name>/state.json     marks and the notice for the window
    launcher-updates/<bundle name>/a, .../b       two install folders of the delivery code (builds/<version>/ is a
                                                   whole bundle): the current version and the previous one
"""
