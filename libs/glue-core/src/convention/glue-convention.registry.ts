import type { GlueConvention, NegotiatedFormat } from './glue-convention.js';
import {
  mediaRangeMatches,
  mediaTypeExtensions,
  parseAccept,
  parseMediaType,
  type MediaRange,
  type MediaType,
} from './media-type.js';

export const GLUE_CONVENTIONS = Symbol('GLUE_CONVENTIONS');

const ACCEPT_CACHE_SIZE = 256;

/** Parameters a generic label of a Glue client's document may carry (`text/plain;charset=UTF-8`). */
const GLUE_LABEL_PARAMETERS: ReadonlySet<string> = new Set(['charset', 'version']);

/** The conventions of one application, looked up by name or negotiated from headers. */
export class GlueConventionRegistry {
  private readonly byName: ReadonlyMap<string, GlueConvention>;
  private readonly acceptCache = new Map<string, readonly MediaRange[]>();

  constructor(private readonly conventions: readonly GlueConvention[]) {
    if (conventions.length === 0) throw new Error('A Glue application needs at least one convention.');
    this.byName = new Map(conventions.map((convention) => [convention.name, convention]));
  }

  /** The application's first convention: it formats errors when nothing was negotiated. */
  get default(): GlueConvention {
    return this.conventions[0] as GlueConvention;
  }

  get all(): readonly GlueConvention[] {
    return this.conventions;
  }

  /** The named conventions, in the given order; an unknown name is a start-up error. */
  select(names: readonly string[], owner: string): readonly GlueConvention[] {
    return names.map((name) => {
      const convention = this.byName.get(name);
      if (!convention)
        throw new Error(`${owner} serves convention "${name}", which the application does not register.`);
      return convention;
    });
  }

  /**
   * The convention that formats the response: per RFC 9110 the most specific matching range gives
   * each convention its q; the highest q wins and ties go to the first of `candidates`.
   */
  negotiateAccept(accept: string, candidates: readonly GlueConvention[]): NegotiatedFormat | null {
    const ranges = this.parsedAccept(accept);
    let best: { format: NegotiatedFormat; q: number } | null = null;
    for (const convention of candidates) {
      const match = bestRange(ranges, convention);
      if (!match || match.q === 0) continue;
      if (!best || match.q > best.q) {
        best = { q: match.q, format: { convention, mediaType: match } };
      }
    }
    return best?.format ?? null;
  }

  /** Clients send the same few Accept headers over and over; parse each once (bounded). */
  private parsedAccept(accept: string): readonly MediaRange[] {
    let ranges = this.acceptCache.get(accept);
    if (!ranges) {
      ranges = parseAccept(accept);
      if (this.acceptCache.size >= ACCEPT_CACHE_SIZE) this.acceptCache.clear();
      this.acceptCache.set(accept, ranges);
    }
    return ranges;
  }

  /**
   * The convention that reads a request body of this `Content-Type`, or `null` (415). With `glue`
   * (Glue compatibility mode) a body labelled with a convention's `glueRequestMediaTypes` may go to
   * that convention instead (see there): `glue.body` is the parsed body it recognises or not.
   */
  negotiateContentType(
    contentType: string,
    candidates: readonly GlueConvention[],
    glue?: { readonly body: unknown },
  ): NegotiatedFormat | null {
    const mediaType = parseMediaType(contentType);
    if (!mediaType) return null;
    const essence = `${mediaType.type}/${mediaType.subtype}`;
    const own = candidates.find(
      (candidate) => readsEssence(candidate, essence) && selects(candidate, mediaType),
    );
    const lenient =
      glue && Object.keys(mediaType.parameters).every((name) => GLUE_LABEL_PARAMETERS.has(name))
        ? candidates.filter((candidate) => candidate.glueRequestMediaTypes?.includes(essence))
        : [];
    const convention =
      lenient.find((candidate) => candidate.isDocument?.(glue?.body) ?? true) ?? own ?? lenient[0];
    return convention ? { convention, mediaType } : null;
  }

  /**
   * Why a header negotiated nothing, when the reason is an extension: the first convention among
   * `candidates` whose media type the header names only with extensions (`ext`) it does not
   * support, and those extensions. In `Accept`, every instance of the media type must name one.
   */
  unsupportedExtensions(
    header: string,
    candidates: readonly GlueConvention[],
    kind: 'accept' | 'content-type',
  ): { readonly convention: GlueConvention; readonly extensions: readonly string[] } | null {
    const mediaTypes = kind === 'accept' ? this.parsedAccept(header) : [parseMediaType(header)];
    for (const convention of candidates) {
      const named = mediaTypes.filter(
        (mediaType): mediaType is MediaType =>
          mediaType !== null &&
          (kind === 'accept'
            ? `${mediaType.type}/${mediaType.subtype}` === convention.mediaType
            : readsEssence(convention, `${mediaType.type}/${mediaType.subtype}`)),
      );
      const unsupported = named.map((mediaType) => unsupportedExtensions(convention, mediaType));
      if (unsupported.length > 0 && unsupported.every((extensions) => extensions.length > 0)) {
        return { convention, extensions: [...new Set(unsupported.flat())] };
      }
    }
    return null;
  }
}

function readsEssence(convention: GlueConvention, essence: string): boolean {
  return (convention.requestMediaTypes ?? [convention.mediaType]).includes(essence);
}

/**
 * Whether a media type (with its parameters) may select the convention: the parameters are ones it
 * accepts, and every extension its `ext` names is one the convention supports (JSON:API 1.1 §5.1).
 */
function selects(convention: GlueConvention, mediaType: MediaType): boolean {
  return (
    convention.acceptsParameters(mediaType.parameters) &&
    unsupportedExtensions(convention, mediaType).length === 0
  );
}

function unsupportedExtensions(convention: GlueConvention, mediaType: MediaType): string[] {
  const supported = convention.extensions ?? [];
  return mediaTypeExtensions(mediaType).filter((extension) => !supported.includes(extension));
}

function bestRange(ranges: readonly MediaRange[], convention: GlueConvention): MediaRange | null {
  const exact = ranges.filter((range) => `${range.type}/${range.subtype}` === convention.mediaType);
  // JSON:API: when every instance of its media type carries a forbidden parameter, or names an
  // extension the convention does not support, it is not acceptable.
  if (exact.length > 0) {
    return exact.find((range) => selects(convention, range)) ?? null;
  }
  const wildcards = ranges.filter((range) => mediaRangeMatches(range, convention.mediaType));
  // Ranges are sorted by q, then specificity; the most specific wildcard decides.
  return [...wildcards].sort((a, b) => rank(b) - rank(a))[0] ?? null;
}

function rank(range: MediaRange): number {
  return range.subtype === '*' && range.type !== '*' ? 1 : 0;
}
