/**
 * Five standard JSON:API client libraries, each reduced to what an application reads from it: a
 * resource's id and attributes and the resources a relationship leads to. Each is used the way its
 * documentation says; the two that need a model (devour, Orbit) get one declaring every attribute
 * and relationship of the document, with JSON:API's kinds (a to-one relationship `hasOne`).
 */
import { buildJSONAPISerializerFor, JSONAPISerializers } from '@orbit/jsonapi';
import {
  RecordSchema,
  type InitializedRecord,
  type ModelDefinition,
  type RecordIdentity,
} from '@orbit/records';
import JsonApi from 'devour-client';
import { Jsona } from 'jsona';
import jsonApiSerializer from 'jsonapi-serializer';
import * as kitsuCore from 'kitsu-core';
import type { ResourceObject } from './glue-client.js';

/** A JSON:API document as the storefront sent it. */
export interface JsonApiDocument {
  readonly data: ResourceObject | readonly ResourceObject[];
  readonly included?: readonly ResourceObject[];
}

/** One resource as a library gives it to the application. */
export interface ReadResource {
  readonly id: unknown;
  attribute(name: string): unknown;
  related(relationship: string): readonly ReadResource[];
}

export interface JsonApiReader {
  readonly library: string;
  /**
   * false: the library loses a resource's other attributes when one of them is named `attributes`
   * (as Glue's products have: their attribute map), and gives only that attribute's value.
   */
  readonly readsAnAttributeNamedAttributes: boolean;
  read(document: JsonApiDocument): Promise<readonly ReadResource[]>;
}

/** Relationships JSON:API clients model as to-one (one related resource by nature). */
/** kitsu-core's types use directory re-exports that `nodenext` resolution cannot follow. */
const { deserialise } = kitsuCore as unknown as { deserialise(document: unknown): { data: unknown } };

const TO_ONE: Readonly<Record<string, readonly string[]>> = { 'concrete-products': ['abstract-products'] };

type Loose = Record<string, unknown>;
const asList = (value: unknown): readonly Loose[] =>
  value === null || value === undefined ? [] : Array.isArray(value) ? (value as Loose[]) : [value as Loose];
const primary = (document: JsonApiDocument) =>
  Array.isArray(document.data) ? document.data : [document.data];
const everyResource = (document: JsonApiDocument) => [...primary(document), ...(document.included ?? [])];
const copy = <T>(value: T): T => structuredClone(value);
const camel = (name: string) => name.replace(/[-_]([a-z0-9])/g, (_, letter: string) => letter.toUpperCase());

/** Attribute and relationship names per type, over every resource of the document. */
function fieldsByType(document: JsonApiDocument) {
  const types = new Map<string, { attributes: Set<string>; relationships: Set<string> }>();
  for (const resource of everyResource(document)) {
    const fields = types.get(resource.type) ?? { attributes: new Set(), relationships: new Set() };
    Object.keys(resource.attributes).forEach((name) => fields.attributes.add(name));
    Object.keys(resource.relationships ?? {}).forEach((name) => fields.relationships.add(name));
    types.set(resource.type, fields);
  }
  return types;
}
const kindOf = (type: string, relationship: string) =>
  TO_ONE[type]?.includes(relationship) ? ('hasOne' as const) : ('hasMany' as const);

/** Libraries that embed related resources in the parent object under a key. */
function embedded(
  object: Loose,
  key: (name: string) => string,
  relatedOf: (value: unknown) => unknown,
): ReadResource {
  return {
    id: object['id'],
    attribute: (name) => object[key(name)],
    related: (relationship) =>
      asList(relatedOf(object[key(relationship)])).map((related) => embedded(related, key, relatedOf)),
  };
}

const kitsu: JsonApiReader = {
  library: 'kitsu-core',
  // kitsu-core's deattribute(): when `attributes.attributes` exists, it replaces `attributes` with it
  // and hoists nothing (dist/deattribute.mjs of kitsu-core 11.1.0).
  readsAnAttributeNamedAttributes: false,
  read: (document) => {
    const { data } = deserialise(copy(document));
    return Promise.resolve(
      asList(data).map((o) =>
        embedded(
          o,
          (name) => name,
          (value) => (value as Loose | undefined)?.['data'],
        ),
      ),
    );
  },
};

const jsona: JsonApiReader = {
  library: 'jsona',
  readsAnAttributeNamedAttributes: true,
  read: (document) => {
    const data = new Jsona().deserialize(JSON.stringify(document));
    return Promise.resolve(
      asList(data).map((o) =>
        embedded(
          o,
          (name) => name,
          (value) => value,
        ),
      ),
    );
  },
};

/** Configured as Oryx configures it (camelCase keys). */
const jsonapiSerializer: JsonApiReader = {
  library: 'jsonapi-serializer',
  readsAnAttributeNamedAttributes: true,
  read: async (document) => {
    const deserializer = new jsonApiSerializer.Deserializer({ keyForAttribute: 'camelCase' });
    const data: unknown = await deserializer.deserialize(copy(document));
    return asList(data).map((o) => embedded(o, camel, (value) => value));
  },
};

const devour: JsonApiReader = {
  library: 'devour-client',
  readsAnAttributeNamedAttributes: true,
  read: (document) => {
    const api = new JsonApi({ apiUrl: 'http://storefront.invalid', logger: false });
    for (const [type, fields] of fieldsByType(document)) {
      const model: Record<string, string | { jsonApi: 'hasOne' | 'hasMany'; type: string }> = {};
      fields.attributes.forEach((name) => (model[name] = ''));
      fields.relationships.forEach((name) => (model[name] = { jsonApi: kindOf(type, name), type: name }));
      api.define(api.pluralize.singular(type), model);
    }
    const included = copy(document.included ?? []);
    const data = Array.isArray(document.data)
      ? api.deserialize.collection.call(api, copy(document.data), included)
      : [api.deserialize.resource.call(api, copy(document.data), included)];
    api.deserialize.cache.clear();
    return Promise.resolve(
      data.map((o) =>
        embedded(
          o,
          (name) => name,
          (value) => value,
        ),
      ),
    );
  },
};

const orbit: JsonApiReader = {
  library: '@orbit/jsonapi',
  readsAnAttributeNamedAttributes: true,
  read: (document) => {
    const models: Record<string, ModelDefinition> = {};
    for (const [type, fields] of fieldsByType(document)) {
      models[type] = {
        attributes: Object.fromEntries([...fields.attributes].map((name) => [name, {}])),
        relationships: Object.fromEntries(
          [...fields.relationships].map((name) => [name, { kind: kindOf(type, name), type: name }]),
        ),
      };
    }
    const serializer = buildJSONAPISerializerFor({ schema: new RecordSchema({ models }) });
    const documentSerializer = serializer(JSONAPISerializers.ResourceDocument);
    if (documentSerializer === undefined) throw new Error('@orbit/jsonapi has no document serializer');
    const read = documentSerializer.deserialize(copy(document)) as {
      data: InitializedRecord | InitializedRecord[];
      included?: InitializedRecord[];
    };
    const records = [...asList(read.data), ...(read.included ?? [])] as InitializedRecord[];
    const node = (record: InitializedRecord): ReadResource => ({
      id: record.id,
      attribute: (name) => record.attributes?.[name],
      related: (relationship) =>
        asList(record.relationships?.[relationship]?.data).map((identity) => {
          const { type, id } = identity as unknown as RecordIdentity;
          const found = records.find((candidate) => candidate.type === type && candidate.id === id);
          return found ? node(found) : { id, attribute: () => undefined, related: () => [] };
        }),
    });
    return Promise.resolve((Array.isArray(read.data) ? read.data : [read.data]).map(node));
  },
};

export const JSON_API_READERS: readonly JsonApiReader[] = [kitsu, jsona, jsonapiSerializer, devour, orbit];
