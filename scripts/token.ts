import { Role } from '../platform/auth/actor';
import { signToken } from '../platform/auth/token';
import { users } from '../demo/catalog';
import { localSecret } from './system';

/** Prints the token of one demo user, and nothing else, on standard output. */
async function main(): Promise<void> {
  const userId = process.argv[2];
  const user = users.find((candidate) => candidate.id === userId);
  if (!user) {
    console.error(
      `Unknown demo user "${userId ?? ''}". Use one of: ${users.map((candidate) => candidate.id).join(', ')}`,
    );
    process.exit(2);
  }
  const token = await signToken(
    {
      userId: user.id,
      name: user.name,
      organizationCode: user.organizationCode,
      roles: user.roles as Role[],
    },
    localSecret(),
  );
  process.stdout.write(`${token}\n`);
}

void main();
