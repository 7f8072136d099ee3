/// <reference types="astro/client" />

declare namespace App {
  interface Locals {
    /** The repo file a page's content comes from, set before its body renders, so components name it in errors. */
    contentFile?: string;
    /** Set by a health page before its body renders, so <Cite /> can number its sources. */
    citations?: { order: readonly string[]; uses?: Record<string, number> };
  }
}
