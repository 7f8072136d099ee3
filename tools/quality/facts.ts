/**
 * The facts-from-one-place check on the built site: every session length and price a page states must be one
 * the services catalog has, because prose only shows them through catalog values. Pure: pass the page text.
 */

/** "60 minutes", "a 75-minute visit", "90 minute": a session length written in words a reader sees. */
const MINUTES = /\b(\d{1,3})(?:\s|-|\u00a0)?minutes?\b/gi;
/** "$110", "$62.50", "$1,200": a price in dollars. */
const PRICE = /\$\s?(\d{1,3}(?:,\d{3})*(?:\.\d{2})?)\b/g;

/** The session lengths and prices a piece of text states. */
export function statedFacts(text: string): { minutes: number[]; prices: number[] } {
  return {
    minutes: [...text.matchAll(MINUTES)].map((match) => Number(match[1])),
    prices: [...text.matchAll(PRICE)].map((match) => Number(match[1]!.replaceAll(',', ''))),
  };
}

/** Each page's stated lengths and prices that no service in the catalog has. */
export function findUnknownFacts(
  pages: ReadonlyMap<string, string>,
  catalog: readonly { id: string; minutes: number; price: number }[],
): string[] {
  const minutes = new Set(catalog.map((service) => service.minutes));
  const prices = new Set(catalog.map((service) => service.price));
  const problems: string[] = [];
  for (const [path, text] of pages) {
    const stated = statedFacts(text);
    for (const value of stated.minutes.filter((m) => !minutes.has(m))) {
      problems.push(
        `${path}: states a ${value}-minute session, but no service in src/content/services.yaml lasts ${value} minutes; show lengths from the catalog (the <ServiceFact> component in articles) instead of typing them`,
      );
    }
    for (const value of stated.prices.filter((p) => !prices.has(p))) {
      problems.push(
        `${path}: states a price of $${value}, but no service in src/content/services.yaml costs that; show prices from the catalog instead of typing them`,
      );
    }
  }
  return problems;
}
