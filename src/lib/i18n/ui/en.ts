/** The words of the ui area, in English: the type every edition's ui catalogue must match. */
const ui = {};

export type UiMessages = typeof ui;
export default ui;
