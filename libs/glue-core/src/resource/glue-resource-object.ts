/** A related resource reference (JSON:API resource identifier). */
export interface GlueResourceIdentifier {
  readonly type: string;
  readonly id: string;
}

/**
 * What a resource controller returns: plain resource objects. Conventions decide the wire format;
 * controllers never build documents.
 */
export interface GlueResourceObject<
  TAttributes extends object = Readonly<Record<string, unknown>>,
  TSource = unknown,
> {
  readonly type: string;
  readonly id: string;
  readonly attributes: TAttributes;
  /**
   * Not kept under an id a client could ask for again (a token pair): in Glue compatibility mode a
   * convention sends its id as `null`, as Glue does; strict JSON:API needs an id on every resource
   * object of a response (JSON:API 1.1 §7.2), so strict mode sends `id`. Its type declares
   * `@GlueResource({ transient: true })`.
   */
  readonly transient?: boolean;
  /** The resource's own URL path, relative to the application (`/abstract-products/001`). */
  readonly selfPath?: string;
  /**
   * What the resource was built from (a facade transfer). Never sent: relationship loaders read
   * internal keys from it, so related resources load in one batch without looking parents up again.
   */
  readonly source?: TSource;
}

/** One page of a collection, with the total used for pagination links and `meta.page.total`. */
export interface GlueCollection<TAttributes extends object = Readonly<Record<string, unknown>>> {
  readonly kind: 'collection';
  readonly resources: readonly GlueResourceObject<TAttributes>[];
  readonly total: number;
}

export type GlueResult = GlueResourceObject | GlueCollection | null | undefined;

/**
 * A result sent with a status of its own instead of the route's: a resource whose document is the
 * answer even when it reports a failure (Glue's `health-check` sends its document with 503).
 * Declare the extra statuses with `@ResultStatuses()` so the API description knows them.
 */
export interface GlueResultWithStatus {
  readonly kind: 'with-status';
  readonly status: number;
  readonly result: GlueResourceObject | GlueCollection;
}

/** What a resource handler may return. */
export type GlueHandlerResult = GlueResult | GlueResultWithStatus;

export function withStatus(
  result: GlueResourceObject | GlueCollection,
  status: number,
): GlueResultWithStatus {
  return { kind: 'with-status', status, result };
}

function isWithStatus(value: unknown): value is GlueResultWithStatus {
  return typeof value === 'object' && value !== null && (value as { kind?: unknown }).kind === 'with-status';
}

/** The result to format and the status to send it with. */
export function unwrapStatus(
  result: GlueHandlerResult,
  status: number,
): { result: GlueResult; status: number } {
  return isWithStatus(result) ? { result: result.result, status: result.status } : { result, status };
}

export function collection<TAttributes extends object>(
  resources: readonly GlueResourceObject<TAttributes>[],
  total: number,
): GlueCollection<TAttributes> {
  return { kind: 'collection', resources, total };
}

export function isGlueCollection(value: unknown): value is GlueCollection {
  return typeof value === 'object' && value !== null && (value as { kind?: unknown }).kind === 'collection';
}

export function isGlueResourceObject(value: unknown): value is GlueResourceObject {
  if (typeof value !== 'object' || value === null) return false;
  const candidate = value as Partial<GlueResourceObject>;
  return typeof candidate.type === 'string' && typeof candidate.id === 'string' && 'attributes' in candidate;
}
