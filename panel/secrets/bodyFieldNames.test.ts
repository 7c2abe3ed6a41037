import { describe, expect, it } from 'vitest';
import { isApiKeyName, isSecretBodyField, nameWords } from './bodyFieldNames';

describe('isSecretBodyField', () => {
  it.each([
    'api_key',
    'apiKey',
    'APIKey',
    'api-key',
    'x-api-key',
    'X_API_KEY',
    'apikey',
    'key',
    'KEY',
    'openai_api_key',
    'token',
    'access_token',
    'accessToken',
    'refresh_token',
    'secret',
    'client_secret',
    'clientSecret',
    'password',
    'Password',
    'authorization',
    'Authorization',
    'auth',
    'private_key',
    'credentials',
  ])('hides %s', (name) => {
    expect(isSecretBodyField(name)).toBe(true);
  });

  it.each([
    'max_tokens',
    'maxTokens',
    'max_completion_tokens',
    'keywords',
    'token_count',
    'tokenizer',
    'tokens',
    'prompt_cache_key',
    'idempotency_key',
    'keys',
    'monkey',
    'eos_token',
    'pad_token',
    'signature',
    'thought_signature',
    'author',
    'authored_by',
    'content',
    'model',
    '',
  ])('shows %s', (name) => {
    expect(isSecretBodyField(name)).toBe(false);
  });
});

describe('nameWords', () => {
  it('cuts a name into words whatever its spelling', () => {
    expect(nameWords('apiKey')).toEqual(['api', 'key']);
    expect(nameWords('X-API-Key')).toEqual(['x', 'api', 'key']);
    expect(nameWords('APIKey')).toEqual(['api', 'key']);
    expect(nameWords('access_token')).toEqual(['access', 'token']);
  });
});

describe('isApiKeyName', () => {
  it.each(['Authorization', 'api-key', 'x-api-key', 'x-goog-api-key', 'anthropic-api-key', 'api_key', 'apiKey', 'key', 'apikey'])(
    '%s holds the provider key',
    (name) => {
      expect(isApiKeyName(name)).toBe(true);
    },
  );

  it.each(['Cookie', 'Proxy-Authorization', 'password', 'client_secret', 'access_token', 'x-auth-token'])(
    '%s holds some other secret',
    (name) => {
      expect(isApiKeyName(name)).toBe(false);
    },
  );
});
