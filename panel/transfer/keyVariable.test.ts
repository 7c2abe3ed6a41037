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

describe('providerKeyVariable on a host that names no provider: by the wire format', () => {
  it.each([
    ['https://llm-proxy.corp.example/anthropic/v1/messages', 'anthropic-messages', 'ANTHROPIC_API_KEY'],
    ['https://llm-proxy.corp.example/google/v1beta/models/gemini-2.5-flash:generateContent', 'gemini', 'GEMINI_API_KEY'],
    ['https://gateway.example.test/v1/responses', 'openai-responses', 'OPENAI_API_KEY'],
    // Chat Completions is every compatible server's; the AI SDK streams an app's own route; Ollama takes no key.
    ['https://gateway.example.test/v1/chat/completions', 'openai-chat', 'API_KEY'],
    ['https://app.example.test/api/chat', 'ai-sdk-ui', 'API_KEY'],
    ['https://webui.example.test/ollama/api/chat', 'ollama', 'API_KEY'],
  ] as const)('%s (%s) → $%s', (url, format, variable) => {
    expect(providerKeyVariable(url, format)).toBe(variable);
  });

  it('a known host wins over the format: OpenRouter serving Anthropic Messages is still $OPENROUTER_API_KEY', () => {
    expect(providerKeyVariable('https://openrouter.ai/api/v1/messages', 'anthropic-messages')).toBe('OPENROUTER_API_KEY');
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
