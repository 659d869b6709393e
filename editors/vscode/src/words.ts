// Picking the word for "Add Word to Dictionary".

/** The word to add to the dictionary: the selection, else the word under the cursor. */
export function wordAt(line: string, character: number): string | undefined {
  const word = /[\p{L}\p{M}\p{N}][\p{L}\p{M}\p{N}'’-]*/gu;
  for (const m of line.matchAll(word)) {
    const start = m.index ?? 0;
    const end = start + m[0].length;
    if (character >= start && character <= end) return m[0].replace(/['’-]+$/, '');
  }
  return undefined;
}
