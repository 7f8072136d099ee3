/**
 * Where each content collection lives and which files it loads: src/content.config.ts builds its loaders
 * from this, and the content preflight checks every other file under src/content/ against it.
 */
export interface FolderCollection {
  collection: 'articles' | 'techniques' | 'therapists';
  /** Folder from the project root. */
  folder: string;
  /** The one extension the collection loads, with its dot. */
  extension: '.mdx' | '.yaml';
  /** What one file is, for messages ("an article"). */
  what: string;
}

export interface ListCollection {
  collection: 'sources' | 'services' | 'guides';
  /** The one YAML file holding the whole list. */
  file: string;
}

export const CONTENT_ROOT = 'src/content';

/** The articles folder; the benchmark points it elsewhere with CONTENT_ARTICLES_DIR. */
const articlesFolder = (env: Record<string, string | undefined>): string =>
  env['CONTENT_ARTICLES_DIR'] ?? 'src/content/articles';

export function folderCollections(env: Record<string, string | undefined>): FolderCollection[] {
  return [
    { collection: 'articles', folder: articlesFolder(env), extension: '.mdx', what: 'an article' },
    { collection: 'techniques', folder: 'src/content/techniques', extension: '.mdx', what: 'a technique page' },
    { collection: 'therapists', folder: 'src/content/therapists', extension: '.yaml', what: 'a therapist profile' },
  ];
}

export const LIST_COLLECTIONS: readonly ListCollection[] = [
  { collection: 'sources', file: 'src/content/sources.yaml' },
  { collection: 'services', file: 'src/content/services.yaml' },
  { collection: 'guides', file: 'src/content/guides.yaml' },
];

/** The glob pattern a folder collection loads. */
export const globPattern = (extension: string): string => `**/*${extension}`;
