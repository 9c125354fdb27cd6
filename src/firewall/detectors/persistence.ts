/**
 * Programs set to start by themselves, out of sight: the persistence an intruder leaves, asked for in
 * words or in a command. A request is read for three things: a mechanism that starts a program
 * without anyone running it (a systemd unit, cron `@reboot`, `rc.local`, a LaunchAgent, an XDG
 * autostart entry, a startup folder, a Run key, a scheduled task, a WMI event subscription, a
 * service, a git hook, a udev rule, a PAM module, a kernel module, `ld.so.preload`), and what makes
 * it an intruder's rather than an administrator's: a program hidden (a dot-name in its path, a
 * temporary or public folder), a name chosen so nobody notices, a connection back out, a script
 * fetched and run. An ordinary service or timer for one's own program is left alone.
 *
 * Two further kinds read the same way: the accessibility programs of the Windows login screen
 * replaced by a shell (`Utilman.exe`, `sethc.exe` launching `cmd.exe`), and the kernel's protections
 * lowered across a fleet (`kernel.yama.ptrace_scope=0`, `kernel.kptr_restrict=0`, module signature
 * enforcement off, unsigned drivers loaded).
 *
 * Further readings of plain requests in the same family, each a pair of parts that must meet: an
 * administrator account made or given together with its concealment (hidden from the login screen,
 * the alert on group changes removed); the setuid bit put on a shell, an interpreter or an editor;
 * WDigest switched on so logon passwords stay in memory in clear; a pirated (`nulled`, cracked)
 * plugin or program installed, or an install told to ignore the security warnings; a program
 * downloaded and run as administrator or silently, said in Chinese, Japanese or Korean. Each part
 * has its words in several languages.
 *
 * Linear: a gate expression, then a few expressions over the segment.
 *
 * @internal Not part of the public API.
 */
import { gateMatches, joinGate } from './_gate.js';
import { ownedScope } from './_shell-owned.js';
import type { Detector, FindingSink } from './types.js';

const CATEGORY = 'system-modification';
/** Segments read, at most (longer text is a document; its lines are segments of their own). */
const MAX_SEGMENT = 2000;

/**
 * What the gate found: start mechanisms (1), login-screen programs (2), kernel protections (4),
 * administrator words (8), the setuid bit (16), WDigest (32), untrusted installs (64), downloads
 * said in Chinese, Japanese or Korean (128), antivirus exclusions (256), passwords and account
 * protections (512), downloads said in European languages (1024), package sources (2048).
 */
const G_START = 1;
const G_LOGIN = 2;
const G_KERNEL = 4;
const G_ADMIN = 8;
const G_SETUID = 16;
const G_WDIGEST = 32;
const G_INSTALL = 64;
const G_DOWNLOAD = 128;
const G_EXCLUSION = 256;
const G_ACCOUNT_STATE = 512;
const G_EU_DOWNLOAD = 1024;
const G_SOURCE = 2048;
const G_SETTING = 4096;

/**
 * Words without which none of the readings can apply, by the group they stand for, joined to the
 * detectors' shared gate automaton (one pass over the segment for every detector's gate).
 */
const GATE_GROUPS: readonly (readonly [number, readonly string[]])[] = [
  // start mechanisms and triggers
  [
    G_START,
    [
      'boot',
      'startup',
      'start-up',
      'logon',
      'log in',
      'logs in',
      'login',
      'cron',
      'systemd',
      'service',
      'launchagent',
      'launch agent',
      'launchdaemon',
      'launch daemon',
      'autostart',
      'rc.local',
      'init.d',
      'currentversion',
      'schtasks',
      'scheduled task',
      'wmi',
      'event subscription',
      'hook',
      'udev',
      'pam',
      'ld.so.preload',
      'ld_preload',
      'insmod',
      'modprobe',
      'kernel module',
      'whenever',
      'every time',
      'each time',
      'session',
      'login item',
      'register-scheduledtask',
      'new-service',
      'sc create',
      'sc.exe create',
    ],
  ],
  // the login screen's programs
  [G_LOGIN, ['utilman', 'sethc', 'osk.exe', 'magnify', 'narrator']],
  // the kernel's protections
  [G_KERNEL, ['ptrace', 'kptr', 'module sig', 'unsigned']],
  // accounts and privileges
  [G_ADMIN, ['admin', 'root', 'sudo', 'superuser', 'amministrat', 'администратор', '管理员', '管理者', '관리자']],
  // the setuid bit
  [G_SETUID, ['suid', 'setuid', 'sgid', 'setgid']],
  // logon passwords kept in clear
  [G_WDIGEST, ['wdigest']],
  // installs from untrusted places, checks skipped
  [
    G_INSTALL,
    [
      'nulled',
      'crack',
      'pirat',
      'warez',
      'raubkop',
      '破解',
      '盗版',
      '海賊版',
      '크랙',
      'warning',
      'avvis',
      'advertencia',
      'avertissement',
      'warnung',
      'aviso',
    ],
  ],
  // downloads said in Chinese, Japanese and Korean
  [G_DOWNLOAD, ['下载', '下載', 'ダウンロード', '다운로드']],
  // antivirus exclusions
  [
    G_EXCLUSION,
    [
      'exclusion',
      'exclude',
      'whitelist',
      'allowlist',
      'ausnahme',
      'exclusi',
      'esclusi',
      'исключ',
      '排除',
      '除外',
      '예외',
    ],
  ],
  // passwords left off, LSA protection
  [G_ACCOUNT_STATE, ['password', 'passwd', 'shadow', 'lsa', 'runasppl', 'credential guard', 'built-in', 'builtin']],
  // downloads said in European languages
  [
    G_EU_DOWNLOAD,
    [
      'pobierz',
      'ściągnij',
      'haal',
      'download',
      'indir',
      'скача',
      'descarg',
      'baix',
      'télécharg',
      'scarica',
      'herunterl',
    ],
  ],
  // package sources
  [G_SOURCE, ['registry', 'index-url', 'index url', 'mirror', 'http://']],
  // protections' settings and the system's records
  [
    G_SETTING,
    [
      'storage',
      'selinux',
      'permitrootlogin',
      'permitemptypasswords',
      'randomize_va_space',
      'enablelua',
      'disableantispyware',
      'disablerealtimemonitoring',
      'audit=',
      'apparmor=',
      'pam_permit',
      'journal',
      'syslog',
      'audit trail',
      'audit log',
      'event log',
      'history',
    ],
  ],
];
const GATE_WORDS: readonly string[] = GATE_GROUPS.flatMap(([, words]) => words);
/** The group bit of each of {@link GATE_WORDS}, by index. */
const GATE_BITS = Uint16Array.from(GATE_GROUPS.flatMap(([bit, words]) => words.map(() => bit)));
let gateBase = -1;

/** Which groups of {@link GATE_WORDS} the shared gate found in `segment`, as bits. */
function gated(segment: string): number {
  if (gateBase < 0) gateBase = joinGate('persistence', GATE_WORDS);
  const m = gateMatches(segment);
  let found = 0;
  for (let k = 0; k < m.count; k++) {
    const p = (m.pattern[k] as number) - gateBase;
    if (p < 0 || p >= GATE_WORDS.length) continue;
    found |= GATE_BITS[p] as number;
  }
  return found;
}

/** A mechanism that starts a program by itself. */
const MECHANISM =
  /\b(?:systemd (?:service|unit|timer)|(?:a |new |the )?service (?:that|which|to) (?:starts?|runs?|launch)|unit file|@reboot|crontab|cron (?:job|entry|line)|rc\.local|init\.d|launch ?agents?|launch ?daemons?|login items?|startup folder|start-?up (?:entry|folder|item)|autostart|run key|currentversion\\run|scheduled task|schtasks|wmi (?:event )?(?:subscription|consumer|filter)|event subscription|(?:post|pre)-(?:checkout|commit|merge|receive|push) hook|git hook|udev rule|pam module|pam\.d|kernel module|insmod|modprobe|ld\.so\.preload|ld_preload|sc(?:\.exe)? create|new-service|register-scheduledtask)/i;

/** When it starts: at boot, at every login, when something happens, kept alive. */
const TRIGGER =
  /\b(?:at (?:boot|startup|start-up|logon|login|every (?:boot|login|logon))|on (?:boot|startup|logon|login|every (?:boot|login|logon|session))|every time|whenever|each time|when (?:anyone|someone|a user|the user|users?) (?:logs? in|plugs?|opens?|signs? in)|for every (?:user|session)|restarts? (?:it )?if (?:killed|stopped)|keep it alive|survives? reboots?|onlogon|onstart|at system start)/i;

/** What makes it an intruder's: hidden names, temporary or public folders, a way back in. */
const HIDDEN =
  /\b(?:runs?|launch\w*|starts?|executes?)\s+(?:\S+\s+){0,4}?from\s+(?:the\s+)?(?:%?appdata%?|%?temp%?|\/tmp|\/var\/tmp|\/dev\/shm|downloads|c:\\users\\public)(?![\w/-])|(?:\/\.(?!config\/|local\/|dotfiles\/|git\/|github\/|vscode\/|cache\/pip|npm\/|cargo\/|nvm\/)[\w-]+|\\\.[\w-]+|\/tmp\/|\/var\/tmp\/|\/dev\/shm\/|\\users\\public\\|\\programdata\\|\\appdata\\local\\temp\\)|\b(?:so (?:nobody|no one|no-one|the users?|they|it|admins?) (?:notices?|sees?|finds?|spots?)|(?:doesn'?t|does not|won'?t) stand out|hide (?:the|it|its)|hidden|silently|quietly|disguised?|looks? like (?:a |an )?(?:system|windows|legit)|connects? back|reverse shell|listener|nc -|netcat|beacon|writes? every password|records? (?:every )?password|curls? (?:our|my|a|the) script|downloads? and runs?)\b/i;

/** Words that hide the program from whoever uses the machine. */
const CONCEALED =
  /\b(?:so (?:nobody|no one|no-one|the users?|they|admins?) (?:notices?|sees?|finds?)|hidden|hide|silently|quietly|disguised?|connects? back|reverse shell)\b/i;

/** Words that frame the request as a question, a policy or defensive work. */
const DEFENSIVE =
  /\b(?:detect(?:s|ed|ing|ion)?|hunt(?:ing)?|audit(?:s|ing)?|investigat\w+|forensic\w*|remove|removing|clean up|find (?:all|any)|list (?:all|every)|check (?:for|whether|if)|what (?:is|are|does)|how (?:do|does|can|to detect)|why|explain|sigma|yara|osquery|edr|incident|alert)\b/i;

/**
 * A hook whose action is to refuse: `a pre-push hook that rejects any .npmrc holding a token`,
 * `a pre-commit hook that blocks committing …`. What it starts is a guard on the repository, not a
 * program kept running; the path it names is what it guards.
 */
const GUARD_HOOK =
  /\bhooks?\s+(?:that|which|to)\s+(?:\w+\s+){0,2}?(?:blocks?|rejects?|refuses?|fails?|aborts?|prevents?|denies?|forbids?|stops?)\b(?!\s+(?:nothing|no\b))/i;

/** The login screen's accessibility programs, replaced by a shell or debugged into one. */
const LOGIN_SCREEN =
  /\b(?:utilman|sethc|osk|magnify|narrator|displayswitch|atbroker)(?:\.exe)?\b[^.\n]{0,120}\b(?:cmd|powershell|pwsh)(?:\.exe)?\b|\bimage file execution options\\(?:utilman|sethc|osk|magnify|narrator)/i;

/** The kernel's protections lowered: ptrace and pointer restrictions off, unsigned modules loaded. */
const KERNEL_OFF =
  /\b(?:kernel\.yama\.ptrace_scope\s*=\s*0|kernel\.kptr_restrict\s*=\s*0|kernel\.dmesg_restrict\s*=\s*0|kernel\.modules_disabled\s*=\s*0|module\.sig_enforce\s*=\s*0|(?:disable|turn off|switch off)\w*\s+(?:the\s+)?(?:kernel(?:'s)?\s+)?module signature (?:enforcement|checks?|verification)|load (?:our|an?|the) unsigned (?:kernel )?(?:driver|module))/i;

/** A fleet or production scope: lowering a protection there is not tuning one's own machine. */
const FLEET =
  /\b(?:fleet|production|prod|every (?:node|host|server|machine)|all (?:nodes|hosts|servers|machines)|permanently)\b/i;

// ── accounts, privileges, credentials and installs, said in words ───────────────────────────
/** An administrator's standing, in the languages read. */
const ADMIN =
  /\b(?:(?:domain|local)\s+)?(?:admin(?:istrator)?s?|superuser|root|sudo(?:ers)?|wheel)\b|administrador\w*|administrateur\w*|administrator\w*|amministrator\w*|администратор\w*|管理员|管理者|관리자/i;
/** An account or a group membership, in the languages read. */
const ACCOUNT =
  /\b(?:accounts?|users?|logins?|group|membership|rights|privileges?)\b|\b(?:cuenta|usuario|compte|utilisateur|conta|usuário|utente|benutzer\w*|konto\w*|gruppe|grupo|groupe|gruppo)\b|-benutzer|-konto|учётн\w*|учетн\w*|пользовател\w*|групп\w*|账户|账号|用户|帐户|アカウント|ユーザー|계정|사용자|그룹/i;
/** An administrator named as an account of its own (`a local admin called svc_print`). */
const ADMIN_ACCOUNT = /\b(?:local|domain|new|extra|second|backup)\s+admin(?:istrator)?\b/i;
/** An account made, or standing given, in the languages read. */
const GRANT =
  /\b(?:add|adds|adding|create|creates|creating|make|makes|set\s+up|give|grant|promote|elevate|put)\b|\b(?:lege\w*|erstell\w*|füge\w*|crea|creá|créer?|crée|cria|crie|aggiungi|agrega|añade|ajoute|adicione|mach)\b|созда\w*|добав\w*|添加|创建|加入|作成|追加|추가|만들/i;
/**
 * What keeps the account from being seen: hidden from the login screen or the user list, the
 * alert or the audit of group changes removed, the logs cleared; in the languages read.
 */
const UNSEEN_ACCOUNT =
  /\b(?:hide|hides|hiding|conceal\w*|keep|keeps)\s+(?:it|them|him|her|the\s+(?:new\s+)?(?:account|user|login|admin)|\w+)\s+(?:off|out\s+of|from)\s+(?:the\s+)?(?:\w+\s+)?(?:(?:login|logon|sign-?in|welcome|lock)\s+screen|user\s+list)|\bspecialaccounts\s*\\?\s*userlist\b|\bhidden\s+(?:(?:local|domain|extra|second|backup|service)\s+)?(?:(?:admin(?:istrator)?|superuser|root)\s+)?(?:accounts?|users?|logins?)\b|\bhidden\s+(?:admin(?:istrator)?|superuser|root)\b|\bhidden\s+from\s+(?:the\s+)?(?:\w+\s+)?(?:(?:login|logon|sign-?in|welcome|lock)\s+screen|user\s+list|users?\s+(?:panel|page|list))|\b(?:account|user)\s+(?:that\s+is\s+|that's\s+)?hidden\b|\b(?:won'?t|doesn'?t|does\s+not|will\s+not|never)\s+(?:show|appear)\s+(?:up\s+)?(?:on|in)\s+the\s+(?:login|logon|sign-?in|welcome|user)|\b(?:remove|disable|delete|silence|mute|suppress|turn\s+off|kill)\s+(?:the\s+)?(?:alerts?|alarms?|audit(?:ing)?|logging|notifications?)\b|\bwithout\s+(?:an?\s+|any\s+)?(?:alerts?|audit|logging|a\s+trace)\b|\b(?:so|that)\s+(?:nobody|no\s+one|no-one|the\s+admins?|it\s+team)\s+(?:notices?|sees?|finds?)|\b(?:secretly|quietly|silently)\b|versteckt\w*|unsichtbar\w*|unbemerkt|heimlich\w*|ocult[oa]s?\b|escondid[oa]s?\b|cach[ée]e?s?\b|invisibles?\b|nascost[oa]\b|скрыт\w*|незаметн\w*|тайн\w*|隐藏|隐身|偷偷|隠し|隠れ|非表示|こっそり|숨겨진|숨긴|몰래|안\s*보이/i;
/** Words that make the request a search for such accounts, a detection or a question. */
const HUNTING =
  /\b(?:detect\w*|hunt\w*|find\s+(?:all|any|every)|look\s+for|list\s+(?:all|every|the)|check\s+(?:for|whether|if)|investigat\w+|forensic\w*|how\s+(?:do|does|can|would)\s+(?:i|we|you|attackers?|an\s+attacker)\s+(?:detect|find|spot|see|tell)|what\s+(?:is|are)|why|explain|sigma|yara|osquery|remove\s+(?:the|any|all)\s+(?:hidden|unknown|rogue)|we\s+found|was\s+found|falco|splunk|kql|siem|detection\s+rules?|monitor\w*|(?:a|an|the)\s+(?:\w+\s+)?rule\s+that\s+(?:alerts?|fires|flags|triggers)|alerts?\s+(?:us\s+|me\s+)?(?:when|whenever|if|on))\b|erkenn\w*|aufspür\w*|detect\w*|détect\w*|обнаруж\w*|检测|查找|検出|탐지/i;

/** The setuid bit put on a shell, an interpreter, an editor or a file tool, in words. */
const SETUID_WORDS_RE =
  /\b(?:set|sets|setting|add|put|give|turn\s+on|flip|enable)\s+(?:the\s+)?(?:suid|setuid|sgid|setgid)(?:\s+(?:bit|flag|permission))?\s+(?:on|to|for)\s+(?:the\s+|our\s+)?(?:\/[\w./-]*\/)?(?:ba|da|z|k|c|tc)?sh\b|\b(?:set|sets|setting|add|put|give|turn\s+on|flip|enable)\s+(?:the\s+)?(?:suid|setuid|sgid|setgid)(?:\s+(?:bit|flag|permission))?\s+(?:on|to|for)\s+(?:the\s+|our\s+)?(?:\/[\w./-]*\/)?(?:vim?|nano|emacs|less|more|find|python[\d.]*|perl|ruby|node|php|lua|awk|gawk|env|cp|tar|zip|nmap|gdb|docker|bash|sh|dash|zsh)\b|\bmake\s+(?:\/[\w./-]*\/)?(?:vim?|nano|less|find|python[\d.]*|perl|ruby|node|php|awk|env|cp|bash|sh|dash|zsh)\s+(?:suid|setuid)\b/i;

/** WDigest switched on: logon passwords kept in memory in clear. */
const WDIGEST_ON =
  /\b(?:enable|enables|enabling|turn\s+on|switch\s+on|re-?enable|set\s+up|activate)\s+(?:the\s+)?wdigest\b|\bwdigest\b[^.\n]{0,60}\b(?:uselogoncredential\s*(?:=|to)\s*1|(?:kept|stored|cached|stay|remain)\s+(?:in\s+)?(?:plain\s*text|clear\s*text|clear-text|memory))|\b(?:so|that)\s+(?:the\s+)?(?:plain\s*text|clear\s*text)\s+passwords?\s+(?:are|get|stay)\s+(?:kept|stored|cached)[^.\n]{0,40}\bwdigest\b/i;
/** WDigest switched off: the hardening, not the attack. */
const WDIGEST_OFF =
  /\b(?:disable|disables|disabling|turn\s+off|switch\s+off|harden\w*)\s+(?:the\s+)?wdigest\b|uselogoncredential\s*(?:=|to)\s*0/i;

/** An install or a deployment, in the languages read. */
const INSTALL =
  /\b(?:install\w*|deploy\w*|activate|upload|put|add|use|run)\b|\b(?:instala\w*|installe\w*|installier\w*|instal[ae]\w*|installa\w*|scarica\w*|descarga\w*|baix\w*|télécharge\w*|lade\w*|bajé|subir|sube|mets|metti)\b|установ\w*|安装|安裝|インストール|설치/i;
/** A pirated program: nulled, cracked, warez; in the languages read. */
const PIRATED =
  /\b(?:nulled|cracked|pirated|warez|crackead[oa]s?|craqu[ée]e?s?|pirata|pirate|piraté\w*|piratat[oa]|gecrackt\w*|raubkopi\w*)\b|破解|盗版|海賊版|크랙|불법\s*복제/i;
/** What the pirated thing is. */
const SOFTWARE =
  /\b(?:plugins?|themes?|extensions?|modules?|packages?|apps?|software|programs?|versions?|copy|builds?|installers?|licen[cs]es?|tema|extensión|extensão|estensione|programa|programma|logiciel|thème|erweiterung)\b|插件|软件|程序|プラグイン|ソフト|플러그인|프로그램/i;
/** The security warnings or checks of an install told to be ignored; in the languages read. */
const WARNINGS_IGNORED =
  /\b(?:ignore|ignoring|skip|skipping|bypass|bypassing|dismiss|suppress|click\s+through)\s+(?:the\s+|all\s+|any\s+)?(?:security\s+|signature\s+|certificate\s+|ssl\s+|tls\s+|integrity\s+|smartscreen\s+|gatekeeper\s+)+(?:warnings?|prompts?|errors?|checks?|alerts?)\b|\bignora(?:re)?\s+(?:gli\s+|i\s+|le\s+)?avvis\w*|\bignora(?:r)?\s+(?:las\s+|los\s+)?(?:advertencias|avisos)|\bignore[rz]?\s+(?:les\s+)?avertissements|\bignorier\w*\s+(?:die\s+)?(?:sicherheits)?warnung\w*|\bignor[ea]\s+(?:os\s+)?avisos/i;
/** A request about the danger of such installs, or their clean-up. */
const INSTALL_DEFENSIVE =
  /\b(?:why|risks?|risky|dangerous|dangers|detect\w*|scan\w*|remov\w*|clean\w*|found|audit\w*|explain|what\s+(?:is|are|happens))\b|\?\s*$/i;

/** A program downloaded and run as administrator or out of sight, said in Chinese, Japanese or Korean. */
const CJK_DOWNLOAD_RUN = /(?:下载|下載|ダウンロード|다운로드)[^。！？\n]{0,40}(?:运行|執行|执行|実行|실행|跑)/;
const CJK_RUN_HOW =
  /静默|隐藏|后台|偷偷|悄悄|我的服务器|所有(?:电脑|机器|主机|服务器)|こっそり|バックグラウンド|私のサーバー|すべての(?:PC|パソコン|端末|サーバー)|몰래|백그라운드|내\s*서버|모든\s*(?:PC|컴퓨터|서버)/i;
const CJK_DEFENSIVE = /检测|查杀|风险|危险|为什么|検出|危険|なぜ|탐지|위험|왜/;

/** An antivirus or endpoint agent, in the languages read. */
const ANTIVIRUS =
  /\b(?:defender|antivirus|anti-virus|antimalware|av|edr|xdr|crowdstrike|falcon|sentinelone|sophos|symantec|mcafee|eset|kaspersky|malwarebytes|endpoint\s+protection|virenschutz|antivirenprogramm|antivírus|антивирус\w*)\b|杀毒|防病毒|ウイルス対策|백신/i;
/**
 * What an exclusion that hides a payload covers: a whole drive, every folder users and downloads
 * write, or the place the requester's own tools are to go.
 */
const WIDE_EXCLUSION =
  /(?:^|[\s"'(])[a-z]:\\?(?=[\s"'.,)]|$)|\b(?:whole|entire|full)\s+(?:c\s+)?(?:drive|disk|system)|\ball\s+(?:the\s+)?(?:drives|disks|folders|files)|\\users\\public|%temp%|\\temp\b|\\appdata|%appdata%|\\programdata|\\downloads\b|\/tmp\b|\bwhere\s+(?:i|we)(?:'ll|\s+will)?\s+(?:put|drop|store|keep|stage)\b|\b(?:my|our)\s+(?:stuff|tools|payloads?|implants?|binaries)\b|\bpayloads?\b|\btodo\s+el\s+disco|\btout\s+le\s+disque|\bgesamte\w*\s+(?:laufwerk|festplatte)|\btodo\s+o\s+disco|\btutto\s+il\s+disco|весь\s+диск|整个|全部|ドライブ全体|전체/i;

/** An unsigned kernel extension, driver or module loaded or approved. */
const UNSIGNED_KERNEL =
  /\b(?:load|loads|loading|sideload\w*|install\w*|approve|allow|insert|insmod)\b[^.\n]{0,40}\bunsigned\s+(?:\w+\s+)?(?:kernel\s+extensions?|kexts?|drivers?|kernel\s+modules?|system\s+extensions?)\b/i;

/** Root or every command through sudo with no password asked, in the languages read. */
const PASSWORDLESS_SUDO =
  /\b(?:sudo(?:ers)?|root)\b[^.\n]{0,80}(?:\bwithout\s+(?:a\s+|any\s+)?password|\bno\s+password|\bpassword-?less|\bnopasswd|sin\s+contraseña|sans\s+mot\s+de\s+passe|ohne\s+passwort|sem\s+senha|senza\s+password|без\s+пароля|免密码?|无需密码|不用密码|パスワードなし|パスワード不要|비밀번호\s*없이)|\b(?:passwordless|password-less|nopasswd)\s+(?:sudo|root)\b/i;
/** Everything, any command: the whole of root's power, not one command. */
const ANY_COMMAND =
  /\b(?:anything|everything|any\s+command|all\s+commands|all\b|ALL)\b|cualquier|tout|alles|qualquer|qualsiasi|любые|все|所有|任何|全て|すべて|모든/i;
/** An account file opened to every user. */
const ACCOUNT_FILE_OPEN =
  /\b(?:make|makes|making|set|change|chmod|open|opens|let)\b[^.\n]{0,40}\/etc\/(?:passwd|shadow|gshadow|sudoers|group)\b[^.\n]{0,60}\b(?:world[- ]?(?:writ|read)able|writable\s+by\s+(?:everyone|all|any(?:one|body))|(?:everyone|anyone|anybody|all\s+users)\s+can\s+(?:write|edit|read|change)|(?:0?777|0?666|a\+w|o\+w))/i;
/** A finding reported or its repair asked for, not the opening. */
const ACCOUNT_FILE_REPORTED =
  /\b(?:found|remediat\w*|fix\w*|(?:was|were|is|are)\s+(?:still\s+)?world|is\s+not|isn't|aren't|never)\b/i;
/** The built-in administrator or guest account switched on. */
const BUILTIN_ON =
  /\b(?:enable|activate|turn\s+on|switch\s+on|re-?enable|unlock)\s+(?:the\s+)?(?:built-?in|default|hidden)\s+(?:local\s+)?(?:administrator|admin|guest)(?:\s+account)?\b/i;
/** LSA protection or Credential Guard switched off: logon secrets left readable. */
const LSA_OFF =
  /\b(?:disable|disables|disabling|turn\s+off|switch\s+off|remove|bypass)\s+(?:the\s+)?(?:lsa\s+protection|lsass\s+protection|runasppl|credential\s+guard|protected\s+process\s+light)\b|\brunasppl\b[^.\n]{0,30}\b(?:to\s+0|=\s*0|off)\b/i;

/** A program fetched and run, said in European languages: the fetch verb, then the run verb. */
const EU_DOWNLOAD_RUN =
  /(?:\bpobierz|\bściągnij|\bhaal|\bindir|скача\w*|\bdescarg\w*|\bbaix\w*|\btélécharg\w*|\bscarica\w*|\blade\b|\bherunterl\w*)[^.!?\n]{0,80}(?:\buruchom|\bwykonaj|\bvoer\b[^.!?\n]{0,30}\buit|\bçalıştır|запус\w*|\bejecút|\bejecuta|\bexecut|\bexécut|\blance|\besegu|\bführe?\b[^.!?\n]{0,30}\baus|\brode)/i;
/** Where or how it runs: from the requester's server, on every machine, as root, out of sight. */
const EU_RUN_HOW =
  /mojego\s+serwera|wszystkich\s+komputer|jako\s+root|mijn\s+server|alle\s+(?:computers|pc'?s|machines|rechner\w*|server\w*)|als\s+(?:administrator|root)\b|sunucum|root\s+olarak|моего\s+сервера|на\s+всех|мо(?:ём|ем)\s+сервер|mi\s+servidor|todos\s+los\s+equipos|meu\s+servidor|todos\s+os\s+(?:computadores|servidores)|mon\s+serveur|tous\s+les\s+(?:postes|serveurs|ordinateurs)|mio\s+server|tutti\s+i\s+(?:computer|server|pc)|meinem\s+server|heimlich|en\s+secreto|en\s+segundo\s+plano|em\s+segundo\s+plano|en\s+arrière-plan|in\s+background|di\s+nascosto|в\s+фоне|тайно|sin\s+verificar|sans\s+vérifi|ohne\s+(?:zu\s+)?prüf|sem\s+verificar|senza\s+controll|без\s+провер|bez\s+sprawdz|zonder\s+(?:te\s+)?controler/i;
const EU_DEFENSIVE = /\?\s*$|dlaczego|waarom|neden|почему|por\s*qu[ée]|pourquoi|perché|warum|porque/i;

/** A package manager pointed at a source over plain HTTP or at a bare address. */
const PLAIN_SOURCE =
  /\b(?:pip|npm|yarn|pnpm|gem|nuget|maven|gradle|cargo|composer|apt|yum|dnf|conda|poetry|uv|choco|chocolatey|go\s*proxy|goproxy)\b[^\n]{0,80}\b(?:registry|index(?:-url|\s+url)?|mirror|repositor(?:y|ies)|source|feed|proxy)\b[^\n]{0,60}(?:http:\/\/(?!localhost\b|127\.)|https?:\/\/\d{1,3}(?:\.\d{1,3}){3}\b(?!.*\b127\.))/i;

/** One's own driver under development, on a test machine: the work signing is waived for. */
const OWN_DRIVER =
  /\b(?:i|we)\s+(?:just\s+)?(?:built|wrote|compiled|am\s+developing|are\s+developing)\b|\btest[- ]?sign\w*|\b(?:test|dev|lab|development)\s+(?:vm|machine|box|laptop)\b/i;

function report(
  sink: FindingSink,
  id: string,
  severity: 'high' | 'critical',
  description: string,
  text: string,
  category = CATEGORY,
): void {
  sink.report(id, category, severity, description, 0, text.length, text.slice(0, 150));
}

/** The readings of accounts, privileges, credentials and installs said in words (groups 8 to 128). */
function plainRequests(segment: string, groups: number, sink: FindingSink): void {
  if (
    groups & G_ADMIN &&
    ADMIN.test(segment) &&
    (ACCOUNT.test(segment) || ADMIN_ACCOUNT.test(segment)) &&
    GRANT.test(segment) &&
    UNSEEN_ACCOUNT.test(segment) &&
    !HUNTING.test(segment)
  )
    report(
      sink,
      'system.covert-admin',
      'high',
      'makes or grants an administrator account and keeps it out of sight',
      segment,
    );
  if (groups & G_SETUID && SETUID_WORDS_RE.test(segment) && !HUNTING.test(segment))
    report(sink, 'system.setuid-words', 'high', 'puts the setuid bit on a shell, an interpreter or an editor', segment);
  if (groups & G_WDIGEST && WDIGEST_ON.test(segment) && !WDIGEST_OFF.test(segment) && !HUNTING.test(segment))
    report(
      sink,
      'system.wdigest-on',
      'high',
      'switches WDigest on so logon passwords stay in memory in clear',
      segment,
    );
  if (groups & G_INSTALL && INSTALL.test(segment) && !INSTALL_DEFENSIVE.test(segment)) {
    const pirated = PIRATED.test(segment) && SOFTWARE.test(segment);
    if (pirated || WARNINGS_IGNORED.test(segment))
      report(
        sink,
        'system.untrusted-install',
        'high',
        pirated
          ? 'installs a pirated (nulled, cracked) program or plugin'
          : 'installs while told to ignore the security warnings',
        segment,
        'remote-code-execution',
      );
  }
  if (groups & (G_ACCOUNT_STATE | G_ADMIN) && !HUNTING.test(segment)) {
    if (PASSWORDLESS_SUDO.test(segment) && ANY_COMMAND.test(segment))
      report(
        sink,
        'system.passwordless-root',
        'high',
        'lets an account run every command as root with no password asked',
        segment,
      );
    else if (ACCOUNT_FILE_OPEN.test(segment) && !ACCOUNT_FILE_REPORTED.test(segment))
      report(sink, 'system.account-file-open', 'high', 'opens an account or sudoers file to every user', segment);
    else if (BUILTIN_ON.test(segment))
      report(
        sink,
        'system.builtin-admin-on',
        'high',
        'switches the built-in administrator or guest account on',
        segment,
      );
    else if (LSA_OFF.test(segment))
      report(
        sink,
        'system.lsa-protection-off',
        'high',
        'switches off the protection of the logon secrets (LSA protection, Credential Guard)',
        segment,
      );
  }
  if (
    groups & G_EU_DOWNLOAD &&
    EU_DOWNLOAD_RUN.test(segment) &&
    EU_RUN_HOW.test(segment) &&
    !EU_DEFENSIVE.test(segment)
  )
    report(
      sink,
      'system.download-run-words',
      'high',
      'downloads a program and runs it from a private server, everywhere or out of sight',
      segment,
      'remote-code-execution',
    );
  if (groups & G_SOURCE && PLAIN_SOURCE.test(segment) && !HUNTING.test(segment) && !INSTALL_DEFENSIVE.test(segment))
    report(
      sink,
      'system.plain-package-source',
      'high',
      'points a package manager at a source over plain HTTP or a bare address',
      segment,
      'remote-code-execution',
    );
  if (groups & G_EXCLUSION && ANTIVIRUS.test(segment) && WIDE_EXCLUSION.test(segment) && !HUNTING.test(segment))
    report(
      sink,
      'system.antivirus-exclusion',
      'high',
      'excludes a whole drive or a payload folder from antivirus scanning',
      segment,
    );
  if (groups & G_KERNEL && UNSIGNED_KERNEL.test(segment) && !HUNTING.test(segment) && !OWN_DRIVER.test(segment))
    report(
      sink,
      'system.unsigned-kernel-code',
      'high',
      'loads an unsigned kernel extension, driver or module',
      segment,
    );
  if (
    groups & G_DOWNLOAD &&
    CJK_DOWNLOAD_RUN.test(segment) &&
    CJK_RUN_HOW.test(segment) &&
    !CJK_DEFENSIVE.test(segment)
  )
    report(
      sink,
      'system.download-run-words',
      'high',
      'downloads a program and runs it as administrator or out of sight',
      segment,
      'remote-code-execution',
    );
}

// ── protections switched off by their settings ───────────────────────────────────────────────
/**
 * A protection's setting given the value that turns it off, as its configuration file or its
 * registry key spells it: the journal told to store nothing, SELinux disabled, root logins or empty
 * passwords let in over SSH, address-space randomization off, UAC or the antivirus switched off,
 * auditing, SELinux or AppArmor off on the kernel's command line, `pam_permit` made sufficient for
 * authentication (every password accepted).
 */
const SETTING_OFF =
  /\b(?:storage\s*=\s*none|selinux\s*=\s*disabled|permit(?:rootlogin|emptypasswords)(?:\s*=\s*|\s+)yes|kernel\.randomize_va_space\s*=\s*0|enablelua\W{0,8}(?:=\s*|to\s+|\s)0|disable(?:antispyware|realtimemonitoring)\W{0,8}(?:=\s*|to\s+|\s)(?:1|\$?true))\b|(?:^|[\s"'])(?:audit|apparmor)=0\b|\bauth\b[^\n]{0,40}\bsufficient\b[^\n]{0,40}\bpam_permit\b|\bpam_permit(?:\.so)?\b[^\n]{0,60}\b(?:first\s+auth|auth\s+line|sufficient)\b/i;

/**
 * The system's own records (the journal, syslog, the audit trail, the event logs, the shell
 * history) told to stop being kept: "make the server stop keeping a journal", "so it stores
 * nothing". Either order in one sentence, at most 60 characters apart.
 */
const RECORDS =
  /\b(?:journal(?:d|ing)?|journal daemon|system (?:journal|logs?)|syslog|audit (?:trail|logs?)|event logs?|security log|auth(?:entication)? log|(?:command|shell|bash) history)\b/i;
const STOP_KEEPING =
  /\b(?:stop(?:s|ped|ping)?\s+(?:keeping|recording|writing|storing|saving|collecting|logging)|(?:stores?|keeps?|records?|writes?|saves?|retains?)\s+(?:nothing|no\s+(?:logs?|entries|records|history))|(?:not|never|no longer)\s+(?:be\s+)?(?:keep|store|record|write|save|retain|kept|written)\w*)\b/i;
const RECORDS_STOPPED = new RegExp(
  `${RECORDS.source}[^.!?\\n]{0,60}${STOP_KEEPING.source}|${STOP_KEEPING.source}[^.!?\\n]{0,60}${RECORDS.source}`,
  'i',
);

/** A question about the setting, its detection or hardening, or its reversal: not a request for it. */
const SETTING_ASKED =
  /(?:^|[.!?]\s+)(?:what|why|how|is|are|does|do|should|which)\b|\b(?:explain\w*|how (?:do|does|can|to) (?:i |we )?(?:detect|check|find|spot)|detect\w*|check (?:for|whether|if)|never|don'?t|do not|shouldn'?t|should not|instead of|make sure|ensure|verify|flag\w*|alert\w*|harden\w*|benchmark|lint\w*|scan\w*|revert\w*|auditors?|from yes to no|to no|falco|sigma|siem|splunk|osquery|wazuh|(?:fires?|triggers?|alerts?|alarms?|pages?|warns?)\s+(?:\w+\s+){0,3}?(?:when|if|whenever|on))\b/i;

/** The readings of a protection's setting switched off, and of the system's records stopped. */
function settingsOff(segment: string, sink: FindingSink): boolean {
  if (SETTING_ASKED.test(segment)) return false;
  if (SETTING_OFF.test(segment)) {
    report(
      sink,
      'system.protection-setting-off',
      'high',
      "sets a protection's setting to the value that turns it off",
      segment,
    );
    return true;
  }
  if (RECORDS_STOPPED.test(segment) && !ownedScope(segment)) {
    report(
      sink,
      'system.records-stopped',
      'high',
      "stops the system's logs, journal, audit trail or history being kept",
      segment,
    );
    return true;
  }
  return false;
}

export const persistenceDetector: Detector = {
  name: 'persistence',
  scan(segment: string, sink: FindingSink): void {
    if (segment.length < 16 || segment.length > MAX_SEGMENT) return;
    const groups = gated(segment);
    if (groups === 0) return;
    if (groups & G_SETTING && settingsOff(segment, sink)) return;
    if ((groups & ~G_SETTING) >= G_ADMIN || groups & G_KERNEL) plainRequests(segment, groups, sink);
    if (groups & G_LOGIN && LOGIN_SCREEN.test(segment) && !DEFENSIVE.test(segment)) {
      report(
        sink,
        'system.login-screen-shell',
        'critical',
        'replaces a login-screen accessibility program with a shell',
        segment,
      );
      return;
    }
    if (groups & G_KERNEL && KERNEL_OFF.test(segment) && FLEET.test(segment) && !DEFENSIVE.test(segment)) {
      report(sink, 'system.kernel-protection-off', 'high', "lowers the kernel's protections across machines", segment);
      return;
    }
    // What hides the program is rarer than a start mechanism: read first.
    if ((groups & G_START) === 0 || !HIDDEN.test(segment)) return;
    const mechanism = MECHANISM.exec(segment);
    if (mechanism === null && !TRIGGER.test(segment)) return;
    if (DEFENSIVE.test(segment)) return;
    if (GUARD_HOOK.test(segment) && !CONCEALED.test(segment)) return;
    // One's own machine (`on my laptop`), unless the request also hides it.
    if (ownedScope(segment) && !CONCEALED.test(segment)) return;
    // A start mechanism, or a program started by itself (`launches … whenever`, `at boot`).
    if (mechanism === null && !/\b(?:runs?|starts?|launch(?:es)?|executes?|loads?|connects?|opens?)\b/i.test(segment))
      return;
    report(sink, 'system.covert-autostart', 'high', 'sets a hidden or remote program to start by itself', segment);
  },
};
