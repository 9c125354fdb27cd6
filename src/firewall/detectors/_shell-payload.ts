/**
 * Internal: the text a pipe of decoders hands its interpreter, when every byte of it is on the line.
 *
 * `echo <base64> | base64 -d | sh`, `echo <base64> | base64 -d | gunzip | bash` and `printf <hex> |
 * xxd -r -p | sh` run a payload written out literally: decoded here within fixed bounds, it is the command the pipe
 * runs, read like any other. A payload from a file, a variable, a download or any decoder this
 * module does not know stays unread (null), and the pipe stays suspect.
 */
import { decodeBase64Loose } from '../../text/_base64.js';
import { hexValue, isMostlyText, MAX_DECODED, utf8 } from './_encoding-decode.js';
import { gunzip } from './_encoding-inflate.js';

/** One decoding step of the pipe, by its program's words (`base64 -d`, `gunzip`, `xxd -r -p`). */
type Step = (input: Uint8Array) => Uint8Array | null;

const bytesOf = (s: string): Uint8Array => {
  const b = new Uint8Array(s.length);
  for (let i = 0; i < s.length; i++) b[i] = s.charCodeAt(i) & 0xff;
  return b;
};
const textOf = (b: Uint8Array): string => {
  let s = '';
  for (let i = 0; i < b.length; i++) s += String.fromCharCode(b[i] as number);
  return s;
};

function base64Step(input: Uint8Array): Uint8Array | null {
  const s = textOf(input).trim();
  if (!/^[A-Za-z0-9+/\s]+={0,2}$/.test(s)) return null;
  const flat = s.replace(/\s+/g, '');
  return (decodeBase64Loose(flat, 0, flat.replace(/=+$/, '').length, MAX_DECODED * 2, 'stop') as Uint8Array) ?? null;
}

function hexStep(input: Uint8Array): Uint8Array | null {
  const s = textOf(input).replace(/\s+/g, '');
  if (!/^(?:[0-9a-fA-F]{2})+$/.test(s) || s.length > MAX_DECODED * 4) return null;
  const out = new Uint8Array(s.length / 2);
  for (let i = 0; i < out.length; i++)
    out[i] = (hexValue(s.charCodeAt(2 * i)) << 4) | hexValue(s.charCodeAt(2 * i + 1));
  return out;
}

/** The decoding step a command's words name, or null for any other command or option. */
function stepOf(words: readonly string[]): Step | null {
  const [prog, ...args] = words;
  const flags = args.join(' ');
  if (prog === 'base64' && /^(?:-d|--decode|-D)(?: -[iw0]+)?$/.test(flags)) return base64Step;
  if (prog === 'xxd' && /^(?:-r -p|-p -r|-rp|-r -ps|-ps -r)$/.test(flags)) return hexStep;
  if ((prog === 'gunzip' || prog === 'zcat') && /^(?:-[cf]+)?(?: -[cf]+)?$/.test(flags)) return gunzip;
  if (prog === 'gzip' && /^(?:-d[cf]*|-[cf]*d[cf]*|--decompress)(?: -[cf]+)?$/.test(flags)) return gunzip;
  return null;
}

/**
 * The text the literal `source` becomes through the decoders named by `steps` (each a command's
 * words, in pipe order), or null when a step is unknown, the input does not decode, or the result
 * is not mostly text.
 */
export function decodedThrough(source: Uint8Array | string, steps: readonly (readonly string[])[]): string | null {
  if (steps.length === 0 || steps.length > 4) return null;
  let data: Uint8Array | null = typeof source === 'string' ? bytesOf(source) : source;
  for (const words of steps) {
    const step = stepOf(words);
    if (step === null || data === null) return null;
    data = step(data);
  }
  if (data === null || data.length === 0 || data.length > MAX_DECODED) return null;
  const text = utf8(data);
  return isMostlyText(text) ? text : null;
}
