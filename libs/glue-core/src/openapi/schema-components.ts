import type { GlueSchemaComponents, JsonSchema } from './api-description.js';

const COMPONENT_NAME = /[^A-Za-z0-9._-]/g;

/** `components.schemas` of one document: each name built once, classes named uniquely. */
export class SchemaComponents implements GlueSchemaComponents {
  private readonly schemas = new Map<string, JsonSchema>();
  private readonly classNames = new Map<object, string>();

  ref(name: string, build: () => JsonSchema): JsonSchema {
    const key = name.replace(COMPONENT_NAME, '_');
    if (!this.schemas.has(key)) {
      // Registered before it is built, so that a schema may refer to itself.
      this.schemas.set(key, {});
      this.schemas.set(key, build());
    }
    return { $ref: `#/components/schemas/${key}` };
  }

  /** A `$ref` to the schema of a class, under the class's name (suffixed when two classes share it). */
  refForClass(type: abstract new (...args: never[]) => unknown, build: () => JsonSchema): JsonSchema {
    let name = this.classNames.get(type);
    if (name === undefined) {
      const base = type.name.replace(COMPONENT_NAME, '_') || 'Attributes';
      const taken = new Set(this.classNames.values());
      name = base;
      for (let suffix = 2; taken.has(name) || this.schemas.has(name); suffix += 1) name = `${base}${suffix}`;
      this.classNames.set(type, name);
    }
    return this.ref(name, build);
  }

  /** The schemas, sorted by name (a stable document whatever the order they were first used in). */
  toJSON(): Record<string, JsonSchema> {
    return Object.fromEntries([...this.schemas].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)));
  }
}
