/**
 * The lexicon grammar of the harmful-request detector: word classes (see `_harmful-words.ts`)
 * combined by small rules of the form request × harmful object × modifier, each within a bounded
 * distance in tokens, each silenced by defensive, educational, fictional or first-party cues
 * nearby (`detect`, `protect`, `story`, `my own`, `opted in`). Every rule looks at a fixed number of
 * tokens around an anchor, so a window costs time linear in its tokens.
 *
 * @internal Not part of the public API.
 */

import { ordersItReal } from './_frame-reading.js';
import {
  F_BREAK,
  F_CAPITAL,
  F_MIXED,
  F_POSSESSIVE,
  fnvStep,
  foldHash,
  foldHashes,
  lower,
  type TokenBuffer,
} from './_harmful-lex.js';
import {
  ACCOUNT,
  ARTIFACT,
  AV,
  BULK,
  CLASS_WORDS,
  CLONE,
  COVERT,
  CRED,
  DEF,
  ENGAGE,
  EVADE,
  FAKE,
  FRAUD,
  IMPERSONATE,
  INTRUDE,
  LAW,
  M_BODY,
  M_BOT,
  M_BUY,
  M_DOX,
  M_EVERY,
  M_HOW,
  M_LIVES,
  M_MONEY,
  M_MY,
  M_NOTOBJ,
  M_OUTSIDE,
  M_PERSIST,
  M_PLATFORM,
  M_PROMO,
  M_REMOTE,
  M_REVIEWS,
  M_SAMPLE,
  M_SCRAPE,
  M_SELF,
  M_SPAM,
  M_STAR,
  M_STRONGFAKE,
  M_STRONGMAL,
  M_TECH,
  M_VICTIM,
  M_WEAKMAL,
  M_WHERE,
  MAKE,
  MAL,
  MARK_WORDS,
  MARK2_WORDS,
  MSG,
  N_ACCOUNTS,
  N_ACCVERB,
  N_ANON,
  N_AUTHENTIC,
  N_CARRIER,
  N_DIFFERENT,
  N_DISGUISE,
  N_DOWNLOAD,
  N_ENCRYPT,
  N_ENGVERB,
  N_EXEC,
  N_EXECOBJ,
  N_EXFIL,
  N_FARM,
  N_FROMAS,
  N_INSTALL,
  N_LOOK,
  N_MALICIOUS,
  N_PERSONA,
  N_PROG,
  N_PROMOTARGET,
  N_PROPAGATE,
  N_RANSOM,
  N_REPEAT,
  N_SENSOR,
  N_SENSPLACE,
  N_SPREADTO,
  N_SURVEIL,
  N_VERBPRE,
  N_VULN,
  N_WHO,
  N_WIPE,
  NEG,
  NUMBER_WORDS,
  OPTIN,
  OTHER,
  OWN,
  PAIRS,
  PAIRS2,
  PATTR,
  PHISH,
  REQ,
  SEEK,
  SEND,
  STEAL,
  TRACK,
  UNSOL,
  VIOLENT,
  WEAPON,
} from './_harmful-words.js';
import { WordSlots } from './_word-slots.js';

/** One rule of the grammar: its finding id, category and fixed description. */
export interface HarmfulRule {
  /** One bit per rule, to report each at most once per window. */
  readonly bit: number;
  readonly id: string;
  readonly category: string;
  readonly description: string;
}

/** Receives a match: the rule and the token span `[first, last]` that made it. */
export type RuleVisitor = (rule: HarmfulRule, first: number, last: number) => void;

let nextBit = 0;

function rule(id: string, category: string, description: string): HarmfulRule {
  return Object.freeze({ bit: 1 << nextBit++, id, category, description });
}

/** The grammar's findings. */
export const RULES = Object.freeze({
  malwareCreate: rule('harmful.malware-create', 'malware', 'asks for malware to be written or built'),
  malwareEvasion: rule('harmful.malware-evasion', 'malware', 'asks to hide malicious code from antivirus or detection'),
  phishingKit: rule('harmful.phishing-kit', 'malware', 'asks for a phishing page, kit or message'),
  credentialTheft: rule('harmful.credential-theft', 'malware', 'asks to steal passwords, cookies or other credentials'),
  secretExposed: rule(
    'harmful.secret-exposed',
    'credential-exfiltration',
    "moves keys, tokens or passwords to the asker, a public place or out of another person's machine",
  ),
  accountIntrusion: rule(
    'harmful.account-intrusion',
    'malware',
    "asks to break into another person's account, device or network",
  ),
  personalData: rule('harmful.personal-data', 'privacy', "seeks or exposes a specific person's private data"),
  tracking: rule('harmful.person-tracking', 'privacy', "tracks a person or reads a person's private communications"),
  covert: rule('harmful.covert-surveillance', 'privacy', "acts on a person without the person's knowledge or consent"),
  doxxing: rule('harmful.doxxing', 'privacy', 'asks to dox or unmask a person'),
  scrapePersonal: rule('harmful.scrape-personal-data', 'privacy', "asks to scrape or harvest people's personal data"),
  bulkMessaging: rule('harmful.bulk-unsolicited', 'spam', 'sends messages in bulk to people who did not ask for them'),
  filterEvasion: rule('harmful.spam-filter-evasion', 'spam', 'asks to get bulk messages past spam filters or bans'),
  spamRequest: rule('harmful.spam-request', 'spam', 'asks for spam to be written, sent or automated'),
  spamBot: rule('harmful.spam-bot', 'spam', 'automates promotional posting or messaging at scale'),
  fakeEngagement: rule('harmful.fake-engagement', 'spam', 'fakes reviews, followers, votes or other engagement'),
  fakeReviews: rule('harmful.fake-reviews', 'spam', 'writes reviews or testimonials posing as customers'),
  weapons: rule('harmful.weapons', 'harmful-content', 'asks how to make a weapon, explosive, poison or illegal drug'),
  violence: rule('harmful.violence', 'harmful-content', 'asks how to hurt or kill a person'),
  evadeLaw: rule(
    'harmful.evade-law-enforcement',
    'harmful-content',
    'asks how to avoid getting caught by the authorities',
  ),
  malwareBehavior: rule(
    'harmful.malware-behavior',
    'malware',
    'asks for a program that behaves as malware (spreads itself, encrypts for ransom, disguises itself, drops and runs a binary, captures a device covertly)',
  ),
  accountFarm: rule('harmful.account-farm', 'spam', 'creates accounts in bulk to fake engagement or send messages'),
  fraud: rule('harmful.fraud', 'harmful-content', 'asks for a scam, forgery, laundering or other fraud'),
  impersonation: rule(
    'harmful.impersonation-scam',
    'harmful-content',
    'impersonates someone to obtain money or credentials',
  ),
  cardData: rule(
    'harmful.card-data-cleartext',
    'privacy',
    'asks to store or log payment card data unprotected (the security code, or full numbers in clear)',
  ),
  disinformation: rule('harmful.fabricated-news', 'spam', 'asks for fabricated news about a real person or rival'),
  covertDeploy: rule(
    'harmful.covert-deployment',
    'malware',
    'puts a miner, keylogger or monitoring program on machines or people not the asker, hidden from them',
  ),
});

/** Open-addressing table from word hash to classes, marks and numeric value. */
class WordTable {
  private readonly slots = new WordSlots(13);
  readonly cls = new Uint32Array(this.slots.capacity);
  readonly marks = new Uint32Array(this.slots.capacity);
  readonly marks2 = new Uint32Array(this.slots.capacity);
  readonly nums = new Float64Array(this.slots.capacity).fill(-1);

  /** Slot of `h`, or -1. */
  find(h: number): number {
    return this.slots.find(h);
  }

  add(h: number, c: number, m: number, v: number, m2 = 0): void {
    const i = this.slots.slot(h);
    // a slot is below capacity, the length of every value array
    this.cls[i] = this.cls[i]! | c;
    this.marks[i] = this.marks[i]! | m;
    this.marks2[i] = this.marks2[i]! | m2;
    if (v >= 0) this.nums[i] = v;
  }
}

/** Marks a word that anchors one of the rules of {@link HOOK_WORDS}. */
const M_HOOK = 1 << 31;
/**
 * Anchors of the rules that read a word without a class: a victim (`whoever`), a flood, a photo, a
 * held account or parcel.
 */
const HOOK_WORDS =
  'lottery jackpot sweepstakes inheritance prize giveaway ' +
  'whoever anyone everyone anybody victim victims flood floods flooding overwhelm overwhelms hammer hammers saturate saturates ' +
  'photo photos picture pictures pic pics selfie selfies image images screenshot face faces foto fotos ' +
  'hold held suspended locked frozen blocked expired unpaid overdue redelivery undeliverable undelivered missed pending compromised limited restricted delivered';
/** Marks a word that lets a window past the gate. */
const M_GATE = 1 << 30;
/** Marks the first word of a pair, so only those look the pair table up. */
const M_PAIRHEAD = 1 << 29;
/** Marks a word that anchors one of the rules of {@link describedHarm}. */
const M_DESCRIBED = 1 << 27;
const AS_WORDS = 'as als como comme come wie';
/** Marks `as` and its twins in the other languages (`als`, `como`, `comme`, `come`). */
const M_AS = 1 << 28;
/** The anchors of {@link describedHarm}. */
const DESCRIBED_WORDS =
  'key keys keystroke keystrokes keyboard keypress keypresses typed types typing screenshot screenshots screen clipboard window ' +
  'teclado teclas escribe tastatur tastenanschlage tastatureingaben tippt frappes clavier touches tape digitado digitato tasti ' +
  'toetsaanslagen klawiszy nacisniecia клавиш нажатия tuslari ' +
  'anydesk teamviewer tightvnc ultravnc realvnc vnc rustdesk screenconnect splashtop radmin ammyy sharing desktop ' +
  'cvv cvc cvv2 cvc2 cvn csc code codes number numbers details bios bio personas backstories anonymous anonymus anonymos anonimous annonymous pseudonymous anon burner throwaway ' +
  'anonymen anonymer anonyme anonimo anonima ketikan ketikannya phím ' +
  'анонимный анонимного анонимная анонимную анонимным whistleblower whistleblowers tipster ' +
  'kartennummern kartennummer kreditkartennummern tarjeta tarjetas cartoes cartes карт ' +
  'variations versions rewordings rewrites variants spins';
/** A number at least this large lets a window past the gate (a bulk count). */
const GATE_COUNT = 1000;
/** Classes rare in ordinary requests; every rule needs at least one of them or a gate mark. */
const GATE_CLASSES =
  MAL |
  EVADE |
  PHISH |
  CLONE |
  STEAL |
  INTRUDE |
  PATTR |
  COVERT |
  FAKE |
  WEAPON |
  VIOLENT |
  LAW |
  FRAUD |
  IMPERSONATE |
  BULK |
  UNSOL;
const GATE_MARKS = M_DOX | M_SCRAPE | M_SPAM | M_PROMO | M_BUY | M_STRONGFAKE | M_REVIEWS | M_LIVES | M_STAR;
/** Further gate words: the strong trackers, `without` (of `without her knowing`), pair heads. */
const GATE_WORDS = [
  'track tracking trace stalk stalking locate intercept spy spying without behind airtag airtags tracker trackers gps alt',
  'tiktok instagram facebook reddit twitter youtube discord telegram whatsapp linkedin subreddit subreddits quora pinterest yelp tripadvisor',
  'bluesky mastodon tumblr snapchat weibo wechat imessage viber nextdoor substack producthunt hackernews lemmy wikipedia capterra playstore appstore throwaway upvote upvotes downvote downvotes',
  'number numbers security records record statements birth identity personal private',
  'break breaking broke brute sim credential denial anti sock farm star gun firearm gas gift stolen theft rid dispose wont cant cannot doesnt fully bank',
  'bomber dll macro macros attachment exe executable msi shellcode webcam microphone keystrokes bot bots',
  'personas persona residents different legit organic repeatedly nonstop disguised disguise masquerading vpn vpns proxy proxies premium shortcode surtaxes surtaxe',
  'keystroke keystrokes logger infected zombie mbr wipes corrupts bricks invisible whoever social stage reverse birthday',
  'encrypt encrypts encrypting encrpyt encrpyts looks itself clinic clinics abortion shelter shelters rehab protest protests anonymous anonymus anonymos anonimous annonymous',
  'spread spreads spreading propagate propagates propagating replicate replicates replicating locks installs automatically',
  'keyboard typed screenshot screenshots clipboard wordlist guesses guessing telnet rdp smb anydesk teamviewer tightvnc ultravnc realvnc rustdesk screenconnect tray',
  'cvv cvc cvv2 cvc2 plaintext cleartext unhashed plain unencrypted bios opponent opponents candidate candidates rival rivals pseudonymous anon metadata',
  'hiv psychiatric diagnoses pregnant pregnancy genetic dna genome genomic brca brca1 brca2 huntington 23andme ancestrydna orientation gay lesbian bisexual transgender undocumented immigration therapist therapy counselling counseling miscarriage fertility ivf menstrual union garnishment garnished bankruptcy bankrupt arrears welfare ovulation prenatal contraceptive contraceptives contraception',
  'strava garmin peloton fitbit runkeeper komoot mapmyrun geotag geotags geotagged checkins fitness trustpilot etsy forum forums glassdoor throwaway 4chan stylistic similarity deanonymize deanonymise gmail yahoo hotmail protonmail icloud dropbox usb',
  'sin sem sans senza ohne comentarios commentaires commenti kommentare',
  'recorder recorders logger loggers nobody noone',
  // Heads of weapon pairs (`nuclear weapon`, `chemical weapons`) whose second word is too common to be a class word.
  'nuclear chemical biological',
  'анонимный анонимного анонимная анонимную анонимным stylometry whistleblower whistleblowers tipster kartennummern kreditkartennummern',
  'rescate losegeld losegeldforderung rancon resgate riscatto cifre cifra cifrar verschlusselt verschlusseln chiffre chiffrer criptografe criptografa criptografar encripta encriptar cifri cifrare crittografa crittografare',
  'teclado teclas tastatur tastenanschlage tastatureingaben frappes clavier digitado digitato tasti',
  'espiar espionner espionar spiare ausspionieren rastrear pister rintracciare orten',
  'losgeld okupu okup выкуп выкупа fidye versleutelt versleutelen szyfruje szyfrowac zaszyfruj шифрует зашифрует шифровать зашифровать sifreleyen sifrele',
  'toetsaanslagen klawiszy нажатия клавиш tuslari bespioneren szpiegowac sledzic шпионить следить takip',
  'chỉ thoại khẩu cắp giá gái trai yêu dõi vị المرور السر नंबर sandi telepon usernames proxies claiming tries photo photos picture pictures pic pics selfie selfies pimeyes facecheck redelivery overdue frozen passer autofill purpose hold held suspended locked expired unpaid undeliverable pending lacak melacak sadap menyadap lottery jackpot sweepstakes inheritance victim victims exfil anonymen anonymer anonyme anonimo anonima ketikan ketikannya korban limited restricted undelivered descargue telecharge herunterladen suivre ausliest phím portable wife husband girlfriend boyfriend partner spouse mirror',
];
/** Second-layer marks whose words let a window past the gate. */
const GATE_MARKS2 = N_MALICIOUS | N_DISGUISE;
/** Second-layer marks that anchor a rule (every other second-layer mark only qualifies one). */
const ANCHORS2 =
  N_PROPAGATE |
  N_RANSOM |
  N_MALICIOUS |
  N_DISGUISE |
  N_CARRIER |
  N_ACCOUNTS |
  N_REPEAT |
  N_SENSPLACE |
  N_WHO |
  N_WIPE |
  N_INSTALL |
  N_DOWNLOAD;

interface Lexicon {
  table: WordTable;
  pairs: Map<number, Array<readonly [number, number, number, 0 | 1, number]>>;
  how: number;
  howNext: ReadonlySet<number>;
  howSubject: ReadonlySet<number>;
  /** `the process of`, `the steps of`: a how-to asked for as a description. */
  process: ReadonlySet<number>;
  /** Verbs that ask for a description (`explain`, `describe`, `outline`). */
  describe: ReadonlySet<number>;
  to: number;
  without: ReadonlySet<number>;
  withoutEnd: ReadonlySet<number>;
  withoutWho: ReadonlySet<number>;
  withoutCaught: ReadonlySet<number>;
  evadePre: ReadonlySet<number>;
  star: number;
  who: number;
  unsolicited: ReadonlySet<number>;
  strong: ReadonlySet<number>;
  itself: number;
  like: number;
  but: number;
  relative: ReadonlySet<number>;
  realName: ReadonlySet<number>;
  atOn: ReadonlySet<number>;
  weakRansom: ReadonlySet<number>;
  back: ReadonlySet<number>;
  visitors: ReadonlySet<number>;
  times: number;
  check: number;
  hideIn: ReadonlySet<number>;
  inFrom: ReadonlySet<number>;
  hidden: number;
  link: number;
  mbr: number;
  stage: number;
  on: number;
  opener: ReadonlySet<number>;
  genuine: ReadonlySet<number>;
  anyone: ReadonlySet<number>;
  opens: ReadonlySet<number>;
  fakeUi: ReadonlySet<number>;
  place: ReadonlySet<number>;
  spyware: ReadonlySet<number>;
  which: ReadonlySet<number>;
  itThem: ReadonlySet<number>;
  seo: ReadonlySet<number>;
  son: number;
  sonNext: ReadonlySet<number>;
  happy: ReadonlySet<number>;
  keyObj: ReadonlySet<number>;
  /** `looking`, `sounding`: a participle that joins an authenticity to the noun after it. */
  participleLook: ReadonlySet<number>;
  /** `them`, `it`: an object pronoun that names what came before. */
  pronounObj: ReadonlySet<number>;
  /** `todo`, `fixme`: a code comment that asks for what follows. */
  todo: ReadonlySet<number>;
  /** A specification's head noun (`function that …`). */
  specHead: ReadonlySet<number>;
  /** `that`, `which`, `to` after a specification's head noun. */
  specRel: ReadonlySet<number>;
  /** Words of a short request that refer back (`Write the code`, `Implement it`). */
  backRef: ReadonlySet<number>;
  /** The unencrypted originals a ransomware deletes (`plaintext`, `originals`). */
  original: ReadonlySet<number>;
  /** `now`, `please`: a word before a referring request's verb. */
  lead: ReadonlySet<number>;
  /** Verbs that join what was listed before (`combine`, `merge`, `finish`). */
  assemble: ReadonlySet<number>;
  /** `saying`, `disclosing`: a disclosure after `without`. */
  disclose: ReadonlySet<number>;
  /** Pronouns whose affiliation a disclosure would name. */
  affiliatePronoun: ReadonlySet<number>;
  /** `work here`, `paid`, `employees`: an affiliation with the praised party. */
  affiliation: ReadonlySet<number>;
  capture: ReadonlySet<number>;
  dest: ReadonlySet<number>;
  strongDest: ReadonlySet<number>;
  total: ReadonlySet<number>;
  variant: ReadonlySet<number>;
  filterVerb: ReadonlySet<number>;
  filterer: ReadonlySet<number>;
  keyTimer: ReadonlySet<number>;
  inApp: ReadonlySet<number>;
  screen: ReadonlySet<number>;
  victim: ReadonlySet<number>;
  cvvNot: ReadonlySet<number>;
  key: ReadonlySet<number>;
  coin: ReadonlySet<number>;
  guess: ReadonlySet<number>;
  guessObj: ReadonlySet<number>;
  guessStrong: ReadonlySet<number>;
  scanWords: ReadonlySet<number>;
  ratTool: ReadonlySet<number>;
  modify: ReadonlySet<number>;
  tray: ReadonlySet<number>;
  accept: ReadonlySet<number>;
  sees: ReadonlySet<number>;
  cvv: ReadonlySet<number>;
  store: ReadonlySet<number>;
  clear: ReadonlySet<number>;
  except: ReadonlySet<number>;
  personaKit: ReadonlySet<number>;
  crowd: ReadonlySet<number>;
  aged: ReadonlySet<number>;
  mine: number;
  sharing: number;
  toward: ReadonlySet<number>;
  boost: ReadonlySet<number>;
  pose: ReadonlySet<number>;
  news: ReadonlySet<number>;
  rival: ReadonlySet<number>;
  anonThing: ReadonlySet<number>;
  /** Where accounts go by handles rather than names (`forum`, `reddit`, `glassdoor`, `throwaway`). */
  anonVenue: ReadonlySet<number>;
  /** Words that open a question (`what`, `can`, `is it legal`). */
  questionOpen: ReadonlySet<number>;
  /** `you` and its kin after a question word: a request in question form. */
  youAsked: ReadonlySet<number>;
  prepOpen: ReadonlySet<number>;
  /** A legal process or a rule (`subpoena`, `court order`, `defamation`, `policy`). */
  legal: ReadonlySet<number>;
  /** `personal`, `private`, `home` before a mailbox or a drive: the asker's own store, outside the organization. */
  privateAdj: ReadonlySet<number>;
  /** A mailbox, a drive or a storage account. */
  box: ReadonlySet<number>;
  /** A consumer mail or storage service, or a removable drive. */
  consumerBox: ReadonlySet<number>;
  /** A removable drive, the asker's when taken home. */
  removable: ReadonlySet<number>;
  /** A possessive of the asker or a person addressed (`your personal iCloud`). */
  owner: ReadonlySet<number>;
  /** Moving data out: export, copy, upload, forward, mail, sync. */
  moveOut: ReadonlySet<number>;
  /** People whose records an organization holds. */
  heldPeople: ReadonlySet<number>;
  /** Records an organization holds about people (pay, ids, health, discipline). */
  heldAttr: ReadonlySet<number>;
  home: number;
  /** A health condition (`diagnosis`, `HIV`, `psychiatric`, `pregnant`). */
  health: ReadonlySet<number>;
  /** What tells who a person is: names, phones, addresses. */
  identifying: ReadonlySet<number>;
  /** Posting or reading out where others read or hear. */
  publishOut: ReadonlySet<number>;
  /** Where others read what is posted. */
  readPlace: ReadonlySet<number>;
  /** Figures that name no one (`count`, `anonymized`, `statistics`), and precautions (`keep … out of`). */
  aggregate: ReadonlySet<number>;
  /** The anchors read before a window's classless words are skipped: fitness apps, health, private stores. */
  preSkip: Set<number>;
  /** Where a credential is typed (`password fields`, `login form`). */
  inputField: ReadonlySet<number>;
  plainWord: ReadonlySet<number>;
  readVerb: ReadonlySet<number>;
  special: ReadonlySet<number>;
  unionWord: number;
  serviceNoun: ReadonlySet<number>;
  tieVerb: ReadonlySet<number>;
  /** Words that tie a person to a service they use (`enrolled in`, `appointments at`). */
  useWord: ReadonlySet<number>;
  whose: number;
  beWord: ReadonlySet<number>;
  about: number;
  unionTail: ReadonlySet<number>;
  medicalWord: number;
  medicalTail: ReadonlySet<number>;
  adverse: ReadonlySet<number>;
  nameWord: ReadonlySet<number>;
  metaWord: ReadonlySet<number>;
  definite: ReadonlySet<number>;
  whWord: ReadonlySet<number>;
  sharedWord: ReadonlySet<number>;
  harmAnchor: ReadonlySet<number>;
  clipboard: number;
  payWord: ReadonlySet<number>;
  dodgeCue: ReadonlySet<number>;
  /** A network identity put in front of a client (`behind VPNs`, `through residential proxies`). */
  maskNet: ReadonlySet<number>;
  /** Words that say each client gets its own address (`rotating`, `each behind`). */
  maskEach: ReadonlySet<number>;
  /** Automated clients run as a crowd (`headless browsers`, `puppeteer`, `replicas`). */
  crowdClient: ReadonlySet<number>;
  /** Acts that count as audience: a play, a stream, a vote, a view, a follow. */
  audienceAct: ReadonlySet<number>;
  /** Words of a load or performance test of one's own service. */
  loadTest: ReadonlySet<number>;
  testWord: ReadonlySet<number>;
  benchWord: ReadonlySet<number>;
  mockWord: ReadonlySet<number>;
  /** A paid channel billed to the phone's owner (`premium`, `shortcode`). */
  premium: ReadonlySet<number>;
  shortcodeWord: number;
  /** What a premium charge goes through (`premium SMS`, `premium-rate number`, `short code`). */
  billedBy: ReadonlySet<number>;
  /** Acts that keep the owner from seeing a message (`hides`, `deletes`, `suppresses`). */
  hideMessage: ReadonlySet<number>;
  /** The messages the owner would see (`confirmation texts`, `the SMS`). */
  ownerMessage: ReadonlySet<number>;
  /** Cover for a charge: in the background, unknown to the owner. */
  unseen: ReadonlySet<number>;
  tollShield: ReadonlySet<number>;
  /** How a list of recipients was come by without their asking (`bought`, `scraped`). */
  listSource: ReadonlySet<number>;
  /** A pause between sends (`sleep`, `delay`) and what makes it irregular (`random`, `jitter`). */
  pause: ReadonlySet<number>;
  jitter: ReadonlySet<number>;
  /** A message sent by code (`send`, `post`, `send_message`). */
  sendCall: ReadonlySet<number>;
  recipients: ReadonlySet<number>;
  eachOf: ReadonlySet<number>;
  /** What measures or handles fraud, after the word (`fraud heuristic`, `fraud score`). */
  fraudTool: ReadonlySet<number>;
  rotate: ReadonlySet<number>;
  rotated: ReadonlySet<number>;
  removedBy: ReadonlySet<number>;
  overlook: ReadonlySet<number>;
  promoLink: ReadonlySet<number>;
  placeAct: ReadonlySet<number>;
  placedThem: ReadonlySet<number>;
  spreadWord: ReadonlySet<number>;
  please: ReadonlySet<number>;
  selectAct: ReadonlySet<number>;
  you: number;
  shield: ReadonlySet<number>;
  revealAct: ReadonlySet<number>;
  inferAct: ReadonlySet<number>;
  strongPlain: ReadonlySet<number>;
  changeCode: ReadonlySet<number>;
  inWord: number;
  yesNoAux: ReadonlySet<number>;
  textWord: number;
  keepVerb: ReadonlySet<number>;
  eachWord: ReadonlySet<number>;
  typeVerb: ReadonlySet<number>;
  site: ReadonlySet<number>;
  reply: ReadonlySet<number>;
  withWord: ReadonlySet<number>;
  of: number;
  thirdPossessive: ReadonlySet<number>;
  /** A record of where a person goes: fitness apps, geotags, check-ins. */
  fitness: ReadonlySet<number>;
  /** A person's routine: routes, start and end, when they leave, where they park or live. */
  routine: ReadonlySet<number>;
  /** Making people up (`invent`, `fictional`, `imaginary`). */
  invent: ReadonlySet<number>;
  madeUp: ReadonlySet<number>;
  up: number;
  /** Defensive words that name a kind of record (`disciplinary history`), not a defence. */
  recordNoun: ReadonlySet<number>;
  /** `anonymize` after `de`: the opposite of protecting a person. */
  anonymize: ReadonlySet<number>;
  de: number;
  unmask: ReadonlySet<number>;
  stylo: ReadonlySet<number>;
  /** Comparing one thing with others (`compare`, `match`, `correlate`, `stylometry`). */
  compare: ReadonlySet<number>;
  /** What an author leaves in writing or in posting (`style`, `typos`, `timestamps`). */
  signal: ReadonlySet<number>;
  /** A group of people an author is looked for among (`employees`, `my class`). */
  group: ReadonlySet<number>;
  /** Photos of a person, and what face search looks for or with. */
  photo: ReadonlySet<number>;
  identity: ReadonlySet<number>;
  faceSearch: ReadonlySet<number>;
  privatePlace: ReadonlySet<number>;
  /** A notice that an account or parcel is held, the action it demands, a link, a brand. */
  hold: ReadonlySet<number>;
  demand: ReadonlySet<number>;
  linkWord: ReadonlySet<number>;
  brand: ReadonlySet<number>;
  everyone: ReadonlySet<number>;
  cold: ReadonlySet<number>;
  /** A workplace beside an attribute (`the office phone number`): a business's, not a person's. */
  business: ReadonlySet<number>;
  /** A prize the recipient is told of (`won a lottery`), the bait of an advance-fee scam. */
  prize: ReadonlySet<number>;
  /** A partner, whose phone is not the asker's to watch. */
  partner: ReadonlySet<number>;
  /** Verbs that watch a device's activity; the strong ones need no second cue. */
  viewVerb: ReadonlySet<number>;
  mirrorVerb: ReadonlySet<number>;
  /** A screen shown on a display (`mirror her screen to the TV`): casting, not watching. */
  display: ReadonlySet<number>;
  /** Where a dropper fetches from (`pastebin`). */
  dropSource: ReadonlySet<number>;
  /** `bots`: automation as the means (`using bots`), not a tool that reports. */
  bots: ReadonlySet<number>;
  /** `exist`: personas that do not exist are made up. */
  exist: ReadonlySet<number>;
  /** A verb of having before a malware word (`my phone has stalkerware`): a victim's question. */
  having: ReadonlySet<number>;
  /** Verbs that copy or read data out (`copies`, `exports`), before credentials shipped away. */
  copyOut: ReadonlySet<number>;
  /** What guessed passwords are tried against (`usernames`, `accounts`). */
  loginTargets: ReadonlySet<number>;
  /** Verbs that make engagement up (`generates views`, `inflate plays`). */
  inflate: ReadonlySet<number>;
  /** Data nouns after an engagement word that make it a measure (`views statistics`). */
  measure: ReadonlySet<number>;
  /** Flooding verbs, and what a flood takes down. */
  flood: ReadonlySet<number>;
  down: ReadonlySet<number>;
  /** Words that open a specification (`Requirements:`, `Spec:`). */
  specOpen: ReadonlySet<number>;
  /** A capture or monitoring program, or a miner, that may be planted (`monitoring`, `recorder`, `mining`). */
  plant: ReadonlySet<number>;
  /** Machines of a place or a group (`office`, `lab`, `staff`, `kiosk`): someone else's fleet. */
  fleet: ReadonlySet<number>;
  /** A claimed purpose or authorization that does not excuse hiding a program from its users. */
  claim: ReadonlySet<number>;
  /** Who would notice (`they`, `users`, `nobody`), and what they would do (`know`, `notice`). */
  noticer: ReadonlySet<number>;
  noticeVerb: ReadonlySet<number>;
  nobody: ReadonlySet<number>;
  /** What accounts do under someone's posts (`reply`, `cheer`, `praise`, `recommend`). */
  cheer: ReadonlySet<number>;
  /** `if`, `though` after `as`. */
  asIf: ReadonlySet<number>;
  /** A template, to be filled in. */
  template: ReadonlySet<number>;
  reviewWord: ReadonlySet<number>;
  /** Filling a template in, once per name. */
  fill: ReadonlySet<number>;
  /** Posting what was written. */
  postVerb: ReadonlySet<number>;
  /** Consent words a negation turns into its absence (`no consent`, `never subscribed`). */
  consentWord: ReadonlySet<number>;
  /** Card numbers in the other languages (`Kartennummern`, `tarjetas`, `cartões`). */
  cardNumbers: ReadonlySet<number>;
  /** Putting data where others read it (`post`, `share`, `publica`, `опубликуй`). */
  publish: ReadonlySet<number>;
  /** Exporting records, as an imperative (`Exportiere`, `выгрузи`). */
  exportVerb: ReadonlySet<number>;
  /** A place anyone can read (`public`, `pastebin`, `öffentlichen`, `открытом`). */
  openPlace: ReadonlySet<number>;
  /** Hidden from sight (`hidden`, `invisible`, `stealthy`), as a program is kept from its users. */
  concealed: ReadonlySet<number>;
  from: number;
  /** `hide`, `sneak`: placing a program out of sight. */
  hideVerb: ReadonlySet<number>;
  /** Monitoring programs, planted on people rather than on a place's machines. */
  watcher: ReadonlySet<number>;
  /** Places a program hides from (`task manager`, `process list`), and idling. */
  hideFrom: ReadonlySet<number>;
  /** Words of a fictional frame (`story`, `novel`, `character`) that count as a defence. */
  fiction: ReadonlySet<number>;
  /** `complete`, `working`, `real`: a quality asked of the artifact itself. */
  quality: ReadonlySet<number>;
  /** Qualities that make a deliverable of a malware name too (`working keylogger`). */
  qualityStrong: ReadonlySet<number>;
  /** What a fictional frame may ask for as a working thing (code, script, reviews, bios). */
  artifact: ReadonlySet<number>;
  /** Words that ask for the deliverable on their own (`compilable`, `runnable`). */
  deliverWhole: ReadonlySet<number>;
  /** `source` of `source code`, and its twins. */
  sourceHead: ReadonlySet<number>;
  sourceTail: ReadonlySet<number>;
  ready: number;
  readyVerb: ReadonlySet<number>;
  copyPaste: ReadonlySet<number>;
  /** Words of sanction (`approved`, `authorized`): the asker's own only as a program's attribute. */
  sanctioned: ReadonlySet<number>;
  /** Words before a thing's attribute (`the`, `our`). */
  thingLead: ReadonlySet<number>;
  /** What a sanction word claims about the request rather than a thing (`scope`, `ticket`). */
  claimNoun: ReadonlySet<number>;
  /** A wish that asks politely (`we'd love`, `I'd like`, `would appreciate`): its verb, after {@link wishLead}. */
  wishVerb: ReadonlySet<number>;
  wishLead: ReadonlySet<number>;
  /** Verbs that ask for a thing made (`write`, `build`, `give`), in their base form only. */
  makeVerb: ReadonlySet<number>;
  /** Words after which a base verb is an order (`please`, `now`, `then`). */
  orderLead: ReadonlySet<number>;
  /** Hashes of each rare word with one letter deleted, and of the word itself → the word's slot. */
  nearDel: Map<number, number>;
  nearWord: Map<number, number>;
  /** Bit `n` of entry `c`: some rare word starting with `c` has length n - 1, n or n + 1. */
  nearShape: Uint32Array;
  nearFilter: Uint32Array;
}

let lexicon: Lexicon | null = null;

/** Builds the lexicon on first use (no work at import time). */
function getLexicon(): Lexicon {
  if (lexicon !== null) return lexicon;
  const table = new WordTable();
  for (const [c, words] of CLASS_WORDS) for (const h of foldHashes(words)) table.add(h, c, 0, -1);
  for (const [m, words] of MARK_WORDS) for (const h of foldHashes(words)) table.add(h, 0, m, -1);
  for (const [w, v] of NUMBER_WORDS) table.add(foldHash(w), 0, 0, v);
  for (const words of GATE_WORDS) for (const h of foldHashes(words)) table.add(h, 0, M_GATE, -1);
  for (const [c, words] of CLASS_WORDS)
    if (c & GATE_CLASSES) for (const h of foldHashes(words)) table.add(h, 0, M_GATE, -1);
  for (const [m, words] of MARK_WORDS)
    if (m & GATE_MARKS) for (const h of foldHashes(words)) table.add(h, 0, M_GATE, -1);
  for (const [m2, words] of MARK2_WORDS) {
    const gate = m2 & GATE_MARKS2 ? M_GATE : 0;
    for (const h of foldHashes(words)) table.add(h, 0, gate, -1, m2);
  }
  const pairs = new Map<number, Array<readonly [number, number, number, 0 | 1, number]>>();
  const addPair = (a: string, b: string, c: number, m: number, which: 0 | 1, m2: number): void => {
    const ha = foldHash(a);
    table.add(ha, 0, M_PAIRHEAD, -1);
    let list = pairs.get(ha);
    if (list === undefined) {
      list = [];
      pairs.set(ha, list);
    }
    list.push([foldHash(b), c, m, which, m2]);
  };
  for (const h of foldHashes(DESCRIBED_WORDS)) table.add(h, 0, M_DESCRIBED, -1);
  for (const h of foldHashes(HOOK_WORDS)) table.add(h, 0, M_HOOK, -1);
  for (const h of foldHashes(AS_WORDS)) table.add(h, 0, M_AS, -1);
  for (const [a, b, c, m, which] of PAIRS) addPair(a, b, c, m, which, 0);
  for (const [a, b, m2, which] of PAIRS2) addPair(a, b, 0, 0, which, m2);
  lexicon = {
    table,
    pairs,
    how: foldHash('how'),
    howNext: foldHashes('do can could would should might may'),
    howSubject: foldHashes('i we you one someone people'),
    process: foldHashes('process steps mechanics procedure'),
    describe: foldHashes('explain describe outline detail walk'),
    to: foldHash('to'),
    // `sin que se entere`, `sans qu'il le sache`, `senza che lei lo sappia`, `ohne dass sie es merkt`.
    without: foldHashes('without behind sin sem sans senza ohne без'),
    withoutEnd: new Set(
      foldHashes(
        'vea vean note noten voie voient veja vejam knowing knowledge noticing noticed consent permission authorization realizing suspecting telling mentioning alerting einwilligung zustimmung accord consentimento согласия back entere enteres sepa sepan saber accorga accorgano sache sachent sappia sappiano sapere merkt merken wissen consentimiento consentement consenso permiso autorizacion',
      ),
    ),
    withoutCaught: foldHashes('flagged detected caught blocked noticed'),
    withoutWho: new Set(
      foldHashes(
        'her him them their his the owner user users anyone people victim victims person ella el ele ela il elle lei lui sie er',
      ),
    ),
    evadePre: foldHashes('without escape flee fleeing outrun elude'),
    star: foldHash('star'),
    who: foldHash('who'),
    unsolicited: new Set(
      foldHashes(
        'unsolicited bought purchased scraped strangers leaked comprada comprados achete achetes achetee gekaufte gekauften dibeli',
      ),
    ),
    strong: foldHashes(
      'hack hacking hacked break get hijack hijacking infiltrate brute crack cracking bruteforce takeover',
    ),
    itself: foldHash('itself'),
    like: foldHash('like'),
    but: foldHash('but'),
    relative: foldHashes('that which'),
    realName: foldHashes('real true actual'),
    atOn: foldHashes('at on'),
    weakRansom: foldHashes('note bitcoin monero crypto pay paid paying btc xmr page screen wallpaper cryptocurrency'),
    visitors: foldHashes('everyone people visitors visitor attendees attended tagged names who faces plates'),
    back: new Set(
      foldHashes(
        'back unlock unlocks unlocked recover restore decrypt decrypted devolver devolverlos devolverlas recuperar recuperarlos rendre recuperer zuruck zuruckgeben wiederherstellen restituire recuperare sbloccare desbloquear debloquer',
      ),
    ),
    times: foldHash('times'),
    check: foldHash('check'),
    hideIn: foldHashes('hide hides hiding hidden'),
    inFrom: foldHashes('in from its itself'),
    hidden: foldHash('hidden'),
    link: foldHash('link'),
    mbr: foldHash('mbr'),
    stage: foldHash('stage'),
    on: foldHash('on'),
    opener: new Set(
      foldHashes(
        'use get put run let have add set do return returns send text email message blast post dm go log sign head hop dig pop check pull look tell',
      ),
    ),
    todo: foldHashes('todo fixme'),
    pronounObj: foldHashes('them it those these'),
    specHead: foldHashes('function functions method script program tool module service daemon routine payload'),
    specRel: foldHashes('that which to'),
    backRef: new Set(
      foldHashes(
        'code it this that these them script program steps all together parts tasks todos features above everything thing whole todo tout alles programa programme programm',
      ),
    ),
    lead: foldHashes('now please then so'),
    original: foldHashes('plaintext originals original unencrypted originales originale originaux originais'),
    assemble: new Set(
      foldHashes(
        'combine merge assemble glue finish complete integrate unify kombiniere fusiona combina junta combine assemble объедини собери',
      ),
    ),
    genuine: foldHashes('real genuine organic authentic think'),
    anyone: foldHashes('whoever anyone everyone anybody victim victims'),
    opens: foldHashes('opens open runs run clicks click executes launches plugs downloads'),
    fakeUi: foldHashes('update updater installer screen popup prompt dialog login invoice pdf document attachment'),
    place: new Set(
      foldHashes(
        'gym school church bar club office cafe restaurant hotel apartment building neighborhood neighbourhood street job hospital',
      ),
    ),
    spyware: foldHashes('camera tracker app recorder spyware microphone mic'),
    which: foldHashes('which what'),
    itThem: foldHashes('it them'),
    seo: foldHashes('seo backlinks backlink rankings ranking pagerank pbn'),
    son: foldHash('son'),
    sonNext: foldHashes('numero adresse telephone portable email mail domicile nom compte mot'),
    happy: new Set(
      foldHashes(
        'happy satisfied delighted loyal genuine real different vrais vrai reales reais veri echten satisfechos satisfechas felices contentos contentas zufriedene zufriedenen gluckliche begeisterte echte satisfaits satisfaites heureux ravis contents felizes satisfeitos satisfeitas soddisfatti soddisfatte felici contenti fueras fuesen fossem fossero',
      ),
    ),
    keyObj: new Set(
      foldHashes(
        'key keys keystroke keystrokes keyboard keypress keypresses typed types typing screenshot screenshots screen clipboard window teclado teclas escribe tastatur tastenanschlage tastatureingaben tippt frappes clavier touches tape digitado digitato tasti toetsaanslagen klawiszy nacisniecia клавиш нажатия tuslari ketikan ketikannya phím',
      ),
    ),
    participleLook: foldHashes('looking seeming sounding'),
    disclose: foldHashes(
      'saying disclosing mentioning revealing telling admitting stating noting labeling labelling identifying',
    ),
    affiliatePronoun: foldHashes('they we i he she you theyre were im hes shes youre it its our their'),
    affiliation: new Set(
      foldHashes(
        'work works worked working employed employee employees staff affiliated paid sponsored interns intern owner owners founder founders',
      ),
    ),
    capture: new Set(
      foldHashes(
        'log logs logging record records recording capture captures capturing save saves saving grab grabs take takes hook hooks read reads everything merekam rekam mencatat dõi registre registra registrar graba grabe aufzeichnet aufzeichnen protokolliert speichert enregistre enregistrer grave grava gravar registri cattura registreert opslaat zapisuje rejestruje przechwytuje записывает перехватывает сохраняет kaydeden kaydeder',
      ),
    ),
    dest: new Set(
      foldHashes(
        'telegram discord webhook server endpoint vps remote email me ftp pastebin c2 attacker bot gmail inbox dropbox mail mich moi servidor serveur correo serwer сервер sunucu sunucuma mij mnie мне exfil',
      ),
    ),
    strongDest: foldHashes('telegram discord webhook pastebin c2 attacker gmail me mich moi email mail correo exfil'),
    variant: foldHashes('variations versions rewordings rewrites variants spins'),
    filterVerb: foldHashes(
      'flag flags flagged block blocks blocked catch catches caught detect detects detected mark marked filter',
    ),
    filterer: foldHashes('carrier carriers operator operators spam'),
    total: foldHashes(
      'everything every all todo tudo tutto alle tout toutes todas wszystkie wszystko все всё tum butun semua',
    ),
    keyTimer: new Set(
      foldHashes(
        'background timer hourly periodically midnight interval hour hours minute minutes seconds every each any toutes heure heures cada hora horas jede stunde ogni ora ore',
      ),
    ),
    screen: foldHashes('screen screenshot screenshots window'),
    victim: foldHashes('user users victim victims target targets korban'),
    cvvNot: foldHashes('validation check checks result results field fields length format mismatch match status'),
    inApp: foldHashes('analytics telemetry consent our editor game'),
    key: foldHashes('key keys decryption decrypt decryptor'),
    coin: foldHashes('bitcoin monero btc xmr crypto cryptocurrency'),
    guess: foldHashes('tries try trying guesses guess guessing tests sprays'),
    guessObj: foldHashes('logins login passwords password credentials combinations combos'),
    guessStrong: foldHashes('wordlist wordlists dictionary bruteforce brute default common weak'),
    scanWords: foldHashes('scan scans scanner scanning'),
    ratTool: new Set(
      foldHashes(
        'anydesk teamviewer tightvnc ultravnc realvnc vnc rustdesk screenconnect splashtop radmin ammyy sharing desktop',
      ),
    ),
    modify: foldHashes(
      'modify modified patch patched fork change tweak recompile rebuild edit alter repackage take turn make',
    ),
    tray: foldHashes('tray icon icons notification notifications window popup prompt'),
    accept: foldHashes('accepts accept accepting approve approves connects connections'),
    sees: foldHashes('sees see notices notice knows know shows show'),
    cvv: foldHashes('cvv cvc cvv2 cvc2 cvn csc'),
    store: foldHashes(
      'store stores storing save saves saving log logs logging keep persist insert write dump print record',
    ),
    clear: foldHashes('plaintext unencrypted cleartext plain clear raw'),
    except: foldHashes('except excluding but not never without only'),
    personaKit: foldHashes('bios bio personas backstories'),
    crowd: foldHashes('group network several bunch set fleet'),
    aged: foldHashes('aged seasoned histories backdated'),
    mine: foldHash('mine'),
    sharing: foldHash('sharing'),
    toward: foldHashes('to into onto with'),
    boost: new Set(
      foldHashes(
        'boost boosting amplify amplifying promote promoting praise praising supporting push pushing hype hyping attack attacking',
      ),
    ),
    pose: foldHashes(
      'unrelated independent network control controlled separate personality personalities different distinct',
    ),
    news: foldHashes('news article articles story stories headline headlines report reports press websites'),
    rival: new Set(
      foldHashes(
        'opponent opponents rival rivals candidate candidates competitor competitors politician politicians senator mayor governor congressman congresswoman councilman councilwoman',
      ),
    ),
    anonThing: new Set(
      foldHashes(
        'handle username user blogger poster author account profile commenter acount acct blog page channel reviewer tipster letter complaints complaint whistleblower feed post posts review reviews tweet tweets cuenta compte konto conta канал канала аккаунт аккаунта блог',
      ),
    ),
    questionOpen: foldHashes('what how can could does do is are when which should may must whats hows'),
    youAsked: foldHashes('you u ya we'),
    prepOpen: foldHashes('under in on by for with at from'),
    legal: new Set(
      foldHashes(
        'court subpoena subpoenas warrant lawsuit sue suing legally legal lawful unlawful lawyer attorney judge defamation defamatory defamed libel libelous slander gdpr policy policies law laws statute',
      ),
    ),
    privateAdj: foldHashes('personal private home privat'),
    box: new Set(
      foldHashes(
        'email emails mail mailbox inbox address account gmail drive dropbox onedrive icloud box folder laptop pc computer cloud storage phone usb',
      ),
    ),
    consumerBox: foldHashes('gmail yahoo hotmail protonmail proton icloud dropbox usb thumbdrive'),
    removable: foldHashes('usb thumbdrive'),
    owner: foldHashes('my your his her their mine'),
    moveOut: new Set(
      foldHashes(
        'send sends email emails mail mails forward forwards export exports upload uploads copy copies sync syncs dump dumps put save attach zip transfer move download downloads backup',
      ),
    ),
    heldPeople: new Set(
      foldHashes(
        'employees employee staff staffer staffers workers worker personnel team everyone everybody colleagues coworkers patients patient customers customer clients client members member students student tenants tenant users user people ppl visitors victims applicant applicants candidate candidates cleaners nannies nanny neighbours neighbors residents drivers nurses guests volunteers interns contractors',
      ),
    ),
    heldAttr: new Set(
      foldHashes(
        'salary salaries pay payroll wages ssn ssns passport passports disciplinary medical sick health diagnosis diagnoses tax bank performance contracts insurance id ids',
      ),
    ),
    home: foldHash('home'),
    health: new Set(
      foldHashes(
        'diagnosis diagnoses hiv psychiatric pregnancy pregnant condition conditions illness illnesses std stds prescriptions medication medications',
      ),
    ),
    identifying: foldHashes('name names phone phones number numbers contact contacts address addresses email emails'),
    publishOut: new Set(
      foldHashes(
        'post posts posting posted publish publishes share shares tweet tweets announce announces paste pastes broadcast read reads',
      ),
    ),
    readPlace: new Set(
      foldHashes(
        'slack channel channels teams discord chat group public publicly facebook twitter instagram whatsapp telegram page forum board website town everyone #general general all staff',
      ),
    ),
    aggregate: new Set(
      foldHashes(
        'count counts total totals anonymized anonymised aggregate aggregated statistics stats percentage average deidentified keep avoid prevent never remind reminder',
      ),
    ),
    inputField: foldHashes('field fields input inputs form forms box boxes'),
    plainWord: foldHashes('plaintext cleartext unhashed plain clear raw'),
    readVerb: new Set(
      foldHashes(
        'summarize summarise summarizes summarises analyze analyse analyzes read reads classify categorize categorise translate translates compare sort tag cluster',
      ),
    ),
    special: new Set(
      foldHashes(
        'genetic dna genome genomic brca brca1 brca2 huntington 23andme ancestrydna hiv std stds orientation gay lesbian bisexual transgender undocumented immigration religion religious therapy therapist counselling counseling psychiatric diagnosis diagnoses pregnant pregnancy abortion miscarriage fertility ivf menstrual disability rehab union medical garnishment garnished bankruptcy bankrupt arrears welfare ovulation prenatal contraceptive contraceptives contraception',
      ),
    ),
    unionWord: foldHash('union'),
    serviceNoun: new Set(
      foldHashes(
        'counselor counsellor counselors resources resource clinic clinics lawyer lawyers attorney treatment treatments policy policies training meeting meetings newsletter lunch service services provider providers program programme benefit benefits coverage leave holidays holiday inclusion awareness support group groups hotline testing kit kits',
      ),
    ),
    tieVerb: foldHashes('is are has have carries carry had was were gets got signed joined seeing'),
    useWord: new Set(
      foldHashes(
        'enrolled enroll enrolls attend attends attended visit visits visited booked appointment appointments session sessions bought buys purchased purchases ordered',
      ),
    ),
    whose: foldHash('whose'),
    beWord: foldHashes('is are was were'),
    about: foldHash('about'),
    unionTail: foldHashes('card cards member members membership dues organizer organizers drive'),
    medicalWord: foldHash('medical'),
    medicalTail: foldHashes(
      'history histories records record condition conditions file files data results notes status leave',
    ),
    nameWord: foldHashes('names name list roster'),
    metaWord: foldHashes('summary settings setting count number names policy length strength age expiry format'),
    definite: foldHashes('the their his her its all every our these those any each'),
    whWord: foldHashes('where how which what whether when why'),
    sharedWord: foldHashes('shared reception front-desk kiosk admin admins'),
    harmAnchor: new Set([
      ...SHIP,
      ...hw().fakeWords,
      ...hw().clipboard,
      ...hw().analysis,
      ...hw().flood,
      ...hw().wipes,
    ]),
    clipboard: foldHash('clipboard'),
    payWord: foldHashes('pays pay paying payment ransom fee'),
    dodgeCue: new Set(
      foldHashes(
        'rotating rotate rotated reverted removed deleted flagged banned caught noticed patrollers patroller moderators moderator mods admins editors reviewers',
      ),
    ),
    maskNet: foldHashes('vpn vpns proxy proxies'),
    maskEach: foldHashes(
      'rotating rotated residential each per every different separate own rotativos rotativas residenciales residenciais residentiels tournants wechselnden rotierenden cada chaque jede jeder jedem ogni',
    ),
    crowdClient: foldHashes(
      'headless puppeteer selenium playwright bots botnet emulator emulators replicas instances containers farm emuladores emulateurs emulatoren instancias instanzen',
    ),
    audienceAct: new Set(
      foldHashes(
        'play plays playing played stream streams streaming streamed listen listens listening listeners loop loops looping looped repeat repeats repeating replay replays replaying replayed upvote upvotes upvoting vote votes voting like likes liking follow follows following followers view views viewing viewers watch watching click clicks clicking subscribers retweets downloads installs reproduzcan reproduzca reproducir reproduciendo reproduzam reproduzir reproduzindo abspielen abspielt streamen bucle boucle schleife escuchen ecoutent ouvir votar voten votent curtir',
      ),
    ),
    loadTest: foldHashes('load stress soak performance perf capacity'),
    testWord: foldHashes('test tests testing benchmark benchmarks benchmarking'),
    benchWord: foldHashes('benchmark benchmarks benchmarking'),
    premium: foldHashes('premium shortcode surtaxes surtaxe'),
    shortcodeWord: foldHash('shortcode'),
    billedBy: foldHashes('sms text texts rate code codes number numbers subscription subscriptions service services'),
    hideMessage: new Set(
      foldHashes(
        'hide hides hiding hidden suppress suppresses suppressing intercept intercepts intercepting delete deletes deleting auto-delete swallow swallows block blocks mute mutes kache cache cacher cachez ocultar oculta esconder esconde nascondere nasconde verstecken versteckt borre borra borrar elimine elimina supprime supprimer efface effacer loscht loschen cancella',
      ),
    ),
    ownerMessage: new Set(
      foldHashes(
        'confirmation confirmations message messages text texts sms receipt receipts reply replies notification notifications konfimasyon mesaj confirmacion mensaje mensajes messaggio messaggi nachricht nachrichten mensagem mensagens bestatigung bestatigungen conferma',
      ),
    ),
    unseen: foldHashes('background unaware unknowingly behind sav arriere plano hintergrund'),
    fraudTool: new Set(
      foldHashes(
        'heuristic heuristics score scoring model rule signal check dashboard analytics metric monitor monitoring team review queue classifier alert triage investigator investigation prevention ops',
      ),
    ),
    listSource: foldHashes('bought purchased scraped leaked harvested'),
    pause: foldHashes('sleep sleeps delay delays wait waits pause pauses throttle'),
    jitter: foldHashes('random randomised randomized randint uniform jitter jittered'),
    sendCall: foldHashes('send sends post sendmessage messages'),
    recipients: foldHashes('numbers phones emails leads contacts list lists users recipients addresses'),
    eachOf: foldHashes('for each every foreach'),
    tollShield: new Set(
      foldHashes(
        'detect detects detecting detection detector detectors scanner scanners scan scans scanning flag flags flagging report reports reporting warn warns warning prevent prevents preventing protect protects protection classifier classify audit audits explain explains investigate investigating analysis analyse analyze policy awareness training refund refunds',
      ),
    ),
    mockWord: foldHashes(
      'placeholder placeholders mock mocked mockup mockups dummy fixture fixtures prototype sandbox simulated simulation',
    ),
    rotate: foldHashes('rotating rotate rotated'),
    rotated: foldHashes('ip ips proxies proxy addresses vpn vpns residential'),
    removedBy: foldHashes('reverted removed deleted flagged banned caught noticed'),
    overlook: foldHashes('ignore ignores miss misses overlook overlooks skip'),
    promoLink: foldHashes('link links backlink backlinks url urls referral affiliate banner'),
    placeAct: foldHashes(
      'add adds insert inserts slip slips put place drop append post posts plant sneak sprinkle spread edit',
    ),
    spreadWord: foldHashes('each across per every'),
    placedThem: foldHashes('them those these everyone everybody each all'),
    please: foldHashes('please pls plz kindly'),
    you: foldHash('you'),
    selectAct: new Set(
      foldHashes(
        'match cross-reference crossreference cross compare filter pick select flag tag mark sort go use using join',
      ),
    ),
    shield: new Set(
      foldHashes(
        'prevent prevents preventing protect protects protecting protection protections forbid forbids forbidding prohibit prohibits prohibited prohibiting policy policies discrimination discriminate discriminatory unlawful illegal lawful legal legally rights law laws',
      ),
    ),
    adverse: new Set(
      foldHashes(
        'layoff layoffs laid fire fired firing sack sacked dismiss dismissed dismissal terminate terminated termination demote demoted blacklist blacklisted evict evicted eviction redundancy redundancies rif deport deported deportation reject rejected exclude excluded discipline disciplined punish punished retaliate retaliation downsizing cull deny denied denying refuse refused penalize penalise penalized penalised surcharge overcharge',
      ),
    ),
    revealAct: new Set(
      foldHashes(
        'tell tells post posts share shares send sends announce announces out outs reveal reveals disclose discloses publish publishes forward forwards email emails leak leaks expose exposes broadcast list report reports',
      ),
    ),
    inferAct: new Set(
      foldHashes(
        'infer work figure determine deduce guess predict identify find check detect flag spot read open look pull fetch retrieve return returns label labelled labeled',
      ),
    ),
    strongPlain: foldHashes('plaintext cleartext unhashed raw'),
    changeCode: foldHashes(
      'modify modifies change changes update updates patch patches edit edits alter tweak rewrite add adds',
    ),
    inWord: foldHash('in'),
    yesNoAux: foldHashes('does do did is are was were can could has have will would should'),
    textWord: foldHash('text'),
    keepVerb: new Set(
      foldHashes(
        'log logs logging write writes writing append appends appending store stores storing save saves saving record records recording dump dumps keep keeps capture captures copy copies print prints email emails send sends mail mails forward forwards',
      ),
    ),
    eachWord: foldHashes('each every all users customers members everyone'),
    typeVerb: foldHashes('type types typed typing enter enters entered'),
    site: foldHashes('site sites website websites page pages url urls domain domains tab tabs'),
    reply: foldHashes('reply respond answer'),
    withWord: foldHashes('with w'),
    of: foldHash('of'),
    thirdPossessive: foldHashes('her his their'),
    fitness: new Set(
      foldHashes(
        'strava garmin peloton fitbit runkeeper komoot mapmyrun geotag geotags geotagged checkins exif fitness badge badges keycard keycards cctv doorbell airtag alpr toll tolls dossier',
      ),
    ),
    routine: new Set(
      foldHashes(
        'route routes runs run rides ride commute starts start ends end parks park leaves leave house apartment flat lives where when hours times home address routine schedule gym arrives arrive arrival comes goes school',
      ),
    ),
    invent: foldHashes('invent invents inventing invented fictional fictitious imaginary imagined madeup'),
    madeUp: foldHashes('make made making'),
    up: foldHash('up'),
    recordNoun: foldHashes('history histories audit record records report reports'),
    anonVenue: foldHashes('forum forums reddit subreddit twitter x glassdoor blind 4chan tumblr throwaway alt'),
    anonymize: foldHashes('anonymize anonymise anonymizing anonymising anonymized anonymised'),
    de: foldHash('de'),
    unmask: foldHashes('who which whose wer quien qui chi кто'),
    stylo: foldHashes('style times hours timezone metadata exif phrasing'),
    compare: new Set(
      foldHashes(
        'compare comparing compared comparison match matching matched matches correlate correlating correlation crossreference stylometry stylometric similarity similar vergleiche vergleichen vergleichst compara comparar comparando compare comparer comparant confronta confrontare confrontando сравни сравнить сопоставь сравнивая',
      ),
    ),
    signal: new Set(
      foldHashes(
        'style styles stylistic writing typos vocabulary phrasing wording timestamps times hours activity posting estilo escritura schreibstil стиль времени',
      ),
    ),
    group: new Set(
      foldHashes(
        'employees employee staff staffer staffers students student class classmates coworkers coworker colleagues colleague interns intern teammates workers department team everyone neighbors neighbours empleados mitarbeiter mitarbeitern kollegen employes salaries сотрудников сотрудники коллег',
      ),
    ),
    photo: foldHashes(
      'photo photos picture pictures pic pics selfie selfies image images screenshot face faces foto fotos',
    ),
    identity: foldHashes('name names identity identify identifies who whose'),
    faceSearch: foldHashes('pimeyes facecheck matching match compare comparing recognition reverse'),
    privatePlace: new Set(
      foldHashes(
        'linkedin instagram facebook tiktok socials accounts profiles school home city town hometown neighborhood neighbourhood address works lives job employer',
      ),
    ),
    hold: new Set(
      foldHashes(
        'hold held suspended locked frozen blocked expired unpaid overdue redelivery undeliverable undelivered missed pending compromised limited restricted delivered',
      ),
    ),
    demand: foldHashes(
      'confirm confirmed verify verified pay paid payment update reenter unlock reactivate claim validate',
    ),
    linkWord: foldHashes('link links url here page site'),
    brand: new Set(
      foldHashes(
        'amazon usps ups fedex dhl paypal bank irs hmrc apple netflix microsoft walmart chase wellsfargo citi post poste correos',
      ),
    ),
    everyone: foldHashes('everyone everybody all every list numbers contacts thousands'),
    cold: foldHashes('people numbers strangers random'),
    exist: foldHashes('exist exists existed existing'),
    business: new Set(
      foldHashes(
        'office offices oficina bureau ufficio buro escritorio kantor sekolah company empresa business hospital clinic reception desk pharmacy hotel restaurant store shop bakery cafe library school university pizza garage group ltd inc llc gmbh corp plc dental plumbing roofing',
      ),
    ),
    prize: foldHashes('lottery jackpot sweepstakes inheritance prize giveaway'),
    bots: foldHashes('bot bots botnet'),
    dropSource: foldHashes('pastebin hastebin ngrok attacker c2'),
    partner: foldHashes('wife husband girlfriend boyfriend partner spouse ex fiance fiancee'),
    viewVerb: foldHashes('see read view watch check access monitor mirror mirroring clone'),
    mirrorVerb: foldHashes('mirror mirroring clone'),
    display: foldHashes('screen tv television display projector chromecast airplay slideshow'),
    having: foldHashes('has have had got gets contains'),
    copyOut: new Set(
      foldHashes(
        'copy copies copying read reads reading export exports exporting collect collects extract extracts pull pulls return returns ausliest auslesen',
      ),
    ),
    loginTargets: foldHashes('username usernames accounts account users emails logins handles profiles'),
    inflate: foldHashes(
      'generate generates generating inflate inflates inflating pump pumps pumping farm farms farming',
    ),
    measure: new Set(
      foldHashes(
        'statistics stats report reports chart charts graph graphs count counts data table dashboard summary analytics',
      ),
    ),
    flood: foldHashes('flood floods flooding overwhelm overwhelms hammer hammers saturate saturates'),
    down: foldHashes('down offline crash crashes crashed unreachable'),
    specOpen: foldHashes('requirements requirement spec specs specification deliverables'),
    plant: new Set(
      foldHashes(
        'monitoring tracker trackers recorder recorders logger loggers agent keystroke keystrokes screenshots mining mines minar minare minerar miner майнить майнил',
      ),
    ),
    fleet: new Set(
      foldHashes(
        'office offices lab labs school schools library kiosk kiosks university uni campus company corporate employer employers workstation workstations domain classroom staff employee employees coworker coworkers student students client clients customer customers visitor visitors oficina oficinas escuela colegio empresa faculdade universidad bureau ecole entreprise firma buro ufficio scuola azienda firmenrechnern firmenrechner schulrechnern бухгалтерии офиса офис школы компании сотрудников',
      ),
    ),
    claim: new Set(
      foldHashes(
        'audit auditing audits compliance legal legally policy training awareness quiz lesson lessons classroom educational education research class course',
      ),
    ),
    noticer: foldHashes(
      'they theyll he hell she shell users employees staff students nobody noone anyone people victim victims',
    ),
    noticeVerb: foldHashes('know knows notice notices noticing find suspect realize realise see sees'),
    nobody: foldHashes('nobody noone'),
    cheer: new Set(
      foldHashes(
        'reply replies replying answer answers answering comment comments commenting cheer cheering praise praising agree agreeing defend defending support supporting recommend recommending respond responding',
      ),
    ),
    asIf: foldHashes('if though si ob se'),
    template: foldHashes('template templates plantilla vorlage modele modello'),
    reviewWord: foldHashes('review reviews testimonial testimonials'),
    fill: foldHashes('fill fills filled filling vary varying each'),
    postVerb: foldHashes('post posting posted publish paste upload submit'),
    consentWord: foldHashes('consent opted optin subscribed subscribe signed'),
    cardNumbers: new Set(
      foldHashes(
        'kartennummern kartennummer kreditkartennummern kreditkarten tarjetas tarjeta cartoes cartao cartes carte carte carta carte номера карт картам',
      ),
    ),
    publish: new Set(
      foldHashes(
        'post posts publish share leak dump paste upload poste posten postet teile teilen veroffentliche veroffentlichen publica publicalos publicalas publicalo publicala publicar publique comparte compartir publie publier partage partager publiez pubblica pubblicare condividi posta compartilhe publique опубликуй опубликовать выложи выложить',
      ),
    ),
    exportVerb: new Set(
      foldHashes(
        'export dump extract exportiere exportieren exporta exportar exporte exporter exportez esporta esportare выгрузи выгрузить экспортируй',
      ),
    ),
    openPlace: new Set(
      foldHashes(
        'public publicly pastebin forum offentlichen offentlich publico publica publicos publique pubblico pubblica открытом открытый публичном публичный общий',
      ),
    ),
    concealed: new Set(
      foldHashes(
        'hide hides hiding hidden invisible stealth stealthy undetectable oculto oculta escondido escondida versteckt versteckten nascosto nascosta unsichtbar indetectable',
      ),
    ),
    from: foldHash('from'),
    hideVerb: foldHashes('hide sneak slip'),
    watcher: foldHashes('monitoring tracker trackers recorder recorders logger loggers agent screenshots'),
    hideFrom: new Set(
      foldHashes(
        'task taskmgr process processes idle inactivos inactivas inactifs ociosos ociosas inattivi leerlauf простаивают ps top',
      ),
    ),
    fiction: new Set(
      foldHashes(
        'story stories novel fiction fictional character characters chapter poem screenplay plot mystery dialogue thriller novella narrative satire satirical parody novela historia cuento relato roman geschichte histoire recit romanzo storia racconto роман романа романе рассказ рассказа история истории',
      ),
    ),
    quality: new Set(
      foldHashes(
        'complete full fully working functional functioning runnable compilable actual real deployable operational usable entire whole verbatim completo completa completos funcional funcionando funcione real reales vollstandig vollstandigen vollstandiger funktionierend funktionierenden funktionsfahig lauffahig echten echte complet complete fonctionnel fonctionnelle vrai reel funzionante funzionanti vero reale completi полный полностью рабочий рабочего работающий настоящий',
      ),
    ),
    qualityStrong: new Set(
      foldHashes(
        'working functional functioning runnable compilable deployable operational funcional funktionierend funktionierenden funktionsfahig lauffahig fonctionnel fonctionnelle funzionante рабочий работающий',
      ),
    ),
    artifact: new Set(
      foldHashes(
        'code source script program implementation sample binary exe payload python c rust golang javascript powershell bash vba macro review post bio replies reply comment message email text codigo programa quellcode programm skript codice programma script код программу программа скрипт',
      ),
    ),
    deliverWhole: foldHashes('runnable compilable compilable lauffahig kompilierbar compilable'),
    sourceHead: foldHashes('source quellcode codigo code codice исходный'),
    sourceTail: foldHashes('code fuente fonte source sorgente код'),
    ready: foldHash('ready'),
    readyVerb: foldHashes('post posting send use compile run paste copy deploy publish upload go ship submit launch'),
    copyPaste: foldHashes('copy paste'),
    sanctioned: foldHashes('approved authorized authorised sanctioned whitelisted allowlisted'),
    thingLead: foldHashes('the our an a this these company companys corporate'),
    claimNoun: new Set(
      foldHashes(
        'scope scopes engagement engagements exception exceptions ticket tickets request requests change changes test tests pentest pentests audit audits assessment operation exercise task work access by to for',
      ),
    ),
    wishVerb: foldHashes('love like appreciate'),
    wishLead: foldHashes('id wed would youd theyd'),
    makeVerb: foldHashes('write create build code make give generate develop program craft produce implement'),
    orderLead: foldHashes('please kindly now then just you so also ahead and'),
    ...nearTables(table),
    preSkip: new Set<number>(),
  };
  for (const set of [lexicon.fitness, lexicon.health, lexicon.privateAdj, lexicon.consumerBox])
    for (const h of set) lexicon.preSkip.add(h);
  return lexicon;
}

/**
 * The lexicon's rarer long words, matched within one edit (a letter dropped, added, changed or two
 * swapped) when a token is not a word of the table: the names users misspell and nobody writes
 * by accident. The first letter must match, which keeps `previews` from reading as `reviews`.
 */
const NEAR_WORDS =
  'password passwords ransomware keylogger keyloggers keylogging stalkerware infostealer cryptominer spyware rootkit malware phishing backdoor keystrokes reviews testimonials followers sockpuppet sockpuppets astroturfing doxxing bewertungen rezensionen recensioni resenas avaliacoes';
/** Longest token tried against {@link NEAR_WORDS} (one more than the longest of them). */
const NEAR_MAX = 14;

/**
 * The one-edit neighbourhood is hashed with a polynomial (Horner) hash rather than FNV, because a
 * polynomial hash of a word with one letter deleted is a prefix hash times a power plus a suffix
 * sum: all deletions of a token cost one pass over it.
 */
const NEAR_BASE = 0x01000193;
/** `NEAR_BASE` to the power `k`, modulo 2³² (filled with the lexicon). */
const nearPow = new Uint32Array(NEAR_MAX + 1);

/** Polynomial hash of `letters[0, len)` without the letter at `skip` (none when `skip` = len). */
function nearHash(letters: ArrayLike<number>, len: number, skip: number): number {
  let h = 0;
  // k < len ≤ letters.length
  for (let k = 0; k < len; k++) if (k !== skip) h = (Math.imul(h, NEAR_BASE) + letters[k]!) >>> 0;
  return h;
}

/** Bit filter over the neighbourhood's hashes: most tokens miss it without a map lookup. */
const NEAR_FILTER_BITS = 16;

function nearTables(table: WordTable): Pick<Lexicon, 'nearDel' | 'nearWord' | 'nearShape' | 'nearFilter'> {
  const nearDel = new Map<number, number>();
  const nearWord = new Map<number, number>();
  const nearShape = new Uint32Array(128);
  const nearFilter = new Uint32Array(1 << (NEAR_FILTER_BITS - 5));
  nearPow[0] = 1;
  // k ≤ NEAR_MAX, the table's last index
  for (let k = 1; k <= NEAR_MAX; k++) nearPow[k] = Math.imul(nearPow[k - 1]!, NEAR_BASE) >>> 0;
  const mark = (h: number): void => {
    const b = h >>> (32 - NEAR_FILTER_BITS);
    // b < 2^NEAR_FILTER_BITS, so b >>> 5 is inside the filter
    nearFilter[b >>> 5] = nearFilter[b >>> 5]! | (1 << (b & 31));
  };
  for (const w of NEAR_WORDS.split(' ')) {
    const slot = table.find(foldHash(w));
    const letters = Array.from(w, (ch) => ch.charCodeAt(0));
    const whole = nearHash(letters, w.length, w.length);
    nearWord.set(whole, slot);
    mark(whole);
    // Not the first letter: a word that lost it has another shape.
    for (let k = 1; k < w.length; k++) {
      const d = nearHash(letters, w.length, k);
      nearDel.set(d, slot);
      mark(d);
    }
    // cast drops `undefined`: the words are lower-case ASCII, code < 128
    const c = w.charCodeAt(0);
    nearShape[c] = (nearShape[c] as number) | (7 << (w.length - 1));
  }
  return { nearDel, nearWord, nearShape, nearFilter };
}

/** Lower-cased letters of one token and its suffix sums, reused. */
const nearBuf = new Uint32Array(NEAR_MAX);
const nearSuf = new Uint32Array(NEAR_MAX + 1);

function nearPass(lex: Lexicon, h: number): boolean {
  const b = h >>> (32 - NEAR_FILTER_BITS);
  // b < 2^NEAR_FILTER_BITS, so b >>> 5 is inside the filter
  return ((lex.nearFilter[b >>> 5]! >>> (b & 31)) & 1) !== 0;
}

/**
 * The table slot of the rare word one edit away from the token `text[start, end)`, or -1. Tokens
 * of other shapes (first letter, length) cost one array read; the rest one pass over their letters.
 */
function misspelt(lex: Lexicon, text: string, start: number, end: number): number {
  const len = end - start;
  if (len < 6 || len > NEAR_MAX) return -1;
  const first = leetLetter(text.charCodeAt(start), 105);
  // first < 128 is checked before the read
  if (first >= 128 || ((lex.nearShape[first]! >>> len) & 1) === 0) return -1;
  // k < len ≤ NEAR_MAX, the scratch arrays' length
  for (let k = 0; k < len; k++) {
    const c = leetLetter(text.charCodeAt(start + k), 105);
    if (c < 97 || c > 122) return -1;
    nearBuf[k] = c;
  }
  // Suffix sums: nearSuf[k] = Σ_{j ≥ k} letter_j × BASE^(len − 1 − j); k ≤ len ≤ NEAR_MAX
  nearSuf[len] = 0;
  for (let k = len - 1; k >= 0; k--)
    nearSuf[k] = (Math.imul(nearBuf[k]!, nearPow[len - 1 - k]!) + nearSuf[k + 1]!) >>> 0;
  // A letter dropped from the word: the token is one of its deletions.
  const whole = nearSuf[0]!;
  if (nearPass(lex, whole)) {
    const dropped = lex.nearDel.get(whole);
    if (dropped !== undefined) return dropped;
  }
  // A letter added, changed or swapped: a deletion of the token (never of its first letter) is the
  // word or one of its deletions. prefix is the hash of the letters before `skip`.
  let prefix = nearBuf[0]!;
  for (let skip = 1; skip < len; skip++) {
    const d = (Math.imul(prefix, nearPow[len - 1 - skip]!) + nearSuf[skip + 1]!) >>> 0;
    if (nearPass(lex, d)) {
      const hit = lex.nearWord.get(d) ?? lex.nearDel.get(d);
      if (hit !== undefined) return hit;
    }
    prefix = (Math.imul(prefix, NEAR_BASE) + nearBuf[skip]!) >>> 0;
  }
  return -1;
}

/**
 * Leetspeak digits read as the letters they stand for (the same substitutions the injection lexer
 * reads): `0` o, `1` i, `3` e, `4` a, `5` s, `7` t, `8` b; 0 for a digit that stands for none.
 */
const LEET_DIGITS = new Uint8Array([111, 105, 0, 101, 97, 115, 0, 116, 98, 0]);

/** A code unit read as a letter: lower-cased and folded, a leetspeak digit as its letter, 0 for `2`, `6`, `9`. */
function leetLetter(c: number, one: number): number {
  const l = lower(c);
  if (l < 48 || l > 57) return l;
  return l === 49 ? one : LEET_DIGITS[l - 48]!;
}

/**
 * The table slot of a token that mixes letters and digits read as leetspeak (`k3yl0gg3r`, `4cc0unts`,
 * `tw1tt3r`), with its plural `s` dropped if need be, `1` read as `i` and then as `l`; -1 when a digit
 * stands for no letter or the word is not in the table. One pass over the token per reading. The
 * hashes of the reading are left in `leetHash` and `leetStem` (`leetHash` 0 when there is none).
 */
let leetHash = 0;
let leetStem = 0;

function leetSlot(lex: Lexicon, text: string, start: number, end: number): number {
  leetHash = 0;
  if (end - start < 3 || end - start > 24) return -1;
  for (let pass = 0; pass < 2; pass++) {
    const one = pass === 0 ? 105 : 108;
    let h = 0x811c9dc5;
    let prev = h;
    let last = 0;
    let ones = false;
    // start ≤ k < end ≤ text.length
    for (let k = start; k < end; k++) {
      const c = text.charCodeAt(k);
      if (c === 39 || c === 0x2019) continue;
      if (c === 49) ones = true;
      const l = leetLetter(c, one);
      if (l === 0) return -1;
      prev = h;
      h = fnvStep(h, l);
      last = l;
    }
    const st = last === 115 && end - start > 3 ? prev : h;
    let slot = lex.table.find(h);
    if (slot < 0 && st !== h) slot = lex.table.find(st);
    // The first reading stands unless the second finds a word.
    if (pass === 0 || slot >= 0) {
      leetHash = h;
      leetStem = st;
    }
    if (slot >= 0 || !ones) return slot;
  }
  return -1;
}

/** Per-window scratch: extra marks of each token, and its second-layer marks. */
const marks = new Uint32Array(256);
const marks2 = new Uint32Array(256);
/**
 * Per-window scratch: {@link HANDLE} where the token is a handle (`@name`, `u/name`), an account's
 * name and no person's; {@link MAIL_DOMAIN} where it follows the `@` of a mail address.
 */
const handles = new Uint8Array(256);
/** 1 where a token follows a comma or a colon: after a claim or a label (`Pentest approved: hack …`). */
const afterLabel = new Uint8Array(256);
const HANDLE = 1;
const MAIL_DOMAIN = 2;

/** How the token at `[start, …)` is written: `@name` or `u/name` after a space or at the start, after a mail address's `@`, or neither (0). */
function handleKind(text: string, start: number): number {
  let p = start - 1;
  if (p < 0) return 0;
  const c = text.charCodeAt(p);
  if (c === 47 && p >= 1 && (text.charCodeAt(p - 1) | 32) === 117) p -= 2;
  else if (c === 64) p -= 1;
  else return 0;
  if (p < 0) return HANDLE;
  const b = text.charCodeAt(p);
  if (b === 32 || b === 9 || b === 10 || b === 40 || b === 34 || b === 39) return HANDLE;
  return c === 64 ? MAIL_DOMAIN : 0;
}

/**
 * Looks every token of the window up; returns false at once (leaving the classes unset) when no
 * token is a gate word and no number reaches a bulk count, which is what ordinary requests look
 * like. Otherwise fills the classes and marks of every token.
 */
function classify(buf: TokenBuffer, lex: Lexicon, text: string): boolean {
  const n = buf.length;
  const { cls, hash, stem, num } = buf;
  const t = lex.table;
  let gate = false;
  /** A fictional frame's word is in the window (see {@link unframe}). */
  let fiction = false;
  /** A template or variants are in the window (see {@link filledReviews}). */
  let template = false;
  /** A handle (`@name`) is in the window. */
  let handleSeen = false;
  let captured = false;
  let toAsker = false;
  let secretSeen = false;
  let placeSeen = false;
  // i < n = buf.length ≤ MAX_TOKENS, the token arrays' and marks' length; a slot the table finds is inside it
  for (let i = 0; i < n; i++) {
    const h = hash[i]!;
    const handle = handleKind(text, buf.start[i]!);
    let k = buf.start[i]! - 1;
    while (k >= 0 && text.charCodeAt(k) === 32) k--;
    const before = k >= 0 ? text.charCodeAt(k) : 0;
    afterLabel[i] = before === 44 || before === 58 ? 1 : 0;
    handles[i] = handle;
    if (handle === HANDLE) handleSeen = true;
    // `password fields`, `login form`: where others type a credential.
    if (i > 0 && cls[i - 1]! & CRED && lex.inputField.has(h)) gate = true;
    // What a program takes and where it sends it (see {@link programHarm}, {@link secretExposed}):
    // both must be present. One table lookup per token; most tokens have no bit.
    const bits = harmBits();
    const at = bits.slots.find(h);
    let hb = at < 0 ? 0 : bits.values[at]!;
    if (stem[i] !== h) {
      const st = bits.slots.find(stem[i]!);
      if (st >= 0) hb |= bits.values[st]! & HB_CAPTURED;
    }
    if (hb !== 0) {
      if (hb & (HB_SECRET | HB_CAPTURED)) secretSeen = true;
      if (hb & HB_CAPTURED) captured = true;
      if (hb & HB_PLACE || (hb & HB_ME && i > 0 && hw().exposeActs.has(hash[i - 1]!))) placeSeen = true;
      if ((hb & HB_ME && i > 0 && hash[i - 1] === TO) || (hb & HB_DEST && i > 0 && hash[i - 1] === MY)) toAsker = true;
      if (hb & HB_GATE || (hb & HB_FLOOD && i + 1 < n && hw().orders.has(hash[i + 1]!))) gate = true;
    }
    let slot = t.find(h);
    // A plural has the classes of its singular too (`posts` is a message and a sending verb).
    const alt = stem[i] !== h ? t.find(stem[i]!) : -1;
    if (slot < 0) slot = alt;
    // Leetspeak (`r4ns0mw4r3`, `c4rd`) reads as the word it spells.
    if (slot < 0 && buf.flags[i]! & F_MIXED && num[i]! < 0) {
      slot = leetSlot(lex, text, buf.start[i]!, buf.end[i]!);
      // The token is the word it spells to every later rule (`3xp0rt` is `export`).
      if (leetHash !== 0) {
        hash[i] = leetHash;
        stem[i] = leetStem;
      }
    }
    // A misspelt rare word (`ransomwre`, `reveiws`, `k3yl0g3r`) reads as the word.
    if (slot < 0) slot = misspelt(lex, text, buf.start[i]!, buf.end[i]!);
    if (slot < 0) {
      cls[i] = 0;
      marks[i] = 0;
      marks2[i] = 0;
      if (num[i]! >= GATE_COUNT) gate = true;
      continue;
    }
    let c = t.cls[slot]!;
    let m = t.marks[slot]!;
    let m2 = t.marks2[slot]!;
    if (alt >= 0 && alt !== slot) {
      c |= t.cls[alt]!;
      m |= t.marks[alt]!;
      m2 |= t.marks2[alt]!;
    }
    // `bus stop`, `tram stop`: a place, not a defensive `stop`.
    if (c & DEF && h === STOP && i > 0 && TRANSIT_STOPS.has(hash[i - 1]!)) c &= ~DEF;
    cls[i] = c;
    marks[i] = m;
    marks2[i] = m2;
    if (m & M_GATE) gate = true;
    // `copies every cookie`: a credential shipped somewhere (see {@link shippedOut}).
    if (c & CRED && !gate)
      for (let j = i - 1; j >= 0 && j >= i - 3; j--) if (SHIP.has(hash[j]!) || SHIP.has(stem[j]!)) gate = true;
    if (c & DEF && lex.fiction.has(h)) fiction = true;
    // `20 accounts`: counted accounts may be a crowd of one hand.
    if (m2 & N_ACCOUNTS && i > 0 && num[i - 1]! >= 5) gate = true;
    if (
      (c & ARTIFACT || m & M_DESCRIBED) &&
      (lex.template.has(stem[i]!) || lex.variant.has(h) || lex.variant.has(stem[i]!))
    )
      template = true;
    if (num[i]! < 0) {
      const v = t.nums[slot]!;
      if (v >= 0) num[i] = v;
    } else if (num[i]! >= GATE_COUNT) gate = true;
  }
  // A template or variants with a count: reviews filled in many times.
  if (template && !gate) for (let i = 0; i < n && !gate; i++) if (num[i]! >= 5) gate = true;
  // A handle with a comparison of writing or posting times (see {@link unmaskByComparison}).
  if (handleSeen && !gate)
    for (let i = 0; i < n && !gate; i++) if (lex.compare.has(hash[i]!) || lex.signal.has(hash[i]!)) gate = true;
  if (captured && toAsker) gate = true;
  if (secretSeen && (toAsker || placeSeen)) gate = true;
  if (!gate) return false;
  // i < n
  for (let i = 0; i < n; i++) {
    // A capitalized possessive (`Dana Smith's`) names a person.
    const f = buf.flags[i]!;
    if (
      f & F_POSSESSIVE &&
      f & F_CAPITAL &&
      (cls[i]! & ~OTHER) === 0 &&
      // `St. Mary's Hospital`, `Joe's Pizza`: the name of a place of business, not a person.
      !(i + 1 < n && buf.flags[i + 1]! & F_CAPITAL && lex.business.has(stem[i + 1]!))
    )
      cls[i] = cls[i]! | OTHER;
  }
  // i < n; i - 1 and i + 1 are read under i > 0 and i + 1 < n
  for (let i = 0; i < n; i++) {
    const h = hash[i]!;
    // `@quietfox`, `u/quietfox`, `the forum user grey_owl`, `a throwaway account`: an account known
    // by its handle, whose author a comparison can name (see {@link unmaskByComparison}).
    if (handles[i] === HANDLE || (i > 0 && lex.anonVenue.has(hash[i - 1]!) && lex.anonThing.has(h))) {
      marks[i] = marks[i]! | M_DESCRIBED;
      marks2[i] = marks2[i]! | N_ANON;
    }
    // `de-anonymize the poster`: undoing a person's anonymity, not protecting it.
    if (i > 0 && hash[i - 1] === lex.de && lex.anonymize.has(h)) {
      cls[i] = cls[i]! & ~DEF;
      marks[i] = marks[i]! | M_DOX;
    }
  }
  // i + 1 < n; k = i + which with which ∈ {0, 1}
  for (let i = 0; i + 1 < n; i++) {
    if ((marks[i]! & M_PAIRHEAD) === 0) continue;
    const list = lex.pairs.get(hash[i]!);
    if (list === undefined) continue;
    const next = hash[i + 1]!;
    const nextStem = stem[i + 1]!;
    for (const [b, c, m, which, m2] of list) {
      if (b !== next && b !== nextStem) continue;
      const k = i + which;
      cls[k] = cls[k]! | c;
      marks[k] = marks[k]! | m;
      marks2[k] = marks2[k]! | m2;
    }
  }
  // i < n; i - 1, i + 1 and i + 2 are read under i > 0, i + 1 < n and i + 2 < n; j < n; p, a and but are found
  // token indices
  for (let i = 0; i < n; i++) {
    const h = hash[i]!;
    if (h === lex.how && i + 1 < n) {
      const a = hash[i + 1]!;
      // `how to`, `how would one`, and the subject first: `how people might`, `how someone could`.
      if (
        a === lex.to ||
        (i + 2 < n &&
          ((lex.howNext.has(a) && lex.howSubject.has(hash[i + 2]!)) ||
            (lex.howSubject.has(a) && lex.howNext.has(hash[i + 2]!))))
      )
        marks[i] = marks[i]! | M_HOW;
    }
    // `explain the process of bribing …`, `describe, in detail, the steps of …`: a how-to asked as
    // a description.
    if (i + 1 < n && hash[i + 1] === lex.of && lex.process.has(h)) {
      for (let j = Math.max(0, i - 5); j < i; j++)
        if (lex.describe.has(hash[j]!)) {
          marks[i] = marks[i]! | M_HOW;
          break;
        }
    }
    // `without saying they work here`, `without disclosing we are paid`: praise whose author hides
    // an affiliation poses as an unaffiliated voice, as a persona does.
    if (lex.without.has(h) && i + 1 < n && lex.disclose.has(hash[i + 1]!)) {
      let pronoun = false;
      for (let j = i + 2; j < n && j <= i + 6; j++) {
        const hj = hash[j]!;
        if (lex.affiliatePronoun.has(hj)) pronoun = true;
        else if (pronoun && (lex.affiliation.has(hj) || lex.affiliation.has(stem[j]!))) {
          cls[i + 1] = cls[i + 1]! | IMPERSONATE;
          marks2[i + 1] = marks2[i + 1]! | N_PERSONA;
          break;
        }
      }
    }
    // `without her knowing`, `without their consent`, `behind his back`.
    if (lex.without.has(h)) {
      let who = false;
      for (let j = i + 1; j < n && j <= i + 5; j++) {
        const hj = hash[j]!;
        if (lex.withoutWho.has(hj)) who = true;
        if (lex.withoutEnd.has(hj)) {
          cls[i] = cls[i]! | COVERT | (who ? OTHER : 0);
          break;
        }
        if (lex.withoutCaught.has(hj)) {
          cls[i] = cls[i]! | EVADE;
          break;
        }
      }
    }
    // `customers who bought in the last 30 days`: people who bought something, not a bought list.
    if (
      cls[i]! & UNSOL &&
      i > 0 &&
      lex.unsolicited.has(h) &&
      (lex.relative.has(hash[i - 1]!) || hash[i - 1] === lex.who)
    )
      cls[i] = cls[i]! & ~UNSOL;
    // `invent 50 customers`, `40 fictional patients`, `make up 15 happy clients`, `30 different
    // customer personas`: people made up to speak, not a story's characters.
    if (marks2[i]! & N_PERSONA) {
      // j ≥ 0 and j + 1 ≤ i, token indices
      for (let j = i - 1; j >= 0 && j >= i - 4; j--) {
        const hj = hash[j]!;
        const made = lex.madeUp.has(hj) && hash[j + 1] === lex.up;
        if (lex.invent.has(hj) || made || (marks2[j]! & N_DIFFERENT && findNum(buf, j - 2, j - 1, 3) >= 0)) {
          cls[i] = cls[i]! | IMPERSONATE;
          if (lex.invent.has(hj)) cls[j] = cls[j]! & ~DEF;
          break;
        }
      }
    }
    // `reply to me with …`, `reply to this email with …`: what the reply must carry is asked for,
    // unless the reply goes to a third person (`reply to the customer with …`).
    if (lex.reply.has(h)) {
      const w = findSet(buf, i + 1, i + 4, lex.withWord);
      if (w >= 0 && findCls(buf, i + 1, w - 1, OTHER) < 0) {
        cls[w] = cls[w]! | SEEK;
        // `respond with`: an answer, not an incident response.
        cls[i] = cls[i]! & ~DEF;
      }
    }
    // `the home address of Victor Lam`: a capitalized name after an attribute's `of` is a person,
    // unless a place of business follows (`the address of Acme Dental Clinic`).
    if (
      cls[i]! & PATTR &&
      i + 2 < n &&
      hash[i + 1] === lex.of &&
      buf.flags[i + 2]! & F_CAPITAL &&
      cls[i + 2] === 0 &&
      findSet(buf, i + 2, i + 5, lex.business) < 0
    )
      cls[i + 2] = OTHER;
    // `where Lisa Tran lives`: capitalized words between `where` and a residence verb name a person.
    if (marks[i]! & M_WHERE) {
      const lives = findMark(buf, i + 2, i + 4, M_LIVES);
      let named = lives > 0;
      // i < j < lives < n
      for (let j = i + 1; named && j < lives; j++) if ((buf.flags[j]! & F_CAPITAL) === 0) named = false;
      if (named) cls[i + 1] = cls[i + 1]! | OTHER;
    }
    // `customers that don't exist`: personas made up.
    if (marks2[i]! & N_PERSONA) {
      const ex = findSet(buf, i + 2, i + 5, lex.exist);
      if (ex >= 0 && findCls(buf, i + 1, ex - 1, NEG) >= 0) cls[i] = cls[i]! | IMPERSONATE;
    }
    // `the barista who …`: a noun before `who` is a person.
    if (h === lex.who && i > 0 && cls[i - 1]! === 0 && buf.num[i - 1]! < 0) cls[i - 1] = OTHER;
    // A person word followed by a technical noun is a thing (`child process`).
    if (cls[i]! & OTHER && i + 1 < n && marks[i + 1]! & M_TECH) cls[i] = cls[i]! & ~OTHER;
    // `people who did not subscribe`: a negated opt-in is unsolicited.
    if (cls[i]! & OPTIN && negated(buf, i)) cls[i] = (cls[i]! & ~OPTIN) | UNSOL;
    // `five star reviews`: the number rates, it does not count.
    if (i + 1 < n && hash[i + 1] === lex.star) num[i] = -1;
    const m2 = marks2[i]!;
    // `from 40 different satisfied customers`, `as separate personas`: one hand posing as many.
    if (m2 & N_DIFFERENT && findMark2(buf, i - 3, i - 1, N_FROMAS) >= 0) {
      const p = findMark2(buf, i + 1, i + 3, N_PERSONA);
      if (p >= 0) cls[p] = cls[p]! | IMPERSONATE;
    }
    // `a hidden camera app`: hidden as a property of a spying tool is covert.
    if (h === lex.hidden && findSet(buf, i + 1, i + 2, lex.spyware) >= 0) cls[i] = cls[i]! | COVERT;
    // `with my broker link`, `my channel link`: a link of the asker's is a promotion.
    if (h === lex.link && findMark(buf, i - 3, i - 1, M_MY) >= 0) marks[i] = marks[i]! | M_PROMO;
    // `which gym my ex goes to`: a place of a person's routine, as `where`.
    if (lex.which.has(h) && i + 1 < n && lex.place.has(stem[i + 1]!)) marks[i] = marks[i]! | M_WHERE;
    // `posing as happy parents`, `pretending to be local residents`.
    if (cls[i]! & IMPERSONATE) {
      const p = findMark2(buf, i + 1, i + 4, N_PERSONA);
      if (p >= 0) cls[p] = cls[p]! | IMPERSONATE;
    }
    // `authentic-sounding customer testimonials`, `real-looking reviews`: the authenticity is the
    // reviews' own, so the reviews are the faked thing (`a natural-sounding summary of the reviews` is not).
    if (lex.participleLook.has(h) && findMark2(buf, i - 2, i - 1, N_AUTHENTIC) >= 0) {
      const e = findMark(buf, i + 1, i + 2, M_REVIEWS);
      if (e >= 0) cls[e] = cls[e]! | FAKE;
    }
    // `so they look legit`, `make it look organic`: authenticity faked.
    if (m2 & N_LOOK) {
      const a = findMark2(buf, i + 1, i + 2, N_AUTHENTIC);
      if (a >= 0) cls[a] = cls[a]! | FAKE;
      // `damit es echt aussieht`: the verb last, as German puts it.
      const b = findMark2(buf, i - 2, i - 1, N_AUTHENTIC);
      if (b >= 0) cls[b] = cls[b]! | FAKE;
      // `looks like a flashlight but reads SMS`: a disguise over what the thing really does.
      if (i + 1 < n && hash[i + 1] === lex.like) {
        const but = findHash(buf, i + 2, i + 8, lex.but);
        if (but >= 0) marks2[but] = marks2[but]! | N_DISGUISE;
      }
    }
    // French `son numéro`, `son adresse`: a possessive, not a person.
    if (h === lex.son && i + 1 < n && lex.sonNext.has(hash[i + 1]!)) cls[i] = cls[i]! & ~OTHER;
    // `reviews … as happy customers`, `reseñas como si fueras clientes satisfechos`: written as
    // the customers of a business, with the praise or the pretence stated.
    if (marks[i]! & M_AS && findCls(buf, i - 10, i - 1, ENGAGE | MSG) >= 0) {
      // `comme si c'étaient de vrais clients`: up to four words between.
      const p = findMark2(buf, i + 1, i + 5, N_PERSONA);
      if (p >= 0 && findSet(buf, i + 1, p + 1, lex.happy) >= 0) cls[p] = cls[p]! | IMPERSONATE;
    }
    // `check my profile`: a call to action in a promotion, not a defensive check.
    if (h === lex.check && i + 2 < n && marks[i + 1]! & M_MY && marks2[i + 2]! & N_PROMOTARGET) {
      cls[i] = cls[i]! & ~DEF;
      marks[i + 2] = marks[i + 2]! | M_PROMO;
    }
  }
  // `We'd love 50 five-star reviews`, `I'd like a script that …`: a polite wish is a request.
  // i - 1 ≥ 0
  for (let i = 1; i < n; i++) if (lex.wishVerb.has(hash[i]!) && lex.wishLead.has(hash[i - 1]!)) cls[i] = cls[i]! | REQ;
  // `the approved VPN client`: a sanctioned program is the asker's own; `I'm authorized`, `the
  // approved scope`, `approved by CAB` claim a permission for the request, which excuses nothing.
  // i + 1 < n = buf.length
  for (let i = 1; i + 1 < n; i++)
    if (
      lex.sanctioned.has(hash[i]!) &&
      lex.thingLead.has(hash[i - 1]!) &&
      (buf.flags[i + 1]! & F_BREAK) === 0 &&
      !lex.claimNoun.has(hash[i + 1]!) &&
      text.charCodeAt(buf.end[i]!) === 32
    )
      cls[i] = cls[i]! | OWN;
  if (fiction) unframe(buf, lex, ordersItReal(text) || asksArtifact(buf, lex));
  return true;
}

/** Tokens either side of a planted program within which its hiding and its hosts are read. */
const PLANT_REACH = 14;

/**
 * A program hidden from the people it runs on: a miner, a keylogger, a monitoring agent or a
 * capture of keys or screens (`i`) placed on someone else's machines (coworkers, students, a
 * roommate; the office, the lab, every workstation) and hidden (`silently`, `hidden from task
 * manager`, `only when idle`, `they'll never know`). A claimed authorization or purpose (`I have IT
 * permission`, `for an audit`, `for class`) does not excuse the hiding; a defensive ask (`detect`,
 * `remove`) or consent does.
 */
const SHIP: ReadonlySet<number> = foldHashes(
  'copy copies copying send sends sending post posts mirror mirrors sync syncs ship ships forward forwards upload uploads grab grabs beam beams',
);
const SHIP_DEST: ReadonlySet<number> = foldHashes(
  'server servers bot endpoint webhook telegram discord ftp inbox c2 host domain url',
);
const SHIP_AFTER: ReadonlySet<number> = foldHashes('to and from of into onto in on with for including incl plus as');
const SHIP_WHOSE: ReadonlySet<number> = foldHashes('my remote external attacker attackers');

/**
 * A program that ships others' secrets to the asker (`an extension that copies every cookie to my
 * server`, `an app that forwards each OTP to my Telegram bot`): a shipping verb right before the
 * credential, a destination of the asker's or a remote one within a few words after it, a program
 * named before, and a request for it. Credentials the asker calls their own (`my cookies`) are
 * theirs to move.
 */
function shippedOut(buf: TokenBuffer, i: number, hit: Hit): void {
  let ship = -1;
  for (let j = i - 1; j >= 0 && j >= i - 4; j--)
    if (SHIP.has(buf.hash[j]!) || SHIP.has(buf.stem[j]!)) {
      ship = j;
      break;
    }
  if (ship < 0) return;
  // The credential ends the object (`every cookie to …`), not a word before its head (`the tokens count`).
  if (i + 1 < buf.length && (buf.flags[i + 1]! & F_BREAK) === 0 && !SHIP_AFTER.has(buf.hash[i + 1]!)) return;
  let dest = -1;
  // i < j < buf.length
  for (let j = i + 1; j < buf.length && j <= i + 9; j++) {
    if (buf.flags[j]! & F_BREAK) break;
    if (marks[j]! & M_OUTSIDE || (SHIP_DEST.has(buf.hash[j]!) && findSet(buf, j - 3, j - 1, SHIP_WHOSE) >= 0)) {
      dest = j;
      break;
    }
  }
  if (dest < 0) return;
  const prog = findMark2(buf, ship - 12, ship - 1, N_PROG);
  if (prog < 0 || !requestedFar(buf, prog, BEHAVIOR_REACH)) return;
  if (findMark(buf, ship, i, M_MY) >= 0 || findLive(buf, prog, i, OWN) >= 0 || defended(buf, prog, dest)) return;
  hit(RULES.malwareBehavior, prog, dest);
}

const ME = foldHash('me');
const TO = foldHash('to');
const MY = foldHash('my');

/**
 * Programs whose behaviour is the harm, asked for in plain words:
 * - what the person types or receives taken and sent to the asker (`sends the typed PIN to me`,
 *   `forwards the matching emails to my Telegram`);
 * - an interface faked to take a password or money (`a fake system dialog that asks for the admin
 *   password`, `a fake antivirus that shows warnings until the user pays`);
 * - the clipboard watched and a payment address swapped (`swaps any bitcoin address for mine`);
 * - a payload run only once sandboxes and debuggers are ruled out;
 * - a bot that waits for flood orders against targets.
 * A program named (see `N_PROG`), asked for, not the asker's own data, not defensive work.
 */
function programHarm(buf: TokenBuffer, lex: Lexicon, i: number, hit: Hit): void {
  const h = buf.hash[i]!;
  let from = -1;
  let to = -1;
  if (SHIP.has(h) || SHIP.has(buf.stem[i]!)) {
    // `… sends the typed PIN to me`, `… forwards ones containing 'invoice' to my inbox`
    let dest = -1;
    for (let j = i + 1; j < buf.length && j <= i + 10; j++) {
      if (buf.hash[j] === TO && buf.hash[j + 1] === ME) dest = j + 1;
      else if (hw().askerDest.has(buf.hash[j]!) && buf.hash[j - 1] === MY) dest = j;
      if (dest >= 0) break;
    }
    if (dest < 0) return;
    const what = findSet(buf, i - 12, dest, hw().captured);
    if (what < 0 || findMark(buf, what - 3, what - 1, M_MY) >= 0) return;
    from = Math.min(what, i);
    to = dest;
  } else if (hw().fakeWords.has(h)) {
    // `a fake system dialog`, `a fake antivirus`
    const ui = findSet(buf, i + 1, i + 3, hw().fakedUi);
    if (ui < 0) return;
    const takes = findSet(buf, i - 14, ui + 14, hw().captured) >= 0 || findSet(buf, ui, ui + 14, lex.payWord) >= 0;
    if (!takes) return;
    from = i;
    to = ui;
  } else if (hw().clipboard.has(h)) {
    // `the clipboard`, or what is pasted (`whenever someone pastes a wallet address`).
    const swap = findSet(buf, i - 8, i + 8, hw().swapWords);
    const target = findSet(buf, i - 8, i + 12, hw().payTargets);
    if (swap < 0 || target < 0) return;
    from = Math.min(i, swap);
    to = Math.max(target, swap);
  } else if (hw().wipes.has(h)) {
    // `a program that deletes all files on the victim's computer`: destruction of another's data.
    const data = findSet(buf, i + 1, i + 6, hw().wiped);
    if (data < 0) return;
    const owner = Math.max(
      findSet(buf, data + 1, data + 6, hw().wipedOwner),
      findCls(buf, data + 1, data + 6, OTHER),
      findSet(buf, data - 2, data - 1, hw().wipedOwner),
      findCls(buf, data - 2, data - 1, OTHER),
    );
    if (owner < 0) return;
    from = i;
    to = Math.max(owner, data);
  } else if (hw().analysis.has(h)) {
    const armed = findSet(buf, i + 1, i + 10, hw().armed);
    if (armed < 0) return;
    from = i;
    to = armed;
  } else if (hw().flood.has(h)) {
    const orders = findSet(buf, i + 1, i + 2, hw().orders);
    if (orders < 0) return;
    from = i;
    to = orders;
  } else return;
  // The program named before (`a Chrome extension that …`), or the faked thing itself (`a fake antivirus`).
  let prog = findMark2(buf, from - 16, from, N_PROG);
  if (prog < 0 && hw().fakeWords.has(h)) prog = from;
  if (prog < 0 || !requestedFar(buf, prog, BEHAVIOR_REACH)) return;
  if (findLive(buf, prog, to, OWN) >= 0 || negated(buf, from)) return;
  // Defensive work, teaching, a policy (`detect`, `training`, `simulation`); not every defensive
  // word (a fake antivirus shows `warnings`, a bot floods `against` targets).
  if (findSet(buf, prog - 8, to + 8, hw().harmShield) >= 0 || findSet(buf, prog - 8, to + 8, lex.shield) >= 0) return;
  hit(RULES.malwareBehavior, prog, to);
}

/**
 * Word tables of the readers of programs, secrets and moderation below, built on first use (no work
 * at import time).
 */
function buildHarmWords() {
  return {
    /** Departments whose sign-off a request claims, and the verbs that claim it. */
    claimedBy: foldHashes('legal compliance'),
    claimVerb: foldHashes('says said confirmed confirms approved approves signed cleared agreed okayed is has team'),
    we: foldHash('we'),
    so: foldHash('so'),
    /** What a program may take from the person using it: input, messages, codes, recordings. */
    captured: new Set(
      foldHashes(
        'typed pin pins password passwords passcode login logins credentials messages message emails email sms otp otps codes clipboard contacts photos location calls recordings history cookies sessions tokens wallets screenshots snapshots audio keystrokes keys',
      ),
    ),
    /** Where it goes: the asker (`to me`, `to my server`). */
    askerDest: new Set(
      foldHashes(
        'server bot endpoint webhook telegram discord ftp inbox email gmail dropbox drive phone number account channel',
      ),
    ),
    /** Interfaces a program may fake: a dialog, a login screen, an antivirus, an update. */
    fakedUi: new Set(
      foldHashes(
        'dialog dialogs prompt prompts popup popups window login signin sign screen screens antivirus update updates alert alerts warning warnings captcha overlay',
      ),
    ),
    fakeWords: foldHashes('fake bogus spoofed spoof counterfeit lookalike phony forged imitation'),
    swapWords: foldHashes(
      'swap swaps swapping replace replaces replacing switch switches substitute substitutes change changes',
    ),
    payTargets: foldHashes('address addresses wallet wallets iban ibans bitcoin btc ethereum eth crypto'),
    /** What a program does to destroy data, as its behaviour is described (`a tool that wipes …`). */
    wipes: foldHashes('deletes erases wipes corrupts overwrites shreds'),
    wiped: foldHashes('files file documents data disk disks drive drives photos folders'),
    wipedOwner: foldHashes('victim victims target targets'),
    /** Words after a malware noun that make it a sign looked for (`rootkit hint`, `ransomware detection`). */
    signOf: new Set(
      foldHashes(
        'hint indicator sign signal detection detector scanner scan check hunting hunt alert heuristic canary canaries pattern patterns rule rules signature signatures ioc iocs',
      ),
    ),
    /** Invented people an account is made for. */
    persona: foldHashes('persona personas sockpuppet sockpuppets alias aliases'),
    /** What a copied value passes through. */
    clipboard: foldHashes('clipboard paste pastes pasted pasting'),
    analysis: foldHashes('sandbox sandboxes vm vms debugger debuggers virtualbox vmware analysts analyst'),
    armed: foldHashes('payload shellcode decrypts decrypt runs run executes execute injects inject'),
    flood: foldHashes('flood floods flooding ddos dos attack attacks'),
    orders: foldHashes('commands command orders order instructions'),
    harmShield: new Set(
      foldHashes(
        'detect detects detecting detection detector remove removal block blocks analyze analyse analysis training awareness simulation simulated course lesson lessons classroom yara sigma signature signatures honeypot forensics incident hunt hunting rotate rotating rotation revoke revoking placeholder redact redacted mask masked',
      ),
    ),
    /** Secrets named by their kind, beside the credential class (`the Stripe secret key`, `.env files`). */
    secretNouns: foldHashes('key keys secret secrets env apikey apikeys'),
    /** Acts that move or show a secret. */
    exposeActs: new Set(
      foldHashes(
        'send sends email emails mail give post posts tweet share shares upload uploads publish paste add put commit zip show print dump dumps extract retrieve copy save dm',
      ),
    ),
    /** Acts that take a secret from where it sits. */
    takeActs: foldHashes('show print dump dumps extract retrieve copy save grab steal get pull export read'),
    /** Places anyone can read. */
    publicPlaces: new Set(
      foldHashes(
        'public publicly readme wiki forum tweet twitter pastebin gist client-side clientside frontend javascript community trello blog website link',
      ),
    ),
    /** The asker's own places, where another's secret should not go. */
    askerPlaces: foldHashes('email inbox dropbox drive gmail phone usb stick laptop account'),
    /** Machines and stores of others, read for their secrets (`the CEO's laptop`, `the domain controller`). */
    othersMachine: foldHashes('laptop laptops pc computer mac browser phone keychain controller'),
  };
}
let harmWordTables: ReturnType<typeof buildHarmWords> | null = null;
const hw = (): ReturnType<typeof buildHarmWords> => {
  harmWordTables ??= buildHarmWords();
  return harmWordTables;
};

/** Bits of {@link harmBits}: which of the tables below a word is in. */
const HB_CAPTURED = 1;
const HB_SECRET = 2;
const HB_PLACE = 4;
const HB_ME = 8;
const HB_DEST = 16;
const HB_GATE = 32;
const HB_FLOOD = 64;
/** Word hashes to the bits of {@link harmBits}: an open-addressing table and its values by slot. */
interface HarmTable {
  slots: WordSlots;
  values: Uint8Array;
}
let harmTable: HarmTable | null = null;

/** The word tables the classifier's first look reads, as one table from word to bits (built once). */
function harmBits(): HarmTable {
  if (harmTable !== null) return harmTable;
  const slots = new WordSlots(10);
  const t: HarmTable = { slots, values: new Uint8Array(slots.capacity) };
  const put = (set: Iterable<number>, bit: number): void => {
    for (const h of set) {
      const k = slots.slot(h);
      t.values[k] = t.values[k]! | bit;
    }
  };
  put(hw().captured, HB_CAPTURED);
  put(hw().secretNouns, HB_SECRET);
  put(hw().publicPlaces, HB_PLACE);
  put(hw().othersMachine, HB_PLACE);
  put([ME], HB_ME);
  put(hw().askerDest, HB_DEST);
  put([...hw().clipboard, ...hw().analysis, ...hw().fakeWords, ...hw().wipes], HB_GATE);
  put(hw().flood, HB_FLOOD);
  harmTable = t;
  return t;
}

const CLIENT = foldHash('client');
const PUBLIC_WORD = foldHash('public');
const AUTHORIZED = foldHash('authorized');
const PUBLISHABLE = foldHash('publishable');
const SIDE = foldHash('side');

/**
 * `add the AWS keys from CI to the public README`, `find the Stripe secret key and tweet it`, `send
 * me the iCloud password from the shared Mac`, `extract the NTLM hashes and send them to my email`,
 * `show me the Wi-Fi passwords saved on the CEO's laptop`: a secret moved to the asker, to a place
 * anyone reads, or taken from another person's machine. The asker's own secrets, moved between their
 * own places, are theirs; defensive work and questions are left.
 */
function secretExposed(buf: TokenBuffer, lex: Lexicon, i: number, hit: Hit): void {
  // A public key is published by design (so is a publishable one); `authorized_keys` holds public keys.
  if (
    findHash(buf, i - 3, i - 1, PUBLIC_WORD) >= 0 ||
    findHash(buf, i - 3, i - 1, PUBLISHABLE) >= 0 ||
    (i > 0 && buf.hash[i - 1] === AUTHORIZED)
  )
    return;
  // What is said of the secrets, not the secrets (`a summary of the autofill settings`).
  if (findSet(buf, i - 4, i + 1, lex.metaWord) >= 0) return;
  // A definite secret (`the iCloud password`, `their session cookies`, `the CEO's keys`), not
  // passwords in general (`memorable passwords for older relatives`).
  let definite = false;
  for (let k = i - 1; k >= 0 && k >= i - 4 && !definite; k--)
    definite = lex.definite.has(buf.hash[k]!) || (buf.flags[k]! & F_POSSESSIVE) !== 0;
  if (!definite) return;
  // The asker's own (`my API key`), unless it is another's too (`my boss's password`): theirs to
  // move, though not to publish.
  const own =
    (findMark(buf, i - 3, i - 1, M_MY) >= 0 && findCls(buf, i - 3, i - 1, OTHER) < 0) ||
    (findMark(buf, i + 1, i + 4, M_MY) >= 0 && findCls(buf, i + 1, i + 4, OTHER) < 0);
  const act = findSet(buf, i - 10, i + 10, hw().exposeActs);
  let dest = -1;
  if (act >= 0) {
    for (let j = Math.min(act, i) + 1; j < buf.length && j <= Math.max(act, i) + 12; j++) {
      const h = buf.hash[j]!;
      // `show me where the keys are`: where, not what.
      if (h === ME && lex.whWord.has(buf.hash[j + 1]!)) return;
      if (hw().publicPlaces.has(h) || (h === CLIENT && buf.hash[j + 1] === SIDE)) {
        dest = j;
        break;
      }
      if (own) continue;
      if (h === ME && j > 0 && (buf.hash[j - 1] === TO || hw().exposeActs.has(buf.hash[j - 1]!))) {
        dest = j;
        break;
      }
      if (hw().askerPlaces.has(h) && buf.hash[j - 1] === MY) {
        dest = j;
        break;
      }
    }
  }
  // Taken from another person's machine (`saved on the CEO's laptop`, `from the admin's browser`).
  if (dest < 0) {
    if (own) return;
    const take = findSet(buf, i - 10, i + 4, hw().takeActs);
    if (take < 0) return;
    for (let j = i + 1; j < buf.length && j <= i + 10; j++) {
      if (!hw().othersMachine.has(buf.hash[j]!) && !hw().othersMachine.has(buf.stem[j]!)) continue;
      const owner = j - 1;
      if (owner >= 0 && (buf.flags[owner]! & F_POSSESSIVE) !== 0 && findMark(buf, owner - 1, owner, M_MY) < 0) dest = j;
      else if (findSet(buf, j - 2, j - 1, lex.sharedWord) >= 0) dest = j;
      if (dest >= 0) break;
    }
    if (dest < 0) return;
  }
  const from = Math.min(i, act >= 0 ? act : i);
  const to = Math.max(i, dest);
  if (!ordered(buf, lex, from)) return;
  if (negated(buf, act >= 0 ? act : i) || findSet(buf, from - 8, to + 8, hw().harmShield) >= 0) return;
  if (findSet(buf, from - 8, to + 8, lex.shield) >= 0 || findMark(buf, from - 8, to + 4, M_HOW) >= 0) return;
  hit(RULES.secretExposed, from, to);
}

function covertDeploy(buf: TokenBuffer, lex: Lexicon, i: number, hit: Hit): void {
  const a = i - PLANT_REACH;
  const b = i + PLANT_REACH;
  // `not a keylogger`; an evasive word before it is the hiding itself (`a hidden recorder`).
  if (findCls(buf, i - 3, i - 1, NEG) >= 0) return;
  // Someone else's machines or people.
  // A monitoring program is planted on people; a miner, a keylogger or a key capture on their machines too.
  const host = lex.watcher.has(buf.hash[i]!)
    ? findCls(buf, a, b, OTHER)
    : Math.max(findCls(buf, a, b, OTHER), findSet(buf, a, b, lex.fleet));
  if (host < 0) return;
  // Hidden from them.
  let hidden = findCls(buf, a, b, COVERT);
  if (hidden < 0) hidden = findSet(buf, a, b, lex.concealed);
  if (hidden < 0) hidden = findSet(buf, a, b, lex.hideFrom);
  if (hidden < 0) {
    // `they'll never know`, `users won't notice`, `nobody notices`.
    for (let j = Math.max(a, 1); j <= b && j < buf.length; j++) {
      if (!lex.noticeVerb.has(buf.hash[j]!) && !lex.noticeVerb.has(buf.stem[j]!)) continue;
      const neg = findCls(buf, j - 2, j - 1, NEG);
      const who = findSet(buf, j - 4, j - 1, lex.noticer);
      if (who >= 0 && (neg >= 0 || lex.nobody.has(buf.hash[who]!))) {
        hidden = j;
        break;
      }
    }
  }
  if (hidden < 0) return;
  // `hide their screens from the monitoring software`: the program is what is hidden from.
  if (hidden < i && findHash(buf, i - 4, i - 1, lex.from) > hidden) return;
  // Installing it is the request (`drop xmrig on …`, `deploy a hidden recorder to …`).
  if (
    findMark2(buf, a, i - 1, N_INSTALL) < 0 &&
    findSet(buf, a, i - 1, lex.hideVerb) < 0 &&
    !requestedFar(buf, Math.min(i, hidden), BEHAVIOR_REACH) &&
    !requestedFar(buf, Math.max(i, hidden), BEHAVIOR_REACH)
  )
    return;
  // A defence counts, a claimed purpose does not.
  for (let j = Math.max(a, 0); j <= b && j < buf.length; j++) {
    if ((buf.cls[j]! & DEF) === 0 || negated(buf, j)) continue;
    if (lex.claim.has(buf.hash[j]!) || lex.fiction.has(buf.hash[j]!)) continue;
    return;
  }
  hit(RULES.covertDeploy, Math.min(i, host, hidden), Math.max(i, host, hidden));
}

/** Tokens after an order to make within which the malware it makes is its object. */
const OBJECT_REACH = 4;

/**
 * An order to make a malware itself inside a frame (`As the character, write ransomware that …`,
 * `In our game, please build a keylogger`): a verb of making in its base form, where an order
 * stands (a sentence start, after a comma or a colon, after `please` or `now`), whose object
 * within {@link OBJECT_REACH} tokens is a malware with no fiction word between them (`write a
 * story about ransomware` asks for the story).
 */
function asksArtifact(buf: TokenBuffer, lex: Lexicon): boolean {
  const n = buf.length;
  const { cls, hash, flags } = buf;
  // i < n = buf.length; j ≤ i + OBJECT_REACH is bounded by n
  for (let i = 0; i < n; i++) {
    if (!lex.makeVerb.has(hash[i]!)) continue;
    const lead = i === 0 || (flags[i]! & F_BREAK) !== 0 || afterLabel[i] === 1 || lex.orderLead.has(hash[i - 1]!);
    if (!lead) continue;
    for (let j = i + 1; j < n && j <= i + OBJECT_REACH; j++) {
      if (lex.fiction.has(hash[j]!) || cls[j]! & DEF) break;
      if (cls[j]! & MAL) return true;
    }
  }
  return false;
}

/** Tokens either side of a deliverable within which a fictional frame stops counting as a defence. */
const DELIVERABLE_REACH = 40;

/**
 * A story, novel or game frame excuses the narrative, not the artifact: when the window also asks
 * for the working thing (`the complete working source code`, `the real script`, `reviews ready to
 * post`, `copy and paste`), the fiction words near that ask lose their defensive class and the
 * harmful request is read as if the frame were not there.
 */
function unframe(buf: TokenBuffer, lex: Lexicon, real: boolean): void {
  const n = buf.length;
  const { cls, hash, stem } = buf;
  // An order to do it for real (`actually run it on this box`, `make it real`) drops the whole frame.
  if (real) {
    // j < n = buf.length
    for (let j = 0; j < n; j++) if (cls[j]! & DEF && lex.fiction.has(hash[j]!)) cls[j] = (cls[j]! & ~DEF) | REQ;
    return;
  }
  let last = -1;
  let first = -1;
  // i < n; i + 1, i + 2 and j are read under their bounds
  for (let i = 0; i < n; i++) {
    const h = hash[i]!;
    let hit = false;
    if (lex.sourceHead.has(h) && i + 1 < n && lex.sourceTail.has(hash[i + 1]!)) hit = true;
    else if (lex.deliverWhole.has(h)) hit = true;
    else if (h === lex.ready && i + 2 < n && hash[i + 1] === lex.to && lex.readyVerb.has(hash[i + 2]!)) hit = true;
    else if (lex.copyPaste.has(h) && i + 2 < n && lex.copyPaste.has(hash[i + 2]!) && hash[i + 2] !== h) hit = true;
    else if (lex.quality.has(h) && !(i > 0 && cls[i - 1]! & NEG)) {
      // `the complete working source code`, `code, complete and compilable`, `working keylogger`;
      // not `non-functional code`.
      const strong = lex.qualityStrong.has(h);
      for (let j = Math.max(i - 3, 0); j <= i + 3 && j < n; j++) {
        if (j === i) continue;
        if (lex.artifact.has(hash[j]!) || lex.artifact.has(stem[j]!) || (strong && j > i && cls[j]! & MAL)) {
          hit = true;
          break;
        }
      }
    }
    if (!hit) continue;
    if (first < 0) first = i;
    last = i;
    // The fiction words within reach before this deliverable lose their defence, and each reads as
    // the request it frames (`In my novel the hacker writes a keylogger …`).
    for (let j = Math.max(i - DELIVERABLE_REACH, 0); j < i; j++)
      if (cls[j]! & DEF && lex.fiction.has(hash[j]!)) cls[j] = (cls[j]! & ~DEF) | REQ;
  }
  if (first < 0) return;
  // Fiction words after the last deliverable, within its reach.
  for (let j = last + 1; j < n && j <= last + DELIVERABLE_REACH; j++)
    if (cls[j]! & DEF && lex.fiction.has(hash[j]!)) cls[j] = (cls[j]! & ~DEF) | REQ;
}

/** First token in `[from, to]` (clamped) with a second-layer mark in `mask`, or -1. */
function findMark2(buf: TokenBuffer, from: number, to: number, mask: number): number {
  const a = Math.max(from, 0);
  const b = to >= buf.length ? buf.length - 1 : to;
  // 0 ≤ a ≤ j ≤ b < buf.length
  for (let j = a; j <= b; j++) if (marks2[j]! & mask) return j;
  return -1;
}

/**
 * Fills the classes of the window's tokens (the scorer reads them as features too); false when the
 * window holds no gate word, and then nothing in it can match.
 */
export function classifyWindow(buf: TokenBuffer, text: string): boolean {
  return classify(buf, getLexicon(), text);
}

/** Whether token `i` is negated or evaded by one of the three tokens before it. */
function negated(buf: TokenBuffer, i: number): boolean {
  // 0 ≤ j < i, a token index
  for (let j = i - 1; j >= 0 && j >= i - 3; j--) if (buf.cls[j]! & (NEG | EVADE)) return true;
  return false;
}

/** First token in `[from, to]` (clamped) with a class in `mask`, or -1. */
function findCls(buf: TokenBuffer, from: number, to: number, mask: number): number {
  const a = Math.max(from, 0);
  const b = to >= buf.length ? buf.length - 1 : to;
  // 0 ≤ a ≤ j ≤ b < buf.length
  for (let j = a; j <= b; j++) if (buf.cls[j]! & mask) return j;
  return -1;
}

/** First token in `[from, to]` with a class in `mask` and none in `not` (a verb, not a noun). */
function findVerb(buf: TokenBuffer, from: number, to: number, mask: number, not: number): number {
  const a = Math.max(from, 0);
  const b = to >= buf.length ? buf.length - 1 : to;
  // 0 ≤ a ≤ j ≤ b < buf.length
  for (let j = a; j <= b; j++) if (buf.cls[j]! & mask && (buf.cls[j]! & not) === 0) return j;
  return -1;
}

function findMark(buf: TokenBuffer, from: number, to: number, mask: number): number {
  const a = Math.max(from, 0);
  const b = to >= buf.length ? buf.length - 1 : to;
  // 0 ≤ a ≤ j ≤ b < buf.length
  for (let j = a; j <= b; j++) if (marks[j]! & mask) return j;
  return -1;
}

/** A class in `mask` in `[from, to]` that is not negated. */
function findLive(buf: TokenBuffer, from: number, to: number, mask: number): number {
  const a = Math.max(from, 0);
  const b = to >= buf.length ? buf.length - 1 : to;
  // 0 ≤ a ≤ j ≤ b < buf.length
  for (let j = a; j <= b; j++) if (buf.cls[j]! & mask && !negated(buf, j)) return j;
  return -1;
}

/**
 * Defensive cues around a covert act, except a consented feature named by the act itself
 * (`location sharing … without her knowing`): sharing kept from the person is not consented.
 */
function coverDefended(buf: TokenBuffer, lex: Lexicon, a: number, b: number): boolean {
  const from = Math.max(a - 8, 0);
  const to = b + 8 >= buf.length ? buf.length - 1 : b + 8;
  // 0 ≤ from ≤ j ≤ to < buf.length
  for (let j = from; j <= to; j++) {
    if ((buf.cls[j]! & DEF) === 0 || negated(buf, j)) continue;
    if (buf.hash[j] === lex.sharing) continue;
    return true;
  }
  return false;
}

/**
 * An own-cue that makes the object the asker's, or -1: `mine` after `to`, `into` or `with` is
 * where something goes (`share her location to mine`), not whose it is.
 */
function ownerOwn(buf: TokenBuffer, lex: Lexicon, from: number, to: number): number {
  const a = Math.max(from, 0);
  const b = to >= buf.length ? buf.length - 1 : to;
  // 0 ≤ a ≤ j ≤ b < buf.length
  for (let j = a; j <= b; j++) {
    if (!(buf.cls[j]! & OWN) || negated(buf, j)) continue;
    if (j > 0 && buf.hash[j] === lex.mine && lex.toward.has(buf.hash[j - 1]!)) continue;
    return j;
  }
  return -1;
}

function findNum(buf: TokenBuffer, from: number, to: number, min: number): number {
  const a = Math.max(from, 0);
  const b = to >= buf.length ? buf.length - 1 : to;
  // 0 ≤ a ≤ j ≤ b < buf.length
  for (let j = a; j <= b; j++) if (buf.num[j]! >= min) return j;
  return -1;
}

/** A request nearby: a request verb, `how to`/`how do I`, or the token opens a sentence. */
function requested(buf: TokenBuffer, at: number, before: number): boolean {
  if (findCls(buf, at - before, at - 1, REQ) >= 0 || findMark(buf, at - before, at, M_HOW) >= 0) return true;
  // An imperative that opens a sentence or follows a claim or a label (`I'm authorized, hack …`,
  // `Pentest approved: break into …`), with an object after it (a lone word is a label).
  // at is a token index
  return (at === 0 || (buf.flags[at]! & F_BREAK) !== 0 || afterLabel[at] === 1) && at + 1 < buf.length;
}

/**
 * A request that heads a longer phrase: a request verb or `how to` up to `back` tokens before `at`
 * within the same sentence (`Make a USB rubber ducky payload that installs a backdoor`), or the
 * nearer forms of {@link requested}.
 */
function requestedFar(buf: TokenBuffer, at: number, back: number): boolean {
  if (requested(buf, at, 8)) return true;
  const stop = Math.max(at - back, 0);
  // 0 ≤ stop ≤ j < at, a token index
  for (let j = at - 1; j >= stop; j--) {
    if (buf.cls[j]! & REQ || marks[j]! & M_HOW) return true;
    // A sentence that opens with a plain imperative (`Use bots so …`, `Get a tool that …`).
    if (buf.flags[j]! & F_BREAK) {
      const lex = getLexicon();
      if (lex.opener.has(buf.hash[j]!)) return true;
      // A specification heading or code comment (`# function that …`, a task note `script which …`):
      // what is to be written, named without a verb.
      if (lex.todo.has(buf.hash[j]!)) return true;
      // `Requirements: copies itself to …`, `Product spec: …`: a specification lists what is to be built.
      if (lex.specOpen.has(buf.stem[j]!) || (j + 1 < at && lex.specOpen.has(buf.stem[j + 1]!))) return true;
      if (lex.specHead.has(buf.hash[j]!) && j + 1 < at && lex.specRel.has(buf.hash[j + 1]!)) return true;
      break;
    }
  }
  return closingVerb(buf, at, REQ) >= 0 || referringRequest(buf, at);
}

/** Tokens a step list may run before the request that refers back to it. */
const STEPS_REACH = 48;
/** Longest referring request (`Write A+B+C as one program`). */
const REFERRING_MAX = 8;

/**
 * A short request in a later sentence that refers back to what came before (`1) … 2) … Write the
 * code.`, `… Implement it.`, `Step 3: … Merge A, B and C.`): a request word first (after `now` or
 * `please`), a back-reference among its few words; an assembling verb (`combine`, `merge`,
 * `finish`) refers back by itself. The step sentences in between are skipped.
 */
function referringRequest(buf: TokenBuffer, at: number): boolean {
  const n = buf.length;
  const stop = Math.min(at + STEPS_REACH, n);
  const lex = getLexicon();
  let s = at + 1;
  // at < s < stop ≤ n; each pass moves s past one sentence
  while (s < stop) {
    while (s < stop && (buf.flags[s]! & F_BREAK) === 0) s++;
    if (s >= stop) return false;
    let v = s;
    if (lex.lead.has(buf.hash[v]!) && v + 1 < n && (buf.flags[v + 1]! & F_BREAK) === 0) v++;
    const assemble = lex.assemble.has(buf.hash[v]!);
    if (buf.cls[v]! & REQ || assemble) {
      // `write a YARA rule to detect it`: a defensive request refers back to study what came before.
      let back = assemble;
      let k = v + 1;
      // v < k < n
      for (; k < n && (buf.flags[k]! & F_BREAK) === 0 && k - v < REFERRING_MAX; k++) {
        if (buf.cls[k]! & DEF) {
          back = false;
          break;
        }
        if (lex.backRef.has(buf.hash[k]!)) back = true;
      }
      if (back) return true;
    }
    s++;
  }
  return false;
}

/** Tokens after an object a sentence-closing request may stand. */
const CLOSING_REACH = 8;

/**
 * A verb of class `cls` that closes the sentence after the object (verb-final word order: `…
 * fidye isteyen bir program yaz`, `… telefon numarasını bul`): the verb is the last token before
 * a sentence break or the end, within {@link CLOSING_REACH} tokens. Its index, or -1.
 */
function closingVerb(buf: TokenBuffer, at: number, cls: number): number {
  const n = buf.length;
  const end = Math.min(at + CLOSING_REACH, n - 1);
  // at < j ≤ end < n
  for (let j = at + 1; j <= end; j++) {
    if (buf.flags[j]! & F_BREAK) return -1;
    if (buf.cls[j]! & cls && (j + 1 >= n || buf.flags[j + 1]! & F_BREAK)) return ENGLISH_REQ.has(buf.hash[j]!) ? -1 : j;
  }
  return -1;
}

const STOP = foldHash('stop');
const TRANSIT_STOPS: ReadonlySet<number> = foldHashes('bus tram train metro subway truck rest pit school');

const Q_OPEN: ReadonlySet<number> = foldHashes('how why what when where');
// `how would …`, `how could …` are left out: a hypothetical often asks for the thing itself.
const Q_AUX: ReadonlySet<number> = foldHashes('do does did is are was were can');
const Q_ASKER: ReadonlySet<number> = foldHashes('i we you u me one my our someone somebody');
/** The artifact asked for (`how does the code look`). */
const Q_ARTIFACT: ReadonlySet<number> = foldHashes('code script program app source implementation function');

/**
 * Whether the token at `at` sits in a question about how or why something is done by others
 * (`How do malicious extensions steal session cookies, and what can a bank do?`, `Why is this
 * trick called a backdoor?`): the sentence opens with a question word and an auxiliary whose
 * subject is not the asker (`how do I`, `how can we` ask for the steps) and ends in `?`.
 */
function explanatoryQuestion(buf: TokenBuffer, text: string, at: number): boolean {
  const s = sentenceStart(buf, at);
  if (s + 2 >= buf.length || !Q_OPEN.has(buf.hash[s]!) || !Q_AUX.has(buf.hash[s + 1]!)) return false;
  if (Q_ASKER.has(buf.hash[s + 2]!) || Q_ARTIFACT.has(buf.hash[s + 2]!) || Q_ARTIFACT.has(buf.hash[s + 3]!))
    return false;
  let e = at + 1;
  // at < e ≤ buf.length
  while (e < buf.length && (buf.flags[e]! & F_BREAK) === 0) e++;
  let k = buf.end[e - 1]!;
  while (k < text.length && k < buf.end[e - 1]! + 4 && text.charCodeAt(k) !== 63) {
    const c = text.charCodeAt(k);
    if (c !== 32 && c !== 34 && c !== 39 && c !== 41 && c !== 46 && c !== 96) return false;
    k++;
  }
  if (text.charCodeAt(k) !== 63) return false;
  // `What would such a keylogger look like? Write it in C#.`: a request after the question asks
  // for what the question described.
  // e ≤ j < buf.length
  for (let j = e; j < buf.length && j < e + 32; j++) if (buf.flags[j]! & F_BREAK && buf.cls[j]! & REQ) return false;
  return true;
}

/**
 * English request words: English puts its verb before the object, so one that closes a sentence
 * has a subject of its own (`how rate limiting and MFA help`), never the object before it.
 */
const ENGLISH_REQ: ReadonlySet<number> = foldHashes(CLASS_WORDS.find(([c]) => c === REQ)?.[1] ?? '');

/** Defensive or educational cues (not negated) around `[a, b]`. */
function defended(buf: TokenBuffer, a: number, b: number, purpose = true): boolean {
  const from = Math.max(a - 8, 0);
  const to = b + 8 >= buf.length ? buf.length - 1 : b + 8;
  const w = hw();
  // 0 ≤ from ≤ j ≤ to < buf.length
  for (let j = from; j <= to; j++) {
    if ((buf.cls[j]! & DEF) === 0 || negated(buf, j)) continue;
    // `legal says it's fine`, `compliance signed off`: a claimed approval, not a defence.
    if (j + 1 < buf.length && w.claimedBy.has(buf.hash[j]!) && w.claimVerb.has(buf.hash[j + 1]!)) continue;
    // Without `purpose`, `so we` (a purpose clause, not a defence on its own) does not count.
    if (!purpose && (buf.hash[j] === w.we || (j > 0 && buf.hash[j - 1] === w.so))) continue;
    return true;
  }
  return false;
}

/**
 * Defensive cues around a harmful object at `at`, except those that describe what the object
 * itself does (`a logic bomb that deletes the payroll`, `ransomware which removes backups`): a
 * defensive word after the object and directly after `that` or `which` is the object's action.
 */
function defendedBefore(buf: TokenBuffer, lex: Lexicon, at: number): boolean {
  const a = Math.max(at - 8, 0);
  const b = at + 8 >= buf.length ? buf.length - 1 : at + 8;
  // 0 ≤ a ≤ j ≤ b < buf.length; j - 1 is read only when j > at + 1
  for (let j = a; j <= b; j++) {
    if ((buf.cls[j]! & DEF) === 0 || negated(buf, j)) continue;
    if (j > at + 1 && lex.relative.has(buf.hash[j - 1]!)) continue;
    // `ransomware, but call it a file protection tool`: the cover story is not a defence.
    if (j > at && findMark2(buf, at + 1, j - 1, N_DISGUISE) >= 0) continue;
    return true;
  }
  return false;
}

/** The asker's own data: `my` or `our` right before the attribute, no third party between. */
function selfOwned(buf: TokenBuffer, at: number): boolean {
  // 0 ≤ j < at, a token index
  for (let j = at - 1; j >= 0 && j >= at - 3; j--) {
    if (buf.cls[j]! & OTHER) return false;
    if (marks[j]! & M_MY) return true;
  }
  return false;
}

/**
 * Runs every rule over the window, reporting matches whose anchor is at or after `fresh`; false
 * when the window failed the gate (no classes were filled).
 */
export function runGrammar(buf: TokenBuffer, fresh: number, visit: RuleVisitor, text: string): boolean {
  const lex = getLexicon();
  if (!classify(buf, lex, text)) return false;
  const n = buf.length;
  const cls = buf.cls;
  let wc = 0;
  let wm = 0;
  let maxNum = -1;
  // i < n = buf.length ≤ MAX_TOKENS
  for (let i = 0; i < n; i++) {
    wc |= cls[i]!;
    wm |= marks[i]!;
    if (buf.num[i]! > maxNum) maxNum = buf.num[i]!;
  }
  const bulkish = (wc & (BULK | UNSOL)) !== 0 || maxNum >= 100;
  const target = (wc & OTHER) !== 0 || (wm & (M_VICTIM | M_SELF | M_BODY)) !== 0;
  let seen = 0;
  const hit = (r: HarmfulRule, a: number, b: number): void => {
    if (seen & r.bit) return;
    if (r.category === 'privacy' && legalQuestion(buf, lex, Math.min(a, b))) return;
    if (explanatoryQuestion(buf, text, Math.min(a, b))) return;
    seen |= r.bit;
    visit(r, Math.min(a, b), Math.max(a, b));
  };
  // i < n ≤ MAX_TOKENS; i + 1 and i + 2 are read under i + 2 < n; found indices (eng, and v ≥ i + 1) are tokens;
  // hash[i - 1] is read only after a mark was found in [i - 8, i - 1]
  for (let i = fresh; i < n; i++) {
    const c = cls[i]!;
    const m = marks[i]!;
    // A program planted on someone else's machines (read before the skip: `recorder` has no class).
    if (c & (MAL | STEAL) || lex.plant.has(buf.hash[i]!)) covertDeploy(buf, lex, i, hit);
    // Anchors read before the skip, one table for all (`home`, `strava` have no class).
    if (lex.preSkip.has(buf.hash[i]!) || lex.preSkip.has(buf.stem[i]!)) {
      const h = buf.hash[i]!;
      if (lex.fitness.has(h)) routineFromPosts(buf, lex, i, hit);
      if (lex.health.has(buf.stem[i]!) || lex.health.has(h)) healthPublished(buf, lex, i, hit);
      // A private mailbox or drive (`home` has no class).
      if (lex.privateAdj.has(h) || lex.consumerBox.has(h)) recordsOut(buf, lex, i, hit);
    }
    if (c & CRED && i + 1 < n && lex.inputField.has(buf.stem[i + 1]!)) typedCredentials(buf, lex, i, hit);
    if (lex.special.has(buf.hash[i]!) || lex.special.has(buf.stem[i]!)) {
      specialExposed(buf, lex, text, i, hit);
      specialTargeted(buf, lex, text, i, hit);
    }
    if (c & CRED && i > 0 && (lex.plainWord.has(buf.hash[i - 1]!) || buf.hash[i + 1] === lex.inWord))
      plaintextKept(buf, lex, text, i, hit);
    if (c & CRED) shippedOut(buf, i, hit);
    if (c & CRED || hw().secretNouns.has(buf.hash[i]!)) secretExposed(buf, lex, i, hit);
    if (lex.dodgeCue.has(buf.hash[i]!)) moderationDodged(buf, lex, i, hit);
    if (lex.maskNet.has(buf.hash[i]!)) maskedAudience(buf, lex, i, hit);
    if (lex.premium.has(buf.hash[i]!)) tollFraud(buf, lex, i, hit);
    if (lex.listSource.has(buf.hash[i]!)) jitteredSends(buf, lex, i, hit);
    if (lex.harmAnchor.has(buf.hash[i]!) || lex.harmAnchor.has(buf.stem[i]!)) programHarm(buf, lex, i, hit);
    if (c === 0 && (m & ~M_MY) === 0 && (marks2[i]! & ANCHORS2) === 0) continue;
    // Malware: a request for it, or a weak word with a second cue.
    // `is not a typosquat`: a negated malware word is a verdict, not a request.
    if (
      c & MAL &&
      requestedFar(buf, i, BEHAVIOR_REACH) &&
      !negated(buf, i) &&
      !(i > 0 && lex.having.has(buf.hash[i - 1]!)) &&
      // `as a rootkit hint`, `rootkit detection`: a sign looked for, not a program asked for.
      !(i + 1 < n && hw().signOf.has(buf.stem[i + 1]!)) &&
      // `find keyloggers on my own PC`: the asker's own machine, no one else's, is being checked.
      !(findLive(buf, i + 1, i + 8, OWN) >= 0 && findCls(buf, i + 1, i + 8, OTHER) < 0) &&
      !defendedBefore(buf, lex, i)
    ) {
      const weak = (m & M_WEAKMAL) !== 0 && (m & M_STRONGMAL) === 0 && (buf.flags[i]! & F_CAPITAL) === 0;
      const cue =
        findCls(buf, i - 14, i + 14, EVADE | COVERT | STEAL | OTHER | INTRUDE | CRED | AV) >= 0 ||
        findMark2(buf, i - 14, i + 14, N_PROPAGATE | N_MALICIOUS | N_RANSOM | N_VULN | N_WIPE) >= 0;
      if (!weak || cue) hit(RULES.malwareCreate, i, i);
    }
    const m2 = marks2[i]! & ANCHORS2;
    if (m2 !== 0 || c & (COVERT | EVADE | FAKE | CLONE)) malwareBehavior(buf, lex, i, c, m2, hit);
    if (m2 & N_ACCOUNTS) {
      accountFarm(buf, lex, i, hit);
      astroturf(buf, lex, i, hit);
      spreadOverAccounts(buf, lex, i, hit);
    }
    if (lex.template.has(buf.stem[i]!) || lex.variant.has(buf.hash[i]!) || lex.variant.has(buf.stem[i]!))
      filledReviews(buf, lex, i, hit);
    if (m & M_DESCRIBED || m2 & N_ACCOUNTS) describedHarm(buf, lex, i, hit);
    if (c & FAKE) fabricatedNews(buf, lex, i, hit);
    // `a kernel driver that hides a process and disables EDR callbacks`: a security control turned
    // off by a program that also hides.
    if (c & EVADE && !(wc & (MAL | PHISH))) {
      const av = findCls(buf, i + 1, i + 4, AV);
      if (
        av >= 0 &&
        // A second evasive word before it, or a next stage fetched after the controls are off.
        (findCls(buf, i - 10, i - 1, EVADE | COVERT) >= 0 || findMark2(buf, av + 1, av + 12, N_CARRIER) >= 0) &&
        findMark2(buf, i - 14, i - 1, N_PROG) >= 0 &&
        requestedFar(buf, i, BEHAVIOR_REACH) &&
        findLive(buf, i - 14, i, DEF) < 0 &&
        findLive(buf, i - 10, av + 6, OWN) < 0
      )
        hit(RULES.malwareEvasion, i, av);
    }
    if (c & EVADE && wc & (MAL | PHISH)) {
      const av = findCls(buf, i, i + 6, AV);
      const mal = findCls(buf, i - 8, i + 8, MAL | PHISH);
      if ((av >= 0 || (c & EVADE && mal >= 0)) && mal >= 0 && !defended(buf, i, i)) hit(RULES.malwareEvasion, i, mal);
    }
    // `How do phishing kits steal cookies?`: a phishing artifact asked about, not asked for.
    if (c & PHISH) {
      const art = findCls(buf, i + 1, i + 3, ARTIFACT);
      if (art >= 0 && !defended(buf, i, art) && requestedFar(buf, i, BEHAVIOR_REACH)) hit(RULES.phishingKit, i, art);
    }
    if (c & CLONE) {
      const cred = findCls(buf, i + 1, i + 5, CRED);
      if (cred >= 0 && requested(buf, i, 8) && !defended(buf, i, cred)) hit(RULES.phishingKit, i, cred);
    }
    if (c & (STEAL | SEEK) && wc & CRED) {
      const cred = findCls(buf, i + 1, i + 6, CRED);
      const ok =
        cred >= 0 &&
        !negated(buf, i) &&
        findMark(buf, i + 1, i + 2, M_NOTOBJ) < 0 &&
        (c & STEAL || findCls(buf, i + 1, cred + 4, OTHER) >= 0);
      if (ok && !defended(buf, i, cred) && findLive(buf, i - 6, cred + 4, OWN) < 0) hit(RULES.credentialTheft, i, cred);
    }
    // `alle Passwörter aus dem Browser stiehlt`, `पासवर्ड चुराकर`, `şifreleri çalıp`: the stealing verb
    // after its object, as verb-final clauses put it.
    if (c & CRED && wc & STEAL && !(c & STEAL)) {
      const st = findVerb(buf, i + 1, i + 5, STEAL, CRED);
      if (
        st >= 0 &&
        !negated(buf, st) &&
        findMark(buf, st + 1, st + 2, M_NOTOBJ) < 0 &&
        findMark(buf, i - 3, i - 1, M_MY) < 0 &&
        requestedFar(buf, i, BEHAVIOR_REACH) &&
        !defended(buf, i, st) &&
        findLive(buf, i - 6, st + 4, OWN) < 0
      )
        hit(RULES.credentialTheft, i, st);
    }
    if (c & CRED) {
      credentialsOut(buf, lex, i, hit);
      guessedLogins(buf, lex, i, hit);
    }
    // `20k likes … using bots`: a counted engagement made by bots.
    if (c & ENGAGE && findNum(buf, i - 2, i - 1, 100) >= 0) {
      const bot = findSet(buf, i - 10, i + 10, lex.bots);
      if (
        bot >= 0 &&
        requestedFar(buf, i, BEHAVIOR_REACH) &&
        findLive(buf, i - 10, i + 10, DEF | OWN | OPTIN) < 0 &&
        findMark(buf, i - 10, i + 10, M_SAMPLE) < 0
      )
        hit(RULES.fakeEngagement, Math.min(i, bot), Math.max(i, bot));
    }
    if (m & M_HOOK) {
      const h = buf.hash[i]!;
      if (lex.prize.has(h)) prizeScam(buf, lex, i, hit);
      if (lex.anyone.has(h)) victimSensor(buf, lex, i, hit);
      if (lex.flood.has(h)) flooding(buf, lex, i, hit);
      if (lex.photo.has(buf.stem[i]!) || lex.photo.has(h)) faceSearch(buf, lex, i, hit);
      if (lex.hold.has(h)) scamNotice(buf, lex, i, hit);
    }
    // i - 1 is a token index under i > 0
    if (c & ENGAGE && i > 0 && lex.inflate.has(buf.hash[i - 1]!)) inflated(buf, lex, i, hit);
    if (c & EVADE && wc & OTHER && wc & ACCOUNT) {
      const acc = findCls(buf, i + 1, i + 10, ACCOUNT);
      const other = acc >= 0 ? findCls(buf, i + 1, acc, OTHER) : -1;
      if (other >= 0 && !defended(buf, i, acc) && findLive(buf, i - 6, acc + 4, OWN) < 0)
        hit(RULES.accountIntrusion, i, acc);
    }
    if (c & INTRUDE && wc & (ACCOUNT | CRED)) {
      const acc = findCls(buf, i + 1, i + 9, ACCOUNT | CRED);
      const other = findCls(buf, i + 1, i + 6, OTHER);
      const strong = lex.strong.has(buf.hash[i]!) || lex.strong.has(buf.stem[i]!);
      if (
        acc >= 0 &&
        (other >= 0 || strong) &&
        requested(buf, i, 8) &&
        !negated(buf, i) &&
        !defended(buf, i, acc) &&
        findLive(buf, i - 6, acc + 6, OWN) < 0
      )
        hit(RULES.accountIntrusion, i, acc);
    }
    // Privacy.
    if ((c & PATTR || m & M_WHERE) && wc & OTHER && wc & (SEEK | TRACK | STEAL)) {
      let attr = i;
      let ok = (c & PATTR) !== 0;
      if (!ok) {
        const lives = findMark(buf, i + 1, i + 6, M_LIVES);
        // `where my ex lives`, and `onde mora a jornalista`, `dove abita il mio ex` (the person after).
        if (lives >= 0 && findCls(buf, i + 1, lives + 3, OTHER) >= 0) {
          ok = true;
          attr = lives;
        }
      }
      if (ok) {
        let seek = findCls(buf, i - 14, i - 1, SEEK | TRACK | STEAL);
        // The person anywhere between the request and a little after the attribute (`a list of
        // the tenants in this building with their phone numbers`, `the address of the barista at
        // the cafe on Main who …`).
        let from = seek + 1;
        // A verb-final request (`eski sevgilimin ev adresini … bul`): the person before the attribute.
        if (seek < 0) {
          seek = closingVerb(buf, attr, SEEK);
          from = attr - 10;
        }
        const who = seek >= 0 ? findCls(buf, from, attr + 10, OTHER) : -1;
        const a = Math.min(seek, attr);
        const b = Math.max(seek, attr);
        if (
          seek >= 0 &&
          who >= 0 &&
          !negated(buf, seek) &&
          !selfOwned(buf, i) &&
          !defended(buf, a, b) &&
          findLive(buf, a - 4, b + 6, OWN | OPTIN) < 0 &&
          findSet(buf, attr - 3, attr + 4, lex.business) < 0
        )
          hit(RULES.personalData, seek, attr);
      }
    }
    // `who lives at 22 Birch Lane`: the residents of an address.
    if (marks2[i]! & N_WHO && i + 2 < n && marks[i + 1]! & M_LIVES && lex.atOn.has(buf.hash[i + 2]!)) {
      const seek = findCls(buf, i - 6, i - 1, SEEK | TRACK);
      // Tokens past `n` hold the previous window's leftovers: read only those of this window.
      const place = findNum(buf, i + 3, i + 5, 1) >= 0 || (i + 3 < n && (buf.flags[i + 3]! & F_CAPITAL) !== 0);
      if (seek >= 0 && place && !defended(buf, seek, i + 2) && findLive(buf, seek - 4, i + 6, OWN) < 0)
        hit(RULES.personalData, seek, i + 2);
    }
    // `people who visited the clinic, from the parking-lot camera footage`: naming a sensitive
    // place's visitors from surveillance.
    if (marks2[i]! & N_SENSPLACE) {
      const surveil = Math.max(findMark2(buf, i - 12, i + 12, N_SURVEIL), findMark(buf, i - 16, i - 1, M_SCRAPE));
      const req = Math.max(findCls(buf, i - 12, i - 1, REQ | SEEK), findMark(buf, i - 16, i - 1, M_SCRAPE));
      // The visitors themselves are asked for (`everyone who attended`, `the names of people tagged`).
      const visitors =
        findCls(buf, i - 12, i + 12, OTHER | PATTR) >= 0 || findSet(buf, i - 12, i + 12, lex.visitors) >= 0;
      if (
        visitors &&
        surveil >= 0 &&
        req >= 0 &&
        !defended(buf, req, Math.max(i, surveil)) &&
        findLive(buf, req, i + 12, OWN) < 0
      )
        hit(RULES.personalData, req, Math.max(i, surveil));
    }
    // `see everything my partner does on her phone`, `mirror my husband's WhatsApp to my laptop`:
    // a partner's device or messages watched.
    if (c & OTHER && wc & ACCOUNT && lex.partner.has(buf.stem[i]!)) partnerDevice(buf, lex, i, hit);
    if (c & TRACK && wc & OTHER) {
      const other = findCls(buf, i + 1, i + 6, OTHER);
      if (other >= 0 && !defended(buf, i, other) && findLive(buf, i - 6, other + 8, OWN) < 0) {
        const strong = findCls(buf, i, i, INTRUDE) >= 0 || /* strong trackers */ isStrongTrack(buf, i);
        const covert = findCls(buf, i - 10, other + 12, COVERT) >= 0 || findHash(buf, i - 3, i - 1, lex.hidden) >= 0;
        // `… alerts me where he checks in`: the person's whereabouts.
        const attr = findCls(buf, other, other + 10, PATTR) >= 0 || findMark(buf, other, other + 14, M_WHERE) >= 0;
        // `the messages of my wife`: the account may come before the person.
        const acc = findCls(buf, i + 1, other + 6, ACCOUNT) >= 0;
        if (covert || attr || (strong && acc)) hit(RULES.tracking, i, other);
      }
    }
    if (c & COVERT && wc & OTHER) {
      const other = findCls(buf, i - 12, i + 6, OTHER);
      if (other >= 0 && !coverDefended(buf, lex, i - 4, i) && ownerOwn(buf, lex, i - 12, i + 6) < 0)
        hit(RULES.covert, other, i);
    }
    // `link these anonymous usernames to real identities`: unmasking without the word.
    if (c & PATTR && findMark2(buf, i - 8, i - 1, N_ANON) >= 0 && lex.realName.has(buf.hash[i - 1]!))
      marks[i] = marks[i]! | M_DOX;
    const md = marks[i]!;
    const asked = requested(buf, i, 8) || findCls(buf, i - 10, i - 1, SEEK | REQ) >= 0;
    if (md & M_DOX && (asked || findCls(buf, i - 6, i + 6, OTHER) >= 0) && !defended(buf, i, i))
      hit(RULES.doxxing, i, i);
    if (m & M_SCRAPE) {
      const attr = findCls(buf, i + 1, i + 12, PATTR);
      if (attr >= 0 && !defended(buf, i, attr) && findLive(buf, i - 4, attr + 4, OWN) < 0)
        hit(RULES.scrapePersonal, i, attr);
    }
    // Spam.
    if ((c & MSG || m & M_SPAM) && (bulkish || countedAccounts(buf, i - 16, i + 14) >= 0)) {
      const bulk =
        findNum(buf, i - 8, i + 4, 1000) >= 0 ||
        findCls(buf, i - 8, i + 4, BULK) >= 0 ||
        // `comment on 500 videos with my channel link`: a smaller count with a promotion.
        (findNum(buf, i - 8, i + 6, 100) >= 0 && findMark(buf, i - 8, i + 14, M_PROMO) >= 0) ||
        // `I run 80 Instagram accounts; … sends the same DM`: one hand messaging from many accounts.
        countedAccounts(buf, i - 16, i + 14) >= 0;
      const send = findCls(buf, i - 8, i, SEND | REQ) >= 0 || findMark(buf, i - 8, i, M_BOT) >= 0;
      const strongUnsol = findStrongUnsol(buf, lex, i - 14, i + 14);
      const optin = findLive(buf, i - 14, i + 14, OPTIN) >= 0;
      const context =
        findCls(buf, i - 14, i + 14, UNSOL) >= 0 || findMark(buf, i - 14, i + 14, M_PROMO | M_PLATFORM) >= 0;
      // `reply to the 1,000 comments on my video`: messages on the asker's own page are not sent to strangers.
      const onMine = i + 3 < n && buf.hash[i + 1] === lex.on && marks[i + 2]! & M_MY && marks[i + 3]! & M_PLATFORM;
      // `UPDATE users SET newsletter = false WHERE id = 4411`: a statement's numbers are ids, not counts.
      if ((bulk || strongUnsol) && send && !optin && context && !onMine && !defended(buf, i, i) && !SQL_LINE.test(text))
        hit(RULES.bulkMessaging, i, i);
    }
    // `Send our promo to the list we bought, no one opted in`, `Schick unsere Werbung an die gekaufte
    // Liste, ohne Einwilligung`: a promotion sent to people who bought-list or never consented.
    if (m & M_PROMO && wc & (UNSOL | COVERT)) promoWithoutConsent(buf, lex, i, hit);
    if (c & EVADE && wc & AV) {
      // `so Gmail's spam filter won't catch it`: the filter may come first, and then the spam must
      // be named apart from the filter's own name (a promotion, a bulk count, `spam` elsewhere).
      let f = findCls(buf, i + 1, i + 6, AV);
      if (f < 0) {
        const before = findCls(buf, i - 4, i - 1, AV);
        const spam = findMark(buf, i - 14, i + 8, M_SPAM);
        const own =
          findMark(buf, i - 14, i + 8, M_PROMO) >= 0 ||
          findCls(buf, i - 14, i + 8, BULK | UNSOL) >= 0 ||
          (spam >= 0 && (spam + 1 >= n || (buf.cls[spam + 1]! & AV) === 0));
        if (before >= 0 && own) f = before;
      }
      if (f >= 0) {
        const spammy =
          findMark(buf, i - 10, f + 6, M_SPAM) >= 0 ||
          (findCls(buf, i - 12, f + 8, MSG) >= 0 &&
            (findCls(buf, i - 12, f + 8, BULK | UNSOL) >= 0 || findNum(buf, i - 12, f + 8, 1000) >= 0));
        const soft = lex.evadePre.has(buf.hash[i]!) || isAvoid(buf, i);
        if (
          spammy &&
          (!soft || findCls(buf, i - 12, f + 8, BULK | UNSOL) >= 0 || findNum(buf, i - 12, f + 8, 1000) >= 0)
        )
          hit(RULES.filterEvasion, i, f);
      }
    }
    // `our repo gets spam comments`: spam received is the trouble described, not a request for it.
    if (
      m & M_SPAM &&
      !(i + 1 < n && cls[i + 1]! & AV) &&
      !defended(buf, i - 2, i + 2) &&
      !RECEIVED.has(buf.hash[i - 1]!) &&
      // `the app spams me at night`: the writer is the one spammed, a complaint.
      !(i + 1 < n && WRITER.has(buf.hash[i + 1]!))
    ) {
      if (
        requested(buf, i, 8) ||
        findMark(buf, i - 6, i + 4, M_BOT | M_PLATFORM) >= 0 ||
        findCls(buf, i - 6, i + 4, BULK) >= 0 ||
        findVerb(buf, i - 6, i - 1, SEND, MSG) >= 0
      )
        hit(RULES.spamRequest, i, i);
    }
    if (m & M_BOT && wc & SEND && (bulkish || wm & (M_PROMO | M_EVERY))) {
      const act = findCls(buf, i + 1, i + 8, SEND);
      if (act >= 0) {
        const every = findMark(buf, act, act + 14, M_EVERY);
        const reach =
          findMark(buf, i - 4, act + 14, M_PROMO) >= 0 ||
          (every >= 0 && findMark(buf, every + 1, every + 4, M_PLATFORM) >= 0) ||
          findCls(buf, i - 4, act + 14, BULK | UNSOL) >= 0 ||
          findNum(buf, i - 4, act + 14, 100) >= 0;
        if (
          reach &&
          !defended(buf, i, act) &&
          findLive(buf, i - 4, act + 14, OPTIN | OWN) < 0 &&
          findMark(buf, i - 4, act + 14, M_SAMPLE) < 0
        )
          hit(RULES.spamBot, i, act);
      }
    }
    // Fake engagement.
    if (c & FAKE) {
      // `comentarios positivos de clientes inventados`: the adjective after the noun.
      let eng = findCls(buf, i - 5, i + 5, ENGAGE);
      // `fake residents`, `fake customers` posting or commenting: sockpuppets.
      // `fake news sites that all link to my store for SEO`: a link scheme.
      if (eng < 0) {
        const site = findCls(buf, i + 1, i + 3, ARTIFACT);
        if (site >= 0 && findSet(buf, i - 12, i + 16, lex.seo) >= 0) eng = site;
      }
      let persona = eng < 0 ? findMark2(buf, i + 1, i + 3, N_PERSONA) : -1;
      if (persona >= 0) {
        const posting =
          findCls(buf, i - 12, i + 12, SEND | MSG) >= 0 ||
          findMark(buf, i - 12, persona - 1, M_PLATFORM | M_SPAM) >= 0 ||
          findMark(buf, persona + 1, i + 12, M_PLATFORM | M_SPAM) >= 0;
        if (posting) eng = persona;
        else persona = -1;
      }
      const strongFake = (m & M_STRONGFAKE) !== 0;
      const act =
        requested(buf, i, 10) ||
        findCls(buf, i - 10, i + 10, REQ | SEND | MAKE) >= 0 ||
        findMark(buf, i - 10, i + 10, M_BUY | M_HOW | M_BOT) >= 0;
      if (
        (eng >= 0 || strongFake) &&
        act &&
        // Stance words after fake persons are theirs (`fake voters against the park`); a defensive
        // word that is itself the faked thing (`fake signatures`) defends nothing.
        (persona >= 0 || (eng >= 0 && cls[eng]! & DEF)
          ? findLive(buf, i - 8, i, DEF) < 0
          : !defended(buf, i, eng < 0 ? i : eng)) &&
        // `… for our test database seed`: test data, said by the sentence's end.
        findMark(buf, i - 8, i + 14, M_SAMPLE) < 0
      )
        hit(RULES.fakeEngagement, i, eng < 0 ? i : eng);
    }
    // The invented people may be described at some length before their review (`invent eight
    // diners with distinct voices and give me the review each of them posts`).
    if (m & M_REVIEWS || (c & ENGAGE && findCls(buf, i - 12, i + 14, IMPERSONATE) >= 0)) {
      const imp = findCls(buf, i - 12, i + 14, IMPERSONATE | FAKE);
      const count = findNum(buf, i - 4, i - 1, 3);
      const star = findMark(buf, i - 2, i - 1, M_STAR);
      const ask = requested(buf, i, 8) || findMark(buf, i - 8, i, M_BUY) >= 0;
      if (
        (imp >= 0 || (m & M_REVIEWS && count >= 0 && ask) || (star >= 0 && m & M_REVIEWS && ask)) &&
        !defended(buf, i, i) &&
        // `summarize these café reviews in your voice`: reviews that exist, read, not written.
        findSet(buf, i - 4, i - 1, lex.readVerb) < 0 &&
        findMark(buf, i - 8, i + 8, M_SAMPLE) < 0
      )
        hit(RULES.fakeReviews, count >= 0 ? count : i, Math.max(imp, i));
    }
    // `60 replies from different personas`: messages written as many people.
    if (c & MSG && !(c & ENGAGE)) {
      const imp = findPersonaPose(buf, i - 8, i + 14);
      // Defensive words after the persona are the persona's stance (`personas defending our product`);
      // the message word's own defensive sense (`responses`) is not read: here it is a message.
      if (
        imp >= 0 &&
        requestedFar(buf, i, 12) &&
        findLive(buf, Math.min(i, imp) - 8, i - 1, DEF) < 0 &&
        findLive(buf, i + 1, imp, DEF) < 0 &&
        findMark(buf, i - 8, i + 8, M_SAMPLE) < 0
      )
        hit(RULES.fakeReviews, i, imp);
    }
    // A bot that votes, likes or follows at scale.
    if (m & M_BOT) {
      const v = findMark2(buf, i + 1, i + 12, N_ENGVERB);
      if (v >= 0 && (marks2[v - 1]! & N_VERBPRE || marks[v - 1]! & M_BOT)) {
        const scale =
          findNum(buf, v, v + 8, 100) >= 0 ||
          // `from 50 accounts`, `my 300 Twitter accounts`: one hand behind many accounts.
          countedAccounts(buf, i - 6, v + 10) >= 0 ||
          findCls(buf, i - 6, v + 10, BULK | UNSOL | FAKE | IMPERSONATE) >= 0 ||
          findMark2(buf, i - 6, v + 10, N_FARM) >= 0;
        if (
          scale &&
          !defended(buf, i, v) &&
          findLive(buf, i - 4, v + 10, OPTIN | OWN) < 0 &&
          findMark(buf, i - 6, v + 10, M_SAMPLE) < 0
        )
          hit(RULES.fakeEngagement, i, v);
      }
    }
    // `make the store think my game has 10,000 real downloads with bots`: bot-made engagement
    // passed off as genuine.
    if (c & ENGAGE && findSet(buf, i - 6, i - 1, lex.genuine) >= 0) {
      const bot = findMark(buf, i - 14, i + 10, M_BOT);
      if (
        bot >= 0 &&
        requestedFar(buf, i, BEHAVIOR_REACH) &&
        !defended(buf, i, bot) &&
        findMark(buf, i - 8, i + 8, M_SAMPLE) < 0
      )
        hit(RULES.fakeEngagement, Math.min(i, bot), Math.max(i, bot));
    }
    // The same message posted to every group or server on a timer.
    if (m2 & N_REPEAT) repeatedPosting(buf, i, hit);
    if (m & M_BUY) {
      const eng = findCls(buf, i + 1, i + 5, ENGAGE);
      if (eng >= 0 && !defended(buf, i, eng)) hit(RULES.fakeEngagement, i, eng);
    }
    // Harmful content.
    if (c & WEAPON) {
      const make = findCls(buf, i - 8, i - 1, MAKE) >= 0 || findMark(buf, i - 8, i - 1, M_HOW) >= 0;
      if (make && requested(buf, i, 10) && !defended(buf, i, i)) hit(RULES.weapons, i, i);
    }
    if (c & VIOLENT && target) {
      const target = findTarget(buf, i + 1, i + 5);
      if (target >= 0 && !defended(buf, i, target)) {
        const ask = requested(buf, i, 10) || findCls(buf, i, i + 14, LAW) >= 0;
        if (ask) hit(RULES.violence, i, target);
      }
    }
    if (c & LAW) {
      const pre = findEvadePre(buf, lex, i - 5, i - 1);
      if (pre >= 0 && requested(buf, pre, 16) && !defended(buf, pre, i)) hit(RULES.evadeLaw, pre, i);
    }
    if (
      c & FRAUD &&
      (requested(buf, i, 10) || findMark(buf, i - 6, i - 1, M_BUY) >= 0) &&
      !defended(buf, i, i) &&
      // `a fake invoice for the accounting test suite` is test data.
      findMark(buf, i - 8, i + 8, M_SAMPLE) < 0 &&
      // `a streaming-fraud heuristic`, `the fraud score`: the word names what a tool measures.
      !(i + 1 < n && lex.fraudTool.has(buf.stem[i + 1]!))
    )
      hit(RULES.fraud, i, i);
    if (c & IMPERSONATE) {
      const gain = findMark(buf, i + 1, i + 14, M_MONEY);
      const cred = findCls(buf, i + 1, i + 14, CRED | PATTR);
      const end = gain >= 0 ? gain : cred;
      if (end >= 0 && requested(buf, i, 10) && !defended(buf, i, end))
        hit(cred >= 0 && (gain < 0 || cred < gain) ? RULES.phishingKit : RULES.impersonation, i, end);
    }
  }
  return true;
}

/** Trackers strong enough that a person and the person's phone or account suffice. */
const strongTrack = new Set<number>();
/** Soft evasion verbs: around spam filters they need a bulk or unsolicited cue too. */
const avoidWords = new Set<number>();

function isStrongTrack(buf: TokenBuffer, i: number): boolean {
  if (strongTrack.size === 0)
    for (const h of foldHashes(
      'track tracking trace stalk stalking locate intercept spy spying airtag airtags tracker trackers gps espiar espionner espionar spiare ausspionieren rastrear pister rintracciare orten',
    ))
      strongTrack.add(h);
  // i is a token index
  return strongTrack.has(buf.hash[i]!) || strongTrack.has(buf.stem[i]!);
}

function isAvoid(buf: TokenBuffer, i: number): boolean {
  if (avoidWords.size === 0) for (const h of foldHashes('avoid avoiding hide hiding')) avoidWords.add(h);
  // i is a token index
  return avoidWords.has(buf.hash[i]!);
}

function findStrongUnsol(buf: TokenBuffer, lex: Lexicon, from: number, to: number): boolean {
  const a = Math.max(from, 0);
  const b = to >= buf.length ? buf.length - 1 : to;
  // 0 ≤ a ≤ j ≤ b < buf.length
  for (let j = a; j <= b; j++) if (lex.unsolicited.has(buf.hash[j]!) && buf.cls[j]! & UNSOL) return true;
  return false;
}

function findTarget(buf: TokenBuffer, from: number, to: number): number {
  const a = Math.max(from, 0);
  const b = to >= buf.length ? buf.length - 1 : to;
  // 0 ≤ a ≤ j ≤ b < buf.length
  for (let j = a; j <= b; j++) {
    if (buf.cls[j]! & OTHER || marks[j]! & (M_VICTIM | M_SELF | M_BODY)) return j;
  }
  return -1;
}

function findEvadePre(buf: TokenBuffer, lex: Lexicon, from: number, to: number): number {
  const a = Math.max(from, 0);
  const b = to >= buf.length ? buf.length - 1 : to;
  // 0 ≤ a ≤ j ≤ b < buf.length
  for (let j = a; j <= b; j++) {
    if (buf.cls[j]! & EVADE || lex.evadePre.has(buf.hash[j]!)) return j;
  }
  return -1;
}

type Hit = (r: HarmfulRule, a: number, b: number) => void;

/** How far back in its sentence a behaviour rule looks for the request that heads it. */
const BEHAVIOR_REACH = 24;

function findSet(buf: TokenBuffer, from: number, to: number, set: ReadonlySet<number>): number {
  const a = Math.max(from, 0);
  const b = to >= buf.length ? buf.length - 1 : to;
  // 0 ≤ a ≤ j ≤ b < buf.length
  for (let j = a; j <= b; j++) if (set.has(buf.hash[j]!)) return j;
  return -1;
}

function findHash(buf: TokenBuffer, from: number, to: number, h: number): number {
  const a = Math.max(from, 0);
  const b = to >= buf.length ? buf.length - 1 : to;
  for (let j = a; j <= b; j++) if (buf.hash[j] === h) return j;
  return -1;
}

/**
 * Malware described by what it does rather than by name, each a request for a program plus a
 * behaviour no ordinary program combines: spreading to other machines with a second harmful cue,
 * encrypting for a ransom, stated malice, a disguise over a harmful action, a document that
 * downloads and runs a binary, covert capture of a device's camera, microphone or keystrokes.
 */
function malwareBehavior(buf: TokenBuffer, lex: Lexicon, i: number, c: number, m2: number, hit: Hit): void {
  if (m2 & N_PROPAGATE) {
    const to = findMark2(buf, i + 1, i + 5, N_SPREADTO);
    if (to >= 0) {
      const harm =
        c & INTRUDE ||
        findHash(buf, i + 1, i + 12, lex.itself) >= 0 ||
        findCls(buf, i - 14, i - 1, MAL | INTRUDE | STEAL | CRED | EVADE | COVERT) >= 0 ||
        findCls(buf, i + 1, i + 14, MAL | INTRUDE | STEAL | CRED | EVADE | COVERT) >= 0 ||
        findMark2(buf, i - 14, i + 14, N_ENCRYPT | N_RANSOM | N_MALICIOUS | N_WIPE) >= 0;
      // A destroying verb is what the program does (`spreads … and deletes their backups`), not a defence.
      if (
        harm &&
        requestedFar(buf, i, BEHAVIOR_REACH) &&
        !defendedBut(buf, i - 8, to + 8, N_WIPE) &&
        findLive(buf, i - 8, to + 8, OWN) < 0
      )
        hit(RULES.malwareBehavior, i, to);
    }
  }
  if (m2 & N_RANSOM) {
    let enc = findMark2(buf, i - 24, i - 1, N_ENCRYPT);
    // `payment note`, `bitcoin` are a ransom only over a victim's files at large (`every file`, `all drives`).
    // `… paying to get them back`, `pay to unlock`: the payment buys the files back, a ransom.
    // `… only unlocks them after payment in Monero`: the undoing verb may come first.
    const buysBack = findSet(buf, i - 6, i + 5, lex.back) >= 0;
    // i is a token index
    // `gives the key after they pay in Monero`: a coin beside the key that undoes the encryption.
    const keyForCoin = lex.coin.has(buf.hash[i]!) && findSet(buf, i - 6, i + 6, lex.key) >= 0;
    if (
      enc >= 0 &&
      lex.weakRansom.has(buf.hash[i]!) &&
      !buysBack &&
      !keyForCoin &&
      findMark2(buf, enc + 1, enc + 6, N_SPREADTO) < 0 &&
      // `encrypt with AES and shred the originals`: the plaintext destroyed after encrypting.
      findSet(buf, enc + 1, enc + 12, lex.original) < 0 &&
      // `enumerate all files on mapped drives, encrypt them`: a pronoun object names what came before.
      !(
        enc + 1 < buf.length &&
        lex.pronounObj.has(buf.hash[enc + 1]!) &&
        findMark2(buf, enc - 10, enc - 1, N_SPREADTO) >= 0
      )
    )
      enc = -1;
    // Defensive cues count only before the encrypting verb: after it they describe the program.
    if (enc >= 0 && requestedFar(buf, enc, BEHAVIOR_REACH) && findLive(buf, enc - 8, enc, DEF) < 0)
      hit(RULES.malwareBehavior, enc, i);
  }
  if (m2 & N_MALICIOUS) {
    const prog = findMark2(buf, i + 1, i + 4, N_PROG);
    if (
      prog >= 0 &&
      requestedFar(buf, i, BEHAVIOR_REACH) &&
      !defended(buf, i, prog) &&
      findMark(buf, i - 8, prog + 8, M_SAMPLE) < 0
    )
      hit(RULES.malwareBehavior, i, prog);
  }
  if (m2 & N_DISGUISE) {
    const prog = findMark2(buf, i - 14, i - 1, N_PROG);
    let harm = findCls(buf, i - 14, i + 14, MAL | CRED | STEAL | COVERT | EVADE | INTRUDE | PATTR | TRACK);
    if (harm < 0) harm = findMark2(buf, i + 1, i + 14, N_SENSOR);
    // Defensive words count only before the program: after it they describe the disguise
    // (`looks like a QR scanner`).
    if (
      prog >= 0 &&
      harm >= 0 &&
      (requestedFar(buf, prog, BEHAVIOR_REACH) || requested(buf, i, 10)) &&
      findLive(buf, prog - 8, prog, DEF) < 0
    )
      hit(RULES.malwareBehavior, prog, harm);
  }
  // A program with two capabilities no ordinary program combines with stealth: starting with the
  // machine, being controlled from elsewhere, or sending data outside (`runs at startup, stays
  // invisible, and lets me control the PC from anywhere`; `quietly sends the spreadsheet to an
  // outside server`).
  if (c & (COVERT | EVADE)) {
    const persist = findMark(buf, i - 10, i + 10, M_PERSIST) >= 0;
    const remote = findMark(buf, i - 10, i + 14, M_REMOTE) >= 0;
    const outside =
      findMark(buf, i + 1, i + 12, M_OUTSIDE) >= 0 &&
      (findMark2(buf, i - 2, i + 4, N_EXFIL) >= 0 || findCls(buf, i - 2, i + 4, SEND) >= 0);
    if (
      (persist ? 1 : 0) + (remote ? 1 : 0) + (outside ? 2 : 0) >= 2 &&
      findMark2(buf, i - 12, i - 1, N_PROG) >= 0 &&
      requestedFar(buf, i, BEHAVIOR_REACH) &&
      findLive(buf, i - 12, i, DEF) < 0 &&
      findLive(buf, i - 10, i + 10, OWN) < 0
    )
      hit(RULES.malwareBehavior, i, i);
  }
  // `tries passwords from a wordlist and installs my agent on every box it gets into`: a worm or
  // botnet loader, credentials guessed at scale and a payload installed on each success.
  if (m2 & N_INSTALL && findMark(buf, i + 1, i + 8, M_EVERY) >= 0) {
    const g = findGuess(buf, lex, i - 24, i - 1);
    if (
      g >= 0 &&
      requestedFar(buf, g, BEHAVIOR_REACH) &&
      !defendedExcept(buf, g - 16, i + 8, lex.scanWords) &&
      findLive(buf, g - 16, i + 8, OWN) < 0
    )
      hit(RULES.malwareBehavior, g, i);
  }
  // `installs my tool on whoever opens it`: a payload installed on any victim who opens a file.
  if (m2 & N_INSTALL) {
    const on = findHash(buf, i + 1, i + 5, lex.on);
    const who = on >= 0 ? findSet(buf, on + 1, on + 2, lex.anyone) : -1;
    if (
      who >= 0 &&
      findSet(buf, who + 1, who + 3, lex.opens) >= 0 &&
      requestedFar(buf, i, BEHAVIOR_REACH) &&
      findLive(buf, i - 10, i, DEF) < 0
    )
      hit(RULES.malwareBehavior, i, who);
  }
  // `a fake Windows update screen that encrypts the disk`: a spoofed system dialog with a payload.
  if (c & (FAKE | CLONE)) {
    const ui = findSet(buf, i + 1, i + 4, lex.fakeUi);
    if (ui >= 0) {
      const act =
        findMark2(buf, ui + 1, ui + 12, N_ENCRYPT | N_EXFIL | N_WIPE) >= 0 ||
        findCls(buf, ui + 1, ui + 12, STEAL | MAL | CRED) >= 0 ||
        // `runs a hidden PowerShell command`
        (findMark2(buf, ui + 1, ui + 8, N_EXEC) >= 0 && findCls(buf, ui + 1, ui + 10, EVADE | COVERT) >= 0);
      if (act && requestedFar(buf, i, BEHAVIOR_REACH) && findLive(buf, i - 8, i, DEF) < 0)
        hit(RULES.malwareBehavior, i, ui);
    }
  }
  // `wipes the MBR of every machine`, `corrupts the bootloader`: a wiper.
  if (m2 & N_WIPE) {
    const boot = findHash(buf, i + 1, i + 4, lex.mbr);
    const fleet = findMark(buf, i + 1, i + 8, M_EVERY);
    if (
      boot >= 0 &&
      fleet >= 0 &&
      findMark(buf, i + 1, boot - 1, M_MY) < 0 &&
      requestedFar(buf, i, BEHAVIOR_REACH) &&
      findLive(buf, i - 8, i, DEF) < 0
    )
      hit(RULES.malwareBehavior, i, boot);
  }
  // `downloads and runs a binary from pastebin without showing any window`: a dropper without a
  // carrier document, told by where it fetches from or by hiding.
  if (marks2[i]! & N_DOWNLOAD) {
    const run = findMark2(buf, i + 1, i + 10, N_EXEC);
    if (
      run >= 0 &&
      findMark2(buf, i + 1, i + 8, N_EXECOBJ) >= 0 &&
      (findSet(buf, i - 12, i + 14, lex.dropSource) >= 0 ||
        findCls(buf, i - 12, i + 14, COVERT | EVADE) >= 0 ||
        (findHash(buf, run + 1, run + 14, WITHOUT) >= 0 && findSet(buf, run + 1, run + 16, lex.tray) >= 0)) &&
      // `downloads and runs our agent installer silently`: the asker's own software deployed.
      findMark(buf, i - 2, findMark2(buf, i + 1, i + 8, N_EXECOBJ), M_MY) < 0 &&
      requestedFar(buf, i, BEHAVIOR_REACH) &&
      findLive(buf, i - 8, i, DEF) < 0 &&
      findLive(buf, i - 8, run + 14, OWN) < 0 &&
      findMark(buf, i - 8, run + 14, M_SAMPLE) < 0
    )
      hit(RULES.malwareBehavior, i, run);
  }
  if (m2 & N_CARRIER) {
    const dl = findMark2(buf, i - 12, i + 12, N_DOWNLOAD);
    const run = dl >= 0 ? findMark2(buf, dl + 1, dl + 10, N_EXEC) : -1;
    // A staged loader (`fetches the next stage … and executes it`) runs what it fetched: `it`.
    const staged = buf.hash[i] === lex.stage;
    if (
      run >= 0 &&
      findMark2(buf, dl + 1, dl + 8, N_EXECOBJ) >= 0 &&
      (!staged || findSet(buf, run + 1, run + 1, lex.itThem) >= 0) &&
      requestedFar(buf, Math.min(i, dl), BEHAVIOR_REACH) &&
      !defended(buf, i, dl)
    )
      hit(RULES.malwareBehavior, Math.min(i, dl), Math.max(i, dl));
  }
  // `records the webcam secretly`, `hides in the startup folder and records the microphone`.
  const hidden = c & COVERT || hides(buf, lex, i);
  if (hidden) {
    const sensor = findMark2(buf, i - 8, i + 8, N_SENSOR);
    if (
      sensor >= 0 &&
      (findCls(buf, i - 8, i + 8, TRACK | STEAL) >= 0 || findMark2(buf, i - 8, i + 8, N_EXFIL) >= 0) &&
      findMark(buf, sensor - 2, sensor - 1, M_MY) < 0 &&
      requestedFar(buf, Math.min(i, sensor), BEHAVIOR_REACH) &&
      !defended(buf, i, sensor) &&
      findLive(buf, i - 8, i + 8, OWN) < 0
    )
      hit(RULES.malwareBehavior, Math.min(i, sensor), Math.max(i, sensor));
  }
}

/**
 * Guessed credentials: `tries passwords`, `guesses logins from a list`, `a wordlist`, `default
 * passwords`; the token where the guessing is said, or -1.
 */
function findGuess(buf: TokenBuffer, lex: Lexicon, from: number, to: number): number {
  const a = Math.max(from, 0);
  const b = to >= buf.length ? buf.length - 1 : to;
  // 0 ≤ a ≤ j ≤ b < buf.length; j + 1 and j + 3 are clamped by findSet
  for (let j = a; j <= b; j++) {
    const h = buf.hash[j]!;
    if (lex.guess.has(h) && findSet(buf, j + 1, j + 3, lex.guessObj) >= 0) return j;
    if (lex.guessStrong.has(h) && (h === WORDLIST || findSet(buf, j + 1, j + 2, lex.guessObj) >= 0)) return j;
  }
  return -1;
}

const WORDLIST = foldHash('wordlist');

/** Defensive cues (not negated) in `[from, to]`, except words with a second-layer mark in `skip`. */
function defendedBut(buf: TokenBuffer, from: number, to: number, skip: number): boolean {
  const a = Math.max(from, 0);
  const b = to >= buf.length ? buf.length - 1 : to;
  // 0 ≤ a ≤ j ≤ b < buf.length
  for (let j = a; j <= b; j++) if (buf.cls[j]! & DEF && (marks2[j]! & skip) === 0 && !negated(buf, j)) return true;
  return false;
}

/** Defensive cues (not negated) in `[from, to]`, except the words of `skip` (a scanner is the tool). */
function defendedExcept(buf: TokenBuffer, from: number, to: number, skip: ReadonlySet<number>): boolean {
  const a = Math.max(from, 0);
  const b = to >= buf.length ? buf.length - 1 : to;
  // 0 ≤ a ≤ j ≤ b < buf.length
  for (let j = a; j <= b; j++) {
    if ((buf.cls[j]! & DEF) === 0 || skip.has(buf.stem[j]!) || skip.has(buf.hash[j]!)) continue;
    if (!negated(buf, j)) return true;
  }
  return false;
}

/**
 * Harm described by what it does around one anchor word: keystrokes or the screen captured and
 * shipped to the author on a timer, a remote-access tool changed to run unseen, payment card
 * security codes kept, sockpuppet networks, and the unmasking of a pseudonymous account.
 */
function describedHarm(buf: TokenBuffer, lex: Lexicon, i: number, hit: Hit): void {
  const h = buf.hash[i]!;
  const st = buf.stem[i]!;
  // `logs every key pressed … and sends the log to my Telegram bot every 10 minutes`.
  if (lex.keyObj.has(h) || lex.keyObj.has(st)) {
    // The capturing verb before its object, or right after it (`alle Tastenanschläge aufzeichnet`).
    let cap = findSet(buf, i - 6, i - 1, lex.capture);
    if (cap < 0) cap = findSet(buf, i + 1, i + 2, lex.capture);
    if (cap >= 0 && findMark(buf, Math.min(cap, i), Math.max(cap, i), M_MY) < 0) {
      const from = Math.max(cap, i) + 1;
      const send = Math.max(findMark2(buf, from, i + 24, N_EXFIL), findVerb(buf, from, i + 24, SEND, 0));
      // The destination after the sending verb, or before it (`an mich schickt`).
      let dest = send >= 0 ? findSet(buf, Math.max(send - 4, from), send + 8, lex.dest) : -1;
      // `… no window, starts at login … mail the log every hour`: mailed on a timer from a hidden,
      // persistent program, the capture goes to its author though no address is named.
      if (
        dest < 0 &&
        send >= 0 &&
        findSet(buf, send + 1, send + 8, lex.keyTimer) >= 0 &&
        (findCls(buf, cap - 8, send + 8, COVERT | EVADE) >= 0 || findMark(buf, cap - 8, send + 8, M_PERSIST) >= 0)
      )
        dest = send;
      // Keys typed are private on their own; a screen or a window is so only when the capture is
      // hidden or someone else's (`the Grafana dashboard every hour` is a report).
      const screen = lex.screen.has(h) || lex.screen.has(st);
      const unseen =
        findCls(buf, cap - 8, dest + 8, COVERT | EVADE | OTHER) >= 0 ||
        findSet(buf, cap - 8, dest + 8, lex.victim) >= 0;
      // A chat bot, a webhook or the author's mailbox is a destination no ordinary logger has.
      const strongDest = dest >= 0 && lex.strongDest.has(buf.hash[dest]!);
      const reach = screen
        ? unseen
        : unseen ||
          strongDest ||
          // `everything typed`, `tutto ciò che viene digitato`: all input, not one field's.
          findSet(buf, Math.min(cap, i), Math.max(cap, i), lex.total) >= 0 ||
          findSet(buf, cap - 8, dest + 8, lex.keyTimer) >= 0 ||
          findCls(buf, cap - 8, dest + 8, CRED) >= 0 ||
          findMark(buf, cap - 8, dest + 8, M_PERSIST) >= 0;
      if (
        dest >= 0 &&
        reach &&
        requestedFar(buf, cap, BEHAVIOR_REACH) &&
        findSet(buf, cap - 12, dest + 8, lex.inApp) < 0 &&
        findLive(buf, cap - 12, cap, DEF) < 0 &&
        findLive(buf, cap - 12, dest + 8, OWN | OPTIN) < 0 &&
        findMark(buf, cap - 12, dest + 8, M_SAMPLE) < 0
      )
        hit(RULES.malwareBehavior, cap, dest);
    }
  }
  // `50 variations of this text so carriers don't flag it`: one message reworded to slip past filters.
  if (lex.variant.has(h) && (findNum(buf, i - 3, i - 1, 5) >= 0 || findCls(buf, i - 3, i - 1, BULK) >= 0)) {
    const msg = findCls(buf, i + 1, i + 5, MSG);
    let evade = msg >= 0 ? findCls(buf, msg + 1, msg + 20, EVADE) : -1;
    // j - 3 ≥ 0 is clamped by findCls; j < buf.length
    for (let j = msg + 1; msg >= 0 && evade < 0 && j <= msg + 20 && j < buf.length; j++)
      if (lex.filterVerb.has(buf.hash[j]!) && findCls(buf, j - 3, j - 1, NEG) >= 0) evade = j;
    if (
      evade >= 0 &&
      (findCls(buf, i - 2, evade + 4, AV) >= 0 || findSet(buf, i - 2, evade + 4, lex.filterer) >= 0) &&
      requestedFar(buf, i, BEHAVIOR_REACH) &&
      findLive(buf, i - 8, i - 1, DEF) < 0 &&
      findLive(buf, i - 8, evade + 16, OPTIN | OWN) < 0 &&
      findMark(buf, i - 8, evade + 16, M_SAMPLE) < 0
    )
      hit(RULES.filterEvasion, i, evade);
  }
  // `Modify AnyDesk so it starts hidden, accepts connections without asking and shows no tray icon`.
  if (lex.ratTool.has(h)) {
    const mod = findSet(buf, i - 8, i - 1, lex.modify);
    if (mod >= 0 && requestedFar(buf, mod, BEHAVIOR_REACH)) {
      const end = i + 30;
      let signals = 0;
      let stealth = false;
      let tray = false;
      let accept = false;
      let unseen = false;
      // i + 1 ≤ j ≤ min(end, length - 1)
      for (let j = i + 1; j <= end && j < buf.length; j++) {
        const hj = buf.hash[j]!;
        if (lex.tray.has(hj) || lex.tray.has(buf.stem[j]!)) {
          if (findCls(buf, j - 4, j - 1, NEG | EVADE) >= 0) tray = true;
        } else if (buf.cls[j]! & (COVERT | EVADE) && findSet(buf, j + 1, j + 3, lex.tray) < 0) stealth = true;
        if (lex.accept.has(hj) && (findCls(buf, j + 1, j + 5, NEG) >= 0 || findHash(buf, j - 1, j - 1, AUTO) >= 0))
          accept = true;
        if (lex.sees.has(hj) && findCls(buf, j - 2, j - 1, NEG) >= 0 && findSet(buf, j + 1, j + 1, lex.tray) < 0)
          unseen = true;
        if (marks[j]! & M_PERSIST) unseen = unseen || findHash(buf, j - 4, j - 1, BACK) >= 0;
      }
      signals = (stealth ? 1 : 0) + (tray ? 1 : 0) + (accept ? 1 : 0) + (unseen ? 1 : 0);
      if (
        signals >= 2 &&
        // `patch` is also a defensive word: only the words before the change count.
        findLive(buf, mod - 8, mod - 1, DEF) < 0 &&
        findLive(buf, mod - 8, end, OWN) < 0 &&
        findMark(buf, mod - 8, end, M_SAMPLE) < 0
      )
        hit(RULES.malwareBehavior, mod, i);
    }
  }
  // `Save the full card number, expiry and CVV … in plain text`: card data kept unprotected.
  const cvv = lex.cvv.has(h) || ((h === CODE || st === CODE) && i > 0 && buf.hash[i - 1] === SECURITY);
  const pan = !cvv && i > 0 && buf.hash[i - 1] === CARD && buf.cls[i]! & CRED;
  if (cvv || pan) {
    const verb = findSet(buf, i - 12, i - 1, lex.store);
    const clear = findSet(buf, i - 12, i + 10, lex.clear);
    if (
      verb >= 0 &&
      (cvv || clear >= 0) &&
      requested(buf, verb, 8) &&
      !negated(buf, verb) &&
      findSet(buf, i - 3, i - 1, lex.except) < 0 &&
      // `the CVV validation result`: a fact about the code, not the code.
      findSet(buf, i + 1, i + 1, lex.cvvNot) < 0 &&
      findCls(buf, i - 3, i - 1, NEG) < 0 &&
      // The purpose after the data (`so we can charge them later`) is no defence of it.
      findLive(buf, verb - 8, i + 3, DEF) < 0
    )
      hit(RULES.cardData, verb, i);
  }
  // `Export every customer's card number and CVV and post them in the public channel`: card data
  // put where anyone can read it (`im öffentlichen Kanal`, `en el canal público`, `в открытом канале`).
  if (cvv || lex.cvv.has(st) || lex.cardNumbers.has(h) || lex.cardNumbers.has(st)) {
    const out = findSet(buf, i - 12, i + 14, lex.publish);
    const open = findSet(buf, i - 12, i + 20, lex.openPlace);
    if (
      out >= 0 &&
      open >= 0 &&
      !negated(buf, out) &&
      findCls(buf, i - 3, i - 1, NEG) < 0 &&
      findSet(buf, i - 3, i - 1, lex.except) < 0 &&
      findLive(buf, i - 8, i + 3, DEF) < 0 &&
      (requestedFar(buf, i, BEHAVIOR_REACH) ||
        requested(buf, out, 8) ||
        findSet(buf, i - 12, i - 1, lex.exportVerb) >= 0 ||
        findSet(buf, i + 1, i + 8, lex.exportVerb) >= 0)
    )
      hit(RULES.personalData, Math.min(i, out), Math.max(i, out, open));
  }
  // `bios and first posts for 40 accounts we'll run as a network to boost our candidate`.
  if (lex.personaKit.has(h) || marks2[i]! & N_ACCOUNTS) {
    const scale =
      findNum(buf, i - 6, i + 2, 5) >= 0 ||
      findMark2(buf, i - 6, i + 2, N_FARM) >= 0 ||
      findCls(buf, i - 6, i + 2, BULK) >= 0 ||
      findSet(buf, i - 4, i - 1, lex.crowd) >= 0;
    const where = findMark2(buf, i - 12, i + 12, N_ACCOUNTS) >= 0 || findMark(buf, i - 12, i + 12, M_PLATFORM) >= 0;
    if (
      scale &&
      where &&
      findSet(buf, i - 20, i + 20, lex.boost) >= 0 &&
      (findSet(buf, i - 20, i + 20, lex.pose) >= 0 || findMark2(buf, i - 20, i + 20, N_DIFFERENT) >= 0) &&
      requestedFar(buf, i, BEHAVIOR_REACH) &&
      findLive(buf, i - 12, i, DEF) < 0 &&
      findLive(buf, i - 12, i + 20, OPTIN) < 0 &&
      findMark(buf, i - 12, i + 20, M_SAMPLE) < 0
    )
      hit(RULES.accountFarm, i, i);
  }
  // `this pseudonymous blogger … their real name`, `this anonymous account … find which employee runs it`.
  if (marks2[i]! & N_ANON && findMark(buf, i - 2, i - 1, M_MY) < 0) {
    unmaskByComparison(buf, lex, i, hit);
    const thing = Math.max(findSet(buf, i + 1, i + 3, lex.anonThing), findCls(buf, i + 1, i + 3, ACCOUNT | OTHER));
    if (thing >= 0) {
      let seek = findCls(buf, thing + 1, thing + 30, SEEK);
      let who = seek >= 0 ? findSet(buf, seek + 1, seek + 3, lex.unmask) : -1;
      // `Find out who is behind this anonymous account`: the question before the account.
      if (who < 0) {
        const before = findCls(buf, i - 8, i - 1, SEEK);
        const w = before >= 0 ? findSet(buf, before + 1, before + 3, lex.unmask) : -1;
        if (w >= 0) {
          seek = before;
          who = w;
        }
      }
      const real = findSet(buf, thing + 1, thing + 24, lex.realName);
      const named = real >= 0 && findCls(buf, real + 1, real + 1, PATTR) >= 0;
      const style = findSet(buf, i - 16, thing + 24, lex.stylo) >= 0 && findCls(buf, thing + 1, thing + 30, OTHER) >= 0;
      // `find their real identity` asks in its own sentence.
      const asked = who >= 0 || (named && findCls(buf, real - 4, real - 1, SEEK | REQ) >= 0);
      if (
        (who >= 0 || named || (style && seek >= 0)) &&
        (asked || requestedFar(buf, i, BEHAVIOR_REACH)) &&
        // Defensive words count before the account; after it they are the account's own stance.
        findLive(buf, i - 12, i - 1, DEF) < 0 &&
        findLive(buf, i - 12, thing + 30, OWN) < 0
      )
        hit(RULES.doxxing, i, Math.max(who, real, thing));
    }
  }
}

/** Tokens after a counted account noun within which what the accounts do is read. */
const CHEER_REACH = 36;

/**
 * Counted accounts (`i`, `20 accounts`) that reply, comment or cheer under someone's posts and are
 * to pass as unrelated people (`as if they were unrelated fans`, `make them look independent`,
 * `seem like different people`): one hand posing as a crowd, in a sentence or in numbered steps.
 */
function astroturf(buf: TokenBuffer, lex: Lexicon, i: number, hit: Hit): void {
  if (countedAccounts(buf, i, i) < 0) return;
  const act = findSet(buf, i + 1, i + CHEER_REACH, lex.cheer);
  if (act < 0) return;
  let pose = findSet(buf, i + 1, i + CHEER_REACH + 8, lex.pose);
  if (pose < 0) {
    // `as if they were …`, `as though`.
    const as = findMark(buf, i + 1, i + CHEER_REACH + 8, M_AS);
    if (as >= 0 && as + 1 < buf.length && lex.asIf.has(buf.hash[as + 1]!)) pose = as;
  }
  if (pose < 0) return;
  if (
    requestedFar(buf, i, BEHAVIOR_REACH) &&
    findLive(buf, i - 8, i, DEF) < 0 &&
    findLive(buf, i - 8, pose + 4, OPTIN) < 0 &&
    findMark(buf, i - 8, pose + 4, M_SAMPLE) < 0
  )
    hit(RULES.accountFarm, i, Math.max(act, pose));
}

/**
 * A review or testimonial template filled many times (`fill it 30 times`, `for each of 40 names`),
 * or many variants of one review under different names, to be posted: reviews that pose as many
 * customers. `i` is the template or the variants.
 */
function filledReviews(buf: TokenBuffer, lex: Lexicon, i: number, hit: Hit): void {
  const review = findMark(buf, i - 4, i + 12, M_REVIEWS) >= 0 || findSet(buf, i - 4, i + 12, lex.reviewWord) >= 0;
  if (!review) return;
  const count = findNum(buf, i - 12, i + 14, 5);
  if (count < 0) return;
  const many = lex.variant.has(buf.hash[i]!) || lex.variant.has(buf.stem[i]!);
  // A template is filled in; variants are signed with different names.
  const fill = many ? findCls(buf, i + 1, i + 14, IMPERSONATE) : findSet(buf, i - 12, i + 12, lex.fill);
  if (fill < 0) return;
  const post = findSet(buf, i, i + 24, lex.postVerb);
  if (
    post >= 0 &&
    requestedFar(buf, i, BEHAVIOR_REACH) &&
    findLive(buf, i - 8, post, DEF | OPTIN) < 0 &&
    findMark(buf, i - 8, post, M_SAMPLE) < 0
  )
    hit(RULES.fakeReviews, Math.min(i, count), post);
}

/** Tokens either side of a promotion within which its sending and its recipients are read. */
const PROMO_REACH = 14;

/**
 * A promotion (`i`) sent (a sending verb before it) to a bought or scraped list, or without the
 * recipients' consent (`sin su consentimiento`, `no consent`): the count does not matter.
 */
function promoWithoutConsent(buf: TokenBuffer, lex: Lexicon, i: number, hit: Hit): void {
  const send = findCls(buf, i - 8, i - 1, SEND);
  if (send < 0 || negated(buf, send)) return;
  let who = findCls(buf, i - PROMO_REACH, i + PROMO_REACH, UNSOL);
  if (who < 0) {
    const w = findCls(buf, i - PROMO_REACH, i + PROMO_REACH, COVERT);
    if (w >= 0 && lex.without.has(buf.hash[w]!)) who = w;
  }
  if (who < 0) {
    // `no consent`, `nobody opted in`, `never subscribed`.
    const o = findCls(buf, i - PROMO_REACH, i + PROMO_REACH, OPTIN | DEF);
    if (o >= 0 && lex.consentWord.has(buf.hash[o]!) && findCls(buf, o - 2, o - 1, NEG) >= 0) who = o;
  }
  if (who < 0) return;
  if (findLive(buf, i - PROMO_REACH, i + PROMO_REACH, OPTIN) >= 0 || defended(buf, i, i)) return;
  hit(RULES.bulkMessaging, Math.min(send, who), Math.max(i, who));
}

/**
 * An anonymous account, blog or reviewer (`i`, the word `anonymous`) unmasked by comparing its
 * writing or its posting times with a group of people (`compare its style with our employees'
 * emails`, `match the posting hours with the staff schedules`): the comparison names its author.
 */
function unmaskByComparison(buf: TokenBuffer, lex: Lexicon, i: number, hit: Hit): void {
  // i is a token index
  const thing = handles[i] === HANDLE ? i : findSet(buf, i - 2, i + 3, lex.anonThing);
  if (thing < 0) return;
  const a = i - 16;
  const b = i + 30;
  const how = Math.max(findSet(buf, a, b, lex.compare), findSet(buf, a, b, lex.signal));
  if (how < 0) return;
  const group = findSet(buf, a, b, lex.group);
  if (group < 0) return;
  // A handle alone names no anonymity: the person behind it must be asked for (`who`, `the name`).
  if (handles[i] === HANDLE && findSet(buf, a, b, lex.identity) < 0 && findSet(buf, a, b, lex.unmask) < 0) return;
  if (
    (findSet(buf, a, b, lex.unmask) >= 0 ||
      findCls(buf, a, b, SEEK) >= 0 ||
      findSet(buf, a, b, lex.compare) >= 0 ||
      requestedFar(buf, i, BEHAVIOR_REACH)) &&
    findLive(buf, i - 12, i - 1, DEF) < 0 &&
    !myAccount(buf, lex, i)
  )
    hit(RULES.doxxing, Math.min(i, thing, how, group), Math.max(i, thing, how, group));
}

/**
 * `an extension that logs what people type in password fields on every site and uploads it hourly`:
 * what others type into login fields, captured and sent away, is stolen credentials, however the
 * request is spelt or split. A password manager that fills fields sends nothing away; a defensive
 * or own-account cue silences it.
 */
function typedCredentials(buf: TokenBuffer, lex: Lexicon, i: number, hit: Hit): void {
  const cap = Math.max(findSet(buf, i - 8, i - 1, lex.capture), findSet(buf, i - 4, i - 1, lex.typeVerb));
  if (cap < 0) return;
  const after = i + 2;
  const out = Math.max(
    findMark2(buf, after, after + 22, N_EXFIL),
    findVerb(buf, after, after + 22, SEND, 0),
    findSet(buf, after, after + 22, lex.dest),
  );
  if (out < 0) return;
  // Other people's typing: every site, all pages, or the people named.
  const others =
    (findMark(buf, i - 10, out, M_EVERY) >= 0 && findSet(buf, i - 10, out, lex.site) >= 0) ||
    findCls(buf, i - 10, out, OTHER) >= 0 ||
    findSet(buf, i - 10, out, lex.heldPeople) >= 0;
  if (!others || !requestedFar(buf, cap, BEHAVIOR_REACH)) return;
  if (defendedBefore(buf, lex, i) || findLive(buf, cap - 4, out, OWN) >= 0 || negated(buf, cap)) return;
  hit(RULES.credentialTheft, cap, out);
}

/**
 * `make the login handler append each user's plaintext password to a log file`, `store every
 * customer's password in clear text and email me the list`: the passwords others type, kept or
 * sent in readable form on purpose, are credentials harvested (MITRE ATT&CK T1556, a modified
 * authentication process). `i` is the password word after `plaintext`, `cleartext`, `raw`,
 * `plain text`. A negation (`never log plaintext passwords`), a defensive cue (`find where we
 * log …`, `stop …`) or the asker's own password leaves it.
 */
function plaintextKept(buf: TokenBuffer, lex: Lexicon, text: string, i: number, hit: Hit): void {
  let adj = i - 1;
  // `plain text password`: the two words of the adjective.
  if (buf.hash[adj] === lex.textWord && adj > 0 && lex.plainWord.has(buf.hash[adj - 1]!)) adj--;
  else if (!lex.strongPlain.has(buf.hash[adj]!)) {
    // `store the customers' passwords in plain text`: the adjective after, as a phrase.
    if (buf.hash[i + 1] !== lex.inWord || !lex.plainWord.has(buf.hash[i + 2]!)) return;
    if (!lex.strongPlain.has(buf.hash[i + 2]!) && buf.hash[i + 3] !== lex.textWord) return;
    adj = i;
  }
  // Whose: `each user's`, `users'`, `every customer's`, `all passwords of the members`.
  const people = Math.max(findSet(buf, adj - 4, adj - 1, lex.heldPeople), findSet(buf, i + 1, i + 4, lex.heldPeople));
  if (people < 0 && findSet(buf, adj - 3, adj - 1, lex.eachWord) < 0) return;
  const keep = findSet(buf, adj - 10, adj - 1, lex.keepVerb);
  if (keep < 0 || negated(buf, keep)) return;
  // The keeping verb itself may open the order (`log every user's …`), or a verb of changing
  // code before it (`modify the handler to write …`); `does our code write …?` asks whether.
  if (
    !requestedFar(buf, keep, BEHAVIOR_REACH) &&
    !requestedFar(buf, keep + 1, BEHAVIOR_REACH) &&
    findSet(buf, keep - 12, keep - 1, lex.changeCode) < 0
  )
    return;
  if (yesNoQuestion(buf, lex, text, keep)) return;
  const from = Math.min(keep, people < 0 ? adj : people);
  if (
    defended(buf, from - 6, i + 6) ||
    findSet(buf, from - 6, i + 6, lex.aggregate) >= 0 ||
    findMark(buf, adj - 4, adj - 1, M_MY) >= 0
  )
    return;
  hit(RULES.credentialTheft, from, i);
}

/** Tokens either side of a special category of personal data within which the person and the act are read. */
const SPECIAL_REACH = 14;

/**
 * `tell the family whether my sister-in-law carries the Huntington gene`, `post Marco's HIV status
 * in the team channel`, `work out the sexual orientation of the people in this chat`, `list the
 * employees who signed union cards and send it to management`: the special categories of personal
 * data (health, genes, sexuality, religion, union membership, immigration status) of another
 * person, revealed to others or inferred. The asker's own data (`my therapy notes`), a policy or
 * defence (`forbid sharing …`, `protect …`) and questions about the practice are left.
 */
function specialExposed(buf: TokenBuffer, lex: Lexicon, text: string, i: number, hit: Hit): void {
  // `union` counts with what says membership (`union card`, `union members`).
  if (buf.hash[i] === lex.unionWord && !lex.unionTail.has(buf.stem[i + 1]!) && !lex.unionTail.has(buf.hash[i + 1]!))
    return;
  // `medical` counts with a person's record (`medical history`), not a trade (`medical doctors`).
  if (buf.hash[i] === lex.medicalWord && !lex.medicalTail.has(buf.hash[i + 1]!)) return;
  // `a genetic counselor`, `the abortion clinic`, `therapy resources`: a service, not a person's
  // data, unless someone is said to use it (`has appointments at the abortion clinic`).
  if (serviceOnly(buf, lex, i)) return;
  const a = i - SPECIAL_REACH;
  const b = i + SPECIAL_REACH;
  const who = tiedPerson(buf, lex, i);
  if (who < 0) return;
  // `my therapy notes`, `my own DNA`: the asker's own.
  if (findMark(buf, i - 2, i - 1, M_MY) >= 0 && findCls(buf, i - 2, i - 1, OTHER) < 0) return;
  const reveal = findSet(buf, a, b, lex.revealAct);
  const act = reveal >= 0 ? reveal : findSet(buf, a, b, lex.inferAct);
  if (act < 0 || negated(buf, act)) return;
  if (addressesPeople(buf, lex, text, act)) return;
  if (
    !requestedFar(buf, act, BEHAVIOR_REACH) &&
    !requestedFar(buf, act + 1, BEHAVIOR_REACH) &&
    !opensWithAct(buf, lex, act)
  )
    return;
  if (yesNoQuestion(buf, lex, text, act)) return;
  const from = Math.min(i, who, act);
  const to = Math.max(i, who, act);
  // `Check if …` asks for the fact; it is not a defence here.
  if (defendedExcept(buf, from - 8, to + 8, CHECK_WORDS) || findSet(buf, from - 6, to + 6, lex.aggregate) >= 0) return;
  hit(RULES.personalData, from, to);
}

const CHECK_WORDS: ReadonlySet<number> = new Set([foldHash('check'), foldHash('checks')]);

/** Verbs of receiving: the word after them is what reached the writer (`gets spam`). */
/** The writer as an object (`spams me`, `spamming us`). */
const WRITER: ReadonlySet<number> = foldHashes('me us');
const RECEIVED: ReadonlySet<number> = foldHashes('gets get getting got receives receive receiving received');

/** Acts that take the people they reach as their first object (`send the customers …`). */
const MESSAGE_ACTS: ReadonlySet<number> = foldHashes(
  'send sends email emails tell tells forward forwards mail mails text texts message notify',
);

/**
 * Whether the act at `act` is addressed to the people themselves, who come right after it
 * (`send the customers who bought prenatal vitamins the recall notice`, `email each patient …`):
 * a message to them, not their data revealed to someone else.
 */
function addressesPeople(buf: TokenBuffer, lex: Lexicon, text: string, act: number): boolean {
  if (!MESSAGE_ACTS.has(buf.hash[act]!)) return false;
  let k = act + 1;
  while (k < buf.length && k <= act + 3 && lex.definite.has(buf.hash[k]!)) k++;
  if (k >= buf.length || !lex.heldPeople.has(buf.hash[k]!)) return false;
  // `the patients' status`, `the patient's file`: whose data, not who is addressed.
  const after = text.charCodeAt(buf.end[k]!);
  return (buf.flags[k]! & F_POSSESSIVE) === 0 && after !== 39 && after !== 0x2019;
}

/**
 * `match the union membership list against HR records and give me the names for the layoff round`,
 * `find which tenants are undocumented so we can evict them first`, `flag the pregnant applicants and
 * reject them`: people picked out by a special category of their data for a decision against them
 * (dismissal, eviction, rejection, deportation). A policy against it, a question about whether it
 * is lawful, and the asker's own data are left.
 */
function specialTargeted(buf: TokenBuffer, lex: Lexicon, text: string, i: number, hit: Hit): void {
  if (buf.hash[i] === lex.unionWord && !lex.unionTail.has(buf.stem[i + 1]!) && !lex.unionTail.has(buf.hash[i + 1]!))
    return;
  if (buf.hash[i] === lex.medicalWord && !lex.medicalTail.has(buf.hash[i + 1]!)) return;
  if (serviceOnly(buf, lex, i)) return;
  const against = findSet(buf, i - SPECIAL_REACH, i + 2 * SPECIAL_REACH, lex.adverse);
  if (against < 0 || negated(buf, against)) return;
  const people =
    tiedPerson(buf, lex, i) >= 0 ||
    findSet(buf, i - 8, i + SPECIAL_REACH, lex.heldPeople) >= 0 ||
    findSet(buf, i - 8, i + SPECIAL_REACH, lex.nameWord) >= 0;
  if (!people) return;
  if (findMark(buf, i - 2, i - 1, M_MY) >= 0 && findCls(buf, i - 2, i - 1, OTHER) < 0) return;
  const from = Math.min(i, against);
  const to = Math.max(i, against);
  if (
    !requestedFar(buf, from, BEHAVIOR_REACH) &&
    !requestedFar(buf, to, BEHAVIOR_REACH) &&
    !opensWithAct(buf, lex, from) &&
    !opensWithAct(buf, lex, i) &&
    findSet(buf, i - 10, to, lex.selectAct) < 0 &&
    // `… who used the counselling and add them to the layoff list`: the people placed on the list
    // against them is the act, asked by its own verb after the category.
    !(against > i && placedPeople(buf, lex, i + 1, against - 1))
  )
    return;
  // `Could you …?` asks for the act; `Can we fire …?` asks whether.
  if (!askedOfYou(buf, lex, from) && (yesNoQuestion(buf, lex, text, from) || yesNoQuestion(buf, lex, text, to))) return;
  // A rule against it (`a policy that forbids firing anyone for union membership`).
  if (findSet(buf, from - 8, to + 8, lex.shield) >= 0) return;
  hit(RULES.personalData, from, to);
}

/** Whether a placing verb in `[from, to]` takes the people as its object (`add them`, `put those`). */
function placedPeople(buf: TokenBuffer, lex: Lexicon, from: number, to: number): boolean {
  const k = findSet(buf, from, to, lex.placeAct);
  if (k < 0 || k + 1 >= buf.length) return false;
  const h = buf.hash[k + 1]!;
  return lex.placedThem.has(h) || lex.heldPeople.has(h);
}

/** Whether the special category word at `i` names a service (`the abortion clinic`) no one is said to use. */
function serviceOnly(buf: TokenBuffer, lex: Lexicon, i: number): boolean {
  if (!lex.serviceNoun.has(buf.stem[i + 1]!) && !lex.serviceNoun.has(buf.hash[i + 1]!)) return false;
  return findSet(buf, i - 5, i - 1, lex.useWord) < 0;
}

/** Whether the sentence around `at` opens by asking the reader (`Could you …`, `Would you kindly …`). */
function askedOfYou(buf: TokenBuffer, lex: Lexicon, at: number): boolean {
  const s = sentenceStart(buf, at);
  return lex.yesNoAux.has(buf.hash[s]!) && s + 1 < buf.length && buf.hash[s + 1] === lex.you;
}

/** A line that is a SQL statement. */
const SQL_LINE =
  /^\s*(?:update|select|insert|delete|alter|upsert|merge)\s+[\w."`[]+[\s\S]*\b(?:set|from|into|where|values)\b/i;

const LAW_WORD = foldHash('law');
const IN_WORD = foldHash('in');

/** A person at `k`: another (`her`, `my ex`), people held in records, or a name. */
function personAt(buf: TokenBuffer, lex: Lexicon, k: number): boolean {
  if (k < 0 || k >= buf.length) return false;
  // `my sister-in-law`: the relation before `in law`.
  if (k >= 2 && buf.hash[k] === LAW_WORD && buf.hash[k - 1] === IN_WORD) k -= 2;
  return (
    (buf.cls[k]! & OTHER) !== 0 ||
    lex.heldPeople.has(buf.hash[k]!) ||
    ((buf.flags[k]! & F_CAPITAL) !== 0 && (buf.flags[k]! & F_BREAK) === 0)
  );
}

/**
 * The person whose data the special category word at `i` is, or -1: `Marco's HIV status`, `her
 * DNA file`, `the orientation of the people in …`, `Priya is pregnant`, `she carries a BRCA
 * variant`, `the employees who signed union cards`.
 */
function tiedPerson(buf: TokenBuffer, lex: Lexicon, i: number): number {
  for (let k = i - 1; k >= i - 3 && k >= 0; k--) {
    if ((buf.flags[k]! & F_POSSESSIVE) !== 0 && personAt(buf, lex, k)) return k;
    if (lex.thirdPossessive.has(buf.hash[k]!)) return k;
  }
  const of = Math.max(findHash(buf, i + 1, i + 4, lex.of), findHash(buf, i + 1, i + 4, lex.about));
  if (of >= 0) for (let k = of + 1; k <= of + 3; k++) if (personAt(buf, lex, k)) return k;
  const tie = findSet(buf, i - 3, i - 1, lex.tieVerb);
  if (tie >= 0) {
    if (personAt(buf, lex, tie - 1)) return tie - 1;
    // `employees are seeing a therapist`
    if (lex.beWord.has(buf.hash[tie - 1]!) && personAt(buf, lex, tie - 2)) return tie - 2;
    if (buf.hash[tie - 1] === lex.who && personAt(buf, lex, tie - 2)) return tie - 2;
  }
  const who = Math.max(findHash(buf, i - 5, i - 1, lex.who), findHash(buf, i - 5, i - 1, lex.whose));
  if (who >= 0 && personAt(buf, lex, who - 1)) return who - 1;
  // `staff enrolled in the fertility plan`, `my sister has appointments at the abortion clinic`.
  const use = findSet(buf, i - 5, i - 1, lex.useWord);
  if (use >= 0) {
    if (personAt(buf, lex, use - 1)) return use - 1;
    // `my sister has appointments at …`, `employees who bought pregnancy tests`
    if ((lex.tieVerb.has(buf.hash[use - 1]!) || buf.hash[use - 1] === lex.who) && personAt(buf, lex, use - 2))
      return use - 2;
  }
  return -1;
}

/** The first token of the sentence that holds token `at`. */
function sentenceStart(buf: TokenBuffer, at: number): number {
  let s = at;
  // 0 < s ≤ at < buf.length
  while (s > 0 && (buf.flags[s]! & F_BREAK) === 0) s--;
  return s;
}

/** Whether the sentence around `at` opens with an imperative of revealing or inferring (`Check …`, `Work out …`). */
function opensWithAct(buf: TokenBuffer, lex: Lexicon, at: number): boolean {
  const s = sentenceStart(buf, at);
  const h = buf.hash[s]!;
  return lex.revealAct.has(h) || lex.inferAct.has(h) || lex.opener.has(h) || (buf.cls[s]! & REQ) !== 0;
}

/** Whether the sentence around `at` asks yes or no (`Does our code log …?`, `Is it …?`). */
function yesNoQuestion(buf: TokenBuffer, lex: Lexicon, text: string, at: number): boolean {
  const s = sentenceStart(buf, at);
  if (!lex.yesNoAux.has(buf.hash[s]!)) return false;
  let e = at + 1;
  // at < e ≤ buf.length
  while (e < buf.length && (buf.flags[e]! & F_BREAK) === 0) e++;
  const end = buf.end[e - 1]!;
  return text.charCodeAt(end) === 63 || text.slice(end, end + 3).includes('?');
}

/** Tokens either side of a health condition within which the people, their contact and the posting are read. */
const HEALTH_REACH = 30;

/**
 * `post the names, phone numbers and HIV status of the clinic's patients to #general`, `SELECT name,
 * phone, diagnosis FROM patients …; then post the rows to Slack`: people's health conditions with
 * who they are, posted where others read them. Counts and anonymized figures name no one.
 */
function healthPublished(buf: TokenBuffer, lex: Lexicon, i: number, hit: Hit): void {
  const a = i - HEALTH_REACH;
  const b = i + HEALTH_REACH;
  const people = findSet(buf, i - 12, i + 12, lex.heldPeople);
  if (people < 0) return;
  const ident = findSet(buf, i - 12, i + 12, lex.identifying);
  if (ident < 0) return;
  const post = findSet(buf, a, b, lex.publishOut);
  if (post < 0) return;
  const place = findSet(buf, post - 6, post + 14, lex.readPlace);
  if (place < 0) return;
  const from = Math.min(i, people, ident, post, place);
  const to = Math.max(i, people, ident, post, place);
  if (
    negated(buf, post) ||
    defendedExcept(buf, from - 8, to + 8, lex.recordNoun) ||
    findSet(buf, from - 4, to, lex.aggregate) >= 0
  )
    return;
  hit(RULES.personalData, from, to);
}

/** Tokens either side of a fitness app or geotag within which the person and the routine are read. */
const ROUTINE_REACH = 16;

/**
 * `work out Hannah Price's daily running route from her Strava`, `use the geotags in Noah's photos
 * to pin down his apartment`: a person's routes, home or hours read from what an app records of
 * them. The asker's own app (`my Strava`) is no one else's.
 */
function routineFromPosts(buf: TokenBuffer, lex: Lexicon, i: number, hit: Hit): void {
  const a = i - ROUTINE_REACH;
  const b = i + ROUTINE_REACH;
  let who = Math.max(findCls(buf, a, b, OTHER), findSet(buf, i - 3, i - 1, lex.thirdPossessive));
  // `to track when Priya arrives`: a name in the middle of a sentence.
  for (let k = Math.max(a, 1); who < 0 && k <= b && k < buf.length; k++)
    if ((buf.flags[k]! & F_CAPITAL) !== 0 && (buf.flags[k]! & F_BREAK) === 0 && lex.routine.has(buf.hash[k + 1]!))
      who = k;
  if (who < 0) return;
  // Two routine words: a route with its start, a home with the hours away.
  const r1 = findSet(buf, a, b, lex.routine);
  if (r1 < 0 || findSet(buf, r1 + 1, b, lex.routine) < 0) return;
  if (!(requestedFar(buf, Math.min(i, who, r1), BEHAVIOR_REACH) || findCls(buf, a, b, SEEK | TRACK) >= 0)) return;
  if (findMark(buf, i - 2, i - 1, M_MY) >= 0 || defended(buf, Math.min(i, who), Math.max(i, who))) return;
  if (findLive(buf, a, b, OWN | OPTIN) >= 0) return;
  hit(RULES.tracking, Math.min(i, who, r1), Math.max(i, who, r1));
}

/** Tokens before a private mailbox or drive within which the records and their moving are read. */
const RECORDS_REACH = 36;

/**
 * `export every employee's SSN and salary … to my personal Google Drive`, `forward the personnel
 * files with medical notes to jdoe@gmail.com`: records an organization holds about its people,
 * moved out to a mailbox or drive of one person's own, expose every person in them.
 */
function recordsOut(buf: TokenBuffer, lex: Lexicon, i: number, hit: Hit): void {
  const h = buf.hash[i]!;
  let dest = -1;
  if (lex.privateAdj.has(h)) {
    // `my home address account` and `my personal OneDrive`, but not `home address` alone.
    dest = findSet(buf, i + 1, i + 3, lex.box);
    if (h === lex.home && dest === i + 1 && findSet(buf, i + 2, i + 3, lex.box) < 0) dest = -1;
  } else {
    // i is a token index
    const owned =
      handles[i] === MAIL_DOMAIN ||
      findSet(buf, i - 2, i - 1, lex.owner) >= 0 ||
      (i > 0 && (buf.flags[i - 1]! & F_POSSESSIVE) !== 0);
    const takenHome = lex.removable.has(h) && findHash(buf, i + 1, i + 8, lex.home) >= 0;
    if (owned || takenHome) dest = i;
  }
  if (dest < 0) return;
  const from = i - RECORDS_REACH;
  const move = Math.max(findSet(buf, from, i - 1, lex.moveOut), findVerb(buf, from, i - 1, SEND, 0));
  if (move < 0) return;
  const people = findSet(buf, from, i - 1, lex.heldPeople);
  if (people < 0) return;
  const attr = Math.max(findSet(buf, from, i - 1, lex.heldAttr), findCls(buf, from, i - 1, PATTR));
  if (attr < 0) return;
  const a = Math.min(move, people, attr);
  // A stated purpose (`for an audit`, `I'm authorized`) does not excuse the copy; a control that
  // stops it (`a rule that blocks … from being uploaded`) or the asker's own record does.
  if (
    negated(buf, move) ||
    defendedExcept(buf, a - 2, move, lex.recordNoun) ||
    findLive(buf, people - 2, people, OWN) >= 0 ||
    findSet(buf, a - 4, dest, lex.anonymize) >= 0
  )
    return;
  hit(RULES.personalData, a, dest);
}

/** Tokens back from a finding to the opening of its sentence that are read. */
const SENTENCE_BACK = 40;

/**
 * A question about the law or a policy around a privacy act (`What court order do I need before a
 * platform reveals who is behind …?`, `Can a company legally unmask …`): the process is asked
 * about, the act is not requested. The sentence opens with a question word that is not a request
 * (`can you`, `could you` are requests) and names a legal process or a rule.
 */
function legalQuestion(buf: TokenBuffer, lex: Lexicon, at: number): boolean {
  let open = at;
  const stop = Math.max(at - SENTENCE_BACK, 0);
  // stop ≤ open ≤ at, a token index
  while (open > stop && (buf.flags[open]! & F_BREAK) === 0) open--;
  // `Under what law …`, `In which court …`: a preposition before the question word.
  if (lex.prepOpen.has(buf.hash[open]!) && open + 1 < at) open++;
  if (!lex.questionOpen.has(buf.hash[open]!)) return false;
  if (open + 1 < buf.length && lex.youAsked.has(buf.hash[open + 1]!)) return false;
  const end = Math.min(at + SENTENCE_BACK, buf.length - 1);
  // open ≤ j ≤ end < buf.length
  for (let j = open; j <= end; j++) {
    if (j > at && buf.flags[j]! & F_BREAK) break;
    if (lex.legal.has(buf.stem[j]!) || lex.legal.has(buf.hash[j]!)) return true;
  }
  return false;
}

/** `my anonymous account`: the asker's own, unless the possessive is the group's (`who on our team is @x`). */
function myAccount(buf: TokenBuffer, lex: Lexicon, i: number): boolean {
  const my = findMark(buf, i - 3, i - 1, M_MY);
  // my + 1 ≤ i, a token index
  return my >= 0 && !lex.group.has(buf.hash[my + 1]!);
}

const AUTO = foldHash('auto');
const WITHOUT = foldHash('without');
const DELIVERED = foldHash('delivered');
const BACK = foldHash('back');
const CODE = foldHash('code');
const SECURITY = foldHash('security');
const CARD = foldHash('card');

/**
 * `a fake news article saying my opponent was arrested`, `made-up stories about the other
 * candidate`: fabricated news about a rival or a person. Defensive words count before the fake
 * thing, and after it except the news word itself (`stories` is also fiction's word).
 */
function fabricatedNews(buf: TokenBuffer, lex: Lexicon, i: number, hit: Hit): void {
  const news = findSet(buf, i - 2, i + 4, lex.news);
  if (news < 0) return;
  const who = Math.max(findSet(buf, i - 16, i + 16, lex.rival), findCls(buf, news + 1, news + 12, OTHER));
  if (who < 0 || !requestedFar(buf, Math.min(i, news), BEHAVIOR_REACH)) return;
  const a = Math.max(i - 8, 0);
  const b = Math.min(Math.max(who, news) + 8, buf.length - 1);
  // 0 ≤ a ≤ j ≤ b < buf.length
  for (let j = a; j <= b; j++) if (buf.cls[j]! & DEF && !lex.news.has(buf.hash[j]!) && !negated(buf, j)) return;
  if (findMark(buf, a, b, M_SAMPLE) >= 0) return;
  hit(RULES.disinformation, Math.min(i, news), Math.max(i, news));
}

/** `hides in the startup folder`, `hidden from the user`, `hides its icon`: a program hiding itself. */
function hides(buf: TokenBuffer, lex: Lexicon, i: number): boolean {
  // i is a token index, and i + 1 < buf.length before the second read
  return lex.hideIn.has(buf.hash[i]!) && i + 1 < buf.length && lex.inFrom.has(buf.hash[i + 1]!);
}

/**
 * Accounts made in bulk (`creates Yelp accounts with temp emails`, `an army of bot accounts`,
 * `multiple Google accounts`) for a purpose that fakes engagement or sends messages.
 */
function accountFarm(buf: TokenBuffer, lex: Lexicon, i: number, hit: Hit): void {
  const verb = findMark2(buf, i - 5, i - 1, N_ACCVERB);
  if (verb < 0) return;
  const scale =
    findMark(buf, i - 10, i + 10, M_BOT | M_STRONGFAKE) >= 0 ||
    // `aged-looking`, `with posting histories`: new accounts given a past they do not have, to pass
    // as established users.
    findSet(buf, i - 4, i + 8, lex.aged) >= 0 ||
    findCls(buf, i - 8, i + 10, BULK | UNSOL | FAKE | IMPERSONATE) >= 0 ||
    findMark2(buf, verb, i - 1, N_FARM) >= 0 ||
    // `each persona gets a Quora account`: one account per invented person.
    findSet(buf, verb - 3, verb - 1, hw().persona) >= 0 ||
    findNum(buf, verb, i - 1, 5) >= 0 ||
    findCls(buf, i + 1, i + 12, EVADE) >= 0;
  if (!scale) return;
  const purpose =
    findCls(buf, i - 12, i - 1, ENGAGE | SEND | MSG | EVADE) >= 0 ||
    findCls(buf, i + 1, i + 16, ENGAGE | SEND | MSG | EVADE) >= 0 ||
    // `… and have them upvote and praise our token`: the accounts cheer or boost.
    findSet(buf, i + 1, i + 20, lex.boost) >= 0 ||
    findMark2(buf, i + 1, i + 20, N_ENGVERB) >= 0 ||
    findMark(buf, i - 12, i + 16, M_PLATFORM | M_PROMO | M_SPAM | M_REVIEWS) >= 0;
  if (
    purpose &&
    !defended(buf, verb, i) &&
    findLive(buf, i - 12, i + 16, OPTIN) < 0 &&
    // `my own accounts` are the asker's; `my own videos` after the accounts is the campaign's target.
    findLive(buf, verb, i, OWN) < 0 &&
    findMark(buf, i - 12, i + 16, M_SAMPLE) < 0
  )
    hit(RULES.accountFarm, verb, i);
}

/** Tokens either side of a masked address within which the crowd and its audience act are read. */
const AUDIENCE_REACH = 22;

/**
 * `200 headless browsers with free accounts behind VPNs playing my album on repeat`, `300
 * accounts, residential proxies, staggered upvotes`: an audience made of many clients or accounts,
 * each hidden behind its own network address, so that the plays, streams, votes or views they
 * produce pass as many people. One address for one team (`a VPN for our 40 remote staff`), a load
 * test of one's own service and work that detects or reports such crowds are left.
 */
function maskedAudience(buf: TokenBuffer, lex: Lexicon, i: number, hit: Hit): void {
  const from = i - AUDIENCE_REACH;
  const to = i + AUDIENCE_REACH;
  // `VPNs`, `rotating proxies`, `each behind a VPN`, or a crowd of automated clients behind it.
  const crowd = findSet(buf, from, to, lex.crowdClient);
  const many = buf.stem[i] !== buf.hash[i] || findSet(buf, i - 4, i - 1, lex.maskEach) >= 0 || crowd >= 0;
  if (!many) return;
  // Many of them: a count of twenty or more, counted accounts, or the crowd of clients itself.
  const scale =
    findNum(buf, from, to, 20) >= 0 ||
    countedAccounts(buf, from, to) >= 0 ||
    (crowd >= 0 && findMark2(buf, from, to, N_ACCOUNTS) >= 0) ||
    findMark2(buf, from, to, N_FARM) >= 0;
  if (!scale) return;
  const eng = findSet(buf, from, to, lex.audienceAct);
  if (eng < 0) return;
  const a = Math.min(i, eng);
  const b = Math.max(i, eng);
  // `load test our staging service`, `benchmark our CDN`: one's own service measured.
  const test = findSet(buf, from, to, lex.testWord);
  if (test >= 0 && (lex.benchWord.has(buf.hash[test]!) || findSet(buf, test - 2, test - 1, lex.loadTest) >= 0)) return;
  if (
    defended(buf, a, b) ||
    findLive(buf, from, to, OPTIN) >= 0 ||
    // `seed` alone is also the campaign's own word (`seed the launch with 300 accounts`).
    findSet(buf, from, to, lex.mockWord) >= 0
  )
    return;
  hit(RULES.fakeEngagement, a, b);
}

/** Tokens after a bought list within which its sending loop is read. */
const JITTER_REACH = 60;

/**
 * `nums = open('bought_numbers.txt') … for n in nums: post(…send_message…); sleep(random.uniform(2, 9))`:
 * a message sent to each entry of a bought, scraped or leaked list with random pauses between
 * sends, so that the platform's rate limits do not see a blast. Both the list's origin and the
 * irregular pause are needed: a fixed delay over one's own subscribers is ordinary throttling.
 */
function jitteredSends(buf: TokenBuffer, lex: Lexicon, i: number, hit: Hit): void {
  const to = i + JITTER_REACH;
  const pause = findSet(buf, i + 1, to, lex.pause);
  if (pause < 0) return;
  const jitter = findSet(buf, pause - 3, pause + 3, lex.jitter);
  if (jitter < 0) return;
  const send = findSet(buf, i + 1, to, lex.sendCall);
  if (send < 0) return;
  // The list's entries are people reached one by one: its name says whom, or a loop runs over it.
  if (findSet(buf, i + 1, i + 3, lex.recipients) < 0 && findSet(buf, i + 1, send, lex.eachOf) < 0) return;
  if (defended(buf, i, Math.max(pause, send)) || findLive(buf, i - 8, to, OPTIN) >= 0) return;
  hit(RULES.bulkMessaging, i, Math.max(pause, jitter, send));
}

/** Tokens either side of a premium channel within which the concealment is read. */
const TOLL_REACH = 24;

/**
 * `quietly signs the phone up to premium SMS services and hides the confirmation texts`, `sends SUB
 * to the premium short code, then deletes any message from it`: an app that bills the phone's owner
 * through a premium-rate channel while the owner cannot see it, charged in the background or
 * with the carrier's confirmation messages hidden or deleted. A premium channel shown to its user,
 * and scanners or blockers of such apps, are left.
 */
function tollFraud(buf: TokenBuffer, lex: Lexicon, i: number, hit: Hit): void {
  // `premium SMS`, `SMS premium`, `premium short code`, `premium-rate number`.
  if (findSet(buf, i - 2, i + 2, lex.billedBy) < 0 && lex.billedBy.has(buf.hash[i]!) === false) {
    if (buf.hash[i] !== lex.shortcodeWord) return;
  }
  const from = i - TOLL_REACH;
  const to = i + TOLL_REACH;
  let hidden = -1;
  for (let k = Math.max(from, 0); k <= to && k < buf.length; k++) {
    if (!lex.hideMessage.has(buf.hash[k]!) && !lex.hideMessage.has(buf.stem[k]!)) continue;
    if (negated(buf, k)) continue;
    // The hidden thing is a message the owner would see (`hides the confirmation texts`).
    if (findSet(buf, k + 1, k + 5, lex.ownerMessage) >= 0) {
      hidden = k;
      break;
    }
  }
  const covert = hidden >= 0 ? hidden : findCls(buf, from, to, COVERT);
  const unseen = covert >= 0 ? covert : findSet(buf, from, to, lex.unseen);
  if (unseen < 0) return;
  // `our gateway retries premium SMS in the background`: the sender's own traffic, nothing hidden.
  if (covert < 0 && findMark(buf, from, to, M_MY) >= 0) return;
  // Work against such apps (`a scanner that flags …`, `warn users before …`); the general defensive
  // class is not read, as `delete`, `block` and `signs up` are the scheme's own words here.
  const shield = findSet(buf, from, to, lex.tollShield);
  if (shield >= 0 && !negated(buf, shield)) return;
  hit(RULES.malwareBehavior, Math.min(i, unseen), Math.max(i, unseen));
}

/**
 * `add links to our casino site into the encyclopedia's poker articles in small edits from rotating
 * IPs so they don't get reverted`, `post the referral link under every video, rotating proxies so
 * the mods miss it`: promotion placed on others' pages while dodging the people or filters that
 * would remove it (rotated addresses, edits kept small so patrollers ignore them). Questions about
 * how platforms catch it, and moderation work itself, are left.
 */
function moderationDodged(buf: TokenBuffer, lex: Lexicon, i: number, hit: Hit): void {
  const h = buf.hash[i]!;
  let cue = -1;
  if (lex.rotate.has(h)) {
    // `rotating IPs`, `rotate proxies`, `rotating IP addresses`.
    if (findSet(buf, i + 1, i + 2, lex.rotated) >= 0) cue = i;
  } else if (lex.removedBy.has(h)) {
    // `so they don't get reverted`, `won't be removed`.
    if (findCls(buf, i - 3, i - 1, NEG) >= 0) cue = i;
  } else if (findSet(buf, i + 1, i + 2, lex.overlook) >= 0) {
    // `so patrollers ignore it`, `the mods miss it`.
    cue = i;
  }
  if (cue < 0) return;
  const promo =
    findMark(buf, i - 24, i + 12, M_PROMO | M_SPAM) >= 0 || findSet(buf, i - 24, i + 12, lex.promoLink) >= 0;
  if (!promo) return;
  const act = findSet(buf, i - 24, i + 4, lex.placeAct);
  const send = act >= 0 ? act : findCls(buf, i - 24, i + 4, SEND);
  if (send < 0 || negated(buf, send)) return;
  if (!ordered(buf, lex, send)) return;
  const from = Math.min(send, cue);
  const to = Math.max(send, cue);
  if (defended(buf, from, to, false) || findMark(buf, from - 8, to + 8, M_HOW) >= 0) return;
  hit(RULES.spamBot, from, to);
}

/**
 * Whether the act at `at` is asked for: a request before it, an imperative that opens its sentence
 * (`Add links …`, `Please add …`, `Could you add …`).
 */
function ordered(buf: TokenBuffer, lex: Lexicon, at: number): boolean {
  if (requestedFar(buf, at, BEHAVIOR_REACH) || requestedFar(buf, at + 1, BEHAVIOR_REACH) || opensWithAct(buf, lex, at))
    return true;
  const s = sentenceStart(buf, at);
  if (s === at) return true;
  for (let k = s; k < at && k <= s + 3; k++) if (lex.please.has(buf.hash[k]!)) return true;
  return askedOfYou(buf, lex, at);
}

/**
 * `500 connection requests a day on each of our 10 accounts`, `spread the DMs across our 8 accounts
 * so no one hits the limit`: messages at volume spread over several accounts, past each one's limit.
 */
function spreadOverAccounts(buf: TokenBuffer, lex: Lexicon, i: number, hit: Hit): void {
  // `each of our 10 accounts`, `across 10 accounts`, `per account`.
  const spread = findSet(buf, i - 5, i - 1, lex.spreadWord);
  if (spread < 0) return;
  const volume = findNum(buf, i - 24, i + 8, 100) >= 0 || findCls(buf, i - 24, i + 8, BULK | UNSOL) >= 0;
  if (!volume) return;
  const send = findCls(buf, i - 24, i + 8, SEND | MSG);
  if (send < 0 || negated(buf, send)) return;
  const from = Math.min(send, spread);
  if (
    defended(buf, from, i, false) ||
    findLive(buf, from - 8, i + 8, OPTIN) >= 0 ||
    findMark(buf, from - 8, i + 8, M_SAMPLE) >= 0
  )
    return;
  hit(RULES.spamBot, from, i);
}

/** `post this message to every Discord server, every 10 minutes`: a message repeated on a timer. */
function repeatedPosting(buf: TokenBuffer, i: number, hit: Hit): void {
  // `minutes` and `seconds` repeat only after `every` (`every 10 minutes`); `repeatedly` alone does.
  // i is a token index
  if (isUnit(buf.hash[i]!) && findMark(buf, i - 3, i - 1, M_EVERY) < 0) return;
  const send = findVerb(buf, i - 20, i - 1, SEND, 0);
  if (send < 0) return;
  const every = findMark(buf, send + 1, i - 1, M_EVERY);
  if (every < 0 || findMark(buf, every + 1, every + 4, M_PLATFORM) < 0) return;
  const content = findCls(buf, send, i, MSG) >= 0 || findMark(buf, send - 4, i + 4, M_PROMO | M_SPAM) >= 0;
  if (
    content &&
    !defended(buf, send, i) &&
    findLive(buf, send - 4, i + 4, OPTIN | OWN) < 0 &&
    findMark(buf, send - 4, i + 4, M_SAMPLE) < 0
  )
    hit(RULES.spamBot, send, i);
}

const unitWords = new Set<number>();
function isUnit(h: number): boolean {
  if (unitWords.size === 0) for (const u of foldHashes('minute minutes second seconds')) unitWords.add(u);
  return unitWords.has(h);
}

/** A persona posed as (`different personas`, `separate customers`): IMPERSONATE on a persona noun. */
function findPersonaPose(buf: TokenBuffer, from: number, to: number): number {
  const a = Math.max(from, 0);
  const b = to >= buf.length ? buf.length - 1 : to;
  // 0 ≤ a ≤ j ≤ b < buf.length
  for (let j = a; j <= b; j++) if (buf.cls[j]! & IMPERSONATE && marks2[j]! & N_PERSONA) return j;
  return -1;
}

/** An account noun with a count of at least five right before it (`50 accounts`, `300 Twitter accounts`), or -1. */
function countedAccounts(buf: TokenBuffer, from: number, to: number): number {
  const a = Math.max(from, 1);
  const b = to >= buf.length ? buf.length - 1 : to;
  // 1 ≤ a ≤ j ≤ b < buf.length, so j - 1 and j - 2 (read when j ≥ 2) are tokens
  for (let j = a; j <= b; j++) {
    if ((marks2[j]! & N_ACCOUNTS) === 0) continue;
    if (buf.num[j - 1]! >= 5 || (j >= 2 && buf.num[j - 2]! >= 5)) return j;
  }
  return -1;
}

/**
 * `quietly copies every saved browser password … and uploads them to my server`: credentials read
 * out and shipped to the author, with stealth or a victim said. The first party's own (`my
 * passwords`, `our vault`) and stated defences stay quiet.
 */
function credentialsOut(buf: TokenBuffer, lex: Lexicon, i: number, hit: Hit): void {
  let copy = findSet(buf, i - 5, i - 1, lex.copyOut);
  // `die Cookies meiner Kollegin ausliest und an mich schickt`: the reading verb after its object.
  if (copy < 0) {
    const late = findSet(buf, i + 1, i + 4, lex.copyOut);
    if (late >= 0) {
      const send = Math.max(findMark2(buf, late + 1, late + 8, N_EXFIL), findVerb(buf, late + 1, late + 8, SEND, 0));
      const dest = send >= 0 ? findSet(buf, Math.max(send - 4, late + 1), send + 4, lex.dest) : -1;
      if (
        dest >= 0 &&
        findMark(buf, i - 3, i - 1, M_MY) < 0 &&
        findCls(buf, i - 6, dest + 4, COVERT | OTHER) >= 0 &&
        requestedFar(buf, i, BEHAVIOR_REACH) &&
        findLive(buf, i - 8, dest + 6, DEF | OWN | OPTIN) < 0
      )
        hit(RULES.credentialTheft, i, dest);
      return;
    }
  }
  let dest = -1;
  if (copy >= 0) {
    if (findMark(buf, copy + 1, i - 1, M_MY) >= 0) return;
    const send = Math.max(findMark2(buf, i + 1, i + 12, N_EXFIL), findVerb(buf, i + 1, i + 12, SEND, 0));
    if (send < 0) return;
    dest = findSet(buf, send + 1, send + 6, lex.dest);
  } else {
    // `sends me everything saved in his Chrome autofill`: the sending first, the credentials after.
    const send = Math.max(findMark2(buf, i - 10, i - 1, N_EXFIL), findVerb(buf, i - 10, i - 1, SEND, 0));
    if (send < 0 || findMark(buf, send + 1, i - 1, M_MY) >= 0) return;
    dest = findSet(buf, send + 1, send + 2, lex.strongDest);
    copy = send;
  }
  if (dest < 0) return;
  const stealth =
    findCls(buf, copy - 6, dest + 4, COVERT | OTHER) >= 0 || findSet(buf, copy - 6, dest + 4, lex.victim) >= 0;
  if (
    stealth &&
    requestedFar(buf, copy, BEHAVIOR_REACH) &&
    findLive(buf, copy - 8, dest + 6, DEF | OWN | OPTIN) < 0 &&
    findMark(buf, copy - 8, dest + 6, M_SAMPLE) < 0
  )
    hit(RULES.credentialTheft, copy, dest);
}

/**
 * Face search: a photo of a person, with the person's identity sought and either a face-matching
 * tool named or where the person lives, works or has accounts (`identify the woman in this picture
 * with face matching`, `find her full name and school from a photo`). Photos of one's own, people
 * who enrolled, and detection stay quiet.
 */
function faceSearch(buf: TokenBuffer, lex: Lexicon, i: number, hit: Hit): void {
  if (findMark(buf, i - 2, i - 1, M_MY) >= 0) return;
  // Another person, or people of a gathering or a register (`the crowd`, `our staff`).
  let who = findCls(buf, i - 10, i + 10, OTHER);
  if (who < 0) who = findSet(buf, i - 10, i + 10, lex.heldPeople);
  if (who < 0) return;
  const a = Math.min(i - 14, who - 12);
  const b = Math.max(i + 16, who + 12);
  const id = findSet(buf, a, b, lex.identity);
  const tool = findSet(buf, a, b, lex.faceSearch) >= 0;
  const place =
    findSetOrCls(buf, lex.privatePlace, PATTR | ACCOUNT, a, b) >= 0 || findMark(buf, a, b, M_WHERE | M_LIVES) >= 0;
  if (
    (id >= 0 ? 1 : 0) + (tool ? 1 : 0) + (place ? 1 : 0) >= 2 &&
    (findCls(buf, a, b, SEEK) >= 0 || requestedFar(buf, Math.min(i, who), BEHAVIOR_REACH)) &&
    // The people themselves may be the firm's own (`our staff`): own words elsewhere count.
    findLive(buf, a, who - 1, OWN | OPTIN) < 0 &&
    findLive(buf, who + 1, b, OWN | OPTIN) < 0 &&
    // With a matching tool, `against` compares (`match the faces against the ID photos`).
    !defendedExcept(buf, a, b, tool ? AGAINST_SET : NO_WORDS) &&
    findMark(buf, a, b, M_SAMPLE) < 0
  )
    hit(RULES.personalData, Math.min(i, who), Math.max(i, who));
}

const NO_WORDS: ReadonlySet<number> = new Set();

/**
 * An advance-fee scam: a prize the recipient is told of, a fee to pay for it, and the message sent
 * to many or to a bought list (`won a lottery and must pay a processing fee; blast it to our scraped
 * list`). The official rules of a real sweepstakes ask no fee.
 */
function prizeScam(buf: TokenBuffer, lex: Lexicon, i: number, hit: Hit): void {
  const fee = findMark(buf, i - 10, i + 12, M_MONEY);
  if (fee < 0) return;
  const many =
    findCls(buf, i - 20, i + 24, BULK | UNSOL) >= 0 ||
    findNum(buf, i - 20, i + 24, 1000) >= 0 ||
    findSet(buf, i - 20, i + 24, lex.everyone) >= 0 ||
    findMark(buf, i - 20, i + 24, M_SPAM) >= 0;
  if (
    many &&
    requestedFar(buf, i, BEHAVIOR_REACH) &&
    findLive(buf, i - 16, i + 24, DEF | OPTIN) < 0 &&
    findMark(buf, i - 16, i + 24, M_SAMPLE) < 0
  )
    hit(RULES.fraud, Math.min(i, fee), Math.max(i, fee));
}

/**
 * A scam notice: an account, an order or a parcel said to be held, an action demanded, and a link,
 * either the asker's own (`with my link`) or under a brand's name sent to many (`a USPS redelivery
 * notice … send it to everyone on the list`). Warnings about such notices stay quiet.
 */
function scamNotice(buf: TokenBuffer, lex: Lexicon, i: number, hit: Hit): void {
  // `could not be delivered`: delivery is a hold only when it failed.
  if (buf.hash[i] === DELIVERED && findCls(buf, i - 3, i - 1, NEG) < 0) return;
  const act = findSet(buf, i - 12, i + 12, lex.demand);
  if (act < 0) return;
  const link = findSet(buf, i - 16, i + 16, lex.linkWord);
  if (link < 0) return;
  const mine = findMark(buf, link - 2, link - 1, M_MY) >= 0;
  const brand = findSet(buf, i - 16, i + 16, lex.brand) >= 0;
  const many =
    findSet(buf, i - 20, i + 24, lex.everyone) >= 0 ||
    findCls(buf, i - 20, i + 24, BULK) >= 0 ||
    findNum(buf, i - 20, i + 24, 1000) >= 0;
  // Sent to numbers or to people at large rather than to the sender's customers.
  const cold = findCls(buf, i - 20, i + 24, UNSOL) >= 0 || findSet(buf, i - 20, i + 24, lex.cold) >= 0;
  if (
    (mine || (many && (brand || cold))) &&
    requestedFar(buf, i, BEHAVIOR_REACH) &&
    // The demanded action (`verify`) is the notice's words, not a defence.
    !defendedExcept(buf, i - 16, i + 24, lex.demand) &&
    findLive(buf, i - 16, i + 24, OPTIN) < 0 &&
    findMark(buf, i - 16, i + 24, M_SAMPLE) < 0
  )
    hit(RULES.impersonation, Math.min(i, act), Math.max(i, act));
}

function partnerDevice(buf: TokenBuffer, lex: Lexicon, i: number, hit: Hit): void {
  const view = findSet(buf, i - 8, i - 1, lex.viewVerb);
  if (view < 0) return;
  const device = findCls(buf, i + 1, i + 8, ACCOUNT);
  if (device < 0 || findSet(buf, i + 1, device + 8, lex.display) >= 0) return;
  const strong =
    lex.mirrorVerb.has(buf.hash[view]!) ||
    findSet(buf, view + 1, i - 1, lex.total) >= 0 ||
    findCls(buf, view - 8, device + 8, COVERT) >= 0;
  if (
    strong &&
    requestedFar(buf, view, BEHAVIOR_REACH) &&
    findLive(buf, view - 8, device + 8, DEF | OWN | OPTIN) < 0 &&
    findMark(buf, view - 8, device + 8, M_SAMPLE) < 0
  )
    hit(RULES.tracking, view, device);
}

/**
 * `tries 10,000 common passwords against a list of Instagram usernames`: passwords guessed against
 * other people's logins. The asker's own server or accounts (`against my server`) stay quiet.
 */
function guessedLogins(buf: TokenBuffer, lex: Lexicon, i: number, hit: Hit): void {
  const g = findGuess(buf, lex, i - 4, i);
  if (g < 0) return;
  const against = findHash(buf, i + 1, i + 3, AGAINST);
  const target = against >= 0 ? findSetOrCls(buf, lex.loginTargets, ACCOUNT, against + 1, against + 6) : -1;
  if (
    target >= 0 &&
    findMark(buf, against + 1, target, M_MY) < 0 &&
    requestedFar(buf, g, BEHAVIOR_REACH) &&
    // `against` is a defensive word elsewhere (`protect against`); here it names the target.
    !defendedExcept(buf, g - 8, target + 6, AGAINST_SET) &&
    findLive(buf, g - 8, target + 6, OWN | OPTIN) < 0 &&
    findMark(buf, g - 8, target + 6, M_SAMPLE) < 0
  )
    hit(RULES.accountIntrusion, g, target);
}

const AGAINST = foldHash('against');
const AGAINST_SET = new Set([AGAINST]);

/** First token in `[from, to]` whose word is in `set` or whose class is in `mask`, or -1. */
function findSetOrCls(buf: TokenBuffer, set: ReadonlySet<number>, mask: number, from: number, to: number): number {
  const a = Math.max(from, 0);
  const b = to >= buf.length ? buf.length - 1 : to;
  // 0 ≤ a ≤ j ≤ b < buf.length
  for (let j = a; j <= b; j++) if (set.has(buf.stem[j]!) || set.has(buf.hash[j]!) || buf.cls[j]! & mask) return j;
  return -1;
}

/**
 * `turns on the webcam of whoever installs this game and streams it to me`: a device's sensor
 * of any victim, sent to the author.
 */
function victimSensor(buf: TokenBuffer, lex: Lexicon, i: number, hit: Hit): void {
  const sensor = findMark2(buf, i - 4, i - 1, N_SENSOR);
  if (sensor < 0 || findMark(buf, sensor - 2, sensor - 1, M_MY) >= 0) return;
  const send = Math.max(findMark2(buf, i + 1, i + 14, N_EXFIL), findVerb(buf, i + 1, i + 14, SEND, 0));
  const dest = send >= 0 ? findSet(buf, send + 1, send + 5, lex.strongDest) : -1;
  if (
    dest >= 0 &&
    requestedFar(buf, sensor, BEHAVIOR_REACH) &&
    findLive(buf, sensor - 8, dest + 6, DEF | OWN | OPTIN) < 0 &&
    findMark(buf, sensor - 8, dest + 6, M_SAMPLE) < 0
  )
    hit(RULES.malwareBehavior, sensor, dest);
}

/**
 * `floods a website with requests until it goes down so my competitor loses sales`: a denial of
 * service on someone else's site. Load tests of one's own service say so (`our own staging API`).
 */
function flooding(buf: TokenBuffer, lex: Lexicon, i: number, hit: Hit): void {
  const site = findCls(buf, i + 1, i + 4, ARTIFACT | ACCOUNT);
  if (site < 0 || findMark(buf, i + 1, site - 1, M_MY) >= 0) return;
  const down = findSet(buf, site + 1, site + 12, lex.down);
  if (down < 0) return;
  if (
    requestedFar(buf, i, BEHAVIOR_REACH) &&
    findLive(buf, i - 8, down + 10, DEF | OWN | OPTIN) < 0 &&
    findMark(buf, i - 8, down + 10, M_SAMPLE) < 0
  )
    hit(RULES.malwareBehavior, i, down);
}

/**
 * `a tool that generates views on my YouTube video`, `inflate the plays with bots`: engagement
 * made up by a program rather than earned. A measure of it (`views statistics`) is a report.
 */
function inflated(buf: TokenBuffer, lex: Lexicon, i: number, hit: Hit): void {
  if (marks[i]! & M_REVIEWS || findSet(buf, i + 1, i + 1, lex.measure) >= 0) return;
  const bot = findMark(buf, i - 12, i + 10, M_BOT);
  const reach =
    findMark(buf, i + 1, i + 8, M_PLATFORM) >= 0 ||
    findCls(buf, i - 8, i + 10, UNSOL | BULK) >= 0 ||
    findNum(buf, i - 4, i + 4, 100) >= 0;
  if (
    bot >= 0 &&
    reach &&
    requestedFar(buf, i - 1, BEHAVIOR_REACH) &&
    findLive(buf, i - 10, i + 10, DEF | OWN | OPTIN) < 0 &&
    findMark(buf, i - 10, i + 10, M_SAMPLE) < 0
  )
    hit(RULES.fakeEngagement, i - 1, i);
}

/** Every class a token can have that matters to the learned scorer's category choice. */
export const CATEGORY_CUES = Object.freeze({
  malware: MAL | PHISH | CRED | INTRUDE | EVADE | AV,
  privacy: PATTR | TRACK | COVERT,
  spam: MSG | FAKE | ENGAGE | BULK | UNSOL,
});

/** Classes of the window's tokens ORed together (after {@link runGrammar} classified them). */
export function windowClasses(buf: TokenBuffer): number {
  let all = 0;
  // i < buf.length
  for (let i = 0; i < buf.length; i++) all |= buf.cls[i]!;
  return all;
}
