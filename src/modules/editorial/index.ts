// What other modules may use of the editorial module.
export { proposeServiceChange, publishedServiceDocument, latestVersion, type ProposeInput } from './changes.ts';
export { publishServiceDirectly, publishService, restoreVersion, listVersions, serviceMetadata, METADATA_LIMIT, type DirectInput, type HsdsMetadata } from './versions.ts';
export { diffServices, readableFields, type FieldChange } from './diff.ts';
export { approveChange, returnChange, pendingChanges, changeDetail } from './review.ts';
export { confirmationToken, verifyConfirmationToken, flagStaleServices, confirmService, STALE_MONTHS } from './confirmation.ts';
