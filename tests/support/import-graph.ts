// The project's import graph, read from the source text: which file imports which. The layer tests walk it.
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

export const root = fileURLToPath(new URL('../../', import.meta.url));

const SOURCE = /\.(ts|mts|mjs|js|astro|mdx)$/;

/** One import: the importing file, what it wrote, and the repo file it names (undefined for packages). */
export interface ImportEdge {
  from: string;
  specifier: string;
  to: string | undefined;
}

/** Every source file under these repo folders, as repo paths with forward slashes. */
export function sourceFiles(...folders: string[]): string[] {
  return folders.flatMap((folder) => {
    const at = join(root, folder);
    if (!existsSync(at)) return [];
    if (statSync(at).isFile()) return [folder];
    return (readdirSync(at, { recursive: true }) as string[])
      .map((name) => `${folder}/${name.split('\\').join('/')}`)
      .filter((path) => SOURCE.test(path) && !path.includes('node_modules/'));
  });
}

const STATIC = /\b(?:import|export)\s+(?:type\s+)?(?:[\w*{}\s,$]+?\s+from\s+)?['"]([^'"\n]+)['"]/g;
const DYNAMIC = /\bimport\(\s*(?:\/\*[^*]*\*\/\s*)?['"]([^'"\n]+)['"]\s*\)/g;
const WORKER_URL = /\bnew URL\(\s*['"](\.{1,2}\/[^'"\n]+\.(?:ts|mjs|js))['"]\s*,\s*import\.meta\.url/g;

/** The specifiers a file imports: static, dynamic and `new URL('./worker.ts', import.meta.url)`. */
function specifiers(text: string): string[] {
  return [STATIC, DYNAMIC, WORKER_URL].flatMap((pattern) => [...text.matchAll(pattern)].map((match) => match[1]!));
}

/** The repo file a relative specifier names, or undefined for a package or a virtual module. */
function resolveSpecifier(from: string, specifier: string): string | undefined {
  if (!specifier.startsWith('.')) return undefined;
  const bare = specifier.replace(/[?#].*$/, '');
  const base = resolve(root, dirname(from), bare);
  for (const candidate of [base, `${base}.ts`, join(base, 'index.ts')]) {
    if (existsSync(candidate) && statSync(candidate).isFile()) return relative(root, candidate).split('\\').join('/');
  }
  return relative(root, base).split('\\').join('/');
}

/** The imports of one repo file. */
export function importsOf(file: string): ImportEdge[] {
  const text = readFileSync(join(root, file), 'utf8');
  return specifiers(text).map((specifier) => ({ from: file, specifier, to: resolveSpecifier(file, specifier) }));
}

/** Every edge reachable from these files, following repo files only. */
export function reachableEdges(entries: string[]): ImportEdge[] {
  const seen = new Set<string>();
  const edges: ImportEdge[] = [];
  const queue = [...entries];
  while (queue.length > 0) {
    const file = queue.pop()!;
    if (seen.has(file) || !SOURCE.test(file) || !existsSync(join(root, file))) continue;
    seen.add(file);
    for (const edge of importsOf(file)) {
      edges.push(edge);
      if (edge.to) queue.push(edge.to);
    }
  }
  return edges;
}

/** The import cycles among these files: each strongly connected group of two or more (or a file importing itself). */
export function importCycles(files: string[]): string[][] {
  const graph = new Map(files.map((file) => [file, importsOf(file).flatMap((edge) => (edge.to ? [edge.to] : []))]));
  let counter = 0;
  const index = new Map<string, number>();
  const low = new Map<string, number>();
  const stack: string[] = [];
  const onStack = new Set<string>();
  const cycles: string[][] = [];
  const visit = (file: string): void => {
    index.set(file, counter);
    low.set(file, counter);
    counter += 1;
    stack.push(file);
    onStack.add(file);
    for (const next of graph.get(file) ?? []) {
      if (!graph.has(next)) continue;
      if (!index.has(next)) {
        visit(next);
        low.set(file, Math.min(low.get(file)!, low.get(next)!));
      } else if (onStack.has(next)) low.set(file, Math.min(low.get(file)!, index.get(next)!));
    }
    if (low.get(file) !== index.get(file)) return;
    const group: string[] = [];
    let member: string;
    do {
      member = stack.pop()!;
      onStack.delete(member);
      group.push(member);
    } while (member !== file);
    if (group.length > 1 || (graph.get(file) ?? []).includes(file)) cycles.push(group.sort());
  };
  for (const file of graph.keys()) if (!index.has(file)) visit(file);
  return cycles;
}

/** Source text without its comments, so a rule about code ignores prose that mentions the code. */
export function withoutComments(text: string): string {
  return text.replace(/\/\*[\s\S]*?\*\//g, '').replace(/(^|[^:'"`\w])\/\/.*$/gm, '$1');
}
