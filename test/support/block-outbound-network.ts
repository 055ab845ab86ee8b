/** Placeholder replaced by the foundation: blocks outbound network except 127.0.0.1. */
export {};
