/** The axe rule tags every browser test checks: WCAG 2.0, 2.1 and 2.2 at A and AA, and axe's best practice. */
export const AXE_TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22a', 'wcag22aa', 'best-practice'];

/** Beyond AA: text contrast of 7:1 (WCAG 1.4.6, AAA), for readers who see less contrast, as many older readers do. */
export const AXE_EXTRA_RULES = { 'color-contrast-enhanced': { enabled: true } };
