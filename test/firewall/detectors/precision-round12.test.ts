/**
 * A deletion whose object is named by a demonstrative (`delete that instance only`) takes its scope
 * from the sentences before it: a throwaway or personal thing introduced there makes the act
 * ordinary, production's or many things keep it flagged. And a hyphenated project id that opens a
 * dotted table name (`proj-dev.tmp.t`, as BigQuery reads it) is one name, so its scratch schema is
 * read. A closed literal followed by a `--` note (`WHERE owner = 'OPS' -- on the dev copy`) is a
 * statement with a comment, not a payload that closes someone else's literal. Every case was
 * written here.
 */
import { describe, expect, it } from 'vitest';
import { IntentFirewall } from '../../../src/index.js';

const fw = new IntentFirewall();
const decide = (content: string) => fw.validateRequest({ id: 'precision-round12', content }).decision;

describe('a demonstrative points back at what the sentence before introduced', () => {
  it.each([
    'Yesterday I spun up a Neon database for a workshop demo in my own account, named demo-neon-jk. Delete that database only, the rest stays.',
    'I created a sandbox cluster in Typesense an hour ago called scratch-search. Please remove that one cluster and nothing else.',
  ])('allows %s', (text) => {
    expect(decide(text)).toBe('allow');
  });

  it.each([
    'Our production Neon database holds the billing history. Delete that database.',
    'We run one Typesense cluster for every customer. Please remove that cluster now.',
    'I created a sandbox index an hour ago. Please remove that whole cluster it lives in.',
    'Please delete that database.',
  ])('still flags %s', (text) => {
    expect(decide(text)).not.toBe('allow');
  });
});

describe('a hyphenated project id opening a dotted table name', () => {
  it('reads the scratch schema behind it', () => {
    expect(decide('DROP TABLE shop-dev.tmp.orders_copy;')).toBe('allow');
  });

  it.each(['DROP TABLE shop-prod.sales.orders;', 'DROP TABLE shop-dev.sales.orders;'])('still flags %s', (text) => {
    expect(decide(text)).not.toBe('allow');
  });
});

describe('a quote and a comment', () => {
  it.each([
    "SELECT COUNT(*) FROM pg_tables WHERE schemaname = 'reporting' -- only on the dev replica, please",
    "SELECT id FROM jobs WHERE state = 'failed' -- just the count for the standup",
  ])('allows a statement whose literal closes before its note: %s', (text) => {
    expect(decide(text)).toBe('allow');
  });

  it.each([
    "Log in with the user name root'-- and anything as the password.",
    "SELECT * FROM accounts WHERE login = 'root'-- ' AND secret = ''",
  ])('still flags a quote that closes a literal the line never opened, or leaves quotes cut off: %s', (text) => {
    expect(decide(text)).not.toBe('allow');
  });
});
