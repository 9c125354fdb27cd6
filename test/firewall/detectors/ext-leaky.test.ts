/**
 * Secret readings that tools' real config files showed missing (the `leaky-repo` external set):
 * tokens in a vendor-prefixed layout whoever the vendor is, password hashes of the crypt family, a
 * key-shaped value under any name in an env or config file, an XML element whose attributes come
 * before the password, a password with `#` inside a URL's userinfo, and a long encoded password
 * that repeats few symbols. Every case is written here; key bodies come from the seeded generator,
 * so no live credential appears. Each flagged case has allowed neighbours: object ids, publishable
 * keys, digests, UUIDs, slugs, identifiers, locked accounts, mentions and references stay allowed.
 */
import { describe, expect, it } from 'vitest';
import { secretsDetector } from '../../../src/firewall/detectors/secrets.js';
import { IntentFirewall } from '../../../src/index.js';
import { body, reportedIds } from './_scan.js';

const ids = (text: string): string[] => reportedIds(secretsDetector, text);

const ALNUM = '0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz';
const LOWER36 = '0123456789abcdefghijklmnopqrstuvwxyz';
const B64 = `${ALNUM}+/`;
const CRYPT = `./${ALNUM}`;
const HEX = '0123456789abcdef';

/** A value in an IDE's XOR-and-hex form: pairs that mostly start with the same two digits. */
const xorHex = (n: number, seed: number): string =>
  Array.from(body('89abcde', n, seed), (c, k) => (k % 3 === 0 ? `df${c}` : `d${c}`)).join('');

/** [text, finding id]: each must be reported. */
const FLAGGED: [string, string][] = [
  // Vendor-prefixed tokens, judged by the body.
  [`use zkr_${body(ALNUM, 32, 101)} for the staging deploy`, 'secret.prefixed-token'],
  [`mytool login --with qwx_live_${body(ALNUM, 28, 102)}`, 'secret.prefixed-token'],
  [`"deployKey": ["brq_pat_${body(ALNUM, 24, 103)}"]`, 'secret.prefixed-token'],
  [`- plk-${body(LOWER36, 40, 104)}`, 'secret.prefixed-token'],
  [`vendr-api-${body(ALNUM, 22, 105)}-${body(ALNUM, 18, 106)}`, 'secret.prefixed-token'],
  [`the new one is nwt_${body(ALNUM, 36, 107)}.`, 'secret.prefixed-token'],
  // Password hashes, as shadow, htpasswd and dump files hold them.
  [`webadmin:$apr1$${body(CRYPT, 8, 111)}$${body(CRYPT, 22, 112)}`, 'secret.password-hash'],
  [`deploy:$6$${body(CRYPT, 16, 113)}$${body(CRYPT, 86, 114)}:19723:0:99999:7:::`, 'secret.password-hash'],
  [`(7, 'nadia', '$2b$10$${body(CRYPT, 53, 115)}', 1),`, 'secret.password-hash'],
  [`hash: $5$rounds=5000$${body(CRYPT, 12, 116)}$${body(CRYPT, 43, 117)}`, 'secret.password-hash'],
  [`$argon2id$v=19$m=65536,t=3,p=4$${body(B64, 22, 118)}$${body(B64, 43, 119)}`, 'secret.password-hash'],
  [`ops:$y$j9T$${body(CRYPT, 24, 120)}$${body(CRYPT, 43, 121)}:19723::::::`, 'secret.password-hash'],
  // A key-shaped value under a name no list foresees, on a config line of its own.
  [`nimbus=${body(B64, 44, 131)}`, 'secret.high-entropy-value'],
  [`export ORBIT_BLOB="${body(ALNUM, 40, 132)}"`, 'secret.high-entropy-value'],
  [`upstream:\n  falcon: ${body(ALNUM, 48, 133)}`, 'secret.high-entropy-value'],
  // More syntaxes of a named password.
  [`<Password encrypted="no">${body(ALNUM, 24, 141)}</Password>`, 'secret.assigned-value'],
  [`<fileTransfer host="files.example.org" password="${xorHex(28, 142)}" />`, 'secret.assigned-value'],
  [`https://deploy:Qz7#kLp2x9@git.example.org`, 'secret.connection-string'],
];

/** [text, why]: none of these may be reported. */
const ALLOWED: [string, string][] = [
  [`charged cus_${body(ALNUM, 14, 201)} with pi_${body(ALNUM, 24, 202)}`, 'payment object ids'],
  [`"id": "chatcmpl-${body(ALNUM, 29, 203)}"`, 'a completion id'],
  [`uploaded as file-${body(ALNUM, 24, 204)}`, 'a file id'],
  [`stripe.setPublishableKey("pk_live_${body(ALNUM, 24, 205)}")`, 'a publishable key'],
  [`integrity="sha384-${body(ALNUM, 64, 206)}"`, 'a digest after its algorithm'],
  [`"integrity": "sha512-${body(B64, 86, 207)}=="`, 'a lockfile digest'],
  ['trace req-3f1e2c4d-5a6b-4c7d-8e9f-0a1b2c3d4e5f', 'a UUID'],
  [`tagged build-${body(HEX, 40, 208)}`, 'a commit id'],
  ['class="btn-primary card-header-tabs col-md-6"', 'CSS classes'],
  ['call get_userAccountSettingsFromCache2 first', 'an identifier in camelCase'],
  ['see my-post-about-rust-2024-and-beyond', 'a slug'],
  [`<script src="/assets/main-${body(ALNUM, 8, 209)}.js">`, 'a bundle hash'],
  [`<img src="/uploads/img_${body(ALNUM, 24, 210)}.png">`, 'a file name in a path'],
  [`data:image/png;base64,${body(B64, 120, 211)}`, 'an inline image'],
  ['acme_abcd1234abcd1234abcd1234abcd', 'sequential filler'],
  ['the $6$ prefix means SHA-512 crypt and $2b$ means bcrypt', 'schemes named'],
  [`$2b$12$${body(CRYPT, 20, 212)}`, 'a truncated hash'],
  ['root:!:19723:0:99999:7:::\ndaemon:*:19723:0:99999:7:::', 'locked accounts'],
  ['echo "$1$2$3" and $5$HOME', 'positional parameters'],
  [`checksum=${body(B64, 44, 213)}`, 'a checksum'],
  [`BUILD_ID=${body(ALNUM, 40, 214)}`, 'an id'],
  [`COMMIT=${body(HEX, 40, 215)}`, 'a commit'],
  [`SRI=sha384-${body(ALNUM, 64, 216)}`, 'a digest'],
  ['routeName=getUserAccountSettingsFromCacheManager', 'a camelCase name'],
  [`mirror=https://cdn.example.org/${body(ALNUM, 40, 217)}`, 'a URL'],
  [`the value ${body(ALNUM, 40, 218)} shows up in the log`, 'not an assignment'],
  ['<Password encrypted="yes" />', 'a self-closing element'],
  ['<Pass encoding="base64"></Pass>', 'an empty element'],
  ['https://api.example.org:8443?notify=ops@example.org', 'a port, then a query'],
  ['[Server]\nAdminPassword=\nPassword=\nLogonTimeout=5', 'empty values'],
];

describe('secret readings from tools’ config files', () => {
  it.each(FLAGGED)('reports %s as %s', (text, id) => {
    expect(ids(text), text).toContain(id);
  });

  it.each(ALLOWED)('does not report %s (%s)', (text) => {
    expect(ids(text)).toEqual([]);
  });

  it('leaves empty settings of a voice server allowed end to end', () => {
    const fw = new IntentFirewall();
    const ini = '[Server]\nName=Guild\nAuth=0\nAdminPassword=\nPassword=\nLogonTimeout=5\nPingRate=10';
    expect(fw.validateRequest({ id: 'a', content: ini }).decision).toBe('allow');
    const hash = `admin:$apr1$${body(CRYPT, 8, 301)}$${body(CRYPT, 22, 302)}`;
    expect(fw.validateRequest({ id: 'b', content: hash }).decision).not.toBe('allow');
  });
});
