import { downloadGet, downloadPaths } from '../../share/download-endpoints.ts';

/** /downloads/{chart}-{lang}.png: see src/share/download-endpoints.ts. */
export const getStaticPaths = downloadPaths;
export const GET = downloadGet('png');
