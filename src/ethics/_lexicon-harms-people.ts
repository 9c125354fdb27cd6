/**
 * Harm families of the default lexicon that fall on people: covert surveillance, manipulation and
 * dark patterns, exploitation of the vulnerable, physical danger; with the scope words that say
 * whom an action reaches (a spouse, a colleague, a critic) and the awareness that covert action
 * denies ("without her knowing").
 *
 * Severities are set against the default weights and threshold: a `covert-surveillance`,
 * `dark-patterns`, `exploitation` or `physical-danger` phrase fails an action on its own (score
 * ≈ 0.49–0.59); `risk-words` and a negated `awareness` only count together with other evidence.
 *
 * @internal Not part of the public API; `DEFAULT_ETHICS_LEXICON` is.
 */
import type { EthicsLexiconEntry } from './lexicon.js';

export const PEOPLE_HARM_ENTRIES: readonly EthicsLexiconEntry[] = [
  {
    id: 'covert-surveillance',
    category: 'surveillance and tracking',
    // biome-ignore format: phrase table
    phrases: [
      'spy', 'spies', 'spied', 'spying', 'spy on', 'spyware', 'stalkerware', 'keylogger', 'keyloggers', 'keylogging',
      'keystroke logger', 'keystroke logging', 'keystroke capture', 'log keystrokes', 'logs keystrokes',
      'logging keystrokes', 'record keystrokes', 'recording keystrokes', 'capture keystrokes', 'capturing keystrokes',
      'wiretap', 'wiretaps', 'wiretapped', 'wiretapping', 'eavesdrop', 'eavesdrops', 'eavesdropped', 'eavesdropping',
      'snoop', 'snoops', 'snooped', 'snooping', 'snoop on', 'intercept calls', 'intercept messages',
      'intercept communications', 'intercept their', 'intercepting messages', 'hidden camera', 'hidden cameras',
      'hidden microphone', 'hidden mic', 'covert recording', 'secret recording', 'secretly record', 'secretly records',
      'secretly recording', 'secretly recorded', 'record conversations', 'records conversations',
      'recording conversations', 'record their calls', 'listen in', 'listening in', 'read their messages',
      'read her messages', 'read his messages', 'reading their messages', 'read their texts', 'read her texts',
      'read his texts', 'read their email', 'read her email', 'read his email', 'read their emails', 'read her emails',
      'read his emails', 'read their mail', 'read her mail', 'read his mail', 'watch the user', 'watch users',
      'watching the user', 'watch them', 'watch her', 'watch him', 'watching her', 'watching him', 'spy camera',
      'activate the webcam', 'activate webcam', 'turn on the webcam', 'access the webcam', 'webcam feed',
      'through the webcam', 'through their webcam', 'through the camera', 'through their camera', 'activate the camera',
      'activate camera', 'turn on the camera', 'activate the microphone', 'activate microphone',
      'turn on the microphone', 'always record', 'always recording', 'gps tracker', 'gps trackers', 'gps tag',
      'hidden tracker', 'tracking device', 'tracking devices', 'tracking tag', 'tracker app', 'install tracker',
      'install a tracker', 'follow their movements', 'copies of every', 'copy every message', 'mirror their messages',
      'forward their messages', 'forward her messages', 'forward his messages', 'forward their texts',
      'record their screen', 'record her screen', 'record his screen', 'monitor keystrokes', 'keystroke monitoring',
      'bossware', 'tattleware', 'hidden airtag', 'plant an airtag',
    ],
    effects: { harmPrevention: -0.4, autonomyRespect: -0.5, transparency: -0.2 },
    transitive: true,
  },
  {
    id: 'private-individual',
    category: 'surveillance and tracking',
    // A person rather than a system: tracking a spouse or reading a colleague's mail is worse than
    // tracking a parcel. Scope only: naming one costs nothing.
    // biome-ignore format: phrase table
    phrases: [
      'wife', 'husband', 'spouse', 'spouses', 'girlfriend', 'boyfriend', 'ex', 'ex-wife', 'ex-husband', 'ex-girlfriend',
      'ex-boyfriend', 'ex-partner', 'daughter', 'daughters', 'son', 'sons', 'stepdaughter', 'stepson', 'coworker',
      'coworkers', 'co-worker', 'co-workers', 'colleague', 'colleagues', 'neighbor', 'neighbors', 'neighbour',
      'neighbours', 'roommate', 'roommates', 'flatmate', 'employee', 'employees', 'staff', 'staff members', 'worker',
      'workers',
    ],
    effects: {},
    amplify: 0.5,
  },
  {
    id: 'retaliation-target',
    category: 'harassment and intimidation',
    // biome-ignore format: phrase table
    phrases: [
      'whistleblower', 'whistleblowers', 'journalist', 'journalists', 'critic', 'critics', 'activist', 'activists',
      'protester', 'protesters', 'union organizer', 'union organizers', 'union members', 'witness', 'witnesses',
      'victim', 'victims', 'who complain', 'who complained', 'who criticize', 'who criticized', 'who criticise',
      'who speak out', 'unionizing', 'union organizing',
    ],
    effects: {},
    amplify: 0.5,
  },
  {
    id: 'awareness',
    category: 'consent',
    // Acting "without her knowing" or "without them realizing" denies a person the chance to object.
    // biome-ignore format: phrase table
    phrases: [
      'knowing', 'knowledge', 'aware', 'awareness', 'realizing', 'realising', 'noticing', 'finding out', 'find out',
      'finds out', 'their say',
    ],
    effects: {},
    negatedEffects: { autonomyRespect: -0.4, transparency: -0.4, harmPrevention: -0.1 },
  },
  {
    id: 'dark-patterns',
    category: 'manipulation and dark patterns',
    // biome-ignore format: phrase table
    phrases: [
      'pre-ticked', 'pre ticked', 'preticked', 'pre-checked', 'pre checked', 'prechecked', 'pre-selected',
      'pre selected', 'preselected', 'checked by default', 'ticked by default', 'selected by default',
      'opted in by default', 'opt in by default', 'enrolled by default', 'auto enroll', 'auto-enroll', 'auto enrolled',
      'auto-enrolled', 'auto enrollment', 'sneak into basket', 'sneak into the cart', 'basket sneaking', 'roach motel',
      'confirmshaming', 'confirm shaming', 'shame users', 'shame the user', 'shame them', 'guilt users',
      'guilt the user', 'fake urgency', 'false urgency', 'artificial urgency', 'fake scarcity', 'false scarcity',
      'artificial scarcity', 'fake countdown', 'hard to cancel', 'hard to unsubscribe', 'harder to cancel',
      'harder to unsubscribe', 'difficult to cancel', 'difficult to unsubscribe', 'impossible to cancel',
      'impossible to unsubscribe', 'make cancelling', 'make canceling', 'make cancellation', 'obstruct cancellation',
      'hide unsubscribe', 'hide the unsubscribe', 'hidden unsubscribe', 'remove unsubscribe', 'remove the unsubscribe',
      'hide the opt out', 'hide opt out', 'block cancellation', 'prevent cancellation', 'hide the cancel',
      'hidden cancel', 'bury the cancel', 'fine print', 'tiny print', 'tiny font', 'misdirection', 'nagging',
      'disguised ads', 'disguised ad', 'trick question', 'trick questions', 'forced continuity', 'drip pricing',
      'friend spam', 'addictive', 'addictive design', 'compulsive', 'compulsive use', 'keep them scrolling',
      'keep users scrolling', 'keep scrolling', 'doomscrolling', 'engagement bait', 'resubscribe', 're-subscribe',
      're subscribe', 'resubscribed', 're-subscribed', 'resubscribing', 're-enroll', 're-enrolled',
    ],
    effects: { autonomyRespect: -0.5, transparency: -0.3, harmPrevention: -0.2 },
  },
  {
    id: 'exploitation',
    category: 'manipulation and dark patterns',
    // biome-ignore format: phrase table
    phrases: [
      'exploit', 'exploits', 'exploiting', 'exploitative', 'prey on', 'preys on', 'preying on', 'prey upon', 'loot box',
      'loot boxes', 'gambling addicts', 'problem gamblers', 'impulsive users', 'impulse buyers',
    ],
    effects: { harmPrevention: -0.4, autonomyRespect: -0.4, fairness: -0.3 },
  },
  {
    id: 'physical-danger',
    category: 'endangering safety',
    // biome-ignore format: phrase table
    phrases: [
      'toxic', 'toxin', 'toxins', 'poison', 'poisons', 'poisoned', 'poisoning', 'poisonous', 'lethal', 'lethal dose',
      'fatal dose', 'deadly', 'overdose', 'overdoses', 'overdosed', 'overdosing', 'explosive', 'explosives',
      'explosion', 'detonate', 'detonator', 'bomb', 'bombs', 'pipe bomb', 'incendiary', 'arson', 'set fire', 'weapon',
      'weapons', 'weaponize', 'weaponise', 'firearm', 'firearms', 'ghost gun', 'nerve agent', 'chlorine gas',
      'mustard gas', 'sarin', 'ricin', 'anthrax', 'bioweapon', 'bioweapons', 'chemical weapon', 'chemical weapons',
      'self harm', 'self-harm', 'suicide', 'suicidal', 'kill themselves', 'kill yourself', 'end their life',
      'end his life', 'end her life', 'hurt themselves', 'hurt yourself', 'life threatening', 'life-threatening',
      'risk of death', 'risk of injury', 'fire hazard', 'electrocution', 'electrocute', 'asphyxiation', 'suffocate',
      'suffocation', 'liver failure', 'organ failure', 'cardiac arrest', 'sedate', 'sedated', 'sedating',
      'chemical restraint', 'past the safe limit', 'past safe limits', 'beyond the safe limit', 'beyond safe limits',
      'above the safe limit', 'above safe limits', 'over the safe limit', 'above rated', 'above the rated',
      'beyond the rated',
    ],
    effects: { harmPrevention: -0.6, beneficence: -0.4 },
  },
  {
    id: 'risk-words',
    category: 'endangering safety',
    // biome-ignore format: phrase table
    phrases: [
      'unsafe', 'hazard', 'hazards', 'hazardous', 'risky', 'reckless', 'recklessly', 'negligent', 'negligence',
      'untested', 'unverified', 'untrusted', 'increase the dose', 'increase dose', 'double the dose', 'higher dose',
      'fatal',
    ],
    effects: { harmPrevention: -0.3, beneficence: -0.1 },
  },
];
