/**
 * The two web-platform globals decode/ uses, which every JavaScript runtime it runs in has (the
 * extension's pages, Node ≥ 18, workers). decode/tsconfig.json compiles decode/ without the DOM
 * and Node type libraries, so that nothing else of either can creep in; the root tsconfig, which
 * has both, leaves this file out.
 */
declare class TextDecoder {
  constructor(label?: string, options?: { fatal?: boolean; ignoreBOM?: boolean });
  decode(input?: ArrayBufferView | ArrayBuffer, options?: { stream?: boolean }): string;
}
declare function atob(data: string): string;
