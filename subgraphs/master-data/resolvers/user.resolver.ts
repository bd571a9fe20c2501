import { Ctx, FieldResolver, Query, Resolver, Root } from 'type-graphql';
import { DeskReference } from '../../../platform/graphql/references';
import { RequestContext } from '../../../platform/server/context';
import { Organization } from '../entities/organization';
import { User } from '../entities/user';
import { organizationLoader, userLoader } from '../loaders';
import { notFound } from '../../../platform/errors';

@Resolver(() => User)
export class UserResolver {
  @Query(() => User, { description: 'The signed-in user, with the organisation from the token.' })
  async me(@Ctx() context: RequestContext): Promise<User> {
    const known = await userLoader(context).load(context.actor.userId);
    if (known) return known;
    // A user of an external identity provider may not be in the directory yet.
    return Object.assign(new User(), {
      id: context.actor.userId,
      name: context.actor.name,
      organizationCode: context.actor.organizationCode,
      roles: context.actor.roles,
    });
  }

  @Query(() => DeskReference, {
    description: 'Counts of documents waiting for the caller, one field per document type.',
  })
  myDesk(@Ctx() context: RequestContext): DeskReference {
    return { userId: context.actor.userId };
  }

  @FieldResolver(() => Organization)
  async organization(@Root() user: User, @Ctx() context: RequestContext): Promise<Organization> {
    const organization = await organizationLoader(context).load(user.organizationCode);
    if (!organization) throw notFound('Organization', user.organizationCode);
    return organization;
  }
}
