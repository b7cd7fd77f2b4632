// The default embed ships no framework JavaScript: it is finished HTML and SVG (see src/lib/embed/scripts/frame.js).
export const csr = false;
