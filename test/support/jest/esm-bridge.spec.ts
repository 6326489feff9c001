import { Reflector } from '@nestjs/core';
import { ThrottlerGuard } from '@nestjs/throttler';

describe('CommonJS Nest packages under Jest (ADR 0007)', () => {
  it('hands a CommonJS package the ES module instances the test loaded', () => {
    // ThrottlerGuard is CommonJS and injects the Reflector it required: it must be this very class,
    // or Nest could not resolve the guard's dependency.
    const parameters = Reflect.getMetadata('design:paramtypes', ThrottlerGuard) as unknown[];
    expect(parameters).toContain(Reflector);
  });
});
