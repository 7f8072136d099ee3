/** The axe rule tags every browser test checks: WCAG 2.0, 2.1 and 2.2 at A and AA, and axe's best practice. */
export const AXE_TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22a', 'wcag22aa', 'best-practice'];
