import { describe, expect, it } from 'vitest';
import { maskHeaderValue, maskSecret, maskToken } from './maskSecret';

describe('maskSecret', () => {
  it('keeps the scheme, the vendor prefix and the last four characters', () => {
    expect(maskSecret('Bearer sk-demo-000000000000')).toBe('Bearer sk-…0000');
    expect(maskSecret('Bearer sk-proj-abcdefghijklmnop1234')).toBe('Bearer sk-proj-…1234');
    expect(maskSecret('Bearer gsk_0123456789abcdefWXYZ')).toBe('Bearer gsk_…WXYZ');
    expect(maskSecret('AIzaSyD-1234567890abcdefghijklmnopq')).toBe('AIza…nopq');
  });

  it('masks a value without a known prefix to its last four characters', () => {
    expect(maskSecret('0123456789abcdef0123456789abcdef')).toBe('…cdef');
    expect(maskSecret('bearer 0123456789abcdef9876')).toBe('bearer …9876');
  });

  it('hides short secrets entirely', () => {
    expect(maskSecret('Bearer abc')).toBe('Bearer ••••••••');
    expect(maskSecret('sk-short')).toBe('sk-••••••••');
    expect(maskSecret('hunter2')).toBe('••••••••');
  });

  it('hides a Basic credential entirely (its tail would be the password’s)', () => {
    expect(maskSecret('Basic dXNlcjpodW50ZXIyaHVudGVyMg==')).toBe('Basic ••••••••');
  });

  it('leaves a value masked by an earlier export as it is', () => {
    expect(maskSecret('Bearer sk-…0000')).toBe('Bearer sk-…0000');
    expect(maskSecret('Basic ••••••••')).toBe('Basic ••••••••');
  });

  it('leaves an empty value empty', () => {
    expect(maskToken('')).toBe('');
  });
});

describe('maskHeaderValue', () => {
  it('keeps cookie names and masks their values', () => {
    expect(maskHeaderValue('Cookie', 'session=abcdefghijklmnopqrstuvwx; theme=dark')).toBe('session=…uvwx; theme=••••••••');
  });

  it('keeps set-cookie attributes, one cookie per line', () => {
    expect(maskHeaderValue('set-cookie', '__cf_bm=0123456789abcdefghij; Path=/; HttpOnly\nid=7')).toBe(
      '__cf_bm=…ghij; Path=/; HttpOnly\nid=••••••••',
    );
  });

  it('masks other secret headers like a credential', () => {
    expect(maskHeaderValue('api-key', '0123456789abcdef0123456789abcdef')).toBe('…cdef');
  });
});
