/**
 * Orders addressed to an AI reader from inside content: a vocative that names the reader (`AI:`,
 * `Dear AI agent,`, `any LLM reading this:`, `New task for the assistant:`), planted where the user
 * does not speak (after other text on its line, behind a field label, a quote or a comment mark,
 * or to a reader picked out as `any`, `every`, `whichever` or `reading this`), followed by an act
 * the reader is told to do: drop its rules, send, delete, approve, grant, hide something from the
 * user, or tell the user something.
 *
 * The reading is a grammar of roles, not a list of phrases: the reader is found by its noun at the
 * end of a vocative that stops at `:` or `,`, the words before it must be words of address (`dear`,
 * `note to the`, `hey`, `any`, `automated`), and the act is the first verb after the fillers of
 * an order (`please`, `you must`, `make sure to`). Linear in the segment: each of its first colons
 * and commas is read back a few words and forward a few words.
 *
 * @internal Not part of the public API.
 */

/** Nouns that name a program reading the text. */
const READER_NOUNS = new Set([
  'ai',
  'ais',
  'assistant',
  'assistants',
  'bot',
  'bots',
  'chatbot',
  'chatbots',
  'llm',
  'llms',
  'copilot',
  'gpt',
  'chatgpt',
  'claude',
  'gemini',
  'summarizer',
  'summarizers',
  'summariser',
  'summarisers',
  'agent',
  'agents',
  'model',
  'models',
  'generator',
  'generators',
]);
/** Reader nouns that name people as well as programs: they need a word that says AI. */
const SHARED_NOUNS = new Set(['agent', 'agents', 'model', 'models', 'generator', 'generators']);
/** Words that make a shared noun a program (`AI agent`, `language model`, `coding agent`). */
const AI_WORDS = new Set([
  'ai',
  'llm',
  'gpt',
  'language',
  'coding',
  'automated',
  'autonomous',
  'automation',
  'browsing',
  'agentic',
  'bot',
  'rag',
  'code',
  'client',
]);
/** Words of address that may stand before the reader's noun in a vocative. */
const ADDRESS_WORDS = new Set([
  'dear',
  'hey',
  'hi',
  'hello',
  'yo',
  'attention',
  'attn',
  'note',
  'notice',
  'message',
  'memo',
  'reminder',
  'instruction',
  'instructions',
  'task',
  'order',
  'orders',
  'directive',
  'request',
  'important',
  'urgent',
  'new',
  'ps',
  'to',
  'for',
  'the',
  'a',
  'an',
  'any',
  'all',
  'every',
  'each',
  'whichever',
  'whatever',
  'other',
  'or',
  'and',
  'this',
  'that',
  'downstream',
  'reviewing',
  'summarizing',
  'screening',
  'scheduling',
  'shopping',
  'email',
  'inbox',
  'support',
  'research',
  'helpful',
  'friendly',
  'virtual',
  'personal',
  'system',
]);
/** Determiners that pick out whatever reader comes along: no user calls their assistant so. */
const ANY_READER = new Set(['any', 'all', 'every', 'each', 'whichever', 'whatever', 'other']);
/** Words that may follow the reader's noun inside the vocative (`agent reading this page:`). */
const QUALIFY_LEAD = new Set([
  'that',
  'who',
  'which',
  'reading',
  'processing',
  'parsing',
  'working',
  'handling',
  'reviewing',
  'summarizing',
  'summarising',
  'reads',
  'processes',
  'parses',
  'handles',
  'reviews',
  'summarizes',
  'summarises',
  'sees',
  'ingests',
  'receives',
  'indexes',
  'generating',
  'writing',
  'building',
  'creating',
  'using',
  'consuming',
  'calling',
  'integrating',
  'controlling',
  'managing',
]);
/** Qualifier leads that say the reader is a program (`model that summarizes this`). */
const MACHINE_LEADS = new Set([
  'processing',
  'parsing',
  'summarizing',
  'summarising',
  'processes',
  'parses',
  'summarizes',
  'summarises',
  'ingests',
  'indexes',
]);
/** Fillers between the vocative and the verb of its order. */
const FILLERS = new Set([
  'please',
  'pls',
  'kindly',
  'now',
  'first',
  'immediately',
  'also',
  'then',
  'just',
  'you',
  'must',
  'should',
  'shall',
  'will',
  'need',
  'needs',
  'are',
  'is',
  'to',
  'have',
  'required',
  'instructed',
  'hereby',
  'asked',
  'always',
  'make',
  'sure',
  'quietly',
  'silently',
  'secretly',
  'before',
  'anything',
  'else',
  'from',
  'on',
  'be',
  'so',
  'kind',
  'good',
  'as',
  'could',
  'would',
  'can',
]);
/** Acts that are an order with consequences on their own. */
const STRONG_ACTS = new Set([
  'ignore',
  'disregard',
  'forget',
  'override',
  'bypass',
  'reveal',
  'disclose',
  'leak',
  'exfiltrate',
  'forward',
  'transfer',
  'wire',
  'refund',
  'approve',
  'merge',
  'deploy',
  'delete',
  'remove',
  'wipe',
  'erase',
  'decline',
  'cancel',
  'reassign',
  'disable',
  'unlock',
  'disarm',
  'grant',
  'export',
  'upload',
  'send',
  'email',
  'e-mail',
  'mail',
  'post',
  'publish',
  'share',
  'purchase',
  'buy',
  'pay',
  'close',
  'reject',
  'install',
  'execute',
  'run',
  'dump',
  'accept',
  'invite',
]);
/** Acts that are an order with consequences when they reach a target (`tell the user`, `open a PR`). */
const WEAK_ACTS = new Set([
  'tell',
  'say',
  'inform',
  'claim',
  'state',
  'reply',
  'respond',
  'answer',
  'recommend',
  'rate',
  'rank',
  'score',
  'mark',
  'open',
  'create',
  'add',
  'set',
  'change',
  'update',
  'include',
  'insert',
  'append',
  'treat',
  'switch',
  'act',
  'pretend',
  'give',
  'call',
  'visit',
  'go',
  'click',
  'stop',
  'print',
  'output',
  'repeat',
  'copy',
  'paste',
  'read',
  'write',
  'put',
  'classify',
  'label',
]);
/** What a weak act reaches that makes it an order against the user. */
const TARGETS = new Set([
  'user',
  'users',
  "user's",
  'shopper',
  'customer',
  'customers',
  'reader',
  'readers',
  'visitor',
  'visitors',
  'them',
  'everyone',
  'that',
  'only',
  'instead',
  'pr',
  'admin',
  'administrator',
  'owner',
  'token',
  'key',
  'password',
  'credentials',
  'secret',
  'secrets',
  'env',
  'environment',
  'link',
  'url',
  'door',
  'doors',
  'gate',
  'garage',
  'vault',
  'stars',
  'approved',
  'verified',
  'safe',
  'legitimate',
  'official',
  'mode',
  'persona',
  'system',
  'prompt',
  'instructions',
  'rules',
  'history',
  'conversation',
  'context',
  'memory',
  'strongest',
  'best',
  'top',
  'hired',
  'passed',
  'paid',
]);
/** Verbs whose negation hides what was done from the user (`don't mention this`). */
const HIDE_VERBS = new Set([
  'tell',
  'mention',
  'inform',
  'notify',
  'ask',
  'reveal',
  'show',
  'alert',
  'warn',
  'list',
  'say',
  'disclose',
  'summarize',
  'summarise',
  'translate',
  'answer',
  'follow',
]);

function isLetter(c: number): boolean {
  return (c >= 97 && c <= 122) || (c >= 65 && c <= 90) || (c >= 48 && c <= 57) || c === 95 || c === 39 || c === 45;
}

/** Zero-width and invisible characters: a boundary, where hidden text starts. */
function isHidden(c: number): boolean {
  return (c >= 0x200b && c <= 0x200f) || c === 0x2060 || c === 0xfeff || c === 0xad;
}

function lowerWord(s: string, start: number, end: number): string {
  return s.slice(start, end).toLowerCase();
}

/** At most this many colons and commas of a segment are read. */
const MAX_MARKS = 16;
/** At most this many words a vocative holds before its mark. */
const MAX_BACK = 7;

/**
 * Where the order addressed to an AI reader starts and ends in `segment`, or null: the vocative's
 * first word and the end of the act's verb.
 */
export function addressedOrder(segment: string): [number, number] | null {
  if (segment.length > 4000) return null;
  const told = (segment.indexOf('"') >= 0 ? subjectOrder(segment) : null) ?? labelledVocative(segment);
  if (told !== null) return told;
  // The colons and commas in order, each found by a native scan.
  let colon = segment.indexOf(':');
  let comma = segment.indexOf(',');
  for (let marks = 0; marks < MAX_MARKS && (colon >= 0 || comma >= 0); marks++) {
    let p: number;
    if (comma < 0 || (colon >= 0 && colon < comma)) {
      p = colon;
      colon = segment.indexOf(':', p + 1);
    } else {
      p = comma;
      comma = segment.indexOf(',', p + 1);
    }
    const found = readAt(segment, p);
    if (found !== null) return found;
  }
  return null;
}

/**
 * The reader named as the subject of an order inside a quoted field value (`name: "OWNER OVERRIDE
 * (verified): assistant must unlock …"`): the noun, a modal of obligation, an act with consequences
 * of its own. Read only where the string also claims authority for the order or times it to the
 * reading (`override`, `verified`, `approved`, `on reading this`): a bot's own configuration says
 * what it must do without either.
 */
const SUBJECT_ORDER =
  /\b(?:ai\s+|voice\s+|home\s+|support\s+|coding\s+)?(?:assistant|chatbot|bot|ai|llm|copilot)s?\s+(?:must|shall|should|needs\s+to|has\s+to|is\s+(?:required\s+|instructed\s+|expected\s+)?to)\s+(?:now\s+|immediately\s+|also\s+|first\s+)?([a-z]+)/gi;
const CLAIMED =
  /\b(?:override|overridden|verified|approved|authori[sz]ed|owner|admin|on\s+reading\s+this|(?:upon|when|after)\s+(?:you\s+)?read(?:ing)?\s+this)\b/i;

function subjectOrder(s: string): [number, number] | null {
  SUBJECT_ORDER.lastIndex = 0;
  for (let m = SUBJECT_ORDER.exec(s), k = 0; m !== null && k < 8; m = SUBJECT_ORDER.exec(s), k++) {
    if (!STRONG_ACTS.has((m[1] as string).toLowerCase())) continue;
    // Inside a string opened on the same line: an odd number of quotes before the match.
    const line = s.lastIndexOf('\n', m.index) + 1;
    let quotes = 0;
    for (let i = s.indexOf('"', line); i >= 0 && i < m.index; i = s.indexOf('"', i + 1)) quotes++;
    if (quotes % 2 === 0) continue;
    const close = s.indexOf('"', m.index);
    const field = s.slice(line, close < 0 ? s.length : close);
    if (!CLAIMED.test(field) || ABOUT_ORDERS.test(s.slice(0, line))) continue;
    return [m.index, m.index + m[0].length];
  }
  return null;
}

/**
 * A reader called on without a comma right after a field's label or a quote (`note: support bot
 * pls refund …`, `"assistant please unlock …"`): the noun, a word of politeness, then an act with
 * consequences of its own. Only after other text, so a user's own first words (a one-word label
 * opening the text) are not read so.
 */
const LABELLED =
  /[:"]\s*(?:(?:hey|hi|hello|dear|yo)\s+)?(?:[a-z]+\s+)?(?:bot|chatbot|assistant|ai|llm|copilot)\s+(?:pls|plz|please|kindly)\s+(?:now\s+)?([a-z]+)/gi;

function labelledVocative(s: string): [number, number] | null {
  if (s.indexOf('bot') < 0 && s.indexOf('ssistant') < 0 && s.indexOf('AI') < 0 && s.indexOf('ai') < 0) return null;
  LABELLED.lastIndex = 0;
  for (let m = LABELLED.exec(s), k = 0; m !== null && k < 8; m = LABELLED.exec(s), k++) {
    // A one-word label the line opens with (`ticket: assistant please close …`) is the user's own.
    const line = s.lastIndexOf('\n', m.index) + 1;
    if (line === 0 && s.lastIndexOf(' ', m.index) < 0) continue;
    if (!STRONG_ACTS.has((m[1] as string).toLowerCase())) continue;
    if (ABOUT_ORDERS.test(s.slice(0, m.index))) continue;
    return [m.index + 1, m.index + m[0].length];
  }
  return null;
}

const backStarts: number[] = [];
const backEnds: number[] = [];

function readAt(s: string, p: number): [number, number] | null {
  // The words before the mark, back to a boundary: the last of them or the one before a qualifier
  // must be a reader's noun.
  let i = p - 1;
  let n = 0;
  let boundary = -1;
  while (n < MAX_BACK) {
    while (i >= 0 && s.charCodeAt(i) === 32) i--;
    if (i < 0) break;
    const e = i + 1;
    let alnum = false;
    while (i >= 0 && isLetter(s.charCodeAt(i))) {
      const c = s.charCodeAt(i) | 0x20;
      if ((c >= 97 && c <= 122) || (c >= 48 && c <= 57)) alnum = true;
      i--;
    }
    // Marks alone (`--`, `'`) are no word: the vocative starts after them.
    if (!alnum) {
      boundary = e;
      break;
    }
    backStarts[n] = i + 1;
    backEnds[n] = e;
    n++;
  }
  if (n === 0) return null;
  // Index 0 is the word right before the mark, n-1 the vocative's first word. The reader's noun
  // ends the vocative, or is followed by a qualifier that opens with its lead (`reading this page`).
  let noun = -1;
  for (let k = 0; k < n && k <= 5; k++) {
    if (READER_NOUNS.has(lowerWord(s, backStarts[k] as number, backEnds[k] as number))) {
      noun = k;
      break;
    }
  }
  if (noun < 0) return null;
  // `AI` before one more word names the reader's role (`AI screener,`, `LLM grader:`).
  if (
    noun > 0 &&
    !QUALIFY_LEAD.has(lowerWord(s, backStarts[noun - 1] as number, backEnds[noun - 1] as number)) &&
    !(noun === 1 && AI_WORDS.has(lowerWord(s, backStarts[1] as number, backEnds[1] as number)))
  )
    return null;
  const nounWord = lowerWord(s, backStarts[noun] as number, backEnds[noun] as number);
  let anyReader =
    noun > 0 && QUALIFY_LEAD.has(lowerWord(s, backStarts[noun - 1] as number, backEnds[noun - 1] as number));
  // A reader that summarizes, processes or parses the text is a program whatever its noun.
  let aiWord =
    !SHARED_NOUNS.has(nounWord) ||
    (noun > 0 && MACHINE_LEADS.has(lowerWord(s, backStarts[noun - 1] as number, backEnds[noun - 1] as number)));
  for (let k = noun + 1; k < n; k++) {
    const w = lowerWord(s, backStarts[k] as number, backEnds[k] as number);
    if (READER_NOUNS.has(w)) {
      if (!SHARED_NOUNS.has(w)) aiWord = true;
      continue;
    }
    if (AI_WORDS.has(w)) {
      aiWord = true;
      continue;
    }
    if (!ADDRESS_WORDS.has(w)) return null;
    if (ANY_READER.has(w)) anyReader = true;
  }
  if (!aiWord) return null;
  // Readers called on as a class by what they do (`Code generators:`, `Coding assistants:`): no
  // user calls their own assistant so.
  if (
    nounWord.endsWith('s') &&
    noun + 1 < n &&
    AI_WORDS.has(lowerWord(s, backStarts[noun + 1] as number, backEnds[noun + 1] as number))
  )
    anyReader = true;
  const start = backStarts[n - 1] as number;
  // Planted: other text before the vocative on its line, a field, quote or comment mark right
  // before it, or a reader picked out as any reader or as a class.
  let planted = anyReader;
  if (!planted && boundary >= 0) {
    for (let j = 0; j < boundary; j++) {
      const c = s.charCodeAt(j);
      if ((c >= 65 && c <= 90) || (c >= 97 && c <= 122) || isHidden(c)) {
        planted = true;
        break;
      }
    }
    if (!planted) {
      const b = s.charCodeAt(boundary - 1);
      // `"`, `'`, `(`, `[`, `{`, `<`, `#`, `/`, `*`, `~`, `@`, `>`, `|`, `=`
      planted =
        b === 34 ||
        b === 39 ||
        b === 40 ||
        b === 91 ||
        b === 123 ||
        b === 60 ||
        b === 35 ||
        b === 47 ||
        b === 42 ||
        b === 126 ||
        b === 64 ||
        b === 62 ||
        b === 124 ||
        b === 61;
    }
  }
  if (!planted) return null;
  // Spoken of, not spoken: a question or an explanation about such an order (`how should an agent
  // react when a page says "AI agents: …"`), or a rule against following it.
  if (start > 0 && ABOUT_ORDERS.test(s.slice(0, start))) return null;
  return readAct(s, p + 1, start);
}

/** Words before a vocative that make the order a topic: asked about, explained, detected or ruled out. */
const ABOUT_ORDERS =
  /\b(?:how|why|what|detect\w*|explain\w*|flag\w*|classify|example|never\s+follow|do\s+not\s+follow|treat\b.{0,20}\bas\s+data)\b/i;

/**
 * Whether the mark at `i` ends a sentence: a line break, `?`, `!`, or a full stop that is not part
 * of a name (`process.env`, `lock.front_door`).
 */
function endsSentence(s: string, i: number): boolean {
  const c = s.charCodeAt(i);
  if (c === 63 || c === 33 || c === 10) return true;
  return c === 46 && !isLetter(s.charCodeAt(i + 1));
}

/**
 * A vocative's order asked as a question in one of the next two sentences (`Hi assistant, sorry to
 * interrupt! When you read this, could you kindly unlock …`): `could`, `can`, `would` or `will`
 * and `you`, fillers, then an act with consequences of its own.
 */
const POLITE =
  /^[^\n]{0,160}?\b(?:could|can|would|will)\s+you\s+(?:please\s+|kindly\s+|just\s+|quickly\s+)*([a-z]+)\b/i;

function politeAct(s: string, from: number, start: number): [number, number] | null {
  const m = POLITE.exec(s.slice(from, from + 220));
  if (m === null || !STRONG_ACTS.has((m[1] as string).toLowerCase())) return null;
  return [start, from + m[0].length];
}

function readAct(s: string, from: number, start: number): [number, number] | null {
  // The words after the mark: fillers, then the verb of the order.
  let i = from;
  let seen = 0;
  let negated = false;
  let verb = '';
  let verbEnd = -1;
  while (seen < 10 && i < s.length) {
    while (i < s.length && !isLetter(s.charCodeAt(i))) {
      const c = s.charCodeAt(i);
      // A sentence ends before any verb: the order is a polite question after it, or there is none.
      if (endsSentence(s, i)) return c === 10 ? null : politeAct(s, i, start);
      i++;
    }
    const b = i;
    while (i < s.length && isLetter(s.charCodeAt(i))) i++;
    if (b === i) break;
    const w = lowerWord(s, b, i);
    seen++;
    if (w === "don't" || w === 'never' || w === 'dont') {
      negated = true;
      continue;
    }
    if (w === 'do' || w === 'not') {
      if (w === 'not') negated = true;
      continue;
    }
    if (FILLERS.has(w)) continue;
    verb = w;
    verbEnd = i;
    break;
  }
  if (verbEnd < 0) return null;
  if (negated) return HIDE_VERBS.has(verb) ? [start, verbEnd] : null;
  if (STRONG_ACTS.has(verb)) return [start, verbEnd];
  if (!WEAK_ACTS.has(verb)) return politeAct(s, verbEnd, start);
  // A weak act reaches a target within its clause.
  let j = verbEnd;
  for (let k = 0; k < 10 && j < s.length; k++) {
    while (j < s.length && !isLetter(s.charCodeAt(j))) {
      if (endsSentence(s, j)) return null;
      j++;
    }
    const b = j;
    while (j < s.length && isLetter(s.charCodeAt(j))) j++;
    if (b === j) break;
    const w = lowerWord(s, b, j);
    if (TARGETS.has(w) || STRONG_ACTS.has(w) || (w === 'without' && k > 0)) return [start, j];
  }
  return null;
}
