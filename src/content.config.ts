/**
 * The content contract: what staff write in src/content/ and what the build checks.
 * Every field has a one-line comment saying what it does and its default. See docs/publishing.md
 * for worked examples. Dates are written YYYY-MM-DD.
 */
import { defineCollection, reference } from 'astro:content';
import { file, glob } from 'astro/loaders';
import { z } from 'astro/zod';
import { serviceSchema } from './lib/booking/services.ts';
import { TECHNIQUE_IDS } from './lib/booking/services.ts';
import { folderCollections, globPattern, LIST_COLLECTIONS } from './lib/content/layout.ts';
import { annotated } from './integrations/content-checks/annotated-loader.ts';
import { calendarDay, listOf, strictFields, text, wholeNumber, yesNo } from './lib/content/strict-fields.ts';
import { avoidIfProblem } from './lib/content/avoid-if.ts';
import { firstReview, latestReview, publishedBeforeReview } from './lib/content/review-history.ts';
import { looksLikeFileName } from './lib/content/limits.ts';
import { field } from './lib/content/model.ts';

/**
 * Every object below is strict: a key the schema does not know (a typo such as "updatedDat") stops the
 * build and names the closest real field, instead of being dropped without a word.
 */
const [articlesAt, techniquesAt, therapistsAt] = folderCollections(process.env);
const globOf = (at: { folder: string; extension: string } | undefined) =>
  annotated(glob({ pattern: globPattern(at!.extension), base: at!.folder }));
const listOfFile = (collection: string) =>
  annotated(file(LIST_COLLECTIONS.find((list) => list.collection === collection)!.file));

/** Each field's words and bounds for its messages come from the content model (src/lib/content/model.ts). */
const article = (path: string) => field('articles', path);
const technique = (path: string) => field('techniques', path);
const therapist = (path: string) => field('therapists', path);

const description = text(article('description'));

/** A real calendar day written YYYY-MM-DD; an impossible day (2026-02-30) or another shape stops the build. */
const date = calendarDay;

/**
 * Review fields shared by every health page and the frequency guide: who checked it, when, and when it must be
 * checked again. A review by a profile marked `sample: true` never happened: pages do not claim it (see
 * src/lib/content/review-claims.ts) and the launch check asks for a real review entry.
 */
const reviewFields = {
  /** The therapist who wrote the page: a file name (without .yaml) in src/content/therapists/. */
  author: reference('therapists'),
  /** The clinician who reviewed it: a file name (without .yaml) in src/content/therapists/. */
  reviewer: reference('therapists'),
  /** Every review of the page (at least one): the day, who reviewed it and what changed. The newest is shown as "Last reviewed". */
  reviewHistory: z
    .array(
      strictFields(
        z.object({
          /** The day of the review. */
          date: date('the review day'),
          /** Who reviewed it: a file name (without .yaml) in src/content/therapists/. */
          reviewer: reference('therapists'),
          /** What changed, in one line, for example "Checked every source; no changes". */
          changes: text(article('reviewHistory.changes')),
        }),
      ),
    )
    .min(1, 'expected at least one review: the day, who reviewed and what changed'),
  /** The day the next review is due, after the newest review. Shown as "Next review due"; the build warns once it has passed. */
  nextReviewDue: date('the next review day'),
};

/** A health page's fields: its review, and the sources it cites. */
const review = {
  ...reviewFields,
  /** Sources the page cites, by id from src/content/sources.yaml, in the order the text first cites them. */
  sources: listOf(reference('sources'), article('sources')),
};

const hero = <T extends z.ZodType>(image: () => T) =>
  strictFields(
    z.object({
      /** Path to the picture, relative to this file, for example ../../assets/heroes/my-article.svg. */
      src: image(),
      /** What the picture shows, for people who cannot see it (not a file name). */
      alt: text(article('hero.alt')).refine(
        (text) => !looksLikeFileName(text),
        'expected alt text that describes the picture, not a file name',
      ),
    }),
  );

// An empty history has its own message (reviewHistory's min), so these two pass it by.
const reviewOrder = (entry: { reviewHistory: { date: Date }[]; nextReviewDue: Date }) =>
  entry.reviewHistory.length === 0 || entry.nextReviewDue > latestReview(entry.reviewHistory).date;
const reviewOrderIssue = {
  message: 'expected nextReviewDue to be later than the newest reviewHistory date',
  path: ['nextReviewDue'],
};
const newestReviewer = (entry: { reviewHistory: { reviewer: { id: string } }[]; reviewer: { id: string } }) =>
  entry.reviewHistory.length === 0 ||
  latestReview(entry.reviewHistory as { date: Date; reviewer: { id: string } }[]).reviewer.id === entry.reviewer.id;
const newestReviewerIssue = {
  message: 'expected the newest reviewHistory entry to name the same reviewer as the reviewer field',
  path: ['reviewHistory'],
};

// Health content is published only once it has been reviewed: a publication day before the first review stops the build.
const publishedAfterReview = (
  entry: { pubDate: Date; reviewHistory: { date: Date }[] },
  ctx: { addIssue: (issue: { code: 'custom'; message: string; path: string[] }) => void },
) => {
  if (!publishedBeforeReview(entry.pubDate, entry.reviewHistory)) return;
  const day = (date: Date) => date.toISOString().slice(0, 10);
  const first = day(firstReview(entry.reviewHistory)!.date);
  ctx.addIssue({
    code: 'custom',
    message: `expected pubDate on or after ${first}, the first reviewHistory day (got ${day(entry.pubDate)}): health content is never shown as published before its first review; set pubDate to ${first} or later`,
    path: ['pubDate'],
  });
};

/** Articles on back pain: src/content/articles/<url-slug>.mdx. */
const articles = defineCollection({
  // CONTENT_ARTICLES_DIR lets the benchmark (npm run bench) build against generated articles.
  loader: globOf(articlesAt),
  schema: ({ image }) =>
    strictFields(
      z
        .object({
          /** The headline (sentence case, up to 90 characters). */
          title: text(article('title')),
          /** One-line summary for search results and cards (50-160 characters). */
          description,
          /** The publication day. A future day schedules the article: it goes live on the first build on or after that day. */
          pubDate: date('the publication day'),
          /** The day of the last meaningful change, if any. Default: none. */
          updatedDate: date('the update day').optional(),
          /** true keeps the article out of the live site (it shows, with a banner, in `npm run dev`). Default: false. */
          draft: yesNo().default(false),
          ...review,
          /** The picture at the top of the article and on its card. */
          hero: hero(image),
          /** Topics, lowercase, for example "chronic back pain". Each tag gets a listing page. Default: none. */
          tags: listOf(
            text('a tag').regex(/^[a-z0-9][a-z0-9 -]*$/, 'expected lowercase words, for example "chronic back pain"'),
            article('tags'),
          ).default([]),
          /** Techniques the article discusses, by id (deep-tissue-work, trigger-point-therapy, ...). Default: none. */
          techniques: listOf(reference('techniques'), article('techniques')).default([]),
          /** Show the standard "when to see a doctor" care cards. Default: true (every back-pain article shows them). */
          redFlags: yesNo().default(true),
          /** Old addresses of this article (starting with /) that should redirect here. Default: none. */
          legacyPaths: listOf(
            text('an old address').regex(
              /^\/[a-z0-9\-/]*[a-z0-9]$/,
              'expected a path like "/old-article-address": starts with /, lowercase, no trailing slash',
            ),
            article('legacyPaths'),
          ).default([]),
        })
        .refine(reviewOrder, reviewOrderIssue)
        .refine(newestReviewer, newestReviewerIssue)
        .superRefine(publishedAfterReview),
    ),
});

/** Technique explainers: src/content/techniques/<technique-id>.mdx, one per technique. */
const techniques = defineCollection({
  loader: globOf(techniquesAt),
  schema: ({ image }) =>
    strictFields(
      z
        .object({
          /** The technique's name, for example "Deep tissue work". */
          title: text(technique('title')),
          /** One-line summary for search results and cards (50-160 characters). */
          description,
          /** Position in lists of techniques, 1 first. */
          order: wholeNumber(technique('order')),
          ...review,
          /** The picture at the top of the page. */
          hero: hero(image),
          /** What it is, in one or two sentences. */
          whatItIs: text(technique('whatItIs')),
          /** What it feels like on the table, in one or two sentences. */
          feelsLike: text(technique('feelsLike')),
          /** Who it tends to suit, in one or two sentences. */
          suits: text(technique('suits')),
          /**
           * When not to have it, one line each: a condition id from src/lib/safety/red-flags.ts (for example
           * bleeding-or-thinners; the page shows its standard wording and the frequency guide leaves this
           * technique out for people who tick it), or a short sentence.
           */
          avoidIf: listOf(
            text({ what: 'a condition id or a short sentence', min: 5 }).superRefine((line, ctx) => {
              const problem = avoidIfProblem(line);
              if (problem) ctx.addIssue({ code: 'custom', message: problem });
            }),
            technique('avoidIf'),
          ),
          /** The booking service this page preselects: an id from src/content/services.yaml. */
          serviceId: reference('services'),
        })
        .refine(reviewOrder, reviewOrderIssue)
        .refine(newestReviewer, newestReviewerIssue),
    ),
});

/** Therapists and reviewers: src/content/therapists/<id>.yaml. */
const therapists = defineCollection({
  loader: globOf(therapistsAt),
  schema: ({ image }) =>
    strictFields(
      z.object({
        /** Full name as clients know it. */
        name: text(therapist('name')),
        /** Job title, for example "Licensed massage therapist". */
        role: text(therapist('role')),
        /** Letters after the name, for example "LMT" or "PT, DPT". */
        credentials: text(therapist('credentials')),
        /** The professional licence: its number and the body that issued it. */
        licence: strictFields(
          z.object({
            number: text(therapist('licence.number')),
            issuer: text(therapist('licence.issuer')),
          }),
        ),
        /** Portrait, relative to this file, with a description of the picture. */
        photo: hero(image),
        /** Two or three sentences about their background and approach. */
        bio: text(therapist('bio')),
        /** What they focus on, for example "desk-related back pain". */
        specialities: listOf(text('a speciality'), therapist('specialities')),
        /** true marks a placeholder profile: the build warns until it is replaced. Default: false. */
        sample: yesNo().default(false),
      }),
    ),
});

/** Studies and guidelines the site cites: one list in src/content/sources.yaml. */
const sources = defineCollection({
  loader: listOfFile('sources'),
  schema: strictFields(
    z
      .object({
        /** Authors as "Surname AB", up to six, then "et al.". */
        authors: listOf(text('an author'), {
          what: 'authors',
          item: 'author or the publishing body',
          min: 1,
          example: '["Furlan AD", "Giraldo M"]',
        }),
        /** The exact title of the study or guideline. */
        title: text({ what: 'the full title', min: 5 }),
        /** The journal or publishing body. */
        publisher: text({ what: 'the journal or publisher', min: 2 }),
        /** Year of publication. */
        year: wholeNumber({ what: 'the year of publication', min: 1900, max: 2100 }),
        /** Journal volume and issue, for example "27(4)". Default: none. */
        volume: text('the volume and issue, in quotes').optional(),
        /** Page range or article number. Default: none. */
        pages: text('the page range, in quotes').optional(),
        /** The DOI without "https://doi.org/", for example 10.7326/M16-2367. Give a doi or a url. */
        doi: text('a DOI')
          .regex(/^10\.\d{4,9}\/\S+$/, 'expected a DOI like "10.7326/M16-2367", without https://doi.org/')
          .optional(),
        /** A https link to the source, when it has no DOI. */
        url: z.url({ protocol: /^https$/, error: 'expected a https:// link' }).optional(),
        /** What the site uses this source for, in one sentence, and no more than it shows. */
        finding: text({ what: 'one sentence on what the site uses this source for', min: 20 }),
      })
      .refine((source) => source.doi || source.url, {
        message: 'expected a doi or a url so readers can find the source',
        path: ['doi'],
      }),
    { allow: ['id'] },
  ),
});

/**
 * Reviews of the site's tools that are not health pages (the frequency guide's rules in src/lib/quiz/): one list in
 * src/content/guides.yaml, each entry with the same review fields as a health page. The id names the tool.
 */
const guides = defineCollection({
  loader: listOfFile('guides'),
  schema: strictFields(
    z.object(reviewFields).refine(reviewOrder, reviewOrderIssue).refine(newestReviewer, newestReviewerIssue),
    { allow: ['id'] },
  ),
});

/** The clinic's services and prices: one list in src/content/services.yaml (see src/lib/booking/services.ts). */
const services = defineCollection({
  loader: listOfFile('services'),
  schema: strictFields(serviceSchema),
});

export const collections = { articles, techniques, therapists, sources, services, guides };
export { TECHNIQUE_IDS };
