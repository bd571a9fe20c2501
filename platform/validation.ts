import { validate } from 'class-validator';
import { FieldErrors, flattenValidationErrors } from './errors';

/**
 * Runs the class-validator rules of an input object and adds every failure to `errors` under
 * `prefix` (usually the argument name), so domain checks can add theirs before one error is thrown.
 */
export async function collectInputErrors(
  input: object,
  prefix: string,
  errors: FieldErrors,
): Promise<void> {
  const failures = await validate(input, { forbidUnknownValues: false });
  for (const field of flattenValidationErrors(failures, prefix)) {
    errors.add(field.path, field.message);
  }
}

/** Validates an input object and throws one `BAD_USER_INPUT` error listing every failed rule. */
export async function validateInput(input: object, prefix: string): Promise<void> {
  const errors = new FieldErrors();
  await collectInputErrors(input, prefix, errors);
  errors.throwIfAny();
}
