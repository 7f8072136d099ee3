// `npm run lint:content [files...]`: checks the content schema cannot express (headings, alt text, links,
// banned claims and over-claims, typed clinic facts, warning-sign links, reading grade, review dates) in the content,
// plus the wording rules on the clinic's .astro pages and the quiz wording. Errors exit 1; warnings print and pass.
import { readdirSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { relative } from 'node:path';
import { parse } from 'yaml';
import { lintFile, parseContentFile } from '../tools/content-lint/index.ts';
import { siteRoutes } from '../src/lib/seo/routes.ts';
import { dayIn } from '../src/lib/format/dates.ts';
import { isLive } from '../src/lib/content/publishing.ts';
import { settings } from '../src/server/settings.ts';
import { isError, reportProblems } from '../src/lib/content-checks/problem.ts';
import { findContentProblems } from '../src/integrations/content-checks/preflight.ts';
import { CONTENT_ROOT, folderOf } from '../src/lib/content/layout.ts';

const root = fileURLToPath(new URL('../', import.meta.url));
process.chdir(root);

// Content files get every rule; the clinic's page files and the quiz's wording source get the wording rules.
const KINDS = {
  [folderOf('articles').folder]: 'article',
  [folderOf('techniques').folder]: 'technique',
  [folderOf('therapists').folder]: 'therapist',
  'src/pages': 'page',
  'src/components': 'page',
  'src/layouts': 'page',
  'src/lib/quiz': 'quiz',
  'src/lib/progress': 'quiz',
};
const PATTERNS = { article: /\.mdx$/, technique: /\.mdx$/, therapist: /\.yaml$/, page: /\.astro$/, quiz: /\.ts$/ };
const files = (dir, pattern) =>
  readdirSync(dir, { recursive: true, encoding: 'utf8' })
    .filter((name) => pattern.test(name))
    .sort();
const frontmatter = (text) => parse(/^---\r?\n([\s\S]*?)\r?\n---/.exec(text)?.[1] ?? '') ?? {};
const day = (value) => (value instanceof Date ? value.toISOString().slice(0, 10) : String(value ?? ''));

const now = new Date();
const today = dayIn(settings.timezone, now);
const articlesFolder = folderOf('articles').folder;
const articles = files(articlesFolder, /\.mdx$/).map((name) => {
  const data = frontmatter(readFileSync(`${articlesFolder}/${name}`, 'utf8'));
  return {
    id: name.replace(/\.mdx$/, ''),
    // The build's own rule, on the day the schema would read.
    live: isLive({ draft: data.draft === true, pubDate: new Date(day(data.pubDate)) }, now),
    tags: Array.isArray(data.tags) ? data.tags.map(String) : [],
    legacyPaths: Array.isArray(data.legacyPaths) ? data.legacyPaths.map(String) : [],
  };
});
const { routes, hiddenRoutes } = siteRoutes({
  pageFiles: files('src/pages', /\.(astro|md|mdx|ts|js)$/),
  publicFiles: files('public', /\./),
  articles,
  techniques: files(folderOf('techniques').folder, /\.mdx$/).map((name) => name.replace(/\.mdx$/, '')),
  therapists: files(folderOf('therapists').folder, /\.yaml$/).map((name) => name.replace(/\.yaml$/, '')),
});

const requested = process.argv
  .slice(2)
  .map((path) => relative(root, fileURLToPath(new URL(path, `file://${process.env.INIT_CWD ?? root}/`))));
const targets = Object.entries(KINDS).flatMap(([dir, kind]) =>
  files(dir, PATTERNS[kind])
    .map((name) => ({ path: `${dir}/${name}`, kind }))
    .filter((target) => requested.length === 0 || requested.includes(target.path)),
);

const unknown = requested.filter(
  (path) => !targets.some((target) => target.path === path) && !path.startsWith(`${CONTENT_ROOT}/`),
);
if (unknown.length > 0) {
  console.log(
    `content lint: not a content file: ${unknown.join(', ')}. Expected a file in ${Object.keys(KINDS).join(', ')}.`,
  );
  process.exit(2);
}

// The build's own files phase first (files it would never load, colliding names, impossible days), as errors here too.
const fileFindings = findContentProblems(root)
  .filter((problem) => requested.length === 0 || requested.includes(problem.file))
  .map((problem) => ({ ...problem, line: problem.line ?? 1, rule: 'content-file', severity: 'error' }));
const findings = [
  ...fileFindings,
  ...targets.flatMap(({ path, kind }) =>
    lintFile(parseContentFile(path, kind, readFileSync(path, 'utf8')), { routes, hiddenRoutes, today }),
  ),
];
// The one reporter the build uses: a line per finding and, inside GitHub Actions, an annotation on its line.
// One stream, so findings and the summary print in order in CI logs.
const report = reportProblems(findings, 'Content lint', process.env);
for (const line of [...report.lines, ...report.annotations]) console.log(line);
const errors = findings.filter(isError).length;
const warnings = findings.length - errors;
console.log(
  `content lint: ${targets.length} files, ${errors} error(s), ${warnings} warning(s)${errors > 0 ? ' (fix the errors above; docs/publishing.md explains each rule)' : ''}`,
);
process.exit(errors > 0 ? 1 : 0);
