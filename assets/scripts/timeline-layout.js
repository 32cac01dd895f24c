// The timeline's layout before the app arrives. The page drawn at build time carries the
// layout of every class of track size (src/time_axis/classes.rs): each element of the track
// says, in data-l="h28,h34=left: 1%; top: 2.5rem|v18=…", where it goes in each class. This
// script measures the track, picks its class with the same rule as the app (the largest of
// its orientation whose least width the track has), and applies that layout, so nothing on
// the track overlaps while the WebAssembly loads, and nothing moves when the app takes over
// (it picks the same class). Elements without an entry for the class are hidden. Styles go
// through the CSSOM, which the Content-Security-Policy allows. The page loads it with `defer`:
// it is asked for beside the stylesheets and runs once the page is parsed, before the app.
(() => {
  const picked = new WeakMap();
  const portrait = () => {
    const query = new URLSearchParams(location.search);
    if (query.get('mode') === 'kiosk') {
      const orientation = query.get('orientation');
      if (orientation === 'portrait') return true;
      if (orientation === 'landscape') return false;
    }
    return innerHeight > innerWidth;
  };
  // The class, and upright how many lines an era's name takes: one, and one more for each
  // width after the least (`v33:v:33:33.725:34.5875`) that the track reaches.
  const classOf = (track, vertical) => {
    const rem = parseFloat(getComputedStyle(document.documentElement).fontSize) || 16;
    const width = track.clientWidth / rem;
    let chosen = null;
    let smallest = null;
    for (const entry of (track.getAttribute('data-classes') ?? '').split(' ')) {
      const [key, orientation, least, ...lines] = entry.split(':');
      if (!key || (orientation === 'v') !== vertical) continue;
      const eraLines = 1 + lines.filter((from) => Number(from) <= width + 1e-6).length;
      smallest ??= { key, eraLines };
      if (Number(least) <= width + 1e-6) chosen = { key, eraLines };
    }
    return chosen ?? smallest;
  };
  const apply = (element, chosen) => {
    let style = 'display: none';
    for (const entry of (element.getAttribute('data-l') ?? '').split('|')) {
      const equals = entry.indexOf('=');
      if (equals > 0 && entry.slice(0, equals).split(',').includes(chosen)) {
        style = entry.slice(equals + 1);
      }
    }
    for (const name of picked.get(element) ?? []) element.style.removeProperty(name);
    const names = [];
    for (const declaration of style.split(';')) {
      const colon = declaration.indexOf(':');
      const name = declaration.slice(0, colon).trim();
      if (colon > 0 && name) {
        element.style.setProperty(name, declaration.slice(colon + 1).trim());
        names.push(name);
      }
    }
    picked.set(element, names);
  };
  const pick = () => {
    for (const track of document.querySelectorAll('.timeline-track[data-classes]')) {
      const vertical = portrait();
      track.closest('.timeline')?.setAttribute('data-orientation', vertical ? 'vertical' : 'horizontal');
      const { key: chosen, eraLines } = classOf(track, vertical) ?? {};
      if (!chosen) continue;
      track.querySelectorAll('[data-l]').forEach((element) => apply(element, chosen));
      track.setAttribute('data-class', chosen);
      if (vertical) {
        track.setAttribute('data-era-lines', eraLines);
      } else {
        track.removeAttribute('data-era-lines');
      }
    }
  };
  if (document.readyState === 'loading') {
    document.addEventListener('DOMContentLoaded', pick);
  } else {
    pick();
  }
  addEventListener('resize', pick);
})();
