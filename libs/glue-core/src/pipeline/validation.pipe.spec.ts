import type { ArgumentMetadata } from '@nestjs/common';
import { IsOptional, IsString } from 'class-validator';
import { GlueHttpException } from '../errors/glue-http.exception.js';
import { GlueValidationPipe, glueValidationCode } from './validation.pipe.js';

class NameAttributes {
  @IsString(glueValidationCode('901'))
  readonly firstName!: string;

  @IsOptional()
  @IsString()
  readonly lastName?: string;
}

const metadata: ArgumentMetadata = { type: 'custom', metatype: NameAttributes };

async function refusal(pipe: GlueValidationPipe, value: unknown): Promise<GlueHttpException> {
  try {
    await pipe.transform(value, metadata);
  } catch (error) {
    if (error instanceof GlueHttpException) return error;
    throw error;
  }
  throw new Error('expected the attributes to be refused');
}

describe('GlueValidationPipe', () => {
  const strict = new GlueValidationPipe({ name: 'test', conventions: [], glueCompatibility: false });
  const glue = new GlueValidationPipe({ name: 'test', conventions: [], glueCompatibility: true });

  it('refuses an unknown attribute with 422 naming it (strict JSON:API)', async () => {
    const error = await refusal(strict, { firstName: 'Ann', customerReference: 'DE--9' });
    expect(error.errors).toEqual([
      {
        status: 422,
        code: '422',
        title: 'Invalid attribute',
        detail: 'Attribute "customerReference" is not known.',
        source: { attribute: 'customerReference' },
      },
    ]);
  });

  it('drops unknown attributes in Glue compatibility mode, so they are never applied', async () => {
    const value: unknown = await glue.transform(
      { firstName: 'Ann', customer_reference: 'DE--9', id: 'x' },
      metadata,
    );
    expect(value).toBeInstanceOf(NameAttributes);
    expect({ ...(value as object) }).toEqual({ firstName: 'Ann' });
  });

  it("still refuses an invalid known attribute with 422 in Glue compatibility mode, with Glue's code", async () => {
    const error = await refusal(glue, { firstName: 7, extra: true });
    expect(error.errors).toEqual([
      expect.objectContaining({ status: 422, code: '901', source: { attribute: 'firstName' } }),
    ]);
    const strictError = await refusal(strict, { firstName: 7 });
    expect(strictError.errors).toEqual([expect.objectContaining({ status: 422, code: '422' })]);
  });

  it('is strict without application options', async () => {
    const error = await refusal(new GlueValidationPipe(), { firstName: 'Ann', extra: 1 });
    expect(error.errors[0]?.source).toEqual({ attribute: 'extra' });
  });
});
