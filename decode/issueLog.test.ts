import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { IssueLog } from './issueLog';
import { pathWithin } from './issuePath';
import type { ContractIssue } from './model';

describe('IssueLog', () => {
  it('counts alike issues of different events and elements once, naming the first place', () => {
    const log = new IssueLog();
    const role = {
      severity: 'error',
      message: 'wrong type or value',
      expected: 'one of developer, system, user, assistant, tool',
      actual: 'null',
    } as const;
    log.addWithin('events[1]', 'events[*]', { ...role, path: 'choices[0].delta.role' });
    log.add({ ...role, path: 'events[2].choices[0].delta.role' });
    log.addWithin('events[7]', 'events[*]', { ...role, path: 'choices[3].delta.role' });
    log.addWithin('events[8]', 'events[*]', { ...role, path: 'choices[0].delta' });
    log.addWithin('events[9]', 'events[*]', { severity: 'error', path: '', message: 'event data is not a JSON object' });
    expect(log.issues()).toEqual([
      { ...role, path: 'events[1].choices[0].delta.role', message: 'wrong type or value (3 times; the first is shown)' },
      { ...role, path: 'events[8].choices[0].delta' },
      { severity: 'error', path: 'events[9]', message: 'event data is not a JSON object' },
    ]);
  });

  it('addWithin gives what add gives with the full path, whatever the paths and the order', () => {
    const step = fc.oneof(fc.constantFrom('choices', 'delta', 'role', 'a1', '2'), fc.nat({ max: 12 }));
    const relative = fc
      .array(step, { maxLength: 4 })
      .map((steps) => steps.reduce<string>((path, s) => (typeof s === 'number' ? `${path}[${s}]` : path === '' ? s : `${path}.${s}`), ''));
    const entry = fc.record({
      event: fc.nat({ max: 30 }),
      path: relative,
      severity: fc.constantFrom('error', 'warning'),
      message: fc.constantFrom('m', 'n'),
      expected: fc.option(fc.constantFrom('X', 'Y'), { nil: undefined }),
    });
    fc.assert(
      fc.property(fc.array(entry, { maxLength: 25 }), (entries) => {
        const within = new IssueLog();
        const whole = new IssueLog();
        for (const { event, path, severity, message, expected } of entries) {
          const issue: ContractIssue = expected === undefined ? { severity, path, message } : { severity, path, message, expected };
          within.addWithin(`events[${event}]`, 'events[*]', issue);
          whole.add({ ...issue, path: pathWithin(`events[${event}]`, path) });
        }
        expect(within.issues()).toEqual(whole.issues());
      }),
      { numRuns: 500 },
    );
  });
});
