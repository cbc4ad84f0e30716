; Inno Setup 6.3 (or later) script: the Windows setup program for antiviolenza-desktop.
;
; Built by installer/build-windows.ps1 after PyInstaller made dist\antiviolenza-desktop and
; its self-test passed:  ISCC /DAppVersion=0.1.0 installer\antiviolenza.iss
; Output: dist\installer\antiviolenza-desktop-setup-<version>.exe
;
; Decisions:
; - Per-machine by default, into {autopf} (C:\Program Files\antiviolenza-desktop). The laptops
;   are shared office machines: one installation serves every Windows account, and the program
;   folder is writable only by administrators, so a program running as an ordinary user cannot
;   replace the executables or the DLLs (a per-user install in AppData would be writable).
;   Someone without administrator rights may still choose "only for me" in the first dialog
;   (PrivilegesRequiredOverridesAllowed=dialog): it then goes to {userpf}.
; - The application never writes into its program folder: every store, copy and setting lives
;   in each user's %LOCALAPPDATA%\antiviolenza-desktop (platformdirs' user data folder).
;   Setup never creates, and uninstall never deletes, anything there: uninstalling keeps the
;   encrypted stores and their copies. Deleting them is a deliberate act (see README).
; - The AppId below is fixed forever: it is how Windows recognises upgrades and the uninstall
;   entry. Never change it, never reuse it for another program.

#if VER < EncodeVer(6,3,0)
  #error Inno Setup 6.3 or later is required (x64compatible, UTF-8 scripts without a BOM)
#endif
#ifndef AppVersion
  #error Pass the version: ISCC /DAppVersion=X.Y.Z installer\antiviolenza.iss
#endif
#ifndef AppNumVersion
  ; The numeric part of the version (0.2.0 of 0.2.0rc1): VersionInfoVersion takes digits only.
  #define AppNumVersion AppVersion
#endif

#define AppName "Rete antiviolenza"
#define AppSlug "antiviolenza-desktop"
#define GuiExe "antiviolenza-gui.exe"

[Setup]
AppId={{986CE54B-D54B-4E38-BB75-E2AF4FDC02CC}
AppName={#AppName}
AppVersion={#AppVersion}
AppVerName={#AppName} {#AppVersion}
AppPublisher=Rete antiviolenza della Provincia di Cremona
VersionInfoVersion={#AppNumVersion}
VersionInfoProductName={#AppSlug}
DefaultDirName={autopf}\{#AppSlug}
DefaultGroupName={#AppName}
DisableProgramGroupPage=yes
PrivilegesRequired=admin
PrivilegesRequiredOverridesAllowed=dialog
ArchitecturesAllowed=x64compatible
ArchitecturesInstallIn64BitMode=x64compatible
; Qt 6.11 needs Windows 10 1809 or later.
MinVersion=10.0.17763
LicenseFile=..\LICENSE
SetupIconFile=..\resources\icons\antiviolenza.ico
UninstallDisplayIcon={app}\{#GuiExe}
UninstallDisplayName={#AppName} {#AppVersion}
OutputDir=..\dist\installer
OutputBaseFilename={#AppSlug}-setup-{#AppVersion}
Compression=lzma2/max
SolidCompression=yes
WizardStyle=modern
CloseApplications=yes
RestartApplications=no
ShowLanguageDialog=auto

[Languages]
Name: "italian"; MessagesFile: "compiler:Languages\Italian.isl"
Name: "english"; MessagesFile: "compiler:Default.isl"

[CustomMessages]
italian.DesktopIconTask=Crea un'icona sul desktop
english.DesktopIconTask=Create a desktop icon
italian.SelfTestName=Autodiagnosi dell'installazione
english.SelfTestName=Installation self-test
italian.LaunchApp=Avvia {#AppName}
english.LaunchApp=Start {#AppName}

[Tasks]
Name: "desktopicon"; Description: "{cm:DesktopIconTask}"; Flags: unchecked

[InstallDelete]
; An upgrade replaces the whole runtime: a file left by the previous version (a renamed
; migration, a Qt plugin of an older Qt) would be loaded beside the new ones. Only the program
; folder's _internal goes; user data lives in %LOCALAPPDATA%.
Type: filesandordirs; Name: "{app}\_internal"

[Files]
; The whole PyInstaller folder: both programs, _internal\ (PySide6, shiboken6 and stdnum as
; replaceable files, see THIRD-PARTY-NOTICES.txt), the licence and the notices (copied into the
; folder by build-windows.ps1).
Source: "..\dist\{#AppSlug}\*"; DestDir: "{app}"; Flags: ignoreversion recursesubdirs createallsubdirs

[Icons]
; No WorkingDir: in a per-machine install {userdocs} would be the installing administrator's
; folder, unreadable for the other accounts; the application needs no working folder.
Name: "{autoprograms}\{#AppName}"; Filename: "{app}\{#GuiExe}"
Name: "{autoprograms}\{#AppName} – {cm:SelfTestName}"; Filename: "{cmd}"; Parameters: "/k """"{app}\antiviolenza.exe"" self-test"""; IconFilename: "{app}\{#GuiExe}"
Name: "{autodesktop}\{#AppName}"; Filename: "{app}\{#GuiExe}"; Tasks: desktopicon

[Run]
Filename: "{app}\{#GuiExe}"; Description: "{cm:LaunchApp}"; Flags: nowait postinstall skipifsilent

[UninstallDelete]
; Only what setup itself put in {app}: never %LOCALAPPDATA%\antiviolenza-desktop (the stores).
Type: dirifempty; Name: "{app}"
