import { normalisePath } from '../../src/lib/seo/routes.ts';
import { looksLikeFileName, MAX_READING_GRADE } from '../../src/lib/content/limits.ts';
import { findOverdueReviews } from '../../src/lib/content-checks/graph.ts';
import { fleschKincaidGrade, plainText, textStats } from './reading-grade.ts';
import { signLevels } from './sign-levels.ts';
import type { Finding, LintContext, LintFile, NumberedLine, Rule } from './types.ts';

/** Sections shorter than this are too small for a fair reading-grade score. */
const MIN_GRADED_WORDS = 40;

const finding = (
  file: LintFile,
  line: number,
  rule: string,
  severity: Finding['severity'],
  message: string,
): Finding => ({
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
    const value = path
      .split('.')
      .reduce<unknown>((node, key) => (node as Record<string, unknown> | undefined)?.[key], file.data);
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

const MARKDOWN_HEADING = /^(#{1,6})\s+\S/;
const HTML_HEADING = /<h([1-6])[\s>]/gi;

const headingOrder: Rule = (file) => {
  const findings: Finding[] = [];
  // The page title is the h1, so the body's first heading is an h2.
  let previous = 1;
  for (const { line, text } of file.prose) {
    const levels = [
      MARKDOWN_HEADING.exec(text.trim())?.[1]?.length,
      ...[...text.matchAll(HTML_HEADING)].map((match) => Number(match[1])),
    ];
    for (const level of levels) {
      if (level === undefined) continue;
      if (level === 1) {
        findings.push(
          finding(
            file,
            line,
            'heading-order',
            'error',
            'a level-1 heading in the body; the title is the page\'s only level-1 heading, so start sections with "## ".',
          ),
        );
      } else if (level > previous + 1) {
        findings.push(
          finding(
            file,
            line,
            'heading-order',
            'error',
            `heading level ${level} follows level ${previous}, skipping a level; use ${'#'.repeat(previous + 1)} here, or add the missing level above it.`,
          ),
        );
      }
      previous = level;
    }
  }
  return findings;
};

const imageAltText: Rule = (file) => {
  const findings: Finding[] = [];
  const check = (line: number, alt: string, where: string) => {
    if (alt.trim().length === 0) {
      findings.push(
        finding(
          file,
          line,
          'image-alt',
          'error',
          `${where} has no alt text; describe what the picture shows for people who cannot see it.`,
        ),
      );
    } else if (looksLikeFileName(alt)) {
      findings.push(
        finding(
          file,
          line,
          'image-alt',
          'error',
          `${where} alt text "${alt}" looks like a file name; describe what the picture shows instead.`,
        ),
      );
    }
  };
  for (const path of ['hero.alt', 'photo.alt']) {
    const [parent, key] = path.split('.') as [string, string];
    const holder = file.data[parent];
    if (holder && typeof holder === 'object')
      check(file.lineOf(path), String((holder as Record<string, unknown>)[key] ?? ''), path);
  }
  for (const { line, text } of file.prose) {
    for (const match of text.matchAll(/!\[([^\]]*)\]\(([^)\s]+)[^)]*\)/g))
      check(line, match[1]!, `the image ${match[2]}`);
    for (const match of text.matchAll(/<(?:img|Image|Figure)\b[^>]*>/g)) {
      const alt = /\balt=(?:"([^"]*)"|'([^']*)'|\{["'`]([^"'`]*)["'`]\})/.exec(match[0]);
      if (alt) check(line, alt[1] ?? alt[2] ?? alt[3] ?? '', 'an image');
      else if (!/\balt=\{/.test(match[0])) check(line, '', 'an image');
    }
  }
  return findings;
};

const internalLinks: Rule = (file, context) => {
  const findings: Finding[] = [];
  for (const { line, text } of file.prose) {
    const hrefs = [
      ...[...text.matchAll(/(?<!!)\[[^\]]*\]\(\s*<?([^)\s>]+)>?[^)]*\)/g)].map((match) => match[1]!),
      ...[...text.matchAll(/\bhref=(?:"([^"]*)"|'([^']*)')/g)].map((match) => match[1] ?? match[2]!),
    ];
    for (const href of hrefs) {
      if (href.startsWith('#') || /^[a-z][a-z0-9+.-]*:/i.test(href) || href.startsWith('//')) continue;
      if (!href.startsWith('/')) {
        findings.push(
          finding(
            file,
            line,
            'link-target',
            'error',
            `the link "${href}" is relative; write site links from the root, for example "/articles/some-article".`,
          ),
        );
        continue;
      }
      const path = normalisePath(href);
      if (context.routes.has(path)) continue;
      const reason = context.hiddenRoutes.has(path)
        ? 'is a draft or scheduled article, so the link would be broken on the live site until it is published'
        : 'is not a page on this site';
      findings.push(
        finding(
          file,
          line,
          'link-target',
          'error',
          `the link "${href}" points to ${path}, which ${reason}; fix the address or remove the link.`,
        ),
      );
    }
  }
  return findings;
};

interface BannedPhrase {
  pattern: RegExp;
  why: string;
}

/** The content brief's wording rules: claims the clinic never makes, even in passing. */
const BANNED_CLAIMS: readonly BannedPhrase[] = [
  {
    pattern: /\bcur(?:e|es|ed|ing)\b/i,
    why: 'massage does not cure back pain; say what it may do, for example "may ease pain for a while"',
  },
  { pattern: /\bfix(?:es|ing)?\b/i, why: 'avoid promising to fix a back; say "help with" or "work on"' },
  { pattern: /\bguarantee(?:s|d)?\b/i, why: 'no result is guaranteed; describe what people often notice instead' },
  { pattern: /\bdetox\w*/i, why: 'massage does not detox the body; leave the claim out' },
  {
    pattern:
      /\b(?:reduc|lower|fight|eas|decreas)(?:e|es|ed|ing|s)?\s+(?:your\s+|the\s+)?inflammation\b|\banti-inflammatory\b/i,
    why: 'reducing inflammation is not an established fact for massage; leave it out',
  },
  {
    pattern:
      /\b(?:lower|reduc|boost|rais|increas|releas|balanc|regulat|flood)(?:e|es|ed|ing|s)?\s+(?:your\s+|the\s+body's\s+|the\s+)?(?:stress\s+hormones?|hormones?|cortisol|serotonin|dopamine|endorphins?|oxytocin)\b/i,
    why: 'the evidence does not support hormone or brain-chemical claims; say that a course of massage has been linked to lower anxiety scores, if you need to',
  },
];

/** Over-claims the content brief rules out, one rule per kind: each pattern with why it is wrong and what to write instead. */
const CLAIM_RULES = {
  'relaxation-comparison': {
    why: 'this sets our massage above relaxation or spa massage, but the trial we cite (Cherkin 2011) found relaxation massage did about as well; describe the approach (assessment, a plan, tracking) without the comparison',
    patterns: [
      /\bnot (?:just |only |simply |merely )?(?:an? )?(?:quick |nice )?(?:spa\b|pampering\b|nice hour\b|relaxing (?:hour|rub|massage)\b|hour of calm\b)/i,
      /\bmore than (?:an? )?(?:hour of calm|nice hour|spa (?:treat|day|massage)|relaxing (?:massage|hour))\b/i,
      /\b(?:spa|relaxation|relaxing) massages? (?:only |just |mostly )?aims? to relax you\b.*\bours\b/i,
      /\b(?:better|more effective|works? better|does more) than (?:an? )?(?:spa|relaxation|relaxing|ordinary|regular) massage\b/i,
    ],
  },
  'works-best': {
    why: 'guidelines do not say massage "works best"; NICE says to consider it only as part of a package that includes exercise, so say that',
    patterns: [/\bworks? best\b/i],
  },
  diagnosis: {
    why: 'a massage therapist does not diagnose; describe what they check (posture, tight and tender areas) and leave finding causes and ruling things out to a doctor',
    patterns: [
      /\brul(?:e|es|ed|ing) out\b/i,
      /\bwhere (?:the|your) (?:trouble|problem|pain) (?:starts|begins|comes from)\b/i,
      /\b(?:we|our therap(?:ist|ists)|your therapist|they)\s+(?:will\s+|can\s+|help\s+)?(?:find|finds|pinpoint|pinpoints|identify|identifies|uncover|uncovers|get to)\s+(?:out\s+)?(?:the\s+)?(?:root\s+|real\s+|underlying\s+)?(?:cause|source)s?\b/i,
      /\bfind(?:s|ing)? (?:out )?what(?:'s| is) (?:really )?going on\b/i,
      /\bfind(?:s|ing)? the areas that cause\b/i,
      /\b(?:we|your therapist|our therapists?)\s+(?:will\s+|can\s+)?diagnos/i,
    ],
  },
  'maintenance-claim': {
    why: 'no evidence shows that maintenance visits keep progress or stop pain coming back; say they are optional and reviewed, and what people in our clinic often choose',
    patterns: [
      /\b(?:maintenance|monthly|regular|ongoing|top-up|follow-up)\s+(?:visits?|sessions?|massages?|care)\b[^.]*?\b(?:keeps?|holds?|stops?|prevents?|maintains?|protects?)\b[^.]*?\b(?:progress|gains?|results?|coming back|returning|building up|at bay)\b/i,
      /\b(?:keeps?|stops?|prevents?)\s+(?:the\s+|your\s+)?(?:pain|tightness|tight areas|knots|problems?|back pain)\s+(?:from\s+)?(?:coming back|returning|building up)\b/i,
      /\bkeeps? (?:your |the )?(?:progress|gains|results)\b/i,
    ],
  },
  'guidelines-unnamed': {
    why: 'only NICE says to consider massage as part of a package with exercise, and the American College of Physicians (2017) does not list massage for long-lasting pain at all; name the guideline ("NICE says ...") instead of "guidelines say"',
    patterns: [
      // No i flag, so "NICE" stays a name: a line that names NICE or the ACP may speak of its guideline.
      /^(?![\s\S]*\b(?:NICE|ACP|American College of Physicians)\b)[\s\S]*\b[Gg]uidelines?\s+(?:also\s+)?(?:say|says|state|states|recommend|recommends|advise|advises|suggest|suggests|put|puts|agree|agrees)\b/,
    ],
  },
  'physiotherapy-claim': {
    why: 'the clinic is licensed massage therapists, not physical therapists: most states (Illinois: 225 ILCS 90/2) forbid holding out as physical therapy without that licence; describe it as massage therapy, and name physical therapists only as other people the client may see',
    patterns: [
      /\bphysio(?:therapy|therapists?)?\b/i,
      /\b(?:we|we're|we are|our (?:clinic|team|therapists?|sessions?|massage|care|work|practice)|massage strong)\s+(?:is\s+|are\s+|offers?\s+|provides?\s+|does\s+|do\s+|practi[cs]es?\s+)(?:an?\s+)?(?:physical therap(?:y|ists?)|physical rehabilitation)\b/i,
      /\bphysical therapy (?:clinic|practice|centre|center|services?)\b/i,
    ],
  },
  'side-effects-softened': {
    why: 'the Cochrane review (Furlan 2015) found that the side effect reported most was more pain for a while, in up to about 1 in 4 people in some trials, usually mild; it does not say soreness "soon passed", so say that',
    patterns: [
      /\bsoreness (?:that |which )?(?:soon |quickly |then )?(?:passed|passes|faded|fades|went away|goes away|wore off|wears off)\b/i,
      /\b(?:soon|quickly) (?:passed|passes|faded|fades|goes away|went away|wears off|wore off)\b/i,
    ],
  },
  'pressure-message': {
    why: 'one message on pressure everywhere: discomfort is optional, it should never feel sharp, and the client decides (gentle relaxation massage did about as well as focused work in Cherkin 2011); do not set pain as the norm',
    patterns: [
      /\bgood[" \u201d]*\s*(?:hurt|pain)\b/i,
      /\bno pain,? no gain\b/i,
      /\b(?:a (?:bit|little)|slightly|somewhat|may feel|can feel|might feel) sharp\b/i,
      /\bmore pain (?:means|gives|brings) (?:better|more)\b/i,
    ],
  },
  'come-in-sooner': {
    why: 'no study shows that early massage stops back pain from lasting, so our own impressions never urge people to book sooner; give the reasons with evidence (stay active, check with a doctor, learn to manage it) and leave timing to the reader',
    patterns: [
      /\bsooner rather than later\b/i,
      /\b(?:come|coming|book|booking|get|getting|seek|seeking|start|starting|acting|act)\s+(?:in\s+|help\s+|care\s+|treatment\s+|massage\s+)?sooner\b/i,
      /\b(?:helps?|wise|better|pays?|best) not to wait\b/i,
      /\bwhy (?:it helps )?not to wait\b/i,
    ],
  },
  'mechanism-as-fact': {
    why: 'how massage works is not known, and structural massage did no better than relaxation massage (Cherkin 2011); write what we aim for and what the client may feel ("you may feel the area soften"), not what the tissue or muscles do',
    patterns: [
      /\beven(?:s|ing)? out (?:the |your )?muscles\b/i,
      /\bmuscles? that pulls? (?:harder|unevenly|more)\b/i,
      /\btissue (?:lets go|let go|releases|released|melts|lengthens)\b/i,
      /\bwait(?:s|ing)? for the tissue to\b/i,
      /\b(?:correct|corrects|correcting) (?:your |the )?(?:muscle )?imbalances?\b/i,
    ],
  },
  jargon: {
    why: 'say it in plain words: "compared with no treatment or a fake treatment" for inactive controls, and "the care they were already getting" for usual care',
    patterns: [/\binactive (?:treatments?|controls?|comparisons?)\b/i, /\busual care\b/i],
  },
} as const satisfies Record<string, { why: string; patterns: readonly RegExp[] }>;

type ClaimRuleId = keyof typeof CLAIM_RULES;

export interface WordingProblem {
  rule: 'banned-claim' | 'biweekly' | ClaimRuleId;
  message: string;
}

/** Clinic facts that live in settings or the services catalog, typed into prose instead. */
const TYPED_FACTS: readonly { pattern: RegExp; fix: string }[] = [
  {
    pattern: /\b\d{1,3}(?:\s|-)minutes?\b/i,
    fix: 'a session length lives in src/content/services.yaml: write <ServiceFact id="..." /> in articles, or {service.minutes} in pages',
  },
  {
    pattern: /\$\s?\d/,
    fix: 'prices live in src/content/services.yaml: write <ServiceFact id="..." show="price" /> in articles, or formatPrice() in pages',
  },
  {
    pattern: /\b(?:one|two|three|four|five|\d+) (?:working|business) days?\b/i,
    fix: 'the reply time lives in src/site.config.ts (clientFacts.replyWorkingDays): use replyWithin(settings) in pages',
  },
  {
    pattern: /\b\d+ hours'? (?:of )?notice\b|\bnotice of \d+ hours\b/i,
    fix: 'the cancellation notice lives in src/site.config.ts (cancellationNoticeHours): use {settings.cancellationNoticeHours} in pages',
  },
];

const typedFacts: Rule = (file) =>
  file.kind === 'therapist'
    ? []
    : file.prose.flatMap(({ line, text }) =>
        TYPED_FACTS.flatMap(({ pattern, fix }) => {
          const match = pattern.exec(text);
          return match
            ? [finding(file, line, 'typed-fact', 'error', `"${match[0]}" is typed into the text; ${fix}.`)]
            : [];
        }),
      );

/** A pointer to the warning signs must be a link to the care cards, not "on this page" in plain words. */
const warningSignsLink: Rule = (file) =>
  file.prose.flatMap(({ line, text }) =>
    /\bwarning signs?\b/i.test(plainText(text).replace(/\{[^}]*\}/g, '')) &&
    /\b(?:read|see|check)\b/i.test(text) &&
    !/#warning-signs|warningSignsHref\(|WARNING_SIGNS_ID/.test(text)
      ? [
          finding(
            file,
            line,
            'warning-signs-link',
            'error',
            'this points to the warning signs without linking to them; link to the care cards: [the warning signs](#warning-signs) on a page that shows them, or /medical-disclaimer#warning-signs.',
          ),
        ]
      : [],
  );

/** Terms a page may use only once it has explained them somewhere in the same file (finding 23). */
const EXPLAINED_TERMS: readonly { term: RegExp; explained: RegExp; fix: string }[] = [
  {
    term: /\bCochrane\b/,
    explained:
      /\bCochrane\b[^.]*\b(?:independent|gathers?|pools?|summary|sums? up)\b|\b(?:independent|gathers?|pools?|summary)\b[^.]*\(?an? Cochrane review\b/i,
    fix: 'say once on the page what it is, for example "a Cochrane review (an independent summary of all the good trials)"',
  },
  {
    term: /\bstatistically significant\b/i,
    explained: /\bstatistically significant\b[^.]*\b(?:chance|means)\b|\bchance\b[^.]*\bstatistically significant\b/i,
    fix: 'explain it beside the term, for example "not statistically significant, which means too small to rule out chance"',
  },
];

const jargonExplained: Rule = (file) => {
  const lines = readableText(file);
  return EXPLAINED_TERMS.flatMap(({ term, explained, fix }) => {
    const first = lines.find(({ text }) => term.test(text));
    if (!first || lines.some(({ text }) => explained.test(text))) return [];
    return [
      finding(
        file,
        first.line,
        'jargon-explained',
        'error',
        `"${term.exec(first.text)![0]}" is used but never explained on this page; ${fix}.`,
      ),
    ];
  });
};

/** "Biweekly" means both twice a week and every two weeks. */
const BIWEEKLY = /\bbi-?weekly\b/i;

/**
 * Every break of the wording rules in one text, by lint rule. The lint runs it on content files; tests run it
 * on wording that lives in code or data (the quiz, the services catalog), so one list covers all of it.
 */
export function wordingProblems(text: string): WordingProblem[] {
  const problems = BANNED_CLAIMS.flatMap(({ pattern, why }): WordingProblem[] => {
    const match = pattern.exec(text);
    return match ? [{ rule: 'banned-claim', message: `"${match[0]}": ${why}.` }] : [];
  });
  const biweeklyMatch = BIWEEKLY.exec(text);
  if (biweeklyMatch) {
    problems.push({
      rule: 'biweekly',
      message: `"${biweeklyMatch[0]}" can mean twice a week or every two weeks; write "every two weeks" or "twice a week".`,
    });
  }
  for (const [rule, { why, patterns }] of Object.entries(CLAIM_RULES) as [
    ClaimRuleId,
    (typeof CLAIM_RULES)[ClaimRuleId],
  ][]) {
    const match = patterns.map((pattern) => pattern.exec(text)).find((found) => found !== null);
    if (match) problems.push({ rule, message: `"${match[0]}": ${why}.` });
  }
  return problems;
}

const wordingRule =
  (rule: WordingProblem['rule']): Rule =>
  (file) =>
    readableText(file).flatMap(({ line, text }) =>
      wordingProblems(text)
        .filter((problem) => problem.rule === rule)
        .map((problem) => finding(file, line, rule, 'error', problem.message)),
    );

const bannedClaims = wordingRule('banned-claim');
const biweekly = wordingRule('biweekly');
const claimRules = Object.fromEntries(
  Object.keys(CLAIM_RULES).map((rule) => [rule, wordingRule(rule as ClaimRuleId)]),
) as Record<ClaimRuleId, Rule>;

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

const readingGrade: Rule = (file) =>
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

/** The graph phase's own review-due rule (the build warns with it too), on the file being linted. */
const reviewDue: Rule = (file, context) => {
  const value = file.data['nextReviewDue'];
  if (value === undefined || value === null) return [];
  const due = value instanceof Date ? value.toISOString().slice(0, 10) : String(value);
  return findOverdueReviews([{ file: file.path, nextReviewDue: due }], context.today).map((problem) => ({
    ...problem,
    line: file.lineOf('nextReviewDue'),
    rule: 'review-overdue',
    severity: 'warning' as const,
  }));
};

/** The wording rules: the only ones run on page files (.astro) and the quiz's wording source. */
const WORDING_RULES: Readonly<Record<string, Rule>> = {
  'banned-claim': bannedClaims,
  ...claimRules,
  biweekly,
  'typed-fact': typedFacts,
  'warning-signs-link': warningSignsLink,
  'sign-level': signLevels,
  'jargon-explained': jargonExplained,
};

/** Every rule, in the order its findings print. */
export const RULES: Readonly<Record<string, Rule>> = {
  'heading-order': headingOrder,
  'image-alt': imageAltText,
  'link-target': internalLinks,
  ...WORDING_RULES,
  'reading-grade': readingGrade,
  'review-overdue': reviewDue,
};

/** Runs every rule that applies to the file's kind, findings in line order. */
export function lintFile(file: LintFile, context: LintContext): Finding[] {
  return Object.values(file.kind === 'page' || file.kind === 'quiz' ? WORDING_RULES : RULES)
    .flatMap((rule) => rule(file, context))
    .sort((a, b) => a.line - b.line);
}
