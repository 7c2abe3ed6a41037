/**
 * The provider column: a known API host by its product name, anything else by its host (a proxy,
 * a self-hosted vLLM, the demo server), so the column never guesses.
 */

/** Exact hosts (with the port for local servers, whose default port is what identifies them). */
const HOSTS: Readonly<Record<string, string>> = {
  'api.openai.com': 'OpenAI',
  'api.mistral.ai': 'Mistral',
  'api.groq.com': 'Groq',
  'api.deepseek.com': 'DeepSeek',
  'openrouter.ai': 'OpenRouter',
  'api.together.xyz': 'Together',
  'api.together.ai': 'Together',
  'api.perplexity.ai': 'Perplexity',
  'api.x.ai': 'xAI',
  'api.fireworks.ai': 'Fireworks',
  'api.cerebras.ai': 'Cerebras',
  'generativelanguage.googleapis.com': 'Gemini',
  'router.huggingface.co': 'Hugging Face',
  'api-inference.huggingface.co': 'Hugging Face',
  'api.z.ai': 'Z.ai',
  'open.bigmodel.cn': 'Z.ai',
  'api.anthropic.com': 'Anthropic',
  'api.moonshot.ai': 'Moonshot',
  'api.moonshot.cn': 'Moonshot',
  'api.sambanova.ai': 'SambaNova',
  'api.deepinfra.com': 'DeepInfra',
  'api.novita.ai': 'Novita',
  'api.hyperbolic.xyz': 'Hyperbolic',
  'api.cohere.ai': 'Cohere',
  'api.cohere.com': 'Cohere',
  'integrate.api.nvidia.com': 'NVIDIA',
  'api.inference.net': 'Inference.net',
  'gateway.ai.cloudflare.com': 'Cloudflare AI Gateway',
  'api.studio.nebius.com': 'Nebius',
  'inference.baseten.co': 'Baseten',
  'llm.chutes.ai': 'Chutes',
  'api.venice.ai': 'Venice',
};

/** Local servers are told apart by their default port; any loopback name counts. */
const LOCAL_PORTS: Readonly<Record<string, string>> = {
  '11434': 'Ollama',
  '1234': 'LM Studio',
};
const LOOPBACK = new Set(['localhost', '127.0.0.1', '[::1]', '0.0.0.0']);

/** Host suffixes and families: Azure resources and regional endpoints carry the customer's name. */
const FAMILIES: readonly (readonly [RegExp, string])[] = [
  [/\.openai\.azure\.com$/, 'Azure'],
  [/\.services\.ai\.azure\.com$/, 'Azure'],
  [/\.cognitiveservices\.azure\.com$/, 'Azure'],
  [/\.models\.ai\.azure\.com$/, 'Azure'],
  // dashscope.aliyuncs.com, dashscope-intl.aliyuncs.com, dashscope-us.aliyuncs.com
  [/^dashscope[a-z0-9-]*\.aliyuncs\.com$/, 'Alibaba'],
  [/^bedrock-runtime\.[a-z0-9-]+\.amazonaws\.com$/, 'Bedrock'],
  [/(^|\.)aiplatform\.googleapis\.com$/, 'Vertex AI'],
  [/\.snowflakecomputing\.com$/, 'Snowflake'],
];

export function providerName(url: string): string {
  let parsed: URL;
  try {
    parsed = new URL(url);
  } catch {
    return url === '' ? '—' : url;
  }
  const hostname = parsed.hostname.toLowerCase();
  const known = HOSTS[hostname];
  if (known !== undefined) return known;
  if (LOOPBACK.has(hostname)) {
    const local = LOCAL_PORTS[parsed.port];
    if (local !== undefined) return local;
  }
  const family = FAMILIES.find(([pattern]) => pattern.test(hostname));
  if (family !== undefined) return family[1];
  return parsed.host === '' ? url : parsed.host;
}
