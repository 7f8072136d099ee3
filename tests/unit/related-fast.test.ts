import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { relatedItems, type Relatable } from '../../src/lib/content/related.ts';

/** The plain definition: score everything, sort by score (stable), take the first few. */
function reference(current: Relatable, candidates: Relatable[], limit: number): Relatable[] {
  return candidates
    .filter((candidate) => candidate.id !== current.id)
    .map((candidate, index) => ({
      candidate,
      index,
      score: 2 * candidate.tags.filter((tag) => current.tags.includes(tag)).length + candidate.techniques.filter((t) => current.techniques.includes(t)).length,
    }))
    .filter((item) => item.score > 0)
    .sort((a, b) => b.score - a.score || a.index - b.index)
    .slice(0, limit)
    .map((item) => item.candidate);
}

describe('relatedItems (single pass) matches the sort-based definition', () => {
  const item = fc.record({
    id: fc.constantFrom('a', 'b', 'c', 'd', 'e', 'f', 'g'),
    tags: fc.array(fc.constantFrom('pain', 'sleep', 'work', 'posture'), { maxLength: 3 }),
    techniques: fc.array(fc.constantFrom('deep', 'trigger', 'myo'), { maxLength: 2 }),
  });
  it('for random articles and limits', () => {
    fc.assert(
      fc.property(item, fc.array(item, { maxLength: 30 }), fc.integer({ min: 0, max: 5 }), (current, candidates, limit) => {
        expect(relatedItems(current, candidates, limit)).toEqual(reference(current, candidates, limit));
      }),
    );
  });
});
