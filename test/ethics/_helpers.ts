import { expect } from 'vitest';
import { AegisError } from '../../src/index.js';

/** The AegisError code `fn` throws (failing the test on any other error), or undefined. */
export function code(fn: () => unknown): string | undefined {
  try {
    fn();
  } catch (error) {
    expect(error).toBeInstanceOf(AegisError);
    return (error as AegisError).code;
  }
  return undefined;
}
