/**
 * The sources the progress check cites, in the order its text first cites them (ids in src/content/sources.yaml).
 * Its review (who wrote and checked it, and when) is the "progress" entry in src/content/guides.yaml.
 */
export const PROGRESS_SOURCES = ['krebs-2009', 'stratford-1995', 'dworkin-2008'] as const;
