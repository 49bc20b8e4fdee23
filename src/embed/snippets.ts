/**
 * Copy-ready snippets for putting one chart state into a wiki, per platform:
 * what each accepts (../shared/research/embedding.md, "What each wiki
 * accepts"), each with the chart's title, alt text for images, and
 * attribution with a link back to the chart's place in the essay. Pure:
 * the gallery renders them at build time (readers without JavaScript get the
 * key state's) and rebuilds them in the browser for the reader's choices.
 */
import { embedPath, embedQuery, exportPath, HOST_SCRIPT_PATH, oembedPath, SANDBOX, type EmbedParams } from './embed';

export const ESSAY_TITLE = 'The Unintended Consequence of Expertise';

/** What a snippet needs to know of one chart state. */
export interface SnippetTarget {
  /** The site's root, absolute, ending in "/" (with its base path). */
  root: string;
  chart: { id: string; title: string };
  /** `alt`: the state's text alternative (its sentence and detail). */
  state: { id: string; label: string; alt: string };
  /** The essay's step that shows this state, for the link back (null: the essay's top). */
  step: string | null;
  /** The iframe's height before it sizes itself, in px (what a wiki without scripts keeps). */
  height: number;
  /** The 1× PNG's size. */
  image: { width: number; height: number };
}

export interface SnippetOptions extends EmbedParams {
  /** A simulation scenario's query (ladders, your-settings only), already normalised. */
  scenario?: string;
}

export interface Snippet {
  id: string;
  /** Where it goes. */
  label: string;
  code: string;
  /** How to use it, in a sentence or two. */
  note: string;
}

const escapeHtml = (s: string) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');
const escapeMarkdown = (s: string) => s.replace(/[\\[\]]/g, (c) => `\\${c}`);
/** Wiki markups reserve `|`, `!`, `[`, `]`, `{`, `}` and quotes in attribute values: alt text does without them. */
const plainForMarkup = (s: string) => s.replace(/[|!{}[\]"]/g, '').replace(/\s+/g, ' ').trim();

/** Absolute URL of a path on the site (paths start with "/"). */
export function siteHref(root: string, path: string): string {
  return `${root.replace(/\/+$/, '')}${path}`;
}

/** The addresses a state's snippets use. */
export function targetUrls(t: SnippetTarget, o: SnippetOptions) {
  const file = (suffix: string) => siteHref(t.root, exportPath(t.chart.id, t.state.id, suffix));
  return {
    embed: siteHref(t.root, embedPath(t.chart.id, t.state.id)) + embedQuery(o, o.scenario),
    essay: siteHref(t.root, `/${t.step ? `#${t.step}` : ''}`),
    hostScript: siteHref(t.root, HOST_SCRIPT_PATH),
    oembed: siteHref(t.root, oembedPath(t.chart.id, t.state.id)),
    svg: file('.svg'),
    darkSvg: file('-dark.svg'),
    png: file('.png'),
    png2x: file('@2x.png'),
    darkPng: file('-dark.png'),
    csv: file('.csv'),
    json: file('.json'),
  };
}

/** The iframe's accessible title: what the frame holds. */
export const frameTitle = (t: SnippetTarget) => `Chart: ${t.chart.title} (${t.state.label})`;
/** An image's alt text: the chart's title and the state's text alternative. */
export const imageAlt = (t: SnippetTarget) => `${t.chart.title}. ${t.state.alt}`;

/** The iframe element, exactly: src, title, lazy loading, full width, no border; a sandbox only when asked for. */
export function iframeHtml(t: SnippetTarget, o: SnippetOptions, sandbox = false): string {
  const u = targetUrls(t, o);
  return (
    `<iframe src="${escapeHtml(u.embed)}" title="${escapeHtml(frameTitle(t))}" loading="lazy" width="100%" height="${t.height}"` +
    ` style="width:100%;height:${t.height}px;border:0"${sandbox ? ` sandbox="${SANDBOX}"` : ''}></iframe>`
  );
}

/** Every snippet for one state, in the order the gallery lists them. */
export function snippets(t: SnippetTarget, o: SnippetOptions): Snippet[] {
  const u = targetUrls(t, o);
  const title = t.chart.title;
  const alt = imageAlt(t);
  const credit = `Chart from “${ESSAY_TITLE}”. Chart and data: MIT licence; the essay’s words are its author’s.`;
  const htmlCredit = `<small>Chart: <a href="${escapeHtml(u.essay)}">${escapeHtml(title)}</a>, from “${ESSAY_TITLE}”. Chart and data: MIT licence; the essay’s words are its author’s.</small>`;
  const img = (src: string) => `<img src="${escapeHtml(src)}" alt="${escapeHtml(alt)}" width="${t.image.width}" height="${t.image.height}" style="max-width:100%;height:auto">`;
  return [
    {
      id: 'iframe',
      label: 'Web page or docs site (iframe that sizes itself)',
      code: `${iframeHtml(t, o)}\n<script src="${escapeHtml(u.hostScript)}" async></script>`,
      note: 'The script sizes the frame to the chart and accepts messages only from the chart’s own frame and site. Without it the frame keeps the height given. The frame carries its own title, source and link back.',
    },
    {
      id: 'iframe-plain',
      label: 'Wiki that allows iframes but no scripts (SharePoint Embed, BookStack, Outline, Confluence HTML macro)',
      code: iframeHtml(t, o),
      note: 'An administrator may first have to allow this site’s address for iframes. The frame keeps this height: change the number if your column is narrow.',
    },
    {
      id: 'iframe-sandbox',
      label: 'Wiki that requires a sandbox on every iframe',
      code: iframeHtml(t, o, true),
      note: 'Keep all four permissions: without allow-same-origin the chart’s scripts cannot run; without the popups the link back cannot open.',
    },
    {
      id: 'markdown',
      label: 'GitHub or GitLab wiki, README, Markdown (image with link back)',
      code: `[![${escapeMarkdown(alt)}](${u.png})](${u.essay})\n\n*Chart: [${escapeMarkdown(title)}](${u.essay}). ${credit}*`,
      note: 'Wikis that block iframes still show images. The image links to the chart’s place in the essay.',
    },
    {
      id: 'picture',
      label: 'HTML image that follows light and dark mode (GitHub, docs sites)',
      code: `<a href="${escapeHtml(u.essay)}"><picture><source media="(prefers-color-scheme: dark)" srcset="${escapeHtml(u.darkSvg)}">${img(u.svg)}</picture></a>\n<br>${htmlCredit}`,
      note: 'Shows the dark figure to readers whose system is dark.',
    },
    {
      id: 'confluence',
      label: 'Confluence (image with link back, wiki markup)',
      code: `[!${u.png}|alt="${plainForMarkup(alt)}"!|${u.essay}]\n_Chart: [${plainForMarkup(title)}|${u.essay}]. ${credit}_`,
      note: 'In the editor: Insert › Markup › Confluence wiki, then paste. For the live chart, an administrator must allow this site in an HTML or iframe macro: use the iframe snippet there.',
    },
    {
      id: 'mediawiki',
      label: 'MediaWiki (external image)',
      code: `[${u.essay} ${u.png}]\n''Chart: [${u.essay} ${plainForMarkup(title)}]. ${credit}''`,
      note: 'MediaWiki shows an external image only where $wgAllowExternalImages (or $wgAllowExternalImagesFrom) allows this site, and only for addresses ending in .png. It sets no alt text: the line under the image names the chart.',
    },
    {
      id: 'mediawiki-upload',
      label: 'MediaWiki (uploaded image, with alt text)',
      code: `[[File:${t.chart.id}-${t.state.id}.png|frameless|upright=2|alt=${plainForMarkup(alt)}|link=${u.essay}]]\n''Chart: [${u.essay} ${plainForMarkup(title)}]. ${credit}''`,
      note: `Download the PNG (${u.png}), upload it as ${t.chart.id}-${t.state.id}.png, then paste this.`,
    },
    {
      id: 'notion',
      label: 'Notion (paste the address, choose “Embed”)',
      code: u.embed,
      note: 'Notion gives the frame a fixed height: drag its lower edge to fit. Or type /image and paste the PNG’s address for a still image.',
    },
    {
      id: 'oembed',
      label: 'CMS that reads oEmbed',
      code: u.oembed,
      note: 'The oEmbed file gives the iframe (with its title), its size, a thumbnail and the attribution.',
    },
  ];
}
