// Safety text and clinic facts on the built site: emergency mentions come with the signs from the red-flag
// module, and every session length or price a page states is one the services catalog has.
import { readdirSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { serviceSchema } from '../../src/lib/booking/services.ts';
import { findUnknownFacts } from '../../tools/quality/facts.ts';
import { findSafetyGaps, textOf } from '../../tools/quality/safety.ts';
import { parseTree } from '../../src/lib/html.ts';
import { redFlagLabels } from '../../src/lib/safety/red-flags.ts';
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
    const catalog = (parse(readFileSync('src/content/services.yaml', 'utf8')) as unknown[]).map((row) =>
      serviceSchema.parse(row),
    );
    const text = new Map([...pageHtml()].map(([path, html]) => [path, textOf(parseTree(html))]));
    expect(findUnknownFacts(text, catalog)).toEqual([]);
  });
});

describe('review history and sample profiles', () => {
  // Articles and techniques: the health pages whose review history lives in their frontmatter.
  const healthPages = () =>
    [...pageHtml()].filter(
      ([path, html]) => /^\/(?:articles|techniques)\/[^/]+$/.test(path) && html.includes('class="review-byline'),
    );

  it('every health page shows its review history; "Last reviewed" and the structured data take the newest real review, and claim none while only samples have "reviewed" it', () => {
    const pages = healthPages();
    expect(pages.length).toBeGreaterThan(0);
    const problems = pages.flatMap(([path, html]) => {
      const details = /<details class="review-history[\s\S]*?<\/details>/.exec(html)?.[0] ?? '';
      const entries = [...details.matchAll(/<li>([\s\S]*?)<\/li>/g)].map((m) => m[1]!);
      const days = entries.map((entry) => /<time datetime="([\d-]+)"/.exec(entry)?.[1] ?? '');
      // An entry by a sample profile says so and is not a review.
      const real = entries.filter((entry) => !entry.includes('(sample profile)'));
      const newestReal = real
        .map((entry) => /<time datetime="([\d-]+)"/.exec(entry)?.[1] ?? '')
        .sort()
        .at(-1);
      const byline = /Last reviewed<\/dt>\s*<dd[^>]*>\s*(?:<time datetime="([\d-]+)")?/.exec(html)?.[1];
      const structured = /"lastReviewed":"([\d-]+)"/.exec(html)?.[1];
      const reviewedBy = html.includes('"reviewedBy"');
      const ok =
        entries.length > 0 &&
        days[0] === [...days].sort().at(-1) &&
        byline === newestReal &&
        structured === newestReal &&
        reviewedBy === (newestReal !== undefined);
      return ok
        ? []
        : [
            `${path}: last reviewed ${byline}, structured data ${structured}, reviewedBy ${reviewedBy}, history [${days.join(', ')}], newest real ${newestReal}`,
          ];
    });
    expect(problems).toEqual([]);
  });

  it('every byline that names a sample profile says so', () => {
    const samples = readdirSync('src/content/therapists')
      .map(
        (file) => parse(readFileSync(`src/content/therapists/${file}`, 'utf8')) as { name: string; sample?: boolean },
      )
      .filter((therapist) => therapist.sample)
      .map((therapist) => therapist.name);
    const problems = healthPages().flatMap(([path, html]) => {
      const byline = /<dl class="review-byline[\s\S]*?<\/dl>/.exec(html)?.[0] ?? '';
      return [...byline.matchAll(/<dd[^>]*>([\s\S]*?)<\/dd>/g)]
        .map((match) => textOf(parseTree(match[1]!)))
        .filter((text) => samples.some((name) => text.includes(name)) && !text.includes('(sample profile)'))
        .map((text) => `${path}: "${text}" names a sample profile without saying so`);
    });
    expect(problems).toEqual([]);
  });
});
