import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { relatedForAll, relatedItems, type Relatable } from '../../src/lib/content/related.ts';

/** The plain definition: score everything, sort by score (stable), take the first few. */
function reference(current: Relatable, candidates: Relatable[], limit: number): Relatable[] {
  return candidates
    .filter((candidate) => candidate.id !== current.id)
    .map((candidate, index) => ({
      candidate,
      index,
      score:
        2 * candidate.tags.filter((tag) => current.tags.includes(tag)).length +
        candidate.techniques.filter((t) => current.techniques.includes(t)).length,
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
      fc.property(
        item,
        fc.array(item, { maxLength: 30 }),
        fc.integer({ min: 0, max: 5 }),
        (current, candidates, limit) => {
          expect(relatedItems(current, candidates, limit)).toEqual(reference(current, candidates, limit));
        },
      ),
    );
  });
});

describe('relatedForAll gives each item what relatedItems gives it', () => {
  const item = fc.record({
    id: fc.string({ minLength: 1, maxLength: 3 }),
    tags: fc.array(fc.constantFrom('pain', 'sleep', 'work', 'posture'), { maxLength: 3 }),
    techniques: fc.array(fc.constantFrom('deep', 'trigger', 'myo'), { maxLength: 2 }),
  });
  it('for random sets of articles and limits', () => {
    fc.assert(
      fc.property(
        fc.uniqueArray(item, { selector: (entry) => entry.id, maxLength: 25 }),
        fc.integer({ min: 0, max: 4 }),
        (items, limit) => {
          const all = relatedForAll(items, limit);
          for (const current of items) expect(all.get(current.id)).toEqual(relatedItems(current, items, limit));
        },
      ),
    );
  });
});
