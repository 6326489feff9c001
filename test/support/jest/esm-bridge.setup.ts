/**
 * Jest setup file of both projects: registers the ES module instances that CommonJS packages of
 * the Nest ecosystem receive when they `require()` them (see esm-bridge.resolver.js).
 */
// eslint-disable-next-line no-restricted-imports -- the namespaces are handed over whole, not used here
import * as common from '@nestjs/common';
// eslint-disable-next-line no-restricted-imports -- the namespaces are handed over whole, not used here
import * as core from '@nestjs/core';
import * as jose from 'jose';

const REGISTRY = Symbol.for('glue.jest.esm-bridge');

(globalThis as Record<symbol, unknown>)[REGISTRY] = {
  '@nestjs/common': common,
  '@nestjs/core': core,
  jose,
};
