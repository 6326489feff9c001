import type { GlueSchemaComponents, JsonSchema } from './api-description.js';

const COMPONENT_NAME = /[^A-Za-z0-9._-]/g;
const COMPONENTS = '#/components/schemas/';

/** `components.schemas` of one document: each name built once, classes and `$id`s named uniquely. */
export class SchemaComponents implements GlueSchemaComponents {
  private readonly schemas = new Map<string, JsonSchema>();
  private readonly names = new Map<unknown, string>();

  ref(name: string, build: () => JsonSchema): JsonSchema {
    const key = name.replace(COMPONENT_NAME, '_');
    if (!this.schemas.has(key)) {
      // Registered before it is built, so that a schema may refer to itself.
      this.schemas.set(key, {});
      this.schemas.set(key, build());
    }
    return { $ref: `${COMPONENTS}${key}` };
  }

  /** A `$ref` to the schema of a class, under the class's name (suffixed when two classes share it). */
  refForClass(type: abstract new (...args: never[]) => unknown, build: () => JsonSchema): JsonSchema {
    return this.ref(this.uniqueName(type, type.name || 'Attributes'), build);
  }

  /**
   * The schema with every subschema that has an `$id` (a TypeBox `Type.Recursive`) moved into the
   * components and referred to there, so that one document never holds an `$id` twice, however
   * many operations use the schema.
   */
  hoistIdentified(schema: JsonSchema): JsonSchema {
    const targets = new Map<string, string>();
    const collect = (node: unknown): void => {
      if (Array.isArray(node)) return node.forEach(collect);
      if (typeof node !== 'object' || node === null) return;
      const id = (node as JsonSchema)['$id'];
      if (typeof id === 'string') targets.set(id, this.uniqueName(`$id:${id}`, id));
      Object.values(node).forEach(collect);
    };
    const rewrite = (node: unknown): unknown => {
      if (Array.isArray(node)) return node.map(rewrite);
      if (typeof node !== 'object' || node === null) return node;
      const { $id: id, $ref: reference, ...rest } = node as JsonSchema;
      const members = Object.fromEntries(Object.entries(rest).map(([key, value]) => [key, rewrite(value)]));
      const target = typeof id === 'string' ? targets.get(id) : undefined;
      if (target !== undefined) return this.ref(target, () => members);
      const pointed = typeof reference === 'string' ? targets.get(reference) : undefined;
      return {
        ...(id !== undefined && { $id: id }),
        ...(reference !== undefined && {
          $ref: pointed !== undefined ? `${COMPONENTS}${pointed}` : reference,
        }),
        ...members,
      };
    };
    collect(schema);
    return targets.size === 0 ? schema : (rewrite(schema) as JsonSchema);
  }

  /** The schemas, sorted by name (a stable document whatever the order they were first used in). */
  toJSON(): Record<string, JsonSchema> {
    return Object.fromEntries([...this.schemas].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)));
  }

  private uniqueName(key: unknown, preferred: string): string {
    let name = this.names.get(key);
    if (name === undefined) {
      const base = preferred.replace(COMPONENT_NAME, '_');
      const taken = new Set(this.names.values());
      name = base;
      for (let suffix = 2; taken.has(name) || this.schemas.has(name); suffix += 1) name = `${base}${suffix}`;
      this.names.set(key, name);
    }
    return name;
  }
}
