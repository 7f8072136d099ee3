import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import {
  adviceFor,
  doctorCanClear,
  levelOf,
  QUIZ_SIGN_IDS,
  RED_FLAG_LEVELS,
  RED_FLAGS,
  redFlagItem,
  redFlagLabels,
  SIGN_SOURCES,
  type RedFlagItem,
  type RedFlagLevel,
} from '../../src/lib/safety/red-flags.ts';
import { QUESTIONS } from '../../src/lib/quiz/questions.ts';
import { findSafetyGaps } from '../../tools/quality/safety.ts';

const idsOf = (level: RedFlagLevel) => RED_FLAGS[level].items.map((item) => item.id as string);
const allItems = (): RedFlagItem[] => RED_FLAG_LEVELS.flatMap((level) => [...RED_FLAGS[level].items] as RedFlagItem[]);

describe('RED_FLAGS', () => {
  it('lists the levels from most to least serious', () => {
    expect(RED_FLAG_LEVELS).toEqual(Object.keys(RED_FLAGS));
  });

  it('uses each id once across all levels', () => {
    const ids = RED_FLAG_LEVELS.flatMap(idsOf);
    expect(new Set(ids).size).toBe(ids.length);
  });

  // The screen-reader prefixes are the NHS care-card wording.
  it.each([
    ['emergency', 'Immediate action required:', /\b911\b/],
    ['urgent', 'Urgent advice:', /today/],
    ['soon', 'Non-urgent advice:', /not an emergency/],
    ['caution', 'Non-urgent advice:', /before you book/],
  ] as const)('%s has its prefix, an action and items', (level, prefix, action) => {
    const card = RED_FLAGS[level];
    expect(card.hiddenPrefix).toBe(prefix);
    expect(card.action).toMatch(action);
    expect(card.heading.length).toBeGreaterThan(0);
    expect(card.items.length).toBeGreaterThanOrEqual(2);
    for (const item of card.items) {
      expect(item.id).toMatch(/^[a-z0-9]+(-[a-z0-9]+)*$/);
      expect(item.label).toMatch(/^[A-Z].*[^.]$/);
    }
  });

  it('names a known reference beside every sign; each reference outside the clinic has its address', () => {
    for (const item of allItems()) expect(Object.keys(SIGN_SOURCES)).toContain(item.source);
    for (const [key, source] of Object.entries(SIGN_SOURCES)) {
      if (key === 'clinic') expect(source.name).toMatch(/our clinic's own practice/i);
      else expect(source.url).toMatch(/^https:\/\/(?:www\.nhs\.uk|cks\.nice\.org\.uk)\//);
    }
    // Emergency and same-day signs come from the NHS or NICE CKS, never from the clinic's own practice.
    for (const level of ['emergency', 'urgent', 'soon'] as const)
      for (const item of RED_FLAGS[level].items) expect(item.source).not.toBe('clinic');
  });

  /*
   * The reference, item by item: the NHS back pain page (999 and urgent GP lists), the NHS DVT page, and the
   * NICE CKS red flags, with the clinic's check-first screening. Each row: id, level, source, words the label
   * must carry. A sign dropped, moved to another level or reworded away from its reference fails here.
   */
  it.each([
    ['both-legs', 'emergency', 'nhs', [/pain/i, /tingling/, /weakness/, /numbness/, /both legs/]],
    ['saddle-numbness', 'emergency', 'nhs', [/numbness/i, /tingling/, /genitals/, /buttocks/, /back passage/]],
    ['bladder-bowel', 'emergency', 'nhs', [/peeing/, /bladder/, /bowels/, /sexual/]],
    ['chest-pain', 'emergency', 'nhs', [/chest pain/i]],
    ['breathless-clot', 'emergency', 'nhs-dvt', [/short of breath/, /swollen/]],
    ['serious-accident', 'emergency', 'nhs', [/serious accident/, /fall/]],
    ['fever', 'urgent', 'nhs', [/high temperature/, /hot and shivery/]],
    ['weight-loss', 'urgent', 'nhs', [/weight without trying/]],
    ['lump-or-shape', 'urgent', 'nhs', [/lump/, /swelling/, /shape/]],
    ['rest-or-night', 'urgent', 'nhs', [/rest/, /night/]],
    ['between-shoulders', 'urgent', 'nhs', [/between your shoulder blades/]],
    ['cough-sneeze', 'urgent', 'nhs', [/cough/, /sneeze/, /strain/]],
    ['one-leg-weaker', 'urgent', 'nice-cks', [/One leg is getting weaker/, /foot drops/]],
    ['cancer-history', 'urgent', 'nice-cks', [/cancer/]],
    ['immune-steroids-drugs', 'urgent', 'nice-cks', [/immune system/, /steroid tablets/, /inject drugs/]],
    ['possible-fracture', 'urgent', 'nice-cks', [/small fall or strain/, /osteoporosis/, /steroid/]],
    [
      'clot-signs',
      'urgent',
      'nhs-dvt',
      [/blood clot in one leg now/, /calf or thigh/, /swollen, painful, warm or red/, /911/],
    ],
    ['new-over-50', 'soon', 'nice-cks', [/over 50/, /new/]],
    ['new-under-20', 'soon', 'nice-cks', [/under 20/, /new/]],
    ['very-bad-or-worse', 'soon', 'nhs', [/very bad/, /getting worse/]],
    ['not-better', 'soon', 'nhs', [/not got better after a few weeks/]],
    ['stops-daily-life', 'soon', 'nhs', [/day-to-day/]],
    ['bleeding-or-thinners', 'caution', 'clinic', [/bleeding disorder/, /blood thinners/]],
    ['blood-clot', 'caution', 'clinic', [/DVT/, /being treated/]],
    ['recent-fracture', 'caution', 'clinic', [/broken bone/]],
    ['osteoporosis', 'caution', 'clinic', [/^Osteoporosis/]],
    ['recent-surgery', 'caution', 'clinic', [/operation/]],
    ['pregnancy', 'caution', 'clinic', [/pregnant/]],
    ['burns-or-wounds', 'caution', 'clinic', [/Burns/, /open wounds/]],
  ] as const)('%s: %s, from %s', (id, level, source, words) => {
    const item = redFlagItem(id);
    expect(levelOf(id)).toBe(level);
    expect(item?.source).toBe(source);
    for (const word of words) expect(item?.label).toMatch(word);
  });

  it('has no sign beyond the reference table above', () => {
    expect(allItems()).toHaveLength(29);
  });

  // Finding 17: age is weighed as NICE CKS does, never a same-day trigger on its own.
  it.each(['new-over-50', 'new-under-20'])('%s is a reason to see a doctor soon, not today', (id) => {
    expect(levelOf(id)).toBe('soon');
    expect(idsOf('urgent')).not.toContain(id);
  });

  // Finding 3: a clot now is urgent (emergency if breathless); only a treated one is check-first.
  it('gives each clot sign one level', () => {
    expect([levelOf('breathless-clot'), levelOf('clot-signs'), levelOf('blood-clot')]).toEqual([
      'emergency',
      'urgent',
      'caution',
    ]);
  });

  it("labels the clinic's own rules: the blood-thinner rule and the pregnancy policy sit beside their items", () => {
    expect(redFlagItem('bleeding-or-thinners')).toMatchObject({ rule: expect.stringMatching(/light pressure only/) });
    expect(redFlagItem('pregnancy')).toMatchObject({ policy: 'pregnancy' });
  });
});

describe('one list: the quiz, the care cards and the safety check are made from it', () => {
  it("the quiz's first question offers the emergency, urgent and asked 'soon' signs, in the list's words", () => {
    expect(QUIZ_SIGN_IDS).toEqual([
      ...idsOf('emergency'),
      ...idsOf('urgent'),
      ...RED_FLAGS.soon.items.filter((item) => item.inQuiz).map((item) => item.id),
    ]);
    const first = QUESTIONS[0];
    expect(first?.id).toBe('redFlags');
    expect(first?.kind === 'multi' && first.options).toEqual(
      QUIZ_SIGN_IDS.map((id) => ({ value: id, label: redFlagItem(id)?.label })),
    );
  });

  it("the conditions question offers every check-first condition, in the list's words", () => {
    const question = QUESTIONS.find((q) => q.id === 'cautions');
    expect(question?.kind === 'multi' && question.options).toEqual(
      RED_FLAGS.caution.items.map((item) => ({ value: item.id, label: item.label })),
    );
  });

  // The card components render the module; none types a sign of its own.
  it.each([
    'src/components/health/RedFlagCards.astro',
    'src/components/health/EmergencySigns.astro',
    'src/components/mdx/CareCard.astro',
    'src/components/mdx/SignList.astro',
  ])('%s renders from src/lib/safety/red-flags.ts', (path) => {
    const source = readFileSync(path, 'utf8');
    expect(source).toMatch(/from '\.\.\/\.\.\/lib\/safety\/red-flags\.ts'/);
    expect(source).toMatch(/RED_FLAGS\b/);
  });

  it("the build's safety check reads the emergency signs from the list", () => {
    const test = readFileSync('tests/built/safety-and-facts.test.ts', 'utf8');
    expect(test).toMatch(/findSafetyGaps\(pages, redFlagLabels\('emergency'\)\)/);
    // With the list's signs, a page showing the old list (no weakness, no tingling around the buttocks) fails.
    const old = '<main><p>Call 911 if you have:</p><ul><li>Numbness in both legs</li><li>Chest pain</li></ul></main>';
    expect(findSafetyGaps(new Map([['/old', old]]), redFlagLabels('emergency'))).toHaveLength(1);
    const full = `<main><p>Call 911 if you have:</p><ul>${redFlagLabels('emergency')
      .map((label) => `<li>${label}</li>`)
      .join('')}</ul></main>`;
    expect(findSafetyGaps(new Map([['/new', full]]), redFlagLabels('emergency'))).toEqual([]);
  });

  // Nothing else in the site's code or content types a sign's words: a retyped copy would drift on its own.
  it('no file in src/ outside the list repeats a sign label', () => {
    const files = (readdirSync('src', { recursive: true, encoding: 'utf8' }) as string[])
      .filter((name) => /\.(?:ts|astro|mdx|md|yaml)$/.test(name) && !name.endsWith('red-flags.ts'))
      .map((name) => join('src', name));
    const labels = allItems()
      .map((item) => item.label)
      .filter((label) => label.length > 20);
    const copies = files.flatMap((path) => {
      const text = readFileSync(path, 'utf8');
      return labels.filter((label) => text.includes(label)).map((label) => `${path}: "${label}"`);
    });
    expect(copies).toEqual([]);
  });
});

describe('doctorCanClear', () => {
  // Emergency signs never; urgent signs of something going on or getting worse now never.
  it.each([
    ['cancer-history', true],
    ['lump-or-shape', true],
    ['rest-or-night', true],
    ['between-shoulders', true],
    ['cough-sneeze', true],
    ['immune-steroids-drugs', true],
    ['fever', false],
    ['weight-loss', false],
    ['one-leg-weaker', false],
    ['possible-fracture', false],
    ['clot-signs', false],
    ['chest-pain', false],
    ['new-over-50', false],
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

describe('redFlagItem and levelOf', () => {
  it('finds every item by its id, and nothing for an unknown id', () => {
    for (const level of RED_FLAG_LEVELS)
      for (const item of RED_FLAGS[level].items) {
        expect(redFlagItem(item.id)).toBe(item);
        expect(levelOf(item.id)).toBe(level);
      }
    expect(redFlagItem('sore-back')).toBeUndefined();
    expect(levelOf('sore-back')).toBeUndefined();
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
    ['age alone is not urgent', ['new-over-50'], ['emergency', 'urgent'], null, []],
    ['items kept in list order', ['cancer-history', 'fever'], ['urgent'], 'urgent', ['fever', 'cancer-history']],
  ] as const)('%s', (_name, ids, levels, level, itemIds) => {
    const advice = adviceFor(ids, levels);
    if (level === null) return expect(advice).toBeNull();
    expect(advice).toEqual({
      level,
      heading: RED_FLAGS[level].heading,
      hiddenPrefix: RED_FLAGS[level].hiddenPrefix,
      action: RED_FLAGS[level].action,
      items: (RED_FLAGS[level].items as readonly RedFlagItem[]).filter((item) =>
        (itemIds as readonly string[]).includes(item.id),
      ),
    });
    expect(advice?.items.map((item) => item.id)).toEqual(itemIds);
  });
});
