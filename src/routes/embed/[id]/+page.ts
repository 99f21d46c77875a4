// An embedded chart is a picture with its words: no JavaScript.
export const csr = false;
