/** The words of the share area, in English: the type every edition's share catalogue must match. */
const share = {};

export type ShareMessages = typeof share;
export default share;
