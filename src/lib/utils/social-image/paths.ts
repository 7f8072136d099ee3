/** Site path of the generated social card for an article or technique. */
export const socialImagePath = (collection: 'articles' | 'techniques', id: string): string => `/og/${collection}/${id}.png`;
