/**
 * The catalog of credential formats the `secrets` detector knows, as data: one entry per format,
 * each a literal prefix (the cheap gate, matched case-sensitively) followed by a body of a fixed
 * alphabet and length range, with an optional checksum. Formats that are not a prefix and a body
 * (JWTs, private-key blocks, connection strings, webhooks with a path, values assigned to
 * secret-like names) are checked by small hand scanners in `secrets.ts`; their ids are listed in
 * {@link STRUCTURED_FORMATS} so the catalog names every finding the detector can report.
 *
 * Formats come from the vendors' own documentation of their token layouts and from the public
 * detectors of trufflehog, Yelp detect-secrets and secretlint (formats only; no rule text copied).
 *
 * @internal Not part of the public API.
 */
import type { Severity } from '../types.js';

/**
 * Which characters a token body may contain: `alnum` 0-9A-Za-z, `b64url` plus `_-`, `hex` 0-9a-f,
 * `upper` 0-9A-Z, `word` alnum plus `_`, `dash` alnum plus `-`, `b64` alnum plus `+/=`, `alpha`
 * A-Za-z.
 */
export type Alphabet = 'alnum' | 'b64url' | 'hex' | 'upper' | 'word' | 'dash' | 'b64' | 'alpha';

/** Whether code unit `c` belongs to alphabet `a`. */
export function inAlphabet(a: Alphabet, c: number): boolean {
  const digit = c >= 48 && c <= 57;
  const upper = c >= 65 && c <= 90;
  const lower = c >= 97 && c <= 122;
  switch (a) {
    case 'alnum':
      return digit || upper || lower;
    case 'b64url':
      return digit || upper || lower || c === 95 || c === 45;
    case 'hex':
      return digit || (c >= 97 && c <= 102);
    case 'upper':
      return digit || upper;
    case 'word':
      return digit || upper || lower || c === 95;
    case 'dash':
      return digit || upper || lower || c === 45;
    case 'b64':
      return digit || upper || lower || c === 43 || c === 47 || c === 61;
    case 'alpha':
      return upper || lower;
  }
}

/**
 * Checksums some providers put in their tokens. `crc32-base62`: the last six characters are the
 * CRC-32 (IEEE) of the rest of the body in base62 (`0-9A-Za-z`), left-padded with `0` (GitHub's
 * token format of 2021, also used by npm).
 */
export type Checksum = 'crc32-base62';

/** One credential format: a prefix and a body. */
export interface TokenFormat {
  /** Finding id, `secret.…`. */
  readonly id: string;
  /** Who issues it. */
  readonly provider: string;
  /** Literal prefixes, matched case-sensitively, each starting the token. */
  readonly prefixes: readonly string[];
  /** The body after the prefix. */
  readonly alphabet: Alphabet;
  readonly min: number;
  readonly max: number;
  readonly checksum?: Checksum;
  /** Body must hold at least one digit (true random bodies of this length nearly always do). */
  readonly digit?: boolean;
  readonly severity: Severity;
}

const t = (
  id: string,
  provider: string,
  prefixes: readonly string[],
  alphabet: Alphabet,
  min: number,
  max: number,
  severity: Severity,
  extra: { checksum?: Checksum; digit?: boolean } = {},
): TokenFormat =>
  Object.freeze({ id, provider, prefixes: Object.freeze(prefixes), alphabet, min, max, severity, ...extra });

/** Prefix-and-body formats. */
export const TOKEN_FORMATS: readonly TokenFormat[] = Object.freeze([
  t('secret.aws-access-key-id', 'AWS', ['AKIA', 'ASIA', 'ABIA', 'ACCA', 'AROA', 'AIDA'], 'upper', 16, 16, 'high'),
  t('secret.gcp-api-key', 'Google Cloud', ['AIza'], 'b64url', 35, 35, 'high'),
  t('secret.google-oauth-client-secret', 'Google', ['GOCSPX-'], 'b64url', 28, 28, 'high'),
  t('secret.google-oauth-access-token', 'Google', ['ya29.'], 'b64url', 30, 512, 'high', { digit: true }),
  t('secret.github-token', 'GitHub', ['ghp_', 'gho_', 'ghu_', 'ghs_', 'ghr_'], 'alnum', 36, 36, 'high', {
    checksum: 'crc32-base62',
  }),
  t('secret.github-fine-grained-token', 'GitHub', ['github_pat_'], 'word', 70, 90, 'high', { digit: true }),
  t(
    'secret.gitlab-token',
    'GitLab',
    ['glpat-', 'gldt-', 'glrt-', 'glptt-', 'gloas-', 'glcbt-', 'glimt-', 'glagent-', 'glsoat-', 'glffct-'],
    'b64url',
    20,
    64,
    'high',
    {
      digit: true,
    },
  ),
  t('secret.npm-token', 'npm', ['npm_'], 'alnum', 36, 36, 'high', { checksum: 'crc32-base62' }),
  t('secret.pypi-token', 'PyPI', ['pypi-AgEIcHlwaS5vcmc', 'pypi-AgENdGVzdC5weXBpLm9yZw'], 'b64url', 50, 400, 'high'),
  t('secret.dockerhub-token', 'Docker Hub', ['dckr_pat_', 'dckr_oat_'], 'b64url', 24, 40, 'high', { digit: true }),
  t(
    'secret.slack-token',
    'Slack',
    // `xoxo-` is listed beside the documented prefixes by detect-secrets' Slack plugin.
    ['xoxb-', 'xoxp-', 'xoxa-', 'xoxr-', 'xoxs-', 'xoxe-', 'xoxo-', 'xoxe.xoxp-'],
    'dash',
    20,
    250,
    'high',
    {
      digit: true,
    },
  ),
  t('secret.slack-app-token', 'Slack', ['xapp-'], 'dash', 40, 250, 'high', { digit: true }),
  t('secret.twilio-api-key', 'Twilio', ['SK'], 'hex', 32, 32, 'high', { digit: true }),
  t('secret.twilio-account-sid', 'Twilio', ['AC'], 'hex', 32, 32, 'medium', { digit: true }),
  t('secret.mailgun-key', 'Mailgun', ['key-'], 'alnum', 32, 32, 'high', { digit: true }),
  t('secret.stripe-live-key', 'Stripe', ['sk_live_', 'rk_live_'], 'alnum', 24, 247, 'high', { digit: true }),
  t('secret.stripe-test-key', 'Stripe', ['sk_test_', 'rk_test_'], 'alnum', 24, 247, 'medium', { digit: true }),
  t('secret.stripe-webhook-secret', 'Stripe', ['whsec_'], 'alnum', 32, 64, 'high', { digit: true }),
  t('secret.square-token', 'Square', ['sq0atp-'], 'b64url', 22, 22, 'high'),
  t('secret.square-oauth-secret', 'Square', ['sq0csp-'], 'b64url', 43, 43, 'high'),
  t('secret.square-access-token', 'Square', ['EAAA'], 'b64url', 60, 60, 'high', { digit: true }),
  t('secret.shopify-token', 'Shopify', ['shpat_', 'shpca_', 'shppa_', 'shpss_'], 'hex', 32, 32, 'high'),
  t('secret.anthropic-key', 'Anthropic', ['sk-ant-'], 'b64url', 80, 130, 'high', { digit: true }),
  t('secret.openai-key', 'OpenAI', ['sk-proj-', 'sk-svcacct-', 'sk-admin-'], 'b64url', 40, 200, 'high', {
    digit: true,
  }),
  // The legacy layout (48 alphanumerics) and the same shape other LLM providers issue.
  t('secret.openai-key', 'OpenAI', ['sk-'], 'alnum', 32, 64, 'high', { digit: true }),
  t('secret.huggingface-token', 'Hugging Face', ['hf_'], 'alpha', 30, 40, 'high'),
  t('secret.heroku-key', 'Heroku', ['HRKU-'], 'b64url', 20, 80, 'high', { digit: true }),
  t('secret.digitalocean-token', 'DigitalOcean', ['dop_v1_', 'doo_v1_', 'dor_v1_'], 'hex', 64, 64, 'high'),
  t('secret.newrelic-key', 'New Relic', ['NRAK-', 'NRII-', 'NRIQ-', 'NRRA-'], 'upper', 27, 32, 'high', {
    digit: true,
  }),
  t('secret.sentry-token', 'Sentry', ['sntrys_', 'sntryu_'], 'b64', 40, 200, 'high', { digit: true }),
  t('secret.linear-key', 'Linear', ['lin_api_'], 'alnum', 40, 40, 'high', { digit: true }),
  t('secret.postman-key', 'Postman', ['PMAK-'], 'dash', 59, 59, 'high', { digit: true }),
  t('secret.doppler-token', 'Doppler', ['dp.pt.', 'dp.st.', 'dp.sa.'], 'alnum', 40, 44, 'high', { digit: true }),
  t('secret.vault-token', 'HashiCorp Vault', ['hvs.', 'hvb.'], 'b64url', 24, 200, 'high', { digit: true }),
  t('secret.grafana-token', 'Grafana', ['glsa_', 'glc_'], 'word', 32, 200, 'high', { digit: true }),
  t('secret.databricks-token', 'Databricks', ['dapi'], 'hex', 32, 32, 'high', { digit: true }),
  t('secret.age-secret-key', 'age', ['AGE-SECRET-KEY-1'], 'upper', 58, 58, 'high'),
  t('secret.groq-key', 'Groq', ['gsk_'], 'alnum', 52, 52, 'high', { digit: true }),
  t('secret.replicate-token', 'Replicate', ['r8_'], 'alnum', 37, 37, 'high', { digit: true }),
  t('secret.perplexity-key', 'Perplexity', ['pplx-'], 'alnum', 48, 48, 'high', { digit: true }),
  t('secret.xai-key', 'xAI', ['xai-'], 'alnum', 80, 80, 'high', { digit: true }),
  t('secret.openrouter-key', 'OpenRouter', ['sk-or-v1-'], 'hex', 64, 64, 'high'),
  t('secret.atlassian-token', 'Atlassian', ['ATATT3'], 'b64url', 100, 300, 'high', { digit: true }),
  t('secret.facebook-token', 'Meta', ['EAACEdEose0cBA'], 'alnum', 20, 300, 'high', { digit: true }),
  t('secret.azure-storage-key', 'Azure', ['AccountKey='], 'b64', 86, 88, 'high', { digit: true }),
  t('secret.alibaba-access-key-id', 'Alibaba Cloud', ['LTAI'], 'alnum', 20, 20, 'high', { digit: true }),
  t('secret.tencent-secret-id', 'Tencent Cloud', ['AKID'], 'alnum', 32, 32, 'high', { digit: true }),
  t('secret.notion-token', 'Notion', ['secret_', 'ntn_'], 'alnum', 43, 46, 'high', { digit: true }),
  t('secret.pulumi-token', 'Pulumi', ['pul-'], 'hex', 40, 40, 'high', { digit: true }),
  t('secret.supabase-token', 'Supabase', ['sbp_'], 'hex', 40, 40, 'high', { digit: true }),
  t('secret.netlify-token', 'Netlify', ['nfp_'], 'alnum', 36, 36, 'high', { digit: true }),
  t('secret.render-key', 'Render', ['rnd_'], 'alnum', 32, 32, 'high', { digit: true }),
  t(
    'secret.planetscale-token',
    'PlanetScale',
    ['pscale_tkn_', 'pscale_pw_', 'pscale_oauth_'],
    'b64url',
    32,
    64,
    'high',
    { digit: true },
  ),
  t('secret.mapbox-secret-token', 'Mapbox', ['sk.eyJ'], 'b64url', 40, 300, 'high', { digit: true }),
  t('secret.dropbox-token', 'Dropbox', ['sl.'], 'b64url', 130, 1000, 'high', { digit: true }),
  t('secret.hubspot-token', 'HubSpot', ['pat-na1-', 'pat-eu1-'], 'dash', 36, 36, 'high', { digit: true }),
  t('secret.sonarqube-token', 'SonarQube', ['squ_', 'sqp_', 'sqa_'], 'hex', 40, 40, 'high', { digit: true }),
  t('secret.jfrog-token', 'JFrog', ['AKCp'], 'alnum', 60, 80, 'high', { digit: true }),
  t('secret.circleci-token', 'CircleCI', ['CCIPAT_'], 'b64url', 40, 64, 'high', { digit: true }),
  t('secret.buildkite-token', 'Buildkite', ['bkua_'], 'hex', 40, 40, 'high', { digit: true }),
  t('secret.onepassword-token', '1Password', ['ops_eyJ'], 'b64url', 200, 1200, 'high', { digit: true }),
  t('secret.contentful-token', 'Contentful', ['CFPAT-'], 'b64url', 43, 43, 'high', { digit: true }),
  t('secret.prefect-key', 'Prefect', ['pnu_'], 'alnum', 36, 36, 'high', { digit: true }),
  t('secret.tailscale-key', 'Tailscale', ['tskey-auth-', 'tskey-api-', 'tskey-client-'], 'dash', 30, 80, 'high', {
    digit: true,
  }),
  t('secret.duffel-token', 'Duffel', ['duffel_live_', 'duffel_test_'], 'b64url', 43, 43, 'high', { digit: true }),
  t('secret.easypost-key', 'EasyPost', ['EZAK', 'EZTK'], 'alnum', 54, 54, 'high', { digit: true }),
  t('secret.shippo-token', 'Shippo', ['shippo_live_', 'shippo_test_'], 'hex', 40, 40, 'high', { digit: true }),
  t('secret.rubygems-key', 'RubyGems', ['rubygems_'], 'hex', 48, 48, 'high', { digit: true }),
  t('secret.langsmith-key', 'LangSmith', ['lsv2_pt_', 'lsv2_sk_'], 'word', 40, 50, 'high', { digit: true }),
  t('secret.pinecone-key', 'Pinecone', ['pcsk_'], 'word', 50, 90, 'high', { digit: true }),
  t('secret.bitbucket-app-password', 'Bitbucket', ['ATBB'], 'alnum', 28, 40, 'high', { digit: true }),
  t('secret.figma-token', 'Figma', ['figd_'], 'b64url', 40, 45, 'high', { digit: true }),
  t('secret.brevo-key', 'Brevo (Sendinblue)', ['xkeysib-'], 'dash', 81, 81, 'high', { digit: true }),
  t('secret.infracost-key', 'Infracost', ['ico-'], 'alnum', 32, 32, 'high', { digit: true }),
  t('secret.razorpay-key', 'Razorpay', ['rzp_live_'], 'alnum', 14, 14, 'medium', { digit: true }),
  t('secret.readme-key', 'ReadMe', ['rdme_'], 'alnum', 70, 70, 'high', { digit: true }),
  // Vercel's token prefixes of 2025: personal (`vcp_`), integration (`vci_`), app (`vca_`),
  // refresh (`vcr_`) and API keys (`vck_`).
  t('secret.vercel-token', 'Vercel', ['vcp_', 'vci_', 'vca_', 'vcr_', 'vck_'], 'alnum', 24, 64, 'high', {
    digit: true,
  }),
]);

/**
 * Ids of the formats checked by hand scanners rather than prefix and body, with their provider
 * and base severity.
 */
export const STRUCTURED_FORMATS: readonly { id: string; provider: string; severity: Severity }[] = Object.freeze([
  { id: 'secret.aws-secret-key', provider: 'AWS', severity: 'high' },
  { id: 'secret.gcp-service-account-key', provider: 'Google Cloud', severity: 'high' },
  { id: 'secret.azure-sas-token', provider: 'Azure', severity: 'high' },
  { id: 'secret.slack-webhook', provider: 'Slack', severity: 'high' },
  { id: 'secret.discord-webhook', provider: 'Discord', severity: 'high' },
  { id: 'secret.discord-bot-token', provider: 'Discord', severity: 'high' },
  { id: 'secret.telegram-bot-token', provider: 'Telegram', severity: 'high' },
  { id: 'secret.sendgrid-key', provider: 'SendGrid', severity: 'high' },
  { id: 'secret.sentry-dsn', provider: 'Sentry', severity: 'medium' },
  { id: 'secret.mailchimp-key', provider: 'Mailchimp', severity: 'high' },
  { id: 'secret.zapier-webhook', provider: 'Zapier', severity: 'high' },
  { id: 'secret.jwt', provider: 'JSON Web Token', severity: 'high' },
  { id: 'secret.private-key', provider: 'PEM, OpenSSH, PGP', severity: 'high' },
  { id: 'secret.connection-string', provider: 'databases, brokers, URLs', severity: 'high' },
  { id: 'secret.assigned-value', provider: 'any', severity: 'medium' },
  { id: 'secret.cli-credential', provider: 'command lines', severity: 'high' },
  { id: 'secret.token-bad-checksum', provider: 'GitHub, npm', severity: 'medium' },
  { id: 'secret.prefixed-token', provider: 'any vendor prefix', severity: 'high' },
  { id: 'secret.high-entropy-value', provider: 'any (config and env files)', severity: 'medium' },
  { id: 'secret.password-hash', provider: 'crypt(3): MD5, SHA-crypt, bcrypt, yescrypt, Argon2', severity: 'medium' },
]);

/**
 * Values published in vendors' documentation as examples; never a leak.
 */
export const DOCUMENTED_EXAMPLES: ReadonlySet<string> = new Set([
  'AKIAIOSFODNN7EXAMPLE',
  'wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY',
  'SflKxwRJSMeKKF2QT4fwpMeJf36POk6yJV_adQssw5c',
]);

let crcTable: Uint32Array | null = null;

/** Built on first use: nothing runs at import time. */
function table(): Uint32Array {
  if (crcTable !== null) return crcTable;
  const tbl = new Uint32Array(256);
  for (let n = 0; n < 256; n++) {
    let c = n;
    for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
    tbl[n] = c >>> 0;
  }
  crcTable = tbl;
  return tbl;
}

const BASE62 = '0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz';

/** CRC-32 (IEEE 802.3) of the code units of `s` in `[start, end)`, all ASCII here. */
export function crc32(s: string, start: number, end: number): number {
  const tbl = table();
  let c = 0xffffffff;
  // the index is masked to 0..255, the table's length is 256
  for (let i = start; i < end; i++) c = (c >>> 8) ^ tbl[(c ^ s.charCodeAt(i)) & 0xff]!;
  return (c ^ 0xffffffff) >>> 0;
}

/** Whether `body` (the token after its prefix) carries a valid checksum of kind `kind`. */
export function checksumValid(kind: Checksum, s: string, start: number, end: number): boolean {
  switch (kind) {
    case 'crc32-base62': {
      if (end - start < 7) return false;
      let n = crc32(s, start, end - 6);
      for (let i = end - 1; i >= end - 6; i--) {
        if (s.charCodeAt(i) !== BASE62.charCodeAt(n % 62)) return false;
        n = Math.floor(n / 62);
      }
      return n === 0;
    }
  }
}
