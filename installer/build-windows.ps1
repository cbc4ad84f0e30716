<#
.SYNOPSIS
  Build the Windows setup program of antiviolenza-desktop on a Windows 10/11 x64 machine.

.DESCRIPTION
  From a clean checkout, in order, stopping at the first failure:
    1. a fresh venv in build\venv-windows with Python 3.11 (the py launcher);
    2. the locked dependencies, every file checked against its hash
       (pip install --require-hashes -r installer\requirements-windows.txt: runtime + PyInstaller);
    3. PyInstaller with installer\antiviolenza.spec -> dist\antiviolenza-desktop\;
    4. the third-party notices generated for this Windows closure, and the frozen self-tests:
       antiviolenza.exe self-test, then antiviolenza-gui.exe --self-test offscreen (every check,
       Qt included); a failing check stops the build; the MSVC runtime DLLs must be in the folder
       (the build machine's System32 would hide their absence);
    5. Inno Setup's compiler -> dist\installer\antiviolenza-desktop-setup-<version>.exe.

  Needs: Python 3.11 x64 from python.org (with the py launcher), Inno Setup 6.3 or later
  (ISCC.exe), a network connection to PyPI. Run from a PowerShell prompt in the repository:
      powershell -ExecutionPolicy Bypass -File installer\build-windows.ps1

  The programs and the setup are not code-signed by this script: sign
  dist\antiviolenza-desktop\antiviolenza*.exe and then the setup with signtool
  (/fd sha256 /tr <timestamp server> /td sha256) when the office has a certificate; unsigned,
  SmartScreen asks «Ulteriori informazioni > Esegui comunque» (see README, «Installing»).

.PARAMETER Iscc
  Path to ISCC.exe, if it is not in the default Inno Setup 6 folder nor on PATH.
#>
[CmdletBinding()]
param(
    [string]$Iscc = ""
)

$ErrorActionPreference = 'Stop'
Set-StrictMode -Version Latest

function Invoke-Step {
    # Run a native command; a non-zero exit code stops the build (PowerShell would go on).
    # Within the step, stderr lines (pip's notices, PyInstaller's warnings) are not errors:
    # Windows PowerShell 5.1 would otherwise stop on the first one when output is redirected.
    param([string]$What, [scriptblock]$Command)
    Write-Host "==> $What"
    $ErrorActionPreference = 'Continue'
    & $Command
    if ($LASTEXITCODE -ne 0) {
        throw "$What failed (exit code $LASTEXITCODE)"
    }
}

function Find-Iscc {
    if ($Iscc) { return $Iscc }
    $candidates = @(
        (Join-Path ${env:ProgramFiles(x86)} 'Inno Setup 6\ISCC.exe'),
        (Join-Path $env:ProgramFiles 'Inno Setup 6\ISCC.exe'),
        (Join-Path $env:LOCALAPPDATA 'Programs\Inno Setup 6\ISCC.exe')
    )
    foreach ($candidate in $candidates) {
        if (Test-Path $candidate) { return $candidate }
    }
    $onPath = Get-Command ISCC.exe -ErrorAction SilentlyContinue
    if ($onPath) { return $onPath.Source }
    throw 'ISCC.exe not found: install Inno Setup 6.3 or later or pass -Iscc C:\path\to\ISCC.exe'
}

$Root = Split-Path -Parent $PSScriptRoot
Push-Location $Root
try {
    $Version = (Select-String -Path pyproject.toml -Pattern '^version = "(.+)"$').Matches[0].Groups[1].Value
    # VersionInfoVersion takes digits only: 0.2.0 of 0.2.0rc1.
    $NumVersion = [regex]::Match($Version, '^\d+(\.\d+){0,3}').Value
    Write-Host "antiviolenza-desktop $Version"
    $IsccPath = Find-Iscc

    $Venv = Join-Path $Root 'build\venv-windows'
    if (Test-Path $Venv) { Remove-Item -Recurse -Force $Venv }
    Invoke-Step 'Create the venv (Python 3.11)' { py -3.11 -m venv $Venv }
    $Python = Join-Path $Venv 'Scripts\python.exe'
    Invoke-Step 'Install the locked dependencies (hashes checked)' {
        & $Python -m pip install --require-hashes --no-deps --only-binary :all: -r installer\requirements-windows.txt
    }

    # The application is frozen from src\ (not installed): PyInstaller and its hooks import it.
    $env:PYTHONPATH = Join-Path $Root 'src'
    $Dist = Join-Path $Root 'dist'
    $Folder = Join-Path $Dist 'antiviolenza-desktop'
    Invoke-Step 'PyInstaller' {
        & $Python -m PyInstaller --noconfirm --clean --log-level WARN --distpath $Dist `
            --workpath (Join-Path $Root 'build\pyinstaller') installer\antiviolenza.spec
    }
    Copy-Item LICENSE -Destination (Join-Path $Folder 'LICENSE.txt')
    Invoke-Step 'Third-party notices of the Windows build' {
        & $Python tools\third_party_notices.py (Join-Path $Folder 'THIRD-PARTY-NOTICES.txt')
    }
    Remove-Item Env:PYTHONPATH

    # Python's runtime lands in _internal\, Qt's (msvcp140) beside PySide6: look anywhere.
    foreach ($dll in 'vcruntime140.dll', 'vcruntime140_1.dll', 'msvcp140.dll') {
        if (-not (Get-ChildItem -Path (Join-Path $Folder '_internal') -Recurse -Filter $dll)) {
            throw "The MSVC runtime $dll is missing from the folder: it would not start on a clean machine"
        }
    }

    Invoke-Step 'Frozen self-test (command line)' { & (Join-Path $Folder 'antiviolenza.exe') self-test }
    # The GUI program is windowed: run it with redirected output and wait for its exit code.
    $env:QT_QPA_PLATFORM = 'offscreen'
    $log = Join-Path $Root 'build\gui-self-test.txt'
    $errors = Join-Path $Root 'build\gui-self-test-errors.txt'
    $gui = Start-Process -FilePath (Join-Path $Folder 'antiviolenza-gui.exe') -ArgumentList '--self-test' `
        -RedirectStandardOutput $log -RedirectStandardError $errors -NoNewWindow -Wait -PassThru
    Remove-Item Env:QT_QPA_PLATFORM
    Get-Content -Encoding UTF8 $log, $errors | Write-Host
    if ($gui.ExitCode -ne 0) {
        throw "Frozen self-test (GUI) failed (exit code $($gui.ExitCode))"
    }

    Invoke-Step 'Inno Setup' {
        & $IsccPath "/DAppVersion=$Version" "/DAppNumVersion=$NumVersion" installer\antiviolenza.iss
    }
    $Setup = Join-Path $Dist "installer\antiviolenza-desktop-setup-$Version.exe"
    if (-not (Test-Path $Setup)) { throw "The setup program was not produced: $Setup" }
    $Hash = (Get-FileHash -Algorithm SHA256 $Setup).Hash
    Write-Host "Done: $Setup"
    Write-Host "SHA-256: $Hash"
}
finally {
    # A failed step must not leave the caller's shell offscreen or pointed at src\.
    Remove-Item Env:PYTHONPATH, Env:QT_QPA_PLATFORM -ErrorAction SilentlyContinue
    Pop-Location
}
