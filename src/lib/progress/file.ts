import { isDay, MAX_ACTIVITIES, ACTIVITY_NAME_MAX, type Entry } from './entries.ts';
import { isScore, PEG_ITEMS } from './peg.ts';

/** Marks an export as ours. */
export const FILE_FORMAT = 'massage-strong-progress';
/** The export format's version: raise it when the shape changes; older pages refuse newer files rather than guess. */
export const FILE_VERSION = 1;
/** Where "keep on this device" puts the same file, in localStorage. */
export const STORAGE_KEY = FILE_FORMAT;

export interface ProgressFile {
  format: typeof FILE_FORMAT;
  version: number;
  entries: readonly Entry[];
}

/** The export file's text. */
export const exportFile = (entries: readonly Entry[]): string =>
  JSON.stringify({ format: FILE_FORMAT, version: FILE_VERSION, entries } satisfies ProgressFile, null, 2);

export type ImportResult = { ok: true; entries: Entry[] } | { ok: false; message: string };

const isRecord = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null && !Array.isArray(value);

/** True when `value` is a well-formed entry dated no later than `today`. */
function isEntry(value: unknown, today: string): value is Entry {
  if (!isRecord(value) || typeof value['date'] !== 'string' || !isDay(value['date']) || value['date'] > today)
    return false;
  if (!PEG_ITEMS.every(({ id }) => isScore(value[id])) || typeof value['warning'] !== 'boolean') return false;
  const activities = value['activities'];
  return (
    Array.isArray(activities) &&
    activities.length <= MAX_ACTIVITIES &&
    activities.every(
      (item) =>
        isRecord(item) &&
        typeof item['name'] === 'string' &&
        item['name'].trim() !== '' &&
        item['name'].length <= ACTIVITY_NAME_MAX &&
        isScore(item['score']),
    )
  );
}

/** Reads an export (or the stored copy) back, refusing anything that is not ours or is from a newer version. */
export function importFile(text: string, today: string): ImportResult {
  let data: unknown;
  try {
    data = JSON.parse(text);
  } catch {
    data = undefined;
  }
  if (!isRecord(data) || data['format'] !== FILE_FORMAT || typeof data['version'] !== 'number')
    return { ok: false, message: 'This file is not a progress file from this website. Nothing was changed.' };
  if (data['version'] > FILE_VERSION)
    return {
      ok: false,
      message:
        'This file was made by a newer version of this page. Reload the page and try again. Nothing was changed.',
    };
  const entries = data['entries'];
  if (!Array.isArray(entries) || !entries.every((entry) => isEntry(entry, today)))
    return { ok: false, message: 'This progress file is damaged, or has a date in the future. Nothing was changed.' };
  return {
    ok: true,
    entries: entries.map((entry: Entry) => ({
      date: entry.date,
      pain: entry.pain,
      enjoyment: entry.enjoyment,
      activity: entry.activity,
      activities: entry.activities.map(({ name, score }) => ({ name: name.trim(), score })),
      warning: entry.warning,
    })),
  };
}
