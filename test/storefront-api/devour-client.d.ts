/** The part of devour-client (no types of its own) that json-api-readers.ts uses: its deserializer. */
declare module 'devour-client' {
  interface DevourRelationship {
    readonly jsonApi: 'hasOne' | 'hasMany';
    readonly type: string;
  }
  interface DevourDeserializer {
    resource(this: JsonApi, item: unknown, included: readonly unknown[]): Record<string, unknown>;
    collection(
      this: JsonApi,
      items: readonly unknown[],
      included: readonly unknown[],
    ): Record<string, unknown>[];
    readonly cache: { clear(): void };
  }
  export default class JsonApi {
    constructor(options: { readonly apiUrl: string; readonly logger?: boolean });
    readonly deserialize: DevourDeserializer;
    readonly pluralize: { singular(word: string): string };
    define(modelName: string, attributes: Record<string, string | DevourRelationship>): void;
  }
}
