// /embed.js: the host-page script that fits our iframes to their charts (src/lib/embed/scripts/host.js).
import { HOST_SCRIPT } from '$lib/embed/protocol';

export const prerender = true;
export const trailingSlash = 'never';

export const GET = () => new Response(HOST_SCRIPT, { headers: { 'content-type': 'text/javascript; charset=utf-8' } });
