import type { FormatInfo } from '../../decode/index';

/** A normalized field that a format may call by another name (decode/'s NativeFieldNames). */
export type NativeField = keyof FormatInfo['nativeNames'];

/**
 * The label a field is shown under: the format's own name for it (an Anthropic user reads
 * `stop_reason` and `input_tokens`), else the normalized name when the format has no such field.
 */
export function nativeLabel(info: FormatInfo, field: NativeField): string {
  return info.nativeNames[field] ?? field;
}

/**
 * What a missing value reads: "not reported by Anthropic" when the format has no such field at
 * all (Anthropic's total, Ollama's id), so the user sees the absence is the format's and not a
 * decoding bug; plain "not reported" when the format has the field and this response left it out.
 */
export function notReportedText(info: FormatInfo, field: NativeField): string {
  return info.nativeNames[field] === null ? `not reported by ${info.label}` : 'not reported';
}
