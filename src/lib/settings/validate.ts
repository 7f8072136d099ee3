import type { z } from 'astro/zod';
import { siteSettingsSchema, type SiteSettings } from './settings-schema.ts';

export type SettingsResult = { ok: true; settings: SiteSettings } | { ok: false; problems: string[] };

/** Writes a zod path as a settings key, for example `openingHours[0].opens`. */
function formatPath(path: readonly PropertyKey[]): string {
  return path
    .map((part, index) => (typeof part === 'number' ? `[${part}]` : `${index === 0 ? '' : '.'}${String(part)}`))
    .join('');
}

/** The value the owner wrote at the issue's path (a check on a whole row reports the row as its input). */
function describeValue(raw: unknown, issue: z.core.$ZodIssue): string {
  let value: unknown = raw;
  for (const key of issue.path)
    value = value !== null && typeof value === 'object' ? (value as Record<PropertyKey, unknown>)[key] : undefined;
  return value === undefined ? 'nothing (the setting is missing)' : JSON.stringify(value);
}

/** Checks raw settings; never throws. Each problem names the setting, the value and what was expected. */
export function validateSettings(raw: unknown): SettingsResult {
  const result = siteSettingsSchema.safeParse(raw);
  if (result.success) return { ok: true, settings: result.data };
  const problems = result.error.issues.map(
    (issue) => `${formatPath(issue.path) || '(settings)'}: got ${describeValue(raw, issue)}; ${issue.message}`,
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
