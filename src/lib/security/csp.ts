/** Content Security Policy helpers: hash inline code, build and read policies, and ask whether a policy allows some inline code. */
import { createHash } from 'node:crypto';

/** A policy as directive name -> source list, such as { "script-src": ["'self'"] }. */
export type Directives = Record<string, string[]>;

/** The CSP source that allows exactly this inline script or style: 'sha256-<base64>'. */
export function hashSource(content: string): string {
  return `'sha256-${createHash('sha256').update(content, 'utf8').digest('base64')}'`;
}

/** Joins directives into a header value, in the order given. */
export function serializePolicy(directives: Directives): string {
  return Object.entries(directives)
    .map(([name, sources]) => [name, ...sources].join(' '))
    .join('; ');
}

/** Reads one policy (not a comma-joined list) into directives; a repeated directive is ignored, as browsers do. */
export function parsePolicy(policy: string): Directives {
  const directives: Directives = {};
  for (const part of policy.split(';')) {
    const [name, ...sources] = part.trim().split(/\s+/);
    if (!name) continue;
    const key = name.toLowerCase();
    if (!(key in directives)) directives[key] = sources;
  }
  return directives;
}

/** Adds sources to a policy without repeats; a directive that was 'none' gives that up when sources are added. */
export function mergeDirectives(base: Directives, ...extras: Directives[]): Directives {
  const merged: Directives = Object.fromEntries(Object.entries(base).map(([name, sources]) => [name, [...sources]]));
  for (const extra of extras) {
    for (const [name, sources] of Object.entries(extra)) {
      const current = (merged[name] ?? []).filter((source) => source !== "'none'" || sources.length === 0);
      merged[name] = [...new Set([...current, ...sources])];
    }
  }
  return merged;
}

/** The directive that governs inline <script> or <style> elements, following the CSP fallback chain. */
function governing(policy: Directives, kind: 'script' | 'style'): string[] | undefined {
  return policy[`${kind}-src-elem`] ?? policy[`${kind}-src`] ?? policy['default-src'];
}

/** Whether a policy lets a browser run this inline script or apply this inline style element. */
export function allowsInline(policy: Directives, kind: 'script' | 'style', content: string): boolean {
  const sources = governing(policy, kind);
  if (sources === undefined) return true;
  if (sources.includes(hashSource(content))) return true;
  // 'unsafe-inline' is ignored once a hash, nonce or 'strict-dynamic' is present.
  const overridden = sources.some(
    (source) => /^'(sha(256|384|512)-|nonce-)/.test(source) || source === "'strict-dynamic'",
  );
  return sources.includes("'unsafe-inline'") && !overridden;
}

/** Weaknesses the site's policy must not have. */
export function policyProblems(policy: Directives): string[] {
  const problems: string[] = [];
  const scripts = governing(policy, 'script');
  if (scripts === undefined) problems.push('no script-src or default-src: scripts from anywhere would run');
  else {
    for (const unsafe of ["'unsafe-inline'", "'unsafe-eval'", '*', 'http:', 'https:', 'data:']) {
      if (scripts.includes(unsafe)) problems.push(`script-src allows ${unsafe}`);
    }
  }
  if (!policy['frame-ancestors']?.includes("'none'"))
    problems.push("frame-ancestors is not 'none': other sites could frame this one");
  if (!policy['object-src']?.includes("'none'")) problems.push("object-src is not 'none'");
  if (!policy['base-uri']) problems.push('base-uri is not set');
  return problems;
}
