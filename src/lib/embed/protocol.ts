// The message an embed sends its host page with its height, and the host page sends an embed, without a height, to
// ask for it; declared once: the frame script that runs in every embed and the host script a journalist's page loads
// (src/lib/embed/scripts) are served with it written in.
import frameScript from './scripts/frame.js?raw';
import hostScript from './scripts/host.js?raw';

export const HEIGHT_MESSAGE = 'political-dashboard:embed-height';

const withProtocol = (source: string) => source.replaceAll("'%HEIGHT_MESSAGE%'", JSON.stringify(HEIGHT_MESSAGE));

/** /embed-frame.js: runs inside every embed. */
export const FRAME_SCRIPT = withProtocol(frameScript);
/** /embed.js: runs on the host page. */
export const HOST_SCRIPT = withProtocol(hostScript);
