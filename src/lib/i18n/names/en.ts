/** The words of the names area, in English: the type every edition's names catalogue must match. */
const names = {};

export type NamesMessages = typeof names;
export default names;
