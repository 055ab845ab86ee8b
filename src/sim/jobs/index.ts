/** The jobs of this module, in the order the registry lists them (src/jobs/registry.ts). */
export const simJobs = [] as const;
