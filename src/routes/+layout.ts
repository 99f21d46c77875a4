export const prerender = true;
export const trailingSlash = 'always';
// Pages are complete HTML and need no framework JavaScript; a page with state turns it on.
export const csr = false;
