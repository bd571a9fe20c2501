import { Directive, Field, ID, ObjectType, registerEnumType } from 'type-graphql';
import { Column, Entity, PrimaryColumn } from 'typeorm';
import { Role } from '../../../platform/auth/actor';

registerEnumType(Role, { name: 'Role' });

@ObjectType({ description: 'A person who signs in as a member of one organisation.' })
@Directive('@key(fields: "id")')
@Entity('app_user')
export class User {
  @Field(() => ID)
  @PrimaryColumn()
  id: string;

  @Field()
  @Column()
  name: string;

  @Column({ name: 'organization_code', type: 'char', length: 6 })
  organizationCode: string;

  @Field(() => [Role])
  @Column({ type: 'text', array: true })
  roles: Role[];
}
