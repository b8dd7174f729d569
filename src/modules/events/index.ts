// What other modules may use of the events module.
export { upcomingEvents, searchUpcomingEvents, type UpcomingEvent } from './service.ts';
export { UpcomingEvents } from './views/upcoming.tsx';
export type { RegistrationEnv } from './registration.ts';
// For the accounts module: a person's registrations in their data export and at the deletion of their account.
export { ownRegistrationsForExport, endRegistrationsOfAccount, type ExportedRegistration, type AccountRegistrationsEnded } from './own.ts';
// For the directory's HSDS API: upcoming sessions of a service's events as HSDS schedules.
export { eventSchedulesOfServices, type EventScheduleOptions } from './hsds.ts';
