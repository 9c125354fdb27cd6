/**
 * Validators for personal numbers: payment cards (Luhn and issuer ranges), US Social Security
 * numbers (the ranges the SSA never issues), IBANs (ISO 13616 mod-97) and phone numbers (E.164
 * and the North American layouts). Each is a pure function of a short string.
 *
 * @internal Not part of the public API.
 */

/** Luhn check over a string of ASCII digits. */
export function luhn(digits: string): boolean {
  let sum = 0;
  let double = false;
  for (let i = digits.length - 1; i >= 0; i--) {
    let d = digits.charCodeAt(i) - 48;
    if (double) {
      d *= 2;
      if (d > 9) d -= 9;
    }
    sum += d;
    double = !double;
  }
  return sum % 10 === 0;
}

/** Whether the number's issuer prefix and length fit a known card network. */
export function knownIssuer(d: string): boolean {
  const n = d.length;
  const p2 = Number(d.slice(0, 2));
  const p3 = Number(d.slice(0, 3));
  const p4 = Number(d.slice(0, 4));
  const p6 = Number(d.slice(0, 6));
  if (d[0] === '4') return n === 13 || n === 16 || n === 19; // Visa
  if ((p2 >= 51 && p2 <= 55) || (p4 >= 2221 && p4 <= 2720)) return n === 16; // Mastercard
  if (p2 === 34 || p2 === 37) return n === 15; // American Express
  if (p4 === 6011 || p2 === 65 || (p3 >= 644 && p3 <= 649) || (p6 >= 622126 && p6 <= 622925)) return n >= 16; // Discover
  if (p4 >= 3528 && p4 <= 3589) return n >= 16; // JCB
  if (p2 === 36 || p2 === 38 || p2 === 39 || (p3 >= 300 && p3 <= 305)) return n >= 14; // Diners Club
  if (p2 === 62) return n >= 16; // UnionPay
  if (p2 === 50 || (p2 >= 56 && p2 <= 58) || p2 === 67 || p2 === 63) return n >= 12; // Maestro
  return false;
}

/** Card numbers the networks and processors publish for testing. */
const TEST_CARDS = new Set([
  '4111111111111111',
  '4242424242424242',
  '4012888888881881',
  '4000056655665556',
  '4222222222222',
  '5555555555554444',
  '5105105105105100',
  '5200828282828210',
  '2223003122003222',
  '378282246310005',
  '371449635398431',
  '378734493671000',
  '6011111111111117',
  '6011000990139424',
  '3530111333300000',
  '3566002020360505',
  '30569309025904',
  '38520000023237',
  '6200000000000005',
]);

/** A payment card number: issuer range, Luhn, not a published test number nor one repeated digit. */
export function isCardNumber(d: string): boolean {
  if (d.length < 13 || d.length > 19) return false;
  if (TEST_CARDS.has(d) || /^(\d)\1+$/.test(d)) return false;
  return knownIssuer(d) && luhn(d);
}

/** Numbers published as examples (on a wallet insert, in advertising). */
const EXAMPLE_SSNS = new Set(['078051120', '123456789', '219099999', '457555462']);

/** An SSN the SSA could have issued: area not 000, 666 or 9xx; group not 00; serial not 0000. */
export function isSsn(d: string): boolean {
  if (d.length !== 9 || EXAMPLE_SSNS.has(d)) return false;
  const area = Number(d.slice(0, 3));
  const group = Number(d.slice(3, 5));
  const serial = Number(d.slice(5));
  return area !== 0 && area !== 666 && area < 900 && group !== 0 && serial !== 0;
}

/** IBAN lengths by country, for the countries whose length is checked. */
const IBAN_LENGTHS: Readonly<Record<string, number>> = {
  AD: 24,
  AE: 23,
  AT: 20,
  BE: 16,
  BG: 22,
  CH: 21,
  CY: 28,
  CZ: 24,
  DE: 22,
  DK: 18,
  EE: 20,
  ES: 24,
  FI: 18,
  FR: 27,
  GB: 22,
  GR: 27,
  HR: 21,
  HU: 28,
  IE: 22,
  IS: 26,
  IT: 27,
  LI: 21,
  LT: 20,
  LU: 20,
  LV: 21,
  MC: 27,
  MT: 31,
  NL: 18,
  NO: 15,
  PL: 28,
  PT: 25,
  RO: 24,
  SA: 24,
  SE: 24,
  SI: 19,
  SK: 24,
  SM: 27,
  TR: 26,
  UA: 29,
};

/** The IBAN length for a country code, or 0 when the country is not in the table. */
export function ibanLength(country: string): number {
  return IBAN_LENGTHS[country] ?? 0;
}

/** IBANs that appear in standards and bank documentation as examples. */
const EXAMPLE_IBANS = new Set([
  'DE89370400440532013000',
  'GB82WEST12345698765432',
  'GB29NWBK60161331926819',
  'FR1420041010050500013M02606',
]);

/** An IBAN (spaces removed, uppercase): country, length, and mod-97 of the rearranged number equal to 1. */
export function isIban(v: string): boolean {
  const n = v.length;
  if (n < 15 || n > 34 || EXAMPLE_IBANS.has(v)) return false;
  const want = IBAN_LENGTHS[v.slice(0, 2)];
  if (want === undefined || want !== n) return false;
  let r = 0;
  for (let k = 0; k < n; k++) {
    const c = v.charCodeAt((k + 4) % n);
    if (c >= 48 && c <= 57) r = (r * 10 + (c - 48)) % 97;
    else if (c >= 65 && c <= 90) r = (r * 100 + (c - 55)) % 97;
    else return false;
  }
  return r === 1;
}
