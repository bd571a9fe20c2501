import { Arg, Ctx, Field, ObjectType, Query, Resolver } from 'type-graphql';
import { isParsedBarcode, parseBarcode } from '../../../platform/barcode';
import { invalidField } from '../../../platform/errors';
import { DateScalar } from '../../../platform/scalars';
import { RequestContext } from '../../../platform/server/context';
import { ProductModel, UnitKind } from '../entities/catalog';
import { productModelLoader } from '../loaders';

@ObjectType({
  description:
    'The parts of an 18-digit unit barcode, with the catalog entry of its material code.',
})
class DecodedBarcode {
  @Field()
  barcode: string;

  @Field(() => UnitKind, { nullable: true })
  unitKind: UnitKind | null;

  @Field()
  materialCode: string;

  @Field(() => ProductModel, {
    nullable: true,
    description: 'Null when the material code is not in the catalog.',
  })
  productModel: ProductModel | null;

  @Field(() => DateScalar)
  productionDate: string;

  @Field()
  serial: string;
}

/** Guesses the unit kind of an unknown material code: indoor codes start 111, outdoor 114 or 014. */
function unitKindByPrefix(materialCode: string): UnitKind | null {
  if (materialCode.startsWith('111')) return UnitKind.INDOOR;
  if (materialCode.startsWith('114') || materialCode.startsWith('014')) return UnitKind.OUTDOOR;
  return null;
}

@Resolver()
export class BarcodeResolver {
  @Query(() => DecodedBarcode, {
    description: 'Decodes a barcode: material code, production date (yymmdd) and serial.',
  })
  async decodeBarcode(
    @Arg('barcode') barcode: string,
    @Ctx() context: RequestContext,
  ): Promise<DecodedBarcode> {
    const parsed = parseBarcode(barcode.trim());
    if (!isParsedBarcode(parsed)) throw invalidField('barcode', parsed.error);
    const productModel = await productModelLoader(context).load(parsed.materialCode);
    return {
      ...parsed,
      productModel,
      unitKind: productModel?.unitKind ?? unitKindByPrefix(parsed.materialCode),
    };
  }
}
