import { describe, expect, it } from 'vitest';
import * as E from 'fp-ts/Either';
import { parseArguments } from './arguments';

describe('parseArguments', () => {
  it('takes files in order, with - for standard input', () => {
    expect(parseArguments(['a.har', '-', 'b.json'])).toEqual(
      E.right({ json: false, help: false, files: ['a.har', '-', 'b.json'], urlPatterns: [], requestSchemas: true }),
    );
  });

  it('turns the request-schema checks off with --no-request-schemas', () => {
    expect(parseArguments(['--no-request-schemas', 'a.har'])).toMatchObject(E.right({ requestSchemas: false, files: ['a.har'] }));
  });

  it('reads --json anywhere on the line', () => {
    expect(parseArguments(['a.har', '--json'])).toMatchObject(E.right({ json: true, files: ['a.har'] }));
  });

  it('treats everything after -- as a file, even names that start with a dash', () => {
    expect(parseArguments(['--', '--json'])).toMatchObject(E.right({ json: false, files: ['--json'] }));
  });

  it('accepts --help and -h without files', () => {
    expect(parseArguments(['--help'])).toMatchObject(E.right({ help: true }));
    expect(parseArguments(['-h'])).toMatchObject(E.right({ help: true }));
  });

  it('compiles each --url-pattern', () => {
    const parsed = parseArguments(['--url-pattern', '/llm/v2/generate$', '--url-pattern=^https://gw\\.', 'a.har']);
    const patterns = (E.isRight(parsed) ? parsed.right.urlPatterns : []).filter((pattern) => pattern instanceof RegExp);
    expect(patterns.map((pattern) => pattern.test('https://x.test/llm/v2/generate'))).toEqual([true, false]);
    expect(patterns.map((pattern) => pattern.test('https://gw.test/v1'))).toEqual([false, true]);
  });

  it('reads FORMAT=REGEX as a pattern naming its format, and a pattern with another "=" as a whole regex', () => {
    const parsed = parseArguments(['--url-pattern', 'anthropic-messages=gw\\.internal/llm', '--url-pattern', 'key=abc', 'a.har']);
    expect(parsed).toEqual(
      E.right({
        json: false,
        help: false,
        files: ['a.har'],
        urlPatterns: [{ pattern: /gw\.internal\/llm/, format: 'anthropic-messages' }, /key=abc/],
        requestSchemas: true,
      }),
    );
  });

  it.each([
    ['no files', [], /no input files/],
    ['an unknown option', ['--jsno', 'a.har'], /Unknown option '--jsno'/],
    ['a value given to --json', ['--json=yes', 'a.har'], /'--json' does not take an argument/],
    ['standard input twice', ['-', '-'], /standard input \(-\) can be given only once/],
    ['a broken pattern', ['--url-pattern', '(', 'a.har'], /--url-pattern \(: .*regular expression/i],
  ])('refuses %s with a reason', (_name, argv, reason) => {
    const parsed = parseArguments(argv);
    expect(E.isLeft(parsed) ? parsed.left : 'accepted').toMatch(reason);
  });
});
