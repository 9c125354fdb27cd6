/**
 * Planted orders that make an AI reader act for its user: content (a web page, an llms.txt, a
 * spreadsheet comment, photo metadata, an invite, a tool's output) that addresses the AI reading
 * it and orders a consequential act on the user's behalf. Read as three small classes, each found
 * in a bounded window after the one before it:
 *
 * - addressee: the AI reader called on (`AI shopping agents reading this site:`, `Dear email
 *   assistant,`, `Note for coding agents:`, `whoever's AI is reading this`, `KI-Assistenten:`,
 *   `agentes de IA`), or a role given to it in a game (`let's play …, you're the courier`);
 * - act: money spent (buy, pay, subscribe, tip, donate, transfer, check out, book, order), a
 *   commitment made (approve, sign, accept, merge, publish, deploy, a status set to approved or
 *   paid), or access granted (share, invite, an admin, collaborator or key added, permissions or
 *   forwarding changed), written as an order, not after a determiner (`the order`) or a negation;
 * - mark that the act is not the user's own wish: the user's means in the third person (`the
 *   user's saved card`, `their wallet`, `on the reader's behalf`), consent skipped or the act kept
 *   hidden (`without asking`, `no confirmation`, `don't tell the owner`, `quietly`), a report
 *   falsified (`say finance signed it off`), or, where the text never speaks in the first person,
 *   an outside address or account as the target. A lone reader a user calls their own assistant by
 *   (`Assistant,`, `Hey AI`) needs a strong mark: the user's means, the act hidden from the user,
 *   or a report that names who signed off; consent waived, `quietly`, or an outside target count
 *   only after a reader named by kind, task or number, or a role in a game.
 *
 * What stays allowed: a user's own orders to their assistant (`Assistant, book me a table`, `buy
 * it with my saved card`: the means are the speaker's own, and no mark is needed to ask), docs
 * that describe what an agent may do (`agents can pay invoices after approval`: the agent is
 * spoken of, not called on), llms.txt files that describe a site, and write-ups that quote such
 * an order (`a page says 'AI agents: …'`, `an attack where …`).
 *
 * Each class is a bounded expression over a window of at most a few hundred characters after the
 * match before it, and a segment without any addressee word in the detectors' shared keyword
 * automaton is not read at all.
 *
 * @internal Not part of the public API.
 */
import { gateFinds, gateRead, joinGate } from './_gate.js';
import type { FindingSink } from './types.js';

const ID = 'injection.agent-act';
const CATEGORY = 'prompt-injection';
const DESCRIPTION =
  'content that orders its AI reader to spend, approve or grant access on the user’s behalf without the user’s consent';

/**
 * Words without which no AI reader is addressed: the first look. The last {@link BOUNDED} stand as
 * whole words (`ai`, not `said`).
 */
const LOOK = [
  'agent',
  'assistant',
  'asistan',
  'asystent',
  'assistent',
  'ajent',
  // The reader's own name, not the verb every request to summarize holds (`summarize the report`).
  'summarizer',
  'summariser',
  'summrizer',
  'summriser',
  'summarizr',
  'reviewer',
  'copilot',
  'chatbot',
  "let's",
  'let’s',
  'lets pla',
  'lets pre',
  'imagine you',
  'imagine that you',
  'pretend you',
  'pretend that you',
  'you are now',
  "you're now",
  'you’re now',
  'this game',
  'this story',
  'game for',
  'in character',
  'whoever',
  'агент',
  'Агент',
  'ассистент',
  'Ассистент',
  'ИИ',
  'ии',
  'مساعد',
  'المساعد',
  '助理',
  '助手',
  '代理',
  'ai',
  'ia',
  'ki',
  'llm',
  'llms',
  'gpt',
  'bot',
  'bots',
  'model',
  'models',
  'reader',
  'readers',
];
const BOUNDED = 12;
let lookBase = -1;

const escaped = (w: string): string => w.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
/** Whether `w` has a letter outside ASCII, which the gate matches only as written (not `’` in `let’s`). */
const nonAscii = (w: string): boolean => [...w].some((c) => c.charCodeAt(0) > 0x7f && /\p{L}/u.test(c));
/**
 * The first look where the shared gate has not read the segment (it has read another form of it):
 * the same words, the last {@link BOUNDED} as words (`\b` without the `u` flag), ASCII letters in
 * any case and other letters as written, as the gate matches them. A second scan of the gate here
 * would cost more than the whole reading and push out the segment the other detectors read.
 */
const LOOK_ASCII = new RegExp(
  LOOK.map((w, i) => (nonAscii(w) ? '' : i >= LOOK.length - BOUNDED ? `\\b${escaped(w)}\\b` : escaped(w)))
    .filter((w) => w !== '')
    .join('|'),
  'i',
);
const LOOK_OTHER = new RegExp(LOOK.filter(nonAscii).map(escaped).join('|'));
/** Whether `segment` holds a word of {@link LOOK}, read without the gate. */
function looked(segment: string): boolean {
  return LOOK_ASCII.test(segment) || LOOK_OTHER.test(segment);
}

/** Kinds of AI helper named before the noun (`shopping agents`, `email assistant`). */
const KIND =
  '(?:ai|a\\.i\\.|llm|gpt|automated|automation|autonomous|describing|summari[sz]ing|reviewing|screening|processing|reading|triaging|helpdesk|recruiting|hiring|sales|banking|accounting|coding|code|shopping|booking|email|mail|inbox|expense|support|scheduling|calendar|browsing|browser|purchasing|procurement|finance|billing|travel|research|triage|photo|image|web|personal|helpful|kind|lovely|friendly|dear)';
/** The AI reader itself. */
const WHO =
  '(?:agents?|assistants?|summari[sz]ers?|summri[sz]ers?|summarizrs?|bots?|chatbots?|reviewers?|copilots?|readers?|ai|llms?|models?)';
/** What an addressed reader is doing, or who it is (`reading this page`, `that summarizes …`). */
const DOING =
  '(?:reading|summari\\w*|summri\\w*|describing|processing|visiting|installing|resolving|triaging|browsing|handling|reviewing|parsing|indexing|crawling|scanning|working|acting|shopping|booking|looking|fetching|analy[sz]ing|opening|that|who|which|here|out\\s+there|of\\s+\\w+|for\\s+\\w+)';

/**
 * An AI reader called on. Groups: 1 a salutation (`hey`, `dear`, `note to`, `attention`) before
 * the reader, 2 a reader closed by a comma, colon or `!`, 3 whoever reads this, 4 a game's or a
 * story's role, 5 the reader in another language.
 */
const ADDRESS = new RegExp(
  [
    `((?:(?:hey|hi|hello|dear|attention|yo|oi|psst|greetings|welcome|calling|(?:note|message|instructions?|memo|reminder|request)\\s+(?:to|for)|to)(?![\\p{L}])\\s*,?\\s*|@)(?:the\\s+|any\\s+|all\\s+|every\\s+|each\\s+|whichever\\s+|our\\s+|you\\s+)?(?:[\\p{L}-]+\\s+){0,2}?${WHO}(?![\\w-]))`,
    `((?:${KIND}\\s+){0,2}${WHO}(?:\\s+${DOING}\\b[^:,!\\n]{0,60})?\\s*(?:[:,!]|\\s[—–-]\\s)(?!\\/))`,
    `((?:whoever['’]?s?|whichever|any|every|all)\\s+(?:${KIND}\\s+)?${WHO}\\s+(?:is\\s+|are\\s+)?(?:reading|sees?|seeing|processing|summari\\w*|parsing)\\s+this)`,
    "((?:let['’]?s\\s+(?:play|pretend)|imagine\\s+(?:that\\s+)?you(?:['’]re|\\s+are)|pretend\\s+(?:that\\s+)?you(?:['’]re|\\s+are)|you(?:['’]re|\\s+are)\\s+now\\b|in\\s+this\\s+(?:game|story)|(?:little\\s+)?game\\s+for\\s+(?:agents|ai|assistants|bots)|stay\\s+in\\s+character))",
    '((?:a[gj]ent\\w*|asist\\w*|assist\\w*|asystent\\w*)\\s+(?:\\p{L}+\\s+){0,3}?(?:ia|ai|ki)(?![\\p{L}\\p{N}])|(?:ki|ai)-(?:assistent|agent)\\w*|ai\\s+(?:asistan|ajan)\\w*|agen\\s+ai|ии[-\\s]*(?:агент|ассистент)\\p{L}*|(?:агент|ассистент)\\p{L}*\\s+ии|يا\\s*مساعد|المساعد|助理|助手|AI\\s*代理)',
  ].join('|'),
  'giu',
);

/** An act with consequences for the user, written as an order (English and the commonest others). */
const ACT = new RegExp(
  [
    '(?<![\\p{L}\\p{N}/.@_-])(?:buy|purchase|pay|subscribe|tip|donate|transfer|wire|send\\s+(?:\\$|usd|eur|€|£|\\d)|check\\s*out|book|reserve|order|renew|upgrade|charge|refund|approve|sign|countersign|accept|confirm|merge|publish|deploy|release|share|invite|grant|forward|deliver|carry|upload|sync|enrol+|enroll|register)(?![\\p{L}])',
    '(?<![\\p{L}])(?:start|activate|begin)\\s+(?:\\S+\\s+){0,3}?(?:plan|subscription|trial|tier|membership)',
    '(?<![\\p{L}])issue\\s+(?:an?\\s+)?(?:\\S+\\s+)?(?:refund|credit|payment)',
    '(?<![\\p{L}])mark\\s+(?:\\S+\\s+){1,5}?(?:as\\s+)?(?:paid|approved|verified|accepted|passed|resolved|refunded|reimbursed|completed?|signed|cleared|hired|offer|shortlisted|allowlisted|whitelisted|trusted)(?![\\p{L}])',
    '(?<![\\p{L}])(?:set|change|switch|move|flip|update|promote)\\s+(?:\\S+\\s+){0,8}?(?:to|as|2|into)\\s+(?:\\S{0,2})(?:approved|paid|verified|accepted|passed|resolved|reimbursed|signed|cleared|completed?|hired|offer|shortlisted|allowlisted|whitelisted|trusted)(?![\\p{L}])',
    '(?<![\\p{L}])(?:becomes?|turns?\\s+(?:into\\s+)?)\\s*(?:\\S{0,2})(?:approved|paid|verified|accepted)(?![\\p{L}])',
    '(?<![\\p{L}])(?:write|put|enter|type|make\\s+it)\\s+(?:\\S+\\s+){0,2}?(?:approved|paid|verified)(?![\\p{L}])',
    '(?<![\\p{L}])change\\s+(?:\\S+\\s+){0,4}?(?:status|permissions?|role|recovery|e-?mail|owner|forwarding|password|payout|bank|address)',
    '(?<![\\p{L}])add\\s+(?:\\S+\\s+){0,6}?(?:as|to)\\s+(?:an?\\s+|the\\s+)?(?:\\S+\\s+)?(?:admin|administrator|owner|member|collaborator|delegate|maintainer|editor|contributor|workspace|org|organi[sz]ation|team|repo|repository)',
    '(?<![\\p{L}])add\\s+(?:\\S+\\s+){0,2}?(?:deploy\\s+|ssh\\s+|api\\s+|signing\\s+)keys?',
    '(?<![\\p{L}])give\\s+(?:\\S+\\s+){0,4}?(?:access|permissions?|rights|admin)',
    '(?<![\\p{L}])create\\s+(?:an?\\s+)?(?:\\S+\\s+)?(?:forwarding|redirect|mail|inbox)\\s+rule',
    // Spanish, Portuguese, Italian, French, German, Dutch, Polish, Turkish, Indonesian, Russian.
    '(?<![\\p{L}])(?:compr[ae]\\p{L}*|paga\\p{L}*|pague\\p{L}*|pagad|pagate|aprueb\\p{L}*|aprob\\p{L}*|aprov\\p{L}*|approva|approvate|approvare|approvi|añad\\p{L}*|suscrib\\p{L}*|transfer\\p{L}*|trasfer\\p{L}*|firm[ae]\\p{L}*|reserv[aeio]\\p{L}*|réserv\\p{L}*|riserv\\p{L}*|achet\\p{L}*|approuv\\p{L}*|achète\\p{L}*|payez|paie\\p{L}*|abonn\\p{L}*|ajout\\p{L}*|vire[zr]?|kauf\\p{L}*|bezahl\\p{L}*|abonnier\\p{L}*|genehmig\\p{L}*|füg\\p{L}*|überweis\\p{L}*|unterschreib\\p{L}*|aggiung\\p{L}*|abbona\\p{L}*|adicion\\p{L}*|assin[ae]\\p{L}*|publiqu\\p{L}*|keur|koop|betaal|kup|zapłać|zatwierdź|dodaj|przelej|satın\\s+al\\p{L}*|öde\\p{L}*|onayla\\p{L}*|ekle\\p{L}*|bayar|beli|setujui|tambahkan|оплат\\p{L}*|куп[иі]\\p{L}*|одобр\\p{L}*|добав\\p{L}*|перевед\\p{L}*|подпиш\\p{L}*)(?![\\p{L}])',
    // Arabic and Chinese orders.
    '(?:حط|ضع|ادفع|اشتر|وافق|上傳|上传|购买|購買|支付|付款|批准)',
  ].join('|'),
  'iu',
);

/** An act a role in a game is told it performs (`the courier delivers …`, `Coin pays …`). */
const NARRATED =
  /(?<![\p{L}])(?:buys|purchases|pays|subscribes|tips|donates|transfers|wires|checks\s+out|books|reserves|orders|renews|charges|refunds|approves|signs|accepts|confirms|merges|publishes|deploys|releases|shares|invites|grants|forwards|delivers|carries|uploads|syncs|adds\s+(?:\S+\s+){0,6}?as\s+(?:an?\s+)?(?:admin|owner|collaborator|member))(?![\p{L}])/iu;

/** A word that makes an act's name a noun or a mention (`the order`, `our pay`), not an order. */
const NOT_ORDER = /(?:\b(?:the|a|an|this|that|these|your|our|my|their|its|of|for|whose|any|no|to\s+be)|[/#.'"`])\s*$/i;
/** A negation right before the act (`never pay`, `do not approve`). */
const NEGATED =
  /\b(?:never|not|don['’]?t|dont|no|cannot|can['’]?t|won['’]?t|shouldn['’]?t|mustn['’]?t)\s+(?:\w+\s+)?$/i;

/**
 * Marks that the act is not the user's own wish. Groups: 1 the user's means in the third person,
 * 2 the act hidden from the user, 3 consent skipped (weak: a user may waive it for themselves), 4
 * a report to be made (falsified when it names who signed off).
 */
const MARK = new RegExp(
  [
    "((?:(?:the|your|their|his|her)\\s+)?(?:user|customer|reader|owner|visitor|client|buyer|shopper|recipient|account\\s+holder|listener|subscriber|member|guest|patient|human|principal|person|usor|usuario|utilisateur|nutzers?|utente|usuário|usuario)(?:['’]?s|s['’]|s)?\\s+(?:\\S+\\s+){0,2}?(?:saved|stored|card|wallet|account|payment|paypal|venmo|apple\\s+id|stripe|payment\\s+method|library|contacts|photos|drive|files|documents|domain|calendar|mail|inbox|funds|checking|savings|credit|bank|org|organi[sz]ation|repo|behalf|visa|mastercard|amex)|(?<!\\b(?:my|our|own)\\s+)(?:saved|stored)\\s+(?:card|payment|visa|mastercard|amex|credit)|card\\s+on\\s+file|card\\s+(?:the\\s+user|they|the\\s+customer|the\\s+reader)\\s+(?:has\\s+|have\\s+)?(?:already\\s+)?saved|their\\s+(?:saved|stored)\\s+\\w+|(?:on|from|with)\\s+their\\s+(?:account|wallet|card|bank|paypal|payment\\s+method)|on\\s+(?:the\\s+)?(?:user|reader|customer|owner|client)['’]?s?\\s+behalf|on\\s+their\\s+behalf|as\\s+the\\s+user|carta\\s+salvada|tarjeta\\s+guardada|carte\\s+enregistr|gespeicherte\\p{L}*\\s+karte|carta\\s+salvata|cart[aã]o\\s+salvo|zapisan\\p{L}*\\s+kart|kayıtlı\\s+kart|kartu\\s+tersimpan|карт\\p{L}*\\s+пользовател|сохран\\p{L}*\\s+карт|konto\\s+des\\s+nutzers|conto\\s+dell'utente|其主|用户的|使用者的)",
    "((?<![\\p{L}])(?:(?:don['’]?t|dont|do\\s+not|never|no\\s+need\\s+to)\\s+(?:\\w+\\s+)?(?:tell|notify|inform|alert|let)\\s+(?:the\\s+|your\\s+)?(?:user|owner|them|anyone|anybody|customer|account\\s+holder|admins?|maintainers?|human|principal|finance|\\w+\\s+owner)|never\\s+tell|without\\s+(?:\\w+\\s+)?(?:telling|notifying|informing|alerting|letting)\\s+(?:the\\s+|your\\s+)?(?:user|owner|them|anyone|anybody|customer|account\\s+holder|admins?|maintainers?|human|\\w+\\s+owner)|without\\s+(?:them|the\\s+user|the\\s+owner|anyone)\\s+knowing|keep\\s+(?:it|this)\\s+(?:secret|hidden|from)|(?:keep|leave)\\s+(?:this|it)\\s+out\\s+of|\\(secret\\)|in\\s+secret|before\\s+(?:you\\s+)?(?:answer|reply|respond)\\p{L}*|don['’]?t\\s+(?:mention|log|show|report)\\s+(?:it|this|that)\\s+(?:in|to)\\s+(?:your|the)\\s+(?:summary|reply|answer|user)|sin\\s+avisar|sans\\s+(?:le\\s+)?(?:lui\\s+)?(?:dire|prévenir|informer)|ohne\\s+(?:\\p{L}+\\s+){0,2}?zu\\s+informieren|sagt?\\s+ihm\\s+nichts|non\\s+dirglielo|sem\\s+avisar|не\\s+(?:сообща|говори)\\p{L}*|勿告|不要告诉|别告诉|لا\\s*تخبر))",
    "((?<![\\p{L}])(?:without\\s+(?:\\w+\\s+){0,2}?(?:asking|confirm\\p{L}*|checking|waiting|review\\w*|approval|consent|permission|showing|a\\s+prompt)|w\\/o\\s+\\w+|no\\s+(?:need\\s+(?:to|for)\\s+(?:\\w+\\s+){0,3}?)?(?:confirm\\p{L}*|approval|review|questions|prompt)|(?:skip|bypass)\\s+(?:the\\s+)?(?:\\w+\\s+)?(?:confirm\\p{L}*|approval|review|prompt|sheet|dialog|check)|(?:don['’]?t|dont|do\\s+not|never)\\s+(?:\\w+\\s+)?(?:ask|check|wait|confirm|bother|show|mention|log|say)|keep\\s+(?:it\\s+)?(?:quiet|silent|mum)|quietly|silently|secretly|sin\\s+(?:preguntar|pedir|confirm|consult)|no\\s+(?:le\\s+)?(?:pidáis|pidas|pida|demanda|preguntes)|sans\\s+(?:lui\\s+)?(?:demander|confirmation)|ohne\\s+(?:\\p{L}+\\s+){0,2}?(?:zu\\s+)?(?:fragen|bestätigung|rückfrage)|frag\\s+ihn\\s+nicht|senza\\s+(?:chiedere|conferma)|sem\\s+(?:pedir|perguntar|confirma|revis)|bez\\s+(?:pytania|potwierdzenia|pytać)|onay\\s+istemeyin|tanpa\\s+(?:meminta|konfirmasi|bertanya)|не\\s+спрашива\\p{L}*|無需確認|无需确认|不必确认|بدون\\s*تأكيد))",
    '((?<![\\p{L}])(?:(?:say|tell|state|report|write|claim|mention|note|add)s?|dites|diga|decid|dite|segnala|sag|sagt|zeg|скажи)\\s+((?:\\S+\\s+){0,9}?)(?:sign\\p{L}*|approved|verified|confirmed|cleared|authori[sz]ed|countersigned|passed|signé\\p{L}*|firmad\\p{L}*|firmat\\p{L}*|verific\\p{L}*|unterschrieb\\p{L}*|getekend|подпис\\p{L}*)|قول(.{0,60}?)وق\\S*ع)',
  ].join('|'),
  'giu',
);

/** An outside target: an address, a link, a wallet or an IBAN. */
const TARGET =
  /[\w.+-]+@[\w-]+\.[\w.-]+|https?:\/\/\S+|(?<![\w])0x[0-9a-f]{40}(?![\w])|(?<![\w])[A-Z]{2}\d{2}[A-Z0-9]{11,30}(?![\w])/i;
/** The first person: the speaker orders for themselves. */
const FIRST_PERSON = /\b(?:i|i['’]m|i['’]ve|me|my|mine|we|our|us)\b/i;
/** A waiver in the speaker's own name (`without asking me`). */
const OWN_WAIVER = /^\W{0,3}(?:\w+\s+)?(?:me|us)\b/i;
/** An act for the speaker (`book me a table`, `renew my domain`, `a cake for my wife`). */
const OWN_ACT = /^[^.;!?\n]{0,40}?\b(?:me|my|myself)\b/i;
/** Who a report names as having signed off, which makes the report a claim the reader cannot know. */
const AUTHORITY =
  /(?<![\p{L}])(?:finance|legal|accounts?|accounting|manager|cfo|ceo|cto|controller|comptroller|bank|security|compliance|qa|owner|hr|audit\p{L}*|treasury|procurement|admins?|director|board|boss|supervisor|lawyer|counsel|contabilidad|comptabilité|finanz\p{L}*|financ\p{L}*|buchhaltung|المالية|الإدارة)(?![\p{L}])/iu;
/** A question word: a report that tells what is so (`say which ones finance signed`), not a claim. */
const WH = /\b(?:which|whether|if|who|what|how|when)\b/i;
/** A negation in the clause before a mark (`never charge a saved card`). */
const NEG_CLAUSE =
  /\b(?:never|not|don['’]?t|do\s+not|no|cannot|can['’]?t|must\s+not|mustn['’]?t|shouldn['’]?t|won['’]?t)\b/i;

/**
 * Words before an addressee that quote or study such an order rather than give it: a write-up,
 * a test, a demo, a question about it.
 */
const MENTION =
  /\b(?:says?|said|saying|such\s+as|like|e\.g\.|example|for\s+instance|samples?|demo|quoted?|attacks?|attackers?|injection|injected|malicious|red[-\s]team|threat|defend\w*|guardrails?|flags?|flagged|detect\w*|tests?|refuses?|explain|why|how|should\s+we|advisory|phishing|scam)\b/i;
/** Words after the act that tell how a quoted order was handled (`… and it refuses`). */
const HANDLED =
  /\b(?:it|the\s+agent|the\s+assistant|the\s+model|our\s+agent)\s+(?:refuses|refused|declines|declined|ignores|ignored|blocks|blocked)\b|\bwe\s+(?:blocked|block|flag|flagged|caught|detect|detected)\b/i;

/** Characters before an addressee of group 1 or 2 that open a clause: the start, a mark, a label's colon. */
const OPENS = /(?:^|[\s>[("'*#:.!;,\-–—])$/;
/**
 * A lone reader a user calls their own assistant by (`Assistant,`, `Hey AI`, `hi lovely
 * assistant`): such an addressee needs a strong mark. Readers named by kind, task or number
 * (`shopping agents`, `AI summarizer`, `assistants reading this page`) and roles in a game do not.
 */
const LONE_READER =
  /^(?:(?:hey|hi|hello|dear|yo|oi|@|to|the|my|kind|lovely|friendly|helpful|personal|ai|a\.i\.)[\s,]*)*(?:assistant|agent|bot|ai|llm|model|copilot|chatbot|gpt|reader)[\s:,!—–-]*$/i;

/**
 * Readers that people are as well as programs (`Agents,`, `reviewers:`): an AI reader only where
 * the text speaks of AI (a help desk's agents refund orders too).
 */
const HUMAN_OR_AI =
  /^(?:(?:hey|hi|hello|dear|attention|to|the|all|any|every|our)[\s,]*)*(?:agents?|readers?|reviewers?)[\s:,!—–-]*$/i;
/** Words that say the reader is a program. */
const AI_CUE =
  /\b(?:ai|a\.i\.|llms?|gpt|assistants?|bots?|chatbots?|models?|automated|automation|autonomous|copilots?|machines?|summari[sz]\w*)\b/i;

/** The addressee's reach to its act, and the act's reach to a mark after it. */
const ACT_REACH = 320;
const MARK_REACH = 260;

/**
 * Reports content that addresses its AI reader and orders a consequential act on the user's
 * behalf with a mark that the user did not ask for it.
 */
export function agentAct(segment: string, sink: FindingSink): void {
  const n = segment.length;
  if (n < 24 || n > 4000) return;
  if (lookBase < 0) lookBase = joinGate('injection-agency', LOOK);
  const m = gateRead(segment);
  if (m === null ? !looked(segment) : !gateFinds(m, segment, lookBase, LOOK.length, lookBase + LOOK.length - BOUNDED))
    return;
  ADDRESS.lastIndex = 0;
  for (let k = 0; k < 6; k++) {
    const a = ADDRESS.exec(segment);
    if (a === null) return;
    const start = a.index;
    const end = start + a[0].length;
    if (a[0].length === 0) ADDRESS.lastIndex++;
    const before = segment.slice(Math.max(0, start - 160), start);
    const called = a[1] !== undefined || a[2] !== undefined;
    // A salutation or a reader closed by a mark opens a clause: `… can tell an AI agent:` does not.
    if (called && !OPENS.test(before.slice(-1))) continue;
    if (MENTION.test(before)) continue;
    const window = segment.slice(end, end + ACT_REACH);
    let act = orderedAct(window, ACT);
    if (a[4] !== undefined) {
      const told = orderedAct(window, NARRATED);
      if (told >= 0 && (act < 0 || told < act)) act = told;
    }
    if (act < 0) continue;
    const actEnd = end + act;
    const after = segment.slice(actEnd);
    if (OWN_ACT.test(after) || HANDLED.test(after)) continue;
    if (called && HUMAN_OR_AI.test(a[0].trim()) && !AI_CUE.test(segment)) continue;
    const strong = !called || !LONE_READER.test(a[0].trim());
    const span = segment.slice(start, Math.min(n, actEnd + MARK_REACH));
    if (!marked(span, strong)) continue;
    sink.report(ID, CATEGORY, 'high', DESCRIPTION, start, actEnd, segment.slice(start, Math.min(actEnd, start + 160)));
    return;
  }
}

/** The end (in `window`) of the first act written as an order, or -1. */
function orderedAct(window: string, acts: RegExp): number {
  let from = 0;
  for (let k = 0; k < 4; k++) {
    const rest = from === 0 ? window : window.slice(from);
    const m = acts.exec(rest);
    if (m === null) return -1;
    const at = from + m.index;
    const lead = window.slice(Math.max(0, at - 28), at);
    // A purpose right after the address (`AI agents: to buy a plan, …`) is no order either.
    const purpose = /^\W*to\s+$/i.test(window.slice(0, at));
    if (!purpose && !NOT_ORDER.test(lead) && !NEGATED.test(lead)) return at + m[0].length;
    from = at + Math.max(1, m[0].length);
  }
  return -1;
}

/**
 * Whether `span` marks its act as not the user's own wish: a strong mark always, a weak one (consent
 * waived, a report that names no one, an outside target) only after a strong addressee.
 */
function marked(span: string, strong: boolean): boolean {
  MARK.lastIndex = 0;
  for (let k = 0; k < 8; k++) {
    const m = MARK.exec(span);
    if (m === null) break;
    // A mark inside a negated clause is a rule, not an order (`never charge a saved card`).
    const clause = span.slice(0, m.index);
    const cut = Math.max(
      clause.lastIndexOf('.'),
      clause.lastIndexOf(';'),
      clause.lastIndexOf('!'),
      clause.lastIndexOf('?'),
    );
    if (NEG_CLAUSE.test(clause.slice(cut + 1).slice(-60))) continue;
    if (m[1] !== undefined || m[2] !== undefined) return true;
    if (m[3] !== undefined) {
      if (OWN_WAIVER.test(span.slice(m.index + m[0].length, m.index + m[0].length + 16))) continue;
      if (strong) return true;
      continue;
    }
    const gap = m[5] ?? m[6] ?? '';
    if (AUTHORITY.test(gap) && !WH.test(gap)) return true;
    if (strong) return true;
  }
  return strong && TARGET.test(span) && !FIRST_PERSON.test(span);
}
