/** The words of the cooperation area, in English: the type every edition's cooperation catalogue must match. */
const cooperation = {};

export type CooperationMessages = typeof cooperation;
export default cooperation;
