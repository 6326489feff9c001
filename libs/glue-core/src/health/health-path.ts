/**
 * The path prefix of the health endpoints (`/health/live`, `/health/ready`). Requests under it
 * need no store (they must answer without the database); the routes under it are left out of
 * the access log.
 */
export const GLUE_HEALTH_PATH = '/health';
