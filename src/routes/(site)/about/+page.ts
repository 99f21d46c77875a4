// Static text only: no JavaScript needed.
export const csr = false;
