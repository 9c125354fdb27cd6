/**
 * Harm families of the default lexicon that work through systems and money: billing fraud and
 * overcharging, theft and market abuse, impersonation and phishing, malware and sabotage, evading
 * oversight, unauthorized access, and the destinations and data that make a copy an exfiltration.
 *
 * A family's core verbs fail an action on their own (score ≈ 0.52–0.56 with the default weights);
 * its qualifiers (`price-increase`, `self-enrichment`, `external-destination`, `hostile-acts`) and
 * its scope words (`entrusted-funds`, `confidential-data`) only count with other evidence, so that
 * "raise prices 3% as announced" or "email the report to my personal address" still pass.
 *
 * @internal Not part of the public API; `DEFAULT_ETHICS_LEXICON` is.
 */
import type { EthicsLexiconEntry } from './lexicon.js';

export const SYSTEM_HARM_ENTRIES: readonly EthicsLexiconEntry[] = [
  {
    id: 'billing-fraud',
    category: 'fraud and overcharging',
    // biome-ignore format: phrase table
    phrases: [
      'overbill', 'overbills', 'overbilled', 'overbilling', 'over-bill', 'over bill', 'overcharge', 'overcharges',
      'overcharged', 'overcharging', 'over-charge', 'over charge', 'double bill', 'double bills', 'double billed',
      'double billing', 'double-bill', 'double-billing', 'double charge', 'double charges', 'double charged',
      'double charging', 'double-charge', 'charge twice', 'charged twice', 'bill twice', 'billed twice', 'claim twice',
      'claimed twice', 'reimbursed twice', 'double dip', 'double dipping', 'pad the invoice', 'pad invoices',
      'padded invoice', 'padded invoices', 'padding invoices', 'pad the bill', 'padded bill', 'pad hours',
      'padded hours', 'padding hours', 'inflate the invoice', 'inflated invoice', 'inflated invoices',
      'inflate the bill', 'inflated bill', 'inflate hours', 'inflate the hours', 'inflated hours', 'hours not worked',
      'unworked hours', 'phantom charge', 'phantom charges', 'phantom hours', 'phantom employees', 'ghost employees',
      'fake invoice', 'fake invoices', 'false invoice', 'false invoices', 'bogus invoice', 'bogus invoices',
      'bogus charges', 'fake receipt', 'fake receipts', 'false receipts', 'falsify', 'falsifies', 'falsified',
      'falsifying', 'falsification', 'false claim', 'false claims', 'fraudulent claim', 'fraudulent claims',
      'insurance fraud', 'tax fraud', 'tax evasion', 'evade taxes', 'evade tax', 'wage theft', 'price gouging', 'gouge',
      'gouges', 'gouged', 'gouging', 'hidden fee', 'hidden fees', 'hidden charge', 'hidden charges', 'hidden costs',
      'junk fee', 'junk fees', 'undisclosed fee', 'undisclosed fees', 'undisclosed charge', 'undisclosed charges',
      'surprise fees', 'bait and switch', 'kickbacks', 'cook the books', 'cooking the books', 'cooked the books',
      'backdate', 'backdates', 'backdated', 'backdating', 'misreport', 'misreports', 'misreported', 'misreporting',
      'misrepresent', 'misrepresents', 'misrepresented', 'misrepresenting', 'misrepresentation', 'misstate',
      'misstated', 'misstatement', 'unauthorized charge', 'unauthorized charges', 'unauthorised charge',
      'unauthorised charges', 'keep charging', 'keeps charging', 'kept charging', 'continue charging', 'keep billing',
      'continue billing', 'charge after cancellation', 'after cancellation', 'money laundering', 'launder', 'launders',
      'laundered', 'laundering', 'look better than', 'window dressing', 'skim funds', 'skim money', 'skimming funds',
      'skimming money', 'card skimming', 'card skimmer', 'skimmer', 'fictitious invoice', 'fictitious invoices',
      'fictitious vendor', 'fictitious vendors', 'fictitious employees', 'fictitious expenses',
      'fictitious transactions',
    ],
    effects: { harmPrevention: -0.4, fairness: -0.4, transparency: -0.3 },
  },
  {
    id: 'price-increase',
    category: 'fraud and overcharging',
    // biome-ignore format: phrase table
    phrases: [
      'raise prices', 'raises prices', 'raising prices', 'raise the price', 'raise the prices', 'increase prices',
      'increase the price', 'increasing prices', 'hike prices', 'price hike', 'price hikes', 'jack up', 'jacks up',
      'jacked up', 'jacking up', 'double the price', 'double prices', 'triple the price', 'triple prices', 'markup',
      'mark up', 'markups', 'surcharge', 'surcharges',
    ],
    effects: { fairness: -0.2, harmPrevention: -0.1 },
  },
  {
    id: 'theft',
    category: 'financial manipulation and theft',
    // biome-ignore format: phrase table
    phrases: [
      'steal', 'steals', 'stealing', 'stole', 'embezzle', 'embezzles', 'embezzled', 'embezzling', 'embezzlement',
      'misappropriate', 'misappropriates', 'misappropriated', 'misappropriating', 'misappropriation', 'siphon',
      'siphons', 'siphoned', 'siphoning', 'siphon off', 'divert funds', 'diverts funds', 'diverted funds',
      'diverting funds', 'divert money', 'divert the money', 'divert the payment', 'divert payments', 'pocket the',
      'pocketed', 'drain the account', 'drain accounts', 'drain their account', 'drain the wallet', 'drain wallets',
      'drain funds', 'rug pull', 'exit scam', 'ponzi', 'ponzi scheme', 'pyramid scheme', 'unauthorized transfer',
      'unauthorized transfers', 'unauthorised transfer', 'unauthorized withdrawal', 'unauthorized withdrawals',
      'unauthorized payment', 'unauthorized payments', 'identity theft', 'card fraud', 'credit card fraud', 'carding',
      'stolen card', 'stolen cards', 'stolen credit cards', 'stolen funds', 'stolen money', 'stolen goods', 'piracy',
      'pirate', 'pirated', 'pirating',
    ],
    effects: { harmPrevention: -0.5, fairness: -0.4, transparency: -0.2 },
  },
  {
    id: 'market-abuse',
    category: 'financial manipulation and theft',
    // biome-ignore format: phrase table
    phrases: [
      'insider trading', 'insider information', 'inside information', 'inside info', 'insider info',
      'material nonpublic', 'material non-public', 'material non public', 'nonpublic information',
      'non-public information', 'non public information', 'before it is public', 'before it becomes public',
      'before it goes public', 'before the news is public', 'before the news breaks', 'not yet public', 'front run',
      'front-run', 'front running', 'front-running', 'frontrun', 'frontrunning', 'wash trade', 'wash trades',
      'wash trading', 'pump and dump', 'pump-and-dump', 'spoof orders', 'spoofing orders', 'market manipulation',
      'manipulate the market', 'manipulate the stock', 'manipulate the price', 'manipulate prices',
      'manipulating the market', 'rig the market', 'corner the market', 'shill', 'shills', 'shilled', 'shilling',
      'dump it on', 'dump on buyers', 'bag holders', 'artificially inflate', 'artificially inflated',
      'inflate the price', 'inflate the stock', 'inflate volume', 'fake volume', 'churn the account',
      'churning accounts', 'hype the coin', 'hype the stock',
    ],
    effects: { fairness: -0.6, harmPrevention: -0.3, transparency: -0.2 },
  },
  {
    id: 'self-enrichment',
    category: 'financial manipulation and theft',
    // biome-ignore format: phrase table
    phrases: [
      'to myself', 'pay myself', 'paying myself', 'give myself', 'giving myself', 'myself a raise', 'myself a bonus',
      'my personal account', 'my personal bank account', 'personal bank account', 'personal brokerage',
      'personal wallet', 'my own wallet', 'offshore account', 'offshore accounts', 'offshore wallet',
      'offshore wallets', 'shell company', 'shell companies', 'only i control', 'approve own', 'approve my own',
      'approve their own', 'approve his own', 'approve her own', 'approving own', 'approves own',
    ],
    effects: { fairness: -0.4, harmPrevention: -0.2 },
  },
  {
    id: 'entrusted-funds',
    category: 'financial manipulation and theft',
    // biome-ignore format: phrase table
    phrases: [
      'escrow', 'escrow account', 'client funds', 'client money', 'customer funds', 'customer money', 'trust account',
      'company treasury', 'treasury', 'company funds', 'company money', 'pension fund', 'pension funds',
      'retirement savings', 'donations', 'charity funds',
    ],
    effects: { harmPrevention: -0.1 },
    amplify: 0.5,
  },
  {
    id: 'impersonation',
    category: 'impersonation and phishing',
    // biome-ignore format: phrase table
    phrases: [
      'posed as', 'poses as', 'pass off as', 'passing off', 'passed off as', 'pretending to be', 'as if i were',
      'as if they were', 'as if we were', 'claim to be', 'claims to be', 'claiming to be', 'claimed to be', 'lookalike',
      'lookalikes', 'look-alike', 'look alike', 'lookalike domain', 'typosquat', 'typosquats', 'typosquatting',
      'typosquatted', 'homoglyph', 'homoglyphs', 'cloned voice', 'voice clone', 'voice cloning', 'clone voice',
      'clone the voice', 'clone her voice', 'clone his voice', 'deepfake', 'deepfakes', 'deep fake', 'deep fakes',
      'synthetic voice', 'sounding like', 'fake identity', 'false identity', 'fake persona', 'false persona',
      'invented persona', 'fake profile', 'fake profiles', 'fake account', 'fake accounts', 'sock puppet',
      'sock puppets', 'sockpuppet', 'sockpuppets', 'astroturf', 'astroturfing', 'catfishing', 'catfished', 'pretext',
      'pretexting', 'social engineering', 'social engineer', 'trick people', 'trick users', 'trick the user',
      'trick customers', 'trick them', 'trick him', 'trick her', 'tricked', 'tricking', 'duped', 'duping', 'lured',
      'luring', 'swindle', 'swindles', 'swindled', 'swindling', 'defraud', 'defrauds', 'defrauded', 'defrauding',
      'scammer', 'scammers', 'romance scam', 'grandparent scam', 'tech support scam', 'ceo fraud',
      'business email compromise', 'credential harvesting', 'steal credentials', 'steal passwords',
      'capture credentials', 'capture passwords', 'collect passwords', 'collect credentials', 'collect logins',
      'fake login', 'fake login page', 'cloned login page', 'copy of the login page', 'cloned site', 'cloned website',
      'verify your account', 'confirm your password', 'update your bank details', 'update your payment details',
      'account suspended', 'click here to verify', 'bank login', 'answer as the', 'reply as the', 'respond as the',
      'write as the', 'sign as the', 'this is your ceo', 'this is your boss', 'this is your bank',
      'this is your manager', 'text me the codes', 'send me the codes', 'answer as my', 'reply as my', 'sign as my',
      'reply as her', 'reply as his', 'masquerade as', 'masquerades as', 'masqueraded as', 'masquerading as',
      'lure them', 'lure users', 'lure people', 'lure victims',
    ],
    effects: { transparency: -0.6, harmPrevention: -0.3, autonomyRespect: -0.3 },
  },
  {
    id: 'malware',
    category: 'malware and sabotage',
    // biome-ignore format: phrase table
    phrases: [
      'cryptojacking', 'coin miner', 'coinminer', 'crypto miner', 'cryptocurrency miner', 'mine cryptocurrency',
      'mining cryptocurrency', 'mine crypto', 'mine bitcoin', 'mine monero', 'worm', 'adware', 'logic bomb',
      'time bomb', 'zip bomb', 'fork bomb', 'backdoors', 'backdoored', 'reverse shell', 'bind shell', 'web shell',
      'webshell', 'remote access trojan', 'command and control', 'c2 server', 'malicious code', 'malicious payload',
      'exploit kit', 'zero day', 'zero-day', '0day', 'ddos', 'dos attack', 'denial of service', 'denial-of-service',
      'syn flood', 'knock offline', 'knock them offline', 'knock it offline', 'take down their', 'take their site down',
      'bring down their', 'crash their', 'cripple', 'cripples', 'crippled', 'crippling', 'brick', 'bricks', 'bricked',
      'bricking', 'wiper', 'infect', 'infects', 'infecting', 'ransom', 'ransoms', 'ransom note', 'pay the ransom',
      'hold hostage', 'held hostage', 'hostage', 'download and execute', 'download and run', 'downloads and runs',
      'downloads and executes', 'supply chain attack', 'dependency confusion', 'typosquatted package', 'trojanized',
      'inject malicious', 'code injection', 'sql injection', 'command injection', 'inject code', 'injected code',
      'introduce a bug', 'introduce bugs', 'introduce a vulnerability', 'introduce vulnerabilities', 'plant a bug',
      'insert a bug', 'insert a backdoor', 'subtle bug', 'subtle bugs', 'introduce a memory leak', 'subtle memory leak',
      'deliberately break', 'intentionally break', 'cyberattack', 'cyberattacks', 'cyber attack', 'cyber attacks',
      'hack into', 'hacks into', 'hacked into', 'hacking into', 'remote control of',
    ],
    effects: { harmPrevention: -0.6, beneficence: -0.3, transparency: -0.2 },
  },
  {
    id: 'hostile-acts',
    category: 'malware and sabotage',
    // biome-ignore format: phrase table
    phrases: [
      'attack', 'attacks', 'attacking', 'attacked', 'disrupt', 'disrupts', 'disrupting', 'disruption', 'interfere with',
      'interfering with', 'undermine', 'undermines', 'undermining', 'vandalize', 'vandalise', 'vandalized', 'vandalism',
      'deface', 'defaced', 'defacing', 'defacement', 'knock', 'hostile', 'malicious', 'maliciously', 'exploited',
      'exploitation',
    ],
    effects: { harmPrevention: -0.3, beneficence: -0.1 },
  },
  {
    id: 'oversight-evasion',
    category: 'evading oversight',
    // biome-ignore format: phrase table
    phrases: [
      'evade detection', 'evading detection', 'evades detection', 'avoid detection', 'avoiding detection',
      'avoids detection', 'escape detection', 'escaping detection', 'without detection', 'without being detected',
      'without being noticed', 'without being seen', 'without being caught', 'not get caught', 'dont get caught',
      'avoid getting caught', 'avoid being caught', 'undetected', 'unnoticed', 'unobserved', 'untraceable',
      'off the record', 'off the books', 'under the radar', 'below the radar', 'leave no trace', 'leaves no trace',
      'leaving no trace', 'without a trace', 'leave no record', 'remove traces', 'removing traces', 'erase traces',
      'erase all traces', 'cover tracks', 'cover their tracks', 'cover my tracks', 'cover our tracks',
      'covering tracks', 'covering their tracks', 'hide the evidence', 'destroy evidence', 'destroy the evidence',
      'tamper with evidence', 'delete evidence', 'disguise', 'disguises', 'disguised', 'disguising', 'so nobody sees',
      'so no one sees', 'nobody will see', 'no one will see', 'nobody notices', 'no one notices', 'nobody will notice',
      'no one will notice', 'nobody will know', 'no one will know', 'without anyone knowing', 'without anyone noticing',
      'before anyone notices', 'before anyone finds out', 'hide from auditors', 'hide it from auditors',
      'hide from the auditors', 'hide from compliance', 'evade oversight', 'avoid oversight', 'escape oversight',
      'evade monitoring', 'sandbox escape', 'escape the sandbox', 'break out of the sandbox', 'copy its own weights',
      'copy model weights', 'exfiltrate weights', 'spoof timestamps', 'fake timestamps', 'alter timestamps',
      'change the timestamps', 'rewrite history', 'rewrite the history', 'anti-forensics', 'anti forensic',
    ],
    effects: { harmPrevention: -0.4, transparency: -0.6 },
  },
  {
    id: 'unauthorized-access',
    category: 'unauthorized access',
    // biome-ignore format: phrase table
    phrases: [
      'unauthorized access', 'unauthorised access', 'break into', 'breaks into', 'broke into', 'breaking into',
      'broken into', 'brute force', 'brute-force', 'bruteforce', 'brute forcing', 'brute-forcing', 'password guessing',
      'guess passwords', 'guessing passwords', 'guess the password', 'guess their password', 'password spraying',
      'password spray', 'credential stuffing', 'crack passwords', 'cracking passwords', 'crack the password',
      'cracked passwords', 'password cracking', 'password cracker', 'hash cracking', 'dictionary attack',
      'stolen credentials', 'stolen password', 'stolen passwords', 'stolen token', 'stolen tokens', 'stolen cookie',
      'stolen cookies', 'stolen session', 'steal cookies', 'steal session', 'steal tokens', 'someone elses token',
      'coworkers token', 'colleagues token', 'another users token', 'log in as', 'logs in as', 'logged in as',
      'logging in as', 'login as', 'sign in as', 'signed in as', 'signing in as', 'access their account',
      'access her account', 'access his account', 'access their email', 'access her email', 'access his email',
      'into their account', 'into her account', 'into his account', 'colleagues account', 'coworkers account',
      'make myself admin', 'make myself owner', 'make myself an admin', 'make myself an owner', 'make myself the owner',
      'grant myself', 'granted myself', 'give myself admin', 'give myself access', 'add myself to',
      'elevate privileges', 'elevated privileges', 'elevate my privileges', 'escalate my privileges', 'god mode',
      'full control', 'unrestricted access', 'all permissions', 'full permissions', 'wildcard permissions',
      'world readable', 'world-readable', 'world-writable', '777', 'open to the internet', 'open to the world',
      'exposed to the internet', 'expose to the internet', 'public bucket', 'public buckets', 'public-read',
      'publicly readable', 'publicly accessible', 'publicly writable', 'anonymous access', '0.0.0.0/0', 'jailbreak',
      'jailbreaking', 'root the device',
    ],
    effects: { harmPrevention: -0.6, autonomyRespect: -0.2, transparency: -0.1 },
  },
  {
    id: 'confidential-data',
    category: 'data exfiltration',
    // biome-ignore format: phrase table
    phrases: [
      'confidential', 'proprietary', 'trade secret', 'trade secrets', 'source code', 'internal documents',
      'internal only', 'classified', 'under nda', 'customer list', 'customer lists', 'client list', 'client lists',
      'client files', 'customer data', 'customer records', 'customer database', 'user database', 'user data',
      'contact list', 'contact lists', 'employee records', 'hr records', 'hr files', 'personnel files',
      'personnel records', 'payroll data', 'pricing strategy', 'merger', 'acquisition plans', 'earnings report',
      'unreleased', 'unannounced',
    ],
    effects: { harmPrevention: -0.1 },
    amplify: 0.5,
  },
  {
    id: 'external-destination',
    category: 'data exfiltration',
    // biome-ignore format: phrase table
    phrases: [
      'personal email', 'personal email address', 'personal gmail', 'my gmail', 'my personal email', 'private email',
      'personal dropbox', 'my dropbox', 'personal drive', 'personal google drive', 'my google drive', 'personal cloud',
      'personal laptop', 'personal device', 'personal phone', 'usb stick', 'usb drive', 'usb key', 'thumb drive',
      'flash drive', 'external drive', 'external hard drive', 'copy to usb', 'pastebin', 'paste site', 'paste bin',
      'outside address', 'outside the company', 'external address', 'external server', 'unknown server', 'competitor',
      'competitors', 'rival', 'rivals', 'rival company', 'competing firm', 'ad network', 'ad networks', 'advertisers',
      'my next job', 'new employer', 'next employer', 'before i leave',
    ],
    effects: { harmPrevention: -0.3, autonomyRespect: -0.1, transparency: -0.2 },
  },
];
