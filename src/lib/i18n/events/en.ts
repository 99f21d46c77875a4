/** The words of the events area, in English: the type every edition's events catalogue must match. */
const events = {};

export type EventsMessages = typeof events;
export default events;
