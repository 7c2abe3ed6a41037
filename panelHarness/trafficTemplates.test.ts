import { describe, expect, it } from 'vitest';
import { recordedBodies } from '../demo/fixtures';
import { endpointOf, trafficTemplates } from './trafficTemplates';

describe('the recorded bodies as a session of traffic', () => {
  it("sends each body to its provider's endpoint, the most specific prefix first", () => {
    expect(endpointOf('azure-ai-inference-chat-text-1.json')).toBe(
      'https://contoso-ai.services.ai.azure.com/models/chat/completions?api-version=2024-05-01-preview',
    );
    expect(endpointOf('azure-chat-parallel-tools-1.json')).toBe(
      'https://contoso.openai.azure.com/openai/deployments/gpt-4o/chat/completions?api-version=2024-10-21',
    );
    expect(endpointOf('groq-stream-toolcall-1.sse')).toBe('https://api.groq.com/openai/v1/chat/completions');
    // No public endpoint of their own: self-hosted servers.
    expect(endpointOf('tgi-chat-text-1.json')).toBe('http://localhost:8080/v1/chat/completions');
    expect(endpointOf('llamacpp-stream-harmony-1.sse')).toBe('http://localhost:8080/v1/chat/completions');
  });

  const templates = new Map(trafficTemplates(recordedBodies()).map((template) => [template.fixture, template]));

  it('asks for the model the body answered with, streaming only for streams, with a tool only for tool calls', () => {
    const json = templates.get('openai-chat-text-1.json');
    expect(json?.status).toBe(200);
    expect(JSON.parse(json?.requestBody ?? 'null')).toMatchObject({ model: 'gpt-4o-2024-08-06', temperature: 0.7 });
    expect(JSON.parse(json?.requestBody ?? 'null')).not.toHaveProperty('stream');
    const stream: unknown = JSON.parse(templates.get('mistral-stream-toolcall-1.sse')?.requestBody ?? 'null');
    expect(stream).toMatchObject({
      model: 'mistral-small-latest',
      stream: true,
      stream_options: { include_usage: true },
      tool_choice: 'auto',
    });
  });

  it('numbers each request through a placeholder in the user message', () => {
    expect(templates.get('openai-chat-text-1.json')?.requestBody).toContain('"content":"Question {{n}}: what will the weather be');
  });

  it('replaces the response id only where the body writes it as a JSON string of some length', () => {
    expect(templates.get('openai-chat-text-1.json')?.responseId).toBe('chatcmpl-ABfvaueLEMLNYbT8YzpJxsmiQ6HSY');
    expect(templates.get('mistral-stream-toolcall-1.sse')?.responseId).toBe('b3999b8c93e04e11bcbff7bcab829667');
    // An error body has no id; the status comes from the file name.
    expect(templates.get('groq-error-404-1.json')).toMatchObject({ responseId: null, status: 404 });
  });
});
