// Markdown from content packs to HTML. Raw HTML in content is never passed through: it is
// shown as text. markdown-it's `validateLink` already refuses javascript:, vbscript:, file:
// and non-image data: URLs; links open outside the app and tell the target nothing.

import MarkdownIt from 'markdown-it';

const md = new MarkdownIt({ html: false, linkify: true, typographer: false, breaks: false });

const defaultLinkOpen =
  md.renderer.rules.link_open ?? ((tokens, idx, options, _env, self) => self.renderToken(tokens, idx, options));

md.renderer.rules.link_open = (tokens, idx, options, env, self) => {
  const token = tokens[idx];
  const href = String(token.attrGet('href') ?? '');
  if (/^(https?:|mailto:|tel:)/i.test(href)) {
    token.attrSet('rel', 'noopener noreferrer');
    if (/^https?:/i.test(href)) token.attrSet('target', '_blank');
  }
  // Phone numbers and addresses keep their order inside right-to-left text.
  token.attrSet('dir', 'auto');
  return defaultLinkOpen(tokens, idx, options, env, self);
};

// Content images would be fetched from wherever they point; the app shows only what it ships.
md.disable('image');

export function renderMarkdown(source: string): string {
  return md.render(source);
}

/** The Markdown as plain text, for sharing into a messaging app. */
export function markdownToText(source: string): string {
  const div = document.createElement('div');
  div.innerHTML = renderMarkdown(source);
  // The renderer's own line breaks between tags are layout, not text.
  const walker = document.createTreeWalker(div, NodeFilter.SHOW_TEXT);
  const blank: Text[] = [];
  while (walker.nextNode()) if (/^\s*$/.test(walker.currentNode.nodeValue ?? '')) blank.push(walker.currentNode as Text);
  blank.forEach((t) => t.remove());
  div.querySelectorAll('li').forEach((li) => {
    li.prepend('• ');
    li.append('\n');
  });
  div.querySelectorAll('p, h1, h2, h3, h4, h5, h6, ul, ol').forEach((el) => el.append('\n\n'));
  return (div.textContent ?? '').replace(/\n{3,}/g, '\n\n').trim();
}
