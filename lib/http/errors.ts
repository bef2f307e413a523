/** Machine codes of the API's errors, each with its one HTTP status (api-contract.md). */
export const ERROR_STATUS = {
  bad_request: 400,
  invalid_json: 400,
  invalid_code: 400,
  unauthorized: 401,
  invalid_refresh_token: 401,
  forbidden: 403,
  not_found: 404,
  method_not_allowed: 405,
  conflict: 409,
  already_enrolled: 409,
  coupon_exhausted: 409,
  idempotency_key_reused: 409,
  refund_not_allowed: 409,
  payload_too_large: 413,
  unsupported_media_type: 415,
  validation_failed: 422,
  age_confirmation_required: 422,
  coupon_invalid: 422,
  provider_not_available: 422,
  rate_limited: 429,
  internal: 500,
  provider_error: 502,
  unavailable: 503,
} as const;

export type ErrorCode = keyof typeof ERROR_STATUS;

export type ErrorOptions = {
  /** Overrides the translated default message (already in the request's language). */
  message?: string;
  details?: unknown;
  retryAfterSeconds?: number;
  cause?: unknown;
};

/** The one error type of the domain: a code the client can branch on, mapped to a status once. */
export class AppError extends Error {
  readonly code: ErrorCode;
  readonly details?: unknown;
  readonly retryAfterSeconds?: number;

  constructor(code: ErrorCode, options: ErrorOptions = {}) {
    super(options.message ?? code, { cause: options.cause });
    this.name = "AppError";
    this.code = code;
    this.details = options.details;
    this.retryAfterSeconds = options.retryAfterSeconds;
  }

  get status(): number {
    return ERROR_STATUS[this.code];
  }

  /** True when the message was written for the client rather than being the bare code. */
  get hasCustomMessage(): boolean {
    return this.message !== this.code;
  }
}

export const notFound = () => new AppError("not_found");
