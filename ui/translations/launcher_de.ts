<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de" sourcelanguage="en">
<context>
    <name>App</name>
    <message>
        <source>Something went wrong ({error}). The details are in the log:
{path}</source>
        <translation>Etwas ist schiefgelaufen ({error}). Die Einzelheiten stehen im Protokoll:
{path}</translation>
    </message>
    <message>
        <source>Launcher error</source>
        <translation>Launcher-Fehler</translation>
    </message>
    <message>
        <source>The game manifest has a problem</source>
        <translation>Das Spielmanifest hat einen Fehler</translation>
    </message>
    <message>
        <source>The launcher cannot start this game until the manifest is fixed.</source>
        <translation>Der Launcher kann dieses Spiel erst starten, wenn das Manifest korrigiert ist.</translation>
    </message>
    <message>
        <source>Demo mode: the sandbox backend runs at {address}</source>
        <translation>Demo-Modus: Das Sandbox-Backend läuft unter {address}</translation>
    </message>
</context>
<context>
    <name>Builds</name>
    <message>
        <source>Environment</source>
        <translation>Umgebung</translation>
    </message>
    <message>
        <source>Channel</source>
        <translation>Kanal</translation>
    </message>
    <message>
        <source>Installed</source>
        <comment>the installed version</comment>
        <translation>Installiert</translation>
    </message>
    <message>
        <source>Offered</source>
        <comment>the version the channel offers</comment>
        <translation>Angeboten</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Zustand</translation>
    </message>
    <message>
        <source>Played by</source>
        <translation>Gespielt von</translation>
    </message>
    <message>
        <source>No [delivery]: the game runs from its own folder</source>
        <translation>Kein [delivery]: Das Spiel läuft aus seinem eigenen Ordner</translation>
    </message>
    <message>
        <source>Paused</source>
        <translation>Angehalten</translation>
    </message>
    <message>
        <source>Downloading</source>
        <translation>Wird heruntergeladen</translation>
    </message>
    <message>
        <source>{percent} %</source>
        <comment>a share of a download</comment>
        <translation>{percent} %</translation>
    </message>
    <message>
        <source>Paused at {share}</source>
        <translation>Angehalten bei {share}</translation>
    </message>
    <message>
        <source>Downloading: {share}</source>
        <translation>Wird heruntergeladen: {share}</translation>
    </message>
    <message>
        <source>Channel not reachable</source>
        <translation>Kanal nicht erreichbar</translation>
    </message>
    <message>
        <source>Update available (required)</source>
        <translation>Update verfügbar (erforderlich)</translation>
    </message>
    <message>
        <source>Update available</source>
        <translation>Update verfügbar</translation>
    </message>
    <message>
        <source>{update}, {size}</source>
        <translation>{update}, {size}</translation>
    </message>
    <message>
        <source>Failed: {message}</source>
        <translation>Fehlgeschlagen: {message}</translation>
    </message>
    <message>
        <source>Checking…</source>
        <translation>Wird geprüft …</translation>
    </message>
    <message>
        <source>Not installed</source>
        <translation>Nicht installiert</translation>
    </message>
    <message>
        <source>Up to date</source>
        <translation>Aktuell</translation>
    </message>
    <message>
        <source>Damaged: needs repair</source>
        <translation>Beschädigt: muss repariert werden</translation>
    </message>
</context>
<context>
    <name>BuildsDialog</name>
    <message>
        <source>Game builds by environment</source>
        <translation>Spiel-Builds nach Umgebung</translation>
    </message>
    <message>
        <source>Each environment plays its own channel&apos;s build, installed beside the others.</source>
        <translation>Jede Umgebung spielt den Build ihres eigenen Kanals, neben den anderen installiert.</translation>
    </message>
    <message>
        <source>Check all channels</source>
        <translation>Alle Kanäle prüfen</translation>
    </message>
    <message>
        <source>Install or update selected</source>
        <translation>Auswahl installieren oder aktualisieren</translation>
    </message>
    <message>
        <source>(default)</source>
        <comment>the default environment</comment>
        <translation>(Standard)</translation>
    </message>
</context>
<context>
    <name>Check</name>
    <message>
        <source>Everything the game needs is working.</source>
        <translation>Alles, was das Spiel braucht, funktioniert.</translation>
    </message>
    <message>
        <source>The game should work; something may need attention.</source>
        <translation>Das Spiel sollte funktionieren; etwas braucht eventuell Aufmerksamkeit.</translation>
    </message>
    <message>
        <source>Something is wrong; the items marked ✗ say what.</source>
        <translation>Etwas stimmt nicht; die mit ✗ markierten Punkte sagen, was.</translation>
    </message>
    <message>
        <source>working</source>
        <translation>funktioniert</translation>
    </message>
    <message>
        <source>needs attention</source>
        <translation>braucht Aufmerksamkeit</translation>
    </message>
    <message>
        <source>not working</source>
        <translation>funktioniert nicht</translation>
    </message>
    <message>
        <source>Check my connection</source>
        <translation>Verbindung prüfen</translation>
    </message>
    <message>
        <source>Check &amp;again</source>
        <translation>&amp;Erneut prüfen</translation>
    </message>
    <message>
        <source>&amp;Copy report</source>
        <translation>Bericht &amp;kopieren</translation>
    </message>
    <message>
        <source>Copies the technical details, to send to the game&apos;s support</source>
        <translation>Kopiert die technischen Details, um sie an den Support des Spiels zu schicken</translation>
    </message>
    <message>
        <source>Checking…</source>
        <translation>Wird geprüft …</translation>
    </message>
    <message>
        <source>The check could not run: {message}</source>
        <translation>Die Prüfung konnte nicht laufen: {message}</translation>
    </message>
</context>
<context>
    <name>Controller</name>
    <message>
        <source>Something went wrong ({error}); the details are in the log.</source>
        <translation>Etwas ist schiefgelaufen ({error}); die Einzelheiten stehen im Protokoll.</translation>
    </message>
    <message>
        <source>{name}: {message}</source>
        <comment>an account, then what happened</comment>
        <translation>{name}: {message}</translation>
    </message>
    <message>
        <source>Signed out of {name}.</source>
        <translation>Von {name} abgemeldet.</translation>
    </message>
    <message>
        <source>Removed {name}.</source>
        <comment>an account</comment>
        <translation>{name} entfernt.</translation>
    </message>
    <message>
        <source>{game} {version} is ready to play.</source>
        <translation>{game} {version} ist spielbereit.</translation>
    </message>
    <message>
        <source>A new version of the launcher ({version}) is ready: it starts the next time you open the launcher.</source>
        <translation>Eine neue Version des Launchers ({version}) ist bereit: Sie startet, wenn du den Launcher das nächste Mal öffnest.</translation>
    </message>
</context>
<context>
    <name>Dialogs</name>
    <message>
        <source>Version {version}</source>
        <translation>Version {version}</translation>
    </message>
    <message>
        <source>Manifest: {path}</source>
        <translation>Manifest: {path}</translation>
    </message>
    <message>
        <source>Log file: {path}</source>
        <translation>Protokolldatei: {path}</translation>
    </message>
    <message>
        <source>Sessions are kept in your system keychain; passwords are never stored.</source>
        <translation>Sitzungen werden im Schlüsselbund deines Systems aufbewahrt; Passwörter werden nie gespeichert.</translation>
    </message>
    <message>
        <source>{game} launcher</source>
        <translation>{game}-Launcher</translation>
    </message>
    <message>
        <source>About {game} launcher</source>
        <translation>Über den {game}-Launcher</translation>
    </message>
    <message>
        <source>MIT License (the launcher&apos;s LICENSE file was not found).</source>
        <translation>MIT-Lizenz (die LICENSE-Datei des Launchers wurde nicht gefunden).</translation>
    </message>
    <message>
        <source>Licences</source>
        <translation>Lizenzen</translation>
    </message>
    <message>
        <source>{game} launcher is free software under the MIT licence. Qt and PySide6 are used under the LGPLv3 (Help &gt; About Qt); every other component&apos;s licence is in its installed package metadata.</source>
        <translation>Der {game}-Launcher ist freie Software unter der MIT-Lizenz. Qt und PySide6 werden unter der LGPLv3 verwendet (Hilfe &gt; Über Qt); die Lizenz jeder anderen Komponente steht in den Metadaten ihres installierten Pakets.</translation>
    </message>
</context>
<context>
    <name>Formats</name>
    <message>
        <source>{size}/s</source>
        <comment>a download rate: 12 MB/s</comment>
        <translation>{size}/s</translation>
    </message>
    <message>
        <source>a few seconds</source>
        <comment>time left</comment>
        <translation>wenige Sekunden</translation>
    </message>
    <message>
        <source>less than a minute</source>
        <comment>time left</comment>
        <translation>weniger als eine Minute</translation>
    </message>
    <message numerus="yes">
        <source>%n min</source>
        <comment>minutes, abbreviated</comment>
        <translation>
            <numerusform>%n Min.</numerusform>
            <numerusform>%n Min.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n h</source>
        <comment>hours, abbreviated</comment>
        <translation>
            <numerusform>%n Std.</numerusform>
            <numerusform>%n Std.</numerusform>
        </translation>
    </message>
    <message>
        <source>{hours} {minutes}</source>
        <comment>hours and minutes: 2 h 5 min</comment>
        <translation>{hours} {minutes}</translation>
    </message>
    <message>
        <source>System language ({language})</source>
        <comment>a menu entry: the system&apos;s language</comment>
        <translation>Systemsprache ({language})</translation>
    </message>
    <message>
        <source>Pseudo-translation (testing)</source>
        <translation>Pseudo-Übersetzung (Test)</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>Getting ready…</source>
        <translation>Wird vorbereitet …</translation>
    </message>
    <message>
        <source>Keychain notice</source>
        <translation>Hinweis zum Schlüsselbund</translation>
    </message>
    <message>
        <source>{method} is a testing tool; start the launcher with --tester to use it.</source>
        <translation>{method} ist ein Testwerkzeug; starte den Launcher mit --tester, um es zu benutzen.</translation>
    </message>
    <message>
        <source>This game does not offer sign-in with {method}.</source>
        <translation>Dieses Spiel bietet keine Anmeldung mit {method} an.</translation>
    </message>
    <message>
        <source>Sign-in cancelled.</source>
        <translation>Anmeldung abgebrochen.</translation>
    </message>
    <message>
        <source>{game} is ready to play</source>
        <translation>{game} ist spielbereit</translation>
    </message>
    <message>
        <source>Version {version} is installed.</source>
        <translation>Version {version} ist installiert.</translation>
    </message>
    <message>
        <source>Playing as {name}</source>
        <translation>Spielt als {name}</translation>
    </message>
    <message>
        <source>{name}: {message}</source>
        <comment>an account&apos;s name, then what happened</comment>
        <translation>{name}: {message}</translation>
    </message>
    <message>
        <source>What&apos;s new in {game} {version}</source>
        <translation>Neu in {game} {version}</translation>
    </message>
    <message>
        <source>This version has no patch notes.</source>
        <translation>Diese Version hat keine Patchnotes.</translation>
    </message>
    <message>
        <source>Patch notes of version {version}</source>
        <translation>Patchnotes der Version {version}</translation>
    </message>
    <message>
        <source>A link was not opened: the launcher is busy ({doing}). Open the link again once that is done.</source>
        <translation>Ein Link wurde nicht geöffnet: Der Launcher ist beschäftigt ({doing}). Öffne den Link erneut, wenn das erledigt ist.</translation>
    </message>
    <message>
        <source>A link named an account that is not saved in this launcher.</source>
        <translation>Ein Link nannte ein Konto, das in diesem Launcher nicht gespeichert ist.</translation>
    </message>
</context>
<context>
    <name>Menus</name>
    <message>
        <source>&amp;Account</source>
        <translation>&amp;Konto</translation>
    </message>
    <message>
        <source>&amp;Game</source>
        <translation>&amp;Spiel</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Hilfe</translation>
    </message>
    <message>
        <source>&amp;Add account…</source>
        <translation>Konto &amp;hinzufügen …</translation>
    </message>
    <message>
        <source>&amp;Sign out</source>
        <translation>&amp;Abmelden</translation>
    </message>
    <message>
        <source>&amp;Remove…</source>
        <translation>&amp;Entfernen …</translation>
    </message>
    <message>
        <source>&amp;Close to tray</source>
        <translation>Beim Schließen in den &amp;Infobereich</translation>
    </message>
    <message>
        <source>No system tray on this desktop</source>
        <translation>Dieser Desktop hat keinen Infobereich</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Beenden</translation>
    </message>
    <message>
        <source>&amp;Play</source>
        <comment>the game menu: start the game</comment>
        <translation>&amp;Spielen</translation>
    </message>
    <message>
        <source>&amp;Hide the launcher while playing</source>
        <translation>Launcher beim Spielen &amp;ausblenden</translation>
    </message>
    <message>
        <source>The launcher waits in the tray while the game runs, and comes back when it ends</source>
        <translation>Der Launcher wartet im Infobereich, während das Spiel läuft, und kommt zurück, wenn es endet</translation>
    </message>
    <message>
        <source>Contact &amp;support</source>
        <translation>&amp;Support kontaktieren</translation>
    </message>
    <message>
        <source>Check my &amp;connection</source>
        <translation>&amp;Verbindung prüfen</translation>
    </message>
    <message>
        <source>Open &amp;log folder</source>
        <translation>&amp;Protokollordner öffnen</translation>
    </message>
    <message>
        <source>&amp;Licences</source>
        <translation>&amp;Lizenzen</translation>
    </message>
    <message>
        <source>About &amp;Qt</source>
        <translation>Über &amp;Qt</translation>
    </message>
    <message>
        <source>&amp;About</source>
        <translation>Ü&amp;ber</translation>
    </message>
    <message>
        <source>&amp;Language</source>
        <translation>Sp&amp;rache</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;Ansicht</translation>
    </message>
    <message>
        <source>&amp;Tester mode</source>
        <translation>&amp;Testmodus</translation>
    </message>
    <message>
        <source>Testing tools, environments and backend details; off: what a player sees</source>
        <translation>Testwerkzeuge, Umgebungen und Backend-Details; aus: was Spieler sehen</translation>
    </message>
    <message>
        <source>Game &amp;builds by environment…</source>
        <translation>Spiel-&amp;Builds nach Umgebung …</translation>
    </message>
    <message>
        <source>Which version each environment has installed, and which account plays it</source>
        <translation>Welche Version jede Umgebung installiert hat und welches Konto sie spielt</translation>
    </message>
    <message>
        <source>{game} launcher</source>
        <translation>{game}-Launcher</translation>
    </message>
    <message>
        <source>Playing as {name} ({method})</source>
        <translation>Spielt als {name} ({method})</translation>
    </message>
    <message>
        <source>Play as {name} ({method})</source>
        <translation>Als {name} spielen ({method})</translation>
    </message>
    <message>
        <source>{name} ({method})</source>
        <translation>{name} ({method})</translation>
    </message>
    <message>
        <source>Show</source>
        <comment>the tray menu: bring the window back</comment>
        <translation>Anzeigen</translation>
    </message>
    <message>
        <source>Quit</source>
        <comment>the tray menu</comment>
        <translation>Beenden</translation>
    </message>
    <message>
        <source>{game} launcher — {name}</source>
        <translation>{game}-Launcher – {name}</translation>
    </message>
    <message>
        <source>The launcher is still running in the tray.</source>
        <translation>Der Launcher läuft im Infobereich weiter.</translation>
    </message>
    <message>
        <source>{game}: {percent} % — {progress}</source>
        <comment>the tray&apos;s tooltip while downloading</comment>
        <translation>{game}: {percent} % – {progress}</translation>
    </message>
</context>
<context>
    <name>News</name>
    <message>
        <source>Some game services are slow or failing</source>
        <translation>Einige Spieldienste sind langsam oder fallen aus</translation>
    </message>
    <message>
        <source>The game&apos;s servers are down</source>
        <translation>Die Server des Spiels sind ausgefallen</translation>
    </message>
    <message>
        <source>The game&apos;s servers are under maintenance</source>
        <translation>Die Server des Spiels werden gewartet</translation>
    </message>
    <message>
        <source>{status}: {message}</source>
        <comment>the server status, then the studio&apos;s own words</comment>
        <translation>{status}: {message}</translation>
    </message>
    <message>
        <source>{status} (until {time})</source>
        <comment>the server status and when it should end</comment>
        <translation>{status} (bis {time})</translation>
    </message>
</context>
<context>
    <name>NewsStrip</name>
    <message>
        <source>Read more</source>
        <translation>Weiterlesen</translation>
    </message>
    <message>
        <source>{day} · {title} — {body}</source>
        <translation>{day} · {title} – {body}</translation>
    </message>
    <message>
        <source>{day} · {title}</source>
        <translation>{day} · {title}</translation>
    </message>
    <message>
        <source>News: {title}</source>
        <translation>Neuigkeiten: {title}</translation>
    </message>
    <message>
        <source>Read more about {title}</source>
        <translation>Mehr über {title} lesen</translation>
    </message>
</context>
<context>
    <name>PlayAction</name>
    <message>
        <source>Starting…</source>
        <comment>a download that has not started yet</comment>
        <translation>Startet …</translation>
    </message>
    <message>
        <source>{done} of {total}</source>
        <comment>downloaded so far: 1.2 GB of 3.4 GB</comment>
        <translation>{done} von {total}</translation>
    </message>
    <message>
        <source>Paused at {amount}</source>
        <translation>Angehalten bei {amount}</translation>
    </message>
    <message>
        <source>{amount} · {rate}</source>
        <comment>1.2 GB of 3.4 GB · 12 MB/s</comment>
        <translation>{amount} · {rate}</translation>
    </message>
    <message>
        <source>{amount} · {rate} · {time} left</source>
        <comment>1.2 GB of 3.4 GB · 12 MB/s · 2 min left</comment>
        <translation>{amount} · {rate} · noch {time}</translation>
    </message>
    <message>
        <source>Repairing in the background</source>
        <translation>Wird im Hintergrund repariert</translation>
    </message>
    <message>
        <source>Repairing</source>
        <translation>Wird repariert</translation>
    </message>
    <message>
        <source>Updating to {version} in the background</source>
        <translation>Update auf {version} im Hintergrund</translation>
    </message>
    <message>
        <source>Updating to {version}</source>
        <translation>Update auf {version}</translation>
    </message>
    <message>
        <source>Updating in the background</source>
        <translation>Update im Hintergrund</translation>
    </message>
    <message>
        <source>Updating</source>
        <translation>Wird aktualisiert</translation>
    </message>
    <message>
        <source>Installing {version} in the background</source>
        <translation>{version} wird im Hintergrund installiert</translation>
    </message>
    <message>
        <source>Installing {version}</source>
        <translation>{version} wird installiert</translation>
    </message>
    <message>
        <source>Installing in the background</source>
        <translation>Wird im Hintergrund installiert</translation>
    </message>
    <message>
        <source>Installing</source>
        <translation>Wird installiert</translation>
    </message>
    <message>
        <source>Playing</source>
        <comment>the main button while the game runs</comment>
        <translation>Im Spiel</translation>
    </message>
    <message>
        <source>{game} is running</source>
        <translation>{game} läuft</translation>
    </message>
    <message>
        <source>What&apos;s new in {version}</source>
        <translation>Neu in {version}</translation>
    </message>
    <message>
        <source>What&apos;s new</source>
        <translation>Was ist neu</translation>
    </message>
    <message>
        <source>Cancel</source>
        <comment>stop a download and drop it</comment>
        <translation>Abbrechen</translation>
    </message>
    <message>
        <source>Resume</source>
        <comment>a paused download</comment>
        <translation>Fortsetzen</translation>
    </message>
    <message>
        <source>Pause</source>
        <comment>a download</comment>
        <translation>Pausieren</translation>
    </message>
    <message>
        <source>Installing…</source>
        <comment>the main button</comment>
        <translation>Installation …</translation>
    </message>
    <message>
        <source>{game} is being installed</source>
        <translation>{game} wird installiert</translation>
    </message>
    <message>
        <source>Resume: {doing}</source>
        <translation>Fortsetzen: {doing}</translation>
    </message>
    <message>
        <source>Pause: {doing}</source>
        <translation>Pausieren: {doing}</translation>
    </message>
    <message>
        <source>What has arrived is kept: Resume carries on from there</source>
        <translation>Was schon angekommen ist, bleibt erhalten: „Fortsetzen“ macht dort weiter</translation>
    </message>
    <message>
        <source>Repair</source>
        <translation>Reparieren</translation>
    </message>
    <message>
        <source>Some of the game&apos;s files are missing or changed</source>
        <translation>Einige Dateien des Spiels fehlen oder wurden verändert</translation>
    </message>
    <message>
        <source>Repair {game}</source>
        <translation>{game} reparieren</translation>
    </message>
    <message>
        <source>Try again</source>
        <comment>a download that failed</comment>
        <translation>Neuer Versuch</translation>
    </message>
    <message>
        <source>The update did not finish</source>
        <translation>Das Update wurde nicht abgeschlossen</translation>
    </message>
    <message>
        <source>Try again: {message}</source>
        <translation>Neuer Versuch: {message}</translation>
    </message>
    <message>
        <source>Install</source>
        <translation>Installieren</translation>
    </message>
    <message>
        <source>Checking for the game…</source>
        <translation>Spiel wird gesucht …</translation>
    </message>
    <message>
        <source>Retry</source>
        <translation>Wiederholen</translation>
    </message>
    <message>
        <source>Can&apos;t reach the game&apos;s download server</source>
        <translation>Der Download-Server des Spiels ist nicht erreichbar</translation>
    </message>
    <message>
        <source>Retry: can&apos;t reach the game&apos;s download server</source>
        <translation>Wiederholen: Der Download-Server des Spiels ist nicht erreichbar</translation>
    </message>
    <message>
        <source>Update</source>
        <translation>Aktualisieren</translation>
    </message>
    <message>
        <source>Update {game} to {version}</source>
        <translation>{game} auf {version} aktualisieren</translation>
    </message>
    <message>
        <source>Version {version}</source>
        <translation>Version {version}</translation>
    </message>
    <message>
        <source>Update ({size})</source>
        <comment>a small button: update, with the download size</comment>
        <translation>Update ({size})</translation>
    </message>
    <message>
        <source>Version {version} is available</source>
        <translation>Version {version} ist verfügbar</translation>
    </message>
    <message>
        <source>Update available · required to play</source>
        <translation>Update verfügbar · zum Spielen nötig</translation>
    </message>
    <message>
        <source>Update available</source>
        <translation>Update verfügbar</translation>
    </message>
    <message>
        <source>{size} to download · required to play</source>
        <translation>{size} zum Herunterladen · zum Spielen nötig</translation>
    </message>
    <message>
        <source>{size} to download</source>
        <translation>{size} zum Herunterladen</translation>
    </message>
    <message>
        <source>Sign in again</source>
        <translation>Neu anmelden</translation>
    </message>
    <message>
        <source>Your session has ended</source>
        <translation>Deine Sitzung ist abgelaufen</translation>
    </message>
    <message>
        <source>Sign in again to play {game}</source>
        <translation>Melde dich neu an, um {game} zu spielen</translation>
    </message>
    <message>
        <source>Can&apos;t reach the servers</source>
        <translation>Die Server sind nicht erreichbar</translation>
    </message>
    <message>
        <source>Retry: {reason}</source>
        <translation>Wiederholen: {reason}</translation>
    </message>
    <message>
        <source>Retry: can&apos;t reach the servers</source>
        <translation>Wiederholen: Die Server sind nicht erreichbar</translation>
    </message>
    <message>
        <source>Play offline</source>
        <translation>Offline spielen</translation>
    </message>
    <message>
        <source>Can&apos;t reach the servers: you play with your saved session</source>
        <translation>Die Server sind nicht erreichbar: Du spielst mit deiner gespeicherten Sitzung</translation>
    </message>
    <message>
        <source>Play {game} offline</source>
        <translation>{game} offline spielen</translation>
    </message>
    <message>
        <source>Start {game} with the session saved at your last sign-in (Ctrl+P)</source>
        <translation>{game} mit der Sitzung deiner letzten Anmeldung starten (Strg+P)</translation>
    </message>
    <message>
        <source>Play</source>
        <comment>the main button</comment>
        <translation>Spielen</translation>
    </message>
    <message>
        <source>Play {game}</source>
        <translation>{game} spielen</translation>
    </message>
    <message>
        <source>Start {game} signed in as this player (Ctrl+P)</source>
        <translation>{game} als dieser Spieler angemeldet starten (Strg+P)</translation>
    </message>
    <message>
        <source>{size} · {free} free</source>
        <comment>download size · free disk space</comment>
        <translation>{size} · {free} frei</translation>
    </message>
    <message>
        <source>{size}</source>
        <comment>the download size alone</comment>
        <translation>{size}</translation>
    </message>
    <message>
        <source>{free} free</source>
        <comment>free disk space</comment>
        <translation>{free} frei</translation>
    </message>
    <message>
        <source>Install {game}, {size}</source>
        <translation>{game} installieren, {size}</translation>
    </message>
    <message>
        <source>Install {game}</source>
        <translation>{game} installieren</translation>
    </message>
    <message>
        <source>The update needs {size}; {free} free. Free some space, then check again.</source>
        <translation>Das Update braucht {size}; frei sind {free}. Schaffe Platz und prüfe dann erneut.</translation>
    </message>
    <message>
        <source>Not enough disk space to update {game}: check again</source>
        <translation>Nicht genug Speicherplatz, um {game} zu aktualisieren: erneut prüfen</translation>
    </message>
    <message>
        <source>The game needs {size}; {free} free. Free some space, then check again.</source>
        <translation>Das Spiel braucht {size}; frei sind {free}. Schaffe Platz und prüfe dann erneut.</translation>
    </message>
    <message>
        <source>Not enough disk space to install {game}: check again</source>
        <translation>Nicht genug Speicherplatz, um {game} zu installieren: erneut prüfen</translation>
    </message>
    <message>
        <source>Check again</source>
        <comment>free disk space, then check</comment>
        <translation>Erneut prüfen</translation>
    </message>
</context>
<context>
    <name>PlayPanel</name>
    <message>
        <source>Stop the game</source>
        <translation>Spiel beenden</translation>
    </message>
    <message>
        <source>Stop {game}</source>
        <translation>{game} beenden</translation>
    </message>
    <message>
        <source>{action} {game}</source>
        <comment>the main button&apos;s name for screen readers: Install Demo Quest</comment>
        <translation>{action}: {game}</translation>
    </message>
    <message>
        <source>Download progress</source>
        <translation>Download-Fortschritt</translation>
    </message>
</context>
</TS>
