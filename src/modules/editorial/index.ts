// What other modules may use of the editorial module.
export { proposeServiceChange, publishedServiceDocument, latestVersion, type ProposeInput } from './changes.ts';
