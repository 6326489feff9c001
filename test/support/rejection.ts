/**
 * The error `promise` rejects with, when it is an instance of `errorClass`; otherwise (it resolves, or
 * rejects with something else) a rejection that says so. For specs:
 * `expect((await rejectionOf(facade.updateUser(id, input), UserException)).code).toBe(…)`.
 */
export async function rejectionOf<E extends Error>(
  promise: Promise<unknown>,
  errorClass: abstract new (...args: never[]) => E,
): Promise<E> {
  const outcome = await promise.then(
    (value: unknown) => ({ rejected: false as const, value }),
    (reason: unknown) => ({ rejected: true as const, reason }),
  );
  if (!outcome.rejected) {
    throw new Error(`Expected a rejection with ${errorClass.name}, but the promise resolved.`);
  }
  if (!(outcome.reason instanceof errorClass)) {
    throw new Error(`Expected a rejection with ${errorClass.name}.`, { cause: outcome.reason });
  }
  return outcome.reason;
}
