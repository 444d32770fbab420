export * from './catalogue.schema';
export * from './committee-routing';
export * from './seed-catalogue';
export * from './catalogue-names';
