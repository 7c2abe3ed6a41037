import { describe, expect, it } from 'vitest';
import { providerName } from './providerName';

describe('provider name', () => {
  it.each([
    ['https://api.openai.com/v1/chat/completions', 'OpenAI'],
    ['https://my-resource.openai.azure.com/openai/deployments/gpt-4o/chat/completions?api-version=2024-10-21', 'Azure'],
    ['https://my-project.services.ai.azure.com/models/chat/completions', 'Azure'],
    ['https://api.mistral.ai/v1/chat/completions', 'Mistral'],
    ['https://api.groq.com/openai/v1/chat/completions', 'Groq'],
    ['https://api.deepseek.com/chat/completions', 'DeepSeek'],
    ['https://openrouter.ai/api/v1/chat/completions', 'OpenRouter'],
    ['https://api.together.xyz/v1/chat/completions', 'Together'],
    ['https://api.perplexity.ai/chat/completions', 'Perplexity'],
    ['https://api.x.ai/v1/chat/completions', 'xAI'],
    ['https://api.fireworks.ai/inference/v1/chat/completions', 'Fireworks'],
    ['https://api.cerebras.ai/v1/chat/completions', 'Cerebras'],
    ['https://generativelanguage.googleapis.com/v1beta/openai/chat/completions', 'Gemini'],
    ['https://router.huggingface.co/v1/chat/completions', 'Hugging Face'],
    ['https://dashscope-intl.aliyuncs.com/compatible-mode/v1/chat/completions', 'Alibaba'],
    ['https://dashscope.aliyuncs.com/compatible-mode/v1/chat/completions', 'Alibaba'],
    ['https://api.z.ai/api/paas/v4/chat/completions', 'Z.ai'],
    ['https://open.bigmodel.cn/api/paas/v4/chat/completions', 'Z.ai'],
    ['http://localhost:11434/v1/chat/completions', 'Ollama'],
    ['http://127.0.0.1:1234/v1/chat/completions', 'LM Studio'],
  ])('names %s %s', (url, name) => {
    expect(providerName(url)).toBe(name);
  });

  it('names any other host by the host itself, port included', () => {
    expect(providerName('http://127.0.0.1:5173/v1/chat/completions')).toBe('127.0.0.1:5173');
    expect(providerName('https://llm-gateway.internal.example/v1/chat/completions')).toBe('llm-gateway.internal.example');
    // Not a known host just because it ends like one.
    expect(providerName('https://api.openai.com.evil.example/v1/chat/completions')).toBe('api.openai.com.evil.example');
  });

  it('shows a URL that does not parse as it is', () => {
    expect(providerName('/v1/chat/completions')).toBe('/v1/chat/completions');
  });
});
