/**
 * The editor's collections at /admin. Their fields (label, hint, kind, required) are the content model's
 * (src/lib/content/model.ts) and their folders are src/lib/content/layout.ts's, so nothing here repeats them.
 */
import { MODEL, type ModelCollection, type ModelField } from '../content/model.ts';

export type { OptionSource } from '../content/model.ts';

/** One choice in a select field: the value stored and the label staff see. */
export interface CmsOption {
  value: string;
  label: string;
}

/** A field as the editor shows it: the content model's entry. */
export type CmsField = ModelField;

export interface CmsCollection {
  /** The content collection's name in src/content.config.ts. */
  name: ModelCollection;
  label: string;
  labelSingular: string;
  /** Where new pictures go, relative to the entry's folder (what the schema's image() expects). */
  mediaFolder: string;
  /** The field a new entry's file name is made from. */
  identifier: string;
  fields: readonly CmsField[];
}

export const CMS_COLLECTIONS: readonly CmsCollection[] = [
  {
    name: 'articles',
    label: 'Articles',
    labelSingular: 'Article',
    mediaFolder: '../../assets/heroes',
    identifier: 'title',
    fields: MODEL.articles,
  },
  {
    name: 'techniques',
    label: 'Techniques',
    labelSingular: 'Technique',
    mediaFolder: '../../assets/heroes',
    identifier: 'title',
    fields: MODEL.techniques,
  },
  {
    name: 'therapists',
    label: 'Therapists',
    labelSingular: 'Therapist',
    mediaFolder: '../../assets/therapists',
    identifier: 'name',
    fields: MODEL.therapists,
  },
];
