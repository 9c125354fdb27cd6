/**
 * The scope a line gives the data a destructive command works on, in its own words around the
 * command: one's own, local, personal, development, test, sandbox or preview data
 * (`terraform destroy in ~/sandbox/me — my own sandbox project`, `Reset my local database: dropdb
 * app_dev`, `kubectl delete namespace pr-12 — the preview env is no longer needed`), with nothing on
 * the line saying the data is production, shared or someone else's.
 *
 * Read by the `shell` and `sql` detectors, which own the severity of the command and lower it
 * (never a critical shell finding) when the line scopes it so.
 *
 * @internal Not part of the public API.
 */

/** Lines longer than this are not read for a scope: a scope note sits next to its command. */
const MAX_LINE = 400;

/** Words that say the data is one's own, local, personal, for development or tests, or short-lived. */
const OWNED =
  /\b(?:my own|(?:my|our) (?:local|personal|dev|development|test|testing|scratch|sandbox|own|laptop|workstation)|personal (?:sandbox|playground|project|account|subscription|resource group|test|dev|copy|machine|laptop|cluster|namespace)|sandbox|playground|scratch|throwaway|disposable|local (?:checkout|clone|database|db|redis|sqlite|postgres(?:ql)?|mysql|mongo(?:db)?|cache|branch|only|commits?|instance|cluster|file|repo|volume|container)|(?:dev|development|test|testing|ci|e2e) (?:branch )?(?:database|db|instance|redis|cache|schema|env|environment|namespace|cluster|project|data|tables?)|(?:the|our|my) test suite|preview (?:env|environment|deployment|namespace|app|stack)|review (?:app|env|environment)|(?:on|in) (?:this|my) (?:own )?(?:laptop|workstation|desktop|computer|pc|mac|macbook|dev box)|(?:my|the|a) (?:local )?(?:kind|minikube|k3d|microk8s|colima) (?:cluster|vm|profile)|local (?:[a-z0-9]+db|mariadb|cassandra|clickhouse|elasticsearch|opensearch|memcached|neo4j|kafka|valkey|keydb|dynamodb|firestore emulator)|ephemeral|(?:database|db|istanza|ambiente|server|macchina|base de datos|bd|entorno|servidor|instancia|m[aá]quina|base de donn[eé]es|bdd|base|environnement|serveur|instance|banco de dados|base de dados|inst[aâ]ncia|omgeving) locale?|(?:di|de|da) (?:sviluppo|desarrollo|d[eé]veloppement|dev|desenvolvimento|pruebas?|testes?|test|recette)|lokale[nrs]? (?:datenbank|instanz|umgebung|rechner|maschine|database|omgeving|server)|(?:entwicklungs|test)(?:datenbank|umgebung|system|server|instanz)|(?:testomgeving|ontwikkelomgeving|testdatabase)|lokaln\w* (?:baz\w*|instancj\w*|[sś]rodowisk\w*)|testow\w*|deweloper\w*|geli[sş]tirme|test ortam\w*|yerel (?:veritaban\w*|ortam\w*)|not (?:yet )?pushed|unpushed|never pushed|nobody else uses|no one else uses|only i use)\b/i;

/** Words that say the data is kept, shared or someone else's; no scope note overrides them. */
const KEPT =
  /\b(?:prod|production|live|shared|customers?|clients?|upstream|origin|everyone'?s?|company|colleague'?s?|coworker'?s?|teammate'?s?|team'?s|someone else'?s|his|her|staging|main|master|remote|producci[oó]n|produzione|produktion\w*|produ[cç][aã]o|produkcj\w*|[uü]retim|produksi|compartid\w*|partag[eé]\w*|condivis\w*|gemeinsam\w*|kunden|clienti|clientes)\b/i;

/** Phrases that carry a scope word without scoping the data, removed before reading. */
const NOT_SCOPE = /\bfrom scratch\b|\bout of (?:the |a )?sandbox\b|\bescape (?:the |a )?sandbox\b/gi;
/** A kept-data word denied ("nothing shared", "not production", "never pushed to origin"). */
const DENIED =
  /\b(?:nothing|not|never|isn't|is not|no|none of it)\s+(?:(?:yet|been|ever|in|on|to|a|the)\s+)?(?:pushed to\s+)?(?:shared|prod|production|live|origin|main|master|remote|staging|customers?)\b/gi;

/** `staging` as one part of a snake_case name. */
const SNAKE_STAGING = /(?<=_)staging(?![a-z])|(?<![a-z])staging(?=_)/gi;

/** A name: a word joined by `-`, `_`, `.` or `/` (`sandbox-acme`, `~/scratch/x`, `test_db`). */
const NAME = /[^\s,;:()'"`]*[-_./][^\s,;:()'"`]*/g;

/**
 * Whether `line` scopes the command on it as one's own, local, test or preview data. The scope is
 * read in the line's words, never in a name (`gcloud projects delete sandbox-acme` scopes
 * nothing); what is kept is read in the whole line, names by their parts (`customers_prod`).
 */
export function ownedScope(line: string): boolean {
  if (line.length > MAX_LINE) return false;
  // A scope word read after the replacements below is in the line as written: each replacement
  // puts one space for a whole name (bounded by separators) or a phrase (bounded by `\b`), and a
  // scope word starts and ends with a letter and has spaces only between letters. So a line with
  // none as written has none after them, and most lines stop here without the two copies.
  if (!OWNED.test(line)) return false;
  const text = line.replace(NOT_SCOPE, ' ');
  if (!OWNED.test(text.replace(NAME, ' '))) return false;
  // In a snake_case name `staging` is a load area (`staging_import`, `orders_staging`), not the
  // staging environment that a `staging-db` host or a `staging.` domain names.
  const parts = text.replace(SNAKE_STAGING, ' ').replace(/[_.-]/g, ' ');
  return !KEPT.test(parts.replace(DENIED, ' '));
}

/** A removable medium named as the user's own, or as the one just plugged in. */
const OWN_MEDIUM =
  /\b(?:(?:my|the)\s+(?:(?:own|new|spare|old|empty|blank|brand-new|little|cheap)\s+){0,2}(?:\d+\s*(?:gb|tb|g)\s+)?(?:[A-Z][\w-]{1,15}\s+)?(?:usb(?:\s+(?:stick|drive|key|thumb\s*drive|flash\s+drive))?|thumb\s*drive|flash\s+drive|pen\s*drive|sd\s*card|micro\s*sd(?:\s+card)?|memory\s+card|camera'?s?\s+(?:sd\s+)?card)|(?:usb\s+stick|sd\s+card|thumb\s*drive|flash\s+drive)\s+(?:i|we)\s+(?:just\s+)?(?:plugged|inserted|bought|put)\b)/i;
/** Words that make the device someone else's, many devices, or a server's. */
const NOT_OWN_MEDIUM =
  /\b(?:all|every|each|fleet|servers?|prod|production|company|office|colleague'?s?|coworker'?s?|someone|their|his|her|customers?|boot\s+(?:disk|drive)|system\s+(?:disk|drive))\b/i;
/**
 * The disk a machine boots from under its usual names: the first SATA, NVMe, virtual or Xen disk,
 * macOS's first disks and Windows' first physical drive, and their partitions. A line that calls one of these a USB stick
 * is not taken at its word.
 */
const FIRST_DISK =
  /(?:\/dev\/(?:r?disk[01](?:s\d+)?|[shv]da\d*|xvda\d*|nvme0n1(?:p\d+)?)|physicaldrive0|\bdisk\s+0\b|-number\s+0\b)(?![\w])/i;

/**
 * Whether `line` names the disk it writes as the user's own removable medium (`my new USB stick`,
 * `the 16 GB SanDisk I just plugged in`, `my camera's SD card`), one device and nobody else's: an
 * installer written to it or the card reformatted is everyday work. Bounded by {@link MAX_LINE}.
 */
export function ownRemovableMedium(line: string): boolean {
  return line.length <= MAX_LINE && OWN_MEDIUM.test(line) && !NOT_OWN_MEDIUM.test(line) && !FIRST_DISK.test(line);
}
