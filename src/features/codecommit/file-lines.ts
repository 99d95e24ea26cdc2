/** The lines of a text file as an editor numbers them: a final newline does not start another line. */
export function countLines(text: string): number {
  if (text === '') return 0;
  const breaks = text.split('\n').length - 1;
  return text.endsWith('\n') ? breaks : breaks + 1;
}

/** `1\n2\n3`, the gutter beside the file's text. */
export const lineNumbers = (count: number) => Array.from({ length: count }, (_, i) => i + 1).join('\n');
