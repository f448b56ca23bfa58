; Inno Setup snippet: register the game's link scheme (<scheme>://...) so that a web page or a bug tracker opens
; the launcher on an account. This project ships no Windows installer; a studio's installer script includes
; this file (#include "url-scheme.iss") after defining the four values below from its manifest's [game]:
;   #define AppId "starfall-tactics"        ; [game] id (the executable is {app}\<AppId>.exe)
;   #define AppName "Starfall Tactics"      ; [game] name
;   #define UrlScheme "starfall-tactics"    ; [game] url_scheme (else the app id)
;   #define AppExe AppId + ".exe"
; Per user (HKCU: no administrator needed), removed again on uninstall. The launcher receives
; `open "<url>"`, as the .deb's and the macOS bundle's registrations give it (docs/cli-contract.md: launcher open).

[Registry]
Root: HKCU; Subkey: "Software\Classes\{#UrlScheme}"; ValueType: string; ValueName: ""; ValueData: "URL:{#AppName}"; Flags: uninsdeletekey
Root: HKCU; Subkey: "Software\Classes\{#UrlScheme}"; ValueType: string; ValueName: "URL Protocol"; ValueData: ""
Root: HKCU; Subkey: "Software\Classes\{#UrlScheme}\DefaultIcon"; ValueType: string; ValueName: ""; ValueData: """{app}\{#AppExe}"",0"
Root: HKCU; Subkey: "Software\Classes\{#UrlScheme}\shell\open\command"; ValueType: string; ValueName: ""; ValueData: """{app}\{#AppExe}"" open ""%1"""
