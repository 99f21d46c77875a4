/** The words of the incidents area, in English: the type every edition's incidents catalogue must match. */
const incidents = {};

export type IncidentsMessages = typeof incidents;
export default incidents;
