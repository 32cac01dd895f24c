// The exhibit's Content-Security-Policy allows no inline styles: the browser refuses every
// style="…" attribute. So elements carry the few values computed at run time (a marker's
// position, a category's colour) as data-style="left: 12px; --category: #1d3557", and this
// script applies them through the CSSOM (element.style.setProperty), which the policy allows:
// to the whole prerendered page once it is parsed (the script is deferred: the parser does not
// wait for it), and then on every change the app makes.
(() => {
  const applied = new WeakMap();
  const apply = (element) => {
    const names = [];
    for (const declaration of (element.getAttribute('data-style') ?? '').split(';')) {
      const colon = declaration.indexOf(':');
      const name = declaration.slice(0, colon).trim();
      if (colon > 0 && name) {
        element.style.setProperty(name, declaration.slice(colon + 1).trim());
        names.push(name);
      }
    }
    for (const name of applied.get(element) ?? []) {
      if (!names.includes(name)) element.style.removeProperty(name);
    }
    applied.set(element, names);
  };
  const applyWithin = (node) => {
    if (node.nodeType !== Node.ELEMENT_NODE) return;
    if (node.hasAttribute('data-style')) apply(node);
    node.querySelectorAll('[data-style]').forEach(apply);
  };
  new MutationObserver((records) => {
    for (const record of records) {
      if (record.type === 'attributes') apply(record.target);
      else record.addedNodes.forEach(applyWithin);
    }
  }).observe(document.documentElement, {
    subtree: true,
    childList: true,
    attributes: true,
    attributeFilter: ['data-style'],
  });
  applyWithin(document.documentElement);
})();
