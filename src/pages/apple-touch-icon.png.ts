import type { APIRoute } from 'astro';
import faviconSvg from '../../public/favicon.svg?raw';
import { renderTouchIcon } from '../lib/socialCard';

/** A PNG touch icon drawn from the SVG favicon at build time. */
export const GET: APIRoute = async () =>
  new Response(new Uint8Array(await renderTouchIcon(faviconSvg)), { headers: { 'Content-Type': 'image/png' } });
