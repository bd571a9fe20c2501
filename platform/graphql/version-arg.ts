import { Arg, Int } from 'type-graphql';

/** Declares the optional `version` argument that every step on a document takes. */
export function VersionArg() {
  return Arg('version', () => Int, {
    nullable: true,
    description:
      'The version the client last read. When the document has changed since, the step is rejected with CONFLICT/STALE_VERSION; without it only the status is checked.',
  });
}
