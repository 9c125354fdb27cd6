import { expect } from 'vitest';
import { AegisError } from '../../src/errors.js';

/** The AegisError code `fn` throws (failing the test on any other error), or undefined. */
export function codeOf(fn: () => unknown): string | undefined {
  try {
    fn();
  } catch (e) {
    expect(e).toBeInstanceOf(AegisError);
    return (e as AegisError).code;
  }
  return undefined;
}
