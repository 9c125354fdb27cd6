/**
 * The first part of the default lexicon: the categories the Love Engine has always covered
 * (destruction and data loss, privacy and credentials, spam and mass messaging, coercion, deception
 * and hidden behaviour, discrimination, consent, help and benefit) and the scope words that raise
 * other penalties.
 *
 * @internal Not part of the public API; `DEFAULT_ETHICS_LEXICON` is.
 */
import type { EthicsLexiconEntry } from './lexicon.js';

export const CORE_ENTRIES: readonly EthicsLexiconEntry[] = [
  {
    id: 'destruction',
    category: 'destruction and data loss',
    // biome-ignore format: phrase table
    phrases: [
      'delete', 'deletes', 'deleted', 'deleting', 'deletion', 'remove', 'removes', 'removed', 'removing', 'removal',
      'erase', 'erases', 'erased', 'erasing', 'wipe', 'wipes', 'wiped', 'wiping', 'destroy', 'destroys', 'destroyed',
      'destroying', 'destruction', 'purge', 'purges', 'purged', 'purging', 'truncate', 'truncates', 'truncated',
      'truncating', 'shred', 'shreds', 'shredded', 'shredding', 'overwrite', 'overwrites', 'overwrote', 'overwriting',
      'overwritten', 'drop table', 'drop tables', 'drop database', 'dropped', 'rm', 'rmdir', 'format disk',
      'format the disk', 'reformat', 'reformats', 'reformatted', 'reformatting', 'tear down', 'tears down',
      'tearing down', 'tore down', 'nuke', 'nukes', 'nuked', 'nuking', 'obliterate', 'obliterates', 'obliterated',
    ],
    effects: { harmPrevention: -0.3 },
    transitive: true,
  },
  {
    id: 'data-loss',
    category: 'destruction and data loss',
    // biome-ignore format: phrase table
    phrases: [
      'data loss', 'lose data', 'loses data', 'losing data', 'lost data', 'loss of data', 'delete backups',
      'delete backup', 'remove backups', 'remove backup', 'corrupt', 'corrupts', 'corrupted', 'corrupting',
      'corruption',
    ],
    effects: { harmPrevention: -0.6, beneficence: -0.3 },
  },
  {
    id: 'irreversibility',
    category: 'destruction and data loss',
    // biome-ignore format: phrase table
    phrases: [
      'irreversible', 'irreversibly', 'unrecoverable', 'cannot be undone', 'permanently', 'permanent',
      'cannot be recovered', 'cant be recovered', 'cannot be restored', 'cant be restored', 'lost forever',
      'beyond recovery',
    ],
    effects: { harmPrevention: -0.1 },
    amplify: 0.5,
  },
  {
    id: 'explicit-harm',
    category: 'destruction and data loss',
    // biome-ignore format: phrase table
    phrases: [
      'harm', 'harms', 'harmed', 'harming', 'harmful', 'damage', 'damages', 'damaged', 'damaging', 'hurt', 'hurts',
      'hurting', 'injure', 'injures', 'injured', 'injuring', 'injury', 'endanger', 'endangers', 'endangered',
      'endangering', 'dangerous', 'sabotage', 'sabotages', 'sabotaged', 'sabotaging', 'malware', 'ransomware', 'virus',
      'trojan', 'rootkit', 'botnet', 'cryptominer', 'cryptomining',
    ],
    effects: { harmPrevention: -0.5, beneficence: -0.5 },
  },
  {
    id: 'modification',
    category: 'destruction and data loss',
    // biome-ignore format: phrase table
    phrases: [
      'modify', 'modifies', 'modified', 'modifying', 'modification', 'alter', 'alters', 'altered', 'altering', 'update',
      'updates', 'updated', 'updating',
    ],
    effects: { harmPrevention: -0.1 },
  },
  {
    id: 'privileged-scope',
    category: 'destruction and data loss',
    // biome-ignore format: phrase table
    phrases: [
      'system files', 'system file', 'system directory', 'system32', 'operating system', 'admin', 'admins',
      'administrator', 'administrators', 'root', 'sudo', 'superuser', 'kernel', 'production', 'prod', 'superadmin',
      'super admin', 'domain admin', 'domain admins', 'global admin', 'global administrator', 'owner role', 'org owner',
      'organization owner',
    ],
    effects: { harmPrevention: -0.1 },
    amplify: 0.5,
  },
  {
    id: 'security-weakening',
    category: 'destruction and data loss',
    // biome-ignore format: phrase table
    phrases: [
      'disable security', 'disable 2fa', 'disable mfa', 'disable two factor', 'disable the firewall',
      'disable firewall', 'disable antivirus', 'disable logging', 'disable monitoring', 'disable auditing',
      'turn off security', 'turn off logging', 'turn off monitoring', 'privilege escalation', 'root access',
      'root privileges', 'admin rights', 'admin access', 'administrator rights', 'administrator access',
      'superuser access', 'sudo access', 'sudoers', 'nopasswd', 'passwordless', 'grant admin', 'full access',
      'bypass security', 'bypass verification', 'skip verification', 'account takeover', 'hijack', 'hijacks',
      'hijacked', 'hijacking', 'another users account', 'someone elses account', 'escalate privileges', 'chmod 777',
      'world writable', 'bypass authentication', 'backdoor', 'bypass mfa', 'bypass 2fa', 'bypass login',
      'bypass the login', 'bypass the paywall', 'bypass paywall', 'bypass licensing', 'bypass the license check',
      'keygen', 'disable alerts', 'disable the alerts', 'turn off alerts', 'silence alerts', 'suppress alerts',
      'mute alerts', 'disable security alerts', 'open the firewall', 'open firewall', 'allow all inbound',
      'allow all traffic', 'allow all ports', 'open all ports',
    ],
    effects: { harmPrevention: -0.6, transparency: -0.1 },
  },
  {
    id: 'credentials',
    category: 'privacy and credentials',
    // biome-ignore format: phrase table
    phrases: [
      'password', 'passwords', 'passwd', 'passphrase', 'passphrases', 'credential', 'credentials', 'user passwords',
      'secret key', 'secret keys', 'private key', 'private keys', 'api key', 'api keys', 'access token',
      'access tokens', 'auth token', 'session token', 'session cookies', 'ssh key', 'ssh keys', 'shadow file',
      'etc shadow', 'keychain', 'seed phrase', 'cvv', 'pin code', 'pin codes', 'pin number', 'pin numbers',
    ],
    effects: { harmPrevention: -0.6, autonomyRespect: -0.3 },
    amplify: 0.5,
  },
  {
    id: 'credential-hygiene',
    category: 'privacy and credentials',
    // biome-ignore format: phrase table
    phrases: [
      'reset password', 'reset your password', 'password reset', 'change password', 'change your password',
      'forgot password', 'password strength', 'password policy', 'password manager', 'hash passwords',
      'hashed passwords', 'rotate api key', 'rotate api keys', 'rotate keys', 'rotate credentials', 'rotate secrets',
      'revoke token', 'revoke tokens', 'revoke api key', 'rotate ssh keys', 'rotate ssh key', 'rotate the keys',
      'rotate passwords', 'rotate the password', 'rotate tokens', 'rotate access keys', 'rotate certificates',
    ],
    effects: { beneficence: 0.1 },
  },
  {
    id: 'personal-data',
    category: 'privacy and credentials',
    // biome-ignore format: phrase table
    phrases: [
      'personal data', 'personal information', 'personal info', 'pii', 'private data', 'private messages',
      'medical records', 'medical record', 'health records', 'location history', 'browsing history', 'ssn',
      'social security number', 'social security numbers', 'credit card', 'credit cards', 'card number', 'card numbers',
      'bank account', 'bank accounts', 'home address', 'home addresses', 'phone number', 'phone numbers',
      'patient records', 'patient record', 'patient data', 'medical data', 'health data', 'medical history',
      'diagnosis', 'diagnoses', 'date of birth', 'dates of birth', 'passport number', 'passport numbers',
      'passport scans', 'drivers license', 'national id', 'tax return', 'tax returns', 'salary', 'salaries',
      'salary data', 'payslip', 'payslips', 'email addresses', 'private photos', 'intimate photos', 'intimate images',
      'nude photos', 'genetic data', 'dna', 'private chats', 'private conversations', 'address book', 'address books',
      'users contacts', 'their contacts',
    ],
    effects: { harmPrevention: -0.3, autonomyRespect: -0.2 },
    amplify: 0.5,
  },
  {
    id: 'vulnerable-people',
    category: 'privacy and credentials',
    // biome-ignore format: phrase table
    phrases: [
      'children', 'child', 'kids', 'minors', 'minor', 'under 13', 'under 18', 'teenagers', 'patients', 'kid', 'teen',
      'teens', 'teenage', 'teenager', 'toddlers', 'infants', 'vulnerable users', 'vulnerable customers',
      'vulnerable people', 'vulnerable adults', 'at risk users', 'grandparents', 'pensioners', 'retirees',
      'disaster area', 'disaster areas', 'disaster zone', 'disaster victims', 'refugees', 'homeless', 'low income',
      'low-income', 'grieving', 'bereaved', 'lonely',
    ],
    effects: { harmPrevention: -0.1 },
    amplify: 0.5,
  },
  {
    id: 'surveillance',
    category: 'privacy and credentials',
    // biome-ignore format: phrase table
    phrases: [
      'track users', 'track the user', 'track user', 'track people', 'track location', 'track their location',
      'tracking users', 'location tracking', 'profiling', 'surveillance', 'scrape', 'scrapes', 'scraped', 'scraping',
      'harvest', 'harvests', 'harvested', 'harvesting', 'collect user data', 'collect personal data', 'monitor users',
      'monitor employees', 'reduced privacy', 'less privacy', 'privacy violation', 'violate privacy', 'invade privacy',
      'ad targeting', 'targeted ads', 'targeted advertising', 'track employees', 'track staff', 'track them',
      'track her', 'track him', 'tracking employees', 'monitor staff', 'monitor the employee', 'monitor employee',
      'monitoring employees', 'employee monitoring', 'monitor their', 'watch employees', 'whereabouts', 'location data',
      'gps coordinates', 'gps location', 'live location', 'real time location', 'realtime location', 'precise location',
      'geolocate', 'geolocates', 'geolocating', 'facial recognition', 'face recognition', 'biometric data',
      'biometrics', 'device fingerprinting', 'browser fingerprinting', 'fingerprinting', 'tracking pixel',
      'tracking pixels', 'tracking cookies', 'third party cookies', 'shadow profile', 'shadow profiles', 'data mining',
      'behavioral profile', 'behavioural profile', 'ad profile', 'ad profiles', 'social media monitoring',
      'monitor social media', 'employee social media', 'personal social media', 'call logs', 'call history',
      'search history', 'read receipts',
    ],
    effects: { harmPrevention: -0.3, autonomyRespect: -0.4, transparency: -0.1 },
    transitive: true,
  },
  {
    id: 'exfiltration',
    category: 'privacy and credentials',
    // biome-ignore format: phrase table
    phrases: [
      'exfiltrate', 'exfiltrates', 'exfiltrated', 'exfiltrating', 'exfiltration', 'sell data', 'sell user data',
      'sell personal data', 'selling data', 'sold data', 'data broker', 'data brokers', 'smuggle out', 'smuggles out',
      'smuggled out', 'sneak out', 'walk out with', 'walks out with', 'take with me', 'take it with me',
      'take them with me', 'copy the customer list', 'steal data', 'steals data', 'stealing data', 'stole data',
      'siphon data', 'siphon off data', 'exfil', 'leak the', 'leaks the', 'leaked the', 'leaking the', 'leak it',
      'leak them', 'leak to', 'leaks to', 'leaked to', 'leaking to', 'leak data', 'leaks data', 'leaked data',
      'leaking data', 'data leak', 'leak confidential', 'leak internal', 'leak private', 'leak personal',
      'leak customer', 'leak user', 'leak documents', 'leak information', 'leak info', 'monetize user data',
      'monetize the users data', 'monetize personal data', 'monetize their data',
    ],
    effects: { harmPrevention: -0.5, autonomyRespect: -0.3, transparency: -0.1 },
    transitive: true,
  },
  {
    id: 'exposure',
    category: 'privacy and credentials',
    // biome-ignore format: phrase table
    phrases: [
      'dump', 'dumps', 'dumped', 'dumping', 'expose', 'exposes', 'exposed', 'exposing', 'third parties', 'third party',
      'make public',
    ],
    effects: { harmPrevention: -0.3, autonomyRespect: -0.2, transparency: -0.1 },
    transitive: true,
  },
  {
    id: 'sharing',
    category: 'privacy and credentials',
    // biome-ignore format: phrase table
    phrases: [
      'share', 'shares', 'shared', 'sharing', 'upload', 'uploads', 'uploaded', 'uploading', 'export', 'exports',
      'exported', 'exporting', 'publish', 'publishes', 'published', 'publishing', 'forward', 'forwards', 'forwarded',
      'forwarding', 'transmit', 'transmits', 'transmitted', 'transmitting', 'send a copy', 'sends a copy',
      'send copies', 'post', 'posts', 'posted', 'posting',
    ],
    effects: { harmPrevention: -0.1 },
    transitive: true,
  },
  {
    id: 'spam',
    category: 'spam and mass messaging',
    // biome-ignore format: phrase table
    phrases: [
      'spam', 'spams', 'spammed', 'spamming', 'spammy', 'unsolicited', 'junk mail', 'robocall', 'robocalls', 'flood',
      'floods', 'flooded', 'flooding', 'blast', 'blasts', 'mass mail', 'mass mailing', 'mass email', 'mass emails',
      'mass message', 'mass messages', 'bulk email', 'bulk emails', 'bulk message', 'bulk messages', 'bulk sms',
      'harvest emails', 'harvest email addresses', 'harvesting emails', 'email harvesting', 'scrape emails',
      'scrape email addresses', 'scraping emails', 'email scraping',
    ],
    effects: { harmPrevention: -0.4, autonomyRespect: -0.3, beneficence: -0.3 },
  },
  {
    id: 'mass-audience',
    category: 'spam and mass messaging',
    // biome-ignore format: phrase table
    phrases: [
      'all users', 'every user', 'everyone', 'all customers', 'every customer', 'all contacts', 'public', 'publicly',
      'anyone', 'the public', 'whole company', 'entire company', 'all staff', 'all employees', 'every contact',
      'entire contact list', 'mailing list', 'marketing list',
    ],
    effects: { harmPrevention: -0.1, autonomyRespect: -0.1 },
    amplify: 0.5,
  },
  {
    id: 'financial',
    category: 'spam and mass messaging',
    // biome-ignore format: phrase table
    phrases: [
      'money', 'funds', 'transfer funds', 'transfer money', 'wire transfer', 'payment', 'payments', 'purchase',
      'purchases', 'purchased', 'purchasing', 'buy', 'buys', 'bought', 'buying', 'charge', 'charges', 'charged',
      'charging', 'card', 'bank',
    ],
    effects: { harmPrevention: -0.1 },
    amplify: 0.5,
  },
  {
    id: 'promotion',
    category: 'spam and mass messaging',
    // biome-ignore format: phrase table
    phrases: [
      'promotional', 'promote', 'promotes', 'promoted', 'promoting', 'marketing', 'advertising', 'advertisement',
      'advertisements', 'ads', 'upsell', 'sales pitch',
    ],
    effects: { beneficence: -0.1 },
  },
  {
    id: 'nuisance',
    category: 'spam and mass messaging',
    // biome-ignore format: phrase table
    phrases: [
      'annoy', 'annoys', 'annoyed', 'annoying', 'annoyance', 'nuisance', 'unwanted', 'intrusive', 'irritate',
      'irritates', 'irritated', 'irritating', 'relentless', 'relentlessly', 'incessant', 'incessantly',
    ],
    effects: { harmPrevention: -0.1, autonomyRespect: -0.1, beneficence: -0.2 },
  },
  {
    id: 'harassment',
    category: 'harassment and intimidation',
    // biome-ignore format: phrase table
    phrases: [
      'harass', 'harasses', 'harassed', 'harassing', 'harassment', 'bully', 'bullies', 'bullied', 'bullying',
      'threaten', 'threatens', 'threatened', 'threatening', 'intimidate', 'intimidates', 'intimidated', 'intimidating',
      'intimidation', 'blackmail', 'blackmails', 'blackmailed', 'blackmailing', 'stalk', 'stalks', 'stalked',
      'stalking', 'doxx', 'doxxing', 'dox', 'doxed', 'doxing', 'doxxed', 'insult', 'insults', 'insulted', 'insulting',
      'humiliate', 'humiliates', 'humiliated', 'humiliating', 'humiliation', 'belittle', 'belittles', 'belittling',
      'demean', 'demeaning', 'ridicule', 'ridicules', 'ridiculed', 'ridiculing', 'taunt', 'taunts', 'taunting',
      'name calling', 'slur', 'slurs', 'hate speech', 'hateful', 'abuse', 'abuses', 'abused', 'abusing', 'abusive',
      'smear', 'smears', 'smeared', 'smearing', 'smear campaign', 'defame', 'defames', 'defamed', 'defaming',
      'defamation', 'defamatory', 'slander', 'slanders', 'slandered', 'slandering', 'slanderous', 'libel', 'libelous',
      'libellous', 'rumor', 'rumors', 'rumour', 'rumours', 'troll', 'trolls', 'trolled', 'trolling', 'brigade',
      'brigades', 'brigaded', 'brigading', 'pile on', 'pile-on', 'piling on', 'dogpile', 'dogpiling', 'menace',
      'menacing', 'torment', 'torments', 'tormenting', 'terrorize', 'terrorise', 'terrorizing', 'retaliate',
      'retaliates', 'retaliated', 'retaliating', 'retaliation', 'revenge', 'get back at', 'punish', 'punishes',
      'punished', 'punishing', 'extort', 'extorts', 'extorted', 'extorting', 'extortion', 'sextortion', 'revenge porn',
      'pester', 'pesters', 'pestering', 'hound', 'hounding', 'bombard', 'bombards', 'bombarded', 'bombarding',
      'keep contacting', 'keeps contacting', 'kept contacting', 'keep messaging', 'keeps messaging', 'keep calling',
      'keep texting', 'blocked me', 'after being blocked', 'despite being blocked', 'evade the block', 'evade a ban',
      'evade the ban', 'ban evasion', 'mass report', 'mass reports', 'mass reporting', 'mass-report', 'false reports',
      'bogus reports', 'report bombing', 'review bomb', 'review bombing', 'or else', 'or everyone sees',
      'or everyone will see', 'know where you live', 'we know where', 'show up at', 'at his door', 'at her door',
      'at their door', 'at your door', 'silence critics', 'silence the critic', 'silence them', 'silence him',
      'silence her', 'nobody wants you', 'stalker', 'stalkers',
    ],
    effects: { harmPrevention: -0.5, autonomyRespect: -0.3, beneficence: -0.3 },
  },
  {
    id: 'coercion',
    category: 'coercion and overriding the user',
    // biome-ignore format: phrase table
    phrases: [
      'coerce', 'coerces', 'coerced', 'coercing', 'coercion', 'manipulative', 'dark pattern', 'dark patterns',
      'against their will', 'against their wishes', 'against his will', 'against her will', 'against the users wishes',
      'against user wishes', 'scare', 'scares', 'scared', 'scaring', 'frighten', 'frightens', 'frightened',
      'frightening', 'guilt trip', 'fear of missing out', 'against the users will', 'keep her quiet', 'keep him quiet',
      'keep them quiet',
    ],
    effects: { autonomyRespect: -0.6, harmPrevention: -0.2 },
  },
  {
    id: 'force',
    category: 'coercion and overriding the user',
    // Mild on its own: `force` is also a tool flag (`--force`, force push, force refresh).
    // biome-ignore format: phrase table
    phrases: [
      'force', 'forces', 'forced', 'forcing', 'forcibly', 'pressure', 'pressures', 'pressured', 'pressuring',
      'manipulate', 'manipulates', 'manipulated', 'manipulating', 'manipulation',
    ],
    effects: { autonomyRespect: -0.4, harmPrevention: -0.1 },
  },
  {
    id: 'override',
    category: 'coercion and overriding the user',
    // biome-ignore format: phrase table
    phrases: [
      'override', 'overrides', 'overrode', 'overriding', 'overridden', 'bypass', 'bypasses', 'bypassed', 'bypassing',
      'circumvent', 'circumvents', 'circumvented', 'circumventing', 'ignore the user', 'ignore user',
      'ignoring the user', 'lock out', 'lock in', 'lock him out', 'lock her out', 'lock them out', 'locked him out',
      'locked her out', 'locked them out',
    ],
    effects: { autonomyRespect: -0.4 },
  },
  {
    id: 'automation',
    category: 'coercion and overriding the user',
    // biome-ignore format: phrase table
    phrases: [
      'auto', 'automatic', 'automatically', 'unattended', 'autonomously', 'remotely',
    ],
    effects: { autonomyRespect: -0.1 },
  },
  {
    id: 'hidden',
    category: 'deception and hidden behaviour',
    // biome-ignore format: phrase table
    phrases: [
      'hidden', 'hide', 'hides', 'hid', 'hiding', 'secret', 'secrets', 'secretly', 'covert', 'covertly', 'silently',
      'quietly', 'stealth', 'stealthy', 'undisclosed', 'conceal', 'conceals', 'concealed', 'concealing',
      'behind their back', 'cover up', 'covers up', 'covering up', 'clear logs', 'delete logs', 'clear history',
      'tamper', 'tampers', 'tampered', 'tampering', 'obfuscate', 'obfuscates', 'obfuscated', 'obfuscating', 'unaware',
      'unaware of', 'unknowingly', 'unbeknownst', 'unwitting', 'unwittingly', 'in secret', 'discreetly', 'sneak',
      'sneaks', 'sneaked', 'snuck', 'sneaking', 'sneakily', 'sneaky', 'on the sly', 'surreptitious', 'surreptitiously',
      'clandestine', 'clandestinely', 'invisibly', 'invisible to', 'without telling anyone', 'unmonitored', 'unlogged',
      'unaudited',
    ],
    effects: { transparency: -0.5 },
  },
  {
    id: 'deception',
    category: 'deception and hidden behaviour',
    // biome-ignore format: phrase table
    phrases: [
      'deceive', 'deceives', 'deceived', 'deceiving', 'deceptive', 'deception', 'mislead', 'misleads', 'misled',
      'misleading', 'lie', 'lies', 'lying', 'fake', 'faked', 'fakes', 'fabricate', 'fabricates', 'fabricated',
      'fabricating', 'forge', 'forges', 'forged', 'forging', 'impersonate', 'impersonates', 'impersonated',
      'impersonating', 'impersonation', 'pretend', 'pretends', 'pretended', 'pretending', 'pose as', 'posing as',
      'phishing', 'scam', 'scams', 'fraud', 'fraudulent', 'spoof', 'spoofs', 'spoofed', 'spoofing', 'made up',
      'made-up', 'invented sources', 'fake sources', 'fabricated sources', 'disinformation', 'misinformation',
      'propaganda', 'fake news', 'conspiracy theory', 'conspiracy theories', 'hoax', 'hoaxes', 'miracle cure',
      'miracle cures', 'snake oil', 'quack', 'quackery', 'unproven treatment', 'unproven treatments', 'unproven cure',
      'fake cure', 'false complaint', 'false complaints', 'false accusation', 'false accusations', 'false allegation',
      'false allegations', 'falsely accuse', 'falsely accused', 'invented claims', 'fabricated claims', 'smishing',
      'vishing', 'spear phishing',
    ],
    effects: { transparency: -0.6, harmPrevention: -0.3, autonomyRespect: -0.3 },
  },
  {
    id: 'unclear-purpose',
    category: 'deception and hidden behaviour',
    // biome-ignore format: phrase table
    phrases: [
      'unknown', 'unclear', 'unspecified', 'unpredictable', 'just curious', 'out of curiosity', 'for fun',
      'for no reason',
    ],
    effects: { transparency: -0.2, beneficence: -0.1 },
  },
  {
    id: 'disclosure',
    category: 'deception and hidden behaviour',
    // biome-ignore format: phrase table
    phrases: [
      'explain', 'explains', 'explained', 'explaining', 'explanation', 'inform', 'informs', 'informed', 'informing',
      'notify', 'notifies', 'notified', 'notifying', 'notification', 'disclose', 'discloses', 'disclosed', 'disclosing',
      'transparent', 'transparently', 'documented', 'logged', 'reasoning', 'rationale', 'justification',
      'alternatives considered', 'telling', 'notice', 'warning', 'warnings', 'tell', 'tells', 'told', 'let them know',
      'let the user know', 'let users know',
    ],
    effects: { transparency: 0.1 },
    negatedEffects: { transparency: -0.3 },
  },
  {
    id: 'discrimination',
    category: 'discrimination',
    // biome-ignore format: phrase table
    phrases: [
      'discriminate', 'discriminates', 'discriminated', 'discriminating', 'discrimination', 'discriminatory', 'bias',
      'biased', 'biases', 'prejudice', 'prejudiced', 'racist', 'racism', 'sexist', 'sexism', 'racial profiling',
      'segregate', 'segregates', 'segregated', 'segregating', 'segregation', 'redline', 'redlined', 'redlining',
      'based on race', 'based on gender', 'based on religion', 'based on age', 'based on ethnicity',
      'based on nationality', 'based on disability', 'racially', 'ageism', 'ageist', 'homophobic', 'transphobic',
      'xenophobic', 'islamophobic', 'antisemitic', 'ableist', 'misogynistic', 'misogyny', 'stereotype', 'stereotypes',
      'stereotyping', 'disparate treatment', 'based on accent', 'based on name', 'based on surname',
      'based on postcode', 'based on zip code', 'based on sexual orientation', 'based on pregnancy',
      'based on marital status',
    ],
    effects: { fairness: -0.7, harmPrevention: -0.1, beneficence: -0.2 },
    negatedEffects: { fairness: 0.1 },
  },
  {
    id: 'protected-attribute',
    category: 'discrimination',
    // biome-ignore format: phrase table
    phrases: [
      'women', 'woman', 'womens', 'female', 'females', 'men', 'male', 'males', 'gender', 'race', 'racial', 'ethnicity',
      'ethnic', 'religion', 'religious', 'age', 'older', 'elderly', 'seniors', 'younger', 'disability', 'disabilities',
      'pregnant', 'pregnancy', 'nationality', 'immigrant', 'immigrants', 'foreigners', 'sexual orientation',
      'neighborhoods', 'neighbourhoods', 'zip code', 'zip codes', 'disabled people', 'disabled users',
      'disabled applicants', 'disabled customers', 'disabled employees', 'disabled workers', 'disabled tenants',
      'disabled candidates', 'disabled persons', 'disabled veterans', 'the disabled', 'mothers', 'fathers', 'maternity',
      'paternity', 'parental leave', 'single mothers', 'single parents', 'marital status', 'married', 'unmarried',
      'postcode', 'postcodes', 'post code', 'postal code', 'postal codes', 'surname', 'surnames', 'last name',
      'last names', 'foreign sounding', 'foreign-sounding', 'foreign names', 'sounds foreign', 'sound foreign',
      'foreign', 'foreigner', 'accent', 'accents', 'black', 'blacks', 'white people', 'hispanic', 'hispanics', 'latino',
      'latinos', 'latina', 'asian', 'asians', 'arab', 'arabs', 'arabic', 'muslim', 'muslims', 'jewish', 'jews',
      'christian', 'christians', 'hindu', 'hindus', 'sikh', 'sikhs', 'roma', 'gay', 'lesbian', 'bisexual',
      'transgender', 'trans people', 'lgbt', 'lgbtq', 'queer', 'wheelchair', 'wheelchairs', 'wheelchair users', 'deaf',
      'autistic', 'autism', 'veterans', 'housing vouchers', 'voucher holders', 'section 8', 'welfare recipients',
      'benefits recipients', 'older than', 'over 40', 'over 50', 'over 60', 'native speakers', 'non-native',
      'non native', 'citizenship', 'national origin', 'caste', 'indigenous', 'minorities', 'minority',
      'ethnic minorities', 'people of color', 'majority black', 'majority-black', 'young people', 'young', 'over 65',
      'over 70', 'over 75', 'over 80', 'older applicants', 'older customers', 'older workers', 'older employees',
      'older candidates',
    ],
    effects: { fairness: -0.3 },
  },
  {
    id: 'adverse-decision',
    category: 'discrimination',
    // biome-ignore format: phrase table
    phrases: [
      'exclude', 'excludes', 'excluded', 'excluding', 'exclusion', 'reject', 'rejects', 'rejected', 'rejecting', 'deny',
      'denies', 'denying', 'penalize', 'penalizes', 'penalized', 'penalizing', 'disqualify', 'disqualifies',
      'disqualified', 'disqualifying', 'filter out', 'screen out', 'lower scores', 'lower score', 'charge more',
      'deprioritize', 'deprioritise', 'deprioritizes', 'deprioritized', 'de-prioritize', 'downrank', 'downranks',
      'downranked', 'down-rank', 'demote', 'demotes', 'demoted', 'decline', 'declines', 'declining', 'refuse',
      'refuses', 'refusing', 'turn away', 'turns away', 'turned away', 'ban', 'bans', 'banned', 'banning', 'weed out',
      'keep out', 'keep them out', 'lower limits', 'lower limit', 'lower credit', 'higher premiums', 'higher premium',
      'higher rates', 'higher rate', 'higher prices', 'higher price', 'pay less', 'paid less', 'lower pay',
      'lower salaries', 'lower salary', 'lower wages', 'worse terms', 'worst shifts', 'worse shifts', 'less favorable',
      'less favourable', 'steer away', 'shadowban', 'shadow ban', 'shadowbanned', 'censor', 'censors', 'censored',
      'censoring', 'censorship', 'only hire', 'only rent to', 'only accept', 'only serve', 'never hire', 'not hire',
      'drop candidates', 'drop applicants', 'drop anyone', 'drop resumes', 'evict', 'evicts', 'evicted', 'eviction',
    ],
    effects: { fairness: -0.4 },
  },
  {
    id: 'unfairness',
    category: 'discrimination',
    // biome-ignore format: phrase table
    phrases: [
      'unfair', 'unfairly', 'unfairness', 'inequitable', 'unequal', 'unequally', 'inequality', 'inequity', 'unjust',
      'unjustly', 'favoritism', 'favouritism', 'rigged', 'self dealing', 'conflict of interest', 'personal business',
      'personal gain', 'personal profit', 'kickback', 'bribe', 'bribes', 'bribery', 'nepotism', 'cronyism',
    ],
    effects: { fairness: -0.5, beneficence: -0.1 },
  },
  {
    id: 'cheating',
    category: 'fraud and overcharging',
    // biome-ignore format: phrase table
    phrases: [
      'cheat', 'cheats', 'cheated', 'cheating', 'plagiarize', 'plagiarise', 'plagiarism', 'academic dishonesty',
      'rig the', 'ballot stuffing', 'vote manipulation', 'fake votes', 'vote buying', 'rig the election',
      'rig elections', 'election rigging', 'rig the vote', 'rig the poll', 'rig the results',
    ],
    effects: { fairness: -0.6, harmPrevention: -0.2, transparency: -0.3 },
  },
  {
    id: 'fairness',
    category: 'fairness',
    // biome-ignore format: phrase table
    phrases: [
      'fair', 'fairly', 'fairness', 'equal', 'equally', 'equality', 'equitable', 'equitably', 'equity', 'impartial',
      'impartially', 'unbiased', 'nondiscriminatory', 'inclusive',
    ],
    effects: { fairness: 0.2 },
    negatedEffects: { fairness: -0.4 },
  },
  {
    id: 'consent',
    category: 'consent',
    // biome-ignore format: phrase table
    phrases: [
      'consent', 'consents', 'consented', 'consenting', 'consensual', 'opt in', 'opted in', 'agreed', 'authorization',
      'authorized', 'authorize', 'authorizes', 'authorise', 'authorised', 'authorisation', 'agree', 'agrees',
      'agreeing', 'opt-in', 'opted-in',
    ],
    effects: { autonomyRespect: 0.2 },
    negatedEffects: { autonomyRespect: -0.6, harmPrevention: -0.2 },
  },
  {
    id: 'confirmation',
    category: 'consent',
    // biome-ignore format: phrase table
    phrases: [
      'ask', 'asks', 'asked', 'asking', 'confirm', 'confirms', 'confirmed', 'confirming', 'confirmation', 'approval',
      'approved', 'permission', 'approve', 'approves', 'approving', 'approver', 'sign off', 'signoff', 'sign-off',
      'signed off', 'signed-off', 'requested', 'as requested', 'at their request', 'instructed', 'as instructed',
    ],
    effects: { autonomyRespect: 0.2, transparency: 0.1 },
    negatedEffects: { autonomyRespect: -0.4 },
  },
  {
    id: 'help',
    category: 'help and benefit',
    // biome-ignore format: phrase table
    phrases: [
      'help', 'helps', 'helped', 'helping', 'helpful', 'assist', 'assists', 'assisted', 'assisting', 'assistance',
      'support', 'supports', 'supported', 'supporting',
    ],
    effects: { beneficence: 0.3 },
  },
  {
    id: 'improvement',
    category: 'help and benefit',
    // biome-ignore format: phrase table
    phrases: [
      'improve', 'improves', 'improved', 'improving', 'improvement', 'improvements', 'enhance', 'enhances', 'enhanced',
      'enhancing',
    ],
    effects: { beneficence: 0.2 },
  },
  {
    id: 'benefit',
    category: 'help and benefit',
    // biome-ignore format: phrase table
    phrases: [
      'benefit', 'benefits', 'beneficial', 'wellbeing', 'well being', 'welfare',
    ],
    effects: { beneficence: 0.3 },
  },
  {
    id: 'protection',
    category: 'help and benefit',
    // biome-ignore format: phrase table
    phrases: [
      'protect', 'protects', 'protected', 'protecting', 'protection', 'backup', 'back up', 'safeguard', 'safeguards',
      'preserve', 'preserves', 'preserved', 'preserving', 'restore', 'restores', 'restored', 'restoring', 'safety',
      'remove spam',
    ],
    effects: { beneficence: 0.2 },
  },
];
