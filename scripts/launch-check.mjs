// `npm run launch-check [-- --root <dir>]`: lists every placeholder still in the site (sample profiles and the pages
// naming them, pages and guides with no real review entry, sample licences, prices, booking ids, 555 numbers, the sample address, map position and editor
// repository) with file, field and fix, and exits 1 while any remain. The deploy workflow runs it before publishing.
import { readdirSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { parse } from 'yaml';
import { findPlaceholders, formatLaunchReport } from '../tools/launch-check.ts';
import { folderOf, listFile } from '../src/lib/content/layout.ts';

const rootArg = process.argv.indexOf('--root');
const root = rootArg > 0 ? resolve(process.argv[rootArg + 1]) : fileURLToPath(new URL('../', import.meta.url));
const read = (file) => readFileSync(join(root, file), 'utf8');
const list = (dir, pattern) =>
  readdirSync(join(root, dir))
    .filter((name) => pattern.test(name))
    .sort()
    .map((name) => `${dir}/${name}`);
const frontmatter = (text) => parse(/^---\r?\n([\s\S]*?)\r?\n---/.exec(text)?.[1] ?? '') ?? {};

const settings = (await import(pathToFileURL(join(root, 'src/site.config.ts')).href)).default;
const therapists = list(folderOf('therapists').folder, /\.ya?ml$/).map((file) => {
  const data = parse(read(file)) ?? {};
  return {
    file,
    id: file.replace(/^.*\/|\.ya?ml$/g, ''),
    name: String(data.name ?? ''),
    sample: data.sample === true,
    licence: { number: String(data.licence?.number ?? ''), issuer: String(data.licence?.issuer ?? '') },
  };
});
const healthPages = [
  ...list(folderOf('articles').folder, /\.mdx?$/),
  ...list(folderOf('techniques').folder, /\.mdx?$/),
].map((file) => {
  const data = frontmatter(read(file));
  return {
    file,
    author: String(data.author ?? ''),
    reviewer: String(data.reviewer ?? ''),
    historyReviewers: Array.isArray(data.reviewHistory)
      ? data.reviewHistory.map((entry) => String(entry?.reviewer ?? ''))
      : [],
  };
});

// The guides' reviews (src/content/guides.yaml): the same review fields, one entry per guide.
const guidesFile = listFile('guides');
const guides = (parse(read(guidesFile)) ?? []).map((data) => ({
  file: guidesFile,
  entry: String(data.id ?? ''),
  author: String(data.author ?? ''),
  reviewer: String(data.reviewer ?? ''),
  historyReviewers: Array.isArray(data.reviewHistory)
    ? data.reviewHistory.map((entry) => String(entry?.reviewer ?? ''))
    : [],
}));

const found = findPlaceholders({
  settings: { file: 'src/site.config.ts', values: settings },
  services: { file: listFile('services'), text: read(listFile('services')) },
  therapists,
  healthPages: [...healthPages, ...guides],
});
console.log(formatLaunchReport(found));
process.exit(found.length > 0 ? 1 : 0);
