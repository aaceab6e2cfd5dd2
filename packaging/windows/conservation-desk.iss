; Inno Setup 6 script: turns the one-folder build (dist\conservation-desk, made on Windows
; by PyInstaller with packaging\conservation-desk.spec) into one installer .exe.
;
;   "C:\Program Files (x86)\Inno Setup 6\ISCC.exe" /DAppVersion=0.1.0 packaging\windows\conservation-desk.iss
;
; -> dist\conservation-desk-0.1.0-setup.exe. See packaging\windows\BUILD.md.
;
; - Per-user install, no administrator rights: %LOCALAPPDATA%\Programs\Conservation Desk.
; - A Start-menu shortcut (and, if chosen, one on the desktop) to ConservationDesk.exe, the
;   windowed program; conservation-desk.exe beside it is the command line.
; - The installer speaks Spanish or English (the computer's language decides; Spanish when
;   it is neither).
; - The uninstaller removes only the program. The user's data (databases, backups,
;   settings, template overrides) lives in %LOCALAPPDATA%\ConservationDesk, a different
;   folder that this script never names for deletion: it survives uninstalling, reinstalling
;   and upgrading, and the program upgrades an older database after backing it up.

#ifndef AppVersion
  #define AppVersion "0.1.0"
#endif
#define AppName "Conservation Desk"
#define AppExe "ConservationDesk.exe"
#define Bundle "..\..\dist\conservation-desk"

[Setup]
; The AppId identifies the program across versions (upgrades replace it): never change it.
AppId={{FCEC6FC6-D52B-497D-BBBD-80F8F0C6FECB}
AppName={#AppName}
AppVersion={#AppVersion}
AppVerName={#AppName} {#AppVersion}
AppPublisher=Conservation Desk
DefaultDirName={autopf}\{#AppName}
DefaultGroupName={#AppName}
DisableProgramGroupPage=yes
PrivilegesRequired=lowest
ArchitecturesAllowed=x64compatible
ArchitecturesInstallIn64BitMode=x64compatible
MinVersion=10.0
OutputDir=..\..\dist
OutputBaseFilename=conservation-desk-{#AppVersion}-setup
SetupIconFile=..\..\resources\icons\conservation-desk.ico
UninstallDisplayIcon={app}\{#AppExe}
UninstallDisplayName={#AppName}
Compression=lzma2
SolidCompression=yes
WizardStyle=modern
ShowLanguageDialog=auto
CloseApplications=yes

[Languages]
; The first entry is used when the computer's language is neither of these.
Name: "es"; MessagesFile: "compiler:Languages\Spanish.isl"
Name: "en"; MessagesFile: "compiler:Default.isl"

[CustomMessages]
es.AppComment=Familias, acuerdos de conservación, capacitaciones y acopio de café
en.AppComment=Families, conservation agreements, training and coffee deliveries
es.DataKept=El programa se desinstaló. Sus datos (bases de datos, copias de seguridad y configuración) se conservan en:%n%n%1
en.DataKept=The program was uninstalled. Your data (databases, backups and settings) is kept in:%n%n%1

[Tasks]
Name: "desktopicon"; Description: "{cm:CreateDesktopIcon}"; GroupDescription: "{cm:AdditionalIcons}"; Flags: unchecked

[InstallDelete]
; An upgrade replaces the program's files; nothing of an older version is left behind.
Type: filesandordirs; Name: "{app}\_internal"

[Files]
Source: "{#Bundle}\*"; DestDir: "{app}"; Flags: ignoreversion recursesubdirs createallsubdirs

[Icons]
Name: "{group}\{#AppName}"; Filename: "{app}\{#AppExe}"; WorkingDir: "{app}"; Comment: "{cm:AppComment}"
Name: "{group}\{cm:UninstallProgram,{#AppName}}"; Filename: "{uninstallexe}"
Name: "{autodesktop}\{#AppName}"; Filename: "{app}\{#AppExe}"; WorkingDir: "{app}"; Comment: "{cm:AppComment}"; Tasks: desktopicon

[Run]
Filename: "{app}\{#AppExe}"; Description: "{cm:LaunchProgram,{#AppName}}"; Flags: nowait postinstall skipifsilent

[Code]
procedure CurUninstallStepChanged(CurUninstallStep: TUninstallStep);
begin
  if (CurUninstallStep = usPostUninstall) and not UninstallSilent() then
    MsgBox(FmtMessage(CustomMessage('DataKept'), [ExpandConstant('{localappdata}\ConservationDesk')]),
      mbInformation, MB_OK);
end;
