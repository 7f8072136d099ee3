/// <reference types="astro/client" />

declare namespace App {
  interface Locals {
    /** Set by a health page before its body renders, so <Cite /> can number sources and name the file. */
    citations?: { file: string; order: readonly string[]; uses?: Record<string, number> };
  }
}
