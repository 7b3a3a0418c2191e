export * from './catalog.ts';
export * from './credentials.ts';
export * from './engagement.ts';
export * from './identity.ts';
export * from './learning.ts';
export * from './monitoring.ts';
export * from './orgs.ts';
export * from './units.ts';
