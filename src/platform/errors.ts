// Domain errors carry a message key of the catalogue; the HTTP layer maps them to status codes.
export class DomainError extends Error {
  constructor(public readonly status: 400 | 403 | 404 | 409, public readonly messageKey: string, public readonly params: Record<string, unknown> = {}) {
    super(messageKey);
  }
}
export class NotFoundError extends DomainError {
  constructor(what = 'errors.notFound.text') { super(404, what); }
}
