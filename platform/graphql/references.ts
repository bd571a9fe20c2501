import { Directive, Field, ID, Int, ObjectType } from 'type-graphql';

/**
 * Entity references owned by the master-data subgraph. Other subgraphs return these stubs (the key
 * alone) and the gateway fetches the rest from master data.
 */

@ObjectType('User')
@Directive('@key(fields: "id", resolvable: false)')
export class UserReference {
  @Field(() => ID)
  id: string;
}

@ObjectType('Organization')
@Directive('@key(fields: "code", resolvable: false)')
export class OrganizationReference {
  @Field(() => ID)
  code: string;
}

@ObjectType('FaultCause')
@Directive('@key(fields: "code", resolvable: false)')
export class FaultCauseReference {
  @Field(() => ID)
  code: string;
}

@ObjectType('Part')
@Directive('@key(fields: "code", resolvable: false)')
export class PartReference {
  @Field(() => ID)
  code: string;
}

@ObjectType()
@Directive('@shareable')
export class FaultCauseLine {
  @Field(() => FaultCauseReference)
  faultCause: FaultCauseReference;
}

@ObjectType()
@Directive('@shareable')
export class FaultyPartLine {
  @Field(() => PartReference)
  part: PartReference;

  @Field()
  missing: boolean;

  @Field(() => Int)
  missingOnUnboxing: number;
}

/** Desk of the current user: a master-data entity that each document subgraph adds a count to. */
@ObjectType('Desk')
@Directive('@key(fields: "userId")')
export class DeskReference {
  @Field(() => ID)
  userId: string;
}

@ObjectType({ description: "Documents of one type on the caller's desk." })
@Directive('@shareable')
export class DeskCount {
  @Field(() => Int, {
    description: "Documents waiting for an action by the current user's organisation.",
  })
  awaitingMyAction: number;

  @Field(() => Int, {
    description: 'Open documents the organisation can see, whatever their step.',
  })
  open: number;
}
