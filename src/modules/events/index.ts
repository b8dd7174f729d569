// What other modules may use of the events module.
export { upcomingEvents, searchUpcomingEvents, type UpcomingEvent } from './service.ts';
export { UpcomingEvents } from './views/upcoming.tsx';
