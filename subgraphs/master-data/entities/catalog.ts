import { Directive, Field, ID, Int, ObjectType, registerEnumType } from 'type-graphql';
import { Column, Entity, Index, PrimaryColumn } from 'typeorm';

export enum UnitKind {
  INDOOR = 'INDOOR',
  OUTDOOR = 'OUTDOOR',
}
registerEnumType(UnitKind, { name: 'UnitKind' });

@ObjectType({
  description: 'One unit of the catalog, found by the material code at the start of a barcode.',
})
@Directive('@key(fields: "materialCode")')
@Entity('product_model')
export class ProductModel {
  @Field(() => ID)
  @PrimaryColumn({ name: 'material_code', type: 'char', length: 8 })
  materialCode: string;

  @Field()
  @Column()
  brand: string;

  @Field()
  @Column()
  category: string;

  @Field(() => UnitKind)
  @Column({ name: 'unit_kind', type: 'text' })
  unitKind: UnitKind;

  @Field()
  @Column()
  model: string;

  @Index()
  @Field()
  @Column({ name: 'whole_unit_model' })
  wholeUnitModel: string;
}

@ObjectType({
  description: 'A fault-cause code of the three-level dictionary, e.g. 05 / 0505 / 050507.',
})
@Directive('@key(fields: "code")')
@Entity('fault_cause')
export class FaultCause {
  @Field(() => ID)
  @PrimaryColumn()
  code: string;

  @Field()
  @Column()
  description: string;

  @Field(() => Int, { description: '1, 2 or 3: the code has 2, 4 or 6 digits.' })
  @Column({ type: 'smallint' })
  level: number;

  @Index()
  @Column({ name: 'parent_code', type: 'text', nullable: true })
  parentCode: string | null;
}

@ObjectType()
@Directive('@key(fields: "code")')
@Entity('supplier')
export class Supplier {
  @Field(() => ID)
  @PrimaryColumn()
  code: string;

  @Field()
  @Column()
  name: string;
}

@ObjectType({ description: 'A spare part with its supplier.' })
@Directive('@key(fields: "code")')
@Entity('part')
export class Part {
  @Field(() => ID)
  @PrimaryColumn()
  code: string;

  @Field()
  @Column()
  name: string;

  @Field(() => String, { nullable: true })
  @Column({ type: 'text', nullable: true })
  model: string | null;

  @Index()
  @Column({ name: 'supplier_code', type: 'text', nullable: true })
  supplierCode: string | null;
}

@ObjectType({
  description: 'A province, city or district; cities carry their telephone area code.',
})
@Entity('region')
export class Region {
  @Field(() => ID)
  @PrimaryColumn()
  code: string;

  @Field()
  @Column()
  name: string;

  @Index()
  @Column({ name: 'parent_code', type: 'text', nullable: true })
  parentCode: string | null;

  @Column({ type: 'smallint' })
  level: number;

  @Field(() => String, { nullable: true })
  @Column({ name: 'area_code', type: 'text', nullable: true })
  areaCode: string | null;
}
