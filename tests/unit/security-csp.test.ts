import { describe, expect, it } from 'vitest';
import {
  allowsInline,
  hashSource,
  mergeDirectives,
  parsePolicy,
  policyProblems,
  serializePolicy,
} from '../../src/lib/security/csp.ts';

describe('hashSource', () => {
  it('matches the hash browsers compute (the CSP spec example)', () => {
    expect(hashSource("alert('Hello, world.');")).toBe("'sha256-qznLcsROx4GACP2dm0UCKCzCG+HiZ1guq6ZZDob/Tng='");
  });
});

describe('serializePolicy and parsePolicy', () => {
  it('round-trips, keeps valueless directives and ignores a repeated directive', () => {
    const text = "default-src 'self'; script-src 'self' 'sha256-x'; upgrade-insecure-requests";
    expect(serializePolicy(parsePolicy(text))).toBe(text);
    expect(parsePolicy("script-src 'self'; script-src *")['script-src']).toEqual(["'self'"]);
  });
});

describe('mergeDirectives', () => {
  it.each([
    [
      { 'script-src': ["'self'"] },
      { 'script-src': ["'wasm-unsafe-eval'", "'self'"] },
      { 'script-src': ["'self'", "'wasm-unsafe-eval'"] },
    ],
    [
      { 'frame-src': ["'none'"] },
      { 'frame-src': ['https://book.example.com'] },
      { 'frame-src': ['https://book.example.com'] },
    ],
    [{ 'img-src': ["'self'"] }, { 'media-src': ["'self'"] }, { 'img-src': ["'self'"], 'media-src': ["'self'"] }],
  ])('%j + %j', (base, extra, expected) => {
    expect(mergeDirectives(base, extra)).toEqual(expected);
  });
});

describe('allowsInline', () => {
  const code = 'document.body.dataset.js = "yes"';
  it.each([
    ['its hash in script-src', { 'script-src': ["'self'", hashSource(code)] }, true],
    [
      'its hash in script-src-elem, which wins over script-src',
      { 'script-src-elem': [hashSource(code)], 'script-src': ["'self'"] },
      true,
    ],
    ['only another hash', { 'script-src': ["'self'", hashSource('other()')] }, false],
    ["only 'self'", { 'script-src': ["'self'"] }, false],
    ['default-src as the fallback', { 'default-src': ["'self'"] }, false],
    ["'unsafe-inline' alone", { 'script-src': ["'unsafe-inline'"] }, true],
    ["'unsafe-inline' beside a hash (ignored)", { 'script-src': ["'unsafe-inline'", hashSource('other()')] }, false],
    ['no script or default directive', { 'img-src': ["'self'"] }, true],
  ])('%s -> %s', (_name, policy, expected) => {
    expect(allowsInline(policy, 'script', code)).toBe(expected);
  });

  it('checks styles against style-src', () => {
    expect(allowsInline({ 'style-src': [hashSource('p{}')], 'script-src': ["'none'"] }, 'style', 'p{}')).toBe(true);
    expect(allowsInline({ 'style-src': ["'self'"] }, 'style', 'p{}')).toBe(false);
  });
});

describe('policyProblems', () => {
  const strong = {
    'default-src': ["'self'"],
    'script-src': ["'self'"],
    'object-src': ["'none'"],
    'base-uri': ["'self'"],
    'frame-ancestors': ["'none'"],
  };
  it.each([
    ['a strong policy', strong, []],
    [
      "'unsafe-inline' scripts",
      { ...strong, 'script-src': ["'self'", "'unsafe-inline'"] },
      ["script-src allows 'unsafe-inline'"],
    ],
    ['scripts from any https host', { ...strong, 'script-src': ['https:'] }, ['script-src allows https:']],
    [
      'framing allowed',
      { ...strong, 'frame-ancestors': ["'self'"] },
      ["frame-ancestors is not 'none': other sites could frame this one"],
    ],
    [
      'no script control at all',
      { 'object-src': ["'none'"], 'base-uri': ["'self'"], 'frame-ancestors': ["'none'"] },
      ['no script-src or default-src: scripts from anywhere would run'],
    ],
  ])('%s', (_name, policy, expected) => {
    expect(policyProblems(policy)).toEqual(expected);
  });
});
