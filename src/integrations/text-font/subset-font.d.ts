// subset-font ships no types: the part of its API the text font uses.
declare module 'subset-font' {
  interface SubsetOptions {
    targetFormat?: 'sfnt' | 'woff' | 'woff2' | 'truetype';
    /** OpenType feature tags to keep (default: all of them). */
    keepFeatures?: string[];
    /** Pin an axis to one value, or keep a stretch of it. */
    variationAxes?: Record<string, number | { min: number; max: number; default?: number }>;
  }
  /** A copy of the font with only the glyphs the text needs. */
  export default function subsetFont(font: Buffer, text: string, options?: SubsetOptions): Promise<Buffer>;
}
