import { ValidateBy, type ValidationArguments, type ValidationOptions } from 'class-validator';

import { isValidIdNumber } from '../domain/identity-number';
import { ID_TYPES, type IdType } from '../domain/person-enums';

/**
 * The ID number has the shape of the document named by `idType` (the rule itself lives in
 * domain/identity-number.ts; the service checks it again for callers that skip HTTP).
 */
export function IsIdNumber(options?: ValidationOptions): PropertyDecorator {
  return ValidateBy(
    {
      name: 'isIdNumber',
      validator: {
        validate(value: unknown, args?: ValidationArguments): boolean {
          const idType = (args?.object as { idType?: unknown } | undefined)?.idType;
          if (typeof value !== 'string') return false;
          // A bad or missing idType is reported on idType itself.
          if (!ID_TYPES.includes(idType as IdType)) return true;
          return isValidIdNumber(idType as IdType, value);
        },
        defaultMessage: () => '$property does not match its idType',
      },
    },
    options,
  );
}
