/**
 * Windows names bent by a slip of the keyboard: `rundll32 comsvc.dll, MiniDmp`, `regsvrr32 … scrboj.dll`,
 * `AppInt_DLLs`, `Start-BitTransfer`. Windows refuses such a line, but the model that acts on it
 * corrects the spelling and runs it, so the names that make a Windows command what it is (the
 * system's programs and libraries that run other code, the exports that dump memory, the registry
 * values that load code at logon, the cmdlets that fetch files or turn a defence off) are read as
 * meant when a word is one slip from one of them: a letter missing, extra or changed, or two
 * neighbours swapped (see {@link slipOf}). Every other word stays as written. The reading is
 * returned for the detectors to examine again.
 *
 * Linear in the line: a word is compared only with the names of its first letter and length.
 *
 * @internal Not part of the public API.
 */
import { slipOf } from './_sql-slips.js';

/** The names read through a slip (lower case, five letters or more). */
const NAMES = `comsvcs minidump lsass appinit_dlls loadappinit_dlls userinit winlogon scrobj regsvr32 rundll32
mshta certutil bitsadmin start-bitstransfer wevtutil vssadmin shadowcopy sekurlsa logonpasswords procdump
invoke-expression downloadstring downloadfile set-mppreference add-mppreference disablerealtimemonitoring
exclusionpath schtasks msiexec cmstp installutil regasm regsvcs odbcconf`.split(/\s+/);

/** The names by first letter. */
const BY_FIRST = new Map<string, string[]>();
for (const n of NAMES) {
  const list = BY_FIRST.get(n[0] as string) ?? [];
  list.push(n);
  BY_FIRST.set(n[0] as string, list);
}

/** Longest line read. */
const MAX_LINE = 2048;
/** A word of a command line: letters, digits, `_` and inner `-`. */
const WORD = /[A-Za-z][A-Za-z0-9_]*(?:-[A-Za-z0-9_]+)*/g;

/** The first look: a mark of a Windows command line (a backslash, `.dll`, `.exe`, a cmdlet's dash, a `/` switch). */
function windowsLike(line: string): boolean {
  return (
    line.indexOf('\\') >= 0 ||
    programDot(line) ||
    // (each expression only where its mark, `-` or ` /`, stands: a native search looks first)
    (line.indexOf('-') >= 0 && /\b[A-Z][a-z]+-[A-Z][a-z]+/.test(line)) ||
    // a switch stands alone (`/c `, `/q`, `/d:`), where a Unix path goes on (`/etc/`, `/api`)
    (line.indexOf(' /') >= 0 && / \/[a-zA-Z]{1,3}(?=[\s:]|$)/.test(line))
  );
}

/** Whether `.dll`, `.exe`, `.DLL` or `.EXE` stands in `line`: each `.` found by a native search is read on. */
function programDot(line: string): boolean {
  for (let i = line.indexOf('.'); i >= 0; i = line.indexOf('.', i + 1)) {
    const x = line.charCodeAt(i + 1);
    const y = line.charCodeAt(i + 2);
    const z = line.charCodeAt(i + 3);
    if ((x === 100 && y === 108 && z === 108) || (x === 101 && y === 120 && z === 101)) return true; // dll, exe
    if ((x === 68 && y === 76 && z === 76) || (x === 69 && y === 88 && z === 69)) return true; // DLL, EXE
  }
  return false;
}

/** The line with each word one slip from a Windows name written as that name; null when none is. */
export function windowsSlipReading(line: string): string | null {
  if (line.length < 8 || line.length > MAX_LINE || !windowsLike(line)) return null;
  // \`out\` gathers the line up to \`from\`, with each bent name written as meant.
  let out = '';
  let from = 0;
  WORD.lastIndex = 0;
  for (let m = WORD.exec(line); m !== null; m = WORD.exec(line)) {
    const w = m[0];
    if (w.length < 5 || w.length > 26) continue;
    const lower = w.toLowerCase();
    const list = BY_FIRST.get(lower[0] as string);
    if (list === undefined) continue;
    let hit: string | null = null;
    for (const n of list) {
      if (Math.abs(n.length - lower.length) > 1) continue;
      if (n === lower) {
        hit = null;
        break;
      }
      if (hit === null && slipOf(lower, n)) hit = n;
    }
    if (hit === null) continue;
    out += line.slice(from, m.index) + hit;
    from = m.index + w.length;
  }
  const read = from === 0 ? line : out + line.slice(from);
  // A web address whose scheme a slip bent (`htp://`, `htps://`, `htpp://`).
  const fixed = read.indexOf('://') >= 0 ? read.replace(BENT_SCHEME, 'http$1://') : read;
  return fixed === line ? null : fixed;
}

/** A scheme one slip from `http` or `https`. */
const BENT_SCHEME = /\b(?:htp|htpp|hhtp|htttp|htpt|hdtp|thtp)(s?):\/\//gi;
