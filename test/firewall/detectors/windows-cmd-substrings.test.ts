/**
 * cmd expands `%name:~start,length%` (a substring) and `%name:old=new%` (a replacement) before it
 * runs a line, a known way to spell a command so that no word of it is written out. The command
 * is read as cmd runs it. Ordinary uses of the same syntax (dates, trimmed paths) stay allowed.
 * Every case was written here.
 */
import { decisionTable } from './_scan.js';

const FLAGGED: readonly string[] = [
  'set t=zzvssadmin\n%t:~2% delete shadows /all /quiet',
  'set w=wevtutil.exeQ\n%w:~0,-5% cl System',
  'set x=bcdeditNO & %x:NO=% /set {default} recoveryenabled no',
  'set r=HKLM\\SOFTWARE\\Microsoft\\Windows\\CurrentVersion\\R#u#n\nreg add %r:#=% /v helper /d C:\\Users\\Public\\helper.exe /f',
];

const ALLOWED: readonly string[] = [
  'set stamp=%date:~-4%%date:~4,2%%date:~7,2%\necho Backup folder: D:\\backups\\%stamp%',
  'set name=report_final.docx\necho %name:_final=%',
  'set p=C:\\build\\out\\\necho Cleaning %p:~0,-1% before the next build',
];

decisionTable('cmd substrings and replacements', FLAGGED, ALLOWED);

/** `cmd /c "…"` with quotes inside: cmd drops the outer two and runs the rest, inner quotes and all. */
decisionTable(
  'cmd /c with an outer pair of quotes',
  [
    'cmd.exe /c "reg add "HKLM\\SOFTWARE\\Microsoft\\Windows NT\\CurrentVersion\\Winlogon" /v Userinit /d "C:\\Windows\\system32\\userinit.exe,C:\\Users\\Public\\svc.exe" /f"',
    'cmd /k "schtasks /create /tn "Edge Update" /tr "C:\\Users\\Public\\upd.exe" /sc onlogon /ru SYSTEM"',
  ],
  ['cmd /c "dir "C:\\Program Files" /s"', 'cmd /c "type "C:\\Users\\me\\notes\\todo list.txt""'],
);
