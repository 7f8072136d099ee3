import { describe, expect, it } from 'vitest';
import {
  fleschKincaidGrade,
  lintFile,
  parseContentFile,
  RULES,
  syllables,
  textStats,
  type ContentKind,
  type LintContext,
} from '../../tools/content-lint/index.ts';
import { signLevelProblems, SIGN_MENTIONS } from '../../tools/content-lint/sign-levels.ts';
import { redFlagItem } from '../../src/lib/safety/red-flags.ts';
import { looksLikeFileName } from '../../src/lib/content/limits.ts';
import { formatProblem } from '../../src/lib/content-checks/problem.ts';

const context: LintContext = {
  routes: new Set(['/', '/contact', '/articles/known-article', '/techniques/deep-tissue-work', '/favicon.svg']),
  hiddenRoutes: new Set(['/articles/a-draft']),
  today: '2026-11-24',
};

/** A clean article; each case below swaps one line or the body to plant a single defect. */
function article(fields: Record<string, string> = {}, body = CLEAN_BODY): string {
  const all: Record<string, string> = {
    title: '"A clean planted article"',
    description: '"A clean description that is long enough to pass the length rule easily."',
    nextReviewDue: '2027-11-24',
    hero: '\n  src: ../../assets/heroes/x.svg\n  alt: "A hand resting on a lower back."',
    ...fields,
  };
  return `---\n${Object.entries(all)
    .map(([key, value]) => `${key}: ${value}`)
    .join('\n')}\n---\n\n${body}\n`;
}

const CLEAN_BODY = [
  'You can read this short page in a minute.',
  '',
  '## A section',
  '',
  'See [the contact page](/contact) or [deep tissue work](/techniques/deep-tissue-work#how-it-feels).',
  '',
  '### A smaller section',
  '',
  '![A therapist pressing on a shoulder.](../../assets/x.svg)',
].join('\n');

const lint = (source: string, kind: ContentKind = 'article', path = 'src/content/articles/planted.mdx') =>
  lintFile(parseContentFile(path, kind, source), context);

const LONG_SECTION =
  'Notwithstanding considerable methodological heterogeneity, investigators characterised therapeutic interventions comprehensively. ' +
  'Consequently, practitioners increasingly recommend individualised multidisciplinary rehabilitation programmes incorporating supervised progressive exercise. ' +
  'Additionally, physiological mechanisms underlying musculoskeletal discomfort remain incompletely understood by contemporary researchers. ' +
  'Nevertheless, comprehensive evaluation frequently demonstrates substantial interindividual variability regarding subsequent functional improvement.';

describe('a clean file', () => {
  it('has no findings', () => {
    expect(lint(article())).toEqual([]);
  });

  it('leaves the description length to the schema (one rule, one phase)', () => {
    expect(lint(article({ description: '"Too short."' }))).toEqual([]);
  });
});

describe('each rule catches its planted defect, on the right line', () => {
  it.each([
    ['heading-order', 'an h1 in the body', article({}, `Intro.\n\n# Big heading`), 12, 'level-1 heading in the body'],
    [
      'heading-order',
      'a skipped level',
      article({}, `Intro.\n\n## Two\n\n#### Four`),
      14,
      'heading level 4 follows level 2',
    ],
    ['heading-order', 'a body starting at h3', article({}, `### Three`), 10, 'heading level 3 follows level 1'],
    ['heading-order', 'an HTML h1', article({}, `<h1>Title again</h1>`), 10, 'level-1 heading'],
    [
      'image-alt',
      'a hero alt that is a file name',
      article({ hero: '\n  src: x.svg\n  alt: "back-pain-hero.svg"' }),
      7,
      'looks like a file name',
    ],
    [
      'image-alt',
      'a markdown image named like a file',
      article({}, '![IMG_2041](../../assets/a.jpg)'),
      10,
      '"IMG_2041" looks like a file name',
    ],
    ['image-alt', 'a markdown image with no alt', article({}, '![](../../assets/a.jpg)'), 10, 'has no alt text'],
    [
      'image-alt',
      'a Figure with a slug for alt',
      article({}, '<Figure src={pic} alt="stretch_photo" caption="A stretch." />'),
      10,
      'looks like a file name',
    ],
    [
      'link-target',
      'a link to a page that does not exist',
      article({}, 'Read [this](/articles/no-such-page).'),
      10,
      '/articles/no-such-page, which is not a page on this site',
    ],
    [
      'link-target',
      'a link to a draft',
      article({}, 'Read [this](/articles/a-draft).'),
      10,
      'draft or scheduled article',
    ],
    ['link-target', 'a relative link', article({}, 'Read [this](contact).'), 10, 'is relative'],
    [
      'link-target',
      'an href to a missing page',
      article({}, '<a href="/pricing">Prices</a>'),
      10,
      '/pricing, which is not a page',
    ],
    ['banned-claim', '"cure" in the body', article({}, 'Massage can cure your pain.'), 10, '"cure"'],
    ['banned-claim', '"fix" in the title', article({ title: '"Fix your back in a week"' }), 2, '"Fix"'],
    [
      'banned-claim',
      '"guaranteed" in the description',
      article({ description: '"Guaranteed relief for back pain with our expert therapeutic massage plans."' }),
      3,
      '"Guaranteed"',
    ],
    ['banned-claim', '"detox"', article({}, 'A session helps you detox.'), 10, '"detox"'],
    [
      'banned-claim',
      'inflammation as a fact',
      article({}, 'Massage reduces inflammation in the back.'),
      10,
      '"reduces inflammation"',
    ],
    [
      'banned-claim',
      'a hormone claim',
      article({}, 'It boosts serotonin and lowers stress hormones.'),
      10,
      '"boosts serotonin"',
    ],
    ['biweekly', '"biweekly"', article({}, 'Come biweekly at first.'), 10, 'write "every two weeks" or "twice a week"'],
    [
      'relaxation-comparison',
      'a "not just a nice hour" aside',
      article({}, 'The goal is a real change, not just a nice hour.'),
      10,
      '"not just a nice hour"',
    ],
    [
      'relaxation-comparison',
      'spa massage set below ours',
      article({}, 'A spa massage aims to relax you. Ours aims to change how your back works.'),
      10,
      'Cherkin 2011',
    ],
    [
      'relaxation-comparison',
      '"more than an hour of calm"',
      article({}, 'You need more than an hour of calm.'),
      10,
      '"more than an hour of calm"',
    ],
    [
      'relaxation-comparison',
      'better than relaxation massage',
      article({}, 'Targeted work is better than relaxation massage.'),
      10,
      '"better than relaxation massage"',
    ],
    [
      'works-best',
      '"works best"',
      article({}, 'NICE says massage works best as part of a wider plan.'),
      10,
      'consider it only as part of a package',
    ],
    ['diagnosis', '"rule out"', article({}, 'You rule out anything serious.'), 10, '"rule out"'],
    [
      'diagnosis',
      '"where the trouble starts"',
      article({}, 'This shows them where the trouble starts.'),
      10,
      'does not diagnose',
    ],
    [
      'diagnosis',
      'the therapist finding the cause',
      article({}, 'Your therapist will find the root cause of your pain.'),
      10,
      '"Your therapist will find the root cause"',
    ],
    [
      'maintenance-claim',
      'monthly visits keeping progress',
      article({}, 'Monthly visits help you keep the progress you have made.'),
      10,
      'no evidence shows',
    ],
    [
      'maintenance-claim',
      'keeping pain from coming back',
      article({}, 'Stay well and keep the pain from coming back.'),
      10,
      '"keep the pain from coming back"',
    ],
    [
      'typed-fact',
      'a typed session length',
      article({}, 'A first visit is often 60 minutes.'),
      10,
      '<ServiceFact id="..." />',
    ],
    ['typed-fact', 'a typed price', article({}, 'A session costs $110.'), 10, 'show="price"'],
    [
      'typed-fact',
      'a typed reply time',
      article({}, 'We reply within two working days.'),
      10,
      'clientFacts.replyWorkingDays',
    ],
    [
      'warning-signs-link',
      'warning signs named but not linked',
      article({}, 'Please read the warning signs on this page.'),
      10,
      '[the warning signs](#warning-signs)',
    ],
    [
      'sign-level',
      'a possible clot retyped under "check with your doctor first" (review finding 3)',
      article(
        {},
        'Please check with your doctor before you book if:\n\n- you have, or may have, a blood clot in a deep vein',
      ),
      12,
      '<SignList level="urgent" ids={["clot-signs"]} />',
    ],
    [
      'biweekly',
      '"bi-weekly" in the hero alt',
      article({ hero: '\n  src: x.svg\n  alt: "A bi-weekly calendar on a desk."' }),
      7,
      '"bi-weekly"',
    ],
    // Findings 9 to 16, 21 and 23 of the clinical review (2026-12-04): each rule with a planted sentence.
    [
      'guidelines-unnamed',
      '"guidelines say" without naming NICE',
      article({}, 'Guidelines say to consider massage only beside exercise.'),
      10,
      'name the guideline',
    ],
    [
      'guidelines-unnamed',
      '"guidelines put" in a key point',
      article({}, '- For chronic pain, guidelines put exercise first.'),
      10,
      'American College of Physicians (2017)',
    ],
    [
      'physiotherapy-claim',
      'the clinic as physiotherapy',
      article({}, 'Massage Strong offers physiotherapy for your back.'),
      10,
      '"physiotherapy"',
    ],
    [
      'physiotherapy-claim',
      'the clinic as physical therapy',
      article({}, 'Our clinic provides physical therapy for back pain.'),
      10,
      'licensed massage therapists',
    ],
    [
      'side-effects-softened',
      '"soreness that soon passed"',
      article({}, 'The most common side effect was soreness that soon passed.'),
      10,
      'up to about 1 in 4',
    ],
    [
      'pressure-message',
      'a "good hurt"',
      article({}, 'It may feel intense, like a "good" hurt.'),
      10,
      'discomfort is optional',
    ],
    [
      'pressure-message',
      'pressure that may feel "a bit sharp"',
      article({}, 'It may feel tender, achy or a bit sharp.'),
      10,
      'never feel sharp',
    ],
    [
      'come-in-sooner',
      '"come in sooner"',
      article({}, 'It is one reason we suggest you come in sooner rather than later.'),
      10,
      'no study shows that early massage',
    ],
    ['come-in-sooner', 'a "why not to wait" heading', article({}, '## Why it helps not to wait'), 10, 'timing'],
    [
      'mechanism-as-fact',
      '"even out muscles"',
      article({}, 'We loosen tight tissue and even out muscles that pull harder on one side.'),
      10,
      'what we aim for',
    ],
    [
      'mechanism-as-fact',
      '"the tissue lets go"',
      article({}, 'Some people feel warmth as the tissue lets go.'),
      10,
      'you may feel the area soften',
    ],
    [
      'jargon',
      '"inactive treatments"',
      article({}, 'The gains faded compared with inactive treatments.'),
      10,
      'no treatment or a fake treatment',
    ],
    ['jargon', '"usual care"', article({}, 'They did better than people who had usual care.'), 10, 'already getting'],
    [
      'jargon-explained',
      '"Cochrane" never explained',
      article({}, 'A large Cochrane review found that massage may help for a while.'),
      10,
      'independent summary',
    ],
    [
      'jargon-explained',
      '"statistically significant" never explained',
      article({}, 'Most changes were not statistically significant.'),
      10,
      'rule out chance',
    ],
    ['reading-grade', 'a hard section', article({}, `## Hard part\n\n${LONG_SECTION}`), 10, 'reads at grade'],
    [
      'review-overdue',
      'a review date in the past',
      article({ nextReviewDue: '2026-01-01' }),
      4,
      'review overdue since 2026-01-01',
    ],
  ])('%s: %s', (rule, _name, source, line, message) => {
    const findings = lint(source);
    const hit = findings.find((item) => item.rule === rule);
    expect(hit, JSON.stringify(findings)).toBeDefined();
    expect(hit!.line).toBe(line);
    expect(hit!.message).toContain(message);
    expect(hit!.file).toBe('src/content/articles/planted.mdx');
    expect(
      findings.every((item) => item.rule === rule),
      JSON.stringify(findings),
    ).toBe(true);
  });

  it.each([
    ['reading-grade', 'warning'],
    ['review-overdue', 'warning'],
    ['biweekly', 'error'],
    ['link-target', 'error'],
  ])('%s findings are %ss', (rule, severity) => {
    const sources: Record<string, string> = {
      'reading-grade': article({}, `## Hard part\n\n${LONG_SECTION}`),
      'review-overdue': article({ nextReviewDue: '2026-01-01' }),
      biweekly: article({}, 'Come biweekly.'),
      'link-target': article({}, '[x](/nowhere)'),
    };
    expect(lint(sources[rule]!).map((item) => item.severity)).toEqual([severity]);
  });

  it('has a planted case for every rule', () => {
    expect(Object.keys(RULES).sort()).toEqual([
      'banned-claim',
      'biweekly',
      'come-in-sooner',
      'diagnosis',
      'guidelines-unnamed',
      'heading-order',
      'image-alt',
      'jargon',
      'jargon-explained',
      'link-target',
      'maintenance-claim',
      'mechanism-as-fact',
      'physiotherapy-claim',
      'pressure-message',
      'reading-grade',
      'relaxation-comparison',
      'review-overdue',
      'side-effects-softened',
      'sign-level',
      'typed-fact',
      'warning-signs-link',
      'works-best',
    ]);
  });
});

describe('text the rules must leave alone', () => {
  it.each([
    ['code blocks', 'Intro.\n\n```\n# not a heading, biweekly\n```'],
    ['MDX comments', 'Intro.\n\n{/* # a note to editors: biweekly */}'],
    ['negated hormone wording the brief allows', 'We do not claim that massage changes your hormones.'],
    ['a fixed schedule', 'No guideline sets a fixed schedule.'],
    ['a doctor finding the cause', 'Your doctor is the right person to find the cause of your pain.'],
    ['a linked pointer to the warning signs', 'Please [read the warning signs](#warning-signs) on this page.'],
    ['a length from the catalog', 'Many people book <ServiceFact id="therapeutic-60" />.'],
    ['a plain description of relaxing massage', 'A relaxing massage uses long, flowing strokes and lighter pressure.'],
    [
      'external and mail links',
      '[NICE](https://www.nice.org.uk/guidance/ng59) or [email](mailto:a@b.c) or [top](#top).',
    ],
    ['public files', '[icon](/favicon.svg)'],
    ['a trailing slash', '[contact](/contact/)'],
    ['a guideline named beside "guidelines"', 'NICE guidelines say to consider massage only beside exercise.'],
    ['a physical therapist as someone else the client sees', 'Ask your doctor or physical therapist about exercise.'],
    ['the one pressure message', 'A little discomfort is your choice, and it should never feel sharp.'],
    ['what the client feels', 'You may feel the area soften under the hands.'],
    ['Cochrane explained', 'A Cochrane review, an independent summary of all the good trials, found this.'],
    [
      'statistically significant explained',
      'Most were not statistically significant, which means they could be down to chance.',
    ],
  ])('%s', (_name, body) => {
    expect(lint(article({}, body))).toEqual([]);
  });

  it('checks a therapist YAML file for alt text and banned words, with its own line numbers', () => {
    const yaml =
      'name: "Sam Lee"\nrole: "Therapist"\nphoto:\n  src: ../../assets/t.svg\n  alt: "sam-lee"\nbio: "Sam can cure any back."\n';
    const findings = lint(yaml, 'therapist', 'src/content/therapists/sam-lee.yaml');
    expect(findings.map((item) => [item.rule, item.line])).toEqual([
      ['image-alt', 5],
      ['banned-claim', 6],
    ]);
  });
});

describe('helpers', () => {
  it.each([
    ['back-pain.svg', true],
    ['IMG_2041', true],
    ['hero_image', true],
    ['DSC 0042', true],
    ['A hand on a lower back.', false],
    ['Stretching', false],
  ])('looksLikeFileName(%s) is %s', (alt, expected) => {
    expect(looksLikeFileName(alt)).toBe(expected);
  });

  it.each([
    ['cat', 1],
    ['table', 2],
    ['massage', 2],
    ['therapy', 3],
    ['assessment', 3],
    ['consequently', 4],
  ])('syllables(%s) is %i', (word, expected) => {
    expect(syllables(word)).toBe(expected);
  });

  it.each([
    ['The cat sat on the mat. It was warm.', -4, 2],
    [LONG_SECTION, 18, 50],
  ])('grade of "%s" is between %i and %i', (text, low, high) => {
    const grade = fleschKincaidGrade(textStats([text]));
    expect(grade).toBeGreaterThan(low);
    expect(grade).toBeLessThan(high);
  });

  it("prints a finding through the build's reporter: file:line: severity [rule] message", () => {
    expect(formatProblem({ file: 'a.mdx', line: 4, rule: 'biweekly', severity: 'error', message: 'm' })).toBe(
      'a.mdx:4: error [biweekly] m',
    );
  });
});

describe('page files and the quiz wording get the wording rules only', () => {
  const PAGE = [
    '---',
    "import X from './X.astro';",
    "const steps = [{ text: 'The goal is less strain, not a quick spa treat.' }];",
    'if (!ok) throw new Error(`A page: fix the id in ${file}.`);',
    '---',
    '<h4>Skipped heading levels are not checked here</h4>',
    '<p>Guidelines say massage works best beside exercise.</p>',
    '<p>The clinic is a physiotherapy practice.</p>',
    '<script>const note = "we rule out nothing in scripts";</script>',
    '{/* We rule out nothing in comments */}',
  ].join('\n');

  it('finds over-claims in a page template and its frontmatter strings, on their own lines, and nothing else', () => {
    const findings = lint(PAGE, 'page', 'src/pages/x.astro');
    expect(findings.map((item) => [item.rule, item.line])).toEqual([
      ['relaxation-comparison', 3],
      ['works-best', 7],
      ['guidelines-unnamed', 7],
      ['physiotherapy-claim', 8],
    ]);
  });

  it('reads the quiz wording from string literals, not comments or ids', () => {
    const source = [
      '// Monthly visits help you keep the progress (a comment)',
      "const ids = ['keep-improving', 'maintenance'];",
      'const words = {',
      "  maintenance: 'Monthly visits help stop tight areas from building up again.',",
      '};',
    ].join('\n');
    const findings = lint(source, 'quiz', 'src/lib/quiz/plan.ts');
    expect(findings.map((item) => [item.rule, item.line, item.severity])).toEqual([['maintenance-claim', 4, 'error']]);
  });
});

/** The "one urgency per sign" rule: each row is prose lines, and the sign ids the rule should flag (none when fine). */
describe('sign-level: a sign retyped at another level fails', () => {
  it.each([
    [
      'a possible clot under a check-first lead-in',
      ['Check with your doctor first if:', '- You may have a blood clot.'],
      ['clot-signs'],
    ],
    ['signs of a clot, same day', ['Signs of a blood clot in your leg need a doctor today.'], []],
    ['signs of a clot, 911 if breathless', ['With signs of a clot and short breath, call 911.'], []],
    ['a treated DVT, check first', ['Check with your doctor first if you have a DVT that is being treated.'], []],
    ['a treated DVT sent to 911', ['Call 911 if you have a clot that is being treated.'], ['blood-clot']],
    [
      'new pain over 50 sent the same day',
      ['If you are over 50 and your pain is new, see a doctor the same day.'],
      ['new-over-50'],
    ],
    ['new pain over 50, a doctor soon', ['If you are over 50 and your pain is new, see a doctor soon.'], []],
    [
      'chest pain held back for a doctor check',
      ['Check with your doctor first if you have chest pain.'],
      ['chest-pain'],
    ],
    ['chest pain, 911', ['Call 911 if you have chest pain with back pain.'], []],
    [
      'blood thinners sent to urgent care today',
      ['If you take blood thinners, go to urgent care today.'],
      ['bleeding-or-thinners'],
    ],
    ['a sign named with no advice at all', ['We need to know if you take blood thinners.'], []],
    ['a SignList names ids, nothing retyped', ['<SignList level="caution" ids={["bleeding-or-thinners"]} />'], []],
  ] as const)('%s', (_name, lines, flagged) => {
    const prose = lines.map((text, i) => ({ line: i + 1, text }));
    const found = signLevelProblems(prose).map((problem) => /names the sign "([^"]+)"/.exec(problem.message)?.[1]);
    expect(found).toEqual(flagged);
  });

  it('every sign the rule knows is in src/lib/safety/red-flags.ts', () => {
    for (const id of Object.keys(SIGN_MENTIONS)) expect(redFlagItem(id)).toBeDefined();
  });
});
