export * from './identity.ts';
export * from './orgs.ts';
export * from './units.ts';
