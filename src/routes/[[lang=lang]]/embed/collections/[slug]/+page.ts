// The collection embed ships no framework JavaScript: finished HTML, like every light embed.
export const csr = false;
