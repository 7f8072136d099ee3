// Checks on the whole built site in dist/, run by `npm test` after the build: links, HTML validity (html-validate and the Nu checker),
// byte budgets, the security headers file and where pages load things from.
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { budgetTable, overBudget } from '../../tools/quality/budgets.ts';
import { inlineCode } from '../../src/lib/html.ts';
import { findLinkProblems, missingFeedTargets, thirdPartyLoads } from '../../tools/quality/links.ts';
import { normalisePath } from '../../src/lib/seo/routes.ts';
import { measurePages } from '../../tools/quality/read-dist.ts';
import { allowsInline, parsePolicy, policyProblems } from '../../src/lib/security/csp.ts';
import { headersFor, parseHeadersFile } from '../../src/lib/security/headers-file.ts';
import { requiredHeaderProblems } from '../../tools/quality/required-headers.ts';
import { dist, readDistFile, site } from './site.ts';
import { adminCsp } from '../../src/lib/cms/config.ts';
import { settings } from '../../src/server/settings.ts';
import { htmlErrors } from './validator.ts';
import { nuErrors } from './nu-checker.ts';

describe('links', () => {
  it('every internal link, #fragment, image and asset resolves, and external links are well formed', () => {
    expect(findLinkProblems(site())).toEqual([]);
  });

  it('every page the sitemaps and the RSS feed list exists', () => {
    const feeds = [...site().files].filter((file) => /^sitemap.*\.xml$|^rss\.xml$/.test(file));
    expect(feeds.length).toBeGreaterThan(0);
    expect(
      feeds.flatMap((file) => missingFeedTargets(readDistFile(file), site()).map((url) => `${file}: ${url}`)),
    ).toEqual([]);
  });

  it('no page loads a script, stylesheet, font, image or frame from another host', () => {
    const problems = [...site().pages].flatMap(([file, tags]) =>
      thirdPartyLoads(tags, site().siteOrigin).map((problem) => `${file}: ${problem}`),
    );
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

describe('HTML validity (the Nu HTML checker, the W3C reference validator)', () => {
  // Pages with a known defect go through the same run, so the check shows it still catches what it must.
  const page = (head: string, body: string, after = '') =>
    `<!DOCTYPE html><html lang="en"><head><meta charset="utf-8"><title>Test page</title>${head}</head><body><main><h1>Test</h1>${body}</main></body></html>${after}`;
  const planted = {
    'valid.html': { html: page('', '<p>Fine.</p>'), expect: undefined },
    'script-after-html.html': {
      html: page('', '', '<script type="module" src="/a.js"></script>'),
      expect: /Stray start tag .script/,
    },
    'div-labelledby.html': {
      html: page('', '<div aria-labelledby="t"><h2 id="t">Title</h2></div>'),
      expect: /aria-labelledby. attribute must not be specified on any .div. element/,
    },
  };

  it('every page has no errors, and the planted defects are found', () => {
    const dir = mkdtempSync(join(tmpdir(), 'nu-planted-'));
    try {
      for (const [name, { html }] of Object.entries(planted)) writeFileSync(join(dir, name), html);
      // Every page, the staff editor's included.
      const pages = [...site().files].filter((file) => file.endsWith('.html')).map((file) => resolve(dist, file));
      const errors = nuErrors([...pages, ...Object.keys(planted).map((name) => join(dir, name))]);
      for (const [name, { expect: wanted }] of Object.entries(planted)) {
        const found = errors.get(join(dir, name)) ?? [];
        if (wanted)
          expect(
            found.some((error) => wanted.test(error)),
            `${name}: ${found.join('; ')}`,
          ).toBe(true);
        else expect(found, name).toEqual([]);
      }
      expect(
        pages.flatMap((file) =>
          (errors.get(file) ?? []).map((error) => `${file.slice(resolve(dist).length + 1)}:${error}`),
        ),
      ).toEqual([]);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
    // One JVM start and every page: about 30 s on a busy two-core machine.
  }, 300_000);
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
      const policies = (headers.get('content-security-policy') ?? '')
        .split(',')
        .filter((text) => text.trim() !== '')
        .map(parsePolicy);
      return [...requiredHeaderProblems(headers), ...policies.flatMap(policyProblems)].map(
        (problem) => `${path}: ${problem}`,
      );
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
      for (const [kind, blocks] of [
        ['script', scripts],
        ['style', styles],
      ] as const) {
        for (const code of blocks) {
          if (!policies.every((policy) => allowsInline(policy, kind, code)))
            problems.push(`${path}: inline ${kind} "${code.slice(0, 60)}..." is blocked`);
        }
      }
      for (const tag of tags) {
        if (tag.attrs.style !== undefined)
          problems.push(`${path}: <${tag.name} style="..."> is blocked (style attributes need 'unsafe-inline')`);
        const handler = Object.keys(tag.attrs).find((name) => /^on[a-z]+$/.test(name));
        if (handler)
          problems.push(`${path}: <${tag.name} ${handler}="..."> is blocked (inline event handlers never run)`);
      }
    }
    expect(problems).toEqual([]);
  });
});
