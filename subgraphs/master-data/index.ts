import { SubgraphDefinition } from '../../platform/server/subgraph';
import { RequestContext } from '../../platform/server/context';
import { FaultCause, Part, ProductModel, Region, Supplier } from './entities/catalog';
import { Organization } from './entities/organization';
import { User } from './entities/user';
import {
  faultCauseLoader,
  organizationLoader,
  partLoader,
  productModelLoader,
  supplierLoader,
  userLoader,
} from './loaders';
import { CreateMasterData1733300000000 } from './migrations/1733300000000-CreateMasterData';
import { BarcodeResolver } from './resolvers/barcode.resolver';
import {
  FaultCauseResolver,
  PartResolver,
  ProductModelResolver,
  RegionResolver,
} from './resolvers/catalog.resolver';
import { OrganizationResolver } from './resolvers/organization.resolver';
import { UserResolver } from './resolvers/user.resolver';
import { forbidden } from '../../platform/errors';

/** Organisations, users, product models, fault causes, parts, suppliers and regions. */
export const masterData: SubgraphDefinition = {
  name: 'master-data',
  entities: [Organization, User, ProductModel, FaultCause, Supplier, Part, Region],
  migrations: [CreateMasterData1733300000000],
  graphql: {
    resolvers: [
      OrganizationResolver,
      UserResolver,
      BarcodeResolver,
      ProductModelResolver,
      FaultCauseResolver,
      PartResolver,
      RegionResolver,
    ],
    referenceResolvers: {
      Organization: {
        __resolveReference: (reference: { code: string }, context: RequestContext) =>
          organizationLoader(context).load(reference.code),
      },
      User: {
        __resolveReference: (reference: { id: string }, context: RequestContext) =>
          userLoader(context).load(reference.id),
      },
      ProductModel: {
        __resolveReference: (reference: { materialCode: string }, context: RequestContext) =>
          productModelLoader(context).load(reference.materialCode),
      },
      FaultCause: {
        __resolveReference: (reference: { code: string }, context: RequestContext) =>
          faultCauseLoader(context).load(reference.code),
      },
      Part: {
        __resolveReference: (reference: { code: string }, context: RequestContext) =>
          partLoader(context).load(reference.code),
      },
      Supplier: {
        __resolveReference: (reference: { code: string }, context: RequestContext) =>
          supplierLoader(context).load(reference.code),
      },
      Desk: {
        __resolveReference: (reference: { userId: string }, context: RequestContext) => {
          if (reference.userId !== context.actor.userId) {
            throw forbidden('A desk can be read only by its own user');
          }
          return reference;
        },
      },
    },
  },
};
