import { Arg, Ctx, FieldResolver, ID, Query, Resolver, Root } from 'type-graphql';
import { Brackets } from 'typeorm';
import { RequestContext } from '../../../platform/server/context';
import { FaultCause, Part, ProductModel, Region, Supplier } from '../entities/catalog';
import {
  faultCauseChildrenLoader,
  faultCauseLoader,
  partLoader,
  productModelLoader,
  regionChildrenLoader,
  supplierLoader,
} from '../loaders';
import { escapeLike } from './organization.resolver';

const SEARCH_LIMIT = 200;

@Resolver(() => ProductModel)
export class ProductModelResolver {
  @Query(() => ProductModel, { nullable: true })
  async productModel(
    @Arg('materialCode', () => ID) materialCode: string,
    @Ctx() context: RequestContext,
  ): Promise<ProductModel | null> {
    return productModelLoader(context).load(materialCode);
  }
}

@Resolver(() => FaultCause)
export class FaultCauseResolver {
  @Query(() => FaultCause, { nullable: true })
  async faultCause(@Arg('code', () => ID) code: string, @Ctx() context: RequestContext) {
    return faultCauseLoader(context).load(code);
  }

  @Query(() => [FaultCause], {
    description:
      'Children of `parentCode` (top-level causes when omitted), or every code whose code or description contains `search`.',
  })
  async faultCauses(
    @Arg('parentCode', () => String, { nullable: true }) parentCode: string | null,
    @Arg('search', () => String, { nullable: true }) search: string | null,
    @Ctx() context: RequestContext,
  ): Promise<FaultCause[]> {
    const query = context.db.getRepository(FaultCause).createQueryBuilder('cause');
    if (parentCode) query.andWhere('cause.parentCode = :parentCode', { parentCode });
    if (search) {
      const pattern = `%${escapeLike(search)}%`;
      query.andWhere(
        new Brackets((where) =>
          where
            .where('cause.code LIKE :pattern', { pattern })
            .orWhere('cause.description LIKE :pattern', { pattern }),
        ),
      );
    }
    if (!parentCode && !search) query.andWhere('cause.level = 1');
    return query.orderBy('cause.code').limit(SEARCH_LIMIT).getMany();
  }

  @FieldResolver(() => FaultCause, { nullable: true })
  async parent(@Root() cause: FaultCause, @Ctx() context: RequestContext) {
    return cause.parentCode ? faultCauseLoader(context).load(cause.parentCode) : null;
  }

  @FieldResolver(() => [FaultCause])
  async children(@Root() cause: FaultCause, @Ctx() context: RequestContext) {
    return faultCauseChildrenLoader(context).load(cause.code);
  }
}

@Resolver(() => Part)
export class PartResolver {
  @Query(() => Part, { nullable: true })
  async part(@Arg('code', () => ID) code: string, @Ctx() context: RequestContext) {
    return partLoader(context).load(code);
  }

  @Query(() => [Part], {
    description: `Parts whose code, name or model contains \`search\`; at most ${SEARCH_LIMIT}.`,
  })
  async parts(
    @Arg('search', () => String, { nullable: true }) search: string | null,
    @Arg('supplierCode', () => String, { nullable: true }) supplierCode: string | null,
    @Ctx() context: RequestContext,
  ): Promise<Part[]> {
    const query = context.db.getRepository(Part).createQueryBuilder('part');
    if (supplierCode) query.andWhere('part.supplierCode = :supplierCode', { supplierCode });
    if (search) {
      const pattern = `%${escapeLike(search)}%`;
      query.andWhere(
        new Brackets((where) =>
          where
            .where('part.code ILIKE :pattern', { pattern })
            .orWhere('part.name ILIKE :pattern', { pattern })
            .orWhere('part.model ILIKE :pattern', { pattern }),
        ),
      );
    }
    return query.orderBy('part.code').limit(SEARCH_LIMIT).getMany();
  }

  @FieldResolver(() => Supplier, { nullable: true })
  async supplier(@Root() part: Part, @Ctx() context: RequestContext) {
    return part.supplierCode ? supplierLoader(context).load(part.supplierCode) : null;
  }
}

@Resolver(() => Region)
export class RegionResolver {
  @Query(() => [Region], {
    description:
      'Children of `parentCode`, regions named exactly `name` at any level, or the provinces when both are omitted.',
  })
  async regions(
    @Arg('parentCode', () => String, { nullable: true }) parentCode: string | null,
    @Arg('name', () => String, { nullable: true }) name: string | null,
    @Ctx() context: RequestContext,
  ): Promise<Region[]> {
    if (name) {
      const where = parentCode ? { name, parentCode } : { name };
      return context.db.getRepository(Region).find({ where, order: { code: 'ASC' } });
    }
    if (parentCode) return regionChildrenLoader(context).load(parentCode);
    return context.db.getRepository(Region).find({ where: { level: 1 }, order: { code: 'ASC' } });
  }

  @FieldResolver(() => [Region])
  async children(@Root() region: Region, @Ctx() context: RequestContext) {
    return regionChildrenLoader(context).load(region.code);
  }
}
