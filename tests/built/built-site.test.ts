// Checks on the whole built site in dist/, run by `npm test` after the build: links, HTML validity,
// byte budgets, the security headers file and where pages load things from.
import { describe, expect, it } from 'vitest';
import { budgetTable, overBudget } from '../../src/lib/utils/quality/budgets.ts';
import { inlineCode } from '../../src/lib/utils/html.ts';
import { findLinkProblems, missingFeedTargets, thirdPartyLoads } from '../../src/lib/utils/quality/links.ts';
import { normalisePath } from '../../src/lib/utils/routes.ts';
import { measurePages } from '../../src/lib/readers/read-dist.ts';
import { allowsInline, parsePolicy, policyProblems } from '../../src/lib/utils/security/csp.ts';
import { headersFor, parseHeadersFile } from '../../src/lib/utils/security/headers-file.ts';
import { requiredHeaderProblems } from '../../src/lib/utils/security/required.ts';
import { dist, readDistFile, site } from './site.ts';
import { adminCsp } from '../../src/lib/utils/cms/config.ts';
import { settings } from '../../src/lib/readers/settings.ts';
import { htmlErrors } from './validator.ts';

describe('links', () => {
  it('every internal link, #fragment, image and asset resolves, and external links are well formed', () => {
    expect(findLinkProblems(site())).toEqual([]);
  });

  it('every page the sitemaps and the RSS feed list exists', () => {
    const feeds = [...site().files].filter((file) => /^sitemap.*\.xml$|^rss\.xml$/.test(file));
    expect(feeds.length).toBeGreaterThan(0);
    expect(feeds.flatMap((file) => missingFeedTargets(readDistFile(file), site()).map((url) => `${file}: ${url}`))).toEqual([]);
  });

  it('no page loads a script, stylesheet, font, image or frame from another host', () => {
    const problems = [...site().pages].flatMap(([file, tags]) => thirdPartyLoads(tags, site().siteOrigin).map((problem) => `${file}: ${problem}`));
    expect(problems).toEqual([]);
  });
});

describe('HTML validity (html-validate, rules in .htmlvalidate.json)', () => {
  it('every page is valid', async () => {
    const problems: string[] = [];
    for (const file of site().pages.keys()) {
      for (const error of await htmlErrors(readDistFile(file), file)) problems.push(`${file}:${error}`);
    }
    expect(problems).toEqual([]);
  });
});

describe('byte budgets (gzip, what each page loads)', () => {
  it('every page stays within the budget for its type', () => {
    const figures = measurePages(dist, site());
    console.log(`Bytes each page loads, gzipped (${figures.size} pages):\n${budgetTable(figures)}`);
    expect([...figures].flatMap(([path, bytes]) => overBudget(path, bytes))).toEqual([]);
  });
});

describe('security headers (dist/_headers)', () => {
  const rules = parseHeadersFile(readDistFile('_headers'));

  it('every page gets the required headers and a policy with no unsafe script sources', () => {
    const problems = [...site().pages.keys()].flatMap((file) => {
      const path = normalisePath(file);
      const headers = headersFor(rules, path);
      const policies = (headers.get('content-security-policy') ?? '').split(',').filter((text) => text.trim() !== '').map(parsePolicy);
      return [...requiredHeaderProblems(headers), ...policies.flatMap(policyProblems)].map((problem) => `${path}: ${problem}`);
    });
    expect(problems).toEqual([]);
  });

  it('the staff editor at /admin gets the required headers and exactly its own policy', () => {
    const headers = headersFor(rules, '/admin');
    expect(requiredHeaderProblems(headers)).toEqual([]);
    expect(headers.get('content-security-policy')).toBe(`${adminCsp(settings.editor)}; frame-ancestors 'none'`);
  });

  it('every inline script and style on every page is allowed by the policy the file sets', () => {
    const problems: string[] = [];
    for (const [file, tags] of site().pages) {
      const path = normalisePath(file);
      const policies = (headersFor(rules, path).get('content-security-policy') ?? '').split(',').map(parsePolicy);
      const { scripts, styles } = inlineCode(tags);
      for (const [kind, blocks] of [['script', scripts], ['style', styles]] as const) {
        for (const code of blocks) {
          if (!policies.every((policy) => allowsInline(policy, kind, code))) problems.push(`${path}: inline ${kind} "${code.slice(0, 60)}..." is blocked`);
        }
      }
      for (const tag of tags) {
        if (tag.attrs.style !== undefined) problems.push(`${path}: <${tag.name} style="..."> is blocked (style attributes need 'unsafe-inline')`);
        const handler = Object.keys(tag.attrs).find((name) => /^on[a-z]+$/.test(name));
        if (handler) problems.push(`${path}: <${tag.name} ${handler}="..."> is blocked (inline event handlers never run)`);
      }
    }
    expect(problems).toEqual([]);
  });
});
