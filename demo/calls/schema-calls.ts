/**
 * Issue 15's calls: plain `fetch` posting a request that carries its JSON Schemas (as an app
 * would, tools and response_format included) to the schema route, which answers with a body that
 * breaks them. The answer is shown as received: the page only displays it, as text.
 */
import { SCHEMA_CASES } from '../schema-bodies';
import type { SchemaScenario } from '../schema-scenarios';
import type { CallOutcome } from './outcome';
import { DEMO_API_KEY, summarize } from './outcome';

export async function runSchemaScenario(scenario: SchemaScenario, origin: string): Promise<CallOutcome> {
  const schemaCase = SCHEMA_CASES[scenario.schemaCase];
  const response = await fetch(`${origin}${schemaCase.path}`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', authorization: `Bearer ${DEMO_API_KEY}`, ...schemaCase.headers },
    body: JSON.stringify(schemaCase.request),
  });
  const text = await response.text();
  if (!response.ok) throw new Error(`HTTP ${response.status}: ${text.slice(0, 200)}`);
  return { text, summary: summarize([String(response.status), scenario.breaks]) };
}
