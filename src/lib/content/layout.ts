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

/** The folder collections where staff write them (no benchmark override): the editor and the scaffolder. */
const STAFF_FOLDERS: readonly FolderCollection[] = folderCollections({});

/** A folder collection's place as staff write it, for example { folder: 'src/content/articles', extension: '.mdx' }. */
export function folderOf(collection: FolderCollection['collection']): FolderCollection {
  return STAFF_FOLDERS.find((at) => at.collection === collection)!;
}

/** The YAML file of a list collection, for example src/content/services.yaml. */
export function listFile(collection: ListCollection['collection']): string {
  return LIST_COLLECTIONS.find((list) => list.collection === collection)!.file;
}

/** Where an entry of a collection is written, for messages: "src/content/therapists/<id>.yaml" (or the id given). */
export function entryPlace(collection: string, id = '<id>'): string {
  const list = LIST_COLLECTIONS.find((at) => at.collection === collection);
  if (list) return `${list.file} (an entry with that id)`;
  const folder = STAFF_FOLDERS.find((at) => at.collection === collection);
  return folder ? `${folder.folder}/${id}${folder.extension}` : collection;
}

/** The glob pattern a folder collection loads. */
export const globPattern = (extension: string): string => `**/*${extension}`;
