import type { FieldError } from '@koers/contracts';
import type { ValidationError } from 'class-validator';

/** Dutch messages per class-validator constraint. `{n}` is the first number of the original message. */
const MESSAGES: Record<string, string> = {
  whitelistValidation: 'Dit veld is onbekend en mag niet worden meegestuurd.',
  isNotEmpty: 'Vul dit veld in.',
  isDefined: 'Vul dit veld in.',
  isString: 'Dit moet tekst zijn.',
  isEmail: 'Vul een geldig e-mailadres in, zoals naam@gemeente.nl.',
  isUuid: 'Dit is geen geldige verwijzing (uuid).',
  isIn: 'Kies een van de toegestane waarden.',
  isEnum: 'Kies een van de toegestane waarden.',
  isInt: 'Vul een heel getal in.',
  isBoolean: 'Dit moet ja of nee (true/false) zijn.',
  isDateString: 'Vul een geldige datum in (JJJJ-MM-DD).',
  isIso8601: 'Vul een geldige datum in (JJJJ-MM-DD).',
  minLength: 'Vul minstens {n} tekens in.',
  maxLength: 'Vul hoogstens {n} tekens in.',
  min: 'De waarde moet minstens {n} zijn.',
  max: 'De waarde mag hoogstens {n} zijn.',
  isArray: 'Dit moet een lijst zijn.',
  arrayMaxSize: 'De lijst mag hoogstens {n} onderdelen hebben.',
  nestedValidation: 'Dit onderdeel is niet goed ingevuld.',
  matches: 'Dit heeft niet de juiste vorm.',
  isBase64: 'Dit heeft niet de juiste vorm.',
};

/** Flattens class-validator errors into per-field Dutch messages with dotted paths. */
export function toFieldErrors(errors: ValidationError[], parent = ''): FieldError[] {
  const out: FieldError[] = [];
  for (const error of errors) {
    const field = parent ? `${parent}.${error.property}` : error.property;
    // One message per field: the most basic problem first (missing, wrong type, then limits).
    const constraints = Object.entries(error.constraints ?? {}).sort(([a], [b]) => rank(a) - rank(b));
    const first = constraints[0];
    if (first) {
      const [constraint, original] = first;
      const custom = error.contexts?.[constraint]?.message as string | undefined;
      out.push({ field, message: custom ?? translate(constraint, original) });
    }
    if (error.children?.length) out.push(...toFieldErrors(error.children, field));
  }
  return out;
}

const ORDER = Object.keys(MESSAGES);
function rank(constraint: string): number {
  const i = ORDER.indexOf(constraint);
  return i === -1 ? ORDER.length : i;
}

function translate(constraint: string, original: string): string {
  const template = MESSAGES[constraint];
  if (!template) return /[a-z]/i.test(original) && !/ must | should /.test(original) ? original : 'Deze waarde is niet geldig.';
  const n = original.match(/\d+/)?.[0] ?? '';
  return template.replace('{n}', n);
}
