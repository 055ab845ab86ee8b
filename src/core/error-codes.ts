/**
 * Every code an AppError may carry, with the one HTTP status it answers with. The codes are the `error.code` of
 * API responses (clients and tests match on them), so they are a contract: add one here before throwing it, and
 * never rename one a client may see. The message that goes with a code is the thrower's, written for the user;
 * the code is for programs, the status for HTTP.
 */
export const ERROR_STATUS = {
  // 400: the request or file is malformed; the message names the field or row.
  invalid_request: 400,
  invalid_json: 400,
  invalid_upload: 400,
  invalid_rules: 400,
  invalid_template: 400,
  invalid_lock: 400,
  invalid_venue_key: 400,
  invalid_job_id: 400,
  invalid_job_payload: 400,
  invalid_results_file: 400,
  unknown_site_rules: 400,
  unknown_player: 400,
  unknown_job: 400,
  not_enough_players: 400,
  no_line_data: 400,
  late_swap_failed: 400,
  site_mismatch: 400,
  no_file: 400,
  odds_api_key_missing: 400,
  // 401/403: who is asking.
  unauthorized: 401,
  invalid_credentials: 401,
  forbidden: 403,
  csrf_failed: 403,
  // 404: the thing named does not exist (or is not visible to this user).
  not_found: 404,
  // 409: the thing exists but is in the wrong state for this.
  email_taken: 409,
  setup_done: 409,
  set_running: 409,
  not_finished: 409,
  not_cancellable: 409,
  job_not_retryable: 409,
  draws_mismatch: 409,
  // 413/415: the transport refused the body.
  payload_too_large: 413,
  file_too_large: 413,
  unsupported_media_type: 415,
  // 422: well-formed, but the data cannot do what was asked.
  invalid_salary_file: 422,
  unknown_team: 422,
  not_csv: 422,
  empty_file: 422,
  too_many_rows: 422,
  no_projection_column: 422,
  no_player_column: 422,
  no_rows_matched: 422,
  slate_has_no_players: 422,
  no_projections: 422,
  no_draws: 422,
  invalid_draws: 422,
  lineup_set_empty: 422,
  no_entries: 422,
  infeasible_rules: 422,
  exposure_infeasible: 422,
  no_standings: 422,
  no_contest_simulation: 422,
  no_field_summary: 422,
  // 429: slow down.
  too_many_attempts: 429,
  // 5xx: our side or a provider's.
  internal: 500,
  provider_unavailable: 502,
  odds_poll_auth_failed: 502,
  odds_poll_rate_limited: 502,
  odds_poll_failed: 502,
  odds_poll_skipped: 502,
  unavailable: 503,
} as const satisfies Record<string, number>;

export type AppErrorCode = keyof typeof ERROR_STATUS;

/** The HTTP status of a code. */
export const statusOf = (code: AppErrorCode): number => ERROR_STATUS[code];
