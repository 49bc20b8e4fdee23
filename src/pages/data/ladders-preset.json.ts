/**
 * The preset scenario of the `ladders` chart (default settings, fixed seeds),
 * computed at build time by the model and served as a static file: the
 * browser draws the scroll steps from it without running the model, and
 * anyone can download the numbers behind the figures.
 */
import type { APIRoute } from 'astro';
import { loadPreset } from '../../charts/ladders/index';

export const GET: APIRoute = async () =>
  new Response(JSON.stringify(await loadPreset()), { headers: { 'Content-Type': 'application/json; charset=utf-8' } });
