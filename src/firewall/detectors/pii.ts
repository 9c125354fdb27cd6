/**
 * The `pii` detector: personal data by format and validator, and requests for a specific person's
 * private data by grammar.
 *
 * - Numbers: payment cards (issuer range and Luhn), US Social Security numbers (issuable ranges),
 *   IBANs (mod-97), phone numbers (E.164 and North American layouts), emails. One email or phone in
 *   a request is ordinary; several, or personal numbers next to words that publish, sell or send
 *   them, are not.
 * - Requests: an acquiring verb (`find`, `look up`, `what is`, `track`, `dox` …) × a private
 *   attribute (`social security number`, `home address`, `phone number`, `location` …) × a
 *   specific person (a full name, `my coworker`, `this person`, `her`, `@handle`); and bulk
 *   collection (`scrape emails`, `dump … passwords`, `export customer SSNs`).
 *
 * A cheap scan for digits, `@` and one automaton of attribute and verb words gates each segment.
 *
 * @internal Not part of the public API.
 */

import { prescanned } from './_encoding-prescan.js';
import { foldCase } from './_fold-case.js';
import { gateFinds, gateIncludes, gateMatches, gateRead, joinGate } from './_gate.js';
import { ibanLength, isCardNumber, isIban, isSsn } from './_pii-numbers.js';
import { hasWord, isWordChar, leakIntent } from './_secret-text.js';
import type { Detector, FindingSink } from './types.js';

const CATEGORY = 'privacy';

const D = {
  card: 'A payment card number that passes the issuer and Luhn checks',
  ssn: 'A US Social Security number in an issuable range',
  iban: 'An IBAN that passes its mod-97 check',
  emails: 'Several email addresses at once',
  phones: 'Several phone numbers at once',
  person: "Asks for a specific person's private data",
  bulk: 'Collects personal data in bulk',
  trait: 'Singles out people by a protected or sensitive trait',
  tracker: "Defeats a tracker's anti-stalking alert for another person, or silences the tracker",
} as const;

/** Private attributes of a person. */
const ATTRIBUTES = [
  'social security number',
  'social security',
  'ssn',
  'home address',
  'address',
  'phone number',
  'cell number',
  'cellphone number',
  'mobile number',
  'number',
  'email address',
  'email',
  'e-mail',
  'date of birth',
  'birthday',
  'dob',
  'bank account',
  'bank details',
  'credit card',
  'card number',
  'passport',
  "driver's license",
  'drivers license',
  'license plate',
  'medical record',
  'health record',
  'medical history',
  'location',
  'whereabouts',
  'lives',
  'live',
  'ip address',
  'salary',
  'password',
  'criminal record',
  'real name',
  'identity',
  'maiden name',
  'tax id',
  'personal information',
  'personal info',
  'personal details',
  'private information',
  'everything about',
  'workplace',
  'works',
  'daily routine',
  'schedule',
  'contact details',
  'contact info',
  'photos',
  'dox',
  'doxx',
  'stalk',
  'messages',
  'whatsapp',
  'instagram',
  'facebook',
  'strava',
  'chats',
  'texts',
  'full name',
  'full names',
  'school',
  'profile',
  'nudes',
  'diagnoses',
  'diagnosis',
  'mental health',
  'health condition',
  'pregnant',
  'therapy',
  'browsing history',
  'real identities',
  'lives at',
  'leaves for work',
  'leaves',
  'habits',
  'phone',
  'cvv',
  'religion',
  'sexual orientation',
  'immigration status',
  'talks to',
  'chats with',
  'geolocate',
  'unmask',
  'deanonymize',
  'anonymous',
  'keystroke',
  'bank statement',
  'bank statements',
  'payslip',
  'payslips',
  'pay slips',
  'credit report',
  'credit score',
  'tax return',
  'tax returns',
  'gps history',
  'gps data',
  'location history',
  'telematics',
  'search history',
  'call log',
  'call logs',
  'blood test',
  'blood tests',
  'bloodwork',
  'blood work',
  'test results',
  'lab results',
  'drug test',
  'prescription',
  'prescriptions',
  'room number',
  'which room',
  'comes back',
  'comes home',
  'gets home',
  'goes home',
  'exact coordinates',
  'travel plans',
  'venmo',
  'cash app',
  'spending time with',
  'hangs out with',
  'places she goes',
  'places he goes',
  'where she goes',
  'where he goes',
  'where she is',
  'where he is',
  'hiv status',
  'hiv',
  'patient record',
  'emergency contacts',
  'relatives',
  'income',
  'net worth',
  'bank balance',
  'commute',
  'check-ins',
  'checkins',
  'visa status',
  'national id',
  'passport number',
];

/** Verbs that ask for or act on data. */
const ACQUIRE = [
  'find',
  'get',
  'give',
  'tell',
  'show',
  'send',
  'look up',
  'lookup',
  'look for',
  'search',
  'locate',
  'track',
  'trace',
  'obtain',
  'retrieve',
  'dig up',
  'uncover',
  'reveal',
  'expose',
  'discover',
  'figure out',
  'work out',
  'what is',
  "what's",
  'what are',
  'where is',
  'where does',
  'where do',
  "where's",
  'leak',
  'dox',
  'doxx',
  'publish',
  'post',
  'share',
  'sell',
  'buy',
  'access',
  'steal',
  'hack',
  'spy',
  'monitor',
  'follow',
  'stalk',
  'identify',
  'pinpoint',
  'hunt',
  'need',
  'want',
  'provide',
  'pull up',
  'compile',
  'read',
  'see',
  'check',
  'reverse-lookup',
  'reverse lookup',
  'build',
  'link',
  'forward',
  'upload',
  'put',
  'log',
  'install',
  'set up',
  'spy on',
  'enrich',
  'list',
  'collect',
  'email me',
  'who lives',
  'when does',
  'what time does',
  'which of',
  'extract',
  'map out',
  'pull',
  'query',
  'export',
  'dump',
  'fetch',
  'grab',
  'text me',
  'dm me',
  'message me',
  'infer',
  'deduce',
  'cross-reference',
  "i'd like",
  'would like',
  'look it up',
  'look her up',
  'look him up',
  'look them up',
];

/** Bulk collection: verbs that take many records at once. */
const BULK_STRONG = [
  'scrape',
  'harvest',
  'dump',
  'steal',
  'sell',
  'buy',
  'leak',
  'exfiltrate',
  'crawl',
  'mine',
  'siphon',
  'publish',
  'post',
  'upload',
  'forward',
  'expose',
];
/** Strong verbs that are also everyday work with the ambiguous nouns below (`forward the emails`, `post photos`). */
const PUBLISHING = new Set(['publish', 'post', 'upload', 'forward', 'expose']);
const AMBIGUOUS = new Set(['emails', 'photos', 'profiles', 'contacts', 'user data', 'customer data']);
/** A quality before an attribute makes it the idea (`strong passwords`), not someone's data. */
const QUALITIES = new Set([
  'strong',
  'stronger',
  'secure',
  'weak',
  'weaker',
  'good',
  'better',
  'unique',
  'complex',
  'memorable',
  'random',
  'safe',
]);
/** Nouns of advice: what is listed or written is the advice, the attribute is its topic. */
const ADVICE = new Set([
  'practice',
  'practices',
  'tip',
  'tips',
  'guide',
  'guidance',
  'guidelines',
  'advice',
  'rules',
  'requirements',
  'policy',
  'checklist',
  'recommendations',
]);

const TOPIC_OF = new Set(['for', 'about', 'on', 'of', 'around', 'regarding']);

const OWN = new Set(['my', 'our']);
const NEGATIONS = new Set(['never', 'not', 't', 'no']);

/** Whether verb `v` is negated (`never to send`, `don't export`, `not share`). */
function negatedVerb(s: string, v: Word): boolean {
  const [w1, w2] = wordsBefore(s, v.start);
  return NEGATIONS.has(w1) || (w1 === 'to' && NEGATIONS.has(w2));
}

/** Words that end or head the name of an organization or a place, not a person. */
const ORGANIZATION_WORDS = new Set([
  'ltd',
  'inc',
  'llc',
  'gmbh',
  'corp',
  'plc',
  'co',
  'company',
  'group',
  'hospital',
  'clinic',
  'university',
  'college',
  'school',
  'bank',
  'hotel',
  'restaurant',
  'department',
  'park',
  'street',
  'avenue',
  'square',
  'library',
  'council',
  'airport',
  'station',
  'museum',
  'center',
  'centre',
  'church',
  'services',
  'solutions',
  'plumbing',
  'roofing',
  'pharmacy',
]);
/** Prepositions of place before a capitalized name (`near Central Park`, `in New Haven`). */
const PLACE_PREPOSITIONS = new Set(['near', 'in', 'around', 'outside', 'inside', 'at', 'across']);

/**
 * Whether the capitalized name at `r` names an organization or a place: a word of its run (up to
 * five capitalized words, `St.` and a possessive `'s` included) ends or heads such names, or a
 * preposition of place comes before it.
 */
function organizationOrPlace(s: string, r: number): boolean {
  const c = s.charCodeAt(r);
  if (c < 65 || c > 90) return false;
  const w0 = wordsBefore(s, r)[0];
  if (PLACE_PREPOSITIONS.has(w0)) return true;
  // `my Raspberry Pi`, `our MacBook Pro`, `a Google Pixel`: a thing one has; a person is not `my Dana Lee`.
  if (w0 === 'my' || w0 === 'our' || w0 === 'a' || w0 === 'an') return true;
  let i = r;
  for (let k = 0; k < 5 && i < s.length; k++) {
    let e = i;
    while (e < s.length && isWordChar(s.charCodeAt(e))) e++;
    if (e === i) return false;
    if (ORGANIZATION_WORDS.has(s.slice(i, e).toLowerCase())) return true;
    if (s.charCodeAt(e) === 46) e++;
    if ((s.charCodeAt(e) === 39 || s.charCodeAt(e) === 0x2019) && (s.charCodeAt(e + 1) | 32) === 115) e += 2;
    while (e < s.length && s.charCodeAt(e) === 32) e++;
    const n = s.charCodeAt(e);
    if (n < 65 || n > 90) return false;
    i = e;
  }
  return false;
}

/** Words of law and policy. */
const LEGAL =
  /\b(?:gdpr|ccpa|hipaa|laws?|legal(?:ly)?|lawful|illegal|courts?|judges?|subpoenas?|regulations?|statutes?)\b/i;
/** A request addressed to the assistant. */
const ADDRESSED = /\b(?:can|could|would|will) you\b|\bplease\b/i;

/**
 * Whether the segment asks a question about the law around personal data (`What does GDPR say
 * about publishing a home address?`, `Can a judge order a platform to reveal …?`), not for the data.
 */
function askedAboutTheLaw(s: string): boolean {
  return s.includes('?') && LEGAL.test(s) && !ADDRESSED.test(s);
}

/** Whether the attribute `w` that verb `v` governs is a topic of advice, not people's data. */
function adviceTopic(s: string, v: Word, w: Word): boolean {
  if (v.start > w.start) return false;
  const between = s
    .slice(v.end, w.start)
    .toLowerCase()
    .split(/[^a-z]+/);
  const last = between[between.length - 2] ?? '';
  if (QUALITIES.has(last)) return true;
  // `tips for …`, `rules about …`: the advice noun takes the attribute as its topic.
  for (let k = 0; k + 1 < between.length; k++) {
    if (ADVICE.has(between[k] as string) && TOPIC_OF.has(between[k + 1] as string)) return true;
  }
  return false;
}
const BULK_WEAK = [
  'collect',
  'compile',
  'gather',
  'export',
  'extract',
  'download',
  'pull',
  'grab',
  'get',
  'list',
  'copy',
  'send',
];
/** Plural personal data; the first group is sensitive enough that any bulk verb counts. */
const BULK_SENSITIVE = [
  'ssns',
  'social security numbers',
  'credit card numbers',
  'credit cards',
  'bank statements',
  'payslips',
  'credit reports',
  'tax returns',
  'exact coordinates',
  'exact locations',
  'precise locations',
  'home locations',
  'location histories',
  'prescription records',
  'passport number',
  'visa status',
  'visa_status',
  'immigration status',
  'card numbers',
  'passwords',
  'password hashes',
  'bank account numbers',
  'bank accounts',
  'passport numbers',
  'medical records',
  'health records',
  'dobs',
  'diagnoses',
  'salaries',
  'cvv',
  'cvvs',
  'mental health',
  'cell numbers',
];
const BULK_ORDINARY = [
  'emails',
  'email addresses',
  'phone numbers',
  'addresses',
  'home addresses',
  'personal data',
  'personal information',
  'pii',
  'dates of birth',
  'contact details',
  'contact info',
  'user data',
  'customer data',
  'profiles',
  'contacts',
  'photos',
];

/** People named by their relation to the writer. */
const RELATIONS = [
  'coworker',
  'co-worker',
  'colleague',
  'neighbor',
  'neighbour',
  'ex',
  'ex-wife',
  'ex-husband',
  'ex-girlfriend',
  'ex-boyfriend',
  'ex-partner',
  'boss',
  'manager',
  'employee',
  'teacher',
  'professor',
  'student',
  'classmate',
  'roommate',
  'landlord',
  'tenant',
  'friend',
  'girlfriend',
  'boyfriend',
  'wife',
  'husband',
  'partner',
  'spouse',
  'crush',
  'sister',
  'brother',
  'mother',
  'father',
  'mom',
  'dad',
  'cousin',
  'stranger',
  'person',
  'guy',
  'girl',
  'woman',
  'man',
  'lady',
  'streamer',
  'influencer',
  'journalist',
  'therapist',
  'doctor',
  'bully',
  'enemy',
  'rival',
  'daughter',
  'son',
  'kid',
  'child',
  'teenager',
  'nurse',
  'coach',
  'tinder match',
  'match',
  'date',
  'individual',
  'celebrity',
  'actress',
  'actor',
  'youtuber',
  'user',
  'owner',
  'judge',
  'patient',
  'whistleblower',
  'employees',
  'parents',
  'neighbours',
  'neighbors',
  'teen',
  'boy',
  'sister-in-law',
  'brother-in-law',
  'mother-in-law',
  'father-in-law',
  'in-laws',
  'new hire',
  'applicant',
  'juror',
  'jurors',
  'witness',
  'nanny',
  'babysitter',
  'caregiver',
  'guest',
  'tenants',
  'everyone',
  'everybody',
];
const DETERMINERS = new Set([
  'my',
  'our',
  'this',
  'that',
  'his',
  'her',
  'their',
  'a',
  'some',
  'the',
  'of',
  'each',
  'every',
]);
/** With `the`, only these name a specific person (`the woman in this photo`, not `the user`). */
const THE_PERSON = new Set([
  'person',
  'woman',
  'girl',
  'guy',
  'boy',
  'owner',
  'judge',
  'patient',
  'whistleblower',
  'stranger',
  'lady',
  'man',
  'journalist',
  'new hire',
  'applicant',
  'juror',
  'witness',
  'tenant',
  'nanny',
  'babysitter',
  'guest',
]);
/** Words that make any request covert: they stand in for a named person. */
const COVERT = [
  'secretly',
  'without telling',
  'without their consent',
  'without consent',
  'without them knowing',
  'without her knowing',
  'without his knowing',
  'silently',
  'hidden',
  "doesn't need to know",
  "don't need to know",
  "doesn't know",
  "won't know",
  'without letting',
  'behind her back',
  'behind his back',
  'behind their back',
];
/** Pronouns of a person; each starts with `h` or `s` (`personRefs` looks up only such words). */
const PRONOUNS = new Set(['her', 'him', 'his', 'she', 'he', 'someone', 'somebody']);
/** Capitalized words that are not names. */
const NOT_NAMES = new Set([
  'I',
  'The',
  'A',
  'An',
  'What',
  'Where',
  'Who',
  'How',
  'Why',
  'When',
  'Which',
  'Please',
  'Can',
  'Could',
  'Would',
  'Find',
  'Get',
  'Give',
  'Tell',
  'Show',
  'Look',
  'Search',
  'Let',
  'It',
  'That',
  'This',
  'There',
  'Here',
  'My',
  'Our',
  'Your',
  'His',
  'Her',
  'Their',
  'He',
  'She',
  'We',
  'They',
  'You',
  'Today',
  'Monday',
  'Tuesday',
  'Wednesday',
  'Thursday',
  'Friday',
  'Saturday',
  'Sunday',
  'January',
  'February',
  'March',
  'April',
  'May',
  'June',
  'July',
  'August',
  'September',
  'October',
  'November',
  'December',
  'Google',
  'Microsoft',
  'Apple',
  'Amazon',
  'Facebook',
  'Meta',
  'GitHub',
  'Twitter',
  'LinkedIn',
  'Social',
  'Security',
  'SSN',
  'US',
  'USA',
  'UK',
  'EU',
  'API',
  'ID',
  'IP',
  'Inc',
  'Corp',
  'Company',
  'Also',
  'And',
  'Or',
  'But',
  'If',
  'Then',
  'Do',
  'Does',
  'Is',
  'Are',
  'Was',
  'Use',
  'Write',
  'Make',
  'Create',
  'Update',
  'Store',
  'Add',
  'Set',
  'New',
  'Street',
  'Road',
  'Avenue',
  'Customer',
  'User',
  'Users',
  'Customers',
  'Service',
  'Support',
  'Team',
  'Office',
  'Department',
  'Bank',
  'America',
  'Hey',
  'Hi',
  'Hello',
  'Thanks',
  'Dear',
  'Mr',
  'Mrs',
  'Ms',
  'Dr',
]);

interface Gate {
  /** Index of the first pattern in the shared automaton, and how many there are. */
  base: number;
  /** 0 attribute, 1 acquire verb, 2 bulk strong, 3 bulk weak, 4 bulk sensitive, 5 bulk ordinary, 6 relation, 7 trait */
  kinds: Uint8Array;
  /** Index of {@link SELECT_WORDS} in the shared automaton. */
  select: number;
}

let gate: Gate | null = null;

/** Built on first use: nothing runs at import time. */
function getGate(): Gate {
  if (gate !== null) return gate;
  const patterns: string[] = [];
  const kinds: number[] = [];
  const add = (list: readonly string[], k: number): void => {
    for (const p of list) {
      patterns.push(p);
      kinds.push(k);
    }
  };
  add(ATTRIBUTES, 0);
  add(ACQUIRE, 1);
  add(BULK_STRONG, 2);
  add(BULK_WEAK, 3);
  add(BULK_SENSITIVE, 4);
  add(BULK_ORDINARY, 5);
  add(RELATIONS, 6);
  add(TRAITS, 7);
  const base = joinGate('pii', patterns);
  gate = { base, kinds: Uint8Array.from(kinds), select: joinGate('pii-select', SELECT_WORDS) };
  return gate;
}

const ENDINGS = ['s', 'es', 'ed', 'ing', 'd'];

/** Whether `s[start, end)` stands as a word (or a word with a plural or verb ending). */
function isWordAt(s: string, start: number, end: number): boolean {
  if (start > 0 && isWordChar(s.charCodeAt(start - 1))) return false;
  if (end >= s.length || !isWordChar(s.charCodeAt(end))) return true;
  for (const x of ENDINGS) {
    const e = end + x.length;
    if (s.slice(end, e).toLowerCase() === x && (e >= s.length || !isWordChar(s.charCodeAt(e)))) return true;
  }
  return false;
}

/** Attributes that are acts of their own (`stalked`, `doxxing`), read with any ending. */
const ACT_ATTRIBUTES: ReadonlySet<string> = new Set(['stalk', 'dox', 'doxx', 'live', 'lives', 'works', 'leaves']);

/** Whether the attribute ending at `end` goes on as `-d`, `-ed` or `-ing` and names a thing, not an act. */
function verbFormOfNoun(s: string, end: number, attr: string): boolean {
  if (end >= s.length || !isWordChar(s.charCodeAt(end)) || ACT_ATTRIBUTES.has(attr)) return false;
  const c = s.charCodeAt(end) | 0x20;
  // `d`, `ed`, `ing`: `s` and `es` are the noun's plural.
  return c === 100 || (c === 101 && (s.charCodeAt(end + 1) | 0x20) === 100) || c === 105;
}

interface Word {
  kind: number;
  start: number;
  end: number;
}

function scanNumbers(s: string, sink: FindingSink): void {
  let emails = 0;
  let phones = 0;
  const n = s.length;
  let intent: boolean | null = null;
  const leak = (): boolean => {
    if (intent === null) {
      const lower = foldCase(s);
      intent = leakIntent(s) || hasWord(lower, 'sell') || hasWord(lower, 'dox') || hasWord(lower, 'doxx');
    }
    return intent;
  };
  let firstPhone = -1;
  let firstEmail = -1;
  for (let i = 0; i < n; i++) {
    const c = s.charCodeAt(i);
    if (c === 64) {
      if (isEmailAt(s, i)) {
        emails++;
        if (firstEmail < 0) firstEmail = i;
      }
      continue;
    }
    if (c >= 65 && c <= 90) {
      i = scanIban(s, sink, i, leak);
      continue;
    }
    const digit = c >= 48 && c <= 57;
    if (!digit && c !== 43 && c !== 40) continue;
    if (i > 0 && (isWordChar(s.charCodeAt(i - 1)) || s.charCodeAt(i - 1) === 46 || s.charCodeAt(i - 1) === 47))
      continue;
    // A run of digits with single separators, at most 40 characters.
    let j = i;
    let digits = '';
    let shape = '';
    const stop = Math.min(n, i + 40);
    while (j < stop) {
      const d = s.charCodeAt(j);
      if (d >= 48 && d <= 57) {
        digits += s[j];
        shape += 'd';
        j++;
      } else if ((d === 32 || d === 45 || d === 46 || d === 41 || d === 40 || d === 43) && j + 1 < n) {
        const next = s.charCodeAt(j + 1);
        const nextOk = (next >= 48 && next <= 57) || (d === 41 && next === 32) || (d === 40 && j === i);
        if (!nextOk) break;
        shape += s[j];
        j++;
      } else break;
    }
    if (j < n && (isWordChar(s.charCodeAt(j)) || s.charCodeAt(j) === 47)) {
      i = j;
      continue;
    }
    classify(s, sink, i, j, digits, shape, leak, (at) => {
      phones++;
      if (firstPhone < 0) firstPhone = at;
    });
    i = Math.max(i, j - 1);
  }
  if (emails >= 3) {
    sink.report(
      'pii.bulk-emails',
      CATEGORY,
      leak() ? 'high' : 'medium',
      D.emails,
      firstEmail,
      firstEmail + 1,
      `${emails} email addresses`,
    );
  }
  if (phones >= 3) {
    sink.report(
      'pii.bulk-phones',
      CATEGORY,
      leak() ? 'high' : 'medium',
      D.phones,
      firstPhone,
      firstPhone + 1,
      `${phones} phone numbers`,
    );
  }
}

const isUpper = (c: number): boolean => c >= 65 && c <= 90;
const isDigitCode = (c: number): boolean => c >= 48 && c <= 57;

/** An IBAN at `i` (two letters, two check digits, then groups); returns where scanning goes on. */
function scanIban(s: string, sink: FindingSink, i: number, leak: () => boolean): number {
  if (
    (i > 0 && isWordChar(s.charCodeAt(i - 1))) ||
    !isUpper(s.charCodeAt(i + 1)) ||
    !isDigitCode(s.charCodeAt(i + 2)) ||
    !isDigitCode(s.charCodeAt(i + 3))
  ) {
    return i;
  }
  const want = ibanLength(s.slice(i, i + 2));
  if (want === 0) return i;
  let v = '';
  let j = i;
  while (j < s.length && v.length < want) {
    const c = s.charCodeAt(j);
    if (isUpper(c) || isDigitCode(c)) v += s[j];
    else if (
      !(c === 32 && j > i && j + 1 < s.length && (isUpper(s.charCodeAt(j + 1)) || isDigitCode(s.charCodeAt(j + 1))))
    )
      break;
    j++;
  }
  if (v.length !== want || (j < s.length && isWordChar(s.charCodeAt(j)) && !(s.charCodeAt(j - 1) === 32))) return i;
  if (!isIban(v)) return i;
  sink.report('pii.iban', CATEGORY, leak() ? 'medium' : 'low', D.iban, i, j, `${v.slice(0, 4)}…`);
  return j - 1;
}

const NANP = new Set([
  'ddd-ddd-dddd',
  'ddd.ddd.dddd',
  'ddd ddd dddd',
  '(ddd) ddd-dddd',
  '(ddd)ddd-dddd',
  '(ddd) ddd dddd',
]);

function classify(
  s: string,
  sink: FindingSink,
  start: number,
  end: number,
  digits: string,
  shape: string,
  leak: () => boolean,
  phone: (at: number) => void,
): void {
  const nd = digits.length;
  if ((shape === 'ddd-dd-dddd' || shape === 'ddd dd dddd') && isSsn(digits)) {
    sink.report('pii.ssn', CATEGORY, leak() ? 'high' : 'medium', D.ssn, start, end, `${digits.slice(0, 3)}-…`);
    return;
  }
  if (nd === 9 && shape === 'ddddddddd' && isSsn(digits)) {
    const before = s.slice(Math.max(0, start - 32), start).toLowerCase();
    if (before.includes('ssn') || before.includes('social security')) {
      sink.report('pii.ssn', CATEGORY, leak() ? 'high' : 'medium', D.ssn, start, end, `${digits.slice(0, 3)}…`);
      return;
    }
  }
  if (
    nd >= 13 &&
    nd <= 19 &&
    !shape.includes('.') &&
    !shape.includes('(') &&
    !shape.includes('+') &&
    isCardNumber(digits)
  ) {
    sink.report('pii.payment-card', CATEGORY, leak() ? 'high' : 'medium', D.card, start, end, `${digits.slice(0, 4)}…`);
    return;
  }
  if (s.charCodeAt(start) === 43 && nd >= 8 && nd <= 15) {
    phone(start);
    return;
  }
  if (
    NANP.has(shape) ||
    (shape.startsWith('d ') && NANP.has(shape.slice(2))) ||
    (shape.startsWith('d-') && NANP.has(shape.slice(2)))
  ) {
    phone(start);
  }
}

/** Example and reserved domains never hold a person's address. */
function isEmailAt(s: string, at: number): boolean {
  let b = at;
  while (b > 0 && at - b < 64) {
    const c = s.charCodeAt(b - 1);
    if (isWordChar(c) || c === 46 || c === 45 || c === 43) b--;
    else break;
  }
  if (b === at) return false;
  let e = at + 1;
  let dot = -1;
  while (e < s.length && e - at < 255) {
    const c = s.charCodeAt(e);
    if (c === 46) dot = e;
    if (isWordChar(c) || c === 45 || c === 46) e++;
    else break;
  }
  while (e > at + 1 && s.charCodeAt(e - 1) === 46) e--;
  if (dot < 0 || dot >= e - 2) return false;
  const domain = s.slice(at + 1, e).toLowerCase();
  return !(
    domain === 'example.com' ||
    domain === 'example.org' ||
    domain === 'example.net' ||
    domain.endsWith('.example') ||
    domain.endsWith('.test') ||
    domain.endsWith('.invalid') ||
    domain.endsWith('.local')
  );
}

/** The person references in `s`: a full name, a determiner + relation, a pronoun, or `@handle`. */
function personRefs(s: string, words: readonly Word[]): number[] {
  const refs: number[] = [];
  // Determiner + relation (`my coworker`, `this person`, `that girl`).
  for (const w of words) {
    if (w.kind !== 6) continue;
    const rel = s.slice(w.start, w.end).toLowerCase();
    let b = w.start - 1;
    while (b >= 0 && s.charCodeAt(b) === 32) b--;
    let a = b;
    while (a >= 0 && isWordChar(s.charCodeAt(a))) a--;
    let det = s.slice(a + 1, b + 1).toLowerCase();
    if (!DETERMINERS.has(det) && det.length > 0) {
      // One adjective between (`the anonymous whistleblower`, `my teenage daughter`).
      let b2 = a;
      while (b2 >= 0 && s.charCodeAt(b2) === 32) b2--;
      let a2 = b2;
      while (a2 >= 0 && isWordChar(s.charCodeAt(a2))) a2--;
      const d2 = s.slice(a2 + 1, b2 + 1).toLowerCase();
      if (DETERMINERS.has(d2)) det = d2;
    }
    if (!DETERMINERS.has(det) && rel !== 'everyone' && rel !== 'everybody') continue;
    if ((det === 'the' || det === 'of') && !THE_PERSON.has(rel) && rel !== 'everyone' && rel !== 'everybody') continue;
    if (
      (rel === 'user' || rel === 'match' || rel === 'date' || rel === 'man') &&
      det !== 'this' &&
      det !== 'that' &&
      det !== 'my'
    )
      continue;
    refs.push(w.start);
  }
  // Words of the segment: pronouns, handles, capitalized names.
  const n = s.length;
  let i = 0;
  let prevCap = -1;
  let sentenceStart = true;
  while (i < n) {
    const c = s.charCodeAt(i);
    if (c === 64 && (i === 0 || !isWordChar(s.charCodeAt(i - 1))) && i + 1 < n && isWordChar(s.charCodeAt(i + 1))) {
      refs.push(i);
      i++;
      continue;
    }
    if (!isWordChar(c)) {
      if (c === 46 || c === 63 || c === 33 || c === 58) sentenceStart = true;
      if (c !== 32 && c !== 39 && c !== 0x2019) prevCap = -1;
      i++;
      continue;
    }
    let e = i;
    while (e < n && isWordChar(s.charCodeAt(e))) e++;
    const len = e - i;
    // Slices only for the few words that can matter: short ones (pronouns, each starting with `h`
    // or `s`) and capitalized ones.
    const first = c | 32;
    if (len <= 8 && (first === 104 || first === 115) && PRONOUNS.has(s.slice(i, e).toLowerCase())) refs.push(i);
    const upper = c >= 65 && c <= 90;
    const word = upper && len >= 2 ? s.slice(i, e) : '';
    const cap = upper && len >= 2 && !NOT_NAMES.has(word) && word.slice(1) !== word.slice(1).toUpperCase();
    if (cap && prevCap < 0 && i >= 4 && s.slice(i - 4, i).toLowerCase() === 'the ') {
      // `the Eiffel Tower`, `the Golden Gate`: a place or a thing, not a person.
      prevCap = -1;
    } else if (cap) {
      // Two capitalized words in a row name a person; so does one with a possessive `'s`.
      const poss = (s.charCodeAt(e) === 39 || s.charCodeAt(e) === 0x2019) && (s.charCodeAt(e + 1) | 32) === 115;
      if (prevCap >= 0 || (poss && !sentenceStart)) refs.push(prevCap >= 0 ? prevCap : i);
      prevCap = i;
    } else prevCap = -1;
    sentenceStart = false;
    i = e;
    if (s.charCodeAt(i) === 39 || s.charCodeAt(i) === 0x2019) {
      i++;
      while (i < n && isWordChar(s.charCodeAt(i))) i++;
    }
  }
  covertAt(s, refs);
  return refs;
}

/** Where each phrase of {@link COVERT} first stands in the segment being read (-1 where it does not). */
const covertFirst = new Int32Array(COVERT.length);
let covertBase = -1;
/** A code unit outside ASCII. */
const NON_ASCII = /[\u0080-\uffff]/;

/**
 * Adds to `refs` where each phrase of {@link COVERT} first stands in `s`, lowered, in the list's
 * order. In ASCII text the shared gate's matches (which ignore ASCII case) give those places; text
 * with other code units is lowered and searched, since lowering some of them gives ASCII (`K`, the
 * Kelvin sign, is `k`).
 */
function covertAt(s: string, refs: number[]): void {
  if (covertBase < 0) covertBase = joinGate('pii-covert', COVERT);
  if (NON_ASCII.test(s)) {
    const lower = foldCase(s);
    for (const c of COVERT) {
      const at = lower.indexOf(c);
      if (at >= 0) refs.push(at);
    }
    return;
  }
  const m = gateMatches(s);
  covertFirst.fill(-1);
  // k < m.count ≤ the match arrays' length; j < COVERT.length = covertFirst.length
  for (let k = 0; k < m.count; k++) {
    const j = (m.pattern[k] as number) - covertBase;
    if (j < 0 || j >= COVERT.length) continue;
    const at = m.start[k] as number;
    const first = covertFirst[j] as number;
    if (first < 0 || at < first) covertFirst[j] = at;
  }
  for (let j = 0; j < COVERT.length; j++) if ((covertFirst[j] as number) >= 0) refs.push(covertFirst[j] as number);
}

const RELATION_SET = new Set(RELATIONS);

/** Whether an attribute at `w` belongs to the writer (`my password`, `my own address`), not `my ex's`. */
function ownAttribute(s: string, w: Word): boolean {
  const before = s
    .slice(Math.max(0, w.start - 24), w.start)
    .toLowerCase()
    .split(/\s+/);
  // before ends with '' (the space right before the attribute).
  const w1 = before[before.length - 2] ?? '';
  const w2 = before[before.length - 3] ?? '';
  // `their own lab results`: each person's own data, given to them.
  if (w1 === 'my' || w1 === 'our' || w1 === 'own') return true;
  if ((w2 === 'my' || w2 === 'our') && !RELATION_SET.has(w1) && !w1.endsWith("'s")) return true;
  // `my passport number and visa status`: the second of a pair shares the first one's owner.
  if (w1 !== 'and' && w1 !== 'or') return false;
  const wide = s
    .slice(Math.max(0, w.start - 48), w.start)
    .toLowerCase()
    .split(/\s+/);
  for (let k = wide.length - 3; k >= 0 && k >= wide.length - 6; k--) {
    const x = wide[k] ?? '';
    if (x === 'my' || x === 'our') return true;
    if (RELATION_SET.has(x) || x.endsWith("'s") || x.endsWith(',')) return false;
  }
  return false;
}

/** Words after a noun that make it a kind (`messages like that`, `texts such as …`). */
const KIND_OF = new Set(['like', 'such']);
/** Attributes that name messages. */
const MESSAGE_ATTRS = new Set(['messages', 'message', 'texts', 'dms', 'emails', 'chats']);

/** Where the sentence holding `at` starts: after `.`, `!`, `?` or a line break. */
function sentenceFrom(s: string, at: number): number {
  let a = at;
  while (a > 0 && !SENTENCE_END.test(s[a - 1] as string)) a--;
  return a;
}
const SENTENCE_END = /[.!?\n]/;

/**
 * Whether the sentence around `at` is a question (it opens with a question word and ends with `?`)
 * whose every person reference stands for anyone (`someone`, `a person`, `people`).
 */
function askedAboutAnyone(s: string, at: number, refs: readonly number[]): boolean {
  const a = sentenceFrom(s, at);
  const q = s.indexOf('?', at);
  if (q < 0) return false;
  const stop = s.slice(at, q).search(/[.!\n]/);
  if (stop >= 0) return false;
  if (!QUESTION_OPEN.test(s.slice(a, q))) return false;
  let any = false;
  for (const r of refs) {
    if (r < a || r > q) continue;
    any = true;
    const before = s.slice(Math.max(a, r - 4), r).toLowerCase();
    if (!GENERIC_REF.test(s.slice(r, r + 9)) && !(/\b(?:a|any) $/.test(before) && /^person\b/i.test(s.slice(r, r + 7))))
      return false;
  }
  return any;
}

/**
 * Whether the sentence before `at` says `my own` with no other person's possessive or relation
 * after it: what follows is still the writer's.
 */
function ownedEarlier(s: string, at: number): boolean {
  const a = sentenceFrom(s, at);
  const before = s.slice(a, at).toLowerCase();
  const own = before.lastIndexOf('my own ');
  if (own < 0) return false;
  // `the patient portal`, `the user app`: a relation word naming a thing.
  const rest = before
    .slice(own + 7)
    .replace(/\b[a-z]+\s+(?:portal|app|account|id|number|records?|files?|data|system|page)\b/g, ' ');
  if (/['\u2019]s\b/.test(rest)) return false;
  for (const w of rest.split(/[^a-z-]+/)) if (RELATION_SET.has(w) || PRONOUNS.has(w)) return false;
  return true;
}

/** Words before plural data that make it a kind, not people's (`the most common passwords`). */
const KIND_WORDS = new Set(['common', 'weak', 'popular', 'banned', 'example', 'sample', 'dummy', 'fake', 'test']);

/** Whether the plural data at `w` is named as a kind (`common passwords`, `sample SSNs`). */
function aKind(s: string, w: Word): boolean {
  return KIND_WORDS.has(wordsBefore(s, w.start)[0] ?? '');
}

/** A device checked for what watches its owner (`how can my friend check her phone for one?`). */
const DEVICE_CHECKED =
  /\b(?:check|scan|inspect|search|sweep)\w*\s+(?:her|his|their|my|your)\s+(?:own\s+)?(?:phone|device|car|laptop|computer|account|tablet)\s+for\b/i;

/** A question's first word. */
const QUESTION_OPEN = /^\s*(?:can|could|is|are|do|does|how|what|why|which|should|would)\b/i;
/** A person reference that stands for anyone. */
const GENERIC_REF = /^(?:someone|somebody)\b/i;
/** Anyone at all, right after an act (`stalk someone`). */
const GENERIC_PERSON = /^\s+(?:someone|somebody|anyone|anybody|people|a person)\b/i;

/**
 * Anti-stalking protections of a tracker defeated for another person's phone (`keep her iPhone
 * from alerting her`), or the tracker's speaker taken out.
 */
const TRACKER_ALERT_DEFEATED =
  /\b(?:stop|keep|prevent|block|disable|silence|avoid)\w*\s+(?:her|his|their|my\s+ex'?s?|the\s+\w+'s)\s+(?:(?:android|apple|samsung|google)\s+)?(?:i?phone|android|phone|device|galaxy)\s+(?:from\s+)?(?:alert|warn|notif|detect|beep|tell|show)\w*|\b(?:take|pull|rip|remove|kill|disable|silence|mute)\w*\s+(?:out\s+)?(?:the\s+)?(?:speaker|beep|sound|chime)s?\s+(?:out\s+)?(?:of|on|in|from)\s+(?:an?\s+|the\s+|my\s+|this\s+)?(?:air\s?tag|tile|smart\s?tag|tracker)/i;

/** What {@link TRACKER_ALERT_DEFEATED} needs, found by a native scan. */
const TRACKER_WORD = /phone|airtag|air tag|smarttag|smart tag|tracker|\btile\b|android|galaxy/i;
/**
 * {@link TRACKER_WORD}'s words in the detectors' shared keyword automaton (ASCII letters in either
 * case, every occurrence); `tile` last, the one that must stand as a word.
 */
const TRACKER_WORDS = ['phone', 'airtag', 'air tag', 'smarttag', 'smart tag', 'tracker', 'android', 'galaxy', 'tile'];
let trackerBase = -1;

/** Whether {@link TRACKER_WORD} finds a word in `s`, from the shared automaton's matches when it has read `s`. */
function trackerWord(s: string): boolean {
  if (trackerBase < 0) trackerBase = joinGate('pii-tracker', TRACKER_WORDS);
  const m = gateRead(s);
  if (m === null) return TRACKER_WORD.test(s);
  return gateFinds(m, s, trackerBase, TRACKER_WORDS.length, trackerBase + TRACKER_WORDS.length - 1);
}

const WINDOW = 150;
/** Grammar words kept per segment. */
const MAX_WORDS = 128;
/** Attributes that are requests by themselves, given a person. */
const SELF_SUFFICIENT = new Set(['dox', 'doxx', 'stalk', 'geolocate', 'unmask', 'deanonymize']);

function scanRequests(s: string, sink: FindingSink, words: readonly Word[]): void {
  // Bulk collection.
  let bulk: Word | null = null;
  for (const w of words) {
    if ((w.kind !== 4 && w.kind !== 5) || ownAttribute(s, w) || aKind(s, w)) continue;
    for (const v of words) {
      if (v.kind !== 2 && v.kind !== 3) continue;
      // A weak verb comes first (`export … SSNs`); a strong one may follow (`get the emails … and sell them`).
      // Sensitive data may close a longer list (`… with their photos and exact coordinates`).
      const before = v.start < w.start && w.start - v.end <= (w.kind === 4 ? 110 : 80);
      const after = v.kind === 2 && v.start > w.end && v.start - w.end <= 80;
      if (!before && !after) continue;
      if (adviceTopic(s, v, w) || negatedVerb(s, v) || notAnAct(s, v)) continue;
      const strong =
        v.kind === 2 &&
        !(
          PUBLISHING.has(s.slice(v.start, v.end).toLowerCase()) && AMBIGUOUS.has(s.slice(w.start, w.end).toLowerCase())
        );
      if (strong || w.kind === 4 || covert(s)) bulk = w;
    }
    if (bulk !== null) break;
  }
  if (bulk !== null) {
    sink.report('pii.bulk-collection', CATEGORY, 'high', D.bulk, bulk.start, bulk.end, s.slice(bulk.start, bulk.end));
    return;
  }
  // A specific person's private attribute.
  const attrs = words.filter((w) => w.kind === 0);
  if (attrs.length === 0) return;
  const verbs = words.filter((w) => w.kind === 1 && !clicked(s, w) && !toldWhy(s, w));
  if (verbs.length === 0) return;
  // Cheap before the person scan: some attribute must have a verb near it.
  if (!attrs.some((a) => verbs.some((v) => v.start < a.end + WINDOW && a.start - v.start <= WINDOW * 2))) return;
  const refs = personRefs(s, words).filter((r) => !organizationOrPlace(s, r));
  if (refs.length === 0 || consented(s) || askedAboutTheLaw(s) || DEVICE_CHECKED.test(s)) return;
  // `Can an AirTag be used to stalk someone? What protects phones?`: a question about anyone.
  if (QUESTION_OPEN.test(s) && s.trimEnd().endsWith('?') && refs.every((r) => GENERIC_REF.test(s.slice(r, r + 9))))
    return;
  for (const a of attrs) {
    const attr = s.slice(a.start, a.end).toLowerCase();
    // `a scheduled code`, `an addressed envelope`: a noun read with a verb ending is the verb or
    // its participle, not the person's data (`her schedule`, `his address`).
    if (verbFormOfNoun(s, a.end, attr)) continue;
    if (compound(s, a) || publicFacing(s, a, attr) || absent(s, a.start) || notTheirs(s, a, attr)) continue;
    // `the Firefox AppArmor profile`, `an AWS profile`: a program's settings, not a person's page.
    if ((attr === 'profile' || attr === 'profiles') && TECH_PROFILES.has(wordsBefore(s, a.start)[0] ?? '')) continue;
    // `the DB password`, `the Wi-Fi password`: a system's credential, not a person's data; and
    // `passwords` with no one's before it is passwords in general (`how does a site check passwords`).
    if (attr === 'password' && SYSTEM_CREDENTIAL.has(wordsBefore(s, a.start)[0] ?? '')) continue;
    if ((attr === 'passwords' || (attr === 'password' && s.charCodeAt(a.end) === 115)) && !possessed(s, a.start))
      continue;
    const action = attr === 'live' || attr === 'lives' || attr === 'works' || attr === 'leaves' || attr === 'talks to';
    if (!action && ownAttribute(s, a)) continue;
    // `share my live location`: the writer's own.
    if (attr === 'live' && OWN.has(wordsBefore(s, a.start)[0])) continue;
    if (attr === 'number' || attr === 'email' || attr === 'works' || attr === 'live' || attr === 'lives') {
      // Weak attributes count only right next to a person (`her number`, `where does Dana live`).
      if (!refs.some((r) => Math.abs(r - a.start) <= 24)) continue;
      // `an email to everyone`, `the update email to Dana`: a message sent to them, not their data.
      if ((attr === 'email' || attr === 'number') && nextWord(s, a.end) === 'to' && !possessed(s, a.start)) continue;
    }
    // `log messages like that`, `texts such as these`: a kind of message, not someone's.
    if (KIND_OF.has(nextWord(s, a.end)) && MESSAGE_ATTRS.has(attr) && !possessed(s, a.start)) continue;
    const near = refs.find((r) => Math.abs(r - a.start) <= WINDOW);
    if (near === undefined) continue;
    const verb = verbs.find((v) => v.start < Math.max(a.start, near) && Math.max(a.start, near) - v.start <= WINDOW);
    const dox = SELF_SUFFICIENT.has(attr);
    if (verb === undefined && !dox) continue;
    // `Find my own medical records … and download the last blood test results`: the same owner.
    if (ownedEarlier(s, a.start)) continue;
    // `How could someone abuse public Venmo data to track a person?`: the attribute's own sentence
    // asks how, about anyone.
    if (askedAboutAnyone(s, a.start, refs)) continue;
    // `Can an AirTag be used to stalk someone?`: a question about anyone, not a request about one.
    if (dox && s.indexOf('?') > a.end && GENERIC_PERSON.test(s.slice(a.end, a.end + 16))) continue;
    sink.report('pii.person-private-data', CATEGORY, 'high', D.person, a.start, a.end, s.slice(a.start, a.end));
    return;
  }
}

/**
 * Nouns that make an attribute word the name of a thing rather than someone's data: a `password
 * manager`, a `birthday party`, an `address field`.
 */
const COMPOUND_HEADS = new Set([
  // `school laptop`, `school supplies`: a thing of the school, not where a person studies.
  'laptop',
  'laptops',
  'tablet',
  'supplies',
  'bus',
  // `the school fundraiser`, `the school play`: an event of the school.
  'fundraiser',
  'fundraisers',
  'fair',
  'trip',
  'play',
  'concert',
  'festival',
  'raffle',
  'reunion',
  'newsletter',
  'district',
  'board',
  'uniform',
  'holidays',
  'project',
  'app',
  'manager',
  'managers',
  'party',
  'message',
  'messages',
  'wishes',
  'parties',
  'cake',
  'card',
  'cards',
  'gift',
  'reset',
  'policy',
  'policies',
  'field',
  'fields',
  'generator',
  'strength',
  'hash',
  'hashing',
  'format',
  'formats',
  'validation',
  'validator',
  'input',
  'form',
  'column',
  'columns',
  'template',
  'book',
  'bar',
  'rules',
  'requirements',
]);

/** Whether the attribute at `a` is the first word of a compound such as `password manager`. */
function compound(s: string, a: Word): boolean {
  const next = nextWord(s, a.end);
  if (COMPOUND_HEADS.has(next)) return true;
  // `the ssn and diagnosis columns`: the first of two words that share the head.
  if (next !== 'and' && next !== 'or') return false;
  const at = s.indexOf(next, a.end) + next.length;
  const second = nextWord(s, at);
  return second !== '' && COMPOUND_HEADS.has(nextWord(s, s.indexOf(second, at) + second.length));
}

/** Words before `password` that make it a system's credential (`db password`, `wifi password`). */
const SYSTEM_CREDENTIAL = new Set(
  'db database mysql postgres postgresql redis mongo mongodb smtp ftp sftp ldap vpn wifi fi router service app api vault keystore server cluster broker rabbitmq kafka jenkins grafana elastic'.split(
    ' ',
  ),
);

/** Words before `profile` that make it a program's settings (`apparmor profile`, `aws profile`). */
const TECH_PROFILES = new Set(
  'apparmor selinux seccomp firefox chrome chromium browser edge safari thunderbird outlook aws sso iam powershell bash shell zsh terminal vpn wifi network power color colour performance memory cpu gpu thermal tuned audio docker kubernetes kubectl gcloud azure git ssh windows roaming sampling hardware tuning compiler build deployment launch security'.split(
    ' ',
  ),
);

/** Nouns after which `live` is an adjective (`live location`, `live demo`), not where someone lives. */
const LIVE_NOUNS = new Set([
  'location',
  'locations',
  'stream',
  'streams',
  'streaming',
  'chat',
  'demo',
  'updates',
  'update',
  'preview',
  'reload',
  'site',
  'version',
  'data',
  'feed',
  'event',
  'session',
  'sharing',
  'traffic',
  'server',
  'environment',
  'mode',
  'view',
  'map',
  'tracking',
]);
/** Places whose profiles people publish to be found: a professional or public profile. */
const PUBLIC_PROFILE = new Set([
  'linkedin',
  'github',
  'gitlab',
  'professional',
  'public',
  'company',
  'author',
  'speaker',
  'official',
  'npm',
  'orcid',
  'scholar',
  'academic',
  'faculty',
]);

/**
 * Whether the attribute is not private data here: `live` as an adjective (`share my live
 * location`), or a profile its owner publishes to be found (`her LinkedIn profile`, `the
 * speaker's GitHub profile`).
 */
function publicFacing(s: string, a: Word, attr: string): boolean {
  if (attr === 'live') return LIVE_NOUNS.has(nextWord(s, a.end));
  if (attr === 'phone') {
    // `on his phone`, `from her phone`: the device, not its number; unless something is put on
    // it to watch its owner (`spyware on her phone`).
    const [w1, w2] = wordsBefore(s, a.start);
    return DEVICE_DETERMINERS.has(w1) && DEVICE_PREPOSITIONS.has(w2) && !SPYING.test(s) && !covert(s);
  }
  const c = s.charCodeAt(a.start);
  // `on WhatsApp`, `via Telegram`: the channel a message goes through, not someone's account.
  if (c >= 65 && c <= 90 && CHANNEL_PREPOSITIONS.has(wordsBefore(s, a.start)[0])) return true;
  return attr === 'profile' && PUBLIC_PROFILE.has(wordsBefore(s, a.start)[0]);
}

const CHANNEL_PREPOSITIONS = new Set(['on', 'via', 'over', 'through', 'using']);

/** Contact attributes an organization publishes (`the support phone number`, `the press email`). */
const CONTACT_ATTRS = new Set(['number', 'phone', 'phone number', 'email', 'email address', 'address']);
/**
 * Words before a contact attribute that make it an organization's contact point, published to be
 * reached (`customer service number`, `booking hotline`, `press office email`), not a person's.
 */
const SERVICE_POINTS = new Set(
  'service support care helpline hotline press sales reservation reservations booking bookings switchboard enquiries inquiries enquiry inquiry toll-free tollfree non-emergency reception office desk business'.split(
    ' ',
  ),
);
/** Words between a service word and `number` (`support phone number`, `sales fax number`). */
const CONTACT_WORDS = new Set(['phone', 'telephone', 'fax', 'mobile', 'contact', 'whatsapp', 'text']);
/** Words before `number` that make it a thing's number (`the PO number`, `a tracking number`). */
const THING_NUMBERS = new Set(
  'po order invoice ticket tracking part model serial version build case reference ref confirmation flight table page line issue pr release port item sku batch lot row column step'.split(
    ' ',
  ),
);
/** Words before `identity` that make it a system's (`managed identity`, `workload identity`). */
const SYSTEM_IDENTITY = new Set(
  'managed workload federated service system user-assigned assigned one an machine device app application cloud brand visual corporate'.split(
    ' ',
  ),
);
/** Nouns after an app's name that make it the channel of something sent (`a WhatsApp reminder`). */
const SENT_THINGS = new Set([
  'reminder',
  'reminders',
  'broadcast',
  'invite',
  'invites',
  'invitation',
  'announcement',
  'poll',
  'note',
  'call',
  'update',
  'notice',
]);
/** Participles after an attribute that say it is to be protected (`get her address suppressed`). */
const PROTECTED = new Set([
  'suppressed',
  'removed',
  'hidden',
  'redacted',
  'masked',
  'protected',
  'unlisted',
  'blurred',
  'scrubbed',
  'deleted',
  'sealed',
  'confidential',
  'withheld',
  'anonymized',
  'anonymised',
]);

/** Nouns after an act that name who suffered it (`stalking victim`). */
const SUFFERED = new Set(['victim', 'victims', 'survivor', 'survivors', 'target', 'targets']);

/**
 * Whether `tell` or `explain` at `v` gives a reason to someone (`tell my grandpa why he should
 * never …`, `explain to her that it is a scam`): an explanation, not data asked for.
 */
function toldWhy(s: string, v: Word): boolean {
  const c = s.charCodeAt(v.start) | 32;
  if (c !== 116 && c !== 101) return false;
  const verb = s.slice(v.start, v.end).toLowerCase();
  if (verb !== 'tell' && verb !== 'explain') return false;
  const after = s.slice(v.end, v.end + 40).toLowerCase();
  return /^(?:\s+to)?(?:\s+(?:my|our|your|his|her|their|the|a)?\s*[a-z'-]+)?\s+(?:why|that)\b/.test(after);
}

/** Whether the words before `start` (two of them) own what follows: `her`, `his`, `their`, `Dana's`. */
function ownedBefore(s: string, start: number): boolean {
  const [w1, w2] = wordsBefore(s, start);
  if (w1 === 'her' || w1 === 'his' || w1 === 'their' || w2 === 'her' || w2 === 'his' || w2 === 'their') return true;
  if (w1 === 's' || w2 === 's') return true;
  return false;
}

/**
 * Whether the attribute names no person's private data here, by the words around it: an
 * organization's published contact point (`the customer service number for …`), a thing's number
 * (`the PO number`), a system's identity (`managed identity`), an app named as the channel of
 * something sent (`a WhatsApp reminder to …`), or the attribute to be protected (`get her address
 * suppressed`). None holds where a person owns the attribute (`her support number` stays).
 */
function notTheirs(s: string, a: Word, attr: string): boolean {
  // The word after the attribute's own ending (`stalking victim`).
  let e = a.end;
  while (e < s.length && isWordChar(s.charCodeAt(e))) e++;
  const next = nextWord(s, e);
  // `get her address suppressed`: the attribute to be protected. `a stalking victim`, `doxxing
  // survivors`: the act names who suffered it.
  if (PROTECTED.has(next) || SUFFERED.has(next)) return true;
  const c = s.charCodeAt(a.start);
  const capital = c >= 65 && c <= 90;
  const contact = CONTACT_ATTRS.has(attr);
  if (!contact && !capital && attr !== 'number' && attr !== 'identity') return false;
  const [w1, w2] = wordsBefore(s, a.start);
  // `the support phone number`: the word before the contact word.
  const head = CONTACT_WORDS.has(w1) ? w2 : w1;
  if (contact && SERVICE_POINTS.has(head) && !ownedBefore(s, a.start)) return true;
  if (attr === 'number' && THING_NUMBERS.has(w1) && !ownedBefore(s, a.start)) return true;
  if (attr === 'identity' && SYSTEM_IDENTITY.has(w1)) return true;
  return capital && SENT_THINGS.has(next) && !ownedBefore(s, a.start);
}

/** Words of software or acts that watch a device's owner. */
const SPYING = /spy|stalk|track|monitor|keylog|intercept|mirror|clone|snoop|read (?:her|his|their)|hack/i;
const DEVICE_DETERMINERS = new Set(['his', 'her', 'their', 'my', 'your', 'our', 'the', 'a', 'its']);
const DEVICE_PREPOSITIONS = new Set(['on', 'from', 'in', 'onto', 'with', 'via', 'to', 'off']);

/** Verbs that are also nouns (`a query`, `the export`). */
const NOUN_VERBS = new Set(['query', 'export', 'dump', 'pull', 'fetch', 'grab']);
/** Words that make the next a noun (`a SQL query`, `a GraphQL query`). */
const QUERY_KINDS = new Set(['sql', 'graphql', 'search', 'database', 'db', 'csv', 'data', 'memory', 'heap', 'core']);

/** Whether the verb word `v` is a noun after an act on a screen (`click links`, `tap the link`). */
function clicked(s: string, v: Word): boolean {
  // Only these verbs are read here: `query`, `export`, `dump`, `pull`, `fetch`, `grab`, `link`, `post`.
  const c = s.charCodeAt(v.start) | 32;
  if (c !== 113 && c !== 101 && c !== 100 && c !== 112 && c !== 102 && c !== 103 && c !== 108) return false;
  const verb = s.slice(v.start, v.end).toLowerCase();
  const noun = NOUN_VERBS.has(verb);
  const onScreen = verb === 'link' || verb === 'post';
  if (!noun && !onScreen) return false;
  const [w1, w2] = wordsBefore(s, v.start);
  // `a SQL query`, `the nightly export`, `this dump`: the verbs that are also nouns, as nouns.
  if (noun && (DETERMINERS.has(w1) || NOUNISH.has(w1) || QUERY_KINDS.has(w1))) return true;
  if (!onScreen) return false;
  const w = w1 === 'the' || w1 === 'a' || w1 === 'any' || w1 === 'these' ? w2 : w1;
  return w === 'click' || w === 'clicking' || w === 'tap' || w === 'tapping';
}

/** Auxiliaries before a participle that tell of an act rather than ask for one (`were exposed`). */
const TOLD = new Set(['was', 'were', 'been', 'being', 'is', 'are', 'got', 'be']);

/**
 * Whether the verb word `v` is not asked for here: told of in the passive (`customers whose
 * addresses were exposed`) or a noun after a determiner or a modifier (`the production dump`,
 * `a data leak`).
 */
function notAnAct(s: string, v: Word): boolean {
  const [w1, w2] = wordsBefore(s, v.start);
  if (TOLD.has(w1)) return true;
  if (DETERMINERS.has(w1) && w1 !== 'of' && w1 !== 'each' && w1 !== 'every') return true;
  return (w2 === 'the' || w2 === 'a' || w2 === 'our' || w2 === 'this') && NOUNISH.has(w1);
}
/** Modifiers that make the word after them a noun (`production dump`, `data leak`). */
const NOUNISH = new Set([
  'production',
  'prod',
  'database',
  'db',
  'data',
  'staging',
  'nightly',
  'weekly',
  'backup',
  'sql',
]);

/** The two words before offset `start`, nearest first, lowercased ('' where there is none). */
function wordsBefore(s: string, start: number): [string, string] {
  const out: [string, string] = ['', ''];
  let i = start;
  for (let k = 0; k < 2; k++) {
    while (i > 0 && s.charCodeAt(i - 1) === 32) i--;
    let j = i;
    while (j > 0 && isWordChar(s.charCodeAt(j - 1))) j--;
    out[k] = s.slice(j, i).toLowerCase();
    i = j;
  }
  return out;
}

/** Whether the attribute at `start` is said to be absent (`log in without a password`, `no address`). */
function absent(s: string, start: number): boolean {
  const [w1, w2] = wordsBefore(s, start);
  return w1 === 'without' || w1 === 'no' || (w2 === 'without' && (w1 === 'a' || w1 === 'an' || w1 === 'any'));
}

/** Whether the word before `start` owns what follows (`her`, `his`, `their`, `Dana's`). */
function possessed(s: string, start: number): boolean {
  const w = wordsBefore(s, start)[0];
  return (
    w === 'her' ||
    w === 'his' ||
    w === 'their' ||
    s
      .slice(Math.max(0, start - 3), start)
      .trimEnd()
      .endsWith("'s")
  );
}

/** The word after offset `end` (spaces skipped), lowercased, or ''. */
function nextWord(s: string, end: number): string {
  let i = end;
  while (i < s.length && s.charCodeAt(i) === 32) i++;
  let j = i;
  while (j < s.length && isWordChar(s.charCodeAt(j))) j++;
  return s.slice(i, j).toLowerCase();
}

function covert(s: string): boolean {
  const lower = foldCase(s);
  return COVERT.some((c) => lower.includes(c));
}

/** Words that say the people concerned agreed, or share with each other by choice. */
const CONSENT_WORDS = [
  'consent',
  'opted in',
  'opted-in',
  'agrees to',
  'agreed to',
  'gave me',
  'with permission',
  'with their permission',
  'share locations',
  'share live location',
  'share my location',
  'share her location',
  'share his location',
  'share their location',
  'share our locations',
  'shares her location',
  'shares his location',
  'shares their location',
  'shares my location',
  'shares location',
  'shared her location',
  'shared his location',
  'location sharing',
  'sharing locations',
];
/** Occurrences of a consent word examined per segment, at most. */
const CONSENT_MAX = 8;

/**
 * The people concerned agreed (`with their consent`, `who opted in`, `she gave me her username`,
 * `we share locations`): data they gave is not sought behind their backs. A negated consent (`without their consent`, `no
 * consent`) is not one.
 */
function consented(s: string): boolean {
  const lower = foldCase(s);
  for (const word of CONSENT_WORDS) {
    let at = lower.indexOf(word);
    for (let k = 0; at >= 0 && k < CONSENT_MAX; k++) {
      const before = lower.slice(Math.max(0, at - 16), at);
      if (!before.includes('without') && !before.includes('no ') && !before.includes("n't") && !before.includes('not '))
        return true;
      at = lower.indexOf(word, at + word.length);
    }
  }
  return false;
}

/** Protected traits and the people nouns that make them a list of people. */
const TRAITS = [
  'muslim',
  'jewish',
  'christian',
  'gay',
  'lesbian',
  'transgender',
  'trans',
  'pregnant',
  'hiv-positive',
  'undocumented',
  'disabled',
  'black',
  'immigrant',
];
const PEOPLE = new Set([
  'men',
  'women',
  'people',
  'employees',
  'students',
  'users',
  'customers',
  'members',
  'residents',
  'neighbors',
  'neighbours',
  'kids',
  'staff',
  'workers',
  'patients',
  'voters',
  'families',
  'couples',
  'immigrants',
  'persons',
  'individuals',
  'teens',
]);
const LISTING = [
  'list',
  'compile',
  'identify',
  'find',
  'database',
  'which',
  'collect',
  'gather',
  'track',
  'map',
  'locate',
  'flag',
  'tag',
];

/** `compile a list of all Muslim employees`, `which of my employees are pregnant`. */
function scanTraits(s: string, sink: FindingSink): void {
  const lower = foldCase(s);
  const words = lower.split(/[^a-z-]+/);
  let verb = false;
  for (let i = 0; i < words.length; i++) {
    // cast drops `undefined`: i < words.length
    const w = words[i] as string;
    if (LISTING.includes(w)) verb = true;
    if (!verb || !TRAITS.includes(w)) continue;
    const next = words[i + 1] ?? '';
    const prev = words[i - 1] ?? '';
    if (PEOPLE.has(next) || (PEOPLE.has(words[i - 2] ?? '') && (prev === 'are' || prev === 'is'))) {
      const at = lower.indexOf(w);
      sink.report('pii.sensitive-trait-list', CATEGORY, 'high', D.trait, at, at + w.length, w);
      return;
    }
  }
}

const SENSITIVE_COLUMNS = [
  'ssn',
  'social_security',
  'card_number',
  'credit_card',
  'cc_number',
  'cvv',
  'password',
  'passwd',
  'pan',
  'passport',
  'passport_no',
  'passport_number',
  'visa_status',
  'immigration_status',
  'national_id',
  'diagnosis',
  'religion',
  'ethnicity',
  'sexual_orientation',
  'hiv_status',
];
/** An outside address the rows are sent to: an email address, or a mail or upload command. */
const SENT_OUT = /[\w.+-]+@[\w-]+\.[\w.-]+|\bmail\s+-s\b|\bmutt\b|\bsendmail\b|\bemail\s+(?:it|the|them)\b/i;

/** `SELECT … ssn, cvv … FROM` sent somewhere: a bulk export of sensitive columns. */
function scanSelect(s: string, sink: FindingSink): void {
  const lower = foldCase(s);
  const sel = lower.indexOf('select ');
  if (sel < 0) return;
  const from = lower.indexOf(' from ', sel);
  if (from < 0) return;
  const cols = lower.slice(sel + 7, from).split(/[\s,]+/);
  const hit = cols.find((c) =>
    SENSITIVE_COLUMNS.some((k) => c === k || c.endsWith(`.${k}`) || c.startsWith(`${k}_`) || c.endsWith(`_${k}`)),
  );
  if (hit === undefined) return;
  // What the request does with the rows, read outside the statement (`WHERE email = $1` is no intent).
  const semi = lower.indexOf(';', from);
  const around = s.slice(0, sel) + (semi < 0 ? '' : s.slice(semi + 1));
  if (
    !(
      leakIntent(around) ||
      hasWord(around.toLowerCase(), 'sell') ||
      lower.includes('into outfile') ||
      // The rows mailed out (`… TO 'out.csv' && mail -a out.csv tips@…`), read past the statement.
      SENT_OUT.test(lower.slice(from))
    )
  )
    return;
  sink.report('pii.bulk-collection', CATEGORY, 'high', D.bulk, sel, from, s.slice(sel, Math.min(from, sel + 60)));
}

/** A selected column that places a person: coordinates, a street address, a location. */
const PLACE_COLUMN =
  /^(?:\w+\.)?(?:\w+_)?(?:lat|lng|lon|long|latitude|longitude|geom|geog|coords?|coordinates|location|loc|address|addr|adress|street|res_street|zip|postcode|postal_code|home_address|home_addr|gps)(?:_\w+)?$/;
/** A filter on one person's identity (`WHERE u.email = …`, `first_name == …`). */
const ONE_PERSON =
  /\b(?:\w+\.)?(?:e_?mail|email_address|full_?name|first_?name|last_?name|member_?name|user_?name|phone|msisdn)\s*={1,2}\s*(?:['"]|:\w|\$\w|\?)/i;
/** A literal email address of someone, written in the text. */
const EMAIL_LITERAL = /[\w.+-]+@[\w-]+\.[\w.-]+/;

/**
 * `SELECT pickup_lat, pickup_lng, dropoff_lat … FROM rides … WHERE u.email = 'dana@…'`: where one
 * named person has been, read from records. Two or more columns that place someone, a filter on a
 * single person's identity, and that person's address written in the request (a parameter alone,
 * `WHERE email = $1`, is an application's code, not a person looked up).
 */
function scanTrail(s: string, sink: FindingSink): void {
  const lower = foldCase(s);
  const sel = lower.indexOf('select ');
  if (sel < 0) return;
  const from = lower.indexOf(' from ', sel);
  if (from < 0 || from - sel > 600) return;
  let places = 0;
  for (const c of lower.slice(sel + 7, from).split(/[\s,]+/)) if (PLACE_COLUMN.test(c)) places++;
  if (places < 2) return;
  const rest = s.slice(from);
  if (!ONE_PERSON.test(rest) || !EMAIL_LITERAL.test(rest)) return;
  sink.report('pii.person-private-data', CATEGORY, 'high', D.person, sel, from, s.slice(sel, Math.min(from, sel + 60)));
}

/** A data frame or list filtered on one person's name written out (`v.last_name == 'Farouk'`). */
const NAMED_ROW =
  /\b(?:\w+\.)?(?:(?:first|last|full|member|owner|given|family|sur)_?name|first|last|surname|email)\s*==\s*['"][^'"\n]{2,40}['"]/i;
/** Place columns counted in a program, at most (the reading stops once it has two). */
const TRAIL_TOKENS_MAX = 400;

/**
 * `v[(v.first_name == 'Nadia') & (v.last_name == 'Farouk')][['res_street', 'res_zip']]`: a
 * program that pulls one named person's address or coordinates out of a table of people (voter
 * rolls, change-of-address files, member lists). Two place columns and a filter on a name written out.
 */
function scanFrameTrail(s: string, sink: FindingSink): void {
  const row = NAMED_ROW.exec(s);
  if (row === null) return;
  const seen = new Set<string>();
  let tokens = 0;
  for (const m of s.matchAll(/[A-Za-z_][\w.]{2,40}/g)) {
    if (++tokens > TRAIL_TOKENS_MAX) return;
    const t = m[0].toLowerCase();
    if (PLACE_COLUMN.test(t) && t.indexOf('.') < 0) seen.add(t);
    if (seen.size >= 2) {
      sink.report('pii.person-private-data', CATEGORY, 'high', D.person, row.index, row.index + row[0].length, row[0]);
      return;
    }
  }
}

/** A digit or `@`: what every number and address finding needs (a native scan, not a loop). */
const DIGIT_OR_AT = /[0-9@]/;

/** How a statement's `SELECT` is looked for (as `includes` would, case and all), in the shared gate. */
const SELECT_WORDS = ['select', 'SELECT'];

function scanSegment(s: string, sink: FindingSink): void {
  // The encoding detector's prescan of the segment, when at hand, tells whether a digit or `@` is there.
  const pre = prescanned(s);
  if (pre !== null ? pre.digitOrAt : DIGIT_OR_AT.test(s)) scanNumbers(s, sink);
  const g = getGate();
  if (s.length >= 14 && gateIncludes(gateMatches(s), s, g.select, SELECT_WORDS)) {
    scanSelect(s, sink);
    scanTrail(s, sink);
  }
  const words: Word[] = [];
  let attr = false;
  let trait = false;
  const m = gateMatches(s);
  for (let i = 0; i < m.count; i++) {
    // casts drop `undefined`: i < m.count ≤ the match arrays' length; p is checked against g.kinds.length
    const p = (m.pattern[i] as number) - g.base;
    if (p < 0 || p >= g.kinds.length) continue;
    const start = m.start[i] as number;
    const end = m.end[i] as number;
    // The grammar pairs words; a bound on them keeps adversarial lines linear.
    if (words.length >= MAX_WORDS || !isWordAt(s, start, end)) continue;
    const kind = g.kinds[p] as number;
    if (kind === 0 || kind === 4 || kind === 5) attr = true;
    if (kind === 7) trait = true;
    words.push({ kind, start, end });
  }
  if (trait) scanTraits(s, sink);
  if (s.length >= 24 && trackerWord(s)) {
    const alert = TRACKER_ALERT_DEFEATED.exec(s);
    if (alert !== null)
      sink.report(
        'pii.tracker-alert-defeated',
        CATEGORY,
        'high',
        D.tracker,
        alert.index,
        alert.index + alert[0].length,
        alert[0],
      );
  }
  if (attr) scanRequests(s, sink, words);
  if (s.length >= 40 && s.indexOf('==') >= 0) scanFrameTrail(s, sink);
}

/** Personal data by validator, and requests for a person's private data by grammar. */
export const piiDetector: Detector = Object.freeze({
  name: 'pii',
  scan: scanSegment,
});

/** Every finding id the detector can report. */
export const PII_FINDING_IDS: readonly string[] = Object.freeze([
  'pii.payment-card',
  'pii.ssn',
  'pii.iban',
  'pii.bulk-emails',
  'pii.bulk-phones',
  'pii.person-private-data',
  'pii.bulk-collection',
  'pii.sensitive-trait-list',
  'pii.tracker-alert-defeated',
]);
