import type { FieldError, ProblemDetails } from '@koers/contracts';

/**
 * A failed API call. Carries the server's problem+json body as it is: `title` and the per-field
 * messages are Dutch and meant to be shown to the user unchanged.
 */
export class ApiError extends Error {
  override readonly name = 'ApiError';

  constructor(readonly problem: ProblemDetails) {
    super(problem.title);
  }

  /** The HTTP status; 0 when the server could not be reached at all. */
  get status(): number {
    return this.problem.status;
  }

  get title(): string {
    return this.problem.title;
  }

  get code(): string | undefined {
    return this.problem.code;
  }

  get requestId(): string | undefined {
    return this.problem.requestId;
  }

  get fieldErrors(): FieldError[] {
    return this.problem.errors ?? [];
  }

  /** The message for one field (a dotted path as the API names it), if any. */
  fieldError(field: string): string | undefined {
    return this.fieldErrors.find((e) => e.field === field)?.message;
  }
}

export function isApiError(error: unknown): error is ApiError {
  return error instanceof ApiError;
}
