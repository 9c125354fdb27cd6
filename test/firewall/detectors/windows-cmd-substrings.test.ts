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
