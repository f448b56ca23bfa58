<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de" sourcelanguage="en">
<context>
    <name>AccountDialogs</name>
    <message>
        <source>Signed in with {method}, on the {environment} servers.</source>
        <comment>which account a question is about: Custom ID, staging</comment>
        <translation>Angemeldet mit {method}, auf den {environment}-Servern.</translation>
    </message>
    <message>
        <source>Signed in with {method}.</source>
        <translation>Angemeldet mit {method}.</translation>
    </message>
    <message>
        <source>On the {environment} servers.</source>
        <comment>which servers an account belongs to</comment>
        <translation>Auf den {environment}-Servern.</translation>
    </message>
    <message>
        <source>{which}

Its saved session is deleted from the keychain. The account itself is not deleted from the game.</source>
        <comment>{which}: Signed in with Custom ID.</comment>
        <translation>{which}

Die gespeicherte Sitzung wird aus dem Schlüsselbund gelöscht. Das Konto selbst bleibt im Spiel erhalten.</translation>
    </message>
    <message>
        <source>Remove account</source>
        <comment>a window title</comment>
        <translation>Konto entfernen</translation>
    </message>
    <message>
        <source>Remove {name} from this launcher?</source>
        <translation>{name} aus diesem Launcher entfernen?</translation>
    </message>
    <message>
        <source>Remove</source>
        <comment>the button that removes a saved account</comment>
        <translation>Entfernen</translation>
    </message>
    <message>
        <source>Remove {name}</source>
        <comment>the Remove button&apos;s name for screen readers</comment>
        <translation>{name} entfernen</translation>
    </message>
    <message>
        <source>{which}

Its session is deleted from the keychain; the account stays in the list, and signing in again asks for its details.</source>
        <comment>{which}: Signed in with Custom ID.</comment>
        <translation>{which}

Die Sitzung wird aus dem Schlüsselbund gelöscht; das Konto bleibt in der Liste, und bei der nächsten Anmeldung werden seine Daten erneut abgefragt.</translation>
    </message>
    <message>
        <source>Sign out</source>
        <comment>a window title</comment>
        <translation>Abmelden</translation>
    </message>
    <message>
        <source>Sign out of {name}?</source>
        <translation>Von {name} abmelden?</translation>
    </message>
    <message>
        <source>Sign out</source>
        <comment>the button that signs out of a saved account</comment>
        <translation>Abmelden</translation>
    </message>
    <message>
        <source>Sign out of {name}</source>
        <comment>the Sign out button&apos;s name for screen readers</comment>
        <translation>Von {name} abmelden</translation>
    </message>
    <message>
        <source>{which}
Name shown in the list of accounts:</source>
        <comment>{which}: Signed in with Custom ID.</comment>
        <translation>{which}
Name in der Kontenliste:</translation>
    </message>
    <message>
        <source>Name this account</source>
        <comment>a window title</comment>
        <translation>Konto benennen</translation>
    </message>
</context>
<context>
    <name>AccountModel</name>
    <message>
        <source>{name} ({method})</source>
        <comment>an account: its name and sign-in method</comment>
        <translation>{name} ({method})</translation>
    </message>
    <message>
        <source>Same player as {accounts}</source>
        <comment>a line of an account&apos;s tooltip</comment>
        <translation>Derselbe Spieler wie {accounts}</translation>
    </message>
    <message>
        <source>same player as {accounts}</source>
        <comment>under an account in the list: other saved accounts of this player</comment>
        <translation>derselbe Spieler wie {accounts}</translation>
    </message>
    <message>
        <source>(none)</source>
        <comment>a group of accounts with no environment or method</comment>
        <translation>(keine)</translation>
    </message>
    <message>
        <source>playing</source>
        <comment>an account&apos;s state, read by a screen reader</comment>
        <translation>spielt</translation>
    </message>
    <message>
        <source>{method}, {environment} — {status}</source>
        <comment>an account&apos;s tooltip: Email and password, staging — Signed in</comment>
        <translation>{method}, {environment} — {status}</translation>
    </message>
    <message>
        <source>{method} — {status}</source>
        <comment>an account&apos;s tooltip: Email and password — Signed in</comment>
        <translation>{method} — {status}</translation>
    </message>
    <message>
        <source>Playing now</source>
        <translation>Spielt gerade</translation>
    </message>
    <message>
        <source>{shortcut} to switch</source>
        <comment>an account&apos;s tooltip: Ctrl+2 to switch to it</comment>
        <translation>{shortcut} zum Wechseln</translation>
    </message>
</context>
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
    <message>
        <source>The game&apos;s download server did not answer in time.</source>
        <translation>Der Download-Server des Spiels hat nicht rechtzeitig geantwortet.</translation>
    </message>
    <message numerus="yes">
        <source>%n files could not be repaired ({path}: {reason}).</source>
        <comment>the first file and why</comment>
        <translation>
            <numerusform>%n Datei konnte nicht repariert werden ({path}: {reason}).</numerusform>
            <numerusform>%n Dateien konnten nicht repariert werden ({path}: {reason}).</numerusform>
        </translation>
    </message>
    <message>
        <source>The game&apos;s files could not be installed ({error}).</source>
        <comment>error: a program error&apos;s name</comment>
        <translation>Die Dateien des Spiels konnten nicht installiert werden ({error}).</translation>
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
    <name>ChestList</name>
    <message numerus="yes">
        <source>%Ln chest(s)</source>
        <comment>the heading of the chest list</comment>
        <translation>
            <numerusform>%Ln Truhe</numerusform>
            <numerusform>%Ln Truhen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>{shown} of %Ln chest(s)</source>
        <comment>the heading of the filtered chest list: 2 of 40 chests</comment>
        <translation>
            <numerusform>{shown} von %Ln Truhe</numerusform>
            <numerusform>{shown} von %Ln Truhen</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ChestModel</name>
    <message>
        <source>Name</source>
        <comment>a column of the chest list</comment>
        <translation>Name</translation>
    </message>
    <message>
        <source>Description</source>
        <comment>a column of the chest list</comment>
        <translation>Beschreibung</translation>
    </message>
    <message>
        <source>Count</source>
        <comment>a column of the chest list: how many of the item the player has</comment>
        <translation>Anzahl</translation>
    </message>
</context>
<context>
    <name>Chests</name>
    <message>
        <source>Filter chests…</source>
        <translation>Truhen filtern …</translation>
    </message>
    <message>
        <source>Filter chests</source>
        <translation>Truhen filtern</translation>
    </message>
    <message>
        <source>Chests and items</source>
        <comment>the chest list, for screen readers</comment>
        <translation>Truhen und Gegenstände</translation>
    </message>
    <message>
        <source>No chests yet.
The chests and items this player owns will appear here.</source>
        <translation>Noch keine Truhen.
Die Truhen und Gegenstände dieses Spielers erscheinen hier.</translation>
    </message>
    <message>
        <source>No chests match “{filter}”.</source>
        <comment>the chest filter found nothing</comment>
        <translation>Keine Truhe passt zu „{filter}“.</translation>
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
        <source>{name}: your session has ended. Sign in again.</source>
        <translation>{name}: Deine Sitzung ist abgelaufen. Melde dich erneut an.</translation>
    </message>
    <message>
        <source>Signing in…</source>
        <translation>Anmeldung läuft …</translation>
    </message>
    <message>
        <source>{method} has no sign-in outside the form.</source>
        <translation>{method} bietet keine Anmeldung außerhalb des Formulars.</translation>
    </message>
    <message>
        <source>{action}…</source>
        <comment>a sign-in step under way: Continue with Facebook…</comment>
        <translation>{action} …</translation>
    </message>
    <message>
        <source>{name} is signed out. Sign in again.</source>
        <translation>{name} ist abgemeldet. Melde dich erneut an.</translation>
    </message>
    <message>
        <source>{name}: please sign in again.</source>
        <translation>{name}: Bitte melde dich erneut an.</translation>
    </message>
    <message>
        <source>Opening {name}…</source>
        <comment>an account</comment>
        <translation>{name} wird geöffnet …</translation>
    </message>
    <message>
        <source>It could not be updated.</source>
        <comment>a profile</comment>
        <translation>Es konnte nicht aktualisiert werden.</translation>
    </message>
    <message>
        <source>It could not be opened.</source>
        <comment>an account</comment>
        <translation>Es konnte nicht geöffnet werden.</translation>
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
    <message>
        <source>Getting ready…</source>
        <translation>Wird vorbereitet …</translation>
    </message>
    <message>
        <source>Installing {game}…</source>
        <translation>{game} wird installiert …</translation>
    </message>
    <message>
        <source>Install paused.</source>
        <translation>Installation pausiert.</translation>
    </message>
    <message>
        <source>Install cancelled.</source>
        <translation>Installation abgebrochen.</translation>
    </message>
    <message>
        <source>{game} is running (offline)</source>
        <translation>{game} läuft (offline)</translation>
    </message>
    <message>
        <source>{game} is running</source>
        <translation>{game} läuft</translation>
    </message>
    <message>
        <source>{game}: {note}.</source>
        <comment>note: why the game ended, in English</comment>
        <translation>{game}: {note}.</translation>
    </message>
    <message>
        <source>{game} closed normally after {time}.</source>
        <comment>time: 12 min</comment>
        <translation>{game} wurde nach {time} normal beendet.</translation>
    </message>
    <message>
        <source>{game} stopped with an error (code {code}) after {time}: see the game&apos;s log (Help &gt; Open logs folder).</source>
        <comment>time: 12 min</comment>
        <translation>{game} wurde nach {time} mit einem Fehler beendet (Code {code}): siehe das Protokoll des Spiels (Hilfe &gt; Protokollordner öffnen).</translation>
    </message>
    <message>
        <source>{seconds} s</source>
        <comment>seconds played, abbreviated</comment>
        <translation>{seconds} Sek.</translation>
    </message>
    <message>
        <source>{minutes} min</source>
        <comment>minutes played, abbreviated</comment>
        <translation>{minutes} Min.</translation>
    </message>
    <message>
        <source>{hours} h {minutes} min</source>
        <comment>time played, abbreviated</comment>
        <translation>{hours} Std. {minutes} Min.</translation>
    </message>
    <message>
        <source>This computer&apos;s keychain can&apos;t be used, so no sign-in is kept: you sign in again each time you start the launcher. Unlock your login keychain in Keychain Access, then restart the launcher.</source>
        <translation>Der Schlüsselbund dieses Computers kann nicht genutzt werden, daher bleibt keine Anmeldung gespeichert: Du meldest dich bei jedem Start des Launchers erneut an. Entsperre deinen Anmeldeschlüsselbund in der Schlüsselbundverwaltung und starte dann den Launcher neu.</translation>
    </message>
    <message>
        <source>This computer&apos;s keychain can&apos;t be used, so no sign-in is kept: you sign in again each time you start the launcher. Windows Credential Manager could not be opened; sign in to Windows normally and restart the launcher.</source>
        <translation>Der Schlüsselbund dieses Computers kann nicht genutzt werden, daher bleibt keine Anmeldung gespeichert: Du meldest dich bei jedem Start des Launchers erneut an. Die Windows-Anmeldeinformationsverwaltung ließ sich nicht öffnen; melde dich normal bei Windows an und starte den Launcher neu.</translation>
    </message>
    <message>
        <source>This computer&apos;s keychain can&apos;t be used, so no sign-in is kept: you sign in again each time you start the launcher. Start your desktop&apos;s password keyring (GNOME Keyring or KWallet), unlock it when asked, then restart the launcher.</source>
        <translation>Der Schlüsselbund dieses Computers kann nicht genutzt werden, daher bleibt keine Anmeldung gespeichert: Du meldest dich bei jedem Start des Launchers erneut an. Starte den Passwortspeicher deines Desktops (GNOME Keyring oder KWallet), entsperre ihn, wenn du gefragt wirst, und starte dann den Launcher neu.</translation>
    </message>
</context>
<context>
    <name>DeliveryErrors</name>
    <message>
        <source>The game&apos;s files could not be installed.</source>
        <translation>Die Dateien des Spiels konnten nicht installiert werden.</translation>
    </message>
    <message>
        <source>The game is not installed.</source>
        <translation>Das Spiel ist nicht installiert.</translation>
    </message>
    <message>
        <source>The game&apos;s download server can&apos;t be reached right now. Nothing was changed; try again later.</source>
        <translation>Der Download-Server des Spiels ist gerade nicht erreichbar. Es wurde nichts geändert; versuch es später noch einmal.</translation>
    </message>
    <message>
        <source>The disk holding {folder} is full. What was downloaded is kept; free some space and run the same command again.</source>
        <translation>Der Datenträger mit {folder} ist voll. Bereits Heruntergeladenes bleibt erhalten; schaffe Platz und führe denselben Befehl erneut aus.</translation>
    </message>
    <message>
        <source>The launcher cannot write to {folder} ({reason}). Choose another folder with --dir, or fix its permissions.</source>
        <comment>reason: the system&apos;s words</comment>
        <translation>Der Launcher kann nicht in {folder} schreiben ({reason}). Wähle mit --dir einen anderen Ordner oder korrigiere die Berechtigungen.</translation>
    </message>
    <message>
        <source>The game&apos;s files could not be written to {folder} ({reason}).</source>
        <comment>reason: the system&apos;s words</comment>
        <translation>Die Dateien des Spiels konnten nicht nach {folder} geschrieben werden ({reason}).</translation>
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
    <name>Doctor</name>
    <message>
        <source>The game&apos;s settings are fine.</source>
        <translation>Die Einstellungen des Spiels sind in Ordnung.</translation>
    </message>
    <message>
        <source>{method}: {check}</source>
        <comment>a sign-in method&apos;s name, then a check&apos;s result about it</comment>
        <translation>{method}: {check}</translation>
    </message>
    <message>
        <source>Your computer&apos;s password store can&apos;t be used: you will sign in again at every start.</source>
        <translation>Der Passwortspeicher deines Computers kann nicht genutzt werden: Du meldest dich bei jedem Start erneut an.</translation>
    </message>
    <message>
        <source>Your sign-ins can be kept safely.</source>
        <translation>Deine Anmeldungen können sicher gespeichert werden.</translation>
    </message>
    <message>
        <source>The network&apos;s proxy can&apos;t be reached.</source>
        <translation>Der Proxy des Netzwerks ist nicht erreichbar.</translation>
    </message>
    <message>
        <source>Connections go through your network&apos;s proxy.</source>
        <translation>Verbindungen laufen über den Proxy deines Netzwerks.</translation>
    </message>
    <message>
        <source>Your network connection is set up.</source>
        <translation>Deine Netzwerkverbindung ist eingerichtet.</translation>
    </message>
    <message>
        <source>Secure connections can&apos;t be checked on this computer.</source>
        <translation>Sichere Verbindungen können auf diesem Computer nicht geprüft werden.</translation>
    </message>
    <message>
        <source>Secure connections are checked with this computer&apos;s own certificates.</source>
        <translation>Sichere Verbindungen werden mit den eigenen Zertifikaten dieses Computers geprüft.</translation>
    </message>
    <message>
        <source>Secure connections can be checked.</source>
        <translation>Sichere Verbindungen können geprüft werden.</translation>
    </message>
    <message>
        <source>Your computer&apos;s clock is right.</source>
        <translation>Die Uhr deines Computers geht richtig.</translation>
    </message>
    <message>
        <source>Your computer&apos;s clock is wrong; set the date and time automatically in the system settings.</source>
        <translation>Die Uhr deines Computers geht falsch; stell Datum und Uhrzeit in den Systemeinstellungen auf automatisch.</translation>
    </message>
    <message>
        <source>The game&apos;s download server can&apos;t be reached.</source>
        <translation>Der Download-Server des Spiels ist nicht erreichbar.</translation>
    </message>
    <message>
        <source>The game&apos;s downloads can&apos;t be trusted right now.</source>
        <translation>Den Downloads des Spiels kann gerade nicht vertraut werden.</translation>
    </message>
    <message>
        <source>Game downloads are available.</source>
        <translation>Spiel-Downloads sind verfügbar.</translation>
    </message>
    <message>
        <source>This sign-in method&apos;s server can&apos;t be reached right now.</source>
        <translation>Der Server dieser Anmeldemethode ist gerade nicht erreichbar.</translation>
    </message>
    <message>
        <source>This sign-in method&apos;s server answers.</source>
        <translation>Der Server dieser Anmeldemethode antwortet.</translation>
    </message>
    <message>
        <source>This sign-in method is not set up correctly; please contact the game&apos;s support.</source>
        <translation>Diese Anmeldemethode ist nicht richtig eingerichtet; wende dich bitte an den Support des Spiels.</translation>
    </message>
    <message>
        <source>This sign-in method&apos;s server has a problem right now.</source>
        <translation>Der Server dieser Anmeldemethode hat gerade ein Problem.</translation>
    </message>
    <message>
        <source>Facebook can&apos;t be reached right now.</source>
        <translation>Facebook ist gerade nicht erreichbar.</translation>
    </message>
    <message>
        <source>Continue with Facebook is ready.</source>
        <translation>„Weiter mit Facebook“ ist bereit.</translation>
    </message>
    <message>
        <source>Continue with Facebook is not available for this game.</source>
        <translation>„Weiter mit Facebook“ ist für dieses Spiel nicht verfügbar.</translation>
    </message>
    <message>
        <source>The sign-in server can&apos;t be reached.</source>
        <translation>Der Anmeldeserver ist nicht erreichbar.</translation>
    </message>
    <message>
        <source>The sign-in server answers.</source>
        <translation>Der Anmeldeserver antwortet.</translation>
    </message>
    <message>
        <source>Your profile is shown without some details.</source>
        <translation>Dein Profil wird ohne einige Angaben angezeigt.</translation>
    </message>
    <message>
        <source>This game&apos;s sign-in is not set up correctly; please contact the game&apos;s support.</source>
        <translation>Die Anmeldung für dieses Spiel ist nicht richtig eingerichtet; wende dich bitte an den Support des Spiels.</translation>
    </message>
    <message>
        <source>Your profile can be shown.</source>
        <translation>Dein Profil kann angezeigt werden.</translation>
    </message>
    <message>
        <source>Your profile can be shown (some details may be missing).</source>
        <translation>Dein Profil kann angezeigt werden (einige Angaben fehlen eventuell).</translation>
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
    <name>Keychain</name>
    <message>
        <source>The system keychain is locked. Unlock it and try again.</source>
        <translation>Der Schlüsselbund ist gesperrt. Entsperre ihn und versuche es erneut.</translation>
    </message>
    <message>
        <source>No system keychain is available (install and start a Secret Service such as GNOME Keyring or KWallet).</source>
        <translation>Es ist kein Schlüsselbund verfügbar (installiere und starte einen Secret Service wie GNOME Keyring oder KWallet).</translation>
    </message>
    <message>
        <source>The system keychain could not be opened.</source>
        <translation>Der Schlüsselbund konnte nicht geöffnet werden.</translation>
    </message>
    <message>
        <source>Access to the system keychain was denied.</source>
        <translation>Der Zugriff auf den Schlüsselbund wurde verweigert.</translation>
    </message>
    <message>
        <source>{problem} Sessions are kept for this run only.</source>
        <translation>{problem} Anmeldungen bleiben nur bis zum Beenden des Launchers erhalten.</translation>
    </message>
</context>
<context>
    <name>LoginForm</name>
    <message>
        <source>Sign-in method: {method}</source>
        <translation>Anmeldemethode: {method}</translation>
    </message>
    <message>
        <source>Signs in to: {environment}</source>
        <comment>a testing environment</comment>
        <translation>Meldet an bei: {environment}</translation>
    </message>
    <message>
        <source>Signs in to the {environment} environment</source>
        <translation>Meldet bei der Umgebung {environment} an</translation>
    </message>
    <message>
        <source>Testing tool</source>
        <translation>Testwerkzeug</translation>
    </message>
    <message>
        <source>For testers, not for players.</source>
        <translation>Für Tester, nicht für Spieler.</translation>
    </message>
    <message>
        <source>{hint} Testers can paste the credential below instead.</source>
        <translation>{hint} Tester können die Zugangsdaten stattdessen unten einfügen.</translation>
    </message>
    <message>
        <source>{field} (optional)</source>
        <comment>a field&apos;s label</comment>
        <translation>{field} (optional)</translation>
    </message>
    <message>
        <source>Remember for this environment ({environment})</source>
        <translation>Für diese Umgebung merken ({environment})</translation>
    </message>
    <message>
        <source>Remember these keys on this computer</source>
        <translation>Diese Schlüssel auf diesem Computer merken</translation>
    </message>
    <message>
        <source>Remember the testing keys for this environment</source>
        <translation>Testschlüssel für diese Umgebung merken</translation>
    </message>
    <message>
        <source>The keys go to this computer&apos;s keychain, for every tester account of this environment; you will not be asked for them again.</source>
        <translation>Die Schlüssel kommen in den Schlüsselbund dieses Computers, für jedes Testkonto dieser Umgebung; du wirst nicht erneut danach gefragt.</translation>
    </message>
    <message>
        <source>Remember this account on this computer</source>
        <translation>Dieses Konto auf diesem Computer merken</translation>
    </message>
    <message>
        <source>Remember this account</source>
        <translation>Dieses Konto merken</translation>
    </message>
    <message>
        <source>Sign-in error</source>
        <translation>Anmeldefehler</translation>
    </message>
    <message>
        <source>Sign-in status</source>
        <translation>Anmeldestatus</translation>
    </message>
    <message>
        <source>Retry</source>
        <comment>the same sign-in again</comment>
        <translation>Erneut versuchen</translation>
    </message>
    <message>
        <source>Retry the sign-in</source>
        <translation>Anmeldung erneut versuchen</translation>
    </message>
    <message>
        <source>Contact the game&apos;s support</source>
        <translation>Support des Spiels kontaktieren</translation>
    </message>
    <message>
        <source>Contact the game&apos;s support (opens the website)</source>
        <translation>Support des Spiels kontaktieren (öffnet die Website)</translation>
    </message>
    <message>
        <source>Sign in</source>
        <comment>a button</comment>
        <translation>Anmelden</translation>
    </message>
    <message>
        <source>Signing in</source>
        <translation>Anmeldung läuft</translation>
    </message>
    <message>
        <source>Saved for {environment}; leave empty to use it, or type to replace it.</source>
        <translation>Für {environment} gespeichert; leer lassen zum Verwenden oder neu eingeben zum Ersetzen.</translation>
    </message>
    <message>
        <source>Saved on this computer; leave empty to use it, or type to replace it.</source>
        <translation>Auf diesem Computer gespeichert; leer lassen zum Verwenden oder neu eingeben zum Ersetzen.</translation>
    </message>
    <message>
        <source>Keeps the session in this computer&apos;s keychain; the password is never stored.</source>
        <translation>Bewahrt die Sitzung im Schlüsselbund dieses Computers auf; das Passwort wird nie gespeichert.</translation>
    </message>
    <message>
        <source>Sign-in code</source>
        <translation>Anmeldecode</translation>
    </message>
    <message>
        <source>Copy code</source>
        <translation>Code kopieren</translation>
    </message>
    <message>
        <source>Open the page</source>
        <comment>the web page where the code is entered</comment>
        <translation>Seite öffnen</translation>
    </message>
    <message>
        <source>Go to &lt;b&gt;{address}&lt;/b&gt; on this computer or your phone and enter this code:</source>
        <translation>Öffne &lt;b&gt;{address}&lt;/b&gt; auf diesem Computer oder deinem Handy und gib diesen Code ein:</translation>
    </message>
    <message>
        <source>Copied</source>
        <comment>the code is on the clipboard</comment>
        <translation>Kopiert</translation>
    </message>
    <message>
        <source>name@example.com</source>
        <comment>an example email address</comment>
        <translation>name@beispiel.de</translation>
    </message>
    <message>
        <source>Saved for {environment}; type to replace</source>
        <translation>Für {environment} gespeichert; zum Ersetzen neu eingeben</translation>
    </message>
    <message>
        <source>Saved on this computer; type to replace</source>
        <translation>Auf diesem Computer gespeichert; zum Ersetzen neu eingeben</translation>
    </message>
    <message>
        <source>Hide</source>
        <comment>what was typed in a password field</comment>
        <translation>Verbergen</translation>
    </message>
    <message>
        <source>Show</source>
        <comment>what was typed in a password field</comment>
        <translation>Anzeigen</translation>
    </message>
    <message>
        <source>Hide what you typed (Alt+F8)</source>
        <translation>Eingabe verbergen (Alt+F8)</translation>
    </message>
    <message>
        <source>Show what you typed (Alt+F8)</source>
        <translation>Eingabe anzeigen (Alt+F8)</translation>
    </message>
    <message>
        <source>Hide {field}</source>
        <comment>a password field: hide what was typed</comment>
        <translation>{field} verbergen</translation>
    </message>
    <message>
        <source>Show {field}</source>
        <comment>a password field: show what was typed</comment>
        <translation>{field} anzeigen</translation>
    </message>
    <message>
        <source>{field} is required.</source>
        <translation>{field} wird benötigt.</translation>
    </message>
    <message>
        <source>“{address}” is not a valid email address.</source>
        <translation>„{address}“ ist keine gültige E-Mail-Adresse.</translation>
    </message>
    <message>
        <source>{field} must be one of: {choices}.</source>
        <translation>{field} muss eins davon sein: {choices}.</translation>
    </message>
    <message>
        <source>Sign-in cancelled.</source>
        <translation>Anmeldung abgebrochen.</translation>
    </message>
    <message>
        <source>Cancel</source>
        <comment>stop signing in</comment>
        <translation>Abbrechen</translation>
    </message>
    <message>
        <source>Cancel sign-in</source>
        <translation>Anmeldung abbrechen</translation>
    </message>
    <message>
        <source>Step {step} of {total}: {label}</source>
        <comment>a sign-in&apos;s progress: Step 1 of 2: Signing in…</comment>
        <translation>Schritt {step} von {total}: {label}</translation>
    </message>
    <message>
        <source>{step} {time} left</source>
        <comment>the step, then how long the code still works: Waiting for you to confirm on Facebook… 4:59 left</comment>
        <translation>{step} noch {time}</translation>
    </message>
    <message>
        <source>{step} — this is taking longer than usual</source>
        <translation>{step} – das dauert länger als üblich</translation>
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
    <name>NotSetUp</name>
    <message>
        <source>Sign in with {method}</source>
        <translation>Mit {method} anmelden</translation>
    </message>
    <message>
        <source>This sign-in method is not set up on this computer. Choose another way to sign in, or ask the game&apos;s support team.</source>
        <translation>Diese Anmeldemethode ist auf diesem Computer nicht eingerichtet. Wähle eine andere Anmeldemethode oder frag das Support-Team des Spiels.</translation>
    </message>
    <message>
        <source>This sign-in method is not set up on this computer</source>
        <translation>Diese Anmeldemethode ist auf diesem Computer nicht eingerichtet</translation>
    </message>
    <message>
        <source>Choose another way to sign in</source>
        <translation>Andere Anmeldemethode wählen</translation>
    </message>
    <message>
        <source>Contact support</source>
        <translation>Support kontaktieren</translation>
    </message>
</context>
<context>
    <name>Outcomes</name>
    <message>
        <source>Something went wrong.</source>
        <translation>Etwas ist schiefgelaufen.</translation>
    </message>
    <message>
        <source>The system keychain is not available, so sessions cannot be remembered.</source>
        <translation>Der Schlüsselbund des Systems ist nicht verfügbar, daher können Sitzungen nicht gespeichert werden.</translation>
    </message>
    <message>
        <source>Signed out: sign in again (the saved session is no longer in this computer&apos;s keychain).</source>
        <translation>Abgemeldet: Melde dich erneut an (die gespeicherte Sitzung ist nicht mehr im Schlüsselbund dieses Computers).</translation>
    </message>
    <message>
        <source>{message}; the details are in the log.</source>
        <comment>a keychain&apos;s own message, in English</comment>
        <translation>{message}; die Details stehen im Protokoll.</translation>
    </message>
    <message>
        <source>Sign-in failed.</source>
        <translation>Anmeldung fehlgeschlagen.</translation>
    </message>
    <message>
        <source>The email or password is incorrect.</source>
        <translation>E-Mail-Adresse oder Passwort ist falsch.</translation>
    </message>
    <message>
        <source>No account was found for these details.</source>
        <translation>Zu diesen Angaben wurde kein Konto gefunden.</translation>
    </message>
    <message>
        <source>Your session has expired. Please sign in again.</source>
        <translation>Deine Sitzung ist abgelaufen. Bitte melde dich erneut an.</translation>
    </message>
    <message>
        <source>The request signature was refused. Check the publisher token and signing key.</source>
        <translation>Die Signatur der Anfrage wurde abgelehnt. Prüfe das Publisher-Token und den Signaturschlüssel.</translation>
    </message>
    <message>
        <source>The server refused the request as invalid.</source>
        <translation>Der Server hat die Anfrage als ungültig abgelehnt.</translation>
    </message>
    <message>
        <source>The launcher is not set up correctly for this game. Please contact the game&apos;s support.</source>
        <translation>Der Launcher ist für dieses Spiel nicht richtig eingerichtet. Bitte wende dich an den Support des Spiels.</translation>
    </message>
    <message>
        <source>This account has been banned or deleted.</source>
        <translation>Dieses Konto wurde gesperrt oder gelöscht.</translation>
    </message>
    <message>
        <source>The game service could not be reached. Your accounts are kept; try again later.</source>
        <translation>Der Spieldienst ist nicht erreichbar. Deine Konten bleiben erhalten; versuch es später noch einmal.</translation>
    </message>
    <message>
        <source>Check your internet connection. The game&apos;s servers can&apos;t be reached right now; try again in a moment.</source>
        <translation>Prüfe deine Internetverbindung. Die Server des Spiels sind gerade nicht erreichbar; versuch es gleich noch einmal.</translation>
    </message>
    <message>
        <source>The game service took too long to answer. Try again in a moment.</source>
        <translation>Der Spieldienst hat zu lange nicht geantwortet. Versuch es gleich noch einmal.</translation>
    </message>
    <message>
        <source>The game service is having problems right now (server error). Try again later.</source>
        <translation>Der Spieldienst hat gerade Probleme (Serverfehler). Versuch es später noch einmal.</translation>
    </message>
    <message numerus="yes">
        <source>Too many sign-in attempts. Please wait and try again in %n seconds.</source>
        <translation>
            <numerusform>Zu viele Anmeldeversuche. Bitte warte und versuch es in %n Sekunde noch einmal.</numerusform>
            <numerusform>Zu viele Anmeldeversuche. Bitte warte und versuch es in %n Sekunden noch einmal.</numerusform>
        </translation>
    </message>
    <message>
        <source>Too many sign-in attempts. Please wait and try again in a moment.</source>
        <translation>Zu viele Anmeldeversuche. Bitte warte und versuch es gleich noch einmal.</translation>
    </message>
    <message>
        <source>Check your internet connection. {service} can&apos;t be reached right now; try again in a moment.</source>
        <comment>service: a server&apos;s name</comment>
        <translation>Prüfe deine Internetverbindung. {service} ist gerade nicht erreichbar; versuch es gleich noch einmal.</translation>
    </message>
    <message>
        <source>{message} Your accounts are kept.</source>
        <translation>{message} Deine Konten bleiben erhalten.</translation>
    </message>
    <message>
        <source>{message} ({where}; the server said: {detail})</source>
        <comment>for testers: the environment and address, then the server&apos;s own words</comment>
        <translation>{message} ({where}; der Server sagte: {detail})</translation>
    </message>
    <message>
        <source>{message} (the server said: {detail})</source>
        <comment>for testers: the server&apos;s own words</comment>
        <translation>{message} (der Server sagte: {detail})</translation>
    </message>
    <message>
        <source>{message} ({where})</source>
        <comment>for testers: the environment and address</comment>
        <translation>{message} ({where})</translation>
    </message>
    <message>
        <source>The game service sent an answer the launcher does not understand. Try again later.</source>
        <translation>Der Spieldienst hat eine Antwort geschickt, die der Launcher nicht versteht. Versuch es später noch einmal.</translation>
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
<context>
    <name>Profile</name>
    <message>
        <source>Currency</source>
        <translation>Währung</translation>
    </message>
    <message>
        <source>Level</source>
        <translation>Stufe</translation>
    </message>
    <message>
        <source>Experience</source>
        <translation>Erfahrung</translation>
    </message>
</context>
<context>
    <name>ProfilePage</name>
    <message>
        <source>Picture of {name}</source>
        <comment>the player&apos;s picture, for screen readers</comment>
        <translation>Bild von {name}</translation>
    </message>
    <message>
        <source>Player picture</source>
        <translation>Spielerbild</translation>
    </message>
    <message>
        <source>New account</source>
        <comment>a badge beside a player&apos;s name</comment>
        <translation>Neues Konto</translation>
    </message>
    <message>
        <source>Name this account…</source>
        <translation>Konto benennen …</translation>
    </message>
    <message>
        <source>Give this account a name of your own, shown in the list of accounts</source>
        <translation>Gib diesem Konto einen eigenen Namen, der in der Kontenliste steht</translation>
    </message>
    <message>
        <source>Retry</source>
        <comment>beside &quot;Not up to date&quot;: open the account again</comment>
        <translation>Erneut versuchen</translation>
    </message>
    <message>
        <source>Try to open this account again</source>
        <translation>Versuchen, dieses Konto erneut zu öffnen</translation>
    </message>
    <message>
        <source>Details</source>
        <comment>shows the player id and sign-in method</comment>
        <translation>Details</translation>
    </message>
    <message>
        <source>The player id and sign-in method, for the game&apos;s support</source>
        <translation>Die Spieler-ID und die Anmeldemethode, für den Support des Spiels</translation>
    </message>
    <message>
        <source>Signed in with</source>
        <comment>the sign-in method&apos;s key in Details</comment>
        <translation>Angemeldet mit</translation>
    </message>
    <message>
        <source>Last played</source>
        <comment>when this account last played the game</comment>
        <translation>Zuletzt gespielt</translation>
    </message>
    <message>
        <source>Previous sign-in</source>
        <comment>when this account signed in before this time</comment>
        <translation>Vorherige Anmeldung</translation>
    </message>
    <message>
        <source>Player id</source>
        <comment>the player&apos;s id on the game&apos;s servers</comment>
        <translation>Spieler-ID</translation>
    </message>
    <message>
        <source>{game} artwork</source>
        <comment>the game&apos;s banner, for screen readers</comment>
        <translation>{game}-Titelbild</translation>
    </message>
    <message>
        <source>Support</source>
        <comment>a link to the game&apos;s support site</comment>
        <translation>Support</translation>
    </message>
    <message>
        <source>{link} (opens in your browser)</source>
        <comment>a link&apos;s name for screen readers</comment>
        <translation>{link} (öffnet sich im Browser)</translation>
    </message>
    <message>
        <source>Not up to date</source>
        <comment>the profile shown could not be updated</comment>
        <translation>Nicht aktuell</translation>
    </message>
    <message>
        <source>Updating…</source>
        <comment>the profile shown is being updated</comment>
        <translation>Wird aktualisiert …</translation>
    </message>
    <message>
        <source>Shown as it was last time. {reason}</source>
        <comment>{reason}: why it could not be updated</comment>
        <translation>So angezeigt wie beim letzten Mal. {reason}</translation>
    </message>
    <message>
        <source>Shown as it was last time, while it is updated.</source>
        <translation>So angezeigt wie beim letzten Mal, während es aktualisiert wird.</translation>
    </message>
    <message>
        <source>Environment: {name}</source>
        <comment>the servers this account belongs to</comment>
        <translation>Umgebung: {name}</translation>
    </message>
    <message>
        <source>Environment {name}</source>
        <comment>the environment badge, for screen readers</comment>
        <translation>Umgebung {name}</translation>
    </message>
    <message>
        <source>{arrow} Details</source>
        <comment>the button that shows the player id; {arrow} is ▸ or ▾</comment>
        <translation>{arrow} Details</translation>
    </message>
    <message>
        <source>Copy</source>
        <comment>copies a value to the clipboard</comment>
        <translation>Kopieren</translation>
    </message>
    <message>
        <source>Copy player id</source>
        <translation>Spieler-ID kopieren</translation>
    </message>
    <message>
        <source>Copy the player id to the clipboard</source>
        <translation>Die Spieler-ID in die Zwischenablage kopieren</translation>
    </message>
    <message>
        <source>Copy {name}</source>
        <comment>a Copy button&apos;s name for screen readers</comment>
        <translation>{name} kopieren</translation>
    </message>
    <message>
        <source>Copy {name} to the clipboard</source>
        <translation>{name} in die Zwischenablage kopieren</translation>
    </message>
    <message>
        <source>Copied</source>
        <comment>a Copy button after it copied</comment>
        <translation>Kopiert</translation>
    </message>
</context>
<context>
    <name>ProviderPicker</name>
    <message>
        <source>Sign in to {game}</source>
        <translation>Bei {game} anmelden</translation>
    </message>
    <message>
        <source>Choose how you play. You stay signed in on this computer.</source>
        <translation>Wähle, wie du spielst. Du bleibst auf diesem Computer angemeldet.</translation>
    </message>
    <message>
        <source>Choose how you play. You sign in again each time you start.</source>
        <translation>Wähle, wie du spielst. Du meldest dich bei jedem Start neu an.</translation>
    </message>
    <message>
        <source>Testing tools</source>
        <comment>a heading</comment>
        <translation>Testwerkzeuge</translation>
    </message>
    <message>
        <source>For testers: these sign in without a player&apos;s own credentials.</source>
        <translation>Für Tester: Diese melden sich ohne die Zugangsdaten eines Spielers an.</translation>
    </message>
</context>
<context>
    <name>Sidebar</name>
    <message>
        <source>Environment</source>
        <comment>tester mode: which servers the launcher uses</comment>
        <translation>Umgebung</translation>
    </message>
    <message>
        <source>Environment</source>
        <translation>Umgebung</translation>
    </message>
    <message>
        <source>Which servers sign-ins and new accounts use (tester mode)</source>
        <translation>Welche Server Anmeldungen und neue Konten nutzen (Testmodus)</translation>
    </message>
    <message>
        <source>ACCOUNTS</source>
        <comment>the heading of the list of saved accounts (capitals where the language writes headings so)</comment>
        <translation>KONTEN</translation>
    </message>
    <message>
        <source>Filter…</source>
        <comment>filters the list of accounts</comment>
        <translation>Filtern …</translation>
    </message>
    <message>
        <source>Filter accounts</source>
        <translation>Konten filtern</translation>
    </message>
    <message>
        <source>Filter by name, player id, sign-in method or environment</source>
        <translation>Nach Name, Spieler-ID, Anmeldemethode oder Umgebung filtern</translation>
    </message>
    <message>
        <source>Group accounts</source>
        <translation>Konten gruppieren</translation>
    </message>
    <message>
        <source>No groups</source>
        <comment>how the accounts list is grouped</comment>
        <translation>Keine Gruppen</translation>
    </message>
    <message>
        <source>By environment</source>
        <comment>how the accounts list is grouped</comment>
        <translation>Nach Umgebung</translation>
    </message>
    <message>
        <source>By method</source>
        <comment>how the accounts list is grouped: by sign-in method</comment>
        <translation>Nach Methode</translation>
    </message>
    <message>
        <source>Saved accounts</source>
        <translation>Gespeicherte Konten</translation>
    </message>
    <message>
        <source>+  Add account</source>
        <translation>+  Konto hinzufügen</translation>
    </message>
    <message>
        <source>Add account</source>
        <translation>Konto hinzufügen</translation>
    </message>
    <message>
        <source>Sign in with another account ({shortcut})</source>
        <comment>{shortcut}: Ctrl+N</comment>
        <translation>Mit einem weiteren Konto anmelden ({shortcut})</translation>
    </message>
    <message>
        <source>No saved accounts yet.</source>
        <translation>Noch keine gespeicherten Konten.</translation>
    </message>
    <message>
        <source>No account matches “{filter}”.</source>
        <comment>the accounts filter found nothing</comment>
        <translation>Kein Konto passt zu „{filter}“.</translation>
    </message>
    <message>
        <source>Switch to this account</source>
        <translation>Zu diesem Konto wechseln</translation>
    </message>
    <message>
        <source>Copy player id</source>
        <translation>Spieler-ID kopieren</translation>
    </message>
    <message>
        <source>Rename…</source>
        <comment>an account&apos;s menu: give it a name of one&apos;s own</comment>
        <translation>Umbenennen …</translation>
    </message>
    <message>
        <source>Sign out</source>
        <comment>an account&apos;s menu</comment>
        <translation>Abmelden</translation>
    </message>
    <message>
        <source>Remove…</source>
        <comment>an account&apos;s menu: remove it from the launcher</comment>
        <translation>Entfernen …</translation>
    </message>
</context>
<context>
    <name>SignIn</name>
    <message>
        <source>Nothing can be saved on this computer: this session ends when you quit the launcher.</source>
        <translation>Auf diesem Computer kann nichts gespeichert werden: Diese Sitzung endet, wenn du den Launcher beendest.</translation>
    </message>
    <message>
        <source>Forgot password?</source>
        <translation>Passwort vergessen?</translation>
    </message>
    <message>
        <source>Forgot password (opens the website)</source>
        <translation>Passwort vergessen (öffnet die Website)</translation>
    </message>
    <message>
        <source>Create an account</source>
        <translation>Konto erstellen</translation>
    </message>
    <message>
        <source>Create an account (opens the website)</source>
        <translation>Konto erstellen (öffnet die Website)</translation>
    </message>
    <message>
        <source>{arrow} All sign-in methods</source>
        <comment>a button back to the list of sign-in methods; {arrow} is an arrow pointing back</comment>
        <translation>{arrow} Alle Anmeldemethoden</translation>
    </message>
    <message>
        <source>Back to all sign-in methods</source>
        <translation>Zurück zu allen Anmeldemethoden</translation>
    </message>
    <message>
        <source>Back to all sign-in methods (Esc)</source>
        <translation>Zurück zu allen Anmeldemethoden (Esc)</translation>
    </message>
    <message numerus="yes">
        <source>The code works for %n minute(s); a new one appears by itself if it runs out. This page moves on by itself once you have confirmed; Cancel or Esc stops waiting.</source>
        <translation>
            <numerusform>Der Code gilt %n Minute; läuft er ab, erscheint von selbst ein neuer. Diese Seite geht von selbst weiter, sobald du bestätigt hast; Abbrechen oder Esc beendet das Warten.</numerusform>
            <numerusform>Der Code gilt %n Minuten; läuft er ab, erscheint von selbst ein neuer. Diese Seite geht von selbst weiter, sobald du bestätigt hast; Abbrechen oder Esc beendet das Warten.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>SignInMethods</name>
    <message>
        <source>Publisher account</source>
        <comment>a sign-in method</comment>
        <translation>Publisher-Konto</translation>
    </message>
    <message>
        <source>Sign in with your account at the game&apos;s publisher.</source>
        <translation>Melde dich mit deinem Konto beim Publisher des Spiels an.</translation>
    </message>
    <message>
        <source>Sign-in method</source>
        <comment>a field&apos;s label</comment>
        <translation>Anmeldemethode</translation>
    </message>
    <message>
        <source>Username and password</source>
        <translation>Benutzername und Passwort</translation>
    </message>
    <message>
        <source>One-time code</source>
        <translation>Einmalcode</translation>
    </message>
    <message>
        <source>Player id</source>
        <translation>Spieler-ID</translation>
    </message>
    <message>
        <source>Google</source>
        <comment>a sign-in method</comment>
        <translation>Google</translation>
    </message>
    <message>
        <source>Apple</source>
        <comment>a sign-in method</comment>
        <translation>Apple</translation>
    </message>
    <message>
        <source>Username</source>
        <translation>Benutzername</translation>
    </message>
    <message>
        <source>Password</source>
        <comment>a field&apos;s label</comment>
        <translation>Passwort</translation>
    </message>
    <message>
        <source>Player id or SSO token</source>
        <translation>Spieler-ID oder SSO-Token</translation>
    </message>
    <message>
        <source>Player code</source>
        <translation>Spielercode</translation>
    </message>
    <message>
        <source>The player code has 4 or 6 digits.</source>
        <translation>Der Spielercode hat 4 oder 6 Ziffern.</translation>
    </message>
    <message>
        <source>One-time access token</source>
        <translation>Einmal-Zugriffstoken</translation>
    </message>
    <message>
        <source>Publisher token</source>
        <translation>Publisher-Token</translation>
    </message>
    <message>
        <source>From the publisher dashboard. Kept only in the system keychain, for this environment.</source>
        <translation>Aus dem Publisher-Dashboard. Wird nur im Schlüsselbund des Systems gespeichert, für diese Umgebung.</translation>
    </message>
    <message>
        <source>Signing key</source>
        <translation>Signaturschlüssel</translation>
    </message>
    <message>
        <source>The publisher&apos;s main key. Kept only in the system keychain, for this environment.</source>
        <translation>Der Hauptschlüssel des Publishers. Wird nur im Schlüsselbund des Systems gespeichert, für diese Umgebung.</translation>
    </message>
    <message>
        <source>Play online</source>
        <comment>a sign-in method: the game&apos;s servers, after Facebook or a player account</comment>
        <translation>Online spielen</translation>
    </message>
    <message>
        <source>Sign in with Facebook or your player account; the game then connects you to its servers.</source>
        <translation>Melde dich mit Facebook oder deinem Spielerkonto an; danach verbindet dich das Spiel mit seinen Servern.</translation>
    </message>
    <message>
        <source>Email and password</source>
        <comment>a sign-in method</comment>
        <translation>E-Mail und Passwort</translation>
    </message>
    <message>
        <source>Sign in with your game account&apos;s email and password.</source>
        <translation>Melde dich mit der E-Mail-Adresse und dem Passwort deines Spielkontos an.</translation>
    </message>
    <message>
        <source>Email</source>
        <comment>a field&apos;s label</comment>
        <translation>E-Mail</translation>
    </message>
    <message>
        <source>Custom ID</source>
        <comment>a testers&apos; sign-in method: any account id</comment>
        <translation>Eigene ID</translation>
    </message>
    <message>
        <source>Testers: sign in (or create a throwaway account) with any id.</source>
        <translation>Für Tester: Melde dich mit einer beliebigen ID an (oder lege ein Wegwerfkonto an).</translation>
    </message>
    <message>
        <source>Custom ID</source>
        <comment>a field&apos;s label</comment>
        <translation>Eigene ID</translation>
    </message>
    <message>
        <source>The whole credential of this account: kept only in the system keychain.</source>
        <translation>Die vollständigen Zugangsdaten dieses Kontos: werden nur im Schlüsselbund des Systems gespeichert.</translation>
    </message>
    <message>
        <source>Create an account if none is linked</source>
        <translation>Konto anlegen, falls keins verknüpft ist</translation>
    </message>
    <message>
        <source>Player account</source>
        <comment>a sign-in method</comment>
        <translation>Spielerkonto</translation>
    </message>
    <message>
        <source>Sign in with the email and password of your player account.</source>
        <translation>Melde dich mit E-Mail-Adresse und Passwort deines Spielerkontos an.</translation>
    </message>
    <message>
        <source>Continue with Facebook</source>
        <comment>a button</comment>
        <translation>Weiter mit Facebook</translation>
    </message>
    <message>
        <source>You confirm the sign-in on Facebook, in your browser or on your phone.</source>
        <translation>Du bestätigst die Anmeldung auf Facebook, im Browser oder auf deinem Handy.</translation>
    </message>
    <message>
        <source>Facebook</source>
        <comment>a sign-in method</comment>
        <translation>Facebook</translation>
    </message>
    <message>
        <source>Continue with your Facebook account.</source>
        <translation>Mit deinem Facebook-Konto weitermachen.</translation>
    </message>
    <message>
        <source>Facebook access token</source>
        <translation>Facebook-Zugriffstoken</translation>
    </message>
    <message>
        <source>Filled in by “Continue with Facebook”; testers may paste a token.</source>
        <translation>Wird von „Weiter mit Facebook“ ausgefüllt; Tester können ein Token einfügen.</translation>
    </message>
    <message>
        <source>Xbox ID</source>
        <comment>a testers&apos; sign-in method</comment>
        <translation>Xbox-ID</translation>
    </message>
    <message>
        <source>Sign in as any Xbox player with the title&apos;s secret key.</source>
        <translation>Melde dich mit dem geheimen Schlüssel des Titels als beliebiger Xbox-Spieler an.</translation>
    </message>
    <message>
        <source>Xbox ID</source>
        <comment>a field&apos;s label</comment>
        <translation>Xbox-ID</translation>
    </message>
    <message>
        <source>Xbox sandbox</source>
        <translation>Xbox-Sandbox</translation>
    </message>
    <message>
        <source>Title secret key</source>
        <translation>Geheimer Schlüssel des Titels</translation>
    </message>
    <message>
        <source>From PlayFab Game Manager. Kept only in the system keychain, for this environment.</source>
        <translation>Aus dem PlayFab Game Manager. Wird nur im Schlüsselbund des Systems gespeichert, für diese Umgebung.</translation>
    </message>
</context>
<context>
    <name>SignInSteps</name>
    <message>
        <source>Signing in…</source>
        <translation>Anmeldung läuft …</translation>
    </message>
    <message>
        <source>Refreshing your session…</source>
        <translation>Sitzung wird erneuert …</translation>
    </message>
    <message>
        <source>Waiting for you to confirm on Facebook…</source>
        <translation>Warte auf deine Bestätigung auf Facebook …</translation>
    </message>
    <message>
        <source>Authenticating with the publisher…</source>
        <translation>Authentifizierung beim Publisher …</translation>
    </message>
    <message>
        <source>Checking your account…</source>
        <translation>Konto wird geprüft …</translation>
    </message>
    <message>
        <source>Loading your profile…</source>
        <translation>Profil wird geladen …</translation>
    </message>
    <message>
        <source>The game&apos;s servers didn&apos;t answer; your level isn&apos;t shown.</source>
        <translation>Die Server des Spiels haben nicht geantwortet; dein Level wird nicht angezeigt.</translation>
    </message>
    <message>
        <source>Signing in to the game server…</source>
        <translation>Anmeldung am Spielserver …</translation>
    </message>
    <message>
        <source>Loading your game profile…</source>
        <translation>Spielprofil wird geladen …</translation>
    </message>
</context>
<context>
    <name>SingleInstance</name>
    <message>
        <source>Another launcher start asked for a sign-in form; finish or cancel the sign-in in progress first.</source>
        <translation>Ein weiterer Start des Launchers hat ein Anmeldeformular angefordert; schließe die laufende Anmeldung ab oder brich sie zuerst ab.</translation>
    </message>
</context>
<context>
    <name>Tile</name>
    <message>
        <source>{description}
Testing tool: not for players.</source>
        <comment>a testing tool&apos;s tile, under what it does</comment>
        <translation>{description}
Testwerkzeug: nicht für Spieler.</translation>
    </message>
    <message>
        <source>Sign in with {method} (testing tool)</source>
        <translation>Mit {method} anmelden (Testwerkzeug)</translation>
    </message>
    <message>
        <source>Sign in with {method}</source>
        <translation>Mit {method} anmelden</translation>
    </message>
</context>
<context>
    <name>Unavailable</name>
    <message>
        <source>Try again</source>
        <comment>open the account again</comment>
        <translation>Erneut versuchen</translation>
    </message>
    <message>
        <source>Sign in again</source>
        <translation>Erneut anmelden</translation>
    </message>
    <message>
        <source>Sign in for this session</source>
        <translation>Für diese Sitzung anmelden</translation>
    </message>
    <message>
        <source>{account} can&apos;t be opened right now</source>
        <translation>{account} lässt sich gerade nicht öffnen</translation>
    </message>
</context>
</TS>
