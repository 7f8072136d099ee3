import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { avoidIfLine, avoidIfProblem, conditionsIn } from '../../src/lib/content/avoid-if.ts';
import { REQUIRED_SERVICE_IDS } from '../../src/lib/booking/services.ts';
import { PLAN_SERVICE_IDS, planCatalog } from '../../src/lib/quiz/catalog.ts';
import { PLAN_RULES, ruleSources } from '../../src/lib/quiz/why-this-plan.ts';
import { RED_FLAGS } from '../../src/lib/safety/red-flags.ts';

const SERVICES = parse(readFileSync('src/content/services.yaml', 'utf8')) as {
  id: string;
  minutes: number;
  price: number;
}[];
const SOURCE_IDS = (parse(readFileSync('src/content/sources.yaml', 'utf8')) as { id: string }[]).map(
  (source) => source.id,
);

describe('avoidIf lines', () => {
  it.each([
    ['bleeding-or-thinners', RED_FLAGS.caution.items[0]!.label, 'bleeding-or-thinners'],
    [' blood-clot ', RED_FLAGS.caution.items[1]!.label, 'blood-clot'],
    ['You have a skin infection over the area.', 'You have a skin infection over the area.', null],
  ])('%j shows %j and names %j', (line, text, condition) => {
    expect(avoidIfLine(line)).toEqual({ text, condition });
  });

  it('lists the conditions a page names, in order, skipping free text', () => {
    expect(conditionsIn(['recent-fracture', 'Any sentence at all.', 'clot-signs'])).toEqual([
      'recent-fracture',
      'clot-signs',
    ]);
  });

  it.each([
    ['a known id', 'burns-or-wounds', null],
    ['a sentence', 'You bruise very easily.', null],
    [
      'a misspelt id',
      'bleeding-or-thiners',
      /"bleeding-or-thiners" looks like a condition id but is not one; use one of .*bleeding-or-thinners/,
    ],
  ])('%s: %j', (_name, line, problem) => {
    const found = avoidIfProblem(line);
    if (problem === null) expect(found).toBeNull();
    else expect(found).toMatch(problem);
  });
});

describe('planCatalog', () => {
  it("takes each plan visit's minutes and price from the catalog, and each technique's conditions from avoidIf", () => {
    const catalog = planCatalog(SERVICES, [{ id: 'deep-tissue-work', avoidIf: ['blood-clot', 'A sentence here.'] }]);
    const [first, ...sessions] = PLAN_SERVICE_IDS.map((id) => {
      const service = SERVICES.find((entry) => entry.id === id);
      return { minutes: service?.minutes, price: service?.price };
    });
    expect(catalog.firstVisit).toEqual(first);
    expect(Object.values(catalog.sessions)).toEqual(sessions);
    // A session service must last as long as its name says: the plan books "therapeutic-<minutes>".
    for (const [minutes, visit] of Object.entries(catalog.sessions)) expect(visit.minutes).toBe(Number(minutes));
    expect(catalog.ruledOut).toEqual({ 'deep-tissue-work': ['blood-clot'] });
  });

  it('names only services the content check requires, so the build stops before a plan could lack one', () => {
    for (const id of PLAN_SERVICE_IDS) expect(Object.keys(REQUIRED_SERVICE_IDS)).toContain(id);
  });

  it('stops the build, naming the file and the service, when a plan visit is missing', () => {
    expect(() =>
      planCatalog(
        SERVICES.filter((service) => service.id !== 'therapeutic-30'),
        [],
      ),
    ).toThrow(/src\/content\/services\.yaml: no service has the id "therapeutic-30", needed by the frequency guide/);
  });
});

describe("the page's rules and trust details", () => {
  it("labels every rule: evidence names at least one source in sources.yaml, or it is the clinic's own practice", () => {
    for (const rule of PLAN_RULES) {
      if (rule.basis.kind === 'evidence') {
        expect(rule.basis.sources.length).toBeGreaterThan(0);
        for (const id of rule.basis.sources) expect(SOURCE_IDS).toContain(id);
      }
    }
    expect(PLAN_RULES.some((rule) => rule.basis.kind === 'clinic')).toBe(true);
    expect(ruleSources()).toEqual([...new Set(ruleSources())]);
  });
});
