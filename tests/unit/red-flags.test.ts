import { describe, expect, it } from 'vitest';
import { adviceFor, doctorCanClear, RED_FLAG_LEVELS, RED_FLAGS, redFlagItem } from '../../src/lib/red-flags.ts';
import { QUESTIONS } from '../../src/lib/quiz/questions.ts';

const idsOf = (level: keyof typeof RED_FLAGS) => RED_FLAGS[level].items.map((item) => item.id);

describe('RED_FLAGS', () => {
  it('lists the levels from most to least serious', () => {
    expect(RED_FLAG_LEVELS).toEqual(Object.keys(RED_FLAGS));
  });

  it('uses each id once across all levels', () => {
    const ids = RED_FLAG_LEVELS.flatMap(idsOf);
    expect(new Set(ids).size).toBe(ids.length);
  });

  // The screen-reader prefixes are the NHS care-card wording; the brief asks for exactly these.
  it.each([
    ['emergency', 'Immediate action required:', /\b911\b/],
    ['urgent', 'Urgent advice:', /today/],
    ['caution', 'Non-urgent advice:', /before you book/],
  ] as const)('%s has its prefix, an action and items', (level, prefix, action) => {
    const card = RED_FLAGS[level];
    expect(card.hiddenPrefix).toBe(prefix);
    expect(card.action).toMatch(action);
    expect(card.heading.length).toBeGreaterThan(0);
    expect(card.items.length).toBeGreaterThanOrEqual(5);
    for (const item of card.items) {
      expect(item.id).toMatch(/^[a-z0-9]+(-[a-z0-9]+)*$/);
      expect(item.label).toMatch(/^[A-Z].*[^.]$/);
    }
  });

  // The brief's list, one sign per entry: a rename or a dropped sign must be a deliberate change.
  it.each([
    ['emergency', ['numb-both-legs', 'numb-groin-buttocks', 'bladder-bowel', 'chest-pain', 'serious-accident']],
    [
      'urgent',
      ['fever', 'weight-loss', 'lump-or-shape', 'rest-or-night', 'cancer-history', 'new-over-50', 'clot-signs'],
    ],
    ['caution', ['bleeding-or-thinners', 'blood-clot', 'recent-fracture', 'severe-osteoporosis', 'burns-or-wounds']],
  ] as const)('%s covers every sign in the content brief', (level, ids) => {
    expect(idsOf(level)).toEqual(ids);
  });

  it.each([
    ['redFlags', [...idsOf('emergency'), ...idsOf('urgent')]],
    ['cautions', idsOf('caution')],
  ])('the quiz question %s offers exactly these signs', (id, ids) => {
    const question = QUESTIONS.find((q) => q.id === id);
    expect(question?.kind === 'multi' && question.options.map((option) => option.value)).toEqual(ids);
  });
});

describe('doctorCanClear', () => {
  // Emergency signs never; urgent signs of something going on now (fever, weight loss, a clot) never.
  it.each([
    ['cancer-history', true],
    ['new-over-50', true],
    ['lump-or-shape', true],
    ['rest-or-night', true],
    ['fever', false],
    ['weight-loss', false],
    ['clot-signs', false],
    ['chest-pain', false],
    ['blood-clot', false],
    ['not-a-sign', false],
    [undefined, false],
  ] as const)('%s: %s', (id, expected) => {
    expect(doctorCanClear(id)).toBe(expected);
  });

  it('never clears an emergency sign', () => {
    for (const item of RED_FLAGS.emergency.items) expect(doctorCanClear(item.id)).toBe(false);
  });
});

describe('redFlagItem', () => {
  it('finds every item by its id, and nothing for an unknown id', () => {
    for (const level of RED_FLAG_LEVELS)
      for (const item of RED_FLAGS[level].items) expect(redFlagItem(item.id)).toBe(item);
    expect(redFlagItem('sore-back')).toBeUndefined();
  });
});

describe('adviceFor', () => {
  it.each([
    ['no ids', [], ['emergency', 'urgent', 'caution'], null, []],
    ['ids from nowhere', ['sore-back', 42, null], ['emergency', 'urgent'], null, []],
    ['one urgent id', ['fever'], ['emergency', 'urgent'], 'urgent', ['fever']],
    ['urgent and emergency', ['fever', 'chest-pain'], ['emergency', 'urgent'], 'emergency', ['chest-pain']],
    ['levels given out of order', ['fever', 'chest-pain'], ['urgent', 'emergency'], 'emergency', ['chest-pain']],
    ['a level not asked about', ['chest-pain', 'blood-clot'], ['caution'], 'caution', ['blood-clot']],
    ['only a level not asked about', ['blood-clot'], ['emergency', 'urgent'], null, []],
    ['items kept in list order', ['new-over-50', 'fever'], ['urgent'], 'urgent', ['fever', 'new-over-50']],
  ] as const)('%s', (_name, ids, levels, level, itemIds) => {
    const advice = adviceFor(ids, levels);
    if (level === null) return expect(advice).toBeNull();
    expect(advice).toEqual({
      level,
      heading: RED_FLAGS[level].heading,
      hiddenPrefix: RED_FLAGS[level].hiddenPrefix,
      action: RED_FLAGS[level].action,
      items: RED_FLAGS[level].items.filter((item) => (itemIds as readonly string[]).includes(item.id)),
    });
    expect(advice?.items.map((item) => item.id)).toEqual(itemIds);
  });
});
