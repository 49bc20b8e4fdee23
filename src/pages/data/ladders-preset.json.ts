/**
 * The preset scenario of the `ladders` chart (default settings, fixed seeds),
 * computed at build time by the model and served as a static file: the
 * browser draws the scroll steps from it without running the model, and
 * anyone can download the numbers behind the figures.
 */
import type { APIRoute } from 'astro';
import { buildData } from '../../charts/ladders/build';

export const GET: APIRoute = async () =>
  new Response(JSON.stringify(buildData()), { headers: { 'Content-Type': 'application/json; charset=utf-8' } });
