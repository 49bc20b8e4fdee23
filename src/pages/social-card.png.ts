import type { APIRoute } from 'astro';
import { renderSocialCard } from '../lib/socialCard';
import { siteMeta } from '../lib/siteMeta';

/** The Open Graph / Twitter card image, generated at build time. */
export const GET: APIRoute = async () =>
  new Response(new Uint8Array(await renderSocialCard(siteMeta.title, siteMeta.edition)), {
    headers: { 'Content-Type': 'image/png' },
  });
