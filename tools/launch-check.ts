import { isRealReview } from '../src/lib/content/review-claims.ts';

/**
 * The launch check (`npm run launch-check`): every placeholder the template ships with that is still in the site,
 * each with the file, the field and how to fix it. Pure: scripts/launch-check.mjs reads the files and passes them in.
 */

export interface Placeholder {
  /** Path from the project root, for example src/site.config.ts. */
  file: string;
  /** The setting or field, for example "phone" or "licence.number". */
  field: string;
  /** What is still a placeholder. */
  problem: string;
  /** What to do about it. */
  fix: string;
}

/** The placeholder values the template ships in src/site.config.ts: any of them still there is not the clinic's own. */
export const SAMPLE_SETTINGS = {
  street: '100 Sample Street, Suite 2',
  geo: { latitude: 39.799, longitude: -89.644 },
  bookingUrl: 'https://massagestrong.janeapp.com/',
  editorRepo: 'massage-strong/website',
} as const;

export interface LaunchInputs {
  settings: {
    file: string;
    values: {
      phone: string;
      address: { street: string; locality: string; region: string; postalCode: string };
      geo: { latitude: number; longitude: number };
      booking: { url: string };
      editor?: { repo?: string | undefined } | undefined;
      clientFacts: { sample?: boolean | undefined };
    };
  };
  /** src/content/services.yaml as written: its "# sample" notes mark placeholder prices and booking ids. */
  services: { file: string; text: string };
  therapists: readonly {
    file: string;
    id: string;
    name: string;
    sample: boolean;
    licence: { number: string; issuer: string };
  }[];
  /**
   * Health pages, and the guides in src/content/guides.yaml, with the therapist ids they name. A guide's fields are
   * prefixed with its id (entry "frequency-guide" gives "frequency-guide.reviewHistory").
   */
  healthPages: readonly {
    file: string;
    entry?: string | undefined;
    author: string;
    reviewer: string;
    historyReviewers: readonly string[];
  }[];
}

const SAMPLE_WORD = /\bsample\b|\bplaceholder\b/i;

/** A US number in the 555 range kept for fiction ("+1 217 555 0142"), or any number with 555 as its exchange. */
export function isFictionalPhone(phone: string): boolean {
  const digits = phone.replace(/\D/g, '');
  return /^1?\d{3}555\d{4}$/.test(digits);
}

/** Every placeholder still in the site; empty when it is ready to launch. */
export function findPlaceholders(inputs: LaunchInputs): Placeholder[] {
  const found: Placeholder[] = [];
  const { file: config, values } = inputs.settings;
  const add = (file: string, field: string, problem: string, fix: string) => found.push({ file, field, problem, fix });

  // Settings.
  if (isFictionalPhone(values.phone))
    add(config, 'phone', `"${values.phone}" is a fictional 555 number`, "write the clinic's real phone number");
  for (const [key, value] of Object.entries(values.address)) {
    if (SAMPLE_WORD.test(value) || (key === 'street' && value === SAMPLE_SETTINGS.street)) {
      add(config, `address.${key}`, `"${value}" is the sample address`, "write the clinic's real street address");
    }
  }
  if (values.geo.latitude === SAMPLE_SETTINGS.geo.latitude && values.geo.longitude === SAMPLE_SETTINGS.geo.longitude) {
    add(
      config,
      'geo',
      `${values.geo.latitude}, ${values.geo.longitude} is the sample map position`,
      'set latitude and longitude to the clinic\'s door (right-click it on openstreetmap.org and choose "Show address")',
    );
  }
  if (values.booking.url === SAMPLE_SETTINGS.bookingUrl) {
    add(
      config,
      'booking.url',
      `"${values.booking.url}" is the sample booking address`,
      "write the address of the clinic's own booking page",
    );
  }
  if (values.editor?.repo === SAMPLE_SETTINGS.editorRepo) {
    add(
      config,
      'editor.repo',
      `"${values.editor.repo}" is the sample repository`,
      'write the GitHub repository ("owner/name") the site is built from',
    );
  }
  if (values.clientFacts.sample) {
    add(
      config,
      'clientFacts.sample',
      "the answers to clients' questions (payment, fees, access, forms, records) are samples",
      "replace every clientFacts answer with the clinic's own, then set clientFacts.sample to false",
    );
  }

  // The services catalog: each "# sample" note sits on the line of a placeholder value.
  let service = '(catalog)';
  inputs.services.text.split(/\r?\n/).forEach((line, index) => {
    const id = /^\s*-\s*id:\s*["']?([\w-]+)/.exec(line);
    if (id) service = id[1]!;
    const note = /#\s*sample\b/i.exec(line);
    const key = /^\s*(?:-\s*)?([\w-]+):/.exec(line)?.[1];
    if (!note || !key || key === 'id') return;
    const what = key === 'price' ? 'a sample price' : key === 'providerIds' ? 'sample booking ids' : `a sample ${key}`;
    const fix =
      key === 'providerIds'
        ? 'copy each id from the booking system\'s settings, then delete the "# sample" note'
        : 'write the real value, then delete the "# sample" note';
    add(inputs.services.file, `${service}.${key} (line ${index + 1})`, `${what}`, fix);
  });

  // Therapist profiles and the pages that name them.
  const samples = new Map<string, string>();
  for (const therapist of inputs.therapists) {
    if (therapist.sample) {
      samples.set(therapist.id, therapist.name);
      add(
        therapist.file,
        'sample',
        `"${therapist.name}" is a sample profile, not a real person`,
        'add each real therapist as a new profile file and name them only on pages they really wrote or reviewed, then delete this one (never rename a sample into a real person: its reviews would look real)',
      );
    }
    if (SAMPLE_WORD.test(therapist.licence.number) || /^\D*0+\D*$/.test(therapist.licence.number)) {
      add(
        therapist.file,
        'licence.number',
        `"${therapist.licence.number}" is a sample licence number`,
        'write the number printed on the licence',
      );
    }
    if (SAMPLE_WORD.test(therapist.licence.issuer)) {
      add(
        therapist.file,
        'licence.issuer',
        `"${therapist.licence.issuer}" is a sample licensing body`,
        'write the body that issued the licence',
      );
    }
  }
  // Each page and guide needs a real review: an entry with a real reviewer and the day they checked it.
  const profiles = new Map(inputs.therapists.map((therapist) => [therapist.id, therapist]));
  const REVIEW_FIX =
    'after a clinician with a real profile (sample: false) has checked it, add a reviewHistory entry with their id, the day and what changed, and set reviewer to them';
  for (const page of inputs.healthPages) {
    const at = (field: string) => (page.entry ? `${page.entry}.${field}` : field);
    const named: [string, string, string][] = [
      ['author', page.author, 'name the therapist who really wrote it (a profile with sample: false)'],
      ['reviewer', page.reviewer, `name the clinician of the newest real review; ${REVIEW_FIX}`],
      ...page.historyReviewers.map((id, index): [string, string, string] => [
        `reviewHistory[${index}].reviewer`,
        id,
        "once the page has a real review entry, delete this one: a sample profile's review never happened (an article's pubDate then moves to the first real review day or later, which the build asks for)",
      ]),
    ];
    for (const [field, id, fix] of named) {
      const name = samples.get(id);
      if (name) add(page.file, at(field), `names the sample profile "${name}" (${id})`, fix);
    }
    const real = page.historyReviewers.some((id) => {
      const profile = profiles.get(id);
      return profile !== undefined && isRealReview(profile);
    });
    if (!real)
      add(page.file, at('reviewHistory'), 'has no real review entry (a real reviewer and the day)', REVIEW_FIX);
  }
  return found;
}

/** The report the command prints: one block per placeholder, then a summary line. */
export function formatLaunchReport(found: readonly Placeholder[]): string {
  if (found.length === 0) return 'launch check: no placeholders left; the site is ready to launch.';
  return [
    `launch check: ${found.length} placeholder(s) still in the site. Replace each before launch:`,
    ...found.map((item) => `  - ${item.file}: ${item.field}: ${item.problem}. Fix: ${item.fix}.`),
    'launch check: failed. A deliberate demo deploy can skip it: see "Launch check" in docs/deploying.md.',
  ].join('\n');
}
