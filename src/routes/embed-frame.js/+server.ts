// /embed-frame.js: the script every embed runs: theme, height, and the move to the live embed (src/lib/embed/scripts/frame.js).
import { FRAME_SCRIPT } from '$lib/embed/protocol';

export const prerender = true;
export const trailingSlash = 'never';

export const GET = () => new Response(FRAME_SCRIPT, { headers: { 'content-type': 'text/javascript; charset=utf-8' } });
