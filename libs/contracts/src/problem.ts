/** One problem with one input field. `field` is a dotted path into the request (body, query or params). */
export interface FieldError {
  field: string;
  message: string;
}

/**
 * Every error the API returns has this shape (RFC 9457, application/problem+json).
 * `title` and `detail` are Dutch and meant to be shown to the user as they are.
 */
export interface ProblemDetails {
  type: string;
  title: string;
  status: number;
  detail?: string;
  /** A stable machine-readable code, e.g. `AUTH_INVALID_CREDENTIALS`. */
  code?: string;
  /** The request id; quote it when reporting a problem. */
  requestId?: string;
  errors?: FieldError[];
  /** For 409 conflicts: the current state of the record. */
  current?: unknown;
}
