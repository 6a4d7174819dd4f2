"""API error types: each carries the HTTP status the REST layer replies with."""


class ApiError(Exception):
    """A request that cannot be served; ``status`` is the HTTP status (4xx)."""

    status = 400

    def __init__(self, message: str, status: int | None = None):
        super().__init__(message)
        if status is not None:
            self.status = status

    @property
    def message(self) -> str:
        return str(self)


class BadRequest(ApiError):
    """Malformed or invalid input (HTTP 400)."""

    status = 400


class Forbidden(ApiError):
    """A path outside the model folders or a URL that is not allowed (HTTP 403)."""

    status = 403


class NotFound(ApiError):
    """Unknown task, model folder or file (HTTP 404)."""

    status = 404


class Conflict(ApiError):
    """The target already exists or the request clashes with current state (HTTP 409)."""

    status = 409


class Unauthorized(ApiError):
    """A client on another machine without the access token (HTTP 401)."""

    status = 401

