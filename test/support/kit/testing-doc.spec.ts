/**
 * docs/testing.md shows real code: every fenced block whose first line names a file
 * (`// test/third-application/partner-api.e2e-spec.ts`) must appear in that file, line for line
 * (indentation aside, since Prettier re-indents an excerpt), a line `// …` standing for lines left out.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const repoRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../..');
const read = (file: string): string => readFileSync(path.join(repoRoot, file), 'utf8');
const trimmedLines = (text: string): string[] =>
  text
    .split('\n')
    .map((line) => line.trim())
    .filter((line) => line !== '');

interface Example {
  readonly file: string;
  /** Runs of lines that must appear in the file, in this order. */
  readonly fragments: readonly (readonly string[])[];
}

function examples(markdown: string): Example[] {
  const found: Example[] = [];
  for (const [, body] of markdown.matchAll(/^```(?:ts|js)\n([\s\S]*?)^```$/gm)) {
    const [first, ...rest] = trimmedLines(body ?? '');
    const file = /^\/\/ ([\w./-]+\.[jt]s)$/.exec(first ?? '')?.[1];
    if (!file) continue;
    const fragments: string[][] = [[]];
    for (const line of rest) {
      if (line.startsWith('// …')) fragments.push([]);
      else fragments[fragments.length - 1]?.push(line);
    }
    found.push({ file, fragments: fragments.filter((fragment) => fragment.length > 0) });
  }
  return found;
}

/** Where `fragment` starts in `lines` at or after `from`, or -1. */
function indexOfRun(lines: readonly string[], fragment: readonly string[], from: number): number {
  for (let start = from; start + fragment.length <= lines.length; start += 1) {
    if (fragment.every((line, offset) => lines[start + offset] === line)) return start;
  }
  return -1;
}

describe('docs/testing.md', () => {
  const found = examples(read('docs/testing.md'));

  it('shows examples taken from real files', () => {
    expect(found.map((example) => example.file)).toEqual(
      expect.arrayContaining([
        'test/third-application/partner-api.e2e-spec.ts',
        'test/third-application/partner-api.module.ts',
        'test/support/kit/kit.e2e-spec.ts',
        'jest.config.js',
      ]),
    );
  });

  it.each(found.map((example) => [example.file, example] as const))('shows %s as it is', (file, example) => {
    const lines = trimmedLines(read(file));
    let from = 0;
    for (const fragment of example.fragments) {
      const start = indexOfRun(lines, fragment, from);
      if (start < 0) {
        throw new Error(
          `docs/testing.md shows lines that ${file} does not have (in this order):\n${fragment.join('\n')}`,
        );
      }
      from = start + fragment.length;
    }
  });
});
