/** Placeholder replaced by the foundation: starts/prepares the test PostgreSQL. */
export default async function setup(): Promise<void> {}
