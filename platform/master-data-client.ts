import { RequestContext } from './server/context';
import { querySubgraph } from './server/remote';

/** Facts about one organisation as the master-data subgraph reports them. */
export interface OrganizationFacts {
  code: string;
  name: string;
  type: 'HEADQUARTERS' | 'MARKETING_CENTER' | 'SERVICE_OUTLET' | 'DEPARTMENT';
  canHandleDefectiveUnits: boolean;
  active: boolean;
  center: { code: string } | null;
}

export interface ProductModelFacts {
  materialCode: string;
  brand: string;
  category: string;
  unitKind: 'INDOOR' | 'OUTDOOR';
  model: string;
  wholeUnitModel: string;
}

export interface FaultCauseFacts {
  code: string;
  description: string;
  level: number;
}

export interface PartFacts {
  code: string;
  name: string;
  model: string | null;
  supplier: { code: string; name: string } | null;
}

export interface RegionFacts {
  code: string;
  name: string;
  areaCode: string | null;
}

/** Codes and names to look up; every list may be empty. */
export interface MasterDataRequest {
  organizationCodes?: string[];
  materialCodes?: string[];
  faultCauseCodes?: string[];
  partCodes?: string[];
  /** Region names (usually cities) whose telephone area code is needed. */
  regionNames?: string[];
}

/** Facts keyed by the requested code or name; null where master data has no such entry. */
export interface MasterDataFacts {
  organizations: Map<string, OrganizationFacts | null>;
  productModels: Map<string, ProductModelFacts | null>;
  faultCauses: Map<string, FaultCauseFacts | null>;
  parts: Map<string, PartFacts | null>;
  regions: Map<string, RegionFacts | null>;
}

const SELECTIONS = {
  organization: 'code name type canHandleDefectiveUnits active center { code }',
  productModel: 'materialCode brand category unitKind model wholeUnitModel',
  faultCause: 'code description level',
  part: 'code name model supplier { code name }',
  region: 'code name areaCode',
};

/**
 * Looks up everything a request needs from master data in one call to the master-data subgraph,
 * with the caller's token. Fails closed: when master data cannot be reached the error states that
 * `consequence` (e.g. "the report was not saved").
 */
export async function lookupMasterData(
  context: Pick<RequestContext, 'token' | 'requestId' | 'logger'>,
  request: MasterDataRequest,
  consequence: string,
): Promise<MasterDataFacts> {
  const unique = (values: string[] | undefined) => [...new Set(values ?? [])];
  const lists = {
    organization: unique(request.organizationCodes),
    productModel: unique(request.materialCodes),
    faultCause: unique(request.faultCauseCodes),
    part: unique(request.partCodes),
    region: unique(request.regionNames),
  };
  const fields: string[] = [];
  const variableDefinitions: string[] = [];
  const variables: Record<string, string> = {};
  lists.organization.forEach((code, index) => {
    variableDefinitions.push(`$o${index}: ID!`);
    variables[`o${index}`] = code;
    fields.push(`o${index}: organization(code: $o${index}) { ${SELECTIONS.organization} }`);
  });
  lists.productModel.forEach((code, index) => {
    variableDefinitions.push(`$m${index}: ID!`);
    variables[`m${index}`] = code;
    fields.push(`m${index}: productModel(materialCode: $m${index}) { ${SELECTIONS.productModel} }`);
  });
  lists.faultCause.forEach((code, index) => {
    variableDefinitions.push(`$f${index}: ID!`);
    variables[`f${index}`] = code;
    fields.push(`f${index}: faultCause(code: $f${index}) { ${SELECTIONS.faultCause} }`);
  });
  lists.part.forEach((code, index) => {
    variableDefinitions.push(`$p${index}: ID!`);
    variables[`p${index}`] = code;
    fields.push(`p${index}: part(code: $p${index}) { ${SELECTIONS.part} }`);
  });
  lists.region.forEach((name, index) => {
    variableDefinitions.push(`$r${index}: String!`);
    variables[`r${index}`] = name;
    fields.push(`r${index}: regions(name: $r${index}) { ${SELECTIONS.region} }`);
  });

  const facts: MasterDataFacts = {
    organizations: new Map(),
    productModels: new Map(),
    faultCauses: new Map(),
    parts: new Map(),
    regions: new Map(),
  };
  if (fields.length === 0) return facts;

  const query = `query MasterDataFacts(${variableDefinitions.join(', ')}) { ${fields.join(' ')} }`;
  const data = await querySubgraph<Record<string, unknown>>(
    context,
    'master-data',
    query,
    variables,
    consequence,
  );
  lists.organization.forEach((code, index) =>
    facts.organizations.set(code, (data[`o${index}`] as OrganizationFacts | null) ?? null),
  );
  lists.productModel.forEach((code, index) =>
    facts.productModels.set(code, (data[`m${index}`] as ProductModelFacts | null) ?? null),
  );
  lists.faultCause.forEach((code, index) =>
    facts.faultCauses.set(code, (data[`f${index}`] as FaultCauseFacts | null) ?? null),
  );
  lists.part.forEach((code, index) =>
    facts.parts.set(code, (data[`p${index}`] as PartFacts | null) ?? null),
  );
  lists.region.forEach((name, index) => {
    const matches = (data[`r${index}`] as RegionFacts[] | null) ?? [];
    facts.regions.set(name, matches.find((region) => region.areaCode) ?? matches[0] ?? null);
  });
  return facts;
}
