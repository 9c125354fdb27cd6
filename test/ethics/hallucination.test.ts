import { describe, expect, it } from 'vitest';
import { AegisError, LoveEngine } from '../../src/index.js';

const engine = new LoveEngine();

describe('LoveEngine.detectHallucination', () => {
  it('does not flag a plain statement (the original clean output)', () => {
    expect(engine.detectHallucination('The file contains 100 lines of code.')).toEqual({ flagged: false, signals: [] });
  });

  it('flags the original suspicious output, naming all three signals and their words', () => {
    const r = engine.detectHallucination(
      "I think this is exactly correct, but however, it's probably not exactly what you need exactly.",
    );
    expect(r.flagged).toBe(true);
    expect(r.signals).toEqual([
      { name: 'uncertainty', words: ['I think', 'probably'] },
      { name: 'contradiction', words: ['but', 'however'] },
      { name: 'precision', words: ['exactly', 'exactly', 'exactly'] },
    ]);
  });

  it('needs two signals: uncertainty alone is reported but not flagged', () => {
    const r = engine.detectHallucination('It is probably fine.');
    expect(r).toEqual({ flagged: false, signals: [{ name: 'uncertainty', words: ['probably'] }] });
  });

  it('is word-aware: button, butter, inexactly and rethink are not markers', () => {
    const r = engine.detectHallucination(
      'Press the button, add butter; however it rounds inexactly and we rethink: exactlyness, exactly, exactly.',
    );
    expect(r.signals).toEqual([]);
  });

  it('needs "exactly" more than twice for precision', () => {
    expect(engine.detectHallucination('exactly exactly').signals).toEqual([]);
    expect(engine.detectHallucination('Exactly, EXACTLY and exactly').signals[0]?.name).toBe('precision');
  });

  it('refuses a non-string, a lone surrogate and text over 1 MiB', () => {
    for (const bad of [42, 'I think \ud800', 'a'.repeat((1 << 20) + 1)]) {
      expect(() => engine.detectHallucination(bad as string)).toThrow(AegisError);
    }
  });
});
