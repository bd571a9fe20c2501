import { Directive, Field, ID, ObjectType, registerEnumType } from 'type-graphql';
import { Column, CreateDateColumn, Entity, Index, PrimaryColumn } from 'typeorm';

export enum OrganizationType {
  HEADQUARTERS = 'HEADQUARTERS',
  MARKETING_CENTER = 'MARKETING_CENTER',
  SERVICE_OUTLET = 'SERVICE_OUTLET',
  DEPARTMENT = 'DEPARTMENT',
}
registerEnumType(OrganizationType, { name: 'OrganizationType' });

@ObjectType({ description: 'Headquarters, a marketing center, a service outlet or a department.' })
@Directive('@key(fields: "code")')
@Entity('organization')
export class Organization {
  @Field(() => ID, {
    description: 'Six-digit code; for centers and outlets it starts with the city area code.',
  })
  @PrimaryColumn({ type: 'char', length: 6 })
  code: string;

  @Field()
  @Column()
  name: string;

  @Field(() => OrganizationType)
  @Column({ type: 'text' })
  type: OrganizationType;

  @Index()
  @Column({ name: 'center_code', type: 'char', length: 6, nullable: true })
  centerCode: string | null;

  @Field({ description: 'Whether the outlet may be named repair unit of a returned unit.' })
  @Column({ name: 'can_handle_defective_units', default: false })
  canHandleDefectiveUnits: boolean;

  @Field(() => String, { nullable: true })
  @Column({ type: 'text', nullable: true })
  province: string | null;

  @Field(() => String, { nullable: true })
  @Column({ type: 'text', nullable: true })
  city: string | null;

  @Field(() => String, {
    nullable: true,
    description: 'Telephone area code of the city, e.g. 0574.',
  })
  @Column({ name: 'area_code', type: 'text', nullable: true })
  areaCode: string | null;

  @Field()
  @Column({ default: true })
  active: boolean;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz', precision: 3 })
  createdAt: Date;
}
