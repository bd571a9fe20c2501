import {
  Arg,
  Args,
  Ctx,
  Field,
  FieldResolver,
  ID,
  InputType,
  Query,
  Resolver,
  Root,
} from 'type-graphql';
import { connectionType, listArgsType } from '../../../platform/graphql/connection';
import { paginate } from '../../../platform/pagination';
import { RequestContext } from '../../../platform/server/context';
import { Organization, OrganizationType } from '../entities/organization';
import { organizationLoader } from '../loaders';

@InputType()
class OrganizationFilter {
  @Field(() => OrganizationType, { nullable: true })
  type?: OrganizationType | null;

  @Field(() => String, { nullable: true, description: 'Outlets of this marketing center.' })
  centerCode?: string | null;

  @Field(() => String, { nullable: true })
  nameContains?: string | null;

  @Field(() => Boolean, { nullable: true })
  canHandleDefectiveUnits?: boolean | null;

  @Field(() => Boolean, {
    nullable: true,
    description: 'Only active (true) or inactive (false) ones.',
  })
  active?: boolean | null;
}

const OrganizationConnection = connectionType(
  'Organization',
  Organization,
  'One page of organisations, ordered by code, with the total count.',
);
type OrganizationConnection = InstanceType<typeof OrganizationConnection>;

const OrganizationsArgs = listArgsType(OrganizationFilter);
type OrganizationsArgs = InstanceType<typeof OrganizationsArgs>;

@Resolver(() => Organization)
export class OrganizationResolver {
  @Query(() => Organization, { nullable: true })
  async organization(
    @Arg('code', () => ID) code: string,
    @Ctx() context: RequestContext,
  ): Promise<Organization | null> {
    return organizationLoader(context).load(code);
  }

  @Query(() => OrganizationConnection, { description: 'Organisations ordered by code.' })
  async organizations(
    @Args(() => OrganizationsArgs) args: OrganizationsArgs,
    @Ctx() context: RequestContext,
  ): Promise<OrganizationConnection> {
    const query = context.db.getRepository(Organization).createQueryBuilder('organization');
    const filter = args.filter ?? {};
    if (filter.type) query.andWhere('organization.type = :type', { type: filter.type });
    if (filter.centerCode) {
      query.andWhere('organization.centerCode = :centerCode', { centerCode: filter.centerCode });
    }
    if (filter.nameContains) {
      query.andWhere('organization.name ILIKE :name', {
        name: `%${escapeLike(filter.nameContains)}%`,
      });
    }
    if (filter.canHandleDefectiveUnits != null) {
      query.andWhere('organization.canHandleDefectiveUnits = :capable', {
        capable: filter.canHandleDefectiveUnits,
      });
    }
    if (filter.active != null)
      query.andWhere('organization.active = :active', { active: filter.active });
    return paginate(query, 'organization', args, {
      property: 'code',
      direction: 'ASC',
      tieBreaker: 'code',
    });
  }

  @FieldResolver(() => Organization, {
    nullable: true,
    description: 'The marketing center of an outlet; null for other types.',
  })
  async center(@Root() organization: Organization, @Ctx() context: RequestContext) {
    if (!organization.centerCode) return null;
    return organizationLoader(context).load(organization.centerCode);
  }
}

/** Escapes `%`, `_` and `\` so user text matches literally inside a LIKE pattern. */
export function escapeLike(text: string): string {
  return text.replace(/[\\%_]/g, (character) => `\\${character}`);
}
