/** A parsed media type such as `application/vnd.api+json; version=1.1`. */
export interface MediaType {
  readonly type: string;
  readonly subtype: string;
  readonly parameters: Readonly<Record<string, string>>;
}

/** A media range from `Accept` with its quality. */
export interface MediaRange extends MediaType {
  readonly q: number;
  /** Position in the header: ties in q keep the client's order. */
  readonly index: number;
}

const TOKEN = /^[!#$%&'*+.^_`|~0-9A-Za-z-]+$/;

/** Parses one media type; `null` when it is not a syntactically valid `type/subtype`. */
export function parseMediaType(value: string): MediaType | null {
  const [essence = '', ...rawParameters] = splitOutsideQuotes(value, ';');
  const [type = '', subtype = '', ...rest] = essence.trim().toLowerCase().split('/');
  if (rest.length > 0 || !TOKEN.test(type) || !TOKEN.test(subtype)) return null;
  const parameters: Record<string, string> = {};
  for (const raw of rawParameters) {
    const separator = raw.indexOf('=');
    if (separator <= 0) return null;
    const name = raw.slice(0, separator).trim().toLowerCase();
    let parameterValue = raw.slice(separator + 1).trim();
    if (parameterValue.startsWith('"') && parameterValue.endsWith('"') && parameterValue.length >= 2) {
      parameterValue = parameterValue.slice(1, -1).replace(/\\(.)/g, '$1');
    }
    if (!TOKEN.test(name)) return null;
    parameters[name] = parameterValue;
  }
  return { type, subtype, parameters };
}

/** Parses an `Accept` header into media ranges, best first; malformed ranges are skipped. */
export function parseAccept(header: string): MediaRange[] {
  const ranges: MediaRange[] = [];
  splitOutsideQuotes(header, ',').forEach((part, index) => {
    if (part.trim() === '') return;
    const parsed = parseMediaType(part);
    if (!parsed) return;
    const { q: rawQ, ...parameters } = parsed.parameters;
    const q = rawQ === undefined ? 1 : Number(rawQ);
    if (!Number.isFinite(q) || q < 0 || q > 1) return;
    ranges.push({ type: parsed.type, subtype: parsed.subtype, parameters, q, index });
  });
  return ranges.sort((a, b) => b.q - a.q || specificity(b) - specificity(a) || a.index - b.index);
}

/** `*\/*` < `type/*` < `type/subtype`; more specific ranges win a tie in q. */
function specificity(range: MediaType): number {
  if (range.type === '*') return 0;
  return range.subtype === '*' ? 1 : 2;
}

/** The extension URIs of a media type's `ext` parameter (space-separated, JSON:API 1.1 §5.1). */
export function mediaTypeExtensions(mediaType: MediaType): string[] {
  const ext = mediaType.parameters['ext'];
  return ext === undefined ? [] : ext.split(/\s+/).filter((uri) => uri !== '');
}

export function mediaRangeMatches(range: MediaType, essence: string): boolean {
  const [type, subtype] = essence.split('/');
  return (range.type === '*' || range.type === type) && (range.subtype === '*' || range.subtype === subtype);
}

export function formatMediaType(essence: string, parameters: Readonly<Record<string, string>> = {}): string {
  const suffix = Object.entries(parameters)
    .map(([name, value]) => `; ${name}=${value}`)
    .join('');
  return `${essence}${suffix}`;
}

function splitOutsideQuotes(value: string, separator: string): string[] {
  const parts: string[] = [];
  let current = '';
  let quoted = false;
  for (let i = 0; i < value.length; i += 1) {
    const char = value[i] as string;
    if (char === '"' && value[i - 1] !== '\\') quoted = !quoted;
    if (char === separator && !quoted) {
      parts.push(current);
      current = '';
    } else {
      current += char;
    }
  }
  parts.push(current);
  return parts;
}
