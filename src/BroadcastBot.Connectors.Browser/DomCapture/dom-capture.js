// BroadcastBot DOM comment capture (spec 7, "DOM observe"). Injected with addInitScript, so it runs again
// in every document the page loads (reloads, navigations). It watches the comment-list container with a
// MutationObserver and reports new comments in batches to the binding the connector exposed.
// Text is read with textContent, never innerHTML: a comment that looks like HTML is just text.
(config) => {
  if (window !== window.top || window.__broadcastBotDomCapture) {
    return;
  }
  window.__broadcastBotDomCapture = true;

  const reported = new WeakSet();
  let pending = [];
  let flushQueued = false;

  const readText = (item, selector) => {
    const node = selector ? item.querySelector(selector) : item;
    return node ? (node.textContent || '').replace(/\s+/g, ' ').trim() : '';
  };

  const flush = () => {
    flushQueued = false;
    const batch = pending;
    pending = [];
    if (batch.length > 0 && typeof window[config.binding] === 'function') {
      window[config.binding](JSON.stringify(batch));
    }
  };

  const take = (item) => {
    if (reported.has(item)) {
      return;
    }
    const text = readText(item, config.text);
    if (!text) {
      // Frameworks often insert an empty item and fill it in a later mutation; look again then.
      return;
    }
    reported.add(item);
    pending.push({ user: readText(item, config.user), text });
    if (!flushQueued) {
      flushQueued = true;
      queueMicrotask(flush);
    }
  };

  const scan = (node) => {
    const element = node.nodeType === Node.ELEMENT_NODE ? node : node.parentElement;
    if (!element) {
      return;
    }
    const item = element.closest(config.item);
    if (item) {
      take(item);
      return;
    }
    element.querySelectorAll(config.item).forEach(take);
  };

  const listObserver = new MutationObserver((records) => {
    for (const record of records) {
      if (record.type === 'characterData') {
        scan(record.target);
      } else {
        record.addedNodes.forEach(scan);
      }
    }
  });

  let observed = null;
  const attach = () => {
    const container = document.querySelector(config.container);
    if (!container || container === observed) {
      return;
    }
    listObserver.disconnect();
    observed = container;
    container.querySelectorAll(config.item).forEach(take);
    listObserver.observe(container, { childList: true, subtree: true, characterData: true });
  };

  const start = () => {
    attach();
    // Single-page apps render the container late or replace it; re-attach whenever it changes.
    new MutationObserver(attach).observe(document.documentElement, { childList: true, subtree: true });
  };

  if (document.readyState === 'loading') {
    document.addEventListener('DOMContentLoaded', start, { once: true });
  } else {
    start();
  }
}
