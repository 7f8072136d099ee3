/** Checks on a page's outline and images, fed from the browser by the end-to-end tests. */

/** Heading levels must start at 1 and never skip a level going down (h2 then h4 is a skip; h4 then h2 is fine). */
export function headingProblems(headings: { level: number; text: string }[]): string[] {
  const problems: string[] = [];
  let previous = 0;
  for (const { level, text } of headings) {
    if (previous === 0 && level !== 1) problems.push(`the first heading is h${level} "${text}", expected h1`);
    else if (level > previous + 1 && previous !== 0) problems.push(`h${level} "${text}" follows h${previous}: a level is skipped`);
    previous = level;
  }
  return problems;
}

export interface ImageFacts {
  src: string;
  /** The alt attribute, or null when missing ("" is right for decorative images). */
  alt: string | null;
  width: string | null;
  height: string | null;
}

/** Images without an alt attribute, or without width and height (which reserve space and stop layout shift). */
export function imageProblems(images: ImageFacts[]): string[] {
  const problems: string[] = [];
  for (const image of images) {
    if (image.alt === null) problems.push(`<img src="${image.src}"> has no alt attribute (use alt="" if it is decorative)`);
    const positive = (value: string | null) => value !== null && /^\d+$/.test(value) && Number(value) > 0;
    if (!positive(image.width) || !positive(image.height)) problems.push(`<img src="${image.src}"> needs width and height attributes (whole pixels)`);
  }
  return problems;
}
