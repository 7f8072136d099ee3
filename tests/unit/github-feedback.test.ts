import { describe, expect, it } from 'vitest';
import {
  formatAnnotation,
  inGitHubActions,
  parseAnnotation,
  type Annotation,
} from '../../src/lib/github-annotations.ts';
import { jobSummary } from '../../tools/job-summary.ts';

describe('GitHub annotations', () => {
  it.each([
    [
      {
        severity: 'error',
        file: 'src/content/articles/a.mdx',
        line: 4,
        title: 'Content lint: biweekly',
        message: 'say which you mean',
      },
      '::error file=src/content/articles/a.mdx,line=4,title=Content lint%3A biweekly::say which you mean',
    ],
    [
      { severity: 'warning', file: 'src/content/a, b.mdx', title: 'x', message: '50% done\nnext line' },
      '::warning file=src/content/a%2C b.mdx,title=x::50%25 done%0Anext line',
    ],
  ] as [Annotation, string][])('formats %j as a workflow command and reads it back', (annotation, command) => {
    expect(formatAnnotation(annotation)).toBe(command);
    expect(parseAnnotation(command)).toEqual({ ...annotation, line: annotation.line });
  });

  it('prints only inside GitHub Actions', () => {
    expect(inGitHubActions({ GITHUB_ACTIONS: 'true' })).toBe(true);
    expect(inGitHubActions({})).toBe(false);
  });

  it('ignores lines that are not annotations', () => {
    expect(parseAnnotation('content lint: 12 files, 0 error(s)')).toBeUndefined();
  });
});

describe('the job summary', () => {
  const steps = [
    { name: 'astro check', ok: true, seconds: 40 },
    { name: 'unit tests (vitest)', ok: true, seconds: 90 },
    { name: 'content lint', ok: false, seconds: 3 },
  ];
  const problem: Annotation = {
    severity: 'error',
    file: 'src/content/articles/a.mdx',
    line: 16,
    title: 'Content lint: biweekly',
    message: '"biweekly" can mean twice a week | or every two weeks',
  };

  it('says which step failed, what to do, and lists each problem once with its file and line', () => {
    const summary = jobSummary(steps, [problem, problem], { passed: 2, failed: 1 });
    expect(summary).toContain('## ❌ Checks failed at: content lint');
    expect(summary).toContain('A content file breaks a writing rule');
    expect(summary.match(/src\/content\/articles\/a\.mdx/g)).toHaveLength(1);
    expect(summary).toContain(
      '| `src/content/articles/a.mdx` | 16 | "biweekly" can mean twice a week \\| or every two weeks |',
    );
    expect(summary).toContain('docs/publishing.md');
  });

  it('says so when everything passed', () => {
    const summary = jobSummary(
      steps.map((step) => ({ ...step, ok: true })),
      [],
      { passed: 1200, failed: 0 },
    );
    expect(summary).toContain('## ✅ All checks passed');
    expect(summary).not.toContain('| File |');
  });

  it.each([
    ['build', 'The site could not be built'],
    ['browser tests (playwright)', 'A page of the built site failed a check'],
  ])('gives advice for a failed %s step', (name, advice) => {
    expect(jobSummary([{ name, ok: false, seconds: 1 }], [], { passed: 0, failed: 1 })).toContain(advice);
  });
});
