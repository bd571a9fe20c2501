import { Actor } from '../../../platform/auth/actor';
import { canWriteDocuments } from '../../../platform/auth/visibility';
import { forbidden, Reason } from '../../../platform/errors';

/** Rejects a caller whose roles only read, such as an analyst. */
export function requireWriter(actor: Actor): void {
  if (!canWriteDocuments(actor)) {
    throw forbidden(
      'Your role only reads documents, so it cannot change work orders or service orders',
      Reason.READ_ONLY_ROLE,
    );
  }
}
