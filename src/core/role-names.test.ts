import { describe, expect, it } from 'vitest';
import { parseRoles, ROLE_NAMES } from './role-names.js';

describe('parseRoles', () => {
  it('when ROLE is unset or blank, then every role runs', () => {
    expect(parseRoles(undefined)).toEqual([...ROLE_NAMES]);
    expect(parseRoles(' , ')).toEqual([...ROLE_NAMES]);
  });

  it('when ROLE names one role, then only that role runs', () => {
    expect(parseRoles('sim-engine')).toEqual(['sim-engine']);
  });

  it('when ROLE is a comma list with spaces and repeats, then each role runs once in the given order', () => {
    expect(parseRoles('backend-api, frontend,backend-api')).toEqual(['backend-api', 'frontend']);
  });

  it('when ROLE has an unknown name, then it fails naming it and the valid roles', () => {
    expect(() => parseRoles('backend-api,webserver')).toThrow(/unknown role "webserver"; valid roles: ingest-dfs, .*frontend/);
  });
});
