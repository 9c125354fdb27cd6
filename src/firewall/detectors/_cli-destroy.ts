/**
 * Deletion through a command-line client the shell reader has no table for: `vultr-cli instance
 * delete 4f2c`, `flyctl apps destroy api --yes`, `netlify sites:delete 1234`, `rclone purge
 * remote:bucket`, `p4 obliterate -y //depot/app/...`. Every cloud, hosting and SaaS client spells a deletion the same way: the
 * program, up to three resource words, then a destroying verb (alone or as `noun:verb`) and what it
 * names. Package managers and local development tools, whose removals are everyday work, are left
 * out, as are lines that read as prose. A disposable name (`preview-pr-12`) is low; a forced,
 * recursive, every-version or everything deletion, or one that names production, is high.
 *
 * @internal Not part of the public API.
 */

import type { Severity } from '../types.js';
import { gateFinds, gateRead, joinGate } from './_gate.js';
import { scratchNames } from './_shell-rules.js';

/** Either reading's words somewhere in the line, as an expression. */
const CLIENT_WORDS =
  /delete|destroy|remove|purge|terminate|obliterate|expunge|\brm\b|\brb\b|\bdel\b|nuke|decommission|robocopy|rclone|rsync|sync|azcopy/i;
/** Verbs that destroy what a client names, in the first look and as subcommands. */
const DESTROY_VERBS = [
  'delete',
  'destroy',
  'remove',
  'purge',
  'terminate',
  'obliterate',
  'expunge',
  'nuke',
  'decommission',
] as const;
/** The same words for the shared gate: the bounded ones (`\b` on both sides) last. */
const LOOK_WORDS = [...DESTROY_VERBS, 'robocopy', 'rclone', 'sync', 'azcopy', 'rm', 'rb', 'del'];
/** Where the bounded words start in {@link LOOK_WORDS}. */
const LOOK_BOUNDED = 13;
let lookBase = -1;

/**
 * Either reading's words somewhere in the line: the cheap first look for a whole segment. When the
 * shared gate has read the line (the shell detector scans each segment with it), its matches answer
 * (`rsync` holds `sync`); otherwise the expression does. Both give the same answer: the gate's
 * search is ASCII case-insensitive, as the expression's `i` flag is without `u`.
 */
export const CLIENT_LOOK = {
  test(line: string): boolean {
    if (lookBase < 0) lookBase = joinGate('cli-destroy', LOOK_WORDS);
    const m = gateRead(line);
    if (m === null) return CLIENT_WORDS.test(line);
    return gateFinds(m, line, lookBase, LOOK_WORDS.length, lookBase + LOOK_BOUNDED);
  },
};

/** A destroying verb somewhere in the line: the cheap first look. */
const VERB_LOOK =
  /(?:delete|destroy|remove|purge|terminate|obliterate|expunge|\brm\b|\brb\b|\bdel\b|nuke|decommission|deprovision|erase|wipe|flush|truncate)/i;

/**
 * Verbs that destroy what they name, as a whole subcommand (`delete`) or as one part of a compound
 * one: `apps:destroy`, `vm.destroy`, `delete_vhost`, `service-instance-delete`, `deleteContainer`,
 * `DeleteInstances`. `rm`, `rb` and `del` stand only alone (see {@link destroyingCli}).
 */
const DESTROY_PARTS: ReadonlySet<string> = new Set([
  ...DESTROY_VERBS,
  'deprovision',
  'erase',
  'wipe',
  'flush',
  'flushall',
  'flushdb',
  'truncate',
]);
/** The short verbs, read only as a whole subcommand. */
const SHORT_VERBS = new Set(['rm', 'rb', 'del']);

/** A subcommand token: letters and digits joined by `-`, `_`, `.` or `:`. */
const SUBCOMMAND = /^[A-Za-z][A-Za-z0-9]*(?:[-_.:][A-Za-z0-9]+)*$/;
/** A resource word between the program and the verb. */
const NOUN = /^[a-z][a-z0-9-]*$/;
/** A program's name. */
const PROGRAM = /^[a-z][a-z0-9]*(?:[-_.][a-z0-9]+)*$/;

/**
 * Whether a subcommand token destroys: a destroying verb alone or as a part of it, its parts split at
 * `-`, `_`, `.`, `:` and at a lower-to-upper case change (`deleteContainer`, `DeleteInstances`).
 * Bounded by the token's length; no expression.
 */
function destroyingToken(t: string): boolean {
  if (SHORT_VERBS.has(t)) return true;
  let start = 0;
  for (let i = 1; i <= t.length; i++) {
    const c = i < t.length ? t.charCodeAt(i) : 45;
    const sep = c === 45 || c === 95 || c === 46 || c === 58;
    const upper = c >= 65 && c <= 90 && !sep;
    const prev = t.charCodeAt(i - 1);
    const afterLower = (prev >= 97 && prev <= 122) || (prev >= 48 && prev <= 57);
    if (sep || (upper && afterLower)) {
      if (i - start >= 4 && DESTROY_PARTS.has(t.slice(start, i).toLowerCase())) return true;
      start = sep ? i + 1 : i;
    }
  }
  return false;
}

/** Words of the line and where each ends, up to `max` of them. */
function words(line: string, max: number): { w: string[]; ends: number[] } {
  const w: string[] = [];
  const ends: number[] = [];
  let i = 0;
  const n = line.length;
  while (i < n && w.length < max) {
    while (i < n && line.charCodeAt(i) <= 32) i++;
    if (i >= n) break;
    const s = i;
    while (i < n && line.charCodeAt(i) > 32) i++;
    w.push(line.slice(s, i));
    ends.push(i);
  }
  return { w, ends };
}

/** Programs whose deletions are everyday work or that other readers judge. */
const LEFT_OUT = new Set(
  (
    'git docker podman nerdctl npm pnpm yarn npx pip pip3 pipx uv poetry conda mamba brew apt apt-get dnf yum ' +
    'pacman zypper snap flatpak cargo rustup go gem bundle composer dotnet nuget choco winget scoop nvm volta ' +
    'asdf mise sdk vagrant minikube kind k3d multipass tmux screen rm rmdir unlink shred kubectl oc helm ' +
    'terraform tofu terragrunt pulumi aws gsutil gcloud bq redis-cli gh glab hub pm2 ollama lxc lxd virsh ' +
    'pyenv rbenv jenv goenv nodenv sdkman supervisorctl forever tldr code codium aws-vault op pass gopass ' +
    'crontab systemctl service launchctl userdel groupdel deluser delgroup ip iptables nft ufw firewall-cmd ' +
    'lvremove vgremove pvremove zfs zpool btrfs mdadm wipefs dd mkfs parted fdisk sfdisk sgdisk find xargs ' +
    'kill pkill killall sed awk perl python python3 node ruby php bash sh zsh fish make cmake ninja ' +
    'docker-compose compose skaffold tilt nix nix-env guix opam stack cabal elm dart flutter pod carthage ' +
    'swift xcrun adb fastlane ansible ansible-playbook salt puppet chef knife mvn gradle ant sbt lein ' +
    'echo printf cat ls cp mv ln touch chmod chown grep please can you we i the then and'
  ).split(' '),
);

/** Resource words for a client's own settings, plugins or caches, not data or infrastructure. */
const LOCAL_NOUNS =
  /^(extensions?|config|configs|configurations?|profiles?|contexts?|alias(?:es)?|plugins?|cache|caches|labels?|remotes?|completions?|toolchains?|themes?|keybindings?|shortcuts?|bookmarks?|favorites?|history|credentials-helper|login|logout|session|sessions)$/;

/** Resource words that read as English prose, not a client's nouns. */
const PROSE =
  /^(the|a|an|this|that|these|those|my|our|your|it|them|all|every|and|then|please|pls|plz|to|of|for|how|what|why|when|where|which|who|explain|explains|does|do|did|is|are|was|can|could|would|should|will|just|now|also|ok|okay|hey|hi|so|lets|not|never|dont|i|we|you|he|she|they|if|or|but|in|on|at|with|by|from|about|run|use|using|never|show|tell|me)$/;

/** Programs that run another: the command after them is read by the shell reader. */
const WRAPPERS = new Set([
  'sudo',
  'doas',
  'env',
  'nohup',
  'time',
  'command',
  'exec',
  'nice',
  'timeout',
  'watch',
  'xargs',
  'su',
]);

/** Words and flags that make a deletion total or skip its safeguard. */
const FORCE =
  /^(?:--?(?:force|f|yes|y|confirm|all|recursive|r|versions|all-versions|purge|permanent|hard|with-volumes|cascade|skip-confirmation|no-prompt|quiet|q)(?:=\S*)?|-[a-z]*[fry][a-z]*|with-volumes=all|\*)$/;

/** A key or path one of whose segments names a scratch or development area (`/app/dev/flag-x`). */
function scratchPath(name: string): boolean {
  if (name.indexOf('/') < 0) return false;
  const parts = name.split('/');
  return parts.length <= 12 && parts.some((p) => /^(?:dev|test|tests|tmp|temp|scratch|sandbox|local)$/i.test(p));
}

/** A deletion through an unknown client at the start of `line`: its severity and span, or null. */
export function destroyingCli(line: string): { severity: Severity; end: number } | null {
  if (line.length < 8 || line.charCodeAt(0) <= 32 || !VERB_LOOK.test(line)) return null;
  const { w, ends } = words(line, 18);
  let k = w[0] === 'sudo' ? 1 : 0;
  const prog = w[k] ?? '';
  if (!PROGRAM.test(prog)) return null;
  if (LEFT_OUT.has(prog) || WRAPPERS.has(prog) || PROSE.test(prog)) return null;
  k++;
  // Up to three resource words, then the destroying verb.
  const nouns: string[] = [];
  let verbAt = -1;
  for (let j = k; j < w.length && j <= k + 3; j++) {
    const t = w[j] as string;
    if (SUBCOMMAND.test(t) && destroyingToken(t)) {
      verbAt = j;
      break;
    }
    if (!NOUN.test(t)) return null;
    nouns.push(t);
  }
  if (verbAt < 0) return null;
  const verb = w[verbAt] as string;
  const args = w.slice(verbAt + 1, verbAt + 13);
  const end = ends[Math.min(w.length, verbAt + 13) - 1] as number;
  // `rm`, `rb`, `del` are programs of their own: a client's subcommand only right after a client's
  // name (`b2 rm`, `mc rm`), after the nouns of a client whose name says it is one (`foo-cli x rm`),
  // or on a store's address (`dbfs:/mnt/lake`, `hdfs://…`).
  if (
    SHORT_VERBS.has(verb) &&
    nouns.length > 0 &&
    !/[-_.\d]|(?:cli|ctl|adm)$/.test(prog) &&
    !args.some((a) => /^[a-z][a-z0-9+]*:\/\S/.test(a))
  )
    return null;
  if (nouns.some((x) => PROSE.test(x) || LOCAL_NOUNS.test(x))) return null;
  const colon = verb.indexOf(':');
  if (colon > 0 && LOCAL_NOUNS.test(verb.slice(0, colon))) return null;
  const verb0 = verb;
  const operands = args.filter((a) => !a.startsWith('-'));
  // A client's command carries a target or a flag; `foo delete` alone is a word and a verb.
  if (operands.length === 0 && args.length === 0) return null;
  // What follows reads as prose (`app remove the old entries from the list`).
  if (operands.slice(0, 3).some((w) => PROSE.test(w))) return null;
  if (args.some((a) => a === '--dry-run' || a === '--dryrun' || a === '--help' || a === '-h')) return null;
  // Perforce's obliterate only lists what it would remove until `-y` is given.
  if (prog === 'p4' && verb0 === 'obliterate' && !args.some((a) => /^-[a-z]*y/.test(a))) return null;
  // `delete <id>`, `destroy {name}`: a template in documentation, not a command to run.
  if (operands.some((o) => /^[<{[].+[>}\]]$/.test(o))) return null;
  let severity: Severity = 'medium';
  const names = operands.filter((o) => !o.includes('='));
  if (
    names.some((n) => scratchNames([n]) || scratchPath(n)) &&
    !args.some((a) => /prod|live|main|master|customer|billing|backup/i.test(a))
  )
    severity = 'low';
  else if (
    args.some((a) => FORCE.test(a)) ||
    nouns.some((w) => /^(all|everything)$/.test(w)) ||
    /prod/i.test(line) ||
    // Removing every revision and its history leaves nothing to restore from.
    /obliterate|expunge/.test(verb)
  )
    severity = 'high';
  return { severity, end };
}

/** A source whose name says it holds nothing (`C:\\empty`, `/tmp/void/`, `./blank`). */
const EMPTY_SOURCE =
  /(?:^|[\\/:])(?:empty|blank|void|nothing|null|nil|emptydir|empty[-_]?dir|empty[-_]?folder|leer|leeg|vide|vac[ií]o|vuoto|pusty)[\\/]?$/i;

/**
 * A mirror of an empty folder onto a destination, which deletes everything there the source lacks:
 * `robocopy C:\\empty \\\\srv\\share /MIR`, `rclone sync /tmp/empty remote:`, `aws s3 sync ./empty
 * s3://b --delete`, `azcopy sync … --delete-destination=true`, `gsutil rsync -d`. The source is
 * known empty by its name. Returns the span's end, or 0.
 */
export function mirroredEmpty(line: string): number {
  const m =
    /^(?:sudo\s+)?(robocopy|rclone|rsync|aws\s+s3|azcopy|gsutil(?:\s+-m)?|gcloud\s+storage)\s+(?:(sync|rsync|copy)\s+)?((?:\S+\s+){0,8}\S+)/i.exec(
      line,
    );
  if (m === null) return 0;
  const tool = (m[1] as string).toLowerCase();
  const words = (m[3] as string).split(/\s+/);
  const operands = words.filter((w) => !w.startsWith('-') && !/^\/[A-Za-z]+(?::\S*)?$/.test(w));
  const flags = words.filter((w) => !operands.includes(w));
  if (operands.length < 2 || !EMPTY_SOURCE.test((operands[0] as string).replace(/["']/g, ''))) return 0;
  const deletes =
    tool === 'robocopy'
      ? flags.some((f) => /^\/(?:mir|purge)$/i.test(f))
      : tool === 'rclone'
        ? m[2]?.toLowerCase() === 'sync'
        : flags.some((f) => /^--delete/.test(f) || (tool.startsWith('gsutil') && /^-[a-z]*d[a-z]*$/.test(f)));
  return deletes ? m[0].length : 0;
}
