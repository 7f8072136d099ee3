import type { z } from 'astro/zod';
import { siteSettingsSchema, type SiteSettings } from './schema.ts';

export type SettingsResult = { ok: true; settings: SiteSettings } | { ok: false; problems: string[] };

/** Writes a zod path as a settings key, for example `openingHours[0].opens`. */
export function formatPath(path: readonly PropertyKey[]): string {
  return path
    .map((part, index) => (typeof part === 'number' ? `[${part}]` : `${index === 0 ? '' : '.'}${String(part)}`))
    .join('');
}

function describeValue(issue: z.core.$ZodIssue): string {
  if (!('input' in issue) || issue.input === undefined) return 'nothing (the setting is missing)';
  return JSON.stringify(issue.input);
}

/** Checks raw settings; never throws. Each problem names the setting, the value and what was expected. */
export function validateSettings(raw: unknown): SettingsResult {
  const result = siteSettingsSchema.safeParse(raw, { reportInput: true });
  if (result.success) return { ok: true, settings: result.data };
  const problems = result.error.issues.map(
    (issue) => `${formatPath(issue.path) || '(settings)'}: got ${describeValue(issue)}; ${issue.message}`,
  );
  return { ok: false, problems };
}

/** Validates settings or throws one readable error listing every problem. */
export function resolveSettings(raw: unknown, file = 'src/site.config.ts'): SiteSettings {
  const result = validateSettings(raw);
  if (result.ok) return result.settings;
  throw new Error(
    [
      `Invalid site settings in ${file}:`,
      ...result.problems.map((problem) => `  - ${problem}`),
      `Fix the values above in ${file} and run the build again.`,
    ].join('\n'),
  );
}
