import { In } from 'typeorm';
import { alignByKey, groupByKey, loaderFor, RequestContext } from '../../platform/server/context';
import { FaultCause, Part, ProductModel, Region, Supplier } from './entities/catalog';
import { Organization } from './entities/organization';
import { User } from './entities/user';

/** Per-request batched look-ups: one statement per kind of row, whatever the list length. */

export function organizationLoader(context: RequestContext) {
  return loaderFor<string, Organization | null>(context, 'organization', async (codes) => {
    const rows = await context.db.getRepository(Organization).findBy({ code: In([...codes]) });
    return alignByKey(codes, rows, (row) => row.code, null);
  });
}

export function userLoader(context: RequestContext) {
  return loaderFor<string, User | null>(context, 'user', async (ids) => {
    const rows = await context.db.getRepository(User).findBy({ id: In([...ids]) });
    return alignByKey(ids, rows, (row) => row.id, null);
  });
}

export function productModelLoader(context: RequestContext) {
  return loaderFor<string, ProductModel | null>(context, 'productModel', async (codes) => {
    const rows = await context.db
      .getRepository(ProductModel)
      .findBy({ materialCode: In([...codes]) });
    return alignByKey(codes, rows, (row) => row.materialCode, null);
  });
}

export function faultCauseLoader(context: RequestContext) {
  return loaderFor<string, FaultCause | null>(context, 'faultCause', async (codes) => {
    const rows = await context.db.getRepository(FaultCause).findBy({ code: In([...codes]) });
    return alignByKey(codes, rows, (row) => row.code, null);
  });
}

export function faultCauseChildrenLoader(context: RequestContext) {
  return loaderFor<string, FaultCause[]>(context, 'faultCauseChildren', async (codes) => {
    const rows = await context.db
      .getRepository(FaultCause)
      .find({ where: { parentCode: In([...codes]) }, order: { code: 'ASC' } });
    return groupByKey(codes, rows, (row) => row.parentCode as string);
  });
}

export function partLoader(context: RequestContext) {
  return loaderFor<string, Part | null>(context, 'part', async (codes) => {
    const rows = await context.db.getRepository(Part).findBy({ code: In([...codes]) });
    return alignByKey(codes, rows, (row) => row.code, null);
  });
}

export function supplierLoader(context: RequestContext) {
  return loaderFor<string, Supplier | null>(context, 'supplier', async (codes) => {
    const rows = await context.db.getRepository(Supplier).findBy({ code: In([...codes]) });
    return alignByKey(codes, rows, (row) => row.code, null);
  });
}

export function regionChildrenLoader(context: RequestContext) {
  return loaderFor<string, Region[]>(context, 'regionChildren', async (codes) => {
    const rows = await context.db
      .getRepository(Region)
      .find({ where: { parentCode: In([...codes]) }, order: { code: 'ASC' } });
    return groupByKey(codes, rows, (row) => row.parentCode as string);
  });
}
