import 'reflect-metadata';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { environmentDefaults } from '#glue-core';
import { BACKEND_API_CONFIG } from '../apps/backend-api/src/config/backend-api.config.js';
import { STOREFRONT_API_CONFIG } from '../apps/storefront-api/src/config/storefront-api.config.js';
import { START_CONFIG } from './start.config.js';

/** `NAME=value` lines of `.env.example`, commented out or not. */
function exampleVariables(): [string, string][] {
  return readFileSync(path.resolve('.env.example'), 'utf8')
    .split('\n')
    .map((line) => /^#?\s*([A-Z][A-Z0-9_]*)=(.*)$/.exec(line))
    .filter((match) => match !== null)
    .map((match) => [match[1]!, match[2]!]);
}

/** How `.env.example` writes a default: as the environment would spell it, a path as given. */
function spelled(value: unknown, example: string): string {
  if (value === null || value === undefined) return '';
  if (Array.isArray(value)) return value.join(',');
  if (typeof value === 'string' && path.isAbsolute(value) && path.resolve(example) === value) return example;
  return typeof value === 'object' ? JSON.stringify(value) : `${value as string | number | boolean}`;
}

describe('.env.example', () => {
  const declared = new Map<string, unknown>();
  for (const config of [START_CONFIG, STOREFRONT_API_CONFIG, BACKEND_API_CONFIG]) {
    for (const [name, value] of environmentDefaults(config.schema)) declared.set(name, value);
  }
  const listed = exampleVariables();

  it('lists every variable the schemas declare, once, and nothing else', () => {
    const names = listed.map(([name]) => name);
    expect(names.filter((name, index) => names.indexOf(name) !== index)).toEqual([]);
    expect([...names].sort()).toEqual([...declared.keys()].sort());
  });

  it('gives each its default as the schema declares it', () => {
    for (const [name, example] of listed) {
      expect({ name, value: example }).toEqual({ name, value: spelled(declared.get(name), example) });
    }
  });
});
