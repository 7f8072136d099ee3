import { describe, expect, it } from 'vitest';
import {
  findPlaceholders,
  formatLaunchReport,
  isFictionalPhone,
  SAMPLE_SETTINGS,
  type LaunchInputs,
} from '../../tools/launch-check.ts';

/** A site with nothing left to replace; each case plants one placeholder. */
const READY: LaunchInputs = {
  settings: {
    file: 'src/site.config.ts',
    values: {
      phone: '+1 217 482 0142',
      address: { street: '12 Elm Avenue', locality: 'Springfield', region: 'IL', postalCode: '62701' },
      geo: { latitude: 39.8, longitude: -89.65 },
      booking: { url: 'https://elm.janeapp.com/' },
      editor: { repo: 'elm/site' },
      clientFacts: { sample: false },
    },
  },
  services: {
    file: 'src/content/services.yaml',
    text: '# SAMPLE VALUES: notes like this header are fine\n- id: visit\n  price: 90\n  providerIds:\n    jane: { treatment: "4" }\n',
  },
  therapists: [
    {
      file: 'src/content/therapists/a.yaml',
      id: 'a',
      name: 'Ana Real',
      sample: false,
      licence: { number: 'LMT-1234', issuer: 'State board' },
    },
  ],
  healthPages: [{ file: 'src/content/articles/x.mdx', author: 'a', reviewer: 'a', historyReviewers: ['a'] }],
};

const plant = (change: (copy: LaunchInputs) => void): LaunchInputs => {
  const copy = structuredClone(READY) as LaunchInputs;
  change(copy);
  return copy;
};
const settingsOf = (inputs: LaunchInputs) =>
  inputs.settings.values as {
    -readonly [K in keyof LaunchInputs['settings']['values']]: LaunchInputs['settings']['values'][K];
  };

describe('findPlaceholders', () => {
  it('finds nothing on a ready site', () => expect(findPlaceholders(READY)).toEqual([]));

  it.each([
    ['a 555 phone number', plant((c) => void (settingsOf(c).phone = '+1 217 555 0142')), 'src/site.config.ts', 'phone'],
    [
      'the sample street',
      plant((c) => void (settingsOf(c).address.street = SAMPLE_SETTINGS.street)),
      'src/site.config.ts',
      'address.street',
    ],
    [
      'the sample map position',
      plant((c) => void (settingsOf(c).geo = { ...SAMPLE_SETTINGS.geo })),
      'src/site.config.ts',
      'geo',
    ],
    [
      'the sample booking address',
      plant((c) => void (settingsOf(c).booking.url = SAMPLE_SETTINGS.bookingUrl)),
      'src/site.config.ts',
      'booking.url',
    ],
    [
      'the sample editor repository',
      plant((c) => void (settingsOf(c).editor = { repo: SAMPLE_SETTINGS.editorRepo })),
      'src/site.config.ts',
      'editor.repo',
    ],
    [
      'sample client answers',
      plant((c) => void (settingsOf(c).clientFacts.sample = true)),
      'src/site.config.ts',
      'clientFacts.sample',
    ],
    [
      'a sample price',
      plant((c) => void (c.services.text = c.services.text.replace('price: 90', 'price: 90 # sample price'))),
      'src/content/services.yaml',
      'visit.price (line 3)',
    ],
    [
      'sample booking ids',
      plant((c) => void (c.services.text = c.services.text.replace('providerIds:', 'providerIds: # sample ids'))),
      'src/content/services.yaml',
      'visit.providerIds (line 4)',
    ],
    [
      'a sample licence number',
      plant((c) => void ((c.therapists[0] as { licence: { number: string } }).licence.number = 'SAMPLE-0000')),
      'src/content/therapists/a.yaml',
      'licence.number',
    ],
    [
      'a sample licensing body',
      plant((c) => void ((c.therapists[0] as { licence: { issuer: string } }).licence.issuer = 'Board (sample)')),
      'src/content/therapists/a.yaml',
      'licence.issuer',
    ],
  ])('finds %s', (_name, inputs, file, field) => {
    expect(findPlaceholders(inputs).map((item) => [item.file, item.field])).toEqual([[file, field]]);
  });

  it('finds a sample profile and every field of every page that names it', () => {
    const inputs = plant((c) => void ((c.therapists[0] as { sample: boolean }).sample = true));
    expect(findPlaceholders(inputs).map((item) => `${item.file} ${item.field}`)).toEqual([
      'src/content/therapists/a.yaml sample',
      'src/content/articles/x.mdx author',
      'src/content/articles/x.mdx reviewer',
      'src/content/articles/x.mdx reviewHistory[0].reviewer',
      'src/content/articles/x.mdx reviewHistory',
    ]);
  });

  it('asks each page and guide for a real review entry, and never for a swap of names (finding 2)', () => {
    const inputs = plant((c) => {
      (c.therapists as LaunchInputs['therapists'][number][]).push({
        file: 'src/content/therapists/s.yaml',
        id: 's',
        name: 'Sam Sample',
        sample: true,
        licence: { number: 'LMT-1', issuer: 'State board' },
      });
      (c.healthPages as LaunchInputs['healthPages'][number][]).push({
        file: 'src/content/guides.yaml',
        entry: 'frequency-guide',
        author: 'a',
        reviewer: 's',
        historyReviewers: ['s'],
      });
    });
    const found = findPlaceholders(inputs);
    expect(found.map((item) => `${item.file} ${item.field}`)).toEqual([
      'src/content/therapists/s.yaml sample',
      'src/content/guides.yaml frequency-guide.reviewer',
      'src/content/guides.yaml frequency-guide.reviewHistory[0].reviewer',
      'src/content/guides.yaml frequency-guide.reviewHistory',
    ]);
    const review = found.find((item) => item.field === 'frequency-guide.reviewHistory')!;
    expect(review.problem).toContain('no real review entry');
    expect(review.fix).toMatch(/add a reviewHistory entry with their id, the day/);
    // A real entry beside the sample's clears the missing-review problem (the sample's own entry is still listed).
    const withReal = structuredClone(inputs) as LaunchInputs;
    (withReal.healthPages[1] as unknown as { historyReviewers: string[] }).historyReviewers = ['s', 'a'];
    expect(findPlaceholders(withReal).map((item) => item.field)).not.toContain('frequency-guide.reviewHistory');
    for (const item of found) expect(item.fix).not.toMatch(/replace (the name|src\/content\/therapists)/i);
  });

  it.each([
    ['+1 217 555 0142', true],
    ['+1 (217) 555-0142', true],
    ['+1 217 482 0142', false],
    ['+44 20 7946 0555', false],
  ])('isFictionalPhone(%j) is %s', (phone, expected) => expect(isFictionalPhone(phone)).toBe(expected));

  it('reports each placeholder with its file, field and fix, and says how to deploy a demo', () => {
    const report = formatLaunchReport(findPlaceholders(plant((c) => void (settingsOf(c).phone = '+1 217 555 0142'))));
    expect(report).toBe(
      [
        'launch check: 1 placeholder(s) still in the site. Replace each before launch:',
        '  - src/site.config.ts: phone: "+1 217 555 0142" is a fictional 555 number. Fix: write the clinic\'s real phone number.',
        'launch check: failed. A deliberate demo deploy can skip it: see "Launch check" in docs/deploying.md.',
      ].join('\n'),
    );
  });
});
