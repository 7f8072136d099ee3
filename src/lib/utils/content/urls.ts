/** Turns a tag or title into a URL slug: "Chronic back pain" -> "chronic-back-pain". */
export function slugify(text: string): string {
  return text
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/&/g, ' and ')
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '');
}

export const articleUrl = (id: string) => `/articles/${id}`;
export const techniqueUrl = (id: string) => `/techniques/${id}`;
export const tagUrl = (tag: string) => `/tags/${slugify(tag)}`;
export const therapistUrl = (id: string) => `/therapists/${id}`;

/** Articles per page of every paged list (the article index, tags, a therapist's articles). */
export const ARTICLES_PER_PAGE = 10;

/** A therapist's paged list of the articles they wrote or reviewed. */
export const therapistArticlesUrl = (id: string) => `/therapists/${id}/articles`;
