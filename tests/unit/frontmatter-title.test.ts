import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { frontmatterTitle } from '../../src/lib/content/frontmatter-title.ts';

const file = (titleLine: string) => `---\n${titleLine}\ndescription: "A short summary."\n---\n\nBody text.\n`;

describe('frontmatterTitle', () => {
  // Each readable form must give exactly what YAML gives, or the card drawn early would be a different card.
  it.each([
    ['title: Deep tissue work'],
    ['title: "Deep tissue work"'],
    ["title: 'Deep tissue work'"],
    ['title: "Back pain: what helps"'],
    ['title: "She said \\"rest\\" less"'],
    ["title: 'It''s not a spa day'"],
    ['title: "Café visits \\u2013 and more"'],
    ['title:   Spaces around   '],
    ['title: Hips, desk work & you'],
  ])('reads %s as YAML does', (line) => {
    const expected = String((parse(line) as { title: unknown }).title).trim();
    expect(frontmatterTitle(file(line))).toBe(expected);
  });

  it.each([
    ['a folded block', 'title: >\n  Two lines\n  of title'],
    ['a literal block', 'title: |\n  A title'],
    ['a flow value', 'title: [a, b]'],
    ['a comment after the value', 'title: Deep tissue # draft'],
    ['an unclosed quote', 'title: "Deep tissue'],
    ['an empty title', 'title:'],
    ['colon and space in a plain value', 'title: Back pain: what helps'],
  ])('gives up on %s', (_name, line) => {
    expect(frontmatterTitle(file(line))).toBeUndefined();
  });

  it('reads only the frontmatter, and nothing from a file without one', () => {
    expect(frontmatterTitle('No frontmatter here.\ntitle: Not this\n')).toBeUndefined();
    expect(frontmatterTitle('---\ndescription: "x"\n---\ntitle: In the body\n')).toBeUndefined();
  });
});
