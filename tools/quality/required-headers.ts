/** The headers every page must get, and how to tell a header value is strong enough. */

const STRICT_REFERRERS = new Set(['no-referrer', 'same-origin', 'strict-origin', 'strict-origin-when-cross-origin']);

/** Problems with a page's headers (lowercase names): missing or too weak. */
export function requiredHeaderProblems(headers: Map<string, string>): string[] {
  const problems: string[] = [];
  const hsts = headers.get('strict-transport-security') ?? '';
  const maxAge = Number(/max-age=(\d+)/i.exec(hsts)?.[1] ?? 0);
  if (maxAge < 15_552_000)
    problems.push(`Strict-Transport-Security needs max-age of at least 180 days (got "${hsts}")`);
  if (headers.get('x-content-type-options')?.toLowerCase() !== 'nosniff')
    problems.push('X-Content-Type-Options must be nosniff');
  const referrer = headers.get('referrer-policy')?.toLowerCase() ?? '';
  if (!STRICT_REFERRERS.has(referrer))
    problems.push(`Referrer-Policy must be strict-origin-when-cross-origin or stricter (got "${referrer}")`);
  const permissions = (headers.get('permissions-policy') ?? '').replace(/\s+/g, '');
  for (const feature of ['camera', 'microphone', 'geolocation']) {
    if (!permissions.split(',').includes(`${feature}=()`))
      problems.push(`Permissions-Policy must deny ${feature} with ${feature}=()`);
  }
  if (!headers.get('content-security-policy')) problems.push('Content-Security-Policy is missing');
  return problems;
}
