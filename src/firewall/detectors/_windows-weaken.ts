/**
 * A Windows protection switched off by the setting that holds it: a configuration cmdlet's
 * parameter (`Set-SmbServerConfiguration -RequireSecuritySignature $false`,
 * `Set-SmbClientConfiguration -EnableInsecureGuestLogons $true`), a registry value written with
 * `reg add … /v … /d` or `Set-ItemProperty -Name … -Value …` (`RunAsPPL` 0, `EnableLUA` 0), or an
 * application-control policy removed with `CiTool --remove-policy`.
 *
 * The reading is by the setting's name: a name that speaks of a protection (signing, encryption,
 * integrity, protected processes, account control, script logging, validation) turned off; a name
 * that turns one off (`Disable…`, `Skip…`, `Bypass…`) turned on; or a name that lets something weak
 * in (`Enable…Insecure…`, `Allow…Unencrypted…`, `…SMB1…`) turned on. A setting of any other name,
 * or a protection turned on, is not a finding.
 *
 * @internal Not part of the public API.
 */

/**
 * Parts of a setting's name (lower-case) that speak of a protection. Read as parts, since a
 * name is written in one case as often as in camel case (`requiresecuritysignature`).
 */
const PROTECTION =
  /signature|signing|signed|encrypt|secur|protect|integrity|audit|validat|verif|tamper|smartscreen|^enablelua$|runasppl|hvci|amsi|scriptblocklogging|transcription|realtimemonitoring|behaviormonitoring|scriptscanning|firewall|antivirus|antispyware|bitlocker/;
/** Parts of a setting's name that let something weak in. */
const WEAK = /insecure|unencrypted|unsigned|anonymous|guest|plaintext|smb1|ntlmv1|legacyauth|weakcrypto/;
/** The start of a name that turns a protection off when the setting is on. */
const TURNS_OFF = /^(?:disable|skip|bypass|ignore)/;
/** The start of a name that lets something in when the setting is on. */
const LETS_IN = /^(?:enable|allow|permit|accept)/;

/** A value that turns a setting off, and one that turns it on (lower-case, quotes removed). */
const OFF = /^(?:\$false|false|0|0x0+|disabled?|off|no)$/;
const ON = /^(?:\$true|true|1|0x0*1|enabled?|on|yes)$/;

/** Whether setting `name` (as written, any case) to `value` switches a protection off. */
export function weakens(name: string, value: string): boolean {
  if (name.length < 3 || name.length > 64) return false;
  const n = name.toLowerCase();
  const v = value.replace(/^['"]|['"]$/g, '').toLowerCase();
  const off = OFF.test(v);
  const on = !off && ON.test(v);
  if (!off && !on) return false;
  if (WEAK.test(n)) return on && LETS_IN.test(n);
  if (!PROTECTION.test(n)) return false;
  return TURNS_OFF.test(n) ? on : off;
}

/**
 * Whether a command (its program's name, lower-case, and its arguments as written) switches a
 * protection off through a setting: a `Set-…` cmdlet's `-Name value` or `-Name:value`, `reg add`'s
 * `/v name … /d value`, `Set-ItemProperty`'s / `New-ItemProperty`'s `-Name … -Value …`, or CiTool
 * removing an application-control policy. Linear in the arguments.
 */
export function weakenedSetting(prog: string, args: readonly string[]): boolean {
  if (prog === 'citool' || prog === 'citool.exe') return args.some((a) => /^(?:--remove-policy|-rp|\/rp)$/i.test(a));
  if (prog === 'reg' || prog === 'reg.exe') {
    if ((args[0] ?? '').toLowerCase() !== 'add') return false;
    const name = valueAfter(args, (a) => a.toLowerCase() === '/v');
    const data = valueAfter(args, (a) => a.toLowerCase() === '/d');
    return name !== null && data !== null && weakens(name, data);
  }
  if (prog === 'set-itemproperty' || prog === 'new-itemproperty' || prog === 'sp') {
    const name = valueAfter(args, (a) => /^-name$/i.test(a));
    const data = valueAfter(args, (a) => /^-value$/i.test(a));
    return name !== null && data !== null && weakens(name, data);
  }
  if (!prog.startsWith('set-')) return false;
  for (let i = 0; i < args.length; i++) {
    const a = args[i] as string;
    if (a.length < 4 || a.charCodeAt(0) !== 45) continue;
    const colon = a.indexOf(':');
    if (colon > 1) {
      if (weakens(a.slice(1, colon), a.slice(colon + 1))) return true;
    } else if (i + 1 < args.length && weakens(a.slice(1), args[i + 1] as string)) return true;
  }
  return false;
}

/** The argument after the first one `is` accepts, with its quotes removed; null when there is none. */
function valueAfter(args: readonly string[], is: (a: string) => boolean): string | null {
  for (let i = 0; i + 1 < args.length; i++) {
    if (is(args[i] as string)) return (args[i + 1] as string).replace(/^['"]|['"]$/g, '');
  }
  return null;
}
