import * as t from 'io-ts';

/**
 * Gemini's response contract as io-ts codecs: `GenerateContentResponse` (generateContent's body,
 * and each event of streamGenerateContent, SSE or JSON array alike) and the error body. Written
 * from the Gemini API reference (ai.google.dev/api/generate-content) and Vertex AI's
 * (GenerateContentResponse, Candidate, Part, UsageMetadata, GroundingMetadata). Both are proto3
 * messages rendered as JSON, which leaves out every field at its default value (0, "", false, an
 * empty list), so almost nothing can be required: only what a message is meaningless without
 * (a functionCall's name, an error's code, message and status). A field neither reference lists is
 * an extension (`finishMessage`, sent by gemini-3 but undocumented when these were written, is
 * one: listed, and shown as such).
 */

/** Candidate.finishReason as the Gemini API and Vertex AI list it; another value is a warning. */
export const FinishReason = t.keyof(
  {
    FINISH_REASON_UNSPECIFIED: null,
    STOP: null,
    MAX_TOKENS: null,
    SAFETY: null,
    RECITATION: null,
    LANGUAGE: null,
    OTHER: null,
    BLOCKLIST: null,
    PROHIBITED_CONTENT: null,
    SPII: null,
    MALFORMED_FUNCTION_CALL: null,
    IMAGE_SAFETY: null,
    IMAGE_PROHIBITED_CONTENT: null,
    IMAGE_RECITATION: null,
    IMAGE_OTHER: null,
    NO_IMAGE: null,
    UNEXPECTED_TOOL_CALL: null,
    TOO_MANY_TOOL_CALLS: null,
    MISSING_THOUGHT_SIGNATURE: null,
  },
  'FinishReason',
);

/** PromptFeedback.blockReason. */
export const BlockReason = t.keyof(
  {
    BLOCK_REASON_UNSPECIFIED: null,
    SAFETY: null,
    OTHER: null,
    BLOCKLIST: null,
    PROHIBITED_CONTENT: null,
    IMAGE_SAFETY: null,
    MODEL_ARMOR: null,
    JAILBREAK: null,
  },
  'BlockReason',
);

export const FunctionCall = t.intersection(
  [t.type({ name: t.string }), t.partial({ id: t.string, args: t.UnknownRecord, partialArgs: t.UnknownArray, willContinue: t.boolean })],
  'FunctionCall',
);

export const FunctionResponse = t.intersection(
  [
    t.type({ name: t.string }),
    t.partial({ id: t.string, response: t.UnknownRecord, willContinue: t.boolean, scheduling: t.string, parts: t.UnknownArray }),
  ],
  'FunctionResponse',
);

export const ExecutableCode = t.intersection(
  [t.type({ code: t.string }), t.partial({ language: t.string, id: t.string })],
  'ExecutableCode',
);

export const CodeExecutionResult = t.intersection(
  [t.type({ outcome: t.string }), t.partial({ output: t.string, id: t.string })],
  'CodeExecutionResult',
);

export const Blob = t.intersection([t.type({ mimeType: t.string }), t.partial({ data: t.string, displayName: t.string })], 'Blob');

export const FileData = t.intersection(
  [t.type({ fileUri: t.string }), t.partial({ mimeType: t.string, displayName: t.string })],
  'FileData',
);

/** One part of a content: exactly one of its data fields is set, with `thought` and `thoughtSignature` beside it. */
export const Part = t.partial(
  {
    text: t.string,
    thought: t.boolean,
    thoughtSignature: t.string,
    inlineData: Blob,
    fileData: FileData,
    functionCall: FunctionCall,
    functionResponse: FunctionResponse,
    executableCode: ExecutableCode,
    codeExecutionResult: CodeExecutionResult,
    videoMetadata: t.UnknownRecord,
    partMetadata: t.UnknownRecord,
    mediaResolution: t.UnknownRecord,
  },
  'Part',
);

export const Content = t.partial({ parts: t.array(Part), role: t.string }, 'Content');

export const SafetyRating = t.intersection(
  [
    t.type({ category: t.string }),
    t.partial({ probability: t.string, blocked: t.boolean, probabilityScore: t.number, severity: t.string, severityScore: t.number }),
  ],
  'SafetyRating',
);

const Segment = t.partial({ partIndex: t.number, startIndex: t.number, endIndex: t.number, text: t.string }, 'Segment');

export const GroundingChunk = t.partial(
  {
    web: t.partial({ uri: t.string, title: t.string, domain: t.string }, 'WebChunk'),
    retrievedContext: t.UnknownRecord,
    maps: t.UnknownRecord,
  },
  'GroundingChunk',
);

export const GroundingSupport = t.partial(
  { segment: Segment, groundingChunkIndices: t.array(t.number), confidenceScores: t.array(t.number) },
  'GroundingSupport',
);

export const GroundingMetadata = t.partial(
  {
    webSearchQueries: t.array(t.string),
    imageSearchQueries: t.array(t.string),
    searchEntryPoint: t.partial({ renderedContent: t.string, sdkBlob: t.string }, 'SearchEntryPoint'),
    groundingChunks: t.array(GroundingChunk),
    groundingSupports: t.array(GroundingSupport),
    retrievalMetadata: t.UnknownRecord,
    retrievalQueries: t.array(t.string),
    googleMapsWidgetContextToken: t.string,
  },
  'GroundingMetadata',
);

export const UrlContextMetadata = t.partial(
  { urlMetadata: t.array(t.partial({ retrievedUrl: t.string, urlRetrievalStatus: t.string }, 'UrlMetadata')) },
  'UrlContextMetadata',
);

const CitationSource = t.partial(
  { startIndex: t.number, endIndex: t.number, uri: t.string, title: t.string, license: t.string, publicationDate: t.UnknownRecord },
  'CitationSource',
);

export const Candidate = t.partial(
  {
    index: t.number,
    content: Content,
    finishReason: FinishReason,
    safetyRatings: t.array(SafetyRating),
    // Gemini API: citationSources; Vertex AI: citations.
    citationMetadata: t.partial({ citationSources: t.array(CitationSource), citations: t.array(CitationSource) }, 'CitationMetadata'),
    tokenCount: t.number,
    groundingMetadata: GroundingMetadata,
    groundingAttributions: t.UnknownArray,
    urlContextMetadata: UrlContextMetadata,
    avgLogprobs: t.number,
    logprobsResult: t.UnknownRecord,
  },
  'Candidate',
);

const ModalityTokenCount = t.partial({ modality: t.string, tokenCount: t.number }, 'ModalityTokenCount');

export const UsageMetadata = t.partial(
  {
    promptTokenCount: t.number,
    cachedContentTokenCount: t.number,
    candidatesTokenCount: t.number,
    toolUsePromptTokenCount: t.number,
    thoughtsTokenCount: t.number,
    totalTokenCount: t.number,
    promptTokensDetails: t.array(ModalityTokenCount),
    cacheTokensDetails: t.array(ModalityTokenCount),
    candidatesTokensDetails: t.array(ModalityTokenCount),
    toolUsePromptTokensDetails: t.array(ModalityTokenCount),
    trafficType: t.string,
  },
  'UsageMetadata',
);

export const PromptFeedback = t.partial(
  { blockReason: BlockReason, blockReasonMessage: t.string, safetyRatings: t.array(SafetyRating) },
  'PromptFeedback',
);

/** generateContent's body, and every event of a streamGenerateContent stream. */
export const GenerateContentResponse = t.partial(
  {
    candidates: t.array(Candidate),
    promptFeedback: PromptFeedback,
    usageMetadata: UsageMetadata,
    modelVersion: t.string,
    responseId: t.string,
    // Vertex AI.
    createTime: t.string,
    modelStatus: t.UnknownRecord,
  },
  'GenerateContentResponse',
);

/** google.rpc.Status as Google's JSON APIs send it; `details` entries are typed by their `@type`. */
export const GeminiError = t.intersection(
  [t.type({ code: t.number, message: t.string, status: t.string }), t.partial({ details: t.array(t.UnknownRecord) })],
  'GeminiError',
);

export const GeminiErrorResponse = t.type({ error: GeminiError }, 'GeminiErrorResponse');
