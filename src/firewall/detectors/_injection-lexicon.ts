/**
 * The injection grammar's lexicon: word classes as bit flags, one table, built on first use.
 *
 * @internal Not part of the public API.
 */
import { buildGlosses } from './_injection-gloss.js';

/** Verbs that drop something: ignore, disregard, forget, skip, bypass, override, … */
export const VERB = 1;
/** Strong scope qualifiers: previous, prior, above, system, your, all, … */
export const QUAL = 1 << 1;
/** Weak qualifiers: the, these, those, old, … */
export const QUAL_WEAK = 1 << 2;
/** Strong instruction objects: instructions, directives, guidelines, programming, guardrails, … */
export const OBJ = 1 << 3;
/** Weak instruction objects, ordinary nouns in developer talk too: rules, policy, context, … */
export const OBJ_WEAK = 1 << 4;
/** Reveal verbs: reveal, print, show, repeat, dump, … */
export const REVEAL = 1 << 5;
/** Strong reveal verbs, which also take weak objects (`output your rules`). */
export const REVEAL_STRONG = 1 << 6;
/** Jailbreak attributes: unfiltered, uncensored, amoral, dan, … */
export const JAIL = 1 << 7;
/** Limits a jailbreak removes: restrictions, rules, filters, ethics, … */
export const LIMIT = 1 << 8;
/** Words for an AI reader: ai, llm, assistant, chatbot, agent, … */
export const AI = 1 << 9;
/** Obedience verbs that a negation turns into an override: follow, obey, adhere, … */
export const OBEY = 1 << 10;
/** Negations: not, dont, never, … */
export const NEG = 1 << 11;
/** Nouns that make a prompt word a thing in code (`system prompt variable`). */
export const CODE_NOUN = 1 << 12;
/** Actions an injected instruction asks for: send, forward, delete, upload, … */
export const ACTION = 1 << 13;
/** What an injected action targets: passwords, emails, contacts, files, … */
export const SENSITIVE = 1 << 14;
/** Authority names: openai, anthropic, administrator, developer, … */
export const AUTHORITY = 1 << 15;
/** Passive verdicts on instructions: void, revoked, overridden, … */
export const VOIDED = 1 << 16;
/** Human roles (`if you are an AI researcher` speaks to a person). */
export const HUMAN = 1 << 17;
/** Things that are not the assistant (`enable developer mode on your phone`). */
export const DEVICE = 1 << 18;
/** Other words some rule of the grammar starts from; a segment without any class is skipped. */
export const TRIGGER = 1 << 19;
/** Dropping verbs that follow their object (Turkish: `önceki tüm talimatları unut`; Hindi). */
export const VERB_END = 1 << 20;
/** Reveal verbs that follow their object (Turkish: `gizli talimatlarını yazdır`; Hindi). */
export const REVEAL_END = 1 << 21;

const TABLE: ReadonlyArray<readonly [number, string]> = [
  [
    VERB,
    'ignore ignoring disregard disregarding forget forgetting skip skipping bypass bypassing override overriding overwrite drop dropping discard discarding abandon abandoning neglect overlook circumvent circumventing evade dismiss nullify void cancel erase wipe scrap ditch break breaking violate violating defy defying disobey disobeying supersede supersedes superseding ' +
      // The same verbs in Spanish, French, German, Italian and Portuguese.
      'ignora ignorar ignoren ignorez ignorer olvida olvidar olvide oublie oubliez oublier ignoriere ignoriert ignorieren vergiss vergesst vergessen missachte dimentica dimenticare esqueça esqueca esquecer',
  ],
  [
    QUAL,
    'all any every your ur previous prior above earlier preceding initial original system developer safety security ethical moral content hidden core programmed foregoing aforementioned former built-in builtin openai anthropic usual normal regular standard typical ' +
      'todas todos anteriores anterior previas toutes tous précédentes précédents precedentes alle vorherigen vorigen bisherigen deine ihre tutte tutti precedenti tus tes vos',
  ],
  [QUAL_WEAK, 'the these those old my our such other of default existing current given preset standing base'],
  [
    OBJ,
    'instructions instruction directives directive guidelines guideline programming guardrails guardrail safeguards safeguard ethics morals principles directions guidance prompts training conditioning alignment ' +
      'instrucciones indicaciones directrices consignes anweisungen instruktionen vorgaben istruzioni instruções instrucoes regras reglas règles regeln regole',
  ],
  [
    OBJ_WEAK,
    'rules rule prompt policies policy restrictions restriction constraints constraint context filters filter limitations limits protocols protocol orders commands settings boundaries conversation messages message task tasks criteria criterion rubric rubrics',
  ],
  [
    REVEAL,
    'reveal print show display output repeat recite dump leak expose disclose tell give share write spell echo return paste copy list translate summarize summarise type state quote provide send reproduce reveals prints outputs repeats recites dumps leaks exposes discloses',
  ],
  [
    REVEAL_STRONG,
    'reveal print output repeat recite dump leak expose disclose echo paste verbatim reveals prints outputs repeats recites dumps leaks exposes discloses echoes pastes',
  ],
  [
    JAIL,
    'dan stan dude jailbroken jailbreak jailbreaking unfiltered uncensored unrestricted unbound unchained unshackled unleashed amoral immoral unethical evil rogue lawless limitless godmode uncensor antigpt betterdan',
  ],
  [
    LIMIT,
    'restrictions restriction rules limits limitations filters filter filtering guidelines ethics morals morality boundaries censorship constraints safeguards guardrails policies principles conscience warnings disclaimers caveats refusals laws policy ' +
      // The rules of the lexicon's other languages, which a persona is also said to be without.
      'reglas règles regeln regole regras',
  ],
  [
    AI,
    'ai ais llm llms assistant assistants chatbot chatbots bot bots agent agents model models gpt chatgpt claude gemini copilot',
  ],
  [OBEY, 'follow following obey obeying adhere adhering comply complying respect heed listen abide'],
  [NEG, 'not dont never no nor cannot cant wont shouldnt mustnt neither doesnt didnt isnt arent wouldnt'],
  [
    CODE_NOUN,
    'variable var field config configuration file template string constant setting settings parameter param key property column env value values function method class test tests schema table module length size token tokens cache fields id ids format api code repo repository readme docs documentation example json yaml endpoint sdk library docstring comment commit diff queue flag option toggle button panel section block element tag node header entry manifest attribute page pages doc wiki link site url',
  ],
  [
    ACTION,
    'send forward email mail post upload exfiltrate leak transfer share submit delete remove wipe erase purge transmit export sync append embed click visit navigate fetch download install grant approve pay push open dump submit call cancel',
  ],
  [
    SENSITIVE,
    'password passwords credentials credential secrets secret tokens apikey keys key cookies session sessions contacts emails inbox messages files documents history conversation conversations data database repositories repos backups records wallet ssh branches card cards clipboard meetings calendar appointments attendees',
  ],
  [
    AUTHORITY,
    'openai anthropic administrator admin administrators admins developer developers creator creators operator operators owner owners programmer programmers maker makers moderator moderators sysadmin deepmind google microsoft',
  ],
  [
    VOIDED,
    'void null cancelled canceled revoked overridden overriden superseded obsolete invalid invalidated suspended lifted removed disabled deleted replaced irrelevant outdated rescinded annulled deactivated reversed waived',
  ],
  [
    HUMAN,
    'researcher researchers engineer engineers developer developers scientist scientists student students enthusiast enthusiasts company companies startup startups team teams practitioner practitioners expert experts hobbyist lab vendor vendors user users ethicist company',
  ],
  [VERB_END, 'unut unutun görmezden umursama boşver yoksay dikkate अनदेखा भूल'],
  [
    REVEAL_END,
    'göster göstersene gösterin yazdır yazdırın yaz yazın söyle paylaş açıkla tekrarla tekrarlayın दोहराओ दोहराएं दिखाओ दिखाएं बताओ बताएं',
  ],
  [
    DEVICE,
    'phone android iphone ios device chrome browser firefox settings windows laptop tablet computer extension router tv console macos xcode vscode app',
  ],
];

/** Words rules start from, known also for splitting run-together text. */
const FILLER =
  'you youre are now act acting as pretend pretending to be from on will what were told everything anything before so far mode enable enter stay remain keep staying in character role persona refuse decline reject answer respond reply and or then with without a an is it this that them behave roleplay role-play simulate simulating emulate become imagine switch activate unlock play two tokens points lives if note attention memo reminder notice instructions message stop pay set put throw get break i im as authorized authorised approved sanctioned permitted cleared verified even regardless always secretly silently quietly covertly discreetly stealthily invisibly moderation censorship grandmother grandma grandfather grandpa granny nana supersedes precedence preapproved consented';

let lexicon: Map<string, number> | undefined;
let glosses: Map<string, string> | undefined;

function table(): Map<string, number> {
  if (lexicon === undefined) lexicon = build();
  return lexicon;
}

function glossTable(): Map<string, string> {
  if (glosses === undefined) {
    const t = table();
    glosses = buildGlosses((w) => t.has(w));
  }
  return glosses;
}

/** The word classes of `w` (0 when none). */
export function classes(w: string): number {
  return table().get(w) ?? 0;
}

/** The lexicon word `w` is read as (text-speak, one slip, another language), or undefined. */
export function gloss(w: string): string | undefined {
  return glossTable().get(w);
}

/**
 * Whether `w` is a word of the lexicon (used to rebuild spelled-out words). Glossed words are not:
 * a slip such as `instr` would split `instructed`.
 */
export function known(w: string): boolean {
  return table().has(w);
}

function build(): Map<string, number> {
  const m = new Map<string, number>();
  for (const [flag, words] of TABLE) {
    for (const w of words.split(' ')) m.set(w, (m.get(w) ?? 0) | flag);
  }
  for (const w of FILLER.split(' ')) m.set(w, (m.get(w) ?? 0) | TRIGGER);
  return m;
}

/** Gate bits: which families a word can anchor (read by the prescan before any lexing). */
export const G_VERB = 1;
export const G_OBJ = 1 << 1;
export const G_VOID = 1 << 2;
export const G_REVEAL = 1 << 3;
export const G_PROMPT = 1 << 4;
export const G_JAIL = 1 << 5;
export const G_LIMIT = 1 << 6;
export const G_NOLIM = 1 << 7;
/** Jailbreak-template anchors, one bit per rule of the family, so that one ordinary word opens none. */
export const G_PERSONA = 1 << 8;
export const G_AUTH = 1 << 9;
export const G_AI = 1 << 10;
export const G_SENS = 1 << 11;
export const G_ACTION = 1 << 12;
export const G_REFUSE = 1 << 13;
export const G_TOKENS = 1 << 14;
export const G_TWO = 1 << 15;
export const G_BAD = 1 << 16;
export const G_EVEN = 1 << 17;
export const G_OPEN = 1 << 18;
export const G_AFFIRM = 1 << 19;
/** Words of an instruction to keep something from the user: secretly, without telling, … */
export const G_SECRET = 1 << 25;
/** The tasks a payload is handed in for: translation, summary, classification, … */
export const G_TASK = 1 << 27;
/** Words that turn a dropped task into another: instead, new (task), never mind, just. */
export const G_INSTEAD = 1 << 28;

/** The tasks a payload is handed in for, as nouns, verbs and gerunds (`the translation`, `stop classifying`). */
export const TASK_NAMES =
  'translation translations translating translate summary summaries summarizing summarising summarization summarize summarise classification classifying classify categorization categorizing categorize proofreading proofread grammar task assignment analysis analyzing sentiment editing correction corrections review reviewing extraction extracting extract tagging labeling labelling rewriting rewrite paraphrasing paraphrase moderation moderating grading scoring rating transcription transcribing request spelling';

const GATE_EXTRA: ReadonlyArray<readonly [number, string]> = [
  [
    G_VERB,
    'aside attention rid throw precedence yok ignores breaks disregards bypasses defies violates disobeys skips',
  ],
  [G_VOID, 'longer apply matter exist existed switched turned off paused inactive bypassed false'],
  [G_OBJ, 'told taught instructed programmed trained said above'],
  [
    G_REVEAL,
    'what whats creators prefix prepend append begin start put place wrap format convert render reproduce encode grandmother grandma grandfather grandpa granny nana mom mother dad father aunt uncle wording sharing see',
  ],
  [
    G_PROMPT,
    'prompt prompts instructions instruction message directives rules preprompt sysprompt systemprompt window verbatim above programming guidelines configuration policies training creators makers developers precede precedes preceding conversation context chat told instructed allowed permitted setup briefing preamble ' +
      'instrucciones consignes anweisungen instruktionen istruzioni instruções instrucoes indicaciones',
  ],
  [G_JAIL, 'mode bound grandmother grandma grandfather grandpa granny nana safety moderation censorship'],
  [
    G_NOLIM,
    'no without free zero unbound beyond freed released liberated unshackled unchained emancipated disable deactivate',
  ],
  [G_PERSONA, 'character persona role'],
  [
    G_REFUSE,
    'says refuse refuses refusing decline declines reject rejects comply obey fulfill beginning whatever unrefusing',
  ],
  [G_TOKENS, 'tokens points lives'],
  [G_TWO, 'two both'],
  [G_BAD, 'illegal unethical harmful dangerous immoral offensive inappropriate explicit wrong unsafe'],
  [G_EVEN, 'even regardless matter'],
  [G_OPEN, 'begin beginning start starting'],
  [G_AFFIRM, 'sure absolutely certainly yes okay ok here'],
  [
    G_SECRET,
    'secretly silently quietly covertly discreetly stealthily invisibly secret hidden confidential between tell telling inform informing notify notifying alert alerting mention mentioning ask asking let letting reveal show say consulting confirming',
  ],
  [
    G_AUTH,
    'override openai anthropic preapproved approved authorized authorised consented real actual maintainers maintainer lifted staff',
  ],
  [G_AI, 'intelligence summarizing summarising automated'],
  [
    G_SENS,
    'email chat transcript query question questions address memory input message users cookie token env password mail letter letters msg msgs correo correos',
  ],
  [
    G_ACTION,
    'load request include render ping display attach followed appended sends sent mails mailed emailed posts posted uploads uploaded uploading forwards forwarded attaches fwd passes carries',
  ],
  [G_TASK, TASK_NAMES],
  [G_INSTEAD, 'instead new mind just'],
];

/** Lexicon words that anchor no family on their own (common in ordinary work). */
const UNGATED = new Set(['task', 'tasks']);

/** Every word that anchors a family, with its gate bits; a glossed word has those of its reading. */
export function anchorBits(): Map<string, number> {
  const m = new Map<string, number>();
  const add = (w: string, bits: number) => m.set(w, (m.get(w) ?? 0) | bits);
  for (const [w, c] of table()) {
    // Lexicon words are whole tokens; the prescan's words are letters and digits only.
    if (w.includes('-')) continue;
    if (c & (VERB | OBEY)) add(w, G_VERB);
    // `task` counts as an object only before `above`, itself an anchor: it opens nothing alone.
    if (c & (OBJ | OBJ_WEAK) && !UNGATED.has(w)) add(w, G_OBJ);
    if (c & VOIDED) add(w, G_VOID);
    if (c & REVEAL) add(w, G_REVEAL);
    if (c & JAIL) add(w, G_JAIL);
    if (c & LIMIT) add(w, G_LIMIT);
    if (c & AUTHORITY) add(w, G_AUTH);
    if (c & AI) add(w, G_AI);
    if (c & SENSITIVE) add(w, G_SENS);
    if (c & ACTION) add(w, G_ACTION);
    if (c & VERB_END) add(w, G_VERB);
    if (c & REVEAL_END) add(w, G_REVEAL);
  }
  for (const [bits, words] of GATE_EXTRA) for (const w of words.split(' ')) add(w, bits);
  for (const [w, e] of glossTable()) {
    const bits = m.get(e);
    if (bits !== undefined) add(w, bits);
  }
  return m;
}
