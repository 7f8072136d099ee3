import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { alreadyExistsMessage, newEntry, nextYear, parseNewArgs, type EntryKind } from '../../tools/new-entry.ts';
import { dayIn } from '../../src/lib/format/dates.ts';

const context = {
  today: '2026-11-24',
  therapists: ['jordan-ellis', 'priya-natarajan'],
  sources: ['furlan-2015'],
  services: ['therapeutic-60'],
};

/** The YAML part of a new file: the frontmatter of an MDX file, or the whole YAML file. */
function fields(kind: EntryKind, text: string): Record<string, unknown> {
  return parse(kind === 'therapist' ? text : text.split('---\n')[1]!) as Record<string, unknown>;
}

describe('parseNewArgs', () => {
  it.each([
    [['article', 'Desk stretches'], { ok: true, kind: 'article', title: 'Desk stretches' }],
    [['technique', 'Cupping', 'work'], { ok: true, kind: 'technique', title: 'Cupping work' }],
    [['therapist', '  Sam Lee '], { ok: true, kind: 'therapist', title: 'Sam Lee' }],
  ])('%j -> %j', (args, expected) => {
    expect(parseNewArgs(args)).toEqual(expected);
  });

  it.each([
    [[], 'Expected the kind of page first'],
    [['blog', 'Title'], 'not "blog"'],
    [['article'], 'Expected a title'],
    [['article', '!!!'], 'Expected a title'],
  ])('%j is refused with a message', (args, message) => {
    const result = parseNewArgs(args);
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.message).toContain(message);
  });
});

describe('dates', () => {
  it.each([
    ['America/Chicago', '2026-11-25T03:00:00Z', '2026-11-24'],
    ['Europe/London', '2026-11-25T03:00:00Z', '2026-11-25'],
    ['Australia/Sydney', '2026-11-24T14:00:00Z', '2026-11-25'],
  ])('dayIn(%s, %s) is %s', (zone, instant, day) => {
    expect(dayIn(zone, new Date(instant))).toBe(day);
  });

  it.each([
    ['2026-11-24', '2027-11-24'],
    ['2028-02-29', '2029-03-01'],
  ])('nextYear(%s) is %s', (day, expected) => {
    expect(nextYear(day)).toBe(expected);
  });
});

describe('newEntry', () => {
  it.each([
    ['article', 'Desk stretches & your back', 'src/content/articles/desk-stretches-and-your-back.mdx'],
    ['technique', 'Gentle cupping', 'src/content/techniques/gentle-cupping.mdx'],
    ['therapist', 'Zoë Brennan', 'src/content/therapists/zoe-brennan.yaml'],
  ] as const)('a %s titled "%s" goes to %s', (kind, title, path) => {
    expect(newEntry(kind, title, context).path).toBe(path);
  });

  const required: Record<EntryKind, string[]> = {
    article: [
      'title',
      'description',
      'pubDate',
      'draft',
      'author',
      'reviewer',
      'reviewHistory',
      'nextReviewDue',
      'sources',
      'hero',
      'tags',
      'techniques',
    ],
    technique: [
      'title',
      'description',
      'order',
      'author',
      'reviewer',
      'reviewHistory',
      'nextReviewDue',
      'sources',
      'hero',
      'whatItIs',
      'feelsLike',
      'suits',
      'avoidIf',
      'serviceId',
    ],
    therapist: ['name', 'role', 'credentials', 'licence', 'photo', 'bio', 'specialities', 'sample'],
  };

  it.each(Object.entries(required) as [EntryKind, string[]][])(
    'a new %s has every field, each with a hint',
    (kind, names) => {
      const { text } = newEntry(kind, 'Quote "marks" and: colons', context);
      const data = fields(kind, text);
      expect(Object.keys(data).sort()).toEqual([...names].sort());
      for (const name of names) expect(text).toMatch(new RegExp(`^${name}:.*#|^${name}:\\n  \\S.*#`, 'm'));
      expect(data[kind === 'therapist' ? 'name' : 'title']).toBe('Quote "marks" and: colons');
    },
  );

  it('dates a new article today and schedules its review a year on', () => {
    const data = fields('article', newEntry('article', 'Desk stretches', context).text);
    expect(data).toMatchObject({
      pubDate: '2026-11-24',
      reviewHistory: [{ date: '2026-11-24', changes: 'First version of the page' }],
      nextReviewDue: '2027-11-24',
      draft: true,
      author: 'jordan-ellis',
    });
    expect(data['hero']).toMatchObject({ src: '../../assets/heroes/desk-stretches.svg' });
  });

  it('names the file in the refusal to overwrite', () => {
    expect(alreadyExistsMessage('src/content/articles/x.mdx')).toBe(
      'src/content/articles/x.mdx already exists, so nothing was written. Edit that file, or choose a different title.',
    );
  });
});

describe('the worked example in docs/publishing.md', () => {
  it('is what `npm run new -- article` writes today, line for line', () => {
    const guide = readFileSync(new URL('../../docs/publishing.md', import.meta.url), 'utf8');
    const title = 'Gentle desk stretches for a stiff back';
    const block = new RegExp(`\`\`\`yaml\\n(   ---\\n   title: "${title}"[\\s\\S]*?   ---)\\n   \`\`\``).exec(
      guide,
    )?.[1];
    const shown = block?.replace(/^ {3}/gm, '');
    const pubDate = /^pubDate: (\S+)/m.exec(shown ?? '')?.[1] ?? '';
    const written = newEntry('article', title, {
      ...context,
      today: pubDate,
      sources: ['furlan-2015', 'cherkin-2011'],
    }).text.split('\n---\n')[0];
    expect(shown, 'docs/publishing.md step 3: paste the file `npm run new` writes').toBe(`${written}\n---`);
  });
});
