import type { FormatName } from '../../decode/index';
import { providerName } from '../format/providerName';
import { isApiKeyName, nameWords } from '../secrets/bodyFieldNames';

/**
 * The environment variable a cURL command reads a secret from, so the copied command runs for
 * anyone who has the key in their shell and leaks it for no one. The provider's key goes by the
 * name its own SDK and docs use; a provider not listed, a proxy or a local server by API_KEY.
 * Azure OpenAI by AZURE_OPENAI_API_KEY, the name the openai SDK's AzureOpenAI client reads.
 */
const KEY_VARIABLES: Readonly<Record<string, string>> = {
  OpenAI: 'OPENAI_API_KEY',
  Anthropic: 'ANTHROPIC_API_KEY',
  Gemini: 'GEMINI_API_KEY',
  Azure: 'AZURE_OPENAI_API_KEY',
  Mistral: 'MISTRAL_API_KEY',
  Groq: 'GROQ_API_KEY',
  DeepSeek: 'DEEPSEEK_API_KEY',
  OpenRouter: 'OPENROUTER_API_KEY',
  Together: 'TOGETHER_API_KEY',
  xAI: 'XAI_API_KEY',
  Fireworks: 'FIREWORKS_API_KEY',
  Cerebras: 'CEREBRAS_API_KEY',
  Perplexity: 'PERPLEXITY_API_KEY',
  'Hugging Face': 'HF_TOKEN',
};

/**
 * On a host that names no provider (a company proxy, a gateway), the wire format still says whose
 * API the request speaks, and whose SDK reads which variable: Anthropic's reads ANTHROPIC_API_KEY,
 * Google Gen AI's GEMINI_API_KEY, openai's OPENAI_API_KEY for `responses.create` whatever its
 * baseURL. Chat Completions is every compatible server's (local ones included), the AI SDK streams
 * an app's own route, Ollama asks for no key: those keep API_KEY.
 */
const FORMAT_KEY_VARIABLES: Partial<Readonly<Record<FormatName, string>>> = {
  'anthropic-messages': 'ANTHROPIC_API_KEY',
  gemini: 'GEMINI_API_KEY',
  'openai-responses': 'OPENAI_API_KEY',
};

/** The provider's key variable by host, else by the exchange's wire format when known, else API_KEY. */
export function providerKeyVariable(url: string, format?: FormatName): string {
  return KEY_VARIABLES[providerName(url)] ?? (format === undefined ? undefined : FORMAT_KEY_VARIABLES[format]) ?? 'API_KEY';
}

/**
 * The variable for one secret: the provider's key variable for an API key (Authorization,
 * `api-key`, `x-goog-api-key`, a body's `api_key`, Gemini's `?key=`), else one named after the field
 * (`Cookie` → COOKIE, `client_secret` → CLIENT_SECRET, `accessToken` → ACCESS_TOKEN).
 */
export function secretVariable(name: string, url: string, format?: FormatName): string {
  if (isApiKeyName(name)) return providerKeyVariable(url, format);
  const words = nameWords(name);
  if (words.length === 0) return 'SECRET';
  const variable = words.join('_').toUpperCase();
  return /^[0-9]/.test(variable) ? `_${variable}` : variable;
}
