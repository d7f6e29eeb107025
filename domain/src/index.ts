/**
 * Atrium's domain: who may do what in which state. Pure TypeScript with no
 * Firebase imports, shared by functions, web and tests.
 */
export * from './roles';
export * from './plans';
export * from './tenant-lifecycle';
export * from './access-policy';
export * from './schemas';
export * from './documents';
export * from './team-policy';
export * from './billing-events';
