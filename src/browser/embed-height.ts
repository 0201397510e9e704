/**
 * On an embed page: tells the page that frames it how tall the embed is, on load and whenever
 * the height changes (a re-drawn chart, a narrower frame, a larger font). The message is
 * `{ type: EMBED_MESSAGE_TYPE, chart, lang, height }`; the snippet's listener sets the iframe's
 * height from it (README, "Embedding a chart"). Sent to any origin: a height is no secret, and
 * the embed cannot know who frames it.
 */
import { EMBED_MESSAGE_TYPE, type EmbedHeightMessage } from '../routes/urls.ts';
import { isLang } from '../i18n/languages.ts';

if (window.parent !== window) {
  document.documentElement.classList.add('is-framed');
  const { chart = '', lang } = document.body.dataset;
  let sent = 0;
  const send = () => {
    const height = Math.ceil(document.body.getBoundingClientRect().height);
    if (height === sent || height === 0) return;
    sent = height;
    const message: EmbedHeightMessage = { type: EMBED_MESSAGE_TYPE, chart, lang: isLang(lang) ? lang : 'en', height };
    window.parent.postMessage(message, '*');
  };
  new ResizeObserver(send).observe(document.body);
  addEventListener('load', send);
  send();
}
