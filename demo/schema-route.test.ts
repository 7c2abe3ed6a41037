import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { SCHEMA_CASES } from './schema-bodies';
import type { SchemaCaseName } from './schema-bodies';
import { SCHEMA_SCENARIOS } from './schema-scenarios';
import { startDemoServer } from './server';
import type { DemoServer } from './server';

describe("the demo server's schema route (issue 15)", () => {
  let server: DemoServer;
  const post = (path: string, body: object) =>
    fetch(`${server.url}${path}`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify(body) });

  beforeAll(async () => {
    server = await startDemoServer({ port: 0 });
  });
  afterAll(async () => {
    await server.close();
  });

  it('answers each case at its provider path with its hand-written JSON body', async () => {
    for (const [name, schemaCase] of Object.entries(SCHEMA_CASES)) {
      const response = await post(schemaCase.path, schemaCase.request);
      expect(response.status, name).toBe(200);
      expect(response.headers.get('content-type'), name).toBe('application/json');
      expect(await response.json(), name).toEqual(schemaCase.response);
    }
  });

  it('answers 404 for a case it does not know, or a known case at another path', async () => {
    const unknown = await post('/schema/no-such-case/v1/chat/completions', {});
    expect(unknown.status).toBe(404);
    expect(await unknown.json()).toMatchObject({ error: { type: 'schema_case_not_found' } });
    expect((await post('/schema/chat-tool-enum/v1/messages', {})).status).toBe(404);
  });

  it('breaks the schemas it sends: unit "C" outside the enum, temperature missing', () => {
    const toolCall = SCHEMA_CASES['chat-tool-enum'].response.choices[0].message.tool_calls[0].function.arguments;
    expect(JSON.parse(toolCall)).toEqual({ city: 'Paris', unit: 'C' });
    expect(SCHEMA_CASES['chat-tool-enum'].request.tools[0].function.parameters.properties.unit.enum).toEqual(['celsius', 'fahrenheit']);
    const answer: unknown = JSON.parse(SCHEMA_CASES['chat-structured-required'].response.choices[0].message.content);
    expect(answer).toEqual({ city: 'Paris', conditions: 'light rain' });
    expect(SCHEMA_CASES['chat-structured-required'].request.response_format.json_schema.schema.required).toContain('temperature');
  });

  it('has one demo card per case, each naming a case that exists', () => {
    const cases: SchemaCaseName[] = SCHEMA_SCENARIOS.map((scenario) => scenario.schemaCase);
    expect([...cases].sort()).toEqual(Object.keys(SCHEMA_CASES).sort());
  });
});
