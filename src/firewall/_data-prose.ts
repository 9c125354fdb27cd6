/**
 * A request written as data, read as the words it carries: JSON's keys and string values without
 * its quotes and brackets (`{"accounts_to_create": 300}` reads `accounts to create: 300`), markup's
 * element text and the text of its describing attributes without the tags, and the layer a page
 * hides from its reader (elements marked hidden, alt and title texts, comments) on its own. An
 * order cut into pieces across fields, elements or attributes reads whole there. Each reading is
 * one pass over a request of bounded length, after a cheap look for a JSON key or a tag.
 *
 * @internal Not part of the public API.
 */

/** Longest request read this way. */
const MAX_TEXT = 4096;
/** Pieces of a hidden layer kept, at most. */
const MAX_PIECES = 16;

/** A JSON key (`"name":`) or a tag (`<p`, `</p`, `<!--`). */
const DATA_LOOK = /"\s*:|<[A-Za-z!/]/;
/** A tag, a comment's marks, a CDATA's marks. */
const TAG = /<!--|-->|<!\[CDATA\[|\]\]>|<\/?[A-Za-z][\w:.-]{0,40}(?:\s[^<>]{0,600})?\/?>/g;
/** The attributes of a tag whose values are words for a reader. */
const TEXT_ATTRIBUTE =
  /\b(?:alt|title|aria-label|content|placeholder|label|summary|data-[\w-]{1,30})\s*=\s*(?:"([^"]{1,400})"|'([^']{1,400})')/gi;
/** An opening tag that hides its element: `hidden`, `display:none`, zero size or opacity, off screen. */
const HIDING =
  /<[A-Za-z][\w:-]{0,40}\s[^<>]{0,400}?(?:\bhidden\b|display\s*:\s*none|visibility\s*:\s*hidden|font-size\s*:\s*0(?![.\d]*[1-9])|opacity\s*:\s*0(?![.\d]*[1-9])|aria-hidden\s*=\s*["']?true|(?:left|top)\s*:\s*-\d{3,})[^<>]{0,400}>([^<]{1,600})/gi;
const COMMENT = /<!--([\s\S]{1,600}?)-->/g;

/** The words of each text attribute in `tag`, joined. */
function attributeWords(tag: string): string {
  let out = '';
  for (const m of tag.matchAll(TEXT_ATTRIBUTE)) out += ` ${m[1] ?? m[2] ?? ''} `;
  return out;
}

/**
 * `text` with JSON's quotes and brackets and markup's tags taken out (a tag leaves the words of its
 * text attributes), and underscores between letters read as spaces; null when `text` holds no JSON
 * key and no tag, or reads the same.
 */
export function proseOfData(text: string): string | null {
  if (text.length > MAX_TEXT || !DATA_LOOK.test(text)) return null;
  let out = text.indexOf('<') >= 0 ? text.replace(TAG, (tag) => (tag.length > 4 ? attributeWords(tag) : ' ')) : text;
  if (out.indexOf('"') >= 0) {
    // `"key": "value",` reads `key: value,`
    out = out.replace(/[{}[\]"]+/g, ' ').replace(/ +(?=[:,])/g, '');
  }
  out = out.replace(/(?<=[A-Za-z])_(?=[A-Za-z])/g, ' ').replace(/[ \t]+/g, ' ');
  const lines: string[] = [];
  for (const line of out.split('\n')) {
    const t = line.trim();
    if (t.length > 0 && t !== ',') lines.push(t);
  }
  const prose = lines.join(' ');
  return prose === text.replace(/\s+/g, ' ').trim() ? null : prose;
}

/**
 * The layer of markup a page hides from its reader, read on its own: the text of elements marked
 * hidden, comments, and alt and title texts, in order and joined. Null unless there are two pieces
 * or more (one piece is read where it stands).
 */
export function hiddenLayer(text: string): string | null {
  if (text.length > MAX_TEXT || text.indexOf('<') < 0) return null;
  const pieces: [number, string][] = [];
  const take = (at: number, words: string): void => {
    const t = words.replace(/\s+/g, ' ').trim();
    if (t.length > 0 && pieces.length < MAX_PIECES) pieces.push([at, t]);
  };
  for (const m of text.matchAll(HIDING)) take(m.index ?? 0, m[1] as string);
  if (text.indexOf('<!--') >= 0) for (const m of text.matchAll(COMMENT)) take(m.index ?? 0, m[1] as string);
  for (const m of text.matchAll(/<[A-Za-z][^<>]{0,800}>/g)) {
    const words = attributeWords(m[0]);
    if (words.trim().length > 0) take(m.index ?? 0, words);
  }
  if (pieces.length < 2) return null;
  pieces.sort((a, b) => a[0] - b[0]);
  return pieces.map((p) => p[1]).join(' ');
}

/** An order to put pieces together: "glue them", "join A B C", "put the three together", "run it with those". */
const JOIN_ORDER =
  /\b(?:glue|join|concatenat\w*|combine|stitch|assemble|(?:put|stick|paste|chain) (?:\S+ ){0,5}?together|(?:run|execute|do) (?:it|that|this) with (?:those|these|them)|as one (?:line|command|statement|query|string|program))\b/i;
/**
 * A line that gives one named piece: `verb = DELETE`, `- target: FROM t`, `2) the user is root`,
 * after an optional list marker; the label is short and the value the rest of the line.
 */
const FIELD = /^\s*(?:[-*•]\s+|\d{1,2}[.)]\s+)?([A-Za-z][\w .'-]{0,30}?)\s*(?:=|:)\s*(\S.{0,200})$/;
/** A line that gives a piece in words: `2) the user is root`, after an optional list marker. */
const SAID_LINE = /^\s*(?:[-*•]\s+|\d{1,2}[.)]\s+)?((?:the|my|our) (?:[\w-]+ ){0,4}?(?:is|are) \S.{0,200})$/i;
/** A value said in words: "the schedule is …", "the command I want is …". */
const SAID = /^(?:the |a |an |my |our )?(?:[\w-]+ ){0,4}?(?:is|are|=)\s+(?=\S)/i;
/** A piece quoted in prose, not an apostrophe: `'dd if=/dev/zero'`, `"DROP TA"`, `` `rm` ``. */
const QUOTED = /(?<![\w])(?:'([^'\n]{1,200})'|"([^"\n]{1,200})"|`([^`\n]{1,200})`)(?![\w])/g;
/** Pieces joined from one request, at most. */
const MAX_FIELDS = 12;

/**
 * The pieces a request names and orders put together, put together: the values of a run of two
 * or more lines that each give one piece (`verb = DELETE` / `target = FROM t` / … "glue them with
 * spaces"), joined by spaces, and on a line of their own the same with each one-word label before
 * its value (`bucket logs start 0`), as a parameter's name goes with it; or, in a request with no
 * such lines, the pieces it quotes (two or more) joined as they are. Null unless the request
 * orders the pieces joined.
 */
export function joinedPieces(lines: readonly string[]): string | null {
  let order = -1;
  for (let i = 0; i < lines.length && order < 0; i++) if (JOIN_ORDER.test(lines[i] as string)) order = i;
  if (order < 0) return null;
  // The longest run of piece lines before or after the order.
  let best: string[] = [];
  let run: string[] = [];
  let bestPairs: string[] = [];
  let pairs: string[] = [];
  for (let i = 0; i <= lines.length; i++) {
    const line = i < lines.length && i !== order ? (lines[i] as string) : null;
    const m = line === null ? null : (FIELD.exec(line) ?? SAID_LINE.exec(line));
    if (m !== null && run.length < MAX_FIELDS) {
      let value = (m[2] ?? (m[1] as string)).trim();
      value = value.replace(SAID, '');
      const q = /^(['"`])(.*)\1$/.exec(value);
      run.push(q === null ? value : (q[2] as string));
      // A one-word label is the name of a parameter (`bucket: logs`): read with its value too.
      const label = m[2] === undefined ? '' : (m[1] as string).trim();
      pairs.push(/^[A-Za-z][\w-]*$/.test(label) ? `${label} ${run[run.length - 1]}` : (run[run.length - 1] as string));
      continue;
    }
    if (run.length > best.length) {
      best = run;
      bestPairs = pairs;
    }
    run = [];
    pairs = [];
  }
  if (best.length >= 2) {
    const values = best.join(' ');
    const named = bestPairs.join(' ');
    return named === values ? values : `${values}\n${named}`;
  }
  const text = lines.join('\n');
  if (text.length > MAX_TEXT || (text.indexOf("'") < 0 && text.indexOf('"') < 0 && text.indexOf('`') < 0)) return null;
  const pieces: string[] = [];
  for (const m of text.matchAll(QUOTED)) {
    if (pieces.length >= MAX_FIELDS) break;
    pieces.push(m[1] ?? m[2] ?? m[3] ?? '');
  }
  return pieces.length >= 2 ? pieces.join('') : null;
}

/**
 * A comment line, after an optional label that names where it stands (`src/a.py:`, `Cargo.toml
 * comment:`): `#`, `//`, `--`, `/*`, `<!--`, `;;` or `REM`, a file's name again if it follows,
 * and the comment's words.
 */
const COMMENT_LINE =
  /^\s*(?:[\w./-]{1,60}(?: comment)?\s*:\s*['"]?)?(?:#+|\/\/+|--|\/\*+|<!--|;;+|REM\b)[ \t]*(?:[\w-]*[./][\w./-]{0,60}:[ \t]+)?(.*?)[ \t]*(?:\*\/|-->)?['"]?[ \t]*$/i;

/**
 * The words of the comments of a request, joined, when it has two comment lines or more: an order
 * to the reader spread over the comments of code or of several files reads whole, without the
 * code or the comment marks between its parts. Null otherwise.
 */
export function commentLayer(lines: readonly string[]): string | null {
  const words: string[] = [];
  for (const line of lines) {
    if (line.length > 400) continue;
    const m = COMMENT_LINE.exec(line);
    const t = m === null ? '' : (m[1] as string).trim();
    if (t.length > 0) words.push(/[.!?:;,]$/.test(t) ? t : `${t};`);
  }
  return words.length >= 2 ? words.join(' ') : null;
}
