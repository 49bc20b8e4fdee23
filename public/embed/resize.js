/*
 * Sizes this site's chart frames to their content, on any page that loads it
 * (optional: without it a frame keeps the height its snippet gives it).
 *
 * A chart's embed page posts { type: "uce:embed-height", version: 1, chart,
 * state, height } to its parent whenever its height changes. This script
 * accepts such a message only
 *   - from the site this script was loaded from (event.origin), and
 *   - from one of the page's own iframes (event.source === iframe.contentWindow),
 * with a height between 50 and 20,000 px; it sets that iframe's height and
 * nothing else. It reads nothing else from the page and sends nothing.
 * Loading it twice installs one listener. MIT licence.
 */
(function () {
  'use strict';
  var script = /** @type {HTMLScriptElement | null} */ (document.currentScript);
  /** @type {string | null} */
  var origin = null;
  try {
    origin = script && script.src ? new URL(script.src, location.href).origin : null;
  } catch (e) {
    origin = null;
  }
  var host = /** @type {Window & { __uceEmbedResize?: boolean }} */ (window);
  if (host.__uceEmbedResize) return;
  host.__uceEmbedResize = true;
  window.addEventListener('message', function (event) {
    if (origin && event.origin !== origin) return;
    var data = event.data;
    if (!data || typeof data !== 'object' || data.type !== 'uce:embed-height') return;
    var height = data.height;
    if (typeof height !== 'number' || !isFinite(height) || height < 50 || height > 20000) return;
    var frames = document.getElementsByTagName('iframe');
    for (var i = 0; i < frames.length; i++) {
      var frame = frames[i];
      if (frame && frame.contentWindow === event.source) {
        frame.style.height = Math.ceil(height) + 'px';
        return;
      }
    }
  });
})();
