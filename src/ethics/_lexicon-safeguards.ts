/**
 * Safeguards in the default lexicon: the things whose loss is the harm. A backup, an audit log, a
 * firewall or a smoke detector is good to have, so naming one costs nothing; what matters is what
 * the action does to it. Negated ("disable the audit log", "without a backup", `alarms: off`), a
 * safeguard costs harm prevention. As a scope, recovery copies and audit records raise the
 * penalties of whatever else the action does (`delete` is mild, `delete snapshots` is not). A
 * counter (`report`, `flag`) never negates a safeguard: "flag the failed backups" is routine.
 *
 * Beside them, idioms that name a harm in passing (`phishing simulation`, `fatal error`, `expired
 * snapshots`): phrase containment means the harm inside them is not counted.
 *
 * @internal Not part of the public API; `DEFAULT_ETHICS_LEXICON` is.
 */
import type { EthicsLexiconEntry } from './lexicon.js';

export const SAFEGUARD_ENTRIES: readonly EthicsLexiconEntry[] = [
  {
    id: 'recovery-copies',
    category: 'safeguards',
    // `backup` (singular) stays in `protection`: "alternatives considered: no backup" lists an
    // option, while "no backups" or "delete the snapshots" is a loss.
    // biome-ignore format: phrase table
    phrases: [
      'backups', 'backup copies', 'backup copy', 'backup job', 'backup jobs', 'backup schedule', 'backup disk',
      'backup disks', 'backup drive', 'backup drives', 'backup server', 'backup servers', 'backup volume',
      'backup volumes', 'backup array', 'backup tapes', 'backup files', 'backup bucket', 'nightly backup',
      'nightly backups', 'offsite backup', 'offsite backups', 'off-site backups', 'offsite copy', 'offsite copies',
      'offsite archive', 'snapshot', 'snapshots', 'restore point', 'restore points', 'recovery point',
      'recovery points', 'replica', 'replicas', 'disaster recovery', 'dr site', 'recovery copy', 'recovery copies',
      'shadow copy', 'shadow copies', 'version history', 'previous versions', 'point in time recovery', 'failover',
      'redundant copies',
    ],
    effects: { beneficence: 0.1 },
    negatedEffects: { harmPrevention: -0.6, beneficence: -0.2 },
    amplify: 1,
  },
  {
    id: 'audit-records',
    category: 'safeguards',
    // biome-ignore format: phrase table
    phrases: [
      'audit log', 'audit logs', 'audit logging', 'audit trail', 'audit trails', 'audit record', 'audit records',
      'audit history', 'access log', 'access logs', 'auth log', 'auth logs', 'security log', 'security logs',
      'event log', 'event logs', 'system log', 'system logs', 'syslog', 'log entries', 'log entry', 'log lines',
      'transaction log', 'transaction logs', 'activity log', 'activity logs', 'session recording', 'session recordings',
      'evidence',
    ],
    effects: { transparency: 0.1 },
    negatedEffects: { harmPrevention: -0.5, transparency: -0.5 },
    amplify: 1,
  },
  {
    id: 'oversight-controls',
    category: 'safeguards',
    // biome-ignore format: phrase table
    phrases: [
      'monitoring', 'alerting', 'security alerts', 'monitoring alerts', 'fraud alerts', 'intrusion alerts',
      'intrusion detection', 'intrusion prevention', 'anomaly detection', 'fraud detection', 'fraud checks',
      'fraud check', 'oversight', 'supervision', 'human review', 'human oversight', 'human approval',
      'human in the loop', 'review process', 'code review', 'code reviews', 'peer review', 'compliance checks',
      'compliance check', 'compliance review', 'compliance monitoring', 'security review', 'security scan',
      'security scans', 'security scanning', 'audit', 'audits', 'auditing', 'auditors', 'auditor', 'indicator light',
      'recording indicator', 'privacy indicator', 'kill switch', 'review', 'reviewed',
    ],
    effects: { transparency: 0.1 },
    negatedEffects: { harmPrevention: -0.5, transparency: -0.5 },
  },
  {
    id: 'security-controls',
    category: 'safeguards',
    // biome-ignore format: phrase table
    phrases: [
      'firewall', 'firewalls', 'antivirus', 'anti-virus', 'endpoint protection', 'edr', 'mfa', '2fa', 'two factor',
      'two-factor', 'two factor authentication', 'multi factor', 'multi-factor', 'authentication', 'encryption', 'tls',
      'https', 'ssl', 'certificate validation', 'certificate verification', 'certificate checks', 'access control',
      'access controls', 'access checks', 'permission checks', 'rate limit', 'rate limits', 'rate limiting', 'captcha',
      'sandbox', 'sandboxing', 'code signing', 'signature verification', 'signature checks', 'verification',
      'security updates', 'security update', 'security patches', 'security patch', 'password protection', 'screen lock',
      'disk encryption', 'secure boot', 'malware protection', 'virus protection', 'input validation',
      'security controls', 'security control', 'security checks', 'security check', 'security settings',
      'content filter', 'content filters', 'parental controls', 'safe search', 'safesearch', 'age verification',
    ],
    effects: { beneficence: 0.1 },
    negatedEffects: { harmPrevention: -0.6, transparency: -0.1 },
  },
  {
    id: 'safety-controls',
    category: 'endangering safety',
    // biome-ignore format: phrase table
    phrases: [
      'safety interlock', 'safety interlocks', 'interlock', 'interlocks', 'safety guard', 'safety guards',
      'machine guard', 'machine guards', 'emergency stop', 'emergency stops', 'e-stop', 'smoke detector',
      'smoke detectors', 'smoke alarm', 'smoke alarms', 'fire alarm', 'fire alarms', 'alarm system', 'alarm systems',
      'alarm', 'alarms', 'sprinkler', 'sprinklers', 'sprinkler system', 'carbon monoxide detector',
      'carbon monoxide detectors', 'gas detector', 'gas detectors', 'collision avoidance', 'collision braking',
      'collision warning', 'emergency braking', 'automatic braking', 'brakes', 'airbag', 'airbags', 'seatbelt',
      'seatbelts', 'seat belt', 'seat belts', 'speed limiter', 'speed limiters', 'speed limit', 'speed limits',
      'geofence', 'geofences', 'geofencing', 'no-fly zone', 'no fly zone', 'no-fly', 'safety limit', 'safety limits',
      'safe limit', 'safe limits', 'safety check', 'safety checks', 'safety inspection', 'safety inspections',
      'safety protocol', 'safety protocols', 'safety procedure', 'safety procedures', 'safety margin', 'safety margins',
      'safety system', 'safety systems', 'safety feature', 'safety features', 'safety controls', 'safety control',
      'guardrail', 'guardrails', 'lockout', 'lockout tagout', 'lockout-tagout', 'protective equipment', 'ppe',
      'hard hat', 'hard hats', 'fall protection', 'pressure relief valve', 'relief valve', 'circuit breaker',
      'circuit breakers', 'overheat protection', 'thermal cutoff', 'temperature limit', 'temperature limits',
      'pressure limit', 'rated maximum', 'maximum dose', 'max dose', 'prescribed dose', 'recommended dose',
      'dose limit', 'dosage limit', 'child lock', 'child locks', 'safety lock', 'safety locks', 'warning light',
      'warning lights',
    ],
    effects: { beneficence: 0.1 },
    negatedEffects: { harmPrevention: -0.7, beneficence: -0.2 },
    amplify: 0.75,
  },
  {
    id: 'routine-retention',
    category: 'safeguards',
    // Pruning old copies under a policy is routine: these idioms hide `snapshots` and `backups`.
    // biome-ignore format: phrase table
    phrases: [
      'old backups', 'older backups', 'expired backups', 'outdated backups', 'stale backups', 'obsolete backups',
      'old snapshots', 'older snapshots', 'expired snapshots', 'outdated snapshots', 'stale snapshots',
      'obsolete snapshots', 'old replicas', 'prune snapshots', 'prune backups', 'pruning snapshots', 'pruning backups',
      'snapshot pruning', 'backup pruning', 'backup rotation', 'snapshot rotation', 'rotate backups',
      'rotate snapshots', 'test snapshot', 'test snapshots', 'temporary snapshot', 'temporary snapshots',
      'temp snapshot', 'test backup', 'test backups', 'temporary backups', 'test replica', 'retention policy',
      'retention policies', 'retention period', 'retention schedule',
    ],
    effects: {},
  },
  {
    id: 'defensive-idioms',
    category: 'safeguards',
    // Harm named as the thing guarded against, or in a technical idiom.
    // biome-ignore format: phrase table
    phrases: [
      'phishing simulation', 'phishing simulations', 'phishing test', 'phishing tests', 'phishing awareness',
      'phishing training', 'security awareness', 'security training', 'fraud prevention', 'spam detection',
      'malware scan', 'malware scans', 'scan for malware', 'scan for viruses', 'virus scan', 'virus scans',
      'malware removal', 'malware analysis', 'threat detection', 'threat intelligence', 'vulnerability scan',
      'vulnerability scanning', 'security audit', 'bug bounty', 'incident response', 'abuse report', 'abuse reports',
      'abuse desk', 'suicide prevention', 'crisis hotline', 'crisis line', 'poison control', 'harm reduction',
      'hazardous waste', 'hazardous materials', 'hazardous material', 'fatal error', 'fatal errors', 'fatal exception',
      'hash collision', 'attack surface', 'black friday', 'black box', 'black screen', 'black background',
      'content moderation', 'comment moderation', 'moderation queue', 'hide abusive', 'hide offensive', 'hide toxic',
      'remove abusive', 'remove offensive', 'remove toxic', 'delete abusive', 'delete offensive', 'remove hateful',
      'remove hate speech', 'remove malware', 'removes malware', 'delete spam', 'deleting spam', 'removing spam',
      'filter spam', 'filtering spam', 'spam filtering', 'mark as spam', 'memory leak', 'memory leaks', 'resource leak',
      'connection leak', 'gas leak', 'water leak', 'made up of', 'phishing course', 'phishing courses', 'phishing quiz',
      'phishing drill', 'phishing report', 'phishing reports', 'brute force attempts', 'login attempts',
      'phishing attempts', 'hacking attempts', 'intrusion attempts', 'fraud attempts', 'attack attempts',
      'scam attempts', 'possible fraud', 'potential fraud', 'fraud risk', 'fraud review', 'fraud team', 'fraud case',
      'fraud cases', 'fraud investigation', 'fraud investigations', 'fraud report', 'fraud reports', 'fraud analyst',
      'fraud screening', 'possible exfiltration', 'possible data exfiltration', 'possible phishing', 'possible malware',
      'possible intrusion', 'potential phishing', 'impersonation check', 'impersonation checks',
      'impersonation detection', 'impersonation report', 'impersonation reports', 'substance abuse', 'abuse prevention',
      'abuse hotline', 'abuse support', 'cheat sheet', 'cheat sheets', 'cheat code', 'cheat codes', 'plagiarism check',
      'plagiarism checker', 'plagiarism detection', 'check for plagiarism', 'ip masquerade', 'ip masquerading',
    ],
    effects: { beneficence: 0.1 },
  },
];
