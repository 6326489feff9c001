/**
 * A response the pipeline has fully decided: status, headers and serialized body. The Glue adapter
 * sends it as it is, so nothing appends a charset to a media type that forbids parameters and the
 * status can depend on the result (201, 204, 304).
 */
export class GlueHttpReply {
  constructor(
    readonly status: number,
    readonly headers: Readonly<Record<string, string>>,
    readonly body: string | null,
  ) {}

  static json(
    status: number,
    contentType: string,
    body: unknown,
    headers: Record<string, string> = {},
  ): GlueHttpReply {
    return new GlueHttpReply(status, { ...headers, 'Content-Type': contentType }, JSON.stringify(body));
  }

  static empty(status: number, headers: Record<string, string> = {}): GlueHttpReply {
    return new GlueHttpReply(status, headers, null);
  }
}
