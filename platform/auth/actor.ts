/** Roles carried in the `roles` claim of a token. */
export enum Role {
  OUTLET = 'OUTLET',
  CENTER = 'CENTER',
  HQ = 'HQ',
  DEPARTMENT = 'DEPARTMENT',
  ANALYST = 'ANALYST',
  ADMIN = 'ADMIN',
}

/** The authenticated caller of one request, taken from a verified token. */
export interface Actor {
  userId: string;
  name: string;
  organizationCode: string;
  roles: Role[];
}

export function hasRole(actor: Actor, ...roles: Role[]): boolean {
  return roles.some((role) => actor.roles.includes(role));
}
