import { describe, expect, it } from 'vitest';
import { isSecretHeader, isSecretQueryParam } from './secretNames';

describe('isSecretHeader', () => {
  it.each([
    'Authorization',
    'authorization',
    'Proxy-Authorization',
    'api-key',
    'X-API-Key',
    'Cookie',
    'Set-Cookie',
    'x-goog-api-key',
    'anthropic-api-key',
    'x-portkey-api-key',
    'Ocp-Apim-Subscription-Key',
    'x-auth-token',
    'X-Amz-Security-Token',
    'helicone-auth',
    'cf-access-client-secret',
  ])('hides %s', (name) => {
    expect(isSecretHeader(name)).toBe(true);
  });

  it.each(['Content-Type', 'Accept', 'User-Agent', 'x-stainless-lang', 'openai-processing-ms', 'x-request-id', 'content-length'])(
    'shows %s',
    (name) => {
      expect(isSecretHeader(name)).toBe(false);
    },
  );
});

describe('isSecretQueryParam', () => {
  it.each([
    'key',
    'KEY',
    'api_key',
    'api-key',
    'apikey',
    'access_token',
    'token',
    'sig',
    'signature',
    'code',
    'X-Amz-Signature',
    'client_secret',
  ])('hides %s', (name) => {
    expect(isSecretQueryParam(name)).toBe(true);
  });

  it.each(['api-version', 'alt', 'model', 'stream', 'page'])('shows %s', (name) => {
    expect(isSecretQueryParam(name)).toBe(false);
  });
});
