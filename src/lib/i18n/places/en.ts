/** The words of the places area, in English: the type every edition's places catalogue must match. */
const places = {};

export type PlacesMessages = typeof places;
export default places;
