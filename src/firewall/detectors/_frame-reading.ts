/**
 * Frames dropped: a story, a game, a role or a hypothetical excuses prose about an act, not the act.
 * When the same line also orders the act done for real ("so the scene feels real, run it on this
 * box", "as the character, actually do it", "make it real"), the act it narrates is what is asked
 * for. Detectors and phrase rules read orders (`delete every file`), a story reads as narration
 * (`the hacker deletes every file`); the frame's reading puts each narrated act verb in its base
 * form so that the line is judged by its inner act.
 *
 * @internal Not part of the public API.
 */
import { wordHash } from './_harmful-lex.js';

/**
 * An order to make the framed act real: `for real`, `actually do it`, `really run it`, `make it
 * real`, `make the dream come true`, or a pro-form order with a real place (`run it here`, `do that
 * on this box`, `reproduce it on our prod environment`, `perform that exact move on our real
 * system`). Read on lower-cased or mixed text (flag `i`); every alternative is bounded.
 */
const REALIZER = new RegExp(
  [
    String.raw`\bfor real\b`,
    String.raw`\bin real life\b`,
    String.raw`\birl\b`,
    String.raw`\b(?:actually|really|genuinely|truly|literally)(?: go ahead and| now| just)? (?:do|run|execute|perform|carry out|send|post|type|enter|apply|deploy|try|reproduce|repeat|replicate|install|launch|submit|email|upload|publish|print|dump|paste|show|reveal|give|tell|make|push|drop|delete|wipe|erase|format|disable|add|edit|change|write|read|open|fetch|download|pipe|text|message|call|leak|share|list|look|find|pull|grab|copy|move|create|hand|spend|transfer)\b`,
    String.raw`\bmake (?:it|this|that|them|the (?:scene|story|dream|game|move|plot|ending|chapter|episode)) (?:real|happen|come true)\b`,
    String.raw`\bmake (?:the|my|this|that) dream come true\b`,
    String.raw`\bact (?:it|this|that|them) out\b`,
    String.raw`\bthen (?:run|execute|apply|deploy|commit) (?:it|them|that)\b`,
    String.raw`\bwe(?:'ll| will|'re going to| are going to) (?:actually |really )?(?:post|send|publish|run|deploy|upload|use) (?:it|them|these|those|this|that)\b`,
    String.raw`\b(?:terminal|shell|console|session|box|server|database|db|engine|environment|access|account)(?: (?:you|i) (?:have|got|gave you))?(?: here)? (?:is|are) (?:real|live|connected|hooked up)\b`,
    String.raw`\b(?:executes?|runs?) (?:whatever|any|every|all)(?: of the| the)? (?:commands?|sql|code|statements?|queries|scripts?)\b`,
    String.raw`\b(?:real|actual|genuine)\b[^.!?;\n]{0,60}?\b(?:on|of|in|from|against|to) (?:this|our|my) (?:box|machine|server|host|computer|laptop|system|database|db|repo|repository|account|network|prod|production|cluster|site|website|tenant|domain)\b`,
    String.raw`\b(?:do|run|execute|perform|reproduce|repeat|replicate|apply|try|carry out|send|post|type|enter|deploy|play|make|launch|submit)(?: it| that| this| them| those| these| the same(?: thing| steps?| commands?)?| exactly that| (?:that|this|the) (?:exact )?(?:move|command|step|steps|query|script|thing|action|line|ending|plan|trick|attack|message|email|post|code))\b[^.!?;\n]{0,40}?(?:\b(?:here|now|live|irl)\b|\bon (?:this|our|my|your|the (?:real|live|prod|production|actual))\b|\bagainst (?:our|my|this|the real|the live|prod|production)\b|\bin (?:our|my|the) (?:prod|production|real|live|actual)\b)`,
  ].join('|'),
  'i',
);

/**
 * Verbs of acts the detectors and rules read as orders. Each is given with its narrated forms
 * (`deletes`, `deleted`) unless they are regular: `s`/`es`/`ies` and `ed`/`d` endings and doubled
 * final consonants are derived.
 */
const ACT_VERBS =
  'delete wipe erase destroy purge truncate remove overwrite shred nuke empty format drop clear ' +
  'run execute launch install deploy download fetch pipe curl wget invoke ' +
  'read print dump cat paste show display reveal leak expose list copy grab steal exfiltrate export ' +
  'send post email upload publish share forward text message blast spam tweet ' +
  'add append edit modify change replace insert grant disable stop kill ' +
  'ignore forget disregard override bypass ' +
  'write draft compose type prepare create build code compile generate craft plant hide encrypt infect spread inject ' +
  'find locate track look get obtain pull collect scrape harvest compile dox ' +
  'hack crack break brute hijack';

/** Irregular narrated forms and their base. */
const IRREGULAR: ReadonlyArray<readonly [string, string]> = [
  ['ran', 'run'],
  ['sent', 'send'],
  ['wrote', 'write'],
  ['written', 'write'],
  ['got', 'get'],
  ['gotten', 'get'],
  ['found', 'find'],
  ['stole', 'steal'],
  ['stolen', 'steal'],
  ['forgot', 'forget'],
  ['forgotten', 'forget'],
  ['built', 'build'],
  ['broke', 'break'],
  ['broken', 'break'],
  ['hid', 'hide'],
  ['hidden', 'hide'],
  ['showed', 'show'],
  ['shown', 'show'],
  ['formatted', 'format'],
];

/** Words after which a verb form is a noun or an adjective (`the runs`, `his tracks`, `a post`). */
const DETERMINERS = new Set(
  'the a an his her their its our my your this these those some many any each every no of'.split(' '),
);

/** Narrated form → base form. */
const BASE: ReadonlyMap<string, string> = (() => {
  const m = new Map<string, string>();
  const put = (form: string, base: string) => {
    if (form !== base && !m.has(form)) m.set(form, base);
  };
  for (const v of ACT_VERBS.split(' ')) {
    const last = v[v.length - 1] as string;
    const prev = v[v.length - 2] as string;
    // third person: `deletes`, `pushes`, `copies`
    if (/(?:s|sh|ch|x|z)$/.test(v)) put(`${v}es`, v);
    else if (last === 'y' && !/[aeiou]/.test(prev)) put(`${v.slice(0, -1)}ies`, v);
    else put(`${v}s`, v);
    // past: `deleted`, `dropped`, `copied`, `dumped`
    if (last === 'e') put(`${v}d`, v);
    else if (last === 'y' && !/[aeiou]/.test(prev)) put(`${v.slice(0, -1)}ied`, v);
    else if (/^[^aeiou]*[aeiou][bdgklmnprt]$/.test(v)) put(`${v}${last}ed`, v);
    else put(`${v}ed`, v);
  }
  for (const [form, base] of IRREGULAR) put(form, base);
  return m;
})();

/** Hashes of the narrated forms, as the tokenizer hashes words: a reading needs one of them. */
export const NARRATED: ReadonlySet<number> = new Set([...BASE.keys()].map(wordHash));

/**
 * A first look before {@link NARRATED}: one bit per value of a hash's low 13 bits, set for the
 * narrated forms. Most words of a line have their bit clear and need no set lookup.
 */
const NARRATED_BITS = new Int32Array(256);
for (const h of NARRATED) {
  const k = (h >>> 5) & 255;
  // k < 256 = NARRATED_BITS.length
  NARRATED_BITS[k] = NARRATED_BITS[k]! | (1 << (h & 31));
}

/** Whether `h` (a tokenizer hash) is the hash of a narrated form. */
export function isNarrated(h: number): boolean {
  // (h >>> 5) & 255 < 256 = NARRATED_BITS.length
  return (NARRATED_BITS[(h >>> 5) & 255]! & (1 << (h & 31))) !== 0 && NARRATED.has(h);
}

/** Words that insist the act is real (`the real /etc/shadow`, `actually print it`): dropped from the reading. */
const REALNESS = new Set(['real', 'actual', 'genuine', 'actually', 'really', 'genuinely', 'truly', 'literally']);

/**
 * An order that takes the narrated thing as its object (`actually send it`, `run that on this box`):
 * its verb, in group 1.
 */
const TAKES_IT =
  /\b(send|post|email|publish|upload|share|text|submit|run|execute|deploy|launch|install)(?: it| that| this| them| those)\b/i;

/** Narrated making of a thing another order then acts on (`writes an email`, `types the command`). */
const MAKING = new Set(
  'write writes wrote written draft drafts drafted compose composes composed type types typed prepare prepares prepared craft crafts crafted code codes coded copies copied pastes pasted'.split(
    ' ',
  ),
);

/** The adjectives among {@link REALNESS}: dropping one joins the words a rule reads together. */
const QUALITY = new Set(['real', 'actual', 'genuine']);

/** Longest line read again. */
const MAX_LINE = 2000;
const WORD = /[A-Za-z]+(?:'[A-Za-z]+)?/g;

/** Whether `text` orders the act done for real (see {@link REALIZER}). */
export function ordersItReal(text: string): boolean {
  return REALIZER.test(text);
}

/**
 * The line read without its frame: when `segment` orders the act made real, the line with each
 * narrated act verb in its base form (`the spy reads ~/.ssh/id_rsa and pastes it` becomes `the spy
 * read ~/.ssh/id_rsa and paste it`) and the words that insist on realness dropped; `null` when it
 * has no such order or no narrated act. The frame may be a story, a game, a role, a dream, or no
 * frame at all (`the migration drops the users table; actually run it on prod`): an act told and
 * then ordered done is the act.
 */
export function frameReading(segment: string): string | null {
  if (segment.length < 24 || segment.length > MAX_LINE) return null;
  if (!REALIZER.test(segment)) return null;
  // `… writes an email to every customer … actually send it`: the email is what is sent.
  const takes = TAKES_IT.exec(segment);
  const order = takes === null ? undefined : (takes[1] as string).toLowerCase();
  let out = '';
  let at = 0;
  let prev = '';
  let changed = false;
  WORD.lastIndex = 0;
  for (let m = WORD.exec(segment); m !== null; m = WORD.exec(segment)) {
    const w = m[0].toLowerCase();
    if (REALNESS.has(w)) {
      // `for real` goes whole; the space after the word goes with it.
      out += segment.slice(at, m.index);
      if (prev === 'for' && w === 'real' && out.endsWith('for ')) out = out.slice(0, -4);
      at = m.index + m[0].length;
      if (segment.charCodeAt(at) === 32) at++;
      // `the real /etc/shadow` changes the reading; `what does it actually do?` alone does not.
      if (QUALITY.has(w) && prev !== 'for') changed = true;
      prev = w;
      continue;
    }
    const base = DETERMINERS.has(prev)
      ? undefined
      : order !== undefined && MAKING.has(w) && BASE.has(w)
        ? order
        : BASE.get(w);
    if (base !== undefined) {
      out += segment.slice(at, m.index) + base;
      at = m.index + m[0].length;
      changed = true;
    }
    prev = w;
  }
  if (!changed) return null;
  return out + segment.slice(at);
}
