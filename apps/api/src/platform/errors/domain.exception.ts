import type { FieldError } from '@koers/contracts';

/** Stable error codes. Each maps to one HTTP status in DomainException's constructor callers. */
export enum ErrorCode {
  ValidationFailed = 'VALIDATION_FAILED',
  MalformedRequest = 'MALFORMED_REQUEST',
  NotAuthenticated = 'NOT_AUTHENTICATED',
  Forbidden = 'FORBIDDEN',
  CsrfFailed = 'CSRF_FAILED',
  NotFound = 'NOT_FOUND',
  Conflict = 'CONFLICT',
  InvalidCredentials = 'AUTH_INVALID_CREDENTIALS',
  LoginLocked = 'AUTH_LOGIN_LOCKED',
  InvitationInvalid = 'INVITATION_INVALID',
  PasswordRejected = 'PASSWORD_REJECTED',
  DatabaseUnavailable = 'DATABASE_UNAVAILABLE',
  TooLarge = 'PAYLOAD_TOO_LARGE',
  Internal = 'INTERNAL',
}

export interface DomainExceptionOptions {
  detail?: string;
  errors?: FieldError[];
  current?: unknown;
  headers?: Record<string, string>;
  /** The same title in "je" words, shown instead when a jongere made the request (plain B1 language). */
  informalTitle?: string;
}

/**
 * The one exception type domains throw. `title` is Dutch and shown to the user as it is.
 * The global ProblemFilter turns it into application/problem+json.
 */
export class DomainException extends Error {
  constructor(
    readonly code: ErrorCode,
    readonly status: number,
    readonly title: string,
    readonly options: DomainExceptionOptions = {},
  ) {
    super(`${code}: ${title}`);
  }

  static notFound(what = 'Dit onderdeel'): DomainException {
    return new DomainException(ErrorCode.NotFound, 404, `${what} bestaat niet of u heeft er geen toegang toe.`, {
      informalTitle: `${what} bestaat niet (meer), of je kunt er niet bij.`,
    });
  }

  static forbidden(detail?: string): DomainException {
    return new DomainException(ErrorCode.Forbidden, 403, 'U heeft geen toegang tot dit onderdeel.', { detail, informalTitle: 'Dit kun je niet doen in Koers.' });
  }

  static conflict(title: string, current?: unknown): DomainException {
    return new DomainException(ErrorCode.Conflict, 409, title, { current });
  }

  static validation(errors: FieldError[], title = 'Niet alle gegevens zijn goed ingevuld.'): DomainException {
    return new DomainException(ErrorCode.ValidationFailed, 400, title, { errors });
  }
}
