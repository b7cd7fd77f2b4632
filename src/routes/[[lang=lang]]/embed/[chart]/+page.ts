// The default embed ships no framework JavaScript: it is finished HTML and SVG (see static/embed-frame.js).
export const csr = false;
