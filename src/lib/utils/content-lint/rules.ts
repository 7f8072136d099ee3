import { fleschKincaidGrade, plainText, textStats } from './reading-grade.ts';
import type { Finding, LintContext, LintFile, NumberedLine, Rule } from './types.ts';

export const DESCRIPTION_MIN = 50;
export const DESCRIPTION_MAX = 160;
export const MAX_READING_GRADE = 8;
/** Sections shorter than this are too small for a fair reading-grade score. */
const MIN_GRADED_WORDS = 40;

const finding = (file: LintFile, line: number, rule: string, severity: Finding['severity'], message: string): Finding => ({
  file: file.path,
  line,
  rule,
  severity,
  message,
});

/** Frontmatter text fields read by visitors, with the path used to find their line. */
function textFields(file: LintFile): { path: string; text: string }[] {
  const names = ['title', 'description', 'whatItIs', 'feelsLike', 'suits', 'bio', 'role', 'hero.alt', 'photo.alt'];
  const fields: { path: string; text: string }[] = [];
  for (const path of names) {
    const value = path.split('.').reduce<unknown>((node, key) => (node as Record<string, unknown> | undefined)?.[key], file.data);
    if (typeof value === 'string') fields.push({ path, text: value });
  }
  for (const [index, value] of (Array.isArray(file.data['avoidIf']) ? file.data['avoidIf'] : []).entries()) {
    if (typeof value === 'string') fields.push({ path: `avoidIf.${index}`, text: value });
  }
  return fields;
}

/** Every piece of text a visitor reads, with its line: frontmatter fields, then the body. */
function readableText(file: LintFile): NumberedLine[] {
  return [...textFields(file).map((field) => ({ line: file.lineOf(field.path), text: field.text })), ...file.prose];
}

export const descriptionLength: Rule = (file) => {
  if (file.kind === 'therapist') return [];
  const value = file.data['description'];
  const length = typeof value === 'string' ? value.trim().length : 0;
  if (length >= DESCRIPTION_MIN && length <= DESCRIPTION_MAX) return [];
  const advice = length < DESCRIPTION_MIN ? 'say in one sentence what the page is about' : 'search results cut longer lines, so shorten it';
  return [
    finding(file, file.lineOf('description'), 'description-length', 'error', `description is ${length} characters; expected ${DESCRIPTION_MIN} to ${DESCRIPTION_MAX}: ${advice}.`),
  ];
};

const MARKDOWN_HEADING = /^(#{1,6})\s+\S/;
const HTML_HEADING = /<h([1-6])[\s>]/gi;

export const headingOrder: Rule = (file) => {
  const findings: Finding[] = [];
  // The page title is the h1, so the body's first heading is an h2.
  let previous = 1;
  for (const { line, text } of file.prose) {
    const levels = [MARKDOWN_HEADING.exec(text.trim())?.[1]?.length, ...[...text.matchAll(HTML_HEADING)].map((match) => Number(match[1]))];
    for (const level of levels) {
      if (level === undefined) continue;
      if (level === 1) {
        findings.push(finding(file, line, 'heading-order', 'error', 'a level-1 heading in the body; the title is the page\'s only level-1 heading, so start sections with "## ".'));
      } else if (level > previous + 1) {
        findings.push(
          finding(file, line, 'heading-order', 'error', `heading level ${level} follows level ${previous}, skipping a level; use ${'#'.repeat(previous + 1)} here, or add the missing level above it.`),
        );
      }
      previous = level;
    }
  }
  return findings;
};

const IMAGE_EXTENSION = /\.(?:svg|png|jpe?g|webp|avif|gif|tiff?|heic)$/i;

/** True when alt text looks like a file name or camera label rather than a description. */
export function looksLikeFileName(alt: string): boolean {
  const text = alt.trim();
  if (IMAGE_EXTENSION.test(text)) return true;
  if (/^(?:img|image|dsc|dcim|pxl|photo|screenshot)[\s_-]*\d+/i.test(text)) return true;
  // One "word" joined by hyphens or underscores, like "hero-image_2": a name, not a sentence.
  return !/\s/.test(text) && /[-_]/.test(text);
}

export const imageAltText: Rule = (file) => {
  const findings: Finding[] = [];
  const check = (line: number, alt: string, where: string) => {
    if (alt.trim().length === 0) {
      findings.push(finding(file, line, 'image-alt', 'error', `${where} has no alt text; describe what the picture shows for people who cannot see it.`));
    } else if (looksLikeFileName(alt)) {
      findings.push(finding(file, line, 'image-alt', 'error', `${where} alt text "${alt}" looks like a file name; describe what the picture shows instead.`));
    }
  };
  for (const path of ['hero.alt', 'photo.alt']) {
    const [parent, key] = path.split('.') as [string, string];
    const holder = file.data[parent];
    if (holder && typeof holder === 'object') check(file.lineOf(path), String((holder as Record<string, unknown>)[key] ?? ''), path);
  }
  for (const { line, text } of file.prose) {
    for (const match of text.matchAll(/!\[([^\]]*)\]\(([^)\s]+)[^)]*\)/g)) check(line, match[1]!, `the image ${match[2]}`);
    for (const match of text.matchAll(/<(?:img|Image|Figure)\b[^>]*>/g)) {
      const alt = /\balt=(?:"([^"]*)"|'([^']*)'|\{["'`]([^"'`]*)["'`]\})/.exec(match[0]);
      if (alt) check(line, alt[1] ?? alt[2] ?? alt[3] ?? '', 'an image');
      else if (!/\balt=\{/.test(match[0])) check(line, '', 'an image');
    }
  }
  return findings;
};

/** The path part of an internal link, without query, fragment or trailing slash. */
export function linkPath(href: string): string {
  const path = href.split(/[?#]/)[0]!.replace(/\.html$/, '').replace(/\/+$/, '');
  return path === '' ? '/' : path;
}

export const internalLinks: Rule = (file, context) => {
  const findings: Finding[] = [];
  for (const { line, text } of file.prose) {
    const hrefs = [
      ...[...text.matchAll(/(?<!!)\[[^\]]*\]\(\s*<?([^)\s>]+)>?[^)]*\)/g)].map((match) => match[1]!),
      ...[...text.matchAll(/\bhref=(?:"([^"]*)"|'([^']*)')/g)].map((match) => match[1] ?? match[2]!),
    ];
    for (const href of hrefs) {
      if (href.startsWith('#') || /^[a-z][a-z0-9+.-]*:/i.test(href) || href.startsWith('//')) continue;
      if (!href.startsWith('/')) {
        findings.push(finding(file, line, 'link-target', 'error', `the link "${href}" is relative; write site links from the root, for example "/articles/some-article".`));
        continue;
      }
      const path = linkPath(href);
      if (context.routes.has(path)) continue;
      const reason = context.hiddenRoutes.has(path)
        ? 'is a draft or scheduled article, so the link would be broken on the live site until it is published'
        : 'is not a page on this site';
      findings.push(finding(file, line, 'link-target', 'error', `the link "${href}" points to ${path}, which ${reason}; fix the address or remove the link.`));
    }
  }
  return findings;
};

interface BannedPhrase {
  pattern: RegExp;
  why: string;
}

/** The content brief's wording rules: claims the clinic never makes, even in passing. */
export const BANNED_CLAIMS: readonly BannedPhrase[] = [
  { pattern: /\bcur(?:e|es|ed|ing)\b/i, why: 'massage does not cure back pain; say what it may do, for example "may ease pain for a while"' },
  { pattern: /\bfix(?:es|ing)?\b/i, why: 'avoid promising to fix a back; say "help with" or "work on"' },
  { pattern: /\bguarantee(?:s|d)?\b/i, why: 'no result is guaranteed; describe what people often notice instead' },
  { pattern: /\bdetox\w*/i, why: 'massage does not detox the body; leave the claim out' },
  { pattern: /\b(?:reduc|lower|fight|eas|decreas)(?:e|es|ed|ing|s)?\s+(?:your\s+|the\s+)?inflammation\b|\banti-inflammatory\b/i, why: 'reducing inflammation is not an established fact for massage; leave it out' },
  {
    pattern:
      /\b(?:lower|reduc|boost|rais|increas|releas|balanc|regulat|flood)(?:e|es|ed|ing|s)?\s+(?:your\s+|the\s+body's\s+|the\s+)?(?:stress\s+hormones?|hormones?|cortisol|serotonin|dopamine|endorphins?|oxytocin)\b/i,
    why: 'the evidence does not support hormone or brain-chemical claims; say that a course of massage has been linked to lower anxiety scores, if you need to',
  },
];

export const bannedClaims: Rule = (file) =>
  readableText(file).flatMap(({ line, text }) =>
    BANNED_CLAIMS.flatMap(({ pattern, why }) => {
      const match = pattern.exec(text);
      return match ? [finding(file, line, 'banned-claim', 'error', `"${match[0]}": ${why}.`)] : [];
    }),
  );

export const biweekly: Rule = (file) =>
  readableText(file).flatMap(({ line, text }) => {
    const match = /\bbi-?weekly\b/i.exec(text);
    return match
      ? [finding(file, line, 'biweekly', 'error', `"${match[0]}" can mean twice a week or every two weeks; write "every two weeks" or "twice a week".`)]
      : [];
  });

/** Body sections split at headings: each is graded on its own, so a warning points at the hard part. */
function sections(prose: readonly NumberedLine[]): { line: number; blocks: string[] }[] {
  const result: { line: number; blocks: string[] }[] = [];
  let current: { line: number; blocks: string[] } | undefined;
  let paragraph: string[] = [];
  const flush = () => {
    if (current && paragraph.length > 0) current.blocks.push(paragraph.join(' '));
    paragraph = [];
  };
  for (const { line, text } of prose) {
    const trimmed = text.trim();
    if (MARKDOWN_HEADING.test(trimmed) || !current) {
      flush();
      current = { line, blocks: [] };
      result.push(current);
      if (MARKDOWN_HEADING.test(trimmed)) continue;
    }
    if (trimmed === '' || /^\s*(?:[-+*]|\d+\.)\s/.test(text)) flush();
    const words = plainText(trimmed);
    if (words) paragraph.push(words);
  }
  flush();
  return result;
}

export const readingGrade: Rule = (file) =>
  sections(file.prose).flatMap(({ line, blocks }) => {
    const stats = textStats(blocks);
    if (stats.words < MIN_GRADED_WORDS) return [];
    const grade = fleschKincaidGrade(stats);
    if (grade <= MAX_READING_GRADE) return [];
    return [
      finding(
        file,
        line,
        'reading-grade',
        'warning',
        `this section reads at grade ${grade.toFixed(1)} (aim for ${MAX_READING_GRADE} or lower): use shorter sentences and everyday words.`,
      ),
    ];
  });

export const reviewDue: Rule = (file, context) => {
  const value = file.data['nextReviewDue'];
  if (value === undefined || value === null) return [];
  const due = value instanceof Date ? value.toISOString().slice(0, 10) : String(value);
  if (!/^\d{4}-\d{2}-\d{2}$/.test(due) || due >= context.today) return [];
  return [
    finding(
      file,
      file.lineOf('nextReviewDue'),
      'review-overdue',
      'warning',
      `the review was due on ${due}; ask the reviewer to check the page, then add a reviewHistory entry and update nextReviewDue.`,
    ),
  ];
};

/** Every rule, in the order its findings print. */
export const RULES: Readonly<Record<string, Rule>> = {
  'description-length': descriptionLength,
  'heading-order': headingOrder,
  'image-alt': imageAltText,
  'link-target': internalLinks,
  'banned-claim': bannedClaims,
  biweekly,
  'reading-grade': readingGrade,
  'review-overdue': reviewDue,
};

/** Runs every rule on one file, findings in line order. */
export function lintFile(file: LintFile, context: LintContext): Finding[] {
  return Object.values(RULES)
    .flatMap((rule) => rule(file, context))
    .sort((a, b) => a.line - b.line);
}
