/**
 * Text in figures, without measuring: a figure is laid out at build time
 * (no fonts loaded) and must survive a host that strips its font, so widths
 * are estimated generously for any sans-serif face.
 */

/** A rough width for a label in the UI face: enough to place labels without measuring. */
export const textWidth = (text: string, size: number) => text.length * size * 0.6;

/** Splits a label into lines that fit `width` at `size` (words are never broken). */
export function wrapText(text: string, size: number, width: number): string[] {
  const lines: string[] = [];
  for (const word of text.split(' ')) {
    const last = lines[lines.length - 1];
    if (last !== undefined && textWidth(`${last} ${word}`, size) <= width) lines[lines.length - 1] = `${last} ${word}`;
    else lines.push(word);
  }
  return lines;
}
