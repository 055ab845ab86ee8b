/** JSON bodies above this are refused with 413 (uploads have their own, larger limit); the OpenAPI document says so. */
export const JSON_BODY_LIMIT = '256kb';
