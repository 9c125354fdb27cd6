/**
 * Secret readings that the external secret-scanner set (test/external/secret-scanners) showed
 * missing: a provider layout without a prefix (Mailchimp's data-center suffix, Discord's dotted bot
 * token), webhook URLs that post into a workflow (Zapier), Vercel's and Slack's prefixes, and the
 * general reading of a secret-like name bound to a key-shaped value in more syntaxes (a YAML tag, an
 * XML element, a name/value field pair, a long flag and its next word, a bare `key`, a short bearer
 * token, short keys judged against the entropy their length allows). Every case is written here;
 * key bodies come from a seeded generator, so no live credential appears. Each flagged case has
 * allowed neighbours: placeholders, references, digests and ids stay allowed.
 */
import { describe, expect, it } from 'vitest';
import { secretsDetector } from '../../../src/firewall/detectors/secrets.js';
import { IntentFirewall } from '../../../src/index.js';
import { body, reportedIds } from './_scan.js';

const ids = (text: string): string[] => reportedIds(secretsDetector, text);

const ALNUM = '0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz';
const LOWER36 = '0123456789abcdefghijklmnopqrstuvwxyz';
const B64URL = `${ALNUM}_-`;
const HEX = '0123456789abcdef';
const b64 = (s: string) => Buffer.from(s).toString('base64url');

/** [text, finding id]: each must be reported. */
const FLAGGED: [string, string][] = [
  // Provider layouts without a prefix.
  [`mailchimp.api_key ${body(HEX, 32, 1)}-us21`, 'secret.mailchimp-key'],
  [`${body(HEX, 32, 2)}-us3`, 'secret.mailchimp-key'],
  // A Discord bot token: the base64 of a numeric bot id, a 6-character stamp, an HMAC.
  [`${b64('812734650192837465')}.${body(B64URL, 6, 3)}.${body(ALNUM, 27, 4)}`, 'secret.discord-bot-token'],
  [`BOT=${b64('1029384756102938475')}.${body(B64URL, 6, 5)}.${body(B64URL, 38, 6)}`, 'secret.discord-bot-token'],
  [`xoxo-${body('0123456789', 10, 7)}-${body('0123456789', 10, 8)}-${body(HEX, 26, 9)}`, 'secret.slack-token'],
  [`vck_${body(ALNUM, 48, 10)}`, 'secret.vercel-token'],
  [`notify: https://hooks.zapier.com/hooks/catch/7391046/${body(LOWER36, 7, 11)}/`, 'secret.zapier-webhook'],
  // GitHub's installation token wrapping a JWT.
  [
    `GH_TOKEN=ghs_80211_${b64('{"alg":"RS256","typ":"JWT"}')}.${b64('{"iss":"80211","exp":1900000000}')}.${body(B64URL, 43, 12)}`,
    'secret.jwt',
  ],
  // A secret-like name bound to a key-shaped value, in more syntaxes.
  [`signing_secret: !!binary ${Buffer.from(body(ALNUM, 24, 13)).toString('base64')}`, 'secret.assigned-value'],
  [`<apiKey>${body(ALNUM, 32, 14)}</apiKey>`, 'secret.assigned-value'],
  [`<entry key="service.token">${body(ALNUM, 32, 15)}</entry>`, 'secret.assigned-value'],
  [`<add key="StorageApiKey" value="${body(ALNUM, 32, 16)}" />`, 'secret.assigned-value'],
  [`env:\n  - name: BILLING_API_TOKEN\n    value: "${body(ALNUM, 32, 17)}"`, 'secret.assigned-value'],
  [`[{"name": "MAPS_SECRET", "value": "${body(ALNUM, 28, 18)}"}]`, 'secret.assigned-value'],
  [`uploader push --api-key ${body(ALNUM, 32, 19)} ./dist`, 'secret.assigned-value'],
  [`key = "${body(ALNUM, 32, 20)}"`, 'secret.assigned-value'],
  [`curl -H "Authorization: Bearer ${body(ALNUM, 14, 21)}" https://api.example.net/me`, 'secret.assigned-value'],
  // Sixteen characters reach at most 4 bits each; this one holds 3.33.
  ['{"weather": {"api_key": "r7t2r7q4m1r2t9kx"}}', 'secret.assigned-value'],
  [`token: ey${body(B64URL, 300, 23)}.${body(B64URL, 40, 24)}`, 'secret.assigned-value'],
  [`SECRET_KEY_BASE=${body(HEX, 64, 25)}`, 'secret.assigned-value'],
  // A subscript, a call's name and value arguments, a setter's next word, prose, a URL's userinfo.
  [`ENV["PAYMENTS_TOKEN"] = "${body(ALNUM, 32, 27)}"`, 'secret.assigned-value'],
  [`$settings['mail_password'] = '${body(ALNUM, 16, 28)}';`, 'secret.assigned-value'],
  [`define('AUTH_KEY', '${body(ALNUM, 40, 29)}');`, 'secret.assigned-value'],
  [`req.headers.set("X-Api-Key", "${body(ALNUM, 32, 30)}")`, 'secret.assigned-value'],
  [`aws configure set aws_secret_access_key ${body(ALNUM, 40, 31)}`, 'secret.aws-secret-key'],
  [`our staging api token is ${body(ALNUM, 32, 32)} for now`, 'secret.assigned-value'],
  [`git push https://${body(ALNUM, 36, 33)}@git.example.org/team/app.git`, 'secret.connection-string'],
  // A stand-in word met by chance inside a generated value, and `XXx` folded from a random one.
  [`service_token: 7k2m9qfake4r8t1w6z3p5n0c`, 'secret.assigned-value'],
  ['client = Client(api_key="XXxm4Rt9qLw2ZpK7vN3bY")', 'secret.assigned-value'],
];

/** [text, why]: none may be reported. */
const ALLOWED: [string, string][] = [
  [`${body(HEX, 32, 2)}-usa`, 'not a data-center suffix'],
  [`${body(HEX, 31, 2)}-us3`, 'one hex digit short'],
  ['locale en-us and fr-ca are supported', 'locale codes'],
  ['com.example.widget.Module.build.gradle.kts', 'dotted names'],
  [`${b64('812734650192837465')}.abcdef.thisisnotatokenatallbutwords`, 'lowercase words, no digit'],
  ['vcp_abc', 'too short'],
  ['https://hooks.zapier.com/hooks/catch/', 'no hook'],
  ['https://hooks.zapier.com/hooks/catch/<account>/<hook>/', 'placeholder'],
  ['cert_bundle: !!binary R0lGODlhAQABAIAAAAAAAP///yH5BAEAAAAALAAAAAABAAEAAAIBRAA7', 'not a secret name'],
  ['api_token: !ENV ${API_TOKEN}', 'a reference after the tag'],
  ['<apiKey>${API_KEY}</apiKey>', 'a reference'],
  ['<apiKeyHeader>X-Api-Key</apiKeyHeader>', 'a header name'],
  ['<add key="StorageApiKey" value="%STORAGE_API_KEY%" />', 'a reference'],
  [
    'env:\n  - name: BILLING_API_TOKEN\n    valueFrom:\n      secretKeyRef:\n        name: billing',
    'a secret reference',
  ],
  ['uploader push --api-key-file ./secrets/key.txt', 'a file, not a key'],
  ['uploader push --api-key $UPLOAD_KEY ./dist', 'a reference'],
  ['uploader push --api-key --verbose', 'the next word is a flag'],
  ['key = "user-profile-cache-v2"', 'a cache key'],
  [`key: ${body(HEX, 40, 26)}`, 'a digest'],
  ['key: 3f1e2c4d-5a6b-4c7d-8e9f-0a1b2c3d4e5f', 'an id'],
  ['curl -H "Authorization: Bearer $TOKEN" https://api.example.net/me', 'a reference'],
  ['Authorization: Bearer token', 'a stand-in'],
  ['{"weather": {"api_key": "your-api-key"}}', 'a placeholder'],
  ['cloudant_password = "a-fake-tooshort-key"', 'a stand-in word between separators'],
  ['smtp_password = "justafakevalue"', 'a stand-in word without digits'],
  ['api_key = "xxx-xxx-xxx-xxx"', 'a run of x'],
  ['ENV["PAYMENTS_TOKEN"] = ENV.fetch("VAULT_TOKEN")', 'a lookup'],
  ["define('AUTH_KEY', 'put your unique phrase here');", 'a stand-in'],
  ['os.getenv("API_TOKEN", "default")', 'a default word'],
  ['req.headers.set("X-Api-Key", apiKey)', 'a variable'],
  ['aws configure set region us-east-1', 'not a secret name'],
  ['aws configure set aws_secret_access_key $AWS_SECRET', 'a reference'],
  ['the api token is expired, request a new one', 'a state, not a value'],
  ['the signing key is stored in the key vault', 'a place, not a value'],
  ['git push https://deploy-bot@git.example.org/team/app.git', 'a user name'],
  ['git clone https://x-access-token@github.com/team/app.git', 'a stand-in user'],
];

describe('secret readings from the external scanner fixtures', () => {
  it.each(FLAGGED)('reports %s as %s', (text, id) => {
    expect(ids(text), text).toContain(id);
  });

  it.each(ALLOWED)('does not report %s (%s)', (text) => {
    expect(ids(text)).toEqual([]);
  });

  it('escalates a Discord bot token on its own line end to end, and lets dotted names through', () => {
    const fw = new IntentFirewall();
    const token = `${b64('712983465019283746')}.${body(B64URL, 6, 30)}.${body(ALNUM, 27, 31)}`;
    expect(fw.validateRequest({ id: 'a', content: `use ${token} for the bot` }).decision).not.toBe('allow');
    expect(fw.validateRequest({ id: 'b', content: 'see org.apache.commons.lang3.StringUtils' }).decision).toBe('allow');
  });
});
