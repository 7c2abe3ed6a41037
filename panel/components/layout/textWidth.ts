let context: CanvasRenderingContext2D | null | undefined;

/**
 * The width in pixels `text` takes in `font` (a CSS font shorthand), measured on a canvas that is
 * never attached; a rough 7 px a character where there is no canvas (happy-dom in tests).
 */
export function textWidth(text: string, font: string): number {
  context ??= typeof document === 'undefined' ? null : document.createElement('canvas').getContext('2d');
  if (context === null) return text.length * 7;
  context.font = font;
  return context.measureText(text).width;
}
