import { describe, expect, it } from 'vitest';
import { providerKeyVariable, secretVariable } from './keyVariable';

describe('providerKeyVariable', () => {
  it.each([
    ['https://api.openai.com/v1/chat/completions', 'OPENAI_API_KEY'],
    ['https://api.anthropic.com/v1/messages', 'ANTHROPIC_API_KEY'],
    ['https://generativelanguage.googleapis.com/v1beta/openai/chat/completions', 'GEMINI_API_KEY'],
    ['https://my-resource.openai.azure.com/openai/deployments/gpt-4o/chat/completions?api-version=2024-10-21', 'AZURE_OPENAI_API_KEY'],
    ['https://api.mistral.ai/v1/chat/completions', 'MISTRAL_API_KEY'],
    ['https://api.groq.com/openai/v1/chat/completions', 'GROQ_API_KEY'],
    ['https://openrouter.ai/api/v1/chat/completions', 'OPENROUTER_API_KEY'],
    ['https://router.huggingface.co/v1/chat/completions', 'HF_TOKEN'],
    ['http://127.0.0.1:8080/v1/chat/completions', 'API_KEY'],
    ['https://gateway.example.test/v1/chat/completions', 'API_KEY'],
    ['not a url', 'API_KEY'],
  ])('%s → $%s', (url, variable) => {
    expect(providerKeyVariable(url)).toBe(variable);
  });
});

describe('secretVariable', () => {
  it('names a secret that is not the API key after its field', () => {
    const url = 'https://api.openai.com/v1/chat/completions';
    expect(secretVariable('Authorization', url)).toBe('OPENAI_API_KEY');
    expect(secretVariable('apiKey', url)).toBe('OPENAI_API_KEY');
    expect(secretVariable('Cookie', url)).toBe('COOKIE');
    expect(secretVariable('clientSecret', url)).toBe('CLIENT_SECRET');
    expect(secretVariable('x-auth-token', url)).toBe('X_AUTH_TOKEN');
    expect(secretVariable('2fa-token', url)).toBe('_2FA_TOKEN');
  });
});
