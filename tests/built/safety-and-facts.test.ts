// Safety text and clinic facts on the built site: emergency mentions come with the signs from the red-flag
// module, and every session length or price a page states is one the services catalog has.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { serviceSchema } from '../../src/lib/utils/booking/services.ts';
import { findUnknownFacts } from '../../src/lib/utils/quality/facts.ts';
import { findSafetyGaps, parseTree, textOf } from '../../src/lib/utils/quality/safety.ts';
import { redFlagLabels } from '../../src/lib/utils/red-flags.ts';
import { pageHtml } from './site.ts';

describe('safety text', () => {
  it('every mention of emergency care shows every emergency sign or links to a card that does', () => {
    const pages = pageHtml();
    const mentioning = [...pages.values()].filter((html) => /\b(?:911|999)\b|emergenc/i.test(textOf(parseTree(html))));
    expect(mentioning.length).toBeGreaterThan(0);
    expect(findSafetyGaps(pages, redFlagLabels('emergency'))).toEqual([]);
  });
});

describe('clinic facts', () => {
  it('every session length and price a page states is in the services catalog', () => {
    const catalog = (parse(readFileSync('src/content/services.yaml', 'utf8')) as unknown[]).map((row) => serviceSchema.parse(row));
    const text = new Map([...pageHtml()].map(([path, html]) => [path, textOf(parseTree(html))]));
    expect(findUnknownFacts(text, catalog)).toEqual([]);
  });
});
