// What the inspector draws over the page: the hover outline and its label, the selected
// element's outline, and badges on elements Python named. Part of the inspector script (see
// inspector.js).
//
// Everything lives in a closed shadow root under an element with an unknown tag name, so page
// styles cannot change it and page scripts cannot reach into it. The host exists only while
// something is shown: outside select mode and without badges the DOM is the page's alone.
// The elements outlined may be forms, so they are read through `dom` (see dom.js).
(function (parts) {
  'use strict';
  const LIMITS = window.__l4yInspectorConfig.limits;
  const BLUE = '#0969da';
  const PURPLE = '#8250df';
  const dom = parts.dom;

  let host = null;
  let nodes = null;
  let hovered = null;
  let hoverName = '';
  let selected = null;
  let badges = [];
  let marks = [];

  function important(el, styles) {
    for (const [name, value] of Object.entries(styles)) el.style.setProperty(name, value, 'important');
  }

  function box(color, dashed) {
    const el = document.createElement('div');
    important(el, {
      position: 'absolute', display: 'none', 'box-sizing': 'border-box', 'border-radius': '2px',
      border: `${dashed ? '1px dashed' : '2px solid'} ${color}`,
      background: dashed ? 'transparent' : 'rgba(9, 105, 218, 0.10)',
    });
    return el;
  }

  function pill(color) {
    const el = document.createElement('div');
    important(el, {
      position: 'absolute', display: 'none', 'white-space': 'nowrap', padding: '1px 6px',
      'border-radius': '3px', background: color, color: '#fff',
      font: '600 11px/16px system-ui, -apple-system, "Segoe UI", sans-serif',
      'box-shadow': '0 1px 3px rgba(0, 0, 0, 0.3)',
    });
    return el;
  }

  function ensureHost() {
    if (!host) {
      host = document.createElement('l4y-inspector-overlay');
      const root = host.attachShadow({ mode: 'closed' });
      nodes = { hover: box(BLUE, false), label: pill(BLUE), selected: box(BLUE, false) };
      nodes.name = document.createElement('span');
      nodes.size = document.createElement('span');
      important(nodes.size, { 'font-weight': '400', opacity: '0.85' });
      nodes.label.append(nodes.name, nodes.size);
      important(nodes.selected, { background: 'rgba(9, 105, 218, 0.18)' });
      nodes.badges = document.createElement('div');
      root.append(nodes.badges, nodes.selected, nodes.hover, nodes.label);
      important(host, {
        all: 'initial', position: 'absolute', top: '0', left: '0', width: '0', height: '0',
        overflow: 'visible', display: 'block', 'pointer-events': 'none', 'z-index': '2147483647',
      });
    }
    if (!host.isConnected && document.documentElement) document.documentElement.append(host);
    return nodes;
  }

  function idle() {
    return !hovered && !selected && badges.length === 0;
  }

  function hide(el) {
    important(el, { display: 'none' });
  }

  // Positions are relative to the host's own box, wherever the page's CSS has put it.
  function place(el, rect, origin) {
    important(el, {
      display: 'block', left: `${rect.left - origin.left}px`, top: `${rect.top - origin.top}px`,
      width: `${rect.width}px`, height: `${rect.height}px`,
    });
  }

  function draw() {
    if (idle()) {
      if (host) host.remove();
      return;
    }
    const n = ensureHost();
    const origin = host.getBoundingClientRect();
    if (hovered && dom.connected(hovered)) {
      const rect = dom.rect(hovered);
      place(n.hover, rect, origin);
      n.name.textContent = hoverName;
      n.size.textContent = ` ${Math.round(rect.width)}×${Math.round(rect.height)}`;
      const top = rect.top >= 20 ? rect.top - 19 : rect.bottom + 3; // above, unless no room
      important(n.label, {
        display: 'block', left: `${Math.max(0, rect.left) - origin.left}px`, top: `${top - origin.top}px`,
      });
    } else {
      hide(n.hover);
      hide(n.label);
    }
    if (selected && dom.connected(selected)) place(n.selected, dom.rect(selected), origin);
    else hide(n.selected);
    for (const { el, outline, label } of marks) {
      if (!dom.connected(el)) { hide(outline); hide(label); continue; }
      const rect = dom.rect(el);
      place(outline, rect, origin);
      important(label, {
        display: 'block', left: `${rect.right - origin.left}px`, top: `${rect.top - origin.top}px`,
        transform: 'translate(-100%, -50%)',
      });
    }
  }

  let drawQueued = false;
  function refresh() {
    if (drawQueued || idle()) return;
    drawQueued = true;
    requestAnimationFrame(() => {
      drawQueued = false;
      draw();
    });
  }

  // ----- badges -----------------------------------------------------------------------------

  function badgeTargets(badge) {
    try {
      const found = typeof badge.selector === 'string' ? Array.from(document.querySelectorAll(badge.selector)) : [];
      if (typeof badge.src === 'string') {
        found.push(...document.querySelectorAll(`[data-l4y-src="${CSS.escape(badge.src)}"]`));
      }
      return found;
    } catch (error) {
      return []; // a selector this page's CSS engine does not accept: nothing to mark
    }
  }

  function renderBadges() {
    marks = [];
    if (badges.length === 0) {
      if (nodes) nodes.badges.replaceChildren();
      draw();
      return;
    }
    const n = ensureHost();
    n.badges.replaceChildren();
    let budget = LIMITS.BADGES;
    for (const badge of badges) {
      for (const el of badgeTargets(badge)) {
        if (budget-- <= 0) break;
        const outline = box(PURPLE, true);
        const label = pill(PURPLE);
        label.textContent = badge.label;
        n.badges.append(outline, label);
        marks.push({ el, outline, label });
      }
    }
    draw();
  }

  // Client-side apps render after load and re-render often: find the elements again.
  let renderTimer = 0;
  const observer = new MutationObserver(() => {
    clearTimeout(renderTimer);
    renderTimer = setTimeout(renderBadges, 100);
  });

  function watch() {
    observer.disconnect();
    if (badges.length === 0 || !document.documentElement) return;
    observer.observe(document.documentElement, {
      childList: true, subtree: true, attributes: true, attributeFilter: ['data-l4y-src', 'id', 'class'],
    });
  }

  window.addEventListener('scroll', refresh, { capture: true, passive: true });
  window.addEventListener('resize', refresh, { passive: true });
  window.addEventListener('load', refresh);
  // Badges can arrive before the document has an element to hang them on.
  document.addEventListener('DOMContentLoaded', () => {
    if (badges.length) {
      renderBadges();
      watch();
    }
  });

  parts.overlay = Object.freeze({
    showHover(el, name) {
      hovered = el;
      hoverName = name;
      draw();
    },
    showSelected(el) {
      selected = el;
      draw();
    },
    clear() {
      hovered = null;
      selected = null;
      draw();
    },
    setBadges(list) {
      badges = list;
      renderBadges();
      watch();
    },
    debug() {
      const shown = (el) => Boolean(nodes) && el.style.getPropertyValue('display') === 'block';
      return {
        overlay: Boolean(host && host.isConnected),
        hover: Boolean(nodes && shown(nodes.hover)),
        hoverLabel: nodes && shown(nodes.label) ? nodes.label.textContent : null,
        selected: Boolean(nodes && shown(nodes.selected)),
        badges: marks.filter((m) => shown(m.label)).map((m) => m.label.textContent),
      };
    },
  });
})(window.__l4yInspectorParts = window.__l4yInspectorParts || {});
