/** The words of the convicted area, in English: the type every edition's convicted catalogue must match. */
const convicted = {};

export type ConvictedMessages = typeof convicted;
export default convicted;
