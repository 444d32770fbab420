export * from './certificate-content';
export * from './dossier';
export * from './documents';
