import { FieldErrors } from '../../../platform/errors';
import { lookupMasterData } from '../../../platform/master-data-client';
import { RequestContext } from '../../../platform/server/context';
import { collectInputErrors } from '../../../platform/validation';
import { ReturnReport } from '../entities/return-report';
import { ReturnMethod } from '../graphql/enums';
import { ReturnResultInput } from '../graphql/inputs';
import { partiesOf, returnWorkflow } from '../workflow';
import { cleanText, modelOfBarcode, parseBarcodeField, wholeUnitModelOf } from './barcode-check';
import {
  applyTransition,
  loadReportForAction,
  reloadReport,
  requireWriter,
  Version,
} from './report-store';

/**
 * Records the result of a return. An exchange needs the new unit's indoor or outdoor barcode,
 * whose models fill from master data.
 */
export async function recordResult(
  context: RequestContext,
  id: string,
  input: ReturnResultInput,
  version: Version,
): Promise<ReturnReport> {
  requireWriter(context.actor);
  const report = await loadReportForAction(context, id);
  const rule = returnWorkflow.authorize(
    'recordResult',
    report.status,
    partiesOf(context.actor, report),
    report.code,
  );

  const errors = new FieldErrors();
  await collectInputErrors(input, 'input', errors);
  if (input.description && input.description.trim() === '') {
    errors.add('input.description', 'a result description is required (got only spaces)');
  }
  const indoorPath = 'input.newIndoorBarcode';
  const outdoorPath = 'input.newOutdoorBarcode';
  const indoor = parseBarcodeField(input.newIndoorBarcode, indoorPath, errors);
  const outdoor = parseBarcodeField(input.newOutdoorBarcode, outdoorPath, errors);
  const noBarcode =
    cleanText(input.newIndoorBarcode) === null && cleanText(input.newOutdoorBarcode) === null;
  if (report.method === ReturnMethod.EXCHANGE && noBarcode) {
    errors.add(
      indoorPath,
      "an exchange needs the new unit's indoor or outdoor barcode (newIndoorBarcode or newOutdoorBarcode)",
    );
  }
  for (const [parsed, path] of [
    [indoor, indoorPath],
    [outdoor, outdoorPath],
  ] as const) {
    if (parsed && [report.indoorBarcode, report.outdoorBarcode].includes(parsed.barcode)) {
      errors.add(
        path,
        `"${parsed.barcode}" is a barcode of the unit returned on report ${report.code}, but the result needs the barcode of the new unit. Give the barcode of the unit handed to the customer`,
      );
    }
  }
  const materialCodes = [indoor, outdoor].flatMap((barcode) =>
    barcode ? [barcode.materialCode] : [],
  );
  const facts =
    materialCodes.length > 0
      ? await lookupMasterData(context, { materialCodes }, 'the result was not recorded')
      : null;
  const models = facts?.productModels ?? new Map();
  const indoorModel = modelOfBarcode(indoor, 'INDOOR', models, indoorPath, errors);
  const outdoorModel = modelOfBarcode(outdoor, 'OUTDOOR', models, outdoorPath, errors);
  const wholeUnitModel = wholeUnitModelOf(indoorModel, outdoorModel, outdoorPath, errors);
  errors.throwIfAny();

  await context.db.transaction((manager) =>
    applyTransition(manager, context, report, rule, {
      version,
      changes: {
        resultNewIndoorBarcode: indoor?.barcode ?? null,
        resultNewIndoorModel: indoorModel?.model ?? null,
        resultNewOutdoorBarcode: outdoor?.barcode ?? null,
        resultNewOutdoorModel: outdoorModel?.model ?? null,
        resultNewWholeUnitModel: wholeUnitModel,
        resultDescription: input.description.trim(),
        resultEnteredByOutlet: input.enteredByOutlet,
        resultEnteredBy: context.actor.userId,
        resultEnteredAt: () => 'now()',
      },
    }),
  );
  context.logger.info({ reportId: report.id }, 'return result recorded');
  return reloadReport(context, report.id);
}
